using System;
using System.Text;

namespace FactExtractor.Text;

/// <summary>
/// Strict decoding of input bytes into text: a byte-order mark selects UTF-8, UTF-16 or UTF-32; without one the bytes
/// must be valid UTF-8. Invalid bytes are reported, never silently replaced, so that a damaged input becomes an error
/// record instead of text with holes.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The raw input.</param>
    /// <param name="text">The decoded text, without the byte-order mark, when decoding succeeds.</param>
    /// <param name="error">Where and why decoding failed, when it does.</param>
    /// <returns>True when the bytes were valid.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        (Encoding encoding, int bom) = DetectEncoding(bytes);
        try
        {
            text = encoding.GetString(bytes[bom..]);
            error = null;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            int offset = ex.Index >= 0 ? ex.Index + bom : -1;
            string where = offset >= 0 ? $" at byte {offset}" : string.Empty;
            error = $"The input is not valid {encoding.WebName}{where} (bytes {FormatBytes(ex.BytesUnknown)}).";
            return false;
        }
    }

    private static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (StrictUtf8, 3);
        }

        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (StrictUtf8, 0);
    }

    private static string FormatBytes(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return "?";
        }

        return Convert.ToHexString(bytes, 0, Math.Min(bytes.Length, 8));
    }
}
