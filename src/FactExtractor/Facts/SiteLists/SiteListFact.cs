using System.Collections.Immutable;
using FactExtractor.Text;

namespace FactExtractor.Facts.SiteLists;

/// <summary>Two or more sites, plants, factories or facilities of one owner, with the total the text declares.</summary>
public sealed record SiteListFact(
    EntityRef? Owner,
    ImmutableArray<EntityRef> Sites,
    int? DeclaredCount,
    TextSpan Evidence,
    double Confidence,
    string Rule) : Fact(Evidence, Confidence, Rule)
{
    /// <inheritdoc />
    public override string Type => "siteList";
}
