using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;
using AngleSharp.Html;
using CodeHollow.FeedReader;
using FactExtractor.Pipeline;

namespace FactExtractor.Batch.Inputs;

/// <summary>Reads RSS and Atom feeds with CodeHollow.FeedReader: one record per item.</summary>
internal static class FeedInputReader
{
    /// <summary>
    /// The records of a feed: one per item, or one <see cref="ExtractionErrorCodes.MalformedRecord"/> record for a
    /// feed that cannot be parsed. The bytes are decoded by FeedReader, which honours the encoding of the XML
    /// declaration and otherwise reads UTF-8.
    /// </summary>
    public static IEnumerable<BatchInput> Read(byte[] bytes, InputSource source, InputOptions options)
    {
        if (TryRead(bytes, out IList<FeedItem>? items, out Exception? error)
            || (WithHtmlEntitiesAsReferences(bytes) is { } repaired && TryRead(repaired, out items, out _)))
        {
            // Feeds written by HTML tools often use HTML's named entities (&nbsp; &eacute; &rsquo;), which XML does not
            // declare; spelled as character references, such a feed parses. Otherwise the first error stands.
            return Items(items, source, options);
        }

        return [BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.MalformedRecord,
            $"{source.DisplayName}: not a readable RSS or Atom feed: {error!.Message}"), options.DefaultPublished)];
    }

    private static bool TryRead(byte[] bytes, [NotNullWhen(true)] out IList<FeedItem>? items, out Exception? error)
    {
        try
        {
            items = [.. FeedReader.ReadFromByteArray(bytes).Items];
            error = null;
            return true;
        }
        catch (Exception ex)
        {
            // FeedReader throws XmlException, FeedTypeNotSupportedException and others on bad input; all mean the same here.
            items = null;
            error = ex;
            return false;
        }
    }

    /// <summary>
    /// The feed with every HTML named entity that XML does not predefine replaced by a numeric character reference, or
    /// null when it has none. Names and references are ASCII, so the bytes can be edited in any ASCII-compatible encoding.
    /// </summary>
    internal static byte[]? WithHtmlEntitiesAsReferences(byte[] bytes)
    {
        MemoryStream? output = null;
        int copied = 0;
        for (int i = bytes.AsSpan().IndexOf((byte)'&'); i >= 0 && i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'&')
            {
                continue;
            }

            int end = i + 1;
            while (end < bytes.Length && end - i <= 32 && char.IsAsciiLetterOrDigit((char)bytes[end]))
            {
                end++;
            }

            if (end == i + 1 || end >= bytes.Length || bytes[end] != (byte)';')
            {
                continue;
            }

            string name = Encoding.ASCII.GetString(bytes, i + 1, end - i - 1);
            if (name is "amp" or "lt" or "gt" or "quot" or "apos" || HtmlEntityProvider.Resolver.GetSymbol(name + ";") is not { Length: > 0 } symbol)
            {
                continue;
            }

            output ??= new MemoryStream(bytes.Length + 64);
            output.Write(bytes, copied, i - copied);
            for (int c = 0; c < symbol.Length; c += char.IsSurrogatePair(symbol, c) ? 2 : 1)
            {
                output.Write(Encoding.ASCII.GetBytes("&#" + char.ConvertToUtf32(symbol, c).ToString(CultureInfo.InvariantCulture) + ";"));
            }

            copied = end + 1;
            i = end;
        }

        if (output is null)
        {
            return null;
        }

        output.Write(bytes, copied, bytes.Length - copied);
        return output.ToArray();
    }

    private static IEnumerable<BatchInput> Items(IList<FeedItem> items, InputSource source, InputOptions options)
    {
        for (int i = 0; i < items.Count; i++)
        {
            yield return FromItem(items[i], i + 1, source, options);
        }
    }

    private static BatchInput FromItem(FeedItem item, int number, InputSource source, InputOptions options)
    {
        string where = source.DisplayName + "#" + number.ToString(CultureInfo.InvariantCulture);
        string? url = NonEmpty(item.Link);
        string id = NonEmpty(item.Id) ?? url ?? source.Id + "#" + number.ToString(CultureInfo.InvariantCulture);
        string? title = NonEmpty(item.Title);
        DateOnly? published = PublishedDates.FromFeed(item.PublishingDateString, item.PublishingDate) ?? options.DefaultPublished;

        // The full article (content:encoded, Atom content) when the feed carries it, else the summary.
        string? html = NonEmpty(item.Content) ?? NonEmpty(item.Description);
        string text = html is null ? string.Empty : HtmlText.Extract(html).Text;
        if (text.Length == 0)
        {
            return BatchInput.Failed(id, new ExtractionError(ExtractionErrorCodes.NoText, $"{where}: the item has no text."), published, title, url);
        }

        if (text.Length > options.MaxCharacters)
        {
            return BatchInput.Failed(id, new ExtractionError(ExtractionErrorCodes.DocumentTooLarge,
                $"{where}: {text.Length} characters, more than the limit of {options.MaxCharacters}."), published, title, url);
        }

        return BatchInput.Of(new DocumentInput(text, id, published) { Title = title, Url = url });
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
