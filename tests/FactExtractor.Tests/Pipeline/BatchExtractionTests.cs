using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;

namespace FactExtractor.Tests.Pipeline;

public class BatchExtractionTests
{
    private static readonly string[] Texts =
    [
        "Nissan will invest €600 million in Ampere.",
        "Magna Steyr builds the G-Class for Mercedes-Benz in Graz.",
        "“We are ready,” said Luca de Meo.",
        "Renault operates plants in Douai, Maubeuge and Ruitz.",
        "Nothing happened today.",
    ];

    public static TheoryData<int, bool> Configurations() => new()
    {
        { 1, true }, { 2, true }, { 4, true }, { 2, false }, { 4, false },
    };

    private static List<BatchInput> Inputs(int count)
    {
        var inputs = new List<BatchInput>(count);
        for (int i = 0; i < count; i++)
        {
            inputs.Add(i % 7 == 3
                ? BatchInput.Failed($"bad-{i}", new ExtractionError(ExtractionErrorCodes.MalformedRecord, "not JSON"), title: "t", url: "u")
                : BatchInput.Of(new DocumentInput(i % 11 == 5 ? " " : Texts[i % Texts.Length], $"doc-{i}") { Title = $"title {i}" }));
        }

        return inputs;
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (T item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<ExtractionResult>> Collect(IAsyncEnumerable<ExtractionResult> results)
    {
        var list = new List<ExtractionResult>();
        await foreach (ExtractionResult result in results)
        {
            list.Add(result);
        }

        return list;
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Every_record_gives_one_result_equal_to_the_sequential_one(int workers, bool ordered)
    {
        List<BatchInput> inputs = Inputs(60);
        string[] expected = inputs.Select(i => ExtractionJson.ToJsonLine(i.Document is null
            ? ExtractionResult.Failure(i.Id, i.Published, i.Error!.Code, i.Error.Message).WithSource(i.Title, i.Url)
            : FactPipeline.Default.TryExtract(i.Document))).ToArray();

        List<ExtractionResult> results = await Collect(FactPipeline.Default.ExtractBatchAsync(
            Stream(inputs), new BatchOptions { MaxDegreeOfParallelism = workers, PreserveOrder = ordered }));

        string[] actual = results.Select(ExtractionJson.ToJsonLine).ToArray();
        if (ordered)
        {
            Assert.Equal(expected, actual);
        }
        else
        {
            Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        }

        Assert.Equal(inputs.Count(i => i.Document is null), results.Count(r => r.Error?.Code == ExtractionErrorCodes.MalformedRecord));
        Assert.Contains(results, r => r.Error?.Code == ExtractionErrorCodes.EmptyDocument);
        Assert.All(results.Where(r => r.Id!.StartsWith("bad-", StringComparison.Ordinal)), r => Assert.Equal(("t", "u"), (r.Title, r.Url)));
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task A_selector_turns_each_result_into_the_output_once(int workers, bool ordered)
    {
        List<BatchInput> inputs = Inputs(40);
        int calls = 0;
        string Render(ExtractionResult result)
        {
            Interlocked.Increment(ref calls);
            return ExtractionJson.ToJsonLine(result);
        }

        var lines = new List<string>();
        await foreach (string line in FactPipeline.Default.ExtractBatchAsync(Stream(inputs), Render, new BatchOptions { MaxDegreeOfParallelism = workers, PreserveOrder = ordered }))
        {
            lines.Add(line);
        }

        List<ExtractionResult> plain = await Collect(FactPipeline.Default.ExtractBatchAsync(Stream(inputs), new BatchOptions { MaxDegreeOfParallelism = 1 }));
        string[] expected = plain.Select(ExtractionJson.ToJsonLine).ToArray();
        Assert.Equal(40, calls);
        IEnumerable<string> want = ordered ? expected : expected.Order(StringComparer.Ordinal);
        IEnumerable<string> got = ordered ? lines : lines.Order(StringComparer.Ordinal);
        Assert.Equal(want, got);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task An_exception_of_the_selector_reaches_the_consumer(int workers, bool ordered)
    {
        static int Explode(ExtractionResult result) => result.Id == "doc-6" ? throw new InvalidOperationException("selector failed") : 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (int unused in FactPipeline.Default.ExtractBatchAsync(Stream(Inputs(30)), Explode, new BatchOptions { MaxDegreeOfParallelism = workers, PreserveOrder = ordered }))
            {
            }
        });
        Assert.Equal("selector failed", error.Message);
    }

    [Fact]
    public async Task Document_inputs_are_accepted_directly()
    {
        DocumentInput[] inputs = [new("Nissan will invest €600 million in Ampere.", "a"), new("", "b")];

        List<ExtractionResult> results = await Collect(FactPipeline.Default.ExtractBatchAsync(Stream(inputs)));

        Assert.Equal(["a", "b"], results.Select(r => r.Id));
        Assert.True(results[0].IsSuccess);
        Assert.Equal(ExtractionErrorCodes.EmptyDocument, results[1].Error?.Code);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Records_are_read_only_as_far_ahead_as_the_capacity_allows(int workers, bool ordered)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = workers, PreserveOrder = ordered, Capacity = 6 };
        var source = new CountingSource(Inputs(10_000));
        int consumed = 0;
        int worstLead = 0;

        await foreach (ExtractionResult unused in FactPipeline.Default.ExtractBatchAsync(source.ReadAsync(), options))
        {
            consumed++;
            await Task.Delay(1);
            worstLead = Math.Max(worstLead, source.Pulled - consumed);
            if (consumed == 40)
            {
                break;
            }
        }

        // Ordered: the window plus the record just read. Unordered: two channels of (capacity - workers), the workers, the reader's record.
        int bound = workers == 1 ? 1 : ordered ? options.Capacity + 1 : (2 * (options.Capacity - workers)) + workers + 2;
        Assert.InRange(worstLead, 0, bound);
        Assert.InRange(source.Pulled, 40, 40 + bound);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Cancellation_stops_the_batch_and_the_reading(int workers, bool ordered)
    {
        using var cancel = new CancellationTokenSource();
        var source = new CountingSource(Inputs(10_000));
        int consumed = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ExtractionResult unused in FactPipeline.Default.ExtractBatchAsync(
                source.ReadAsync(), new BatchOptions { MaxDegreeOfParallelism = workers, PreserveOrder = ordered, Capacity = 8 }, cancel.Token))
            {
                if (++consumed == 20)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(20, consumed);
        Assert.InRange(source.Pulled, 20, 60);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task An_exception_of_the_source_reaches_the_consumer(int workers, bool ordered)
    {
        async IAsyncEnumerable<BatchInput> Failing()
        {
            yield return BatchInput.Of(new DocumentInput("Nissan will invest €600 million in Ampere.", "a"));
            await Task.Yield();
            throw new System.IO.IOException("disk gone");
        }

        var error = await Assert.ThrowsAsync<System.IO.IOException>(() =>
            Collect(FactPipeline.Default.ExtractBatchAsync(Failing(), new BatchOptions { MaxDegreeOfParallelism = workers, PreserveOrder = ordered })));
        Assert.Equal("disk gone", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Documents_are_analysed_in_parallel_but_never_by_more_workers_than_asked(bool ordered)
    {
        const int workers = 3;
        var meter = new ConcurrencyStage(workers);
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault().Add(meter).Build();
        List<BatchInput> inputs = Enumerable.Range(0, 24).Select(i => BatchInput.Of(new DocumentInput(Texts[i % Texts.Length], $"d{i}"))).ToList();

        List<ExtractionResult> results = await Collect(pipeline.ExtractBatchAsync(
            Stream(inputs), new BatchOptions { MaxDegreeOfParallelism = workers, PreserveOrder = ordered }));

        Assert.Equal(24, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.True(meter.AllWorkersMet, "three documents were never analysed at the same time");
        Assert.InRange(meter.MostAtOnce, workers, workers);
    }

    [Fact]
    public void Options_refuse_nonsense_and_keep_capacity_at_least_the_workers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { Capacity = 0 });
        Assert.Equal(8, new BatchOptions { MaxDegreeOfParallelism = 8, Capacity = 2 }.Capacity);
        Assert.Equal(12, new BatchOptions { MaxDegreeOfParallelism = 3 }.Capacity);
        Assert.Equal(Environment.ProcessorCount, BatchOptions.Default.MaxDegreeOfParallelism);
        Assert.True(BatchOptions.Default.PreserveOrder);
    }

    private sealed class CountingSource(IReadOnlyList<BatchInput> items)
    {
        private int _pulled;

        public int Pulled => Volatile.Read(ref _pulled);

        public async IAsyncEnumerable<BatchInput> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (BatchInput item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
                Interlocked.Increment(ref _pulled);
                yield return item;
            }
        }
    }

    // Holds each document until `expected` documents are inside the stage at once (or 10 s pass), and records the most seen.
    private sealed class ConcurrencyStage(int expected) : IPipelineStage
    {
        private readonly ManualResetEventSlim _met = new(false);
        private int _inside;
        private int _most;

        public string Name => "concurrency-meter";

        public DocumentLayers Requires => DocumentLayers.None;

        public DocumentLayers Produces => DocumentLayers.None;

        public bool AllWorkersMet => _met.IsSet;

        public int MostAtOnce => Volatile.Read(ref _most);

        public void Process(AnalysisContext context, CancellationToken cancellationToken)
        {
            int inside = Interlocked.Increment(ref _inside);
            int most;
            while (inside > (most = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, inside, most) != most)
            {
            }

            if (inside >= expected)
            {
                _met.Set();
            }

            _met.Wait(TimeSpan.FromSeconds(10), cancellationToken);
            Interlocked.Decrement(ref _inside);
        }
    }
}
