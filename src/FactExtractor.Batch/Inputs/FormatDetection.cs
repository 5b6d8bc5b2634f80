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

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> OleCompound => [0xD0, 0xCF, 0x11, 0xE0];

    private static ReadOnlySpan<byte> Xz => [0xFD, 0x37, 0x7A, 0x58, 0x5A];

    private static ReadOnlySpan<byte> SevenZip => [0x37, 0x7A, 0xBC, 0xAF];

    private static ReadOnlySpan<byte> Zstd => [0x28, 0xB5, 0x2F, 0xFD];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf32BigEndianMark => [0x00, 0x00, 0xFE, 0xFF];

    /// <summary>
    /// What kind of binary file the first bytes show — a PDF, an archive, an image, an Office document, or data with NUL
    /// bytes and no UTF-16/UTF-32 byte-order mark — or null when they may be text. Such inputs are refused with a clear
    /// message instead of failing later as text with an encoding error.
    /// </summary>
    /// <param name="prefix">The first bytes.</param>
    /// <param name="nulBytesMeanBinary">
    /// Whether NUL bytes alone make the input binary: true when nothing else says what the input is; false when its
    /// extension names a text format, so that a damaged line in a JSON Lines file stays that line's error.
    /// </param>
    public static string? BinaryKind(ReadOnlySpan<byte> prefix, bool nulBytesMeanBinary)
    {
        if (prefix.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }

        if (prefix.StartsWith("PK\u0003\u0004"u8) || prefix.StartsWith("PK\u0005\u0006"u8))
        {
            return "a ZIP archive (or a .docx, .xlsx or .epub, which are ZIP archives)";
        }

        if (prefix.StartsWith(Png) || prefix.StartsWith(Jpeg) || prefix.StartsWith("GIF8"u8)
            || (prefix.StartsWith("RIFF"u8) && prefix.Length >= 12 && prefix.Slice(8, 4).SequenceEqual("WEBP"u8)))
        {
            return "an image";
        }

        if (prefix.StartsWith(OleCompound))
        {
            return "an Office document in the old binary format";
        }

        if (prefix.StartsWith("BZh"u8) || prefix.StartsWith(Xz) || prefix.StartsWith(SevenZip)
            || prefix.StartsWith(Zstd))
        {
            return "an archive compressed with something other than gzip (bzip2, xz, 7z or zstd)";
        }

        bool unicodeMark = prefix.StartsWith(Utf16LittleEndianMark) || prefix.StartsWith(Utf16BigEndianMark) || prefix.StartsWith(Utf32BigEndianMark);
        return nulBytesMeanBinary && !unicodeMark && prefix.IndexOf((byte)0) >= 0 ? "binary data (it holds NUL bytes; UTF-16 text needs a byte-order mark)" : null;
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

    /// <summary>Whether ASCII bytes equal a lower-case ASCII marker of the same length, ignoring the case of letters.</summary>
    internal static bool EqualsIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lowerCaseMarker)
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
