using static FactExtractor.Tests.Entities.ValueEntityTestHelpers;

namespace FactExtractor.Tests.Entities;

/// <summary>PERCENT: a number with a percent sign or word; the value is the number of percent.</summary>
public class PercentRecognizerTests
{
    [Theory]
    [InlineData("Sales rose 35%.", "PERCENT:35%=35")]
    [InlineData("The stake is 0.5%.", "PERCENT:0.5%=0.5")]
    [InlineData("Turnover rose 1,5 %.", "PERCENT:1,5 %=1.5")]
    [InlineData("Sales rose 35 pct.", "PERCENT:35 pct=35")]
    [InlineData("Sales rose 35pct.", "PERCENT:35pct=35")]
    public void A_sign_or_abbreviation(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Margins rose 12.5 percent.", "PERCENT:12.5 percent=12.5")]
    [InlineData("Output fell 35 per cent.", "PERCENT:35 per cent=35")]
    [InlineData("Unemployment hit 7.25 per cent.", "PERCENT:7.25 per cent=7.25")]
    [InlineData("Prices rose ten percent.", "PERCENT:ten percent=10")]
    [InlineData("About twenty-five percent agreed.", "PERCENT:twenty-five percent=25")]
    [InlineData("Forty percent of buyers agreed.", "PERCENT:Forty percent=40")]
    public void A_percent_word(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The share rose 3.5 percentage points.", "PERCENT:3.5 percentage points=3.5")]
    [InlineData("Sales rose 1 percentage point.", "PERCENT:1 percentage point=1")]
    [InlineData("The margin rose 2 percent points.", "PERCENT:2 percent points=2")]
    public void Percentage_points(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Costs will fall 10-15%.", "PERCENT:10-15%=15")]
    [InlineData("Margins may reach 8-9 percent.", "PERCENT:8-9 percent=9")]
    public void A_range_is_one_mention_valued_at_its_upper_bound(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The percentage rose.", "")]
    [InlineData("Sales rose 35% in 2023.", "PERCENT:35%=35 | DATE:2023=2023")]
    [InlineData("Some 35 percent of workers agreed.", "PERCENT:35 percent=35")]
    [InlineData("🚗 Tesla’s sales rose 35% on Monday.", "PERCENT:35%=35 | DATE:Monday=2023-11-06")]
    public void Percent_in_context(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
