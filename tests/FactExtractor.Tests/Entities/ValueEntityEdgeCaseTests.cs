using System.Linq;
using static FactExtractor.Tests.Entities.ValueEntityTestHelpers;

namespace FactExtractor.Tests.Entities;

/// <summary>
/// Edge cases found by writing the table tests against the spec: model numbers after brands, compound units, tense and
/// leap days in date resolution, quarters, old years, ordinal suffixes, percent spellings, "won" the verb, money ranges.
/// </summary>
public class ValueEntityEdgeCaseTests
{
    // The brand is known only to the lexicons, so this runs the default pipeline and looks at the value labels.
    [Theory]
    [InlineData("Peugeot 208 sales rose.", "")]
    [InlineData("Peugeot 2008 sales rose.", "")]
    [InlineData("Sales of the Peugeot 208 rose in 2023.", "DATE:2023=2023")]
    public void EdgeCase_SentenceInitialModelNames(string text, string expected)
    {
        var document = FactExtractor.Pipeline.FactPipeline.Default.Extract(text, published: Published);
        var values = document.WithEntities([.. document.Entities.Where(e => e.Value is not null)]);
        Assert.Equal(expected, Render(values));
    }

    [Theory]
    [InlineData("The supplier ships 2 million battery cells.", "QUANTITY:2 million battery cells=2000000 battery cells")]
    [InlineData("The firm bought 500 battery packs.", "QUANTITY:500 battery packs=500 battery packs")]
    public void EdgeCase_QuantityCompoundUnit(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("During 2022 sales fell.", "DATE:2022=2022")]
    public void EdgeCase_QuantityYearAfterCapitalisedCue(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Ampere aims to sell a million EVs.", "QUANTITY:a million EVs=1000000 EVs")]
    public void EdgeCase_QuantityArticleNumber(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The show will open on February 29.", "DATE:February 29=2024-02-29")]
    public void EdgeCase_DateLeapDay(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Output fell in March due to chip shortages.", "DATE:March=2023-03")]
    [InlineData("Sales fell in April due to a strike.", "DATE:April=2023-04")]
    public void EdgeCase_DateTenseCues(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Deliveries will resume in Q1.", "DATE:Q1=2024-Q1")]
    [InlineData("Deliveries will resume in the first quarter.", "DATE:the first quarter=2024-Q1")]
    public void EdgeCase_DateQuarterTense(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Deliveries begin in the last quarter of 2024.", "DATE:the last quarter of 2024=2024-Q4")]
    public void EdgeCase_DateLastQuarterOfYear(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Renault was founded in 1899.", "DATE:1899=1899")]
    public void EdgeCase_DateNineteenthCenturyYear(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The 4WD version costs more.", "")]
    [InlineData("TSMC makes 5nm chips.", "")]
    public void EdgeCase_OrdinalSuffix(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Shares rose 5pc.", "PERCENT:5pc=5")]
    public void EdgeCase_PercentPc(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Prices rose twenty five percent.", "PERCENT:twenty five percent=25")]
    public void EdgeCase_PercentCompoundNumberWord(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The Model 3 won an award.", "")]
    public void EdgeCase_MoneyModelNumberWon(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Ampere sees $1 to $2 billion in savings.", "MONEY:$1 to $2 billion=1000000000-2000000000 USD")]
    public void EdgeCase_MoneyRangeWithTo(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
