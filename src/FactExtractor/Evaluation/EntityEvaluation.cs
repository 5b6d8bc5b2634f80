using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Text;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Evaluation;

/// <summary>A gold entity span: <c>[Start, End)</c> with its label.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">The label.</param>
public readonly record struct LabeledSpan(int Start, int End, EntityLabel Label);

/// <summary>A document's gold entities, read from <c>&lt;id&gt;.entities.json</c> beside <c>&lt;id&gt;.txt</c>.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Split"><c>dev</c> or <c>test</c>.</param>
/// <param name="Text">The document text.</param>
/// <param name="Entities">The gold spans.</param>
public sealed record EntityGoldDocument(string Id, string Split, string Text, IReadOnlyList<LabeledSpan> Entities)
{
    /// <summary>Reads every <c>*.entities.json</c> in a folder, with the <c>.txt</c> beside each.</summary>
    /// <param name="folder">The folder.</param>
    /// <exception cref="InvalidDataException">When a gold file is malformed or its spans do not fit its text.</exception>
    public static IReadOnlyList<EntityGoldDocument> LoadFolder(string folder)
    {
        var documents = new List<EntityGoldDocument>();
        string[] files = Directory.GetFiles(folder, "*.entities.json");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            documents.Add(Load(file));
        }

        return documents;
    }

    /// <summary>Reads one gold file and its text.</summary>
    /// <param name="path">The <c>.entities.json</c> file.</param>
    public static EntityGoldDocument Load(string path)
    {
        string textPath = path[..^".entities.json".Length] + ".txt";
        string text = File.ReadAllText(textPath);
        JObject json = JObject.Parse(File.ReadAllText(path));
        var spans = new List<LabeledSpan>();
        foreach (JToken entity in json["entities"] as JArray ?? [])
        {
            int start = (int)entity["start"]!;
            int end = (int)entity["end"]!;
            string labelName = (string?)entity["label"] ?? string.Empty;
            if (!EntityLabels.TryParse(labelName, out EntityLabel label))
            {
                throw new InvalidDataException($"{path}: unknown label '{labelName}'.");
            }

            if (start < 0 || end > text.Length || end <= start)
            {
                throw new InvalidDataException($"{path}: span [{start}, {end}) does not fit the text of {text.Length} characters.");
            }

            if (entity["text"] is { } surface && (string?)surface != text[start..end])
            {
                throw new InvalidDataException($"{path}: span [{start}, {end}) is '{text[start..end]}', the file says '{(string?)surface}'.");
            }

            spans.Add(new LabeledSpan(start, end, label));
        }

        string id = (string?)json["id"] ?? Path.GetFileName(textPath)[..^4];
        return new EntityGoldDocument(id, (string?)json["split"] ?? "dev", text, spans);
    }
}

/// <summary>Counts for one label: true positives, false positives, false negatives, and the scores they give.</summary>
public sealed record LabelScore(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), or 0.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or 0.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall, or 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One disagreement between prediction and gold.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Kind"><c>missed</c> (gold not predicted) or <c>spurious</c> (predicted, not gold).</param>
/// <param name="Span">The span and label.</param>
/// <param name="Text">The spanned text.</param>
public sealed record EntityError(string DocumentId, string Kind, LabeledSpan Span, string Text);

/// <summary>Exact-span entity scores: per label and micro-averaged, with the errors behind them.</summary>
public sealed class EntityEvaluationReport
{
    internal EntityEvaluationReport(IReadOnlyList<LabelScore> labels, LabelScore micro, IReadOnlyList<EntityError> errors, int documents)
    {
        Labels = labels;
        Micro = micro;
        Errors = errors;
        Documents = documents;
    }

    /// <summary>Scores per label, in label order.</summary>
    public IReadOnlyList<LabelScore> Labels { get; }

    /// <summary>Scores over all labels.</summary>
    public LabelScore Micro { get; }

    /// <summary>Every miss and every spurious mention.</summary>
    public IReadOnlyList<EntityError> Errors { get; }

    /// <summary>Number of documents scored.</summary>
    public int Documents { get; }
}

/// <summary>
/// Scores predicted entity mentions against gold spans: a prediction is right when its span and label both equal a
/// gold span's (CoNLL exact match). Labels can be restricted, so that a recognizer is scored only on what it produces.
/// </summary>
public static class EntityScorer
{
    /// <summary>Scores documents.</summary>
    /// <param name="pairs">For each document, its id, its gold spans and its predicted spans.</param>
    /// <param name="labels">The labels to score; all when null.</param>
    public static EntityEvaluationReport Score(IEnumerable<(string Id, string Text, IReadOnlyList<LabeledSpan> Gold, IReadOnlyList<LabeledSpan> Predicted)> pairs, ISet<EntityLabel>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var tp = new Dictionary<EntityLabel, int>();
        var fp = new Dictionary<EntityLabel, int>();
        var fn = new Dictionary<EntityLabel, int>();
        var errors = new List<EntityError>();
        int documents = 0;
        foreach (var (id, text, gold, predicted) in pairs)
        {
            documents++;
            var goldSet = new HashSet<LabeledSpan>(gold.Where(g => labels is null || labels.Contains(g.Label)));
            var predictedSet = new HashSet<LabeledSpan>(predicted.Where(p => labels is null || labels.Contains(p.Label)));
            foreach (LabeledSpan span in predictedSet)
            {
                if (goldSet.Contains(span))
                {
                    Increment(tp, span.Label);
                }
                else
                {
                    Increment(fp, span.Label);
                    errors.Add(new EntityError(id, "spurious", span, text[span.Start..span.End]));
                }
            }

            foreach (LabeledSpan span in goldSet)
            {
                if (!predictedSet.Contains(span))
                {
                    Increment(fn, span.Label);
                    errors.Add(new EntityError(id, "missed", span, text[span.Start..span.End]));
                }
            }
        }

        var scores = new List<LabelScore>();
        foreach (EntityLabel label in Enum.GetValues<EntityLabel>())
        {
            if (tp.ContainsKey(label) || fp.ContainsKey(label) || fn.ContainsKey(label))
            {
                scores.Add(new LabelScore(EntityLabels.ToName(label), tp.GetValueOrDefault(label), fp.GetValueOrDefault(label), fn.GetValueOrDefault(label)));
            }
        }

        var micro = new LabelScore("micro", scores.Sum(s => s.TruePositives), scores.Sum(s => s.FalsePositives), scores.Sum(s => s.FalseNegatives));
        errors.Sort((a, b) => string.CompareOrdinal(a.DocumentId, b.DocumentId) != 0 ? string.CompareOrdinal(a.DocumentId, b.DocumentId) : a.Span.Start.CompareTo(b.Span.Start));
        return new EntityEvaluationReport(scores, micro, errors, documents);
    }

    /// <summary>Runs a pipeline's entity layer over gold documents and scores it.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="documents">The gold documents.</param>
    /// <param name="published">The publication date to analyse with, or null.</param>
    public static EntityEvaluationReport Evaluate(Pipeline.FactPipeline pipeline, IEnumerable<EntityGoldDocument> documents, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        return Score(documents.Select(gold =>
        {
            Document document = pipeline.Extract(gold.Text, gold.Id, published);
            IReadOnlyList<LabeledSpan> predicted = document.Entities.Select(e => new LabeledSpan(e.Start, e.End, e.Label)).ToList();
            return (gold.Id, gold.Text, gold.Entities, predicted);
        }));
    }

    private static void Increment(Dictionary<EntityLabel, int> counts, EntityLabel label) => counts[label] = counts.GetValueOrDefault(label) + 1;
}
