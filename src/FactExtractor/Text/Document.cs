using System;
using System.Collections.Immutable;
using FactExtractor.Entities;
using FactExtractor.Facts;
using FactExtractor.Tokenization;

namespace FactExtractor.Text;

/// <summary>
/// An analysed document: the original text, which is never altered, and the layers the pipeline stages added to it —
/// tokens, sentences, entity mentions and facts. Every layer points into <see cref="Text"/> with half-open character
/// offsets <c>[Start, End)</c> counted in UTF-16 code units, so <c>Text[Start..End]</c> is always the annotated text.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document with the given layers.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="id">An identifier (for example the file name without extension), or null.</param>
    /// <param name="published">The publication date, against which relative dates resolve, or null.</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <param name="sentences">The sentences, in text order.</param>
    /// <param name="entities">The entity mentions, in text order.</param>
    /// <param name="facts">The facts, in the order they were found.</param>
    public Document(
        string text,
        string? id = null,
        DateOnly? published = null,
        ImmutableArray<Token> tokens = default,
        ImmutableArray<Sentence> sentences = default,
        ImmutableArray<EntityMention> entities = default,
        ImmutableArray<Fact> facts = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Id = id;
        Published = published;
        Tokens = tokens.IsDefault ? ImmutableArray<Token>.Empty : tokens;
        Sentences = sentences.IsDefault ? ImmutableArray<Sentence>.Empty : sentences;
        Entities = entities.IsDefault ? ImmutableArray<EntityMention>.Empty : entities;
        Facts = facts.IsDefault ? ImmutableArray<Fact>.Empty : facts;
    }

    /// <summary>The original text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>An identifier, or null.</summary>
    public string? Id { get; }

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>The tokens, in text order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The sentences, in text order; together they cover every token once.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The entity mentions, in text order.</summary>
    public ImmutableArray<EntityMention> Entities { get; }

    /// <summary>The facts, in the order they were found.</summary>
    public ImmutableArray<Fact> Facts { get; }

    /// <summary>A copy of this document with another entity layer (the text and other layers are shared, not copied).</summary>
    /// <param name="entities">The entity mentions, in text order.</param>
    public Document WithEntities(ImmutableArray<EntityMention> entities) => new(Text, Id, Published, Tokens, Sentences, entities, Facts);

    /// <summary>The characters of <paramref name="span"/>, without copying.</summary>
    /// <param name="span">A range of this document's text.</param>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of <paramref name="token"/>, without copying.</summary>
    /// <param name="token">One of this document's tokens.</param>
    public ReadOnlySpan<char> Slice(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>The tokens of <paramref name="sentence"/>, without copying.</summary>
    /// <param name="sentence">One of this document's sentences.</param>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);
}
