using System;

namespace FactExtractor.Batch.Inputs;

/// <summary>Chooses an input's format from its file name or, failing that, from its first bytes.</summary>
internal static class FormatDetection
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at: enough for an XML declaration, a doctype and comments before the root element.</summary>
    public const int SniffLength = 1024;

    /// <summary>The format an extension stands for (after a <c>.gz</c>), or <see cref="InputFormat.Auto"/> when it says nothing.</summary>
    public static InputFormat FromFileName(string fileName)
    {
        ReadOnlySpan<char> name = InputPaths.StripGz(fileName);
        int dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return InputFormat.Auto;
        }

        ReadOnlySpan<char> extension = name[dot..];
        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".text", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Text;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.JsonLines;
        }

        if (extension.Equals(".rss", StringComparison.OrdinalIgnoreCase) || extension.Equals(".atom", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Feed;
        }

        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        return InputFormat.Auto;
    }

    /// <summary>Whether the bytes start with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> prefix) => prefix.Length >= 2 && prefix[0] == 0x1F && prefix[1] == 0x8B;

    /// <summary>
    /// The format the first bytes look like: <c>{</c> is JSON Lines; an XML declaration or a root element <c>rss</c>,
    /// <c>feed</c> or <c>rdf:RDF</c> is a feed; a doctype or <c>html</c> element is HTML; anything else is text.
    /// Only ASCII markers are looked for, after a UTF-8 byte-order mark and white space.
    /// </summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> prefix)
    {
        ReadOnlySpan<byte> bytes = prefix.StartsWith("\uFEFF"u8) ? prefix[3..] : prefix;
        bytes = bytes.TrimStart(" \t\r\n"u8);
        if (bytes.IsEmpty)
        {
            return InputFormat.Text;
        }

        if (bytes[0] == (byte)'{')
        {
            return InputFormat.JsonLines;
        }

        if (bytes[0] != (byte)'<')
        {
            return InputFormat.Text;
        }

        if (StartsWithIgnoreCase(bytes, "<rss"u8) || StartsWithIgnoreCase(bytes, "<feed"u8) || StartsWithIgnoreCase(bytes, "<rdf"u8))
        {
            return InputFormat.Feed;
        }

        if (StartsWithIgnoreCase(bytes, "<!doctype html"u8) || StartsWithIgnoreCase(bytes, "<html"u8))
        {
            return InputFormat.Html;
        }

        if (StartsWithIgnoreCase(bytes, "<?xml"u8))
        {
            // The root element may follow comments or a stylesheet instruction; XHTML pages are HTML.
            if (Contains(bytes, "<rss"u8) || Contains(bytes, "<feed"u8) || Contains(bytes, "<rdf:rdf"u8))
            {
                return InputFormat.Feed;
            }

            if (Contains(bytes, "<html"u8))
            {
                return InputFormat.Html;
            }
        }

        return InputFormat.Text;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lowerCaseMarker) =>
        bytes.Length >= lowerCaseMarker.Length && EqualsIgnoreCase(bytes[..lowerCaseMarker.Length], lowerCaseMarker);

    private static bool Contains(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lowerCaseMarker)
    {
        for (int i = 0; i + lowerCaseMarker.Length <= bytes.Length; i++)
        {
            if (bytes[i] == (byte)'<' && EqualsIgnoreCase(bytes.Slice(i, lowerCaseMarker.Length), lowerCaseMarker))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lowerCaseMarker)
    {
        for (int i = 0; i < lowerCaseMarker.Length; i++)
        {
            // ASCII letters differ from their capitals by 0x20 only; other bytes must match exactly.
            byte b = bytes[i];
            if (b != lowerCaseMarker[i] && (b | 0x20) != lowerCaseMarker[i])
            {
                return false;
            }
        }

        return true;
    }
}
