using System;
using System.Collections.Generic;
using FactExtractor.Entities;
using FactExtractor.Entities.Lexicons;
using FactExtractor.Entities.Names;
using FactExtractor.Entities.Statistical;
using FactExtractor.Entities.Values;
using FactExtractor.Facts;
using FactExtractor.Facts.Investments;
using FactExtractor.Facts.ProductionAgreements;
using FactExtractor.Facts.Quotes;
using FactExtractor.Facts.SiteLists;
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

    /// <summary>
    /// A builder holding the default stages: the news tokenizer and sentence splitter, then the entity layer — money,
    /// percent, date and quantity patterns, the built-in lexicons, name patterns, numbers, then the trained statistical
    /// tagger for names the lexicons do not know — with entity resolution, then the four fact extractors.
    /// </summary>
    public static FactPipelineBuilder CreateDefault() => CreateDefault(NameRecognizers.Both);

    /// <summary>The default stages with a choice of name recognizers (see <see cref="NameRecognizers"/>).</summary>
    /// <param name="names">Which recognizers find person, organisation and place names.</param>
    public static FactPipelineBuilder CreateDefault(NameRecognizers names) => CreateDefault(names, tagger: null);

    /// <summary>The default stages with a choice of name recognizers and a tagger of one's own.</summary>
    /// <param name="names">Which recognizers find person, organisation and place names.</param>
    /// <param name="tagger">The statistical tagger (trained with <c>factx train-ner</c>); the embedded model when null.</param>
    public static FactPipelineBuilder CreateDefault(NameRecognizers names, PerceptronTagger? tagger) =>
        new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default)
            .Add(CreateDefaultEntityStage(names, tagger))
            .AddFactExtractor(new InvestmentExtractor())
            .AddFactExtractor(new ProductionAgreementExtractor())
            .AddFactExtractor(new SiteListExtractor())
            .AddFactExtractor(new QuoteExtractor());

    /// <summary>The default entity layer, in precedence order for equal spans, with the statistical tagger last.</summary>
    public static EntityRecognitionStage CreateDefaultEntityStage() => CreateDefaultEntityStage(NameRecognizers.Both);

    /// <summary>The default entity layer with a choice of name recognizers, in precedence order for equal spans.</summary>
    /// <param name="names">Which recognizers find person, organisation and place names.</param>
    /// <param name="tagger">The statistical tagger; the embedded model when null. Ignored for <see cref="NameRecognizers.Lexicons"/>.</param>
    public static EntityRecognitionStage CreateDefaultEntityStage(NameRecognizers names, PerceptronTagger? tagger = null)
    {
        var recognizers = new List<IEntityRecognizer> { new MoneyRecognizer(), new PercentRecognizer() };
        if (names != NameRecognizers.Model)
        {
            recognizers.Add(LexiconRecognizer.Default);
        }

        recognizers.Add(new DateRecognizer());
        recognizers.Add(new QuantityRecognizer());
        if (names != NameRecognizers.Model)
        {
            recognizers.Add(new NamePatternRecognizer());
        }

        recognizers.Add(new NumberRecognizer());
        if (names != NameRecognizers.Lexicons)
        {
            recognizers.Add(new StatisticalEntityRecognizer(tagger, persons: names == NameRecognizers.Model));
        }

        return new EntityRecognitionStage(recognizers, EntityResolver.Default);
    }

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

    /// <summary>
    /// Adds an entity recognizer to the entity layer: to the last <see cref="EntityRecognitionStage"/> (so that overlaps with
    /// the other recognizers are resolved together), or as a new entity stage when there is none.
    /// </summary>
    /// <param name="recognizer">The recognizer.</param>
    public FactPipelineBuilder AddEntityRecognizer(IEntityRecognizer recognizer) => AddToEntityStage(recognizer, first: false);

    /// <summary>
    /// Adds a lexicon — entries and patterns — ahead of the built-in ones, so that its names win over them on equal
    /// spans (the EntityRuler idea).
    /// </summary>
    /// <param name="lexicon">The lexicon, from <see cref="Lexicon.Create"/> or <see cref="Lexicon.Load"/>.</param>
    public FactPipelineBuilder AddLexicon(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return AddToEntityStage(new LexiconRecognizer([lexicon]), first: true);
    }

    /// <summary>Adds a lexicon file in the format of <c>models/lexicons</c>; see <see cref="AddLexicon"/>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="LexiconFormatException">When a line is malformed; the message names the file and line.</exception>
    public FactPipelineBuilder AddLexiconFile(string path) => AddLexicon(Lexicon.Load(path));

    /// <summary>Adds a token pattern for one label, e.g. <c>AddPattern(EntityLabel.Org, "{Cap}+ Motors")</c>; see <see cref="EntityPattern"/>.</summary>
    /// <param name="label">The label given to matches.</param>
    /// <param name="pattern">The pattern.</param>
    /// <exception cref="FormatException">When the pattern is malformed.</exception>
    public FactPipelineBuilder AddPattern(EntityLabel label, string pattern) =>
        AddLexicon(Lexicon.Create("patterns", [], [EntityPattern.Parse(label, pattern)]));

    /// <summary>Appends a fact extractor.</summary>
    /// <param name="extractor">The extractor.</param>
    public FactPipelineBuilder AddFactExtractor(IFactExtractor extractor) => Add(new FactExtractorStage(extractor));

    private FactPipelineBuilder AddToEntityStage(IEntityRecognizer recognizer, bool first)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        int last = _stages.FindLastIndex(stage => stage is EntityRecognitionStage);
        if (last >= 0)
        {
            _stages[last] = ((EntityRecognitionStage)_stages[last]).With(recognizer, first);
            return this;
        }

        return Add(new EntityRecognitionStage([recognizer], resolver: null));
    }

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
