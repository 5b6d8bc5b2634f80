using System;

namespace FactExtractor.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of character offsets into a document's text.
/// Offsets count UTF-16 code units of the original, unaltered text, so <c>text[Start..End]</c> is the spanned text.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="end"/> must not be smaller than <paramref name="start"/>.</summary>
    /// <param name="start">Offset of the first character (inclusive).</param>
    /// <param name="end">Offset one past the last character (exclusive).</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or <paramref name="end"/> is smaller than it.</exception>
    public TextSpan(int start, int end)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "A span cannot start before offset 0.");
        }

        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "A span cannot end before it starts.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Offset of the first character (inclusive).</summary>
    public int Start { get; }

    /// <summary>Offset one past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>True when the span holds no character.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    /// <param name="other">The span to test.</param>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The spanned characters of <paramref name="text"/>, without copying.</summary>
    /// <param name="text">The text the span points into.</param>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, End - Start);

    /// <summary>Returns <c>[Start, End)</c>.</summary>
    public override string ToString() => $"[{Start}, {End})";
}
