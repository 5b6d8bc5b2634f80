using System;
using System.Collections.Generic;
using System.Linq;
using FactExtractor.Entities.Statistical;

namespace FactExtractor.Evaluation;

/// <summary>CoNLL-style exact-span scoring of BIO tag sequences: a name counts when its type and both ends agree.</summary>
public static class ConllEvaluation
{
    /// <summary>The names (type, first token, last token exclusive) a BIO sequence marks.</summary>
    /// <param name="tags">The tags.</param>
    public static IEnumerable<(string Type, int Start, int End)> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            bool continues = type is not null && tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == type;
            if (type is not null && !continues)
            {
                yield return (type, start, i);
                type = null;
            }

            if (type is null && tag.Length > 2 && tag[1] == '-')
            {
                type = tag[2..];
                start = i;
            }
        }
    }

    /// <summary>Scores predicted against gold tag sequences, sentence by sentence.</summary>
    /// <param name="sentences">Pairs of gold and predicted tags.</param>
    public static IReadOnlyList<TypeScore> Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (gold, predicted) in sentences)
        {
            var goldSpans = Spans(gold).ToHashSet();
            var predictedSpans = Spans(predicted).ToHashSet();
            foreach (var span in predictedSpans)
            {
                Increment(goldSpans.Contains(span) ? tp : fp, span.Type);
            }

            foreach (var span in goldSpans.Where(s => !predictedSpans.Contains(s)))
            {
                Increment(fn, span.Type);
            }
        }

        var types = tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Distinct().Order(StringComparer.Ordinal)
            .Select(t => new TypeScore(t, tp.GetValueOrDefault(t), fp.GetValueOrDefault(t), fn.GetValueOrDefault(t))).ToList();
        types.Add(new TypeScore("micro", types.Sum(s => s.TruePositives), types.Sum(s => s.FalsePositives), types.Sum(s => s.FalseNegatives)));
        return types;
    }

    /// <summary>Tags every sentence of a CoNLL corpus with a tagger and scores it.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">The gold sentences.</param>
    public static IReadOnlyList<TypeScore> Evaluate(PerceptronTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        return Score(sentences.Select(s => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)tagger.Predict(s.Tokens))));
    }

    private static void Increment(Dictionary<string, int> counts, string type) => counts[type] = counts.GetValueOrDefault(type) + 1;
}
