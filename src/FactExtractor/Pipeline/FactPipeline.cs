using System;
using System.Collections.Generic;
using System.Threading;
using FactExtractor.Text;

namespace FactExtractor.Pipeline;

/// <summary>
/// A frozen sequence of stages that turns text into an analysed <see cref="Document"/>. Immutable and thread-safe:
/// build it once (see <see cref="FactPipelineBuilder"/> or <see cref="CreateDefault"/>) and share it.
/// </summary>
/// <example>
/// <code>
/// Document doc = FactPipeline.Default.Extract("Nissan will invest €600 million in Ampere.");
/// foreach (Sentence s in doc.Sentences) Console.WriteLine(doc.Slice(s.Span).ToString());
/// </code>
/// </example>
public sealed partial class FactPipeline
{
    private static readonly Lazy<FactPipeline> DefaultPipeline = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IPipelineStage[] _stages;

    internal FactPipeline(IPipelineStage[] stages, int maxCharacters)
    {
        _stages = stages;
        MaxCharacters = maxCharacters;
    }

    /// <summary>A shared default pipeline, created on first use.</summary>
    public static FactPipeline Default => DefaultPipeline.Value;

    /// <summary>Creates the default pipeline with the models embedded in the library.</summary>
    public static FactPipeline CreateDefault() => FactPipelineBuilder.CreateDefault().Build();

    /// <summary>The stages, in run order.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>The largest text this pipeline accepts, in characters.</summary>
    public int MaxCharacters { get; }

    /// <summary>Analyses a text.</summary>
    /// <param name="text">The text; it is never altered, and every offset in the result points into it.</param>
    /// <param name="id">An identifier, or null.</param>
    /// <param name="published">The publication date, against which relative dates resolve, or null.</param>
    /// <param name="cancellationToken">Cancels the analysis between stages.</param>
    /// <exception cref="ArgumentException">When the text is longer than <see cref="MaxCharacters"/>.</exception>
    public Document Extract(string text, string? id = null, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCharacters)
        {
            throw new ArgumentException($"The text has {text.Length} characters; this pipeline accepts at most {MaxCharacters}.", nameof(text));
        }

        var context = new AnalysisContext(text, id, published);
        foreach (IPipelineStage stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(context, cancellationToken);
        }

        return context.ToDocument();
    }

    /// <summary>Analyses an input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Cancels the analysis between stages.</param>
    public Document Extract(DocumentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Extract(input.Text, input.Id, input.Published, cancellationToken);
    }

    /// <summary>
    /// Analyses an input and reports a bad one as a failed result instead of throwing: empty text, text over
    /// <see cref="MaxCharacters"/>, or a stage that fails. Cancellation still throws.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Cancels the analysis between stages.</param>
    public ExtractionResult TryExtract(DocumentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? text = input.Text;
        if (text is null || text.AsSpan().IsWhiteSpace())
        {
            return ExtractionResult.Failure(input.Id, input.Published, ExtractionErrorCodes.EmptyDocument, "The document has no text.").WithSource(input.Title, input.Url);
        }

        if (text.Length > MaxCharacters)
        {
            return ExtractionResult.Failure(input.Id, input.Published, ExtractionErrorCodes.DocumentTooLarge,
                $"The document has {text.Length} characters; the limit is {MaxCharacters}.").WithSource(input.Title, input.Url);
        }

        try
        {
            return ExtractionResult.Success(Extract(text, input.Id, input.Published, cancellationToken)).WithSource(input.Title, input.Url);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ExtractionResult.Failure(input.Id, input.Published, ExtractionErrorCodes.StageFailed, $"{ex.GetType().Name}: {ex.Message}").WithSource(input.Title, input.Url);
        }
    }
}
