using static FactExtractor.Tests.Entities.ValueEntityTestHelpers;

namespace FactExtractor.Tests.Entities;

/// <summary>CARDINAL and ORDINAL: the numbers no other value recognizer claims.</summary>
public class NumberRecognizerTests
{
    [Theory]
    [InlineData("The index rose to 2.3.", "CARDINAL:2.3=2.3")]
    [InlineData("The score was 4,500.", "CARDINAL:4,500=4500")]
    [InlineData("The fleet grew to 1,200,000.", "CARDINAL:1,200,000=1200000")]
    [InlineData("The fleet grew to 1.200.000.", "CARDINAL:1.200.000=1200000")]
    [InlineData("The rate was 1,5.", "CARDINAL:1,5=1.5")]
    [InlineData("The price was 5.000,50.", "CARDINAL:5.000,50=5000.5")]
    [InlineData("The figure was 1.2 million.", "CARDINAL:1.2 million=1200000")]
    [InlineData("The score rose from 7 to 9.", "CARDINAL:7=7 | CARDINAL:9=9")]
    public void Digits_are_cardinals(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Only seven agreed.", "CARDINAL:seven=7")]
    [InlineData("Only twenty-five agreed.", "CARDINAL:twenty-five=25")]
    [InlineData("Only two hundred agreed.", "CARDINAL:two hundred=200")]
    [InlineData("Only two hundred fifty agreed.", "CARDINAL:two hundred fifty=250")]
    [InlineData("The figure hit one million.", "CARDINAL:one million=1000000")]
    [InlineData("Only one hundred agreed.", "CARDINAL:one hundred=100")]
    [InlineData("Eleven agreed.", "CARDINAL:Eleven=11")]
    public void Number_words_are_cardinals(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Ampere is the first of its kind.", "ORDINAL:first=1")]
    [InlineData("Renault ranked 3rd.", "ORDINAL:3rd=3")]
    [InlineData("The second plant opens soon.", "ORDINAL:second=2")]
    [InlineData("It marks the twentieth anniversary.", "ORDINAL:twentieth=20")]
    [InlineData("The 21st plant opened.", "ORDINAL:21st=21")]
    [InlineData("First, sales rose.", "ORDINAL:First=1")]
    [InlineData("Ford is the fifth carmaker to agree.", "ORDINAL:fifth=5")]
    [InlineData("Ford ranked fifth.", "ORDINAL:fifth=5")]
    [InlineData("Renault finished second.", "ORDINAL:second=2")]
    [InlineData("It was the company's 100th anniversary.", "ORDINAL:100th=100")]
    public void Ranks_are_ordinals(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Only one agreed.", "")]
    [InlineData("Only one of them agreed.", "CARDINAL:one=1")]
    [InlineData("Sales of the Peugeot 208 rose.", "")]
    [InlineData("Tesla sold the Model 3 widely.", "")]
    [InlineData("Renault sold the Renault 5 in France.", "")]
    [InlineData("Sales peaked in 2023.", "DATE:2023=2023")]
    public void Near_misses_are_not_cardinals(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
