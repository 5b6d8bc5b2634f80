using System;
using System.Collections.Generic;
using System.Text;
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
        var spans = new List<(string Type, int Start, int End)>();
        AddSpans(tags, spans);
        return spans;
    }

    /// <summary>Scores predicted against gold tag sequences, sentence by sentence.</summary>
    /// <param name="sentences">Pairs of gold and predicted tags.</param>
    /// <exception cref="ArgumentException">When a pair's sequences differ in length.</exception>
    public static IReadOnlyList<TypeScore> Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tally = new Tally(collectErrors: false);
        foreach (var (gold, predicted) in sentences)
        {
            tally.Add(null, gold, predicted);
        }

        return tally.ToReport().Scores;
    }

    /// <summary>Scores predicted against gold tag sequences and lists every missed and spurious name.</summary>
    /// <param name="sentences">For each sentence, in order: its tokens, its gold tags and its predicted tags.</param>
    /// <exception cref="ArgumentException">When a sentence's tokens and tag sequences differ in length.</exception>
    public static ConllEvaluationReport Report(IEnumerable<(IReadOnlyList<string> Tokens, IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tally = new Tally(collectErrors: true);
        foreach (var (tokens, gold, predicted) in sentences)
        {
            ArgumentNullException.ThrowIfNull(tokens);
            tally.Add(tokens, gold, predicted);
        }

        return tally.ToReport();
    }

    /// <summary>Tags every sentence of a CoNLL corpus with any recognizer and reports scores and errors.</summary>
    /// <param name="tagger">Turns a sentence's tokens into one BIO tag per token (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, …).</param>
    /// <param name="sentences">The gold sentences.</param>
    /// <exception cref="ArgumentException">When the tagger returns a different number of tags than tokens.</exception>
    public static ConllEvaluationReport Report(Func<IReadOnlyList<string>, IReadOnlyList<string>> tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        return Run(tagger, sentences, collectErrors: true).ToReport();
    }

    /// <summary>Tags every sentence of a CoNLL corpus with a perceptron tagger and reports scores and errors.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">The gold sentences.</param>
    public static ConllEvaluationReport Report(PerceptronTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return Report(words => tagger.Predict(words), sentences);
    }

    /// <summary>Tags every sentence of a CoNLL corpus with any recognizer and scores it.</summary>
    /// <param name="tagger">Turns a sentence's tokens into one BIO tag per token (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, …).</param>
    /// <param name="sentences">The gold sentences.</param>
    /// <returns>Scores per type, in ordinal order, then <c>micro</c>.</returns>
    public static IReadOnlyList<TypeScore> Evaluate(Func<IReadOnlyList<string>, IReadOnlyList<string>> tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        return Run(tagger, sentences, collectErrors: false).ToReport().Scores;
    }

    // Tags every sentence and tallies the names against the gold.
    private static Tally Run(Func<IReadOnlyList<string>, IReadOnlyList<string>> tagger, IReadOnlyList<TaggedSentence> sentences, bool collectErrors)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var tally = new Tally(collectErrors);
        foreach (TaggedSentence sentence in sentences)
        {
            tally.Add(sentence.Tokens, sentence.Tags, tagger(sentence.Tokens));
        }

        return tally;
    }

    /// <summary>Tags every sentence of a CoNLL corpus with a tagger and scores it.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">The gold sentences.</param>
    public static IReadOnlyList<TypeScore> Evaluate(PerceptronTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return Evaluate(words => tagger.Predict(words), sentences);
    }

    // The reading of Spans, without the iterator: appends to a reused list and compares types without substrings.
    private static void AddSpans(IReadOnlyList<string> tags, List<(string Type, int Start, int End)> spans)
    {
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            bool continues = type is not null && tag.StartsWith("I-", StringComparison.Ordinal) && tag.AsSpan(2).SequenceEqual(type);
            if (type is not null && !continues)
            {
                spans.Add((type, start, i));
                type = null;
            }

            if (type is null && tag.Length > 2 && tag[1] == '-')
            {
                type = TypeOf(tag);
                start = i;
            }
        }
    }

    private static string TypeOf(string tag) => tag.AsSpan(2) switch
    {
        "PER" => "PER",
        "ORG" => "ORG",
        "LOC" => "LOC",
        _ => tag[2..],
    };

    /// <summary>Counts per type across sentences, and the errors when asked.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);
        private readonly List<(string Type, int Start, int End)> _gold = [];
        private readonly List<(string Type, int Start, int End)> _predicted = [];
        private readonly List<ConllError>? _errors;
        private readonly StringBuilder _text = new();
        private int _sentences;
        private int _tokens;

        public Tally(bool collectErrors)
        {
            _errors = collectErrors ? [] : null;
        }

        public void Add(IReadOnlyList<string>? tokens, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
        {
            ArgumentNullException.ThrowIfNull(gold);
            ArgumentNullException.ThrowIfNull(predicted);
            int sentence = _sentences;
            if (gold.Count != predicted.Count || (tokens is not null && tokens.Count != gold.Count))
            {
                throw new ArgumentException(
                    $"Sentence {sentence}: {tokens?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} tokens, {gold.Count} gold tags, {predicted.Count} predicted tags; they must be as many.",
                    nameof(predicted));
            }

            _sentences++;
            _tokens += gold.Count;
            _gold.Clear();
            _predicted.Clear();
            AddSpans(gold, _gold);
            AddSpans(predicted, _predicted);

            // Both lists run by first token, and within one list no two names share a first token: a merge pairs them.
            int g = 0, p = 0;
            while (g < _gold.Count || p < _predicted.Count)
            {
                if (g < _gold.Count && p < _predicted.Count && _gold[g] == _predicted[p])
                {
                    Count(_gold[g].Type, tp: 1, fp: 0, fn: 0);
                    g++;
                    p++;
                }
                else if (p >= _predicted.Count || (g < _gold.Count && _gold[g].Start <= _predicted[p].Start))
                {
                    Count(_gold[g].Type, tp: 0, fp: 0, fn: 1);
                    AddError(sentence, ConllError.Missed, _gold[g], tokens);
                    g++;
                }
                else
                {
                    Count(_predicted[p].Type, tp: 0, fp: 1, fn: 0);
                    AddError(sentence, ConllError.Spurious, _predicted[p], tokens);
                    p++;
                }
            }
        }

        public ConllEvaluationReport ToReport()
        {
            var names = new List<string>(_counts.Keys);
            names.Sort(StringComparer.Ordinal);
            var types = new List<TypeScore>(names.Count);
            int tp = 0, fp = 0, fn = 0;
            foreach (string name in names)
            {
                var counts = _counts[name];
                types.Add(new TypeScore(name, counts.Tp, counts.Fp, counts.Fn));
                tp += counts.Tp;
                fp += counts.Fp;
                fn += counts.Fn;
            }

            return new ConllEvaluationReport(types, new TypeScore("micro", tp, fp, fn), _errors ?? [], _sentences, _tokens);
        }

        private void Count(string type, int tp, int fp, int fn)
        {
            var counts = _counts.GetValueOrDefault(type);
            _counts[type] = (counts.Tp + tp, counts.Fp + fp, counts.Fn + fn);
        }

        private void AddError(int sentence, string kind, (string Type, int Start, int End) span, IReadOnlyList<string>? tokens)
        {
            if (_errors is null || tokens is null)
            {
                return;
            }

            _text.Clear();
            for (int i = span.Start; i < span.End; i++)
            {
                if (i > span.Start)
                {
                    _text.Append(' ');
                }

                _text.Append(tokens[i]);
            }

            _errors.Add(new ConllError(sentence, kind, span.Type, span.Start, span.End, _text.ToString()));
        }
    }
}
