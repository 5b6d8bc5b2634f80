using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactExtractor.Entities;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Benchmarks;

/// <summary>
/// The whole default pipeline — tokenizer, sentence splitter, entity layer, fact extractors — over all sample articles
/// (one operation = the corpus once), each entity recognizer alone, and each fact extractor alone over documents whose
/// entities are already found. Words/s = corpus words divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string[] _articles = [];
    private Document[] _documents = [];
    private Document[] _analysed = [];
    private FactPipeline _pipeline = null!;
    private FactPipeline _lexiconPipeline = null!;
    private IEntityRecognizer _statistical = null!;

    /// <summary>Whitespace-separated words in the corpus, for words/s.</summary>
    public int CorpusWords { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleCorpus.LoadArticles();
        _pipeline = FactPipeline.CreateDefault();
        _lexiconPipeline = FactPipelineBuilder.CreateDefault(NameRecognizers.Lexicons).Build();
        _statistical = new Entities.Statistical.StatisticalEntityRecognizer();
        _documents = _articles.Select(a => new FactPipelineBuilder()
            .UseTokenizer(Tokenization.NewsTokenizer.Default)
            .UseSentenceSplitter(Tokenization.NewsSentenceSplitter.Default)
            .Build()
            .Extract(a)).ToArray();
        _analysed = _articles.Select(a => _pipeline.Extract(a)).ToArray();
        CorpusWords = _articles.Sum(a => a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"// corpus: {_articles.Length} articles, {CorpusWords} words");
    }

    [Benchmark(Baseline = true)]
    public int DefaultPipeline()
    {
        int entities = 0;
        foreach (string article in _articles)
        {
            entities += _pipeline.Extract(article).Entities.Length;
        }

        return entities;
    }

    /// <summary>The default pipeline without the statistical tagger (<see cref="NameRecognizers.Lexicons"/>): the tagger's cost.</summary>
    [Benchmark]
    public int DefaultPipelineWithoutTagger()
    {
        int entities = 0;
        foreach (string article in _articles)
        {
            entities += _lexiconPipeline.Extract(article).Entities.Length;
        }

        return entities;
    }

    [Benchmark]
    public int LexiconRecognizerAlone() => Run(Entities.Lexicons.LexiconRecognizer.Default);

    [Benchmark]
    public int DateRecognizerAlone() => Run(new Entities.Values.DateRecognizer());

    [Benchmark]
    public int MoneyRecognizerAlone() => Run(new Entities.Values.MoneyRecognizer());

    [Benchmark]
    public int PercentRecognizerAlone() => Run(new Entities.Values.PercentRecognizer());

    [Benchmark]
    public int QuantityRecognizerAlone() => Run(new Entities.Values.QuantityRecognizer());

    [Benchmark]
    public int NumberRecognizerAlone() => Run(new Entities.Values.NumberRecognizer());

    [Benchmark]
    public int NamePatternRecognizerAlone() => Run(new Entities.Names.NamePatternRecognizer());

    /// <summary>The trained perceptron tagger over the same corpus, every sentence tagged (in the pipeline, sentences whose capitalised words are all known are skipped).</summary>
    [Benchmark]
    public int StatisticalRecognizerAlone() => Run(_statistical);

    [Benchmark]
    public int InvestmentExtractorAlone() => Run(new Facts.Investments.InvestmentExtractor());

    [Benchmark]
    public int ProductionAgreementExtractorAlone() => Run(new Facts.ProductionAgreements.ProductionAgreementExtractor());

    [Benchmark]
    public int SiteListExtractorAlone() => Run(new Facts.SiteLists.SiteListExtractor());

    [Benchmark]
    public int QuoteExtractorAlone() => Run(new Facts.Quotes.QuoteExtractor());

    private int Run(Facts.IFactExtractor extractor)
    {
        int count = 0;
        var output = new System.Collections.Generic.List<Facts.Fact>();
        foreach (Document document in _analysed)
        {
            output.Clear();
            extractor.Extract(document, output);
            count += output.Count;
        }

        return count;
    }

    private int Run(IEntityRecognizer recognizer)
    {
        int count = 0;
        var output = new System.Collections.Generic.List<EntityMention>();
        foreach (Document document in _documents)
        {
            output.Clear();
            recognizer.Recognize(document, output);
            count += output.Count;
        }

        return count;
    }
}
