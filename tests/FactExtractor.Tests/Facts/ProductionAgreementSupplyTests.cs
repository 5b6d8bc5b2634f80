using static FactExtractor.Tests.Facts.FactTestHelpers;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Production agreements stated as supply ("provides cells to Y", "Y's packs come from X") and as deals that ended
/// ("output of P for Y is ending"): the supplier builds, the company that receives the goods is the customer.
/// </summary>
public class ProductionAgreementSupplyTests
{
    [Theory]
    // "X provides P to Y", "X provides Y with P", "X provides most of Y's P", "P used in Y's packs are provided by X".
    [InlineData("Korvane Cells provides battery modules to Halvard Motors from its plant in Debrecen.", "production:Korvane Cells>Halvard Motors@Debrecen")]
    [InlineData("Korvane Cells will provide Halvard Motors with e-axles for its delivery vans.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells provides most of Halvard Motors' battery cells.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("The cells used in Halvard Motors' packs are provided by Korvane Cells.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells provides electric motors and inverters to Halvard Motors.", "production:Korvane Cells>Halvard Motors")]
    // Not goods: funding, support or software provided.
    [InlineData("Nordbank provides funding to Halvard Motors.", "")]
    [InlineData("Korvane Cells provides Halvard Motors with engineering support.", "")]
    [InlineData("Korvane Cells provides most of Halvard Motors' software.", "")]
    public void A_company_that_provides_goods_to_another_builds_for_it(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));
}
