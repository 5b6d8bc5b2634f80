using System;
using System.Diagnostics.CodeAnalysis;
using FactExtractor.Text;

namespace FactExtractor.Pipeline;

/// <summary>A document to analyse: its text and what is known about it.</summary>
/// <param name="Text">The text.</param>
/// <param name="Id">An identifier (for example the file name without extension), or null.</param>
/// <param name="Published">The publication date, or null.</param>
public sealed record DocumentInput(string Text, string? Id = null, DateOnly? Published = null)
{
    /// <summary>The article's title, when the source gives one (a feed item, a JSON record, an HTML page), or null. It is carried into the result; it is not analysed.</summary>
    public string? Title { get; init; }

    /// <summary>The article's address, when the source gives one, or null. It is carried into the result.</summary>
    public string? Url { get; init; }
}

/// <summary>
/// The outcome of analysing one input: either a <see cref="Document"/> or an <see cref="ExtractionError"/>, never both.
/// Batch processing turns bad inputs into failed results instead of exceptions, so that nothing is lost.
/// </summary>
public sealed class ExtractionResult
{
    private ExtractionResult(string? id, DateOnly? published, Document? document, ExtractionError? error, string? title = null, string? url = null)
    {
        Id = id;
        Published = published;
        Document = document;
        Error = error;
        Title = title;
        Url = url;
    }

    /// <summary>The input's identifier, or null.</summary>
    public string? Id { get; }

    /// <summary>The input's publication date, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>The input's title (see <see cref="DocumentInput.Title"/>), or null.</summary>
    public string? Title { get; }

    /// <summary>The input's address (see <see cref="DocumentInput.Url"/>), or null.</summary>
    public string? Url { get; }

    /// <summary>The analysed document, when the analysis succeeded.</summary>
    public Document? Document { get; }

    /// <summary>Why the analysis failed, when it did.</summary>
    public ExtractionError? Error { get; }

    /// <summary>True when <see cref="Document"/> is set and <see cref="Error"/> is not.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Document is not null;

    /// <summary>A successful result.</summary>
    /// <param name="document">The analysed document.</param>
    public static ExtractionResult Success(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ExtractionResult(document.Id, document.Published, document, null);
    }

    /// <summary>A failed result.</summary>
    /// <param name="id">The input's identifier, or null.</param>
    /// <param name="published">The input's publication date, or null.</param>
    /// <param name="code">One of <see cref="ExtractionErrorCodes"/>.</param>
    /// <param name="message">What went wrong.</param>
    public static ExtractionResult Failure(string? id, DateOnly? published, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        return new ExtractionResult(id, published, null, new ExtractionError(code, message));
    }

    /// <summary>This result with the given title and address.</summary>
    /// <param name="title">The title, or null.</param>
    /// <param name="url">The address, or null.</param>
    public ExtractionResult WithSource(string? title, string? url) => new(Id, Published, Document, Error, title, url);
}
