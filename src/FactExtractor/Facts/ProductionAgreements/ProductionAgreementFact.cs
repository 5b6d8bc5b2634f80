using FactExtractor.Text;

namespace FactExtractor.Facts.ProductionAgreements;

/// <summary>
/// One company builds vehicles, batteries or components for another: contract manufacturing, a partner's model built
/// in one's plant, rebadged vehicles supplied to another brand, joint production.
/// </summary>
public sealed record ProductionAgreementFact(
    EntityRef? Manufacturer,
    EntityRef? Customer,
    string? Product,
    EntityRef? Site,
    FactStatus? Status,
    TextSpan Evidence,
    double Confidence,
    string Rule) : Fact(Evidence, Confidence, Rule)
{
    /// <inheritdoc />
    public override string Type => "productionAgreement";
}
