using static FactExtractor.Tests.Facts.FactTestHelpers;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Less common phrasings of investments and production agreements, one construction per row: new verbs for putting
/// money in, rounds named by who secured or led them, actors after the amount, deals and choices of a contractor.
/// </summary>
public class PhrasingTests
{
    [Theory]
    [InlineData("Orvex Mobility has secured €200 million in fresh capital from Hillcrest Partners.", "investment:Hillcrest Partners>Orvex Mobility=200000000 EUR completed")]
    [InlineData("Tata Sons will infuse £500 million into Jaguar Land Rover.", "investment:Tata Sons>JLR=500000000 GBP planned")]
    [InlineData("Honda has allocated ¥1 trillion to EV production in Canada.", "investment:Honda>?=1000000000000 JPY completed")]
    [InlineData("SoftBank led a $1.05 billion round in Wayve.", "investment:SoftBank Group>Wayve=1050000000 USD completed")]
    [InlineData("Kessler Drive closed a $75 million Series A round co-led by Valmont Ventures and Ridge Capital. Founded in 2019, Kessler Drive makes e-axles.", "investment:Valmont Ventures+Ridge Capital>Kessler Drive=75000000 USD completed")]
    [InlineData("Toyota Tsusho acquired a 10% stake in Velora Motors for $120 million.", "investment:Toyota Tsusho>Velora Motors=120000000 USD completed")]
    [InlineData("Geely paid $3.3 billion for a stake in Volvo Cars.", "investment:Zhejiang Geely Holding Group>Volvo Cars=3300000000 USD completed")]
    [InlineData("The Kyushu plant received an investment of €300 million from Arvex Energy.", "investment:Arvex Energy>?=300000000 EUR completed")]
    [InlineData("Hoshino Motors' rival said nothing, but Hoshino's ¥50 billion investment in Kyushu Cells was approved.", "investment:Hoshino Motors>Kyushu Cells=50000000000 JPY planned")]
    public void Investment_phrasings(string text, string expected) => Assert.Equal(expected, Investments(text));

    [Theory]
    [InlineData("The startup valued itself at $2 billion after the round.")]
    [InlineData("Renault's market capitalisation rose to €15 billion.")]
    [InlineData("The move would save about $2 billion in capital spending.")]
    [InlineData("Volkswagen rules out a new battery stake.")]
    public void Not_investments(string text) => Assert.Equal(string.Empty, Investments(text));

    [Theory]
    [InlineData("Under a deal with Ineos, Magna Steyr will build the Grenadier in Graz.", "production:Magna Steyr>Ineos")]
    [InlineData("Lotus has chosen Valmet Automotive to build its roadster.", "production:Valmet Automotive>Lotus")]
    [InlineData("Suzuki sells the Toyota-built Swace in Europe.", "production:Toyota>Suzuki")]
    [InlineData("The Honda Prologue is built by General Motors in Mexico.", "production:General Motors>Honda")]
    [InlineData("Valmet Automotive has assembled Mercedes-Benz A-Class cars in Uusikaupunki.", "production:Valmet Automotive>Mercedes-Benz Group")]
    [InlineData("Renault will build the next Nissan Micra in France.", "production:Renault Group>Nissan")]
    [InlineData("Nissan will supply a rebadged Leaf to Mitsubishi.", "production:Nissan>Mitsubishi Motors")]
    public void Production_phrasings(string text, string expected) => Assert.StartsWith(expected, ProductionAgreements(text), System.StringComparison.Ordinal);

    // A company whose first word is also a model's name ("Kwid", "Zafira"): named in full after a company noun, its short
    // form is the company, not the model. A model after "the" gives no manufacturer.
    [Theory]
    [InlineData("Truck maker Kwid Veiculos Pesados has won an order. Kwid will also supply chassis to coachbuilder Marcolino Bus.", "production:Kwid Veiculos Pesados>Marcolino Bus")]
    [InlineData("The Brazilian coachbuilder Zafira Ônibus Urbanos opened a plant. Zafira will build buses for Transvia Mobilidade.", "production:Zafira Ônibus Urbanos>Transvia Mobilidade")]
    public void Production_by_a_company_whose_short_name_is_a_model(string text, string expected) =>
        Assert.StartsWith(expected, ProductionAgreements(text), System.StringComparison.Ordinal);

