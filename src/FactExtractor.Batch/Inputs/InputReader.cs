using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Batch.Inputs;

/// <summary>
/// Reads batch inputs — text files, JSON Lines, RSS and Atom feeds, HTML pages, each possibly gzip-compressed, from
/// files, folders, globs and standard input — as a stream of <see cref="BatchInput"/> records for
/// <see cref="FactPipeline.ExtractBatchAsync(IAsyncEnumerable{BatchInput}, BatchOptions?, CancellationToken)"/>.
/// Every input record gives exactly one <see cref="BatchInput"/>: a document, or an error record saying what was wrong
/// with it. Bad input never throws.
/// </summary>
public static class InputReader
{
    /// <summary>
    /// Expands <paramref name="paths"/> and streams one record per input record, in order: paths in the order given,
    /// the files of a folder (recursively) or of a glob in ordinal path order, the records of a file in file order.
    /// </summary>
    /// <param name="paths">
    /// Files (any extension; the format comes from the extension, else the content), folders (their files with an input
    /// extension: <c>.txt .text .jsonl .ndjson .rss .atom .xml .html .htm</c>, each possibly followed by <c>.gz</c>),
    /// glob patterns (<c>*</c>, <c>?</c>, <c>**</c>; relative to the current directory unless rooted) and <c>-</c> for
    /// standard input. A path that does not exist, or a glob that matches nothing, gives one
    /// <see cref="ExtractionErrorCodes.FileNotFound"/> record.
    /// </param>
    /// <param name="options">The format, limits and JSON field names.</param>
    /// <param name="openStdin">Opens standard input; called once for each <c>-</c>. The reader disposes the stream.</param>
    /// <param name="progress">Updated as bytes and records are read, for a display on another thread; or null.</param>
    /// <param name="cancellationToken">Checked between records; cancelling makes the enumeration throw <see cref="OperationCanceledException"/>.</param>
    public static IAsyncEnumerable<BatchInput> ReadAsync(IEnumerable<string> paths, InputOptions options, Func<Stream> openStdin, InputProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openStdin);
        ArgumentNullException.ThrowIfNull(options.Fields);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCharacters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes);
        return ReadAllAsync(paths, options, openStdin, progress, cancellationToken);
    }

    private static async IAsyncEnumerable<BatchInput> ReadAllAsync(IEnumerable<string> paths, InputOptions options, Func<Stream> openStdin, InputProgress? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<InputSource> sources = InputPaths.Expand(paths);
        progress?.SetTotalBytes(TotalBytes(sources));
        foreach (InputSource source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (source.Error is not null)
            {
                progress?.AddRecord();
                yield return BatchInput.Failed(source.Id, source.Error, options.DefaultPublished);
                continue;
            }

            IAsyncEnumerator<BatchInput> records = ReadSourceAsync(source, options, openStdin, progress, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    // An I/O error ends this input with one error record; the batch goes on with the next input.
                    BatchInput record;
                    bool failed = false;
                    try
                    {
                        if (!await records.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }

                        record = records.Current;
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
                    {
                        record = BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.Unreadable, $"{source.DisplayName}: {ex.Message}"), options.DefaultPublished);
                        failed = true;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.AddRecord();
                    yield return record;
                    if (failed)
                    {
                        break;
                    }
                }
            }
            finally
            {
                await DisposeQuietlyAsync(records).ConfigureAwait(false);
            }
        }
    }

    private static long? TotalBytes(List<InputSource> sources)
    {
        long total = 0;
        foreach (InputSource source in sources)
        {
            if (source.IsStdin)
            {
                return null;
            }

            total += source.Length;
        }

        return total;
    }

    private static async ValueTask DisposeQuietlyAsync(IAsyncEnumerator<BatchInput> records)
    {
        try
        {
            await records.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Closing a file that was read to the end or already reported as unreadable has nothing more to say.
        }
    }

    private static async IAsyncEnumerable<BatchInput> ReadSourceAsync(InputSource source, InputOptions options, Func<Stream> openStdin, InputProgress? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Stream raw = source.Path is null
            ? openStdin()
            : new FileStream(source.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var counted = new CountingStream(raw, progress);
        Stream stream = counted;
        try
        {
            byte[] prefix = await PrefixedStream.ReadPrefixAsync(stream, FormatDetection.SniffLength, cancellationToken).ConfigureAwait(false);
            stream = new PrefixedStream(prefix, stream);
            bool compressed = FormatDetection.IsGzip(prefix)
                || (source.Path is not null && source.Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
            if (compressed)
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
                prefix = await PrefixedStream.ReadPrefixAsync(stream, FormatDetection.SniffLength, cancellationToken).ConfigureAwait(false);
                stream = new PrefixedStream(prefix, stream);
            }

            InputFormat format = options.Format;
            InputFormat named = format == InputFormat.Auto && source.Path is not null ? FormatDetection.FromFileName(Path.GetFileName(source.Path)) : InputFormat.Auto;
            if (format == InputFormat.Auto && FormatDetection.BinaryKind(prefix, nulBytesMeanBinary: named == InputFormat.Auto) is { } binary)
            {
                yield return BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.UnsupportedFormat,
                    $"{source.DisplayName}: {binary}; factx reads text, JSON Lines, RSS and Atom feeds and HTML, plain or gzip-compressed."), options.DefaultPublished);
                yield break;
            }

            if (format == InputFormat.Auto)
            {
                format = named;
            }

            if (format == InputFormat.Auto)
            {
                format = FormatDetection.Sniff(prefix);
            }

            // A file of known size is refused before reading when its size alone rules it out.
            long? knownSize = compressed || source.Path is null ? null : source.Length;
            switch (format)
            {
                case InputFormat.JsonLines:
                    await foreach (BatchInput record in JsonLinesReader.ReadAsync(stream, source, options, cancellationToken).ConfigureAwait(false))
                    {
                        yield return record;
                    }

                    break;
                case InputFormat.Feed:
                    byte[]? feed = await ReadWholeAsync(stream, knownSize, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
                    if (feed is null)
                    {
                        yield return TooLarge(source, options, $"larger than the limit of {options.MaxFileBytes} bytes for a feed.");
                        break;
                    }

                    foreach (BatchInput record in FeedInputReader.Read(feed, source, options))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return record;
                    }

                    break;
                case InputFormat.Html:
                    yield return await ReadHtmlAsync(stream, knownSize, source, options, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    yield return await ReadTextAsync(stream, knownSize, source, options, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);

            // A file refused or abandoned before its end still counts as done, so that progress reaches the total.
            if (source.Path is not null && source.Length > counted.Count)
            {
                progress?.AddBytes(source.Length - counted.Count);
            }
        }
    }

    private static async Task<BatchInput> ReadTextAsync(Stream stream, long? knownSize, InputSource source, InputOptions options, CancellationToken cancellationToken)
    {
        // UTF-8 needs at least one byte a character and at most four; UTF-16 and UTF-32 inputs stay within that bound too.
        long maxBytes = ((long)options.MaxCharacters * 4) + 4;
        byte[]? bytes = await ReadWholeAsync(stream, knownSize, maxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TooLarge(source, options, $"larger than the limit of {options.MaxCharacters} characters.");
        }

        if (!TextDecoding.TryDecode(bytes, out string text, out string? error))
        {
            return BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.InvalidEncoding, $"{source.DisplayName}: {error}"), options.DefaultPublished);
        }

        if (text.Length > options.MaxCharacters)
        {
            return TooLarge(source, options, $"{text.Length} characters, more than the limit of {options.MaxCharacters}.");
        }

        return BatchInput.Of(new DocumentInput(text, source.Id, options.DefaultPublished));
    }

    private static async Task<BatchInput> ReadHtmlAsync(Stream stream, long? knownSize, InputSource source, InputOptions options, CancellationToken cancellationToken)
    {
        byte[]? bytes = await ReadWholeAsync(stream, knownSize, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TooLarge(source, options, $"larger than the limit of {options.MaxFileBytes} bytes for an HTML page.");
        }

        // Pages are decoded as UTF-8 (or by their byte-order mark), strictly; bytes that are not UTF-8 are decoded, strictly
        // too, in the encoding the page declares (<meta charset>), as older sites still serve windows-1252 or ISO-8859-x.
        if (!TextDecoding.TryDecode(bytes, out string html, out string? error) && !HtmlCharset.TryDecode(bytes, out html, ref error))
        {
            return BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.InvalidEncoding, $"{source.DisplayName}: {error}"), options.DefaultPublished);
        }

        HtmlArticle article = HtmlText.Extract(html);
        DateOnly? published = article.Published ?? options.DefaultPublished;
        if (article.Text.Length == 0)
        {
            return BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.NoText, $"{source.DisplayName}: the page has no text once markup, scripts and navigation are removed."),
                published, article.Title, article.Url);
        }

        if (article.Text.Length > options.MaxCharacters)
        {
            return BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.DocumentTooLarge,
                $"{source.DisplayName}: {article.Text.Length} characters, more than the limit of {options.MaxCharacters}."), published, article.Title, article.Url);
        }

        return BatchInput.Of(new DocumentInput(article.Text, source.Id, published) { Title = article.Title, Url = article.Url });
    }

    /// <summary>Reads the rest of the stream, or returns null as soon as it proves longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadWholeAsync(Stream stream, long? knownSize, long maxBytes, CancellationToken cancellationToken)
    {
        if (knownSize > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(knownSize is { } size ? (int)Math.Min(size, Array.MaxLength) : 0);
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static BatchInput TooLarge(InputSource source, InputOptions options, string why) =>
        BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.DocumentTooLarge, $"{source.DisplayName}: {why}"), options.DefaultPublished);
}
