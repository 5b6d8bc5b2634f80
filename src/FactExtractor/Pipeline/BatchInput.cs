using System;

namespace FactExtractor.Pipeline;

/// <summary>
/// One record of a batch: a document to analyse, or an input that could not be read (a malformed JSON line, an
/// undecodable file). A failed record passes through <see cref="FactPipeline.ExtractBatchAsync(System.Collections.Generic.IAsyncEnumerable{BatchInput}, BatchOptions?, System.Threading.CancellationToken)"/>
/// as an error result, so that every input record gives exactly one result.
/// </summary>
public sealed class BatchInput
{
    private BatchInput(DocumentInput? document, string? id, ExtractionError? error, DateOnly? published, string? title, string? url)
    {
        Document = document;
        Id = id;
        Error = error;
        Published = published;
        Title = title;
        Url = url;
    }

    /// <summary>The document to analyse, or null when the record could not be read.</summary>
    public DocumentInput? Document { get; }

    /// <summary>Why the record could not be read, or null when <see cref="Document"/> is set.</summary>
    public ExtractionError? Error { get; }

    /// <summary>The record's identifier, or null.</summary>
    public string? Id { get; }

    /// <summary>The record's publication date, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>The record's title, or null.</summary>
    public string? Title { get; }

    /// <summary>The record's address, or null.</summary>
    public string? Url { get; }

    /// <summary>A record holding a document to analyse.</summary>
    /// <param name="document">The document.</param>
    public static BatchInput Of(DocumentInput document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new BatchInput(document, document.Id, null, document.Published, document.Title, document.Url);
    }

    /// <summary>A record that could not be read; it becomes an error result.</summary>
    /// <param name="id">The record's identifier, or null.</param>
    /// <param name="error">Why it could not be read (a code of <see cref="ExtractionErrorCodes"/> and a message).</param>
    /// <param name="published">The publication date, when known.</param>
    /// <param name="title">The title, when known.</param>
    /// <param name="url">The address, when known.</param>
    public static BatchInput Failed(string? id, ExtractionError error, DateOnly? published = null, string? title = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new BatchInput(null, id, error, published, title, url);
    }

    /// <summary>The error result of a failed record.</summary>
    internal ExtractionResult ToFailure() =>
        ExtractionResult.Failure(Id, Published, Error!.Code, Error.Message).WithSource(Title, Url);
}
