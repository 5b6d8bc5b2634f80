using System.Threading;

namespace FactExtractor.Batch.Inputs;

/// <summary>
/// How far <see cref="InputReader.ReadAsync"/> has got. The reader updates it; another thread (a progress display) may
/// read it at any time.
/// </summary>
public sealed class InputProgress
{
    private long _bytesRead;
    private long _totalBytes = -1;
    private int _records;

    /// <summary>
    /// The bytes read from the input files and standard input so far. For gzip inputs these are compressed bytes, so
    /// that the figure compares with <see cref="TotalBytes"/>. A file that is refused without being read whole (too
    /// large) counts in full once it is done.
    /// </summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The sum of the sizes of the input files, known once the paths are expanded; null while unknown or when standard input is read.</summary>
    public long? TotalBytes
    {
        get
        {
            long total = Interlocked.Read(ref _totalBytes);
            return total < 0 ? null : total;
        }
    }

    /// <summary>The records given so far, failed ones included.</summary>
    public int Records => Volatile.Read(ref _records);

    internal void AddBytes(long count) => Interlocked.Add(ref _bytesRead, count);

    internal void SetTotalBytes(long? total) => Interlocked.Exchange(ref _totalBytes, total ?? -1);

    internal void AddRecord() => Interlocked.Increment(ref _records);
}
