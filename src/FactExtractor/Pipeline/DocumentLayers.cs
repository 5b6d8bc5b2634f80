using System;

namespace FactExtractor.Pipeline;

/// <summary>The layers a pipeline stage can require and produce.</summary>
[Flags]
public enum DocumentLayers
{
    /// <summary>No layer: the text alone.</summary>
    None = 0,

    /// <summary>Tokens. Produced by exactly one stage.</summary>
    Tokens = 1,

    /// <summary>Sentences. Produced by exactly one stage.</summary>
    Sentences = 2,

    /// <summary>Entity mentions. Any number of stages may add to them.</summary>
    Entities = 4,

    /// <summary>Facts. Any number of stages may add to them.</summary>
    Facts = 8,
}