    [Fact]
    public void A_model_name_alone_makes_no_manufacturer() =>
        Assert.Equal(string.Empty, ProductionAgreements("Renault sells the Kwid Outsider in Brazil; the Kwid will also be supplied to dealers in Chile."));

    // A plant's town after "the first phase at", "the factory in" is no manufacturer: the company that owns the plant builds.
    [Theory]
    [InlineData("Korvath Energy opened its plant in 2023. The second line at Tarnowo makes pouch cells for Brenner Automobile.", "production:Korvath Energy>Brenner Automobile")]
    [InlineData("Tamsin Cathode has spent $400 million on the plant under construction in Bécancour. The factory in Bécancour will make cathode material for Ultium Cells.", "production:Tamsin Cathode>Ultium Cells")]
    public void A_plant_named_by_its_unknown_town_is_no_manufacturer(string text, string expected) =>
        Assert.StartsWith(expected, ProductionAgreements(text), System.StringComparison.Ordinal);

    [Fact]
    public void A_town_that_makes_nothing_for_anyone_gives_no_agreement() =>
        Assert.Equal(string.Empty, ProductionAgreements("The first phase at Ivancsa employs 900 people, and the second line at Tarnowo opens next year."));

    // An unlisted investor that opens a sentence with a verb of paying and an amount.
    [Theory]
    [InlineData("Orvex Mobility closed a €120m round. Marvik contributed €20m, the company said.", "investment:Marvik>?=20000000 EUR completed")]
    [InlineData("Orvex Mobility raised money from three backers. Tollund put in $15 million of that.", "investment:Tollund>?=15000000 USD completed")]
    public void An_unlisted_investor_opening_a_sentence(string text, string expected) => Assert.Equal(expected, Investments(text));

    [Fact]
    public void A_name_opening_a_sentence_without_paying_is_no_investor() =>
        Assert.Equal(string.Empty, Investments("Orvex Mobility said its shares fell. Marvik rose 3% to €20 on the news."));

    // An unlisted investee or investor introduced by an apposition whose company noun a place modifies.
    [Theory]
    [InlineData("Tarvo Capital will invest $50 million in Kelda Aero, the California air-taxi developer.", "investment:Tarvo Capital>Kelda Aero=50000000 USD planned")]
    [InlineData("Pontos, a Lisbon investor, has put €30 million into Orvex Mobility.", "investment:Pontos>Orvex Mobility=30000000 EUR completed")]
    public void Investments_of_names_described_by_a_place_and_a_company_noun(string text, string expected) => Assert.Equal(expected, Investments(text));

    [Fact]
    public void A_person_described_by_a_place_and_a_title_invests_nothing() =>
        Assert.Equal(string.Empty, Investments("Marta Lopes, a Lisbon analyst, said the round valued Orvex Mobility at €300 million."));

    // Foundations and regional governments named by a possessive or a level of government put money in.
    [Theory]
    [InlineData("The €90 million capital increase was fully subscribed by the Anna Vogel Stiftung.", "investment:Anna Vogel Stiftung>?=90000000 EUR completed")]
    [InlineData("Tamil Nadu's state government will contribute $35 million to the plant.", "investment:Tamil Nadu's state government>?=35000000 USD planned")]
    [InlineData("The Grand Est regional council will provide €4 million to Orvex Mobility.", "investment:Grand Est regional council>Orvex Mobility=4000000 EUR planned")]
    public void Investments_by_foundations_and_regional_governments(string text, string expected) => Assert.Equal(expected, Investments(text));

    [Fact]
    public void A_works_council_and_a_state_capital_invest_nothing() =>
        Assert.Equal(string.Empty, Investments("The works council met in Tamil Nadu. Tamil Nadu's state capital, Chennai, has 7 million people."));

    // A model named after the model it derives from ("the Doblò-based Combo") is no manufacturer.
    [Theory]
    [InlineData("For years Tarsa Otomotiv built the Doblò-based Combo for Opel.", "production:Tarsa Otomotiv>Opel")]
    [InlineData("Koru Motor builds the Transit-based Kestrel van for Ford.", "production:Koru Motor>Ford Motor Company")]
    public void A_derived_model_is_no_manufacturer(string text, string expected) => Assert.Equal(expected, ProductionAgreements(text));

    [Fact]
    public void A_derived_model_without_a_builder_gives_no_agreement() =>
        Assert.Equal(string.Empty, ProductionAgreements("The Doblò-based Combo was sold by Opel dealers for a decade."));

