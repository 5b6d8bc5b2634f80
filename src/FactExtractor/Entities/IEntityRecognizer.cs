using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Entities;

/// <summary>
/// Finds entity mentions in a tokenized, sentence-split document. Implementations must be thread-safe.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>A short name for messages, e.g. <c>money-pattern</c>.</summary>
    string Name { get; }

    /// <summary>The layers the recognizer reads; at least <see cref="DocumentLayers.Tokens"/>.</summary>
    DocumentLayers Requires { get; }

    /// <summary>Appends the mentions found in <paramref name="document"/> to <paramref name="output"/>.</summary>
    /// <param name="document">The document, with the layers named in <see cref="Requires"/>.</param>
    /// <param name="output">Where to append mentions.</param>
    void Recognize(Document document, ICollection<EntityMention> output);
}
