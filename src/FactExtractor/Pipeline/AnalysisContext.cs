using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactExtractor.Entities;
using FactExtractor.Facts;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Pipeline;

/// <summary>
/// The document while a pipeline analyses it. Layers are add-only: tokens and sentences are set once, entity mentions
/// and facts are appended, and nothing a stage wrote can be changed by a later one. One context serves one run on one
/// thread; the pipeline freezes it into a <see cref="Document"/> at the end.
/// </summary>
public sealed class AnalysisContext
{
    private readonly List<EntityMention> _entities = [];
    private readonly List<Fact> _facts = [];
    private Document? _snapshot;

    /// <summary>Starts the analysis of a text.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="id">An identifier, or null.</param>
    /// <param name="published">The publication date, or null.</param>
    public AnalysisContext(string text, string? id = null, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Id = id;
        Published = published;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>An identifier, or null.</summary>
    public string? Id { get; }

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>The tokens; empty until a tokenizer stage has run.</summary>
    public ImmutableArray<Token> Tokens { get; private set; } = ImmutableArray<Token>.Empty;

    /// <summary>The sentences; empty until a sentence stage has run.</summary>
    public ImmutableArray<Sentence> Sentences { get; private set; } = ImmutableArray<Sentence>.Empty;

    /// <summary>The layers set so far.</summary>
    public DocumentLayers Layers { get; private set; }

    /// <summary>The entity mentions added so far.</summary>
    public IReadOnlyList<EntityMention> Entities => _entities;

    /// <summary>The facts added so far.</summary>
    public IReadOnlyList<Fact> Facts => _facts;

    /// <summary>Sets the token layer.</summary>
    /// <param name="tokens">The tokens, in text order, inside the text.</param>
    /// <exception cref="InvalidOperationException">When tokens were already set.</exception>
    public void SetTokens(ImmutableArray<Token> tokens)
    {
        SetOnce(DocumentLayers.Tokens);
        Tokens = tokens.IsDefault ? ImmutableArray<Token>.Empty : tokens;
    }

    /// <summary>Sets the sentence layer.</summary>
    /// <param name="sentences">The sentences, in text order.</param>
    /// <exception cref="InvalidOperationException">When sentences were already set.</exception>
    public void SetSentences(ImmutableArray<Sentence> sentences)
    {
        SetOnce(DocumentLayers.Sentences);
        Sentences = sentences.IsDefault ? ImmutableArray<Sentence>.Empty : sentences;
    }

    /// <summary>Adds an entity mention.</summary>
    /// <param name="mention">The mention; its range must lie inside the text.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the mention lies outside the text.</exception>
    public void AddEntity(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        CheckInside(mention.Span, nameof(mention));
        _entities.Add(mention);
        Layers |= DocumentLayers.Entities;
        _snapshot = null;
    }

    /// <summary>Adds a fact.</summary>
    /// <param name="fact">The fact; its evidence must lie inside the text.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the evidence lies outside the text.</exception>
    public void AddFact(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        CheckInside(fact.Evidence, nameof(fact));
        _facts.Add(fact);
        Layers |= DocumentLayers.Facts;
        _snapshot = null;
    }

    /// <summary>The document as it stands now, with every layer added so far (entities in text order).</summary>
    public Document ToDocument()
    {
        if (_snapshot is null)
        {
            var entities = _entities.ToArray();
            Array.Sort(entities, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            _snapshot = new Document(Text, Id, Published, Tokens, Sentences, [.. entities], [.. _facts]);
        }

        return _snapshot;
    }

    private void SetOnce(DocumentLayers layer)
    {
        if ((Layers & layer) != 0)
        {
            throw new InvalidOperationException($"The {layer} layer is already set; a stage cannot change an earlier stage's layer.");
        }

        Layers |= layer;
        _snapshot = null;
    }

    private void CheckInside(TextSpan span, string parameter)
    {
        if (span.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(parameter, span.ToString(), $"The range lies outside the text of {Text.Length} characters.");
        }
    }
}
