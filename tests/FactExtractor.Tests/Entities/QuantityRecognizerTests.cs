using static FactExtractor.Tests.Entities.ValueEntityTestHelpers;

namespace FactExtractor.Tests.Entities;

/// <summary>QUANTITY: a number followed by a unit or counted noun, with up to two modifiers between.</summary>
public class QuantityRecognizerTests
{
    [Theory]
    [InlineData("The plant will supply 50 gigawatt-hours.", "QUANTITY:50 gigawatt-hours=50 gigawatt-hours")]
    [InlineData("The battery holds 75 kilowatt-hours.", "QUANTITY:75 kilowatt-hours=75 kilowatt-hours")]
    [InlineData("The plant uses 5 GWh.", "QUANTITY:5 GWh=5 GWh")]
    [InlineData("The charger delivers 350 kW.", "QUANTITY:350 kW=350 kW")]
    [InlineData("The pack stores 100kWh.", "QUANTITY:100kWh=100 kWh")]
    [InlineData("The pack weighs 500kg.", "QUANTITY:500kg=500 kg")]
    [InlineData("The range is 450 km.", "QUANTITY:450 km=450 km")]
    [InlineData("The truck hauls 40 tonnes.", "QUANTITY:40 tonnes=40 tonnes")]
    [InlineData("The motor delivers 300 horsepower.", "QUANTITY:300 horsepower=300 horsepower")]
    [InlineData("The plant covers 60 hectares.", "QUANTITY:60 hectares=60 hectares")]
    [InlineData("The campus covers 20,000 square metres.", "QUANTITY:20,000 square metres=20000 square metres")]
    [InlineData("Temperatures of 35 °C were recorded.", "QUANTITY:35 °C=35 °C")]
    [InlineData("The cell reached 35 °C.", "QUANTITY:35 °C=35 °C")]
    public void A_measured_amount(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The site employs 11 000 people.", "QUANTITY:11 000 people=11000 people")]
    [InlineData("The site employs 11\u00A0000 people.", "QUANTITY:11\u00A0000 people=11000 people")]
    [InlineData("The site employs 11\u2009000 people.", "QUANTITY:11\u2009000 people=11000 people")]
    [InlineData("The site employs 11\u202F000 people.", "QUANTITY:11\u202F000 people=11000 people")]
    public void Digit_groups_split_by_spaces(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The group built 1.2 million vehicles.", "QUANTITY:1.2 million vehicles=1200000 vehicles")]
    [InlineData("Ampere runs four industrial facilities.", "QUANTITY:four industrial facilities=4 industrial facilities")]
    [InlineData("The project creates 3,000 new jobs.", "QUANTITY:3,000 new jobs=3000 new jobs")]
    [InlineData("The group operates 11 sites.", "QUANTITY:11 sites=11 sites")]
    [InlineData("The plant has 2,500 employees.", "QUANTITY:2,500 employees=2500 employees")]
    [InlineData("The line makes 400,000 cars.", "QUANTITY:400,000 cars=400000 cars")]
    [InlineData("The network has 45 charging stations.", "QUANTITY:45 charging stations=45 charging stations")]
    [InlineData("Ampere aims to sell one million EVs.", "QUANTITY:one million EVs=1000000 EVs")]
    [InlineData("Some 5,000 workers joined.", "QUANTITY:5,000 workers=5000 workers")]
    [InlineData("Sixty robots were installed.", "QUANTITY:Sixty robots=60 robots")]
    [InlineData("The plant can build 300,000 electric cars.", "QUANTITY:300,000 electric cars=300000 electric cars")]
    [InlineData("The group plans 3 new plants.", "QUANTITY:3 new plants=3 new plants")]
    public void A_counted_noun(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The Model 3 is popular.", "")]
    [InlineData("Tesla shipped Model 3 cars to Europe.", "")]
    [InlineData("Dealers stocked more Model 3 vehicles.", "")]
    public void Near_misses_render_as_other_values(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The Model 3 is popular.")]
    [InlineData("The warranty lasts three years.")]
    [InlineData("The lease runs 12 months.")]
    [InlineData("Talks took five weeks.")]
    [InlineData("Ampere closed 5 of the plants.")]
    [InlineData("Two of the sites closed.")]
    public void Near_misses_are_not_quantities(string text) =>
        Assert.DoesNotContain("QUANTITY", Labels(text));
}
