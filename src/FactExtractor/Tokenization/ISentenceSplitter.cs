using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace FactExtractor.Tokenization;

/// <summary>
/// Groups a text's tokens into sentences. Every token belongs to exactly one sentence, sentences come in text order,
/// and none is empty. Implementations must be thread-safe.
/// </summary>
public interface ISentenceSplitter
{
    /// <summary>Appends the sentences of a tokenized text to <paramref name="output"/>.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The text's tokens, in order.</param>
    /// <param name="output">The list to append to.</param>
    void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<Sentence> output);
}

/// <summary>Conveniences over <see cref="ISentenceSplitter"/>.</summary>
public static class SentenceSplitterExtensions
{
    /// <summary>Splits a tokenized text into a new immutable array of sentences.</summary>
    /// <param name="splitter">The splitter.</param>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The text's tokens.</param>
    public static ImmutableArray<Sentence> Split(this ISentenceSplitter splitter, string text, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(text);
        var builder = ImmutableArray.CreateBuilder<Sentence>(Math.Max(4, tokens.Length / 20));
        splitter.Split(text.AsSpan(), tokens.AsSpan(), builder);
        return builder.DrainToImmutable();
    }
}
