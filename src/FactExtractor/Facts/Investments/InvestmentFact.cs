using System.Collections.Immutable;
using FactExtractor.Text;

namespace FactExtractor.Facts.Investments;

/// <summary>An amount of money stated in a fact.</summary>
/// <param name="Value">The amount in units of <paramref name="Currency"/>.</param>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="Text">The amount as written.</param>
public sealed record MoneyAmount(decimal Value, string Currency, string Text);

/// <summary>
/// Money that one or more investors commit, plan, offer or have put into an investee (a company, venture, plant or
/// project): stakes, funding rounds, capital injections, state aid with a named giver, joint investments.
/// </summary>
public sealed record InvestmentFact(
    ImmutableArray<EntityRef> Investors,
    EntityRef? Investee,
    MoneyAmount? Amount,
    FactStatus? Status,
    TextSpan Evidence,
    double Confidence,
    string Rule) : Fact(Evidence, Confidence, Rule)
{
    /// <inheritdoc />
    public override string Type => "investment";
}
