using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>factx eval-ner --gold FILE.conll [--model FILE] [--recognizers model|lexicons|both] [--json] [--errors]</c>:
/// exact-span PER/ORG/LOC scores of a recognizer configuration on a CoNLL file, with the errors behind them.
/// </summary>
internal static class EvalNerCommand
{
    /// <summary>The perceptron tagger alone.</summary>
    private const string ModelConfiguration = "model";

    /// <summary>The default entity layer: lexicons and patterns.</summary>
    private const string LexiconsConfiguration = "lexicons";

    /// <summary>The default entity layer with the perceptron tagger added last, as a gap filler.</summary>
    private const string BothConfiguration = "both";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Option<FileInfo>("--gold") { Description = "A CoNLL file to score against (one token and its tag a line, a blank line between sentences).", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "A model file for the statistical tagger; the embedded model when absent." };
        var recognizers = new Option<string>("--recognizers")
        {
            Description = "What to score: 'model' (the statistical tagger alone), 'lexicons' (the default entity layer: lexicons and patterns) or 'both' (the default entity layer with the tagger added last as a gap filler).",
            DefaultValueFactory = _ => ModelConfiguration,
        };
        recognizers.AcceptOnlyFromAmong(ModelConfiguration, LexiconsConfiguration, BothConfiguration);
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var errors = new Option<bool>("--errors") { Description = "List every missed and spurious name: sentence, kind, type, [start, end) in tokens, text." };
        var command = new Command("eval-ner", "Exact-span P/R/F1 per type (PER, ORG, LOC) and micro of the statistical tagger, the lexicons and patterns, or both, on a CoNLL file.")
        {
            gold, model, recognizers, json, errors,
        };
        command.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(gold)!;
            string configuration = parse.GetValue(recognizers) ?? ModelConfiguration;
            FileInfo? modelFile = parse.GetValue(model);
            ConllEvaluationReport report;
            try
            {
                if (!file.Exists)
                {
                    throw new FileNotFoundException($"{file.FullName}: no such file.");
                }

                if (modelFile is not null && configuration == LexiconsConfiguration)
                {
                    throw new InvalidDataException("--model needs --recognizers model or both: the lexicons configuration has no statistical tagger.");
                }

                if (FindFormatError(file.FullName) is { } formatError)
                {
                    throw new InvalidDataException(formatError);
                }

                List<TaggedSentence> sentences = ConllCorpus.Read(file.FullName);
                if (sentences.Count == 0)
                {
                    throw new InvalidDataException($"{file.FullName} holds no CoNLL sentences (one token and its tag a line, a blank line between sentences).");
                }

                report = configuration switch
                {
                    LexiconsConfiguration => ConllEvaluation.Report(new PipelineConllTagger(PipelineConllTagger.CreateEntityPipeline(NameRecognizers.Lexicons)).Tag, sentences),
                    BothConfiguration => ConllEvaluation.Report(
                        new PipelineConllTagger(PipelineConllTagger.CreateEntityPipeline(NameRecognizers.Both, CommonOptions.LoadTagger(modelFile))).Tag, sentences),
                    _ => ConllEvaluation.Report(CommonOptions.LoadTagger(modelFile), sentences),
                };
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factx: {ex.Message}");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(json))
            {
                WriteJson(stdout, report, configuration, file.FullName, parse.GetValue(errors));
            }
            else
            {
                WriteTable(stdout, report, configuration, parse.GetValue(errors));
            }

            stdout.Flush();
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The first line a CoNLL reader would misread, as a message, or null: binary content, or a token line whose last
    /// field is not a tag (<c>O</c> or <c>X-TYPE</c>), which is what a plain text file given by mistake looks like.
    /// </summary>
    private static string? FindFormatError(string path)
    {
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            if (raw.Contains('\0', StringComparison.Ordinal))
            {
                return $"{path}:{number}: binary content; expected a CoNLL file (one token and its tag a line).";
            }

            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            string[] fields = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            string tag = fields[^1].Trim();
            bool isTag = tag == "O" || (tag.Length > 2 && tag[1] == '-' && char.IsAsciiLetter(tag[0]));
            if (!isTag)
            {
                return $"{path}:{number}: '{tag}' is not a tag (O, B-TYPE or I-TYPE); expected a CoNLL file (one token and its tag a line).";
            }
        }

        return null;
    }

    private static void WriteTable(TextWriter output, ConllEvaluationReport report, string configuration, bool withErrors)
    {
        output.WriteLine($"{report.Sentences} sentences, {report.Tokens} tokens; recognizers: {configuration}");
        ScoreTable.WriteHeader(output, "type", 8);
        foreach (TypeScore score in report.Scores)
        {
            ScoreTable.WriteRow(output, score.Type, 8, score.Precision, score.Recall, score.F1, score.TruePositives, score.FalsePositives, score.FalseNegatives);
        }

        if (withErrors)
        {
            foreach (ConllError error in report.Errors)
            {
                output.WriteLine($"{error.Sentence}\t{error.Kind}\t{error.Type}\t[{error.Start}, {error.End})\t{error.Text}");
            }
        }
    }

    private static void WriteJson(TextWriter output, ConllEvaluationReport report, string configuration, string goldPath, bool withErrors)
    {
        var json = new JObject
        {
            ["configuration"] = configuration,
            ["gold"] = goldPath,
            ["sentences"] = report.Sentences,
            ["tokens"] = report.Tokens,
            ["types"] = new JArray(report.Types.Select(ToJson)),
            ["micro"] = ToJson(report.Micro),
        };
        if (withErrors)
        {
            json["errors"] = new JArray(report.Errors.Select(e => new JObject
            {
                ["sentence"] = e.Sentence,
                ["kind"] = e.Kind,
                ["type"] = e.Type,
                ["start"] = e.Start,
                ["end"] = e.End,
                ["text"] = e.Text,
            }));
        }

        output.WriteLine(json.ToString(Formatting.Indented));
    }

    private static JObject ToJson(TypeScore score) =>
        ScoreTable.ToJson("type", score.Type, score.Precision, score.Recall, score.F1, score.TruePositives, score.FalsePositives, score.FalseNegatives);
}