    // Unlisted investors named beside a known company.
    [Theory]
    [InlineData("Kelvar and Stellantis will invest €2 billion in a battery plant in Kenitra.", "investment:Kelvar+Stellantis>battery plant in Kenitra=2000000000 EUR planned")]
    [InlineData("Torvane Capital, Stellantis and Marvik each put in €20 million.",
        "investment:Torvane Capital>?=20000000 EUR completed || investment:Stellantis>?=20000000 EUR completed || investment:Marvik>?=20000000 EUR completed")]
    [InlineData("In Japan, Honda and GS Yuasa plan to invest 434.1 billion yen in cell production.", "investment:Honda+GS Yuasa>?=434100000000 JPY planned")]
    [InlineData("Renault and LX Pantos will invest €50 million in a logistics hub.", "investment:Renault Group+LX Pantos>logistics hub=50000000 EUR planned")]
    public void Unlisted_investors_joined_to_a_known_company(string text, string expected) => Assert.Equal(expected, Investments(text));

    [Fact]
    public void A_lone_acronym_beside_a_known_company_is_no_co_investor() =>
        Assert.DoesNotContain("GS", Investments("Toyota and GS will invest €50 million in a plant."), System.StringComparison.Ordinal);

    [Fact]
    public void A_town_before_a_company_is_no_co_investor() =>
        Assert.Equal("investment:Stellantis>?=200000000 EUR completed", Investments("At Ranjangaon, Stellantis has invested €200 million."));

