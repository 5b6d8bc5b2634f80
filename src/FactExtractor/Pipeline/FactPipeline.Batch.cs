using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace FactExtractor.Pipeline;

/// <summary>Batch processing: many documents through one pipeline, on several cores, with bounded memory.</summary>
public sealed partial class FactPipeline
{
    /// <summary>
    /// Analyses a stream of documents on <see cref="BatchOptions.MaxDegreeOfParallelism"/> cores and gives one result
    /// per input, as results become available. A bad document becomes a failed result (see <see cref="TryExtract"/>);
    /// it never stops the batch.
    /// </summary>
    /// <param name="inputs">The documents. They are read as results are consumed: at most <see cref="BatchOptions.Capacity"/> are held at once.</param>
    /// <param name="options">Parallelism, ordering and capacity; null for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch: reading, analysis and the enumeration throw <see cref="OperationCanceledException"/>.</param>
    public IAsyncEnumerable<ExtractionResult> ExtractBatchAsync(IAsyncEnumerable<DocumentInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ExtractBatchAsync(Wrap(inputs, cancellationToken), options, cancellationToken);
    }

    /// <summary>
    /// Analyses a stream of batch records on <see cref="BatchOptions.MaxDegreeOfParallelism"/> cores and gives exactly one
    /// result per record: the analysis of a document, or the error of a record that could not be read
    /// (<see cref="BatchInput.Failed"/>) or analysed. Nothing is dropped, and nothing stops the batch but cancellation
    /// or an exception thrown by <paramref name="inputs"/> itself.
    /// </summary>
    /// <param name="inputs">The records. They are read as results are consumed: at most <see cref="BatchOptions.Capacity"/> are held at once, so memory does not grow with the length of the stream.</param>
    /// <param name="options">Parallelism, ordering and capacity; null for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch: reading, analysis and the enumeration throw <see cref="OperationCanceledException"/>.</param>
    /// <example>
    /// <code>
    /// await foreach (ExtractionResult result in FactPipeline.Default.ExtractBatchAsync(records, new BatchOptions { MaxDegreeOfParallelism = 4 }))
    ///     Console.WriteLine(ExtractionJson.ToJsonLine(result));
    /// </code>
    /// </example>
    public IAsyncEnumerable<ExtractionResult> ExtractBatchAsync(IAsyncEnumerable<BatchInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        ExtractBatchAsync(inputs, static result => result, options, cancellationToken);

    /// <summary>
    /// Like <see cref="ExtractBatchAsync(IAsyncEnumerable{BatchInput}, BatchOptions?, CancellationToken)"/>, and turns
    /// each result into what the consumer needs — a JSON line, database rows — on the worker that analysed it, so that
    /// this work runs on every core instead of on the consuming thread.
    /// </summary>
    /// <typeparam name="TOutput">What each result becomes.</typeparam>
    /// <param name="inputs">The records; at most <see cref="BatchOptions.Capacity"/> are held at once.</param>
    /// <param name="selector">Turns a result into the output; called once per record, from several threads at once, so it must be thread-safe.</param>
    /// <param name="options">Parallelism, ordering and capacity; null for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch: reading, analysis and the enumeration throw <see cref="OperationCanceledException"/>.</param>
    /// <example>
    /// <code>
    /// await foreach (string line in pipeline.ExtractBatchAsync(records, ExtractionJson.ToJsonLine))
    ///     writer.WriteLine(line);
    /// </code>
    /// </example>
    public IAsyncEnumerable<TOutput> ExtractBatchAsync<TOutput>(IAsyncEnumerable<BatchInput> inputs, Func<ExtractionResult, TOutput> selector, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(selector);
        options ??= BatchOptions.Default;
        if (options.MaxDegreeOfParallelism == 1)
        {
            return Sequential(inputs, selector, cancellationToken);
        }

        return options.PreserveOrder
            ? Ordered(inputs, selector, options, cancellationToken)
            : Unordered(inputs, selector, options, cancellationToken);
    }

    private static async IAsyncEnumerable<BatchInput> Wrap(IAsyncEnumerable<DocumentInput> inputs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (DocumentInput input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return BatchInput.Of(input);
        }
    }

    private TOutput Process<TOutput>(BatchInput input, Func<ExtractionResult, TOutput> selector, CancellationToken cancellationToken) =>
        selector(input.Document is { } document ? TryExtract(document, cancellationToken) : input.ToFailure());

    private async IAsyncEnumerable<TOutput> Sequential<TOutput>(IAsyncEnumerable<BatchInput> inputs, Func<ExtractionResult, TOutput> selector, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (BatchInput input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Process(input, selector, cancellationToken);
        }
    }

    // A window of at most Capacity records in input order; a gate lets MaxDegreeOfParallelism of them run at once.
    // The oldest is awaited before another record is read, so memory holds at most Capacity documents.
    private async IAsyncEnumerable<TOutput> Ordered<TOutput>(IAsyncEnumerable<BatchInput> inputs, Func<ExtractionResult, TOutput> selector, BatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(options.MaxDegreeOfParallelism);
        var window = new Queue<Task<TOutput>>(options.Capacity);
        try
        {
            await foreach (BatchInput input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (window.Count == options.Capacity)
                {
                    TOutput oldest = await window.Dequeue().ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return oldest;
                }

                window.Enqueue(RunGated(input, selector, gate, stop.Token));
            }

            while (window.Count > 0)
            {
                TOutput oldest = await window.Dequeue().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                yield return oldest;
            }
        }
        finally
        {
            // Abandoned early (an exception, cancellation, or a consumer that stopped): let no analysis outlive the enumeration.
            await stop.CancelAsync().ConfigureAwait(false);
            await DrainAsync(window).ConfigureAwait(false);
        }
    }

    private Task<TOutput> RunGated<TOutput>(BatchInput input, Func<ExtractionResult, TOutput> selector, SemaphoreSlim gate, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return Process(input, selector, cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            },
            cancellationToken);

    private static async Task DrainAsync<TOutput>(Queue<Task<TOutput>> window)
    {
        while (window.Count > 0)
        {
            try
            {
                await window.Dequeue().ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected: the work was cancelled because the enumeration ended.
            }
        }
    }

    // Workers take records from a bounded channel and put results into another; results leave in completion order.
    private async IAsyncEnumerable<TOutput> Unordered<TOutput>(IAsyncEnumerable<BatchInput> inputs, Func<ExtractionResult, TOutput> selector, BatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        int workers = options.MaxDegreeOfParallelism;
        int queued = Math.Max(1, options.Capacity - workers);
        var pending = Channel.CreateBounded<BatchInput>(new BoundedChannelOptions(queued) { SingleWriter = true, SingleReader = false });
        var done = Channel.CreateBounded<TOutput>(new BoundedChannelOptions(queued) { SingleWriter = false, SingleReader = true });

        Task reader = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (BatchInput input in inputs.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        await pending.Writer.WriteAsync(input, stop.Token).ConfigureAwait(false);
                    }

                    pending.Writer.Complete();
                }
                catch (Exception ex)
                {
                    pending.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        var running = new Task[workers];
        for (int i = 0; i < workers; i++)
        {
            running[i] = Task.Run(
                async () =>
                {
                    await foreach (BatchInput input in pending.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                    {
                        await done.Writer.WriteAsync(Process(input, selector, stop.Token), stop.Token).ConfigureAwait(false);
                    }
                },
                CancellationToken.None);
        }

        Task finished = Task.Run(
            async () =>
            {
                try
                {
                    await Task.WhenAll(running).ConfigureAwait(false);
                    await reader.ConfigureAwait(false);
                    done.Writer.Complete();
                }
                catch (Exception ex)
                {
                    done.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (TOutput result in done.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // A channel hands over a ready item without looking at the token; no result leaves after cancellation.
                cancellationToken.ThrowIfCancellationRequested();
                yield return result;
            }

            // Surface the reader's or a worker's exception even when the channel completed without one.
            await finished.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await finished.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Already reported through the channel, or a consequence of stopping early.
            }
        }
    }
}
