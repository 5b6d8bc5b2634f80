using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace FactExtractor.Tokenization;

/// <summary>
/// A growable, reusable buffer that a tokenizer appends tokens to. Reuse one buffer per thread to tokenize many texts
/// without allocating per token; call <see cref="ToImmutableArray"/> to keep the result.
/// </summary>
public sealed class TokenBuffer
{
    private Token[] _items;

    /// <summary>Creates an empty buffer.</summary>
    /// <param name="capacity">Initial capacity in tokens.</param>
    public TokenBuffer(int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _items = capacity == 0 ? [] : new Token[capacity];
    }

    /// <summary>Number of tokens the buffer holds before it grows.</summary>
    public int Capacity => _items.Length;

    /// <summary>Number of tokens in the buffer.</summary>
    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based token index, less than <see cref="Count"/>.</param>
    public ref readonly Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "Index is outside the buffer.");
            }

            return ref _items[index];
        }
    }

    /// <summary>Appends a token.</summary>
    /// <param name="start">Offset of the first character (inclusive).</param>
    /// <param name="end">Offset one past the last character (exclusive).</param>
    /// <param name="kind">What the token is.</param>
    public void Add(int start, int end, TokenKind kind)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
        }

        _items[Count++] = new Token(start, end, kind);
    }

    /// <summary>Empties the buffer, keeping its capacity.</summary>
    public void Clear() => Count = 0;

    /// <summary>The tokens, valid until the buffer is next changed.</summary>
    public ReadOnlySpan<Token> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>Copies the tokens into an immutable array of exactly <see cref="Count"/> elements.</summary>
    public ImmutableArray<Token> ToImmutableArray() =>
        Count == 0 ? ImmutableArray<Token>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(AsSpan().ToArray());
}
