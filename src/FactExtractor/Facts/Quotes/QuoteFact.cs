using FactExtractor.Text;

namespace FactExtractor.Facts.Quotes;

/// <summary>
/// Words attributed to a speaker: the quoted <see cref="Text"/> without its quotation marks (paragraphs of one quotation
/// joined by a space), its range in the document, the speaker (null where the text does not say) and the cue verb.
/// </summary>
public sealed record QuoteFact(
    EntityRef? Speaker,
    string Text,
    TextSpan Quotation,
    string? Cue,
    bool Direct,
    TextSpan Evidence,
    double Confidence,
    string Rule) : Fact(Evidence, Confidence, Rule)
{
    /// <inheritdoc />
    public override string Type => "quote";
}
