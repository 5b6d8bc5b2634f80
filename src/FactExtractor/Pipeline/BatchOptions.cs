using System;

namespace FactExtractor.Pipeline;

/// <summary>How <see cref="FactPipeline.ExtractBatchAsync(System.Collections.Generic.IAsyncEnumerable{BatchInput}, BatchOptions?, System.Threading.CancellationToken)"/> runs a batch.</summary>
public sealed record BatchOptions
{
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int? _capacity;

    /// <summary>Options with every default: all cores, input order kept.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many documents are analysed at once (at least 1). Default: <see cref="Environment.ProcessorCount"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// True (the default) to give results in input order; false to give each as soon as it is ready, which keeps every
    /// worker busy when document sizes vary widely.
    /// </summary>
    public bool PreserveOrder { get; init; } = true;

    /// <summary>
    /// The most records held at once: read ahead, being analysed, or finished and waiting for their turn. Memory is
    /// bounded by this many documents whatever the size of the input. Default: four per worker; never below
    /// <see cref="MaxDegreeOfParallelism"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When set below 1.</exception>
    public int Capacity
    {
        get => Math.Max(_capacity ?? 4 * _maxDegreeOfParallelism, _maxDegreeOfParallelism);
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _capacity = value;
        }
    }
}
