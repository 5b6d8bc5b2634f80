using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FactExtractor.Tokenization;

namespace FactExtractor.Benchmarks;

/// <summary>
/// Tokenizer and sentence-splitter throughput over all sample articles (one operation = the whole corpus once).
/// The "Tokens/s" column divides the corpus token count by the mean time of an operation.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TokenizerBenchmarks
{
    private string[] _articles = [];
    private ImmutableArray<Token>[] _tokens = [];
    private readonly TokenBuffer _buffer = new(4096);
    private readonly List<Sentence> _sentences = new(256);

    private static readonly System.Lazy<int> CorpusTokenCount =
        new(() => SampleCorpus.LoadArticles().Sum(a => NewsTokenizer.Default.Tokenize(a).Length));

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleCorpus.LoadArticles();
        _tokens = _articles.Select(a => NewsTokenizer.Default.Tokenize(a)).ToArray();
    }

    /// <summary>Tokenizing into a reused buffer: the tokenizer's own cost, no allocation.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeIntoBuffer()
    {
        int count = 0;
        foreach (string article in _articles)
        {
            _buffer.Clear();
            NewsTokenizer.Default.Tokenize(article, _buffer);
            count += _buffer.Count;
        }

        return count;
    }

    /// <summary>Tokenizing into a new immutable array per article, as the pipeline does.</summary>
    [Benchmark]
    public int TokenizeToArray()
    {
        int count = 0;
        foreach (string article in _articles)
        {
            count += NewsTokenizer.Default.Tokenize(article).Length;
        }

        return count;
    }

    /// <summary>Splitting already-tokenized articles into sentences.</summary>
    [Benchmark]
    public int SplitSentences()
    {
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            _sentences.Clear();
            NewsSentenceSplitter.Default.Split(_articles[i], _tokens[i].AsSpan(), _sentences);
            count += _sentences.Count;
        }

        return count;
    }

    /// <summary>Tokenizing and splitting, reusing buffers.</summary>
    [Benchmark]
    public int TokenizeAndSplit()
    {
        int count = 0;
        foreach (string article in _articles)
        {
            _buffer.Clear();
            _sentences.Clear();
            NewsTokenizer.Default.Tokenize(article, _buffer);
            NewsSentenceSplitter.Default.Split(article, _buffer.AsSpan(), _sentences);
            count += _sentences.Count;
        }

        return count;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokensPerSecondColumn());
    }

    private sealed class TokensPerSecondColumn : IColumn
    {
        public string Id => "TokensPerSecond";

        public string ColumnName => "Tokens/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Corpus tokens divided by the mean time of one operation";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            // The summary is built in the host process, which never ran the setup: count the corpus here.
            if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
            {
                return "-";
            }

            return (CorpusTokenCount.Value / (statistics.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