    // A town named after an opening "At"/"In" and a comma is no manufacturer when it later opens a sentence; the company
    // named in the sentence builds.
    [Theory]
    [InlineData("At Velkora, outside Plzeň, Kestrel Motors builds vans for Halden Motors.", "production:Kestrel Motors>Halden Motors")]
    [InlineData("In Tarnowo, the work goes on. Tarnowo makes cells for Brenner Automobile, and Korvath Energy will build packs for Brenner Automobile there.", "production:Korvath Energy>Brenner Automobile")]
    public void A_town_opening_a_sentence_is_no_manufacturer(string text, string expected)
    {
        string facts = ProductionAgreements(text);
        Assert.StartsWith(expected, facts, System.StringComparison.Ordinal);
        Assert.DoesNotContain("production:Velkora", facts, System.StringComparison.Ordinal);
        Assert.DoesNotContain("production:Tarnowo", facts, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_town_that_builds_for_a_company_gives_no_agreement() =>
        Assert.Equal(string.Empty, ProductionAgreements("At Velkora, outside Plzeň, the mood is calm. Velkora builds vans for Halden Motors, the plant manager said."));

    // A round led by a financier whose name holds a place's.
    [Theory]
    [InlineData("Voltaro closed a $40 million funding round led by General Atlantic.", "investment:General Atlantic>Voltaro=40000000 USD completed")]
    [InlineData("Voltaro closed a €40 million round led by Royal London.", "investment:Royal London>Voltaro=40000000 EUR completed")]
    public void A_round_led_by_a_financier_named_with_a_place(string text, string expected) => Assert.Equal(expected, Investments(text));

    [Fact]
    public void A_round_led_by_a_person_with_a_title_has_no_title_investor() =>
        Assert.DoesNotContain("General", Investments("Voltaro closed a €40 million round led by General Manager Anna Berg."), System.StringComparison.Ordinal);

    // Unlisted towns written with their country ("Tarnowo, Poland") are sites of a list.
    [Theory]
    [InlineData("Kelvar Drive makes axles at two plants, in Tarnowo, Poland, and in Velkora, Czechia.", "sites:Kelvar Drive[Tarnowo,Velkora]#2")]
    [InlineData("Kelvar Drive operates three plants: Tarnowo, Poland; Velkora, Czechia; and Győr, Hungary.", "sites:Kelvar Drive[Tarnowo,Velkora,Győr]#3")]
    public void Unlisted_towns_with_their_country_are_sites(string text, string expected) => Assert.Equal(expected, SiteLists(text));

    [Fact]
    public void A_company_before_its_country_s_possessive_is_no_site() =>
        Assert.Equal(string.Empty, SiteLists("Kelvar, Sweden's largest supplier, builds axles in Gothenburg."));

    // A company that is "to follow" the customer of a supply receives the same goods; a described subject ("the battery
    // maker") is found past a relative clause and a verb of intent.
    [Theory]
    [InlineData("Work on the Borvik Energy plant in Kaunas is nearing completion. The battery maker, which is investing €2 billion in the site, expects to ship its first cells from Kaunas to Renault early next year, with Volvo Cars to follow later in 2026.",
        "production:Borvik Energy>Renault Group", "production:Borvik Energy>Volvo Cars")]
    [InlineData("Kelvar Cells will deliver battery packs to Kia from March, with Hyundai following in the autumn.",
        "production:Kelvar Cells>Kia", "production:Kelvar Cells>Hyundai Motor Company")]
    [InlineData("Mazda confirmed the deal. Work began on the Borvik Energy plant in Kaunas. The Lithuanian battery maker, which employs 900 people, plans to ship cells to Renault in May.",
        "production:Borvik Energy>Renault Group", null)]
    public void Customers_to_follow_a_supply(string text, string first, string? second)
    {
        string facts = ProductionAgreements(text);
        Assert.Contains(first, facts, System.StringComparison.Ordinal);
        if (second is not null)
        {
            Assert.Contains(second, facts, System.StringComparison.Ordinal);
        }

        Assert.DoesNotContain("production:Mazda", facts, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kelvar Cells will deliver battery packs to Kia from March, with Hyundai still undecided.", "Hyundai")]
    [InlineData("Borvik Energy builds cells in Kaunas, with Renault to follow.", "Renault")]
    public void A_company_not_following_a_supply_is_no_customer(string text, string company) =>
        Assert.DoesNotContain(company, ProductionAgreements(text), System.StringComparison.Ordinal);

    // "One builds …, the other …": two lines of a plant split between two brands; the company spoken of before builds for
    // each brand.
    [Theory]
    [InlineData("Kessler Auto Works runs a plant in Tarnowo with two lines. One builds the Renault Clio, the other the Nissan Micra.",
        "production:Kessler Auto Works>Renault Group", "production:Kessler Auto Works>Nissan")]
    [InlineData("Halvern Assembly is a fifty-fifty company. Renault and Nissan each own half of it. One line turns out the Clio for us; the other assembles the Micra for Nissan.",
        "production:Halvern Assembly>Renault Group", "production:Halvern Assembly>Nissan")]
    public void Lines_split_between_two_brands(string text, string first, string second)
    {
        string facts = ProductionAgreements(text);
        Assert.Contains(first, facts, System.StringComparison.Ordinal);
        Assert.Contains(second, facts, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Renault and Nissan compete hard. One builds the Renault Clio, the other the Nissan Micra.")]
    [InlineData("Toyota has two lines in Kentucky. One builds the Camry, the other the Lexus ES.")]
    public void Lines_of_rivals_or_of_one_group_give_no_agreement(string text) => Assert.Equal(string.Empty, ProductionAgreements(text));

    // The company that won an order from another builds for it (after a headline, which restates deals).
    [Theory]
    [InlineData("Supplier news\n\nKessler Plastics said it had won an order from Renault to mould bumper parts for an electric model.", "production:Kessler Plastics>Renault Group")]
    [InlineData("Supplier news\n\nKelvar Seating has landed a contract from Kia for seat frames.", "production:Kelvar Seating>Kia")]
    [InlineData("Supplier news\n\nKessler Plastics has secured orders from Hyundai to supply door panels.", "production:Kessler Plastics>Hyundai Motor Company")]
    public void Order_won_from_a_customer(string text, string expected) => Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    [InlineData("Supplier news\n\nKessler Plastics did not win an order from Renault.")]
    [InlineData("Supplier news\n\nKessler Plastics said the order from Renault was a signal.")]
    [InlineData("Kessler Plastics wins orders from Renault")]
    public void No_order_won_gives_no_agreement(string text) => Assert.Equal(string.Empty, ProductionAgreements(text));

    // The workforce of a town's plant stands for the plant; its owner (also named as "the X plant in <town>") builds.
    [Theory]
    [InlineData("Kelvar Motors runs a plant in Győr. The Győr workers will build military trucks for Rheinmetall, the defence group.", "production:Kelvar Motors>Rheinmetall")]
    [InlineData("The last Porsche has left the Volkswagen plant in Osnabrück. One option would see the Osnabrück workforce assemble vans for Renault.", "production:Volkswagen Group>Renault Group")]
    [InlineData("Halden Motors operates a factory in Zwickau. The Zwickau workforce will also assemble battery packs for Kia.", "production:Halden Motors>Kia")]
    public void A_town_s_workforce_builds_for_a_customer(string text, string expected) => Assert.Contains(expected, ProductionAgreements(text), System.StringComparison.Ordinal);

    [Theory]
    [InlineData("Volkswagen runs a plant in Osnabrück. The Osnabrück workforce will not assemble vans for Renault.")]
    [InlineData("Volkswagen runs a plant in Osnabrück. The Osnabrück workforce protested for Renault jobs.")]
    public void A_workforce_that_builds_nothing_gives_no_agreement(string text) => Assert.Equal(string.Empty, ProductionAgreements(text));

    // Parts built for a brand's vehicle ("the packs that power the Iveco eDaily") are built for the brand.
    [Theory]
    [InlineData("Kelvar Energy runs a plant in Pinerolo. The Pinerolo site will also assemble the battery packs that power the Iveco eDaily electric van.", "production:Kelvar Energy>Iveco Group")]
    [InlineData("Kelvar Energy will build the seats that go into the Renault Master van.", "production:Kelvar Energy>Renault Group")]
    [InlineData("Halden Components makes the drive units that equip the Kia EV3.", "production:Halden Components>Kia")]
    public void Parts_that_power_a_brand_s_vehicle(string text, string expected) => Assert.Contains(expected, ProductionAgreements(text), System.StringComparison.Ordinal);

    [Theory]
    [InlineData("Kelvar Energy will build the battery packs that power its own scooters.")]
    [InlineData("Kelvar Energy said the cells that power the Iveco eDaily come from China.")]
    public void Parts_without_a_builder_for_another_brand_give_no_agreement(string text) => Assert.Equal(string.Empty, ProductionAgreements(text));

    // "X confirmed that Y will provide P for its models": "its" stands for the company reporting the supply.
    [Theory]
    [InlineData("Separately, Kia confirmed that Borvik Energy will provide cylindrical cells for its Korean-built electric models from 2027.", "production:Borvik Energy>Kia")]
    [InlineData("Renault said Kelvar Seating would make the seats for its new vans.", "production:Kelvar Seating>Renault Group")]
    public void Supplies_for_the_reporter_s_own_models(string text, string expected) => Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    [InlineData("Kia said Borvik Energy will not supply battery packs for its European models.")]
    [InlineData("Kia said Borvik Energy has raised money for its expansion.")]
    public void No_supply_for_the_reporter_gives_no_agreement(string text) => Assert.Equal(string.Empty, ProductionAgreements(text));

    // "for the carmaker" stands for the carmaker named last, in the sentence or the one before.
    [Theory]
    [InlineData("The other sits inside Kia's plant near Žilina, where Borvik Energy has produced cells for the carmaker since 2017.", "production:Borvik Energy>Kia@Žilina")]
    [InlineData("Renault opened a hall in Douai. Kelvar Seating makes seats for the carmaker there.", "production:Kelvar Seating>Renault Group")]
    public void For_the_carmaker_named_before(string text, string expected) => Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    [InlineData("Borvik Energy makes cells for the carmaker in Douai.")]
    [InlineData("Renault opened a hall in Douai. Borvik Energy will not make cells for the carmaker.")]
    public void For_the_carmaker_without_one_named_gives_no_agreement(string text) => Assert.Equal(string.Empty, ProductionAgreements(text));

    // A report named after the statement it attributes ("…, Korean media reported") denies nothing; a report that is called
    // wrong, or a denial, still does.
    [Theory]
    [InlineData("Borvik Energy has won an order to supply prismatic cells to Renault, Korean media reported, citing a filing that did not name the customer.", "production:Borvik Energy>Renault Group")]
    [InlineData("Kelvar Seating will supply seats to Kia, the Nikkei reported.", "production:Kelvar Seating>Kia")]
    public void A_trailing_attribution_keeps_the_deal(string text, string expected) => Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    [InlineData("Reports that Borvik Energy will supply cells to Renault were wrong.")]
    [InlineData("Borvik Energy will supply cells to Renault, as a newspaper had reported, but the company denied it.")]
    public void A_report_called_wrong_gives_no_agreement(string text) => Assert.Equal(string.Empty, ProductionAgreements(text));
}
