using System;
using System.Text;

namespace FactExtractor.Batch.Inputs;

/// <summary>The character encoding an HTML page declares in its head (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>), and strict decoding with it.</summary>
internal static class HtmlCharset
{
    // The HTML standard has user agents look for the declaration in the first 1,024 bytes.
    private const int PrescanLength = 1024;

    /// <summary>
    /// Decodes <paramref name="bytes"/> in the encoding the page declares, refusing bytes that encoding does not define.
    /// When there is no declaration, or it names UTF-8 or an unknown encoding, or decoding fails, <paramref name="error"/>
    /// is extended to say so and false is returned.
    /// </summary>
    public static bool TryDecode(byte[] bytes, out string text, ref string? error)
    {
        text = string.Empty;
        string? name = Declared(bytes.AsSpan(0, Math.Min(bytes.Length, PrescanLength)));
        // A page that reached this point is not UTF-8; one that claims UTF-16 or UTF-32 in ASCII cannot be either (the
        // HTML standard reads such a claim as UTF-8), so neither claim can help.
        if (name is null || name.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Encoding? encoding = Find(name);
        if (encoding is null)
        {
            error += $" The page declares the character set '{name}', which is not known here.";
            return false;
        }

        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            error += $" Nor is it valid {name}, the character set it declares: {ex.Message}";
            return false;
        }
    }

    /// <summary>The charset named by <c>charset=</c> in the prescan window, or null.</summary>
    internal static string? Declared(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> marker = "charset"u8;
        for (int i = 0; i + marker.Length < head.Length; i++)
        {
            if (!FormatDetection.EqualsIgnoreCase(head.Slice(i, marker.Length), marker))
            {
                continue;
            }

            int j = i + marker.Length;
            while (j < head.Length && head[j] is (byte)' ' or (byte)'\t')
            {
                j++;
            }

            if (j >= head.Length || head[j] != (byte)'=')
            {
                continue;
            }

            j++;
            while (j < head.Length && head[j] is (byte)' ' or (byte)'"' or (byte)'\'')
            {
                j++;
            }

            int start = j;
            while (j < head.Length && (char.IsAsciiLetterOrDigit((char)head[j]) || head[j] is (byte)'-' or (byte)'_' or (byte)'.' or (byte)':'))
            {
                j++;
            }

            if (j > start)
            {
                return Encoding.ASCII.GetString(head[start..j]);
            }
        }

        return null;
    }

    private static Encoding? Find(string name)
    {
        // The code pages (windows-1252, ISO-8859-2, Shift_JIS, …) come from the runtime's provider, without registering
        // it process-wide; the few encodings built in (ISO-8859-1, US-ASCII, UTF-16) from Encoding itself.
        Encoding? found = CodePagesEncodingProvider.Instance.GetEncoding(name);
        if (found is null)
        {
            try
            {
                found = Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        var strict = (Encoding)found.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }
}
