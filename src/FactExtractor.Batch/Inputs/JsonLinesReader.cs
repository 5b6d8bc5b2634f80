using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Batch.Inputs;

/// <summary>
/// Streams JSON Lines with bounded memory: one pooled buffer holds at most one line, and a line longer than the byte
/// bound of <see cref="InputOptions.MaxCharacters"/> is skipped to its newline without being kept.
/// </summary>
internal static class JsonLinesReader
{
    private const int InitialBufferSize = 64 * 1024;

    // System.Text.Json parses the UTF-8 bytes in the pooled buffer where they lie; no string of the line is made.
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>The longest line accepted, in bytes: four UTF-8 bytes a character, plus room for JSON escapes and the other fields.</summary>
    public static long MaxLineBytes(int maxCharacters) => Math.Min(((long)maxCharacters * 6) + 4096, Array.MaxLength - 1);

    public static async IAsyncEnumerable<BatchInput> ReadAsync(Stream stream, InputSource source, InputOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long maxLineBytes = MaxLineBytes(options.MaxCharacters);
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(InitialBufferSize, maxLineBytes + 1));
        try
        {
            int start = 0;
            int end = 0;
            long lineNumber = 0;
            bool skipping = false;
            bool endOfStream = false;
            while (true)
            {
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0 || (endOfStream && (end > start || skipping)))
                {
                    int length = newline >= 0 ? newline : end - start;
                    lineNumber++;
                    BatchInput? record = skipping || length > maxLineBytes
                        ? TooLong(source, lineNumber, options)
                        : ParseLine(buffer, start, length, lineNumber, source, options);
                    skipping = false;
                    start += newline >= 0 ? newline + 1 : length;
                    if (record is not null)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return record;
                    }

                    continue;
                }

                if (endOfStream)
                {
                    yield break;
                }

                if (skipping || end - start > maxLineBytes)
                {
                    // An over-long line: forget what is held of it and read on to its end.
                    skipping = true;
                    start = 0;
                    end = 0;
                }
                else if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxLineBytes + 1));
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                end += read;
                endOfStream = read == 0;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static BatchInput TooLong(InputSource source, long lineNumber, InputOptions options) =>
        BatchInput.Failed(LineId(source, lineNumber), new ExtractionError(ExtractionErrorCodes.DocumentTooLarge,
            $"{Where(source, lineNumber)}: the line is longer than {MaxLineBytes(options.MaxCharacters)} bytes, the bound for {options.MaxCharacters} characters."),
            options.DefaultPublished);

    /// <summary>Reads one line; null for a blank line, which is not a record.</summary>
    private static BatchInput? ParseLine(byte[] buffer, int offset, int length, long lineNumber, InputSource source, InputOptions options)
    {
        int first = offset;
        int end = offset + length;
        if (lineNumber == 1 && buffer.AsSpan(first, length).StartsWith("\uFEFF"u8))
        {
            first += 3;
        }

        while (first < end && IsBlank(buffer[first]))
        {
            first++;
        }

        while (end > first && IsBlank(buffer[end - 1]))
        {
            end--;
        }

        if (first == end)
        {
            return null;
        }

        ReadOnlyMemory<byte> line = buffer.AsMemory(first, end - first);
        if (!Utf8.IsValid(line.Span))
        {
            TextDecoding.TryDecode(line.Span, out _, out string? decodeError);
            return Fail(LineId(source, lineNumber), ExtractionErrorCodes.InvalidEncoding, $"{Where(source, lineNumber)}: {decodeError}", options.DefaultPublished);
        }

        JsonDocument document;
        try
        {
            // The document points into the pooled buffer; it is disposed before the buffer is reused.
            document = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException ex)
        {
            return Fail(LineId(source, lineNumber), ExtractionErrorCodes.MalformedRecord, $"{Where(source, lineNumber)}: not JSON: {ex.Message}", options.DefaultPublished);
        }

        using (document)
        {
            return FromObject(document.RootElement, lineNumber, source, options);
        }
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r';

    private static BatchInput FromObject(JsonElement root, long lineNumber, InputSource source, InputOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(LineId(source, lineNumber), ExtractionErrorCodes.MalformedRecord,
                $"{Where(source, lineNumber)}: a {root.ValueKind.ToString().ToLowerInvariant()} where a JSON object was expected.", options.DefaultPublished);
        }

        JsonFieldNames fields = options.Fields;
        string id = ReadId(root, fields.Id) ?? LineId(source, lineNumber);
        string? title = ReadString(root, fields.Title);
        string? url = ReadString(root, fields.Url);
        DateOnly? published = PublishedDates.TryParseIso(ReadString(root, fields.Published), out DateOnly date) ? date : options.DefaultPublished;

        string? text = ReadText(root, fields.Text);
        if (text is null)
        {
            return Fail(id, ExtractionErrorCodes.MissingText,
                $"{Where(source, lineNumber)}: no string in the text field ({string.Join(", ", fields.Text)}).", published, title, url);
        }

        if (LooksLikeHtml(text))
        {
            text = HtmlText.Extract(text).Text;
            if (text.Length == 0)
            {
                return Fail(id, ExtractionErrorCodes.NoText, $"{Where(source, lineNumber)}: the HTML in the text field has no text.", published, title, url);
            }
        }

        if (text.Length > options.MaxCharacters)
        {
            return Fail(id, ExtractionErrorCodes.DocumentTooLarge,
                $"{Where(source, lineNumber)}: {text.Length} characters, more than the limit of {options.MaxCharacters}.", published, title, url);
        }

        return BatchInput.Of(new DocumentInput(text, id, published) { Title = title, Url = url });
    }

    /// <summary>The first candidate field holding a non-empty string; else an empty string if one was present (the pipeline reports it as empty); else null.</summary>
    private static string? ReadText(JsonElement root, IReadOnlyList<string> names)
    {
        string? empty = null;
        for (int i = 0; i < names.Count; i++)
        {
            if (root.TryGetProperty(names[i], out JsonElement value) && value.ValueKind == JsonValueKind.String)
            {
                string text = value.GetString()!;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return text;
                }

                empty ??= text;
            }
        }

        return empty;
    }

    // Text fields of scraped records often hold the article's HTML; its markup must not reach the analysis.
    private static bool LooksLikeHtml(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 2 && trimmed[0] == '<' && (char.IsAsciiLetter(trimmed[1]) || trimmed[1] == '!') && trimmed.Contains('>');
    }

    private static string? ReadId(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when value.GetString() is { Length: > 0 } id => id,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    // Only error records name their place; good lines do not pay for the string.
    private static string Where(InputSource source, long lineNumber) =>
        source.DisplayName + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);

    private static string LineId(InputSource source, long lineNumber) =>
        source.Id + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);

    private static BatchInput Fail(string id, string code, string message, DateOnly? published, string? title = null, string? url = null) =>
        BatchInput.Failed(id, new ExtractionError(code, message), published, title, url);
}
