using System;
using System.Threading;
using FactExtractor.Tokenization;

namespace FactExtractor.Pipeline;

/// <summary>Runs an <see cref="ITokenizer"/> as a pipeline stage: requires nothing, produces <see cref="DocumentLayers.Tokens"/>.</summary>
public sealed class TokenizerStage : IPipelineStage
{
    /// <summary>Wraps a tokenizer.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    public TokenizerStage(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        Tokenizer = tokenizer;
    }

    /// <summary>The wrapped tokenizer.</summary>
    public ITokenizer Tokenizer { get; }

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.None;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Tokens;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetTokens(Tokenizer.Tokenize(context.Text));
    }
}

/// <summary>Runs an <see cref="ISentenceSplitter"/> as a pipeline stage: requires tokens, produces <see cref="DocumentLayers.Sentences"/>.</summary>
public sealed class SentenceSplitterStage : IPipelineStage
{
    /// <summary>Wraps a sentence splitter.</summary>
    /// <param name="splitter">The splitter.</param>
    public SentenceSplitterStage(ISentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        Splitter = splitter;
    }

    /// <summary>The wrapped splitter.</summary>
    public ISentenceSplitter Splitter { get; }

    /// <inheritdoc />
    public string Name => "sentence-splitter";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Sentences;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetSentences(Splitter.Split(context.Text, context.Tokens));
    }
}

/// <summary>Runs an <see cref="Facts.IFactExtractor"/> as a pipeline stage that adds <see cref="DocumentLayers.Facts"/>.</summary>
public sealed class FactExtractorStage : IPipelineStage
{
    /// <summary>Wraps an extractor.</summary>
    /// <param name="extractor">The extractor.</param>
    public FactExtractorStage(Facts.IFactExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        Extractor = extractor;
    }

    /// <summary>The wrapped extractor.</summary>
    public Facts.IFactExtractor Extractor { get; }

    /// <inheritdoc />
    public string Name => Extractor.Name;

    /// <inheritdoc />
    public DocumentLayers Requires => Extractor.Requires;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Facts;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new System.Collections.Generic.List<Facts.Fact>();
        Extractor.Extract(context.ToDocument(), found);
        foreach (Facts.Fact fact in found)
        {
            context.AddFact(fact);
        }
    }
}
