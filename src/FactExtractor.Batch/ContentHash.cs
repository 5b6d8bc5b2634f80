using System;
using System.Security.Cryptography;
using System.Text;

namespace FactExtractor.Batch;

/// <summary>The content hash that identifies a version of a document: SHA-256 of its text in UTF-8, as 64 lower-case hex digits.</summary>
public static class ContentHash
{
    /// <summary>The hash of a text.</summary>
    /// <param name="text">The text, exactly as analysed.</param>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }
}
