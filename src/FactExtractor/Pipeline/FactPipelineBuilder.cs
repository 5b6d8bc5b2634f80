using System;
using System.Collections.Generic;
using FactExtractor.Entities;
using FactExtractor.Facts;
using FactExtractor.Tokenization;

namespace FactExtractor.Pipeline;

/// <summary>
/// Assembles the stages of a <see cref="FactPipeline"/> in the order they will run, then checks that order and freezes
/// it with <see cref="Build"/>. The builder is not thread-safe; the pipeline it builds is.
/// </summary>
/// <example>
/// <code>
/// FactPipeline pipeline = new FactPipelineBuilder()
///     .UseTokenizer(NewsTokenizer.Default)
///     .UseSentenceSplitter(NewsSentenceSplitter.Default)
///     .Build();
/// </code>
/// </example>
public sealed class FactPipelineBuilder
{
    /// <summary>The default largest text a pipeline accepts, in characters (10 million, about 1.6 million words).</summary>
    public const int DefaultMaxCharacters = 10_000_000;

    private readonly List<IPipelineStage> _stages = [];
    private int _maxCharacters = DefaultMaxCharacters;

    /// <summary>A builder holding the default stages: the news tokenizer and sentence splitter, and the recognizers and extractors shipped with the library.</summary>
    public static FactPipelineBuilder CreateDefault() =>
        new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default);

    /// <summary>The stages added so far, in run order.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Appends a stage.</summary>
    /// <param name="stage">The stage.</param>
    public FactPipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Appends a tokenizer stage.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    public FactPipelineBuilder UseTokenizer(ITokenizer tokenizer) => Add(new TokenizerStage(tokenizer));

    /// <summary>Appends a sentence-splitting stage.</summary>
    /// <param name="splitter">The splitter.</param>
    public FactPipelineBuilder UseSentenceSplitter(ISentenceSplitter splitter) => Add(new SentenceSplitterStage(splitter));

    /// <summary>Appends an entity recognizer.</summary>
    /// <param name="recognizer">The recognizer.</param>
    public FactPipelineBuilder AddEntityRecognizer(IEntityRecognizer recognizer) => Add(new EntityRecognizerStage(recognizer));

    /// <summary>Appends a fact extractor.</summary>
    /// <param name="extractor">The extractor.</param>
    public FactPipelineBuilder AddFactExtractor(IFactExtractor extractor) => Add(new FactExtractorStage(extractor));

    /// <summary>Removes every stage whose <see cref="IPipelineStage.Name"/> equals <paramref name="name"/>.</summary>
    /// <param name="name">The stage name.</param>
    /// <returns>This builder.</returns>
    public FactPipelineBuilder Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _stages.RemoveAll(stage => string.Equals(stage.Name, name, StringComparison.Ordinal));
        return this;
    }

    /// <summary>Sets the largest text the pipeline accepts; longer texts fail with <see cref="ExtractionErrorCodes.DocumentTooLarge"/>.</summary>
    /// <param name="maxCharacters">A positive number of characters.</param>
    public FactPipelineBuilder WithMaxCharacters(int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCharacters);
        _maxCharacters = maxCharacters;
        return this;
    }

    /// <summary>
    /// Checks that every stage's required layers are produced by a stage before it and that tokens and sentences are
    /// produced once, then returns the frozen, thread-safe pipeline.
    /// </summary>
    /// <exception cref="PipelineConfigurationException">When the order cannot work; the message names the stage and the missing layer.</exception>
    public FactPipeline Build()
    {
        DocumentLayers available = DocumentLayers.None;
        const DocumentLayers singleProducer = DocumentLayers.Tokens | DocumentLayers.Sentences;
        for (int i = 0; i < _stages.Count; i++)
        {
            IPipelineStage stage = _stages[i];
            DocumentLayers missing = stage.Requires & ~available;
            if (missing != DocumentLayers.None)
            {
                throw new PipelineConfigurationException(
                    $"Stage {i + 1} '{stage.Name}' requires {missing}, which no stage before it produces. " +
                    $"Add a stage that produces {missing} before '{stage.Name}'.");
            }

            DocumentLayers twice = stage.Produces & available & singleProducer;
            if (twice != DocumentLayers.None)
            {
                throw new PipelineConfigurationException(
                    $"Stage {i + 1} '{stage.Name}' produces {twice}, which an earlier stage already produces. A pipeline has one tokenizer and one sentence splitter.");
            }

            available |= stage.Produces;
        }

        return new FactPipeline(_stages.ToArray(), _maxCharacters);
    }
}
