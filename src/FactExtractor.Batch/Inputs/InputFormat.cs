namespace FactExtractor.Batch.Inputs;

/// <summary>The formats <see cref="InputReader"/> reads. Each may also be gzip-compressed.</summary>
public enum InputFormat
{
    /// <summary>Chosen per input: by extension (after <c>.gz</c>), else by the first bytes.</summary>
    Auto,

    /// <summary>Plain text: the whole input is one document.</summary>
    Text,

    /// <summary>JSON Lines: one JSON object per line, one document per non-blank line.</summary>
    JsonLines,

    /// <summary>An RSS 2.0 (or 0.9x, 1.0) or Atom feed: one document per item.</summary>
    Feed,

    /// <summary>An HTML page: one document, the text of its article.</summary>
    Html,
}
