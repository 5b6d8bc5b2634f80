using System.Collections.Generic;

namespace FactExtractor.Evaluation;

/// <summary>One disagreement between a predicted and a gold BIO sequence: a gold name not predicted exactly, or a predicted name not in the gold.</summary>
/// <param name="Sentence">The sentence's index, 0-based, in file order.</param>
/// <param name="Kind"><see cref="Missed"/> (gold, not predicted) or <see cref="Spurious"/> (predicted, not gold).</param>
/// <param name="Type">The name's type: <c>PER</c>, <c>ORG</c> or <c>LOC</c> (or whatever the tags say).</param>
/// <param name="Start">The name's first token.</param>
/// <param name="End">One past the name's last token.</param>
/// <param name="Text">The name's tokens joined by single spaces.</param>
public sealed record ConllError(int Sentence, string Kind, string Type, int Start, int End, string Text)
{
    /// <summary>The <see cref="Kind"/> of a gold name the prediction lacks.</summary>
    public const string Missed = "missed";

    /// <summary>The <see cref="Kind"/> of a predicted name the gold lacks.</summary>
    public const string Spurious = "spurious";
}

/// <summary>Exact-span CoNLL scores per type and micro-averaged, with the errors behind them.</summary>
public sealed class ConllEvaluationReport
{
    internal ConllEvaluationReport(IReadOnlyList<TypeScore> types, TypeScore micro, IReadOnlyList<ConllError> errors, int sentences, int tokens)
    {
        Types = types;
        Micro = micro;
        Errors = errors;
        Sentences = sentences;
        Tokens = tokens;
        var scores = new List<TypeScore>(types.Count + 1);
        scores.AddRange(types);
        scores.Add(micro);
        Scores = scores;
    }

    /// <summary>Scores per type (every type seen in gold or prediction), in ordinal order of the type name.</summary>
    public IReadOnlyList<TypeScore> Types { get; }

    /// <summary>Scores over all types, named <c>micro</c>.</summary>
    public TypeScore Micro { get; }

    /// <summary><see cref="Types"/> followed by <see cref="Micro"/>: the list <see cref="ConllEvaluation.Score"/> returns.</summary>
    public IReadOnlyList<TypeScore> Scores { get; }

    /// <summary>Every missed and every spurious name, by sentence, then by first token (a miss before a spurious name on the same token).</summary>
    public IReadOnlyList<ConllError> Errors { get; }

    /// <summary>Number of sentences scored.</summary>
    public int Sentences { get; }

    /// <summary>Number of tokens scored.</summary>
    public int Tokens { get; }
}
