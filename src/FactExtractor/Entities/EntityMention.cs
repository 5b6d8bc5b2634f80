using System;
using FactExtractor.Text;

namespace FactExtractor.Entities;

/// <summary>
/// A mention of an entity: the half-open character range <c>[Start, End)</c> of the document text that names it, its
/// label, the canonical name it resolves to, an optional normalised value, a confidence in [0, 1] and its source.
/// </summary>
public sealed record EntityMention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">Offset of the first character (inclusive).</param>
    /// <param name="end">Offset one past the last character (exclusive).</param>
    /// <param name="label">What the mention names.</param>
    /// <param name="name">The canonical name of the entity (for values such as money, the surface form).</param>
    /// <param name="confidence">Confidence in [0, 1].</param>
    /// <param name="source">What produced the mention.</param>
    /// <param name="value">A normalised value (money, date, number), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the range is invalid or the confidence lies outside [0, 1].</exception>
    public EntityMention(int start, int end, EntityLabel label, string name, double confidence, EntitySource source, EntityValue? value = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span = new TextSpan(start, end);
        if (!(confidence >= 0 && confidence <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie in [0, 1].");
        }

        Label = label;
        Name = name;
        Confidence = confidence;
        Source = source;
        Value = value;
    }

    /// <summary>The mention's character range.</summary>
    public TextSpan Span { get; }

    /// <summary>Offset of the first character (inclusive).</summary>
    public int Start => Span.Start;

    /// <summary>Offset one past the last character (exclusive).</summary>
    public int End => Span.End;

    /// <summary>What the mention names.</summary>
    public EntityLabel Label { get; }

    /// <summary>The canonical name of the entity the mention refers to.</summary>
    public string Name { get; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>What produced the mention.</summary>
    public EntitySource Source { get; }

    /// <summary>A normalised value, or null.</summary>
    public EntityValue? Value { get; }

    /// <summary>The lexicon entry the mention resolved to (with its kind, parent group, country), or null.</summary>
    public Lexicons.LexiconEntry? Entry { get; init; }
}

/// <summary>A normalised value of a mention (money, date, number). Later recognisers derive their own kinds.</summary>
public abstract record EntityValue;
