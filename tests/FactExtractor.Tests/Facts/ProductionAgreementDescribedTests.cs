using static FactExtractor.Tests.Facts.FactTestHelpers;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Production agreements whose parties the text describes instead of naming: "for the venture", "for its Chinese partner",
/// "Last year the group built …". A description stands for the nearest earlier company it fits; with none, nothing.
/// </summary>
public class ProductionAgreementDescribedTests
{
    [Theory]
    // "for the venture", "for the alliance": the joint venture (by the lexicon) or the organisation whose name holds the noun.
    [InlineData("Stellantis, Mercedes-Benz and TotalEnergies own Automotive Cells Company. Umicore will make cathode material for the venture in Poland.",
        "production:Umicore>Automotive Cells Company")]
    [InlineData("Umicore has signed a contract with Automotive Cells Company. The Belgian group will make cathode material for the venture in Poland.",
        "production:Umicore>Automotive Cells Company")]
    [InlineData("Members of the Renault-Nissan-Mitsubishi Alliance share platforms. Magna will build electric axles for the alliance in Graz.",
        "production:Magna International>Renault-Nissan-Mitsubishi Alliance@Graz")]
    [InlineData("Seres and Huawei belong to the Harmony Intelligent Mobility Alliance. Seres assembles the Aito M7 for the alliance in Chongqing.",
        "production:Seres Group>Harmony Intelligent Mobility Alliance@Chongqing")]
    // Near misses: no venture or alliance named before.
    [InlineData("Umicore will make cathode material for the venture in Poland.", "")]
    [InlineData("Toyota and Subaru share engines. Denso makes inverters for the alliance in Aichi.", "")]
    public void A_collective_noun_stands_for_the_venture_or_alliance_named_before(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "for its Chinese partner": the brand of the model built where its country fits, else the company of that country named last.
    [InlineData("Renault holds a stake in Geely. Last year the group built small vans for its Chinese partner in Busan.",
        "production:Renault Group>Zhejiang Geely Holding Group@Busan")]
    [InlineData("Mazda works with Toyota on hybrids. Last year the company built the Yaris Cross for its Japanese partner at Hofu.",
        "production:Mazda>Toyota@Hofu")]
    // Near miss: no company of that country named.
    [InlineData("Renault holds a stake in Geely. Last year the group built small vans for its Korean partner in Busan.", "")]
    public void Its_partner_of_a_nationality_is_the_company_of_that_country(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Last year the group briefly assembled …": a described subject after a fronted date, with an adverb before the verb.
    [InlineData("Stellantis owns a fifth of Leapmotor. In 2024 the group briefly assembled electric city cars for Leapmotor at Tychy.",
        "production:Stellantis>Leapmotor@Tychy")]
    [InlineData("Magna Steyr opened a second hall in Graz. Last year the company initially built small SUVs for Fisker there.",
        "production:Magna Steyr>Fisker")]
    // Near miss: the group builds its own cars.
    [InlineData("Stellantis opened a plant in Kenitra. In 2024 the group briefly assembled its own city cars at Kenitra.", "")]
    public void A_described_subject_after_a_fronted_date_builds(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "built the off-roader for the Stuttgart carmaker": an object naming only a kind of vehicle is the model the sentence
    // before named; its brand is the described customer, where the nationality (if any) fits.
    [InlineData("Valmet Automotive's longest contract was the Porsche 718 Boxster. The Finnish company built the sports car for the Stuttgart brand until 2019.",
        "production:Valmet Automotive>Porsche")]
    [InlineData("The BMW X3 is the most important model at the site. Magna Steyr has built the SUV for the Munich carmaker since 2003.",
        "production:Magna Steyr>BMW Group")]
    // Near misses: no model named before; a nationality the model's brand does not have.
    [InlineData("Valmet Automotive opened its Uusikaupunki plant in 1969. The Finnish company built the sports car for the Stuttgart brand until 2019.", "")]
    [InlineData("The BMW X3 is the most important model at the site. Magna Steyr has built the SUV for the Japanese carmaker since 2003.", "")]
    public void A_vehicle_described_as_object_is_the_model_named_before(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "builds the X and its twin, the Y, for the two carmakers", "… as well as the X and the Y for sister brands": the brands
    // of the models listed as the object, each one not the builder's own.
    [InlineData("Subaru's Gunma plant builds the Subaru BRZ and its twin, the Toyota GR86, for the two carmakers.", "production:Subaru>Toyota")]
    [InlineData("Volkswagen's Emden plant assembles the ID.4 as well as the Skoda Enyaq and the Audi Q4 e-tron for sister brands.",
        "production:Volkswagen Group>Škoda@Emden || production:Volkswagen Group>Audi@Emden")]
    [InlineData("Valmet Automotive runs a plant in Uusikaupunki. Uusikaupunki turns out vans for Fisker, and the plant builds the Porsche Boxster and its twin, the Mercedes-Benz A-Class, for the two carmakers.",
        "production:Valmet Automotive>Fisker@Uusikaupunki || production:Valmet Automotive>Porsche@Uusikaupunki || production:Valmet Automotive>Mercedes-Benz Group@Uusikaupunki")]
    // Near misses: only the builder's own models; no model listed.
    [InlineData("Volkswagen's Emden plant assembles the ID.4 and the ID.7 for other brands.", "")]
    [InlineData("Toyota's Tsutsumi plant builds small cars for the two carmakers.", "")]
    public void A_plural_description_stands_for_the_brands_of_the_listed_models(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "which the joint venture assembles for Y": a venture as the subject is the last joint venture (by the lexicon) named.
    [InlineData("Tofaş has long been one of Turkey's biggest exporters. The Doblo van, which the joint venture assembles for Opel in Bursa, sells well.",
        "production:Tofaş>Opel@Bursa")]
    [InlineData("Dongfeng Nissan opened a new line last year. The Venucia sedan, which the venture builds for Renault, shares its platform.",
        "production:Dongfeng Nissan>Renault Group")]
    // Near miss: no venture named.
    [InlineData("The Doblo van, which the joint venture assembles for Opel in Bursa, sells well.", "")]
    public void The_venture_as_subject_is_the_joint_venture_named_before(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "the plant will add a hybrid model for sister brand Y", "It will add vehicles for Y": a plant or company adding a vehicle for another.
    [InlineData("Hyundai's Ulsan plant will add a compact SUV for sister brand Kia next year.", "production:Hyundai Motor Company>Kia@Ulsan")]
    [InlineData("Magna Steyr runs a large plant in Graz. It will add electric SUVs for Chery from 2026 and, later, a small van for Fisker.",
        "production:Magna Steyr>Chery || production:Magna Steyr>Fisker")]
    [InlineData("Magna Steyr runs a plant in Graz. The plant will add a compact SUV for XPeng and, later, a vehicle for GAC.",
        "production:Magna Steyr>XPeng || production:Magna Steyr>GAC Group")]
    [InlineData("Stellantis and Leapmotor formed Leapmotor International in 2023. The Zaragoza plant will add a compact SUV for the venture and, later, a van for Fiat.",
        "production:Stellantis>Leapmotor International@Zaragoza || production:Stellantis>Fiat@Zaragoza")]
    // Near misses: no vehicle added; a model, not a company, after "for".
    [InlineData("Magna Steyr runs a large plant in Graz. The plant will add 300 jobs for Chery.", "")]
    [InlineData("Kia's plant in Georgia will add a third shift for the EV9.", "")]
    public void A_vehicle_added_for_another_company(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "where the group plans to build P for its partner": a described subject after "where", past a verb of intention.
    [InlineData("Renault and Nissan renewed their alliance this year. Output will double in Chennai, where the group plans to build the Nissan Magnite for its partner.",
        "production:Renault Group>Nissan@Chennai")]
    [InlineData("Stellantis owns a fifth of Leapmotor. The group intends to build the Leapmotor C10 for its partner in Zaragoza.", "production:Stellantis>Leapmotor@Zaragoza")]
    // Near misses: the builder's own model "for its partner"; a possessive after the partner.
    [InlineData("Toyota owns a fifth of Subaru. The group plans to build the Corolla for its partner.", "")]
    [InlineData("Toyota owns a fifth of Subaru. Toyota plans to build the Corolla for its partner's dealers.", "")]
    public void A_described_builder_that_plans_to_build_for_its_partner(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "builds P for the German brand and the Q and R for Y": a second object, a list of models, shares the verb however long it is.
    [InlineData("Valmet Automotive assembles the Porsche Boxster and Cayman for the German brand and the Mercedes-Benz GLC and EQA for Daimler at Uusikaupunki.",
        "production:Valmet Automotive>Porsche@Uusikaupunki || production:Valmet Automotive>Daimler@Uusikaupunki")]
    [InlineData("Magna Steyr builds the Jaguar E-Pace for the British carmaker and the Toyota GR Supra and GR86 for Toyota in Graz.",
        "production:Magna Steyr>JLR@Graz || production:Magna Steyr>Toyota@Graz")]
    // Near miss: markets, not companies, after "for".
    [InlineData("Toyota builds the Toyota Corolla for Europe and the Toyota Yaris and Aygo for Asian markets in Valenciennes.", "")]
    public void A_gapped_object_listing_models_shares_the_verb(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X, the car plant … . … . The site, built with … from A and B, assembles P for Y": a plant subject before an aside is the
    // company the text named as a plant up to three sentences before, not a name inside the aside.
    [InlineData("Mazda Toyota Manufacturing, the car plant the two companies run in Alabama, opened in 2021. Both partners share its costs. The site, built with $2.3 billion from Toyota and Mazda, assembles the Toyota Corolla Cross for Toyota.",
        "production:Mazda Toyota Manufacturing>Toyota")]
    [InlineData("SAIC Volkswagen, the plant the partners run in Anting, was expanded last year. The factory, financed with loans from Chinese banks, builds the Audi Q5 for Audi.",
        "production:SAIC Volkswagen>Audi")]
    // Near miss: built for itself.
    [InlineData("SAIC Volkswagen, the plant the partners run in Anting, was expanded last year. The factory, financed with loans from Chinese banks, builds the Audi Q5 for itself.", "")]
    public void A_plant_subject_before_an_aside_is_the_plant_named_as_a_company(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "It has won an order to assemble P for Y", "It has signed a contract to build …": the pronoun before a won contract builds.
    [InlineData("Valmet Automotive is a Finnish contract manufacturer. It has signed a contract to assemble electric SUVs for Lightyear in Uusikaupunki.",
        "production:Valmet Automotive>Lightyear@Uusikaupunki")]
    [InlineData("Comau is a robotics firm. It has won an order to assemble battery modules for a Korean carmaker in Turin.",
        "production:Comau>Korean carmaker@Turin")]
    // Near misses: a contract lost or only bid for.
    [InlineData("Comau is a robotics firm. It has lost an order to assemble battery modules for a Korean carmaker in Turin.", "")]
    [InlineData("Comau is a robotics firm. It has bid for a contract to assemble battery modules for a Korean carmaker in Turin.", "")]
    public void It_won_a_contract_to_build(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "The same plant used to assemble P for Y": the plant the text spoke of, past "used to".
    [InlineData("Valmet Automotive runs a plant in Uusikaupunki. The same plant used to assemble small SUVs for Lightyear until 2023.", "production:Valmet Automotive>Lightyear")]
    [InlineData("Magna Steyr has a plant in Graz. The same factory used to build electric SUVs for Fisker until 2024.", "production:Magna Steyr>Fisker")]
    // Near miss: its own products.
    [InlineData("Magna Steyr has a plant in Graz. The factory used to build its own prototypes there.", "")]
    public void The_plant_used_to_build_for_another(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "The company builds P for X and, from 2026, will add a van for Y": the added vehicle's builder is the first clause's subject.
    [InlineData("Magna Steyr runs a plant in Graz. The company builds the BMW Z4 for the Munich carmaker and, from 2026, will add a small SUV for XPeng.",
        "production:Magna Steyr>BMW Group || production:Magna Steyr>XPeng")]
    [InlineData("Valmet Automotive runs a plant in Uusikaupunki. The company assembles battery packs for Porsche and, from next year, will add an electric van for Fisker.",
        "production:Valmet Automotive>Porsche || production:Valmet Automotive>Fisker")]
    // Near miss: a shift, not a vehicle, added.
    [InlineData("Valmet Automotive runs a plant in Uusikaupunki. The company assembles battery packs for Porsche and, from next year, will add a third shift for Fisker.",
        "production:Valmet Automotive>Porsche")]
    public void An_added_vehicle_in_a_coordinated_clause(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "for other brands, Porsche among them", "for several carmakers, including BMW and Toyota": the members the text names.
    [InlineData("Valmet Automotive has assembled cars in Uusikaupunki since 1969 for other brands, Saab among them.", "production:Valmet Automotive>Saab Automobile@Uusikaupunki")]
    [InlineData("Magna Steyr builds sports cars in Graz for several carmakers, including BMW and Toyota.",
        "production:Magna Steyr>BMW Group@Graz || production:Magna Steyr>Toyota@Graz")]
    // Near misses: no member named; a name that starts another clause.
    [InlineData("Magna Steyr builds sports cars in Graz for several carmakers, Austrian and German.", "")]
    [InlineData("Magna Steyr builds sports cars in Graz for other brands, BMW said on Monday.", "")]
    public void A_plural_description_with_named_members(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X, Nissan's former battery arm, which produces them for Y": the relative's subject is the name the apposition describes.
    [InlineData("Brake discs for the car come from Brembo, Italy's largest brake maker, which produces them for Ferrari in Bergamo.", "production:Brembo>Ferrari@Bergamo")]
    [InlineData("Pressings come from Gestamp, the Spanish supplier, which stamps them for Ford in Valencia.", "production:Gestamp>Ford Motor Company@Valencia")]
    // Near miss: no build verb in the relative.
    [InlineData("Cells come from AESC, Nissan's former battery arm, which Nissan sold in 2018.", "")]
    public void A_relative_after_an_apposition_belongs_to_the_described_name(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "will produce a Mitsubishi-badged version of the Leaf", "builds Ford-badged SUVs": the badge's owner is the customer.
    [InlineData("Toyota will build a Suzuki-badged version of the RAV4 in Kentucky.", "production:Toyota>Suzuki")]
    [InlineData("Mahindra builds Ford-badged SUVs in Chakan.", "production:Mahindra & Mahindra>Ford Motor Company@Chakan")]
    // Near miss: the builder's own badge.
    [InlineData("Toyota will build a Toyota-badged version of the Corolla in Kentucky.", "")]
    public void A_badge_of_another_company_on_the_object(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "From 2026 the B10 will be built for the venture at Figueruelas": an agentless passive is built by the town's company.
    [InlineData("Stellantis and Leapmotor formed Leapmotor International in 2023. Stellantis runs a plant in Figueruelas. From 2026 the B10 will be built for the venture at Figueruelas, near Zaragoza.",
        "production:Stellantis>Leapmotor International@Figueruelas")]
    [InlineData("Magna Steyr opened a second hall in Graz. From next year electric SUVs will be assembled for Fisker in Graz.", "production:Magna Steyr>Fisker@Graz")]
    // Near misses: a market, not a company; a collective noun with nothing named that it fits.
    [InlineData("Magna Steyr opened a second hall in Graz. From next year electric SUVs will be assembled for the European market in Graz.", "")]
    [InlineData("Magna Steyr opened a second hall in Graz. From next year electric SUVs will be assembled for the alliance in Graz.", "")]
    public void An_agentless_passive_is_built_by_the_towns_company(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // An indefinite description the text names nearby is no customer of its own: "for Toyota, … vehicles for a Japanese carmaker",
    // "for two Chinese carmakers. … for GAC and … for XPeng".
    [InlineData("Magna Steyr will build electric vans for Toyota, the first time it has made vehicles for a Japanese carmaker.", "production:Magna Steyr>Toyota")]
    [InlineData("Valmet Automotive will assemble SUVs for two Chinese carmakers at Uusikaupunki. The plant will build the Aion V for GAC and the G6 for XPeng.",
        "production:Valmet Automotive>GAC Group || production:Valmet Automotive>XPeng")]
    // Near misses, kept as described customers: another one of that country; counted ones the text does not name.
    [InlineData("Magna Steyr builds the Z4 for BMW and will make castings for a second German carmaker.",
        "production:Magna Steyr>BMW Group || production:Magna Steyr>second German carmaker")]
    [InlineData("Valmet Automotive will assemble SUVs for two Chinese carmakers at Uusikaupunki. The plant employs 4,000 people.",
        "production:Valmet Automotive>two Chinese carmakers@Uusikaupunki")]
    public void An_indefinite_customer_named_nearby_is_not_another_customer(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));
}
