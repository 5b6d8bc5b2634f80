using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FactExtractor.Batch.Inputs;

/// <summary>The readable text of an HTML page and what the page says about itself.</summary>
/// <param name="Text">The article's text: one block (paragraph, heading, list item, …) per paragraph, blocks separated by a blank line, white space inside a block collapsed to single spaces. Empty when the page has no text.</param>
/// <param name="Title">The title: <c>og:title</c>, else <c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>; null when there is none.</param>
/// <param name="Url">The address: <c>link rel=canonical</c>, else <c>og:url</c>; null when there is none.</param>
/// <param name="Published">The publication date: <c>article:published_time</c>, else <c>itemprop=datePublished</c>, else the first <c>time[datetime]</c> of the article; null when none is an ISO 8601 date.</param>
public sealed record HtmlArticle(string Text, string? Title, string? Url, DateOnly? Published);

/// <summary>Turns an HTML page into the text of its article, leaving out scripts, navigation, headers, footers and forms.</summary>
public static class HtmlText
{
    // Page furniture rather than article text; hidden elements are not shown to readers either.
    private const string Dropped =
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, " +
        "[role=navigation], [role=banner], [role=contentinfo], [hidden]";

    // Elements that start and end a paragraph of output. Anything else is inline and runs into its neighbours.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    /// <summary>Extracts the article of <paramref name="html"/>: the largest <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c> or <c>[role=main]</c>, else the body.</summary>
    /// <param name="html">The page (or a fragment, such as the content of a feed item). Character references are decoded.</param>
    public static HtmlArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        // A parser per call: pages are read on several threads and the parser's thread safety is not documented.
        IHtmlDocument document = new HtmlParser().ParseDocument(html);

        // Metadata first: the title and the time often sit in the <header> that is dropped below.
        string? title = Collapse(Meta(document, "meta[property='og:title']"))
            ?? Collapse(document.Title)
            ?? Collapse(document.QuerySelector("h1")?.TextContent);
        string? url = NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"))
            ?? NonEmpty(Meta(document, "meta[property='og:url']"));
        DateOnly? published = FindPublished(document);

        foreach (IElement element in document.QuerySelectorAll(Dropped))
        {
            element.Remove();
        }

        INode? root = LargestArticle(document)
            ?? document.QuerySelector("main, [role=main]")
            ?? (INode?)document.Body;
        string text = root is null ? string.Empty : BlockText(root);
        return new HtmlArticle(text, title, url, published);
    }

    private static DateOnly? FindPublished(IHtmlDocument document)
    {
        string? value = Meta(document, "meta[property='article:published_time']");
        if (PublishedDates.TryParseIso(value, out DateOnly date))
        {
            return date;
        }

        IElement? itemprop = document.QuerySelector("[itemprop=datePublished]");
        value = itemprop?.GetAttribute("content") ?? itemprop?.GetAttribute("datetime") ?? itemprop?.TextContent;
        if (PublishedDates.TryParseIso(value, out date))
        {
            return date;
        }

        IElement? scope = LargestArticle(document) ?? document.Body;
        value = scope?.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return PublishedDates.TryParseIso(value, out date) ? date : null;
    }

    private static IElement? LargestArticle(IHtmlDocument document)
    {
        IElement? largest = null;
        int largestLength = -1;
        foreach (IElement article in document.QuerySelectorAll("article"))
        {
            int length = article.TextContent.Length;
            if (length > largestLength)
            {
                largest = article;
                largestLength = length;
            }
        }

        return largest;
    }

    private static string? Meta(IHtmlDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content");

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        var block = new BlockWriter(builder);
        block.Append(value);
        return builder.ToString();
    }

    // Walks the tree with an explicit stack: pages nested thousands of levels deep must not overflow the call stack.
    private static string BlockText(INode root)
    {
        var output = new StringBuilder();
        var block = new BlockWriter(output);
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            (INode node, bool leaving) = stack.Pop();
            if (node is IText textNode)
            {
                block.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            bool isBlock = Blocks.Contains(element.LocalName);
            if (leaving)
            {
                block.EndBlock();
                continue;
            }

            if (isBlock)
            {
                block.EndBlock();
                stack.Push((node, true));
            }
            else if (element.LocalName is "td" or "th")
            {
                // Cells are inline within their row, but their texts must not run together.
                block.Space();
            }

            for (INode? child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        block.EndBlock();
        return output.ToString();
    }

    /// <summary>Writes blocks separated by a blank line, collapsing white space inside each and dropping empty ones.</summary>
    private sealed class BlockWriter(StringBuilder output)
    {
        private bool _inBlock;
        private bool _pendingSpace;

        public void Append(string text)
        {
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _inBlock;
                    continue;
                }

                if (!_inBlock)
                {
                    if (output.Length > 0)
                    {
                        output.Append("\n\n");
                    }

                    _inBlock = true;
                }
                else if (_pendingSpace)
                {
                    output.Append(' ');
                }

                _pendingSpace = false;
                output.Append(c);
            }
        }

        public void Space() => _pendingSpace = _inBlock;

        public void EndBlock()
        {
            _inBlock = false;
            _pendingSpace = false;
        }
    }
}
