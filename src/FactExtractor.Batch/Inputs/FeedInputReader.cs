using System;
using System.Collections.Generic;
using System.Globalization;
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
        IList<FeedItem> items;
        try
        {
            items = [.. FeedReader.ReadFromByteArray(bytes).Items];
        }
        catch (Exception ex)
        {
            // FeedReader throws XmlException, FeedTypeNotSupportedException and others on bad input; all mean the same here.
            return [BatchInput.Failed(source.Id, new ExtractionError(ExtractionErrorCodes.MalformedRecord,
                $"{source.DisplayName}: not a readable RSS or Atom feed: {ex.Message}"), options.DefaultPublished)];
        }

        return Items(items, source, options);
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
