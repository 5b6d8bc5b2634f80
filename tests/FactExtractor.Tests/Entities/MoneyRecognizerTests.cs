using static FactExtractor.Tests.Entities.ValueEntityTestHelpers;

namespace FactExtractor.Tests.Entities;

/// <summary>MONEY: amounts normalised to a number in units and an ISO 4217 code.</summary>
public class MoneyRecognizerTests
{
    [Theory]
    [InlineData("Nissan will invest €600 million in the venture.", "MONEY:€600 million=600000000 EUR")]
    [InlineData("Revenue reached $4.33 billion.", "MONEY:$4.33 billion=4330000000 USD")]
    [InlineData("Revenue reached $4.33bn.", "MONEY:$4.33bn=4330000000 USD")]
    [InlineData("InoBat closed a EUR100 million round.", "MONEY:EUR100 million=100000000 EUR")]
    [InlineData("It will spend GBP18.5m.", "MONEY:GBP18.5m=18500000 GBP")]
    [InlineData("The deal is worth £1.2bn.", "MONEY:£1.2bn=1200000000 GBP")]
    [InlineData("Toyota booked ¥300 billion.", "MONEY:¥300 billion=300000000000 JPY")]
    [InlineData("Tata pledged ₹5,000 crore.", "MONEY:₹5,000 crore=50000000000 INR")]
    [InlineData("Kia will spend ₩300 billion.", "MONEY:₩300 billion=300000000000 KRW")]
    [InlineData("The grant is worth €1.5 billion.", "MONEY:€1.5 billion=1500000000 EUR")]
    [InlineData("The garage charged £500,000.", "MONEY:£500,000=500000 GBP")]
    [InlineData("Tickets cost $800.", "MONEY:$800=800 USD")]
    [InlineData("Debt reached $2.5 trillion.", "MONEY:$2.5 trillion=2500000000000 USD")]
    public void A_currency_sign_before_the_amount(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Ampere got €600m.", "MONEY:€600m=600000000 EUR")]
    [InlineData("Ampere got €85m.", "MONEY:€85m=85000000 EUR")]
    [InlineData("The supplier booked £40k.", "MONEY:£40k=40000 GBP")]
    [InlineData("The rival raised $3bn.", "MONEY:$3bn=3000000000 USD")]
    public void A_magnitude_glued_to_the_number(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    // South African rand: "R" glued to the amount, with a magnitude; model names are no money.
    [InlineData("Rheintal paid R620 million for the stake.", "MONEY:R620 million=620000000 ZAR")]
    [InlineData("The lender added R1.2bn.", "MONEY:R1.2bn=1200000000 ZAR")]
    [InlineData("The IDC will lend R400m more.", "MONEY:R400m=400000000 ZAR")]
    [InlineData("Rivian sold the R1 and the R2 vans.", "")]
    [InlineData("The R8 costs more.", "")]
    public void Rand_glued_to_the_amount(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    // A magnitude joined by a hyphen; currencies of East Africa, West Africa and Central Asia; a range keeps its dash.
    [InlineData("Deccan Cell closed a Rs 2,400-crore round.", "MONEY:Rs 2,400-crore=24000000000 INR")]
    [InlineData("It took a $5-million loan.", "MONEY:$5-million=5000000 USD")]
    [InlineData("Hualong will spend 1.4 billion Kenyan shillings.", "MONEY:1.4 billion Kenyan shillings=1400000000 KES")]
    [InlineData("Kori raised 2 billion naira.", "MONEY:2 billion naira=2000000000 NGN")]
    [InlineData("The plant cost 900 billion soum.", "MONEY:900 billion soum=900000000000 UZS")]
    [InlineData("The line costs $1-2 billion.", "MONEY:$1-2 billion=1000000000-2000000000 USD")]
    [InlineData("The Swedish agency granted Nordvik 120 million crowns.", "MONEY:120 million crowns=120000000 SEK")]
    [InlineData("The Czech plant in Ostrava will cost 38 billion crowns, the Czech government said.", "MONEY:38 billion crowns=38000000000 CZK")]
    [InlineData("It paid 900 million Danish crowns.", "MONEY:900 million Danish crowns=900000000 DKK")]
    public void Hyphenated_magnitudes_and_more_currencies(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The fund holds USD 2bn.", "MONEY:USD 2bn=2000000000 USD")]
    [InlineData("The fund holds USD 2 bn.", "MONEY:USD 2 bn=2000000000 USD")]
    [InlineData("The bank lent CNY 10 billion.", "MONEY:CNY 10 billion=10000000000 CNY")]
    [InlineData("The bank lent RMB 5 billion.", "MONEY:RMB 5 billion=5000000000 CNY")]
    [InlineData("Roche paid CHF 180 million.", "MONEY:CHF 180 million=180000000 CHF")]
    [InlineData("The ministry granted PLN 250 million.", "MONEY:PLN 250 million=250000000 PLN")]
    [InlineData("The bank offered EUR 300 million.", "MONEY:EUR 300 million=300000000 EUR")]
    [InlineData("Tata pledged Rs 5,000 crore.", "MONEY:Rs 5,000 crore=50000000000 INR")]
    [InlineData("Tata pledged Rs. 2,000 crore.", "MONEY:Rs. 2,000 crore=20000000000 INR")]
    [InlineData("Tata pledged Rs 5,000 crore rupees.", "MONEY:Rs 5,000 crore rupees=50000000000 INR")]
    [InlineData("Tata pledged Rs 5,00,000.", "MONEY:Rs 5,00,000=500000 INR")]
    public void A_currency_code_before_the_amount(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The bid valued the firm at HK$41 billion.", "MONEY:HK$41 billion=41000000000 HKD")]
    [InlineData("The startup raised US$5 million.", "MONEY:US$5 million=5000000 USD")]
    [InlineData("The province pledged C$2bn.", "MONEY:C$2bn=2000000000 CAD")]
    [InlineData("The miner paid A$700 million.", "MONEY:A$700 million=700000000 AUD")]
    public void A_dollar_sign_with_a_country_prefix(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The group spent 4.1 billion euros.", "MONEY:4.1 billion euros=4100000000 EUR")]
    [InlineData("The plant cost 1.8 billion euro.", "MONEY:1.8 billion euro=1800000000 EUR")]
    [InlineData("The state offered two billion dollars.", "MONEY:two billion dollars=2000000000 USD")]
    [InlineData("Toyota will spend 300 billion yen.", "MONEY:300 billion yen=300000000000 JPY")]
    [InlineData("The factory received 250 million złoty.", "MONEY:250 million złoty=250000000 PLN")]
    [InlineData("Hyundai will invest 300 billion won.", "MONEY:300 billion won=300000000000 KRW")]
    [InlineData("Ulsan pledged 20 billion won in subsidies.", "MONEY:20 billion won=20000000000 KRW")]
    [InlineData("It raised 45 billion won by selling bonds.", "MONEY:45 billion won=45000000000 KRW")]
    [InlineData("The startup raised a billion dollars.", "MONEY:a billion dollars=1000000000 USD")]
    [InlineData("The club paid 50 million pounds sterling.", "MONEY:50 million pounds sterling=50000000 GBP")]
    [InlineData("The loan totals 2 billion USD.", "MONEY:2 billion USD=2000000000 USD")]
    [InlineData("Tata pledged 5,000 crore rupees.", "MONEY:5,000 crore rupees=50000000000 INR")]
    [InlineData("Volvo saved 900 million kronor.", "MONEY:900 million kronor=900000000 SEK")]
    public void A_currency_word_after_the_amount(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The company raised 5 billion US dollars.", "MONEY:5 billion US dollars=5000000000 USD")]
    [InlineData("The bank lent 3 billion Swiss francs.", "MONEY:3 billion Swiss francs=3000000000 CHF")]
    [InlineData("The province offered 500 million Canadian dollars.", "MONEY:500 million Canadian dollars=500000000 CAD")]
    [InlineData("The fund raised 40 million Australian dollars.", "MONEY:40 million Australian dollars=40000000 AUD")]
    [InlineData("Sony paid 10 billion Japanese yen.", "MONEY:10 billion Japanese yen=10000000000 JPY")]
    [InlineData("The mall sold for 80 million Hong Kong dollars.", "MONEY:80 million Hong Kong dollars=80000000 HKD")]
    [InlineData("Foxtron raised 5 billion New Taiwan dollars in a capital increase.", "MONEY:5 billion New Taiwan dollars=5000000000 TWD")]
    [InlineData("The ministry approved a 48-million-euro package.", "MONEY:48-million-euro=48000000 EUR")]
    [InlineData("GM took a 2.4-billion-dollar loan.", "MONEY:2.4-billion-dollar=2400000000 USD")]
    [InlineData("A 5-million-strong fleet and a 48-million-year-old rock.", "")]
    public void A_qualified_currency_word_after_the_amount(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The bill will be $1-2 billion.", "MONEY:$1-2 billion=1000000000-2000000000 USD")]
    [InlineData("Analysts see $1bn-$2bn in savings.", "MONEY:$1bn-$2bn=1000000000-2000000000 USD")]
    [InlineData("The cost is 3-4 billion euros.", "MONEY:3-4 billion euros=3000000000-4000000000 EUR")]
    [InlineData("The bill could reach €500 million-€1 billion.", "MONEY:€500 million-€1 billion=500000000-1000000000 EUR")]
    [InlineData("Nissan will invest €1.5bn-2bn.", "MONEY:€1.5bn-2bn=1500000000-2000000000 EUR")]
    public void A_range_keeps_both_bounds(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Fact]
    public void A_coin_denomination_is_claimed_by_one_mention_and_never_misvalued()
    {
        // The spec leaves "2 euro coins" open: MONEY "2 euro" (2 EUR) or a QUANTITY of "euro coins"; both start at "2".
        const string text = "They minted new 2 euro coins.";
        var document = Extract(text);

        var mention = Assert.Single(document.Entities);
        Assert.Equal(text.IndexOf('2', System.StringComparison.Ordinal), mention.Start);
        Assert.Contains(mention.Label, new[] { FactExtractor.Entities.EntityLabel.Money, FactExtractor.Entities.EntityLabel.Quantity });
        if (mention.Value is FactExtractor.Entities.MoneyValue money)
        {
            Assert.Equal(new FactExtractor.Entities.MoneyValue(2m, "EUR"), money);
        }
    }

    [Fact]
    public void A_range_amount_is_its_upper_bound()
    {
        var document = Extract("The bill will be $1-2 billion.");

        var mention = Assert.Single(document.Entities);
        var money = Assert.IsType<FactExtractor.Entities.MoneyValue>(mention.Value);
        Assert.Equal(2_000_000_000m, money.Amount);
        Assert.Equal(1_000_000_000m, money.Low);
        Assert.Equal(2_000_000_000m, money.High);
        Assert.Equal("USD", money.Currency);
    }

    [Fact]
    public void A_single_amount_has_no_bounds()
    {
        var document = Extract("Nissan will invest €600 million in the venture.");

        var money = Assert.IsType<FactExtractor.Entities.MoneyValue>(Assert.Single(document.Entities).Value);
        Assert.Equal(new FactExtractor.Entities.MoneyValue(600_000_000m, "EUR"), money);
        Assert.Null(money.Low);
        Assert.Null(money.High);
    }

    [Theory]
    [InlineData("The Model 3 costs less.", "")]
    [InlineData("The group sold 600 million vehicles.", "QUANTITY:600 million vehicles=600000000 vehicles")]
    [InlineData("The USD rate fell.", "")]
    [InlineData("The one won by Kim sold fast.", "")]
    [InlineData("The euro rose.", "")]
    public void Near_misses_render_as_other_values(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("He won three races.")]
    [InlineData("Only two won medals.")]
    [InlineData("The one won by Kim sold fast.")]
    [InlineData("Seven drivers won titles.")]
    public void The_verb_won_after_a_number_word_is_not_money(string text) =>
        Assert.DoesNotContain("MONEY", Labels(text));

    [Theory]
    [InlineData("Nissan will invest €600 million in 2024.", "MONEY:€600 million=600000000 EUR | DATE:2024=2024")]
    [InlineData("Profit fell 12% to $4.33bn.", "PERCENT:12%=12 | MONEY:$4.33bn=4330000000 USD")]
    [InlineData("Ampere got €600m and Nissan £200m.", "MONEY:€600m=600000000 EUR | MONEY:£200m=200000000 GBP")]
    [InlineData("Revenue was €4.1 billion ($4.4 billion).", "MONEY:€4.1 billion=4100000000 EUR | MONEY:$4.4 billion=4400000000 USD")]
    [InlineData("The deal, worth 1.2 billion euros ($1.3bn), closed.", "MONEY:1.2 billion euros=1200000000 EUR | MONEY:$1.3bn=1300000000 USD")]
    public void Money_among_other_values(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    // Fractions of a magnitude written in words, and "Re", the singular of "Rs".
    [InlineData("Magna intends to spend about a half billion euros.", "MONEY:a half billion euros=500000000 EUR")]
    [InlineData("Toyota will spend a quarter of a billion dollars.", "MONEY:a quarter of a billion dollars=250000000 USD")]
    [InlineData("Maruti would invest Re 18,000 crore on a new unit.", "MONEY:Re 18,000 crore=180000000000 INR")]
    public void Fractions_in_words_and_the_singular_rupee(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
