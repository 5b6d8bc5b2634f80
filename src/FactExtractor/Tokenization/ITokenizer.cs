using System;
using System.Collections.Immutable;

namespace FactExtractor.Tokenization;

/// <summary>
/// Splits text into tokens without altering it: every token is a half-open range <c>[Start, End)</c> of the input,
/// tokens do not overlap, come in text order, and only white space lies between them.
/// Implementations must be thread-safe.
/// </summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    /// <param name="text">The text; offsets are relative to its first character.</param>
    /// <param name="output">The buffer to append to; it is not cleared first.</param>
    void Tokenize(ReadOnlySpan<char> text, TokenBuffer output);
}

/// <summary>Conveniences over <see cref="ITokenizer"/>.</summary>
public static class TokenizerExtensions
{
    // Scratch buffers kept per thread so that tokenizing allocates only the final array.
    private const int MaxCachedCapacity = 1 << 20;

    [ThreadStatic]
    private static TokenBuffer? _scratch;

    /// <summary>Tokenizes <paramref name="text"/> into a new immutable array.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="text">The text.</param>
    public static ImmutableArray<Token> Tokenize(this ITokenizer tokenizer, string text)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(text);
        TokenBuffer buffer = _scratch ?? new TokenBuffer(1024);
        _scratch = null;
        buffer.Clear();
        tokenizer.Tokenize(text.AsSpan(), buffer);
        ImmutableArray<Token> tokens = buffer.ToImmutableArray();
        if (buffer.Capacity <= MaxCachedCapacity)
        {
            _scratch = buffer;
        }

        return tokens;
    }
}
