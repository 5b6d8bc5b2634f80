using System;
using System.Runtime.InteropServices;
using FactExtractor.Text;

namespace FactExtractor.Tokenization;

/// <summary>
/// A token: a half-open range <c>[Start, End)</c> of character offsets into the unaltered document text, and its kind.
/// A token is a view, not a copy: read its characters with <see cref="Slice(ReadOnlySpan{char})"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly record struct Token
{
    /// <summary>Creates a token over <c>[start, end)</c>.</summary>
    /// <param name="start">Offset of the first character (inclusive).</param>
    /// <param name="end">Offset one past the last character (exclusive).</param>
    /// <param name="kind">What the token is.</param>
    public Token(int start, int end, TokenKind kind)
    {
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>Offset of the first character (inclusive).</summary>
    public int Start { get; }

    /// <summary>Offset one past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The token's range as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters in <paramref name="text"/>, without copying.</summary>
    /// <param name="text">The document text the token points into.</param>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, End - Start);

    /// <summary>The token's characters as a new string (allocates; prefer <see cref="Slice(ReadOnlySpan{char})"/> in loops).</summary>
    /// <param name="text">The document text the token points into.</param>
    public string GetText(string text) => text.Substring(Start, End - Start);

    /// <summary>Returns the kind and range.</summary>
    public override string ToString() => $"{Kind}[{Start}, {End})";
}
