using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Cli.Commands;

/// <summary><c>factx eval-entities --gold DIR</c>: exact-span entity precision, recall and F1 per label against gold files.</summary>
internal static class EvalEntitiesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Option<DirectoryInfo>("--gold")
        {
            Description = "A folder of <id>.txt files with <id>.entities.json gold annotations beside them.",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var errors = new Option<bool>("--errors") { Description = "List every missed and spurious mention." };
        var published = CommonOptions.Published();
        var recognizers = CommonOptions.Recognizers();
        var model = CommonOptions.Model();
        var command = new Command("eval-entities", "Score the entity layer against gold entity spans (exact span and label).")
        {
            gold, json, errors, published, recognizers, model,
        };
        command.SetAction(parse =>
        {
            DirectoryInfo folder = parse.GetValue(gold)!;
            if (!folder.Exists)
            {
                stderr.WriteLine($"factx: {folder.FullName}: no such folder.");
                return ExitCodes.UsageError;
            }

            EntityEvaluationReport report;
            try
            {
                var documents = EntityGoldDocument.LoadFolder(folder.FullName);
                if (documents.Count == 0)
                {
                    stderr.WriteLine($"factx: {folder.FullName} holds no *.entities.json gold files.");
                    return ExitCodes.UsageError;
                }

                report = EntityScorer.Evaluate(CommonOptions.PipelineFor(parse.GetValue(recognizers), parse.GetValue(model)), documents, parse.GetValue(published));
            }
            catch (Exception ex) when (ex is InvalidDataException or JsonException or IOException)
            {
                stderr.WriteLine($"factx: {ex.Message}");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(json))
            {
                WriteJson(stdout, report, parse.GetValue(errors));
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

    private static void WriteTable(TextWriter output, EntityEvaluationReport report, bool withErrors)
    {
        output.WriteLine($"{report.Documents} documents");
        ScoreTable.WriteHeader(output, "label", 10);
        foreach (LabelScore score in report.Labels.Append(report.Micro))
        {
            ScoreTable.WriteRow(output, score.Label, 10, score.Precision, score.Recall, score.F1, score.TruePositives, score.FalsePositives, score.FalseNegatives);
        }

        if (withErrors)
        {
            foreach (EntityError error in report.Errors)
            {
                output.WriteLine($"{error.DocumentId}\t{error.Kind}\t{Entities.EntityLabels.ToName(error.Span.Label)}\t[{error.Span.Start}, {error.Span.End})\t{error.Text}");
            }
        }
    }

    private static void WriteJson(TextWriter output, EntityEvaluationReport report, bool withErrors)
    {
        var json = new JObject
        {
            ["documents"] = report.Documents,
            ["labels"] = new JArray(report.Labels.Select(ToJson)),
            ["micro"] = ToJson(report.Micro),
        };
        if (withErrors)
        {
            json["errors"] = new JArray(report.Errors.Select(e => new JObject
            {
                ["id"] = e.DocumentId,
                ["kind"] = e.Kind,
                ["label"] = Entities.EntityLabels.ToName(e.Span.Label),
                ["start"] = e.Span.Start,
                ["end"] = e.Span.End,
                ["text"] = e.Text,
            }));
        }

        output.WriteLine(json.ToString(Formatting.Indented));
    }

    private static JObject ToJson(LabelScore score) =>
        ScoreTable.ToJson("label", score.Label, score.Precision, score.Recall, score.F1, score.TruePositives, score.FalsePositives, score.FalseNegatives);
}
