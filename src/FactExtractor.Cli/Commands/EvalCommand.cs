using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>factx eval --gold DIR [--pred FILE.jsonl | --against DIR]</c>: fact precision, recall and F1 by the rules of the
/// annotation guidelines, of the pipeline, of saved predictions or of a second annotation (inter-annotator agreement).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "A folder of <id>.txt articles with <id>.gold.json beside them.", Required = true };
        var pred = new Option<FileInfo?>("--pred") { Description = "Score these predictions (JSON Lines from factx extract) instead of running the pipeline." };
        var against = new Option<DirectoryInfo?>("--against")
        {
            Description = "Score a second annotation of the same articles (a folder of <id>.gold.json, e.g. by another annotator; the articles need not be beside them) against the gold: inter-annotator agreement, over the articles both hold.",
        };
        var errors = new Option<bool>("--errors") { Description = "List every missed and spurious fact and every wrong speaker." };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var recognizers = CommonOptions.Recognizers();
        var model = CommonOptions.Model();
        var command = new Command("eval", "Score extracted facts against gold facts: P/R/F1 per type and micro, site P/R, quote attribution.")
        {
            gold, pred, against, errors, json, recognizers, model,
        };
        command.SetAction(parse =>
        {
            DirectoryInfo folder = parse.GetValue(gold)!;
            FileInfo? predictions = parse.GetValue(pred);
            DirectoryInfo? second = parse.GetValue(against);
            FactEvaluationReport report;
            try
            {
                if (!folder.Exists)
                {
                    throw new DirectoryNotFoundException($"{folder.FullName}: no such folder.");
                }

                var documents = FactGoldDocument.LoadFolder(folder.FullName);
                if (documents.Count == 0)
                {
                    throw new InvalidDataException($"{folder.FullName} holds no *.gold.json files.");
                }

                if (second is not null)
                {
                    if (predictions is not null)
                    {
                        throw new InvalidDataException("--pred and --against exclude each other: score either predictions or a second annotation.");
                    }

                    if (!second.Exists)
                    {
                        throw new DirectoryNotFoundException($"{second.FullName}: no such folder.");
                    }

                    var others = FactGoldDocument.LoadAnnotations(second.FullName);
                    report = FactEvaluation.Evaluate(documents, others);
                    if (report.Documents == 0)
                    {
                        throw new InvalidDataException($"{second.FullName} annotates none of the {documents.Count} articles of {folder.FullName} (ids differ).");
                    }

                    if (report.Documents < documents.Count)
                    {
                        stderr.WriteLine($"factx: {documents.Count - report.Documents} of {documents.Count} articles have no second annotation and are left out.");
                    }
                }
                else
                {
                    report = predictions is null
                        ? FactEvaluation.Evaluate(CommonOptions.PipelineFor(parse.GetValue(recognizers), parse.GetValue(model)), documents)
                        : FactEvaluation.Evaluate(documents, File.ReadLines(predictions.FullName));
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or JsonException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factx: {ex.Message}");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(json))
            {
                stdout.WriteLine(ToJson(report, parse.GetValue(errors)).ToString(Formatting.Indented));
            }
            else
            {
                WriteTable(stdout, report, parse.GetValue(errors));
            }

            stdout.Flush();
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, FactEvaluationReport report, bool withErrors)
    {
        output.WriteLine($"{report.Documents} documents");
        ScoreTable.WriteHeader(output, "type", 20);
        foreach (TypeScore score in report.Types.Append(report.Micro))
        {
            ScoreTable.WriteRow(output, score.Type, 20, score.Precision, score.Recall, score.F1, score.TruePositives, score.FalsePositives, score.FalseNegatives);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sites (matched lists): P {report.SitePrecision:0.000}  R {report.SiteRecall:0.000}  ({report.SiteTruePositives} TP, {report.SiteFalsePositives} FP, {report.SiteFalseNegatives} FN)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quote attribution: {report.QuoteAttributionAccuracy:0.000} ({report.CorrectlyAttributedQuotes}/{report.AttributedQuotes})"));
        output.WriteLine("slots of matched facts (gold = the gold states it, pred = the prediction states it too, ok = they agree):");
        foreach (SlotScore slot in report.Slots)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {slot.Type + "." + slot.Slot,-32} P {slot.Precision:0.000}  R {slot.Recall:0.000}  F1 {slot.F1:0.000}  (gold {slot.Gold}, pred {slot.Predicted}, ok {slot.Correct})"));
        }
        if (withErrors)
        {
            foreach (FactError error in report.Errors)
            {
                output.WriteLine($"{error.DocumentId}\t{error.Kind}\t{error.Fact}" + (error.Other is null ? string.Empty : $"\tpredicted: {error.Other}")
                    + (error.Fact.Evidence is null ? string.Empty : $"\t[{error.Fact.Evidence}]"));
            }
        }
    }

    private static JObject ToJson(FactEvaluationReport report, bool withErrors)
    {
        static JObject Score(TypeScore s) => ScoreTable.ToJson("type", s.Type, s.Precision, s.Recall, s.F1, s.TruePositives, s.FalsePositives, s.FalseNegatives);

        var json = new JObject
        {
            ["documents"] = report.Documents,
            ["types"] = new JArray(report.Types.Select(Score)),
            ["micro"] = Score(report.Micro),
            ["sites"] = new JObject { ["precision"] = Math.Round(report.SitePrecision, 4), ["recall"] = Math.Round(report.SiteRecall, 4) },
            ["quoteAttribution"] = new JObject
            {
                ["accuracy"] = Math.Round(report.QuoteAttributionAccuracy, 4),
                ["correct"] = report.CorrectlyAttributedQuotes,
                ["total"] = report.AttributedQuotes,
            },
            ["slots"] = new JArray(report.Slots.Select(slot => new JObject
            {
                ["type"] = slot.Type,
                ["slot"] = slot.Slot,
                ["precision"] = Math.Round(slot.Precision, 4),
                ["recall"] = Math.Round(slot.Recall, 4),
                ["f1"] = Math.Round(slot.F1, 4),
                ["gold"] = slot.Gold,
                ["predicted"] = slot.Predicted,
                ["correct"] = slot.Correct,
            })),
        };
        if (withErrors)
        {
            json["errors"] = new JArray(report.Errors.Select(e => new JObject
            {
                ["id"] = e.DocumentId,
                ["kind"] = e.Kind,
                ["fact"] = e.Fact.ToString(),
                ["predicted"] = e.Other?.ToString(),
                ["evidence"] = e.Fact.Evidence,
            }));
        }

        return json;
    }
}
