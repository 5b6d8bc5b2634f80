using System;
using System.Runtime.InteropServices;
using FactExtractor.Text;

namespace FactExtractor.Tokenization;

/// <summary>
/// A sentence: the half-open character range <c>[Start, End)</c> from its first token's start to its last token's end,
/// and the range of token indices <c>[FirstToken, FirstToken + TokenCount)</c> it covers. A view, not a copy.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Sentence
{
    /// <summary>Creates a sentence.</summary>
    /// <param name="start">Offset of the first character (inclusive).</param>
    /// <param name="end">Offset one past the last character (exclusive).</param>
    /// <param name="firstToken">Index of the first token.</param>
    /// <param name="tokenCount">Number of tokens.</param>
    public Sentence(int start, int end, int firstToken, int tokenCount)
    {
        Start = start;
        End = end;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>Offset of the first character (inclusive).</summary>
    public int Start { get; }

    /// <summary>Offset one past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>Index of the sentence's first token in the document's token list.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount { get; }

    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The sentence's range as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The sentence's characters in <paramref name="text"/>, without copying.</summary>
    /// <param name="text">The document text the sentence points into.</param>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, End - Start);

    /// <summary>The sentence's tokens, without copying.</summary>
    /// <param name="tokens">The document's tokens.</param>
    public ReadOnlySpan<Token> SliceTokens(ReadOnlySpan<Token> tokens) => tokens.Slice(FirstToken, TokenCount);

    /// <summary>Returns the character and token ranges.</summary>
    public override string ToString() => $"[{Start}, {End}) tokens [{FirstToken}, {EndToken})";
}
