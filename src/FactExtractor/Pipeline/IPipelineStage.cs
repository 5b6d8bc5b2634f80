using System.Threading;

namespace FactExtractor.Pipeline;

/// <summary>
/// One step of a <see cref="FactPipeline"/>: it declares the layers it needs and the layers it adds, and adds them to an
/// <see cref="AnalysisContext"/> without changing what earlier stages wrote. Implementations must be thread-safe:
/// a frozen pipeline runs the same stage instance on many documents at once.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name for messages and diagnostics, e.g. <c>tokenizer</c>.</summary>
    string Name { get; }

    /// <summary>The layers that earlier stages must have produced.</summary>
    DocumentLayers Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    DocumentLayers Produces { get; }

    /// <summary>Adds this stage's layers to the document under analysis.</summary>
    /// <param name="context">The document under analysis.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    void Process(AnalysisContext context, CancellationToken cancellationToken);
}
