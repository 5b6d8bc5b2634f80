using System;
using FactExtractor.Pipeline;

namespace FactExtractor.Batch.Inputs;

/// <summary>How <see cref="InputReader"/> reads its inputs.</summary>
public sealed record InputOptions
{
    /// <summary>The default cap on a feed or HTML file: 64 MiB.</summary>
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The options used when none are given.</summary>
    public static InputOptions Default { get; } = new();

    /// <summary>The format of every input; <see cref="InputFormat.Auto"/> (the default) decides per input.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>
    /// The longest document, in characters. Longer documents become <see cref="ExtractionErrorCodes.DocumentTooLarge"/>
    /// records; text files and JSON lines whose byte size rules them out are refused without being read into memory.
    /// </summary>
    public int MaxCharacters { get; init; } = FactPipelineBuilder.DefaultMaxCharacters;

    /// <summary>The publication date of records that give none (or give one that is not an ISO 8601 date).</summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>The field names of JSON Lines records.</summary>
    public JsonFieldNames Fields { get; init; } = JsonFieldNames.Default;

    /// <summary>
    /// The largest feed or HTML file, in (decompressed) bytes. Those formats are parsed whole, so larger files become
    /// <see cref="ExtractionErrorCodes.DocumentTooLarge"/> records instead of being read.
    /// </summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
