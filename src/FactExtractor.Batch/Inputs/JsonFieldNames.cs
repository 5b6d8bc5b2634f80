using System.Collections.Generic;

namespace FactExtractor.Batch.Inputs;

/// <summary>The names of the fields a JSON Lines record is read from. Names are matched exactly (case-sensitive).</summary>
public sealed record JsonFieldNames
{
    /// <summary>The usual names: <c>id</c>, <c>title</c>, <c>text</c>/<c>body</c>/<c>content</c>, <c>published</c>, <c>url</c>.</summary>
    public static JsonFieldNames Default { get; } = new();

    /// <summary>The identifier field (a string or a number). Without it the id is <c>&lt;file id&gt;:&lt;line number&gt;</c>.</summary>
    public string Id { get; init; } = "id";

    /// <summary>The title field (a string).</summary>
    public string Title { get; init; } = "title";

    /// <summary>The candidate text fields, in order of preference: the first that holds a non-empty string is the text.</summary>
    public IReadOnlyList<string> Text { get; init; } = ["text", "body", "content"];

    /// <summary>The publication date field: an ISO 8601 date or date-time string, of which the date as written is kept.</summary>
    public string Published { get; init; } = "published";

    /// <summary>The address field (a string).</summary>
    public string Url { get; init; } = "url";
}
