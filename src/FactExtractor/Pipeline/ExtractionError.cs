using System;

namespace FactExtractor.Pipeline;

/// <summary>Why a document could not be analysed: a stable machine-readable <see cref="Code"/> and a human message.</summary>
/// <param name="Code">One of <see cref="ExtractionErrorCodes"/>.</param>
/// <param name="Message">What went wrong, for people.</param>
public sealed record ExtractionError(string Code, string Message);

/// <summary>The error codes the library and the <c>factx</c> tool emit. They are part of the public contract.</summary>
public static class ExtractionErrorCodes
{
    /// <summary>The input file or folder does not exist.</summary>
    public const string FileNotFound = "file-not-found";

    /// <summary>The input exists but could not be read (permissions, I/O error).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>The input bytes are not valid in the expected encoding (UTF-8 unless a byte-order mark says otherwise).</summary>
    public const string InvalidEncoding = "invalid-encoding";

    /// <summary>The text is empty or holds only white space.</summary>
    public const string EmptyDocument = "empty-document";

    /// <summary>The text is longer than the configured maximum.</summary>
    public const string DocumentTooLarge = "document-too-large";

    /// <summary>A pipeline stage failed on this document.</summary>
    public const string StageFailed = "stage-failed";

    /// <summary>An input record is not well formed: a JSON line that is not a JSON object, a feed that is not RSS or Atom.</summary>
    public const string MalformedRecord = "malformed-record";

    /// <summary>An input record has no text field, or its text field is not a string.</summary>
    public const string MissingText = "missing-text";

    /// <summary>An HTML page or feed item yields no text once markup, scripts and navigation are removed.</summary>
    public const string NoText = "no-text";

    /// <summary>The input is binary data no reader handles: a PDF, an archive other than gzip, an image, an Office document, data with NUL bytes.</summary>
    public const string UnsupportedFormat = "unsupported-format";
}
