using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Facts;

/// <summary>
/// Finds facts of one type in an analysed document. Implementations must be thread-safe.
/// </summary>
public interface IFactExtractor
{
    /// <summary>A short name for messages, e.g. <c>investment</c>.</summary>
    string Name { get; }

    /// <summary>The layers the extractor reads, typically tokens, sentences and entities.</summary>
    DocumentLayers Requires { get; }

    /// <summary>Appends the facts found in <paramref name="document"/> to <paramref name="output"/>.</summary>
    /// <param name="document">The document, with the layers named in <see cref="Requires"/>.</param>
    /// <param name="output">Where to append facts.</param>
    void Extract(Document document, ICollection<Fact> output);
}
