using FactExtractor.Pipeline;

namespace FactExtractor.Batch.Inputs;

/// <summary>One input after path expansion: a file, standard input, or a path that cannot be read.</summary>
/// <param name="Id">The file name without its extensions (<c>news.jsonl.gz</c> → <c>news</c>), or <c>stdin</c>.</param>
/// <param name="DisplayName">How messages name the input: the path as given or found, or <c>stdin</c>.</param>
/// <param name="Path">The file, or null for standard input and for failed paths.</param>
/// <param name="Length">The file's size in bytes, or 0 when unknown.</param>
/// <param name="Error">Why the input cannot be read, when that is known before opening it.</param>
internal sealed record InputSource(string Id, string DisplayName, string? Path, long Length, ExtractionError? Error)
{
    public const string StdinId = "stdin";

    public bool IsStdin => Path is null && Error is null;
}
