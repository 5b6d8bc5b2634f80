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

    [Theory]
    // "output of P for Y is ending", "production of P stopped", "the plant's contract for P came to an end", "Y ended its order
    // for P", "a contract to supply parts for P built by Y expired": work for a customer that ended, done by the plant's
    // owner or the company the text is about.
    [InlineData("Brennwald Assembly builds cars in Linz. Output of the Mazda MX-5 for Mazda at the plant is ending this year.", "production:Brennwald Assembly>Mazda")]
    [InlineData("Brennwald Assembly builds cars in Linz. It has new work, and production of the Kia Sorento stopped abruptly in June.", "production:Brennwald Assembly>Kia")]
    [InlineData("Brennwald Assembly builds cars in Linz. The order comes months after the plant's long-running contract for the Volvo XC40 came to an end.",
        "production:Brennwald Assembly>Volvo Cars")]
    [InlineData("Brennwald Assembly builds cars in Linz. Kia ended its order for the Sorento in 2024.", "production:Brennwald Assembly>Kia")]
    [InlineData("Berg Thermal Systems makes pumps in Brno. A contract to supply coolant pumps for the Opel Corsa built by Stellantis expired last year.",
        "production:Berg Thermal Systems>Stellantis")]
    [InlineData("Berg Thermal Systems makes pumps in Brno. A contract to supply coolant pumps for the Opel Corsa built by Stellantis in Spain, expired last year.",
        "production:Berg Thermal Systems>Stellantis")]
    // Not work that continues, demand or sales that ended, an order for equipment, or a brand's own production.
    [InlineData("Brennwald Assembly builds cars in Linz. Production of the Mazda MX-5 will continue until 2026.", "")]
    [InlineData("Brennwald Assembly builds cars in Linz. Demand for the Kia Sorento stopped abruptly in June.", "")]
    [InlineData("Brennwald Assembly builds cars in Linz. Kia ended its order for new welding robots in 2024.", "")]
    [InlineData("Kia builds cars in Zilina. Kia said production of the Kia Sorento stopped in June.", "")]
    public void Work_for_a_customer_that_ended_is_an_agreement(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "…, and the T plant supplies P to Brand": a brand named as the recipient of a later clause is a customer of its own,
    // beside its group named as the customer of the first clause; a model of the brand merely built is not.
    [InlineData("Tarsk Interiors makes trim. Its main order covers the consoles that the Zwickau plant builds for Volkswagen's ID.3, and the Kecskemét plant supplies door panels to Audi.",
        "production:Tarsk Interiors>Volkswagen Group@Zwickau || production:Tarsk Interiors>Audi@Kecskemét")]
    [InlineData("Tarsk Interiors builds consoles for Volkswagen at Zwickau, while its Kecskemét plant delivers seat frames to Skoda.",
        "production:Tarsk Interiors>Volkswagen Group@Zwickau || production:Tarsk Interiors>Škoda@Kecskemét")]
    [InlineData("Tarsk Interiors makes trim. The Zwickau plant makes consoles for Volkswagen, including those of the Audi Q4 e-tron.",
        "production:Tarsk Interiors>Volkswagen Group@Zwickau")]
    public void A_brand_named_as_a_recipient_is_a_customer_beside_its_group(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X has signed a contract to supply P to Y", "The Polish company has agreed to deliver P to Y", "It signed a memorandum
    // with Y to supply P": the subject that agreed supplies the company after "to", else the partner after "with" (a carmaker's
    // partner supplies the carmaker).
    [InlineData("Korvane Cells makes cells in Poland. The Polish company has signed a long-term contract to supply cylindrical cells to Halvard Motors.",
        "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells makes cells in Poland. It has agreed to deliver battery packs to Halvard Motors from 2026.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells makes cells. It has signed a memorandum with Halvard Motors to supply battery packs for its vans.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Halvard Motors builds vans. The carmaker has signed a deal with Korvane Cells to supply battery cells.", "production:Korvane Cells>Halvard Motors")]
    // Not energy, land or services.
    [InlineData("Korvane Cells makes cells. It has agreed to supply electricity to Halvard Motors.", "")]
    [InlineData("Halvard Motors builds vans. The state has signed a deal to provide land to Halvard Motors.", "")]
    public void A_company_that_agreed_to_supply_goods_builds_for_the_receiver(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X supplies P to Y" is building for Y only where P is built goods: not electricity, software or raw materials.
    [InlineData("Korvane Cells makes cells. It will supply electricity to Halvard Motors.", "")]
    [InlineData("Ostlund Mining supplies lithium and nickel to Halvard Motors.", "")]
    [InlineData("Ostlund Mining supplies lithium-ion cells to Halvard Motors.", "production:Ostlund Mining>Halvard Motors")]
    public void Supply_of_energy_or_raw_materials_is_no_agreement(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "The company makes P for the vans that Y builds, and it began shipping P to Z": "it" is the subject of the first clause,
    // not the subject of a relative clause between.
    [InlineData("Korvane Cells is based in Szeged. The company makes packs for the vans that Halvard Motors builds, and last year it began shipping modules to Ostara Trucks.",
        "production:Korvane Cells>Halvard Motors || production:Korvane Cells>Ostara Trucks")]
    [InlineData("Korvane Cells makes packs for the vans which Halvard Motors assembles, and it also delivers modules to Ostara Trucks.",
        "production:Korvane Cells>Halvard Motors || production:Korvane Cells>Ostara Trucks")]
    [InlineData("Korvane Cells makes packs for Halvard Motors, which builds vans, and it will soon sell them to private buyers.", "production:Korvane Cells>Halvard Motors")]
    public void It_after_a_relative_clause_is_the_first_subject(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "P come from China's X": a company after its country's possessive; "X supplies P for the M, while the cells come from Z":
    // the parts of the contrasted clause are for the model's brand, not for the other supplier.
    [InlineData("Halvard Motors builds the Vela in Szeged. The cells come from China's Korvane Cells.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Tarsk Components supplies the seats for the Kia Sorento, while the battery packs come from South Korea's SK On.",
        "production:Tarsk Components>Kia || production:SK On>Kia")]
    [InlineData("Tarsk Components will deliver the harnesses for the Opel Corsa, whereas the cells arrive from Korvane Cells.",
        "production:Tarsk Components>Opel || production:Korvane Cells>Opel")]
    // Not a visitor from a country: no parts come from the company.
    [InlineData("Halvard Motors builds the Vela in Szeged. The engineers come from China's universities.", "")]
    public void Parts_that_come_from_a_maker_are_built_for_the_model_or_text_company(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X makes P for Y, while Z, a description, is due to deliver cells from next year": a later supplier that names no customer
    // of its own supplies the customer of the clause before; not one that names its own, nor one that supplies nothing.
    [InlineData("Korvane Cells makes packs for Halvard Motors, while Ostara Batteries, a Polish start-up, will also supply cells from next year.",
        "production:Korvane Cells>Halvard Motors || production:Ostara Batteries>Halvard Motors")]
    [InlineData("Battery packs for the vans are supplied to Halvard Motors by Korvane Cells, whereas Ostara Batteries is due to deliver modules from 2026.",
        "production:Korvane Cells>Halvard Motors || production:Ostara Batteries>Halvard Motors")]
    [InlineData("Korvane Cells makes packs for Halvard Motors, while Ostara Batteries will also supply cells to Brenner Trucks.",
        "production:Korvane Cells>Halvard Motors || production:Ostara Batteries>Brenner Trucks")]
    [InlineData("Korvane Cells makes packs for Halvard Motors, while Ostara Batteries is due to open a cell plant next year.", "production:Korvane Cells>Halvard Motors")]
    public void A_later_supplier_without_a_customer_supplies_the_earlier_customer(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X supplies P for the car", "Both models ride on …, with P supplied by X": parts for the vehicles the sentence before said a
    // company builds; not a market or an industry, nor vehicles a company merely sells.
    [InlineData("Stellantis has started building the Fiat Grande Panda at Kragujevac. Tarsk Components supplies the seats for the car from a new hall.",
        "production:Tarsk Components>Stellantis")]
    [InlineData("Kia assembles the Kia Sorento at Zilina. Tarsk Components delivers the door panels for the SUV.", "production:Tarsk Components>Kia")]
    [InlineData("Halvard Motors has built 50,000 electric Velas and Orsas in Szeged. Both models ride on a shared platform, with the battery packs supplied by Korvane Cells.",
        "production:Korvane Cells>Halvard Motors")]
    [InlineData("Kia builds the Kia Sorento and the Kia Sportage at Zilina. Tarsk Components supplies the floor carpets and boot liners for both SUVs.",
        "production:Tarsk Components>Kia")]
    [InlineData("Stellantis has started building the Fiat Grande Panda at Kragujevac. Korvane Cells is due to deliver cells from its plant in Debrecen.",
        "production:Korvane Cells>Stellantis@Debrecen")]
    [InlineData("Kia assembles the Kia Sorento at Zilina. Korvane Cells will also supply battery packs from next year.", "production:Korvane Cells>Kia")]
    [InlineData("Kia assembles the Kia Sorento at Zilina. Korvane Cells wants to supply packs for energy storage.", "")]
    [InlineData("Kia assembles the Kia Sorento at Zilina. Tarsk Components delivers door panels for the SUV market.", "")]
    [InlineData("Kia assembles the Kia Sorento at Zilina. Tarsk Components supplies door panels for the car industry.", "")]
    [InlineData("Kia sells the Kia Sorento in Europe. Tarsk Components supplies the seats for the car.", "")]
    public void Parts_for_the_vehicles_of_the_sentence_before_are_built_for_their_builder(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X had built every Y vehicle", "X builds each Y vehicle": a singular vehicle noun after the customer's name; not repairs.
    [InlineData("Since 2019, Brennwald Assembly had built every Halvard Motors vehicle at its Linz plant.", "production:Brennwald Assembly>Halvard Motors@Linz")]
    [InlineData("Brennwald Assembly builds each Kia vehicle sold in Austria.", "production:Brennwald Assembly>Kia")]
    [InlineData("Brennwald Assembly repairs every Kia vehicle in Linz.", "")]
    public void Every_vehicle_of_a_customer_built(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "most of what T makes goes to Y", "all of what the plant produces will go to Y": the output of the town's plant, the plant
    // the text is about or a company named goes to a customer; not what a plant earns.
    [InlineData("Korvane Cells makes cells in Szeged. For now, most of what Szeged makes goes to Halvard Motors.", "production:Korvane Cells>Halvard Motors@Szeged")]
    [InlineData("Korvane Cells makes cells in Szeged. Nearly all of what the plant produces will go to Halvard Motors.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells makes cells in Szeged. Most of what Korvane Cells builds goes to Halvard Motors.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells makes cells in Szeged. Most of what the plant earns goes to Halvard Motors.", "")]
    public void What_a_plant_makes_goes_to_a_customer(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X no longer builds P for Y": a deal that ended is a deal; "X does not build P for Y" is none.
    [InlineData("Korvane Cells no longer supplies battery packs to Halvard Motors.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Brennwald Assembly no longer builds vans for Halvard Motors.", "production:Brennwald Assembly>Halvard Motors")]
    [InlineData("Brennwald Assembly does not build vans for Halvard Motors.", "")]
    [InlineData("Brennwald Assembly will never build vans for Halvard Motors.", "")]
    public void A_deal_that_no_longer_runs_is_a_deal(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Y relies on X for P", "P supplied by X to Y", "Y has awarded X a contract to supply P", "X will start deliveries of P to Y".
    [InlineData("Halvard Motors relies on Korvane Cells for its battery packs.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Ostara Trucks depends on Tarsk Components for seats and axles.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Battery packs supplied by Korvane Cells to Halvard Motors will arrive from May.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Halvard Motors has awarded Korvane Cells a contract to supply battery packs.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Kia awarded Tarsk Components an order for the seats of the Kia Sorento.", "production:Tarsk Components>Kia")]
    [InlineData("Korvane Cells will start deliveries of battery packs to Halvard Motors in 2026.", "production:Korvane Cells>Halvard Motors")]
    // Not reliance on money, awards of prizes, or deliveries of vehicles to buyers without goods named.
    [InlineData("Halvard Motors relies on Nordbank for its funding.", "")]
    [InlineData("Halvard Motors has awarded Korvane Cells a prize for innovation.", "")]
    public void Supply_stated_by_reliance_awards_and_deliveries(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X is Y's main supplier (of P)", "Y is X's largest customer", "X counts Y among its customers", "X sells modules to Y".
    [InlineData("Korvane Cells is Halvard Motors' main supplier of battery packs.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Halvard Motors is Korvane Cells' largest customer.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Ostara Trucks remains Tarsk Components' biggest client.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Korvane Cells counts Halvard Motors among its customers.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells also sells battery modules to Halvard Motors.", "production:Korvane Cells>Halvard Motors")]
    // Not vehicles sold to a fleet, nor a customer of a bank.
    [InlineData("Halvard Motors sells electric vans to Ostara Logistics.", "")]
    [InlineData("Halvard Motors is Nordbank's largest customer.", "")]
    public void Supplier_and_customer_relations(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Y switched its P supply from X to Z": the old and the new supplier both build for Y; "its battery supply from X" is a noun,
    // no supply of Y's to X.
    [InlineData("Halvard Motors has switched its battery supply from Korvane Cells to Ostara Batteries.",
        "production:Korvane Cells>Halvard Motors || production:Ostara Batteries>Halvard Motors")]
    [InlineData("Ostara Trucks moved its seat orders from Tarsk Components to Brenner Interiors last year.",
        "production:Tarsk Components>Ostara Trucks || production:Brenner Interiors>Ostara Trucks")]
    [InlineData("Halvard Motors moved its headquarters from Szeged to Budapest.", "")]
    public void A_customer_that_switched_suppliers(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Y ended its supply contract with X", "X has signed a supply agreement with Y", "the contract with X to build M ended": the
    // maker is the supplier the lexicon knows or the partner of a known carmaker; two unknown parties, or two carmakers, say
    // nothing of who makes.
    [InlineData("Kia ended its supply contract with Valeo in 2023.", "production:Valeo>Kia")]
    [InlineData("CATL has signed a supply agreement with Kia.", "production:CATL>Kia")]
    [InlineData("Kia ended its supply contract with Tarsk Components in 2023.", "production:Tarsk Components>Kia")]
    [InlineData("The contract with Brennwald Assembly to build the Kia Sorento ended in 2022.", "production:Brennwald Assembly>Kia")]
    [InlineData("Halvard Motors cancelled its supply deal with Korvane Cells.", "")]
    [InlineData("Kia signed a supply agreement with Hyundai.", "")]
    [InlineData("Kia ended its marketing contract with Valeo in 2023.", "")]
    public void A_supply_or_manufacturing_deal_with_a_maker(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Y's battery supplier X", "X, Y's main supplier of packs, …", "Y will get its packs from X", "X started supplying Y".
    [InlineData("Halvard Motors' battery supplier Korvane Cells will open a second plant.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Tarsk Components, Ostara Trucks' main supplier of seats, will open a second plant.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Halvard Motors will get its battery packs from Korvane Cells.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Ostara Trucks imports gearboxes from Tarsk Components.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Korvane Cells started supplying Halvard Motors in 2020.", "production:Korvane Cells>Halvard Motors")]
    // Not funding, approvals or vehicles from a country.
    [InlineData("Halvard Motors will get funding from Nordbank.", "")]
    [InlineData("Halvard Motors imports cars from China.", "")]
    public void Supplier_named_by_possessive_or_by_getting_goods(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X will equip Y's vans with P", "Y's vans are fitted with P from X", "X's packs will be used in Y's vans", "X's cells power
    // Y's vans", "Y's M uses cells from X".
    [InlineData("Korvane Cells will equip Halvard Motors' new vans with battery packs.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Halvard Motors' vans are equipped with battery packs from Korvane Cells.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Ostara Trucks' tractors will be fitted with seats made by Tarsk Components.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Korvane Cells' battery packs will be used in Halvard Motors' vans.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Korvane Cells' battery packs power Halvard Motors' vans.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Kia's Sorento uses battery cells from CATL.", "production:CATL>Kia")]
    // Not software, storage or power from a utility.
    [InlineData("Halvard Motors uses software from Korvane Cells.", "")]
    [InlineData("Halvard Motors' vans are fitted with new software.", "")]
    [InlineData("Korvane Cells' battery packs will be used in energy storage.", "")]
    public void Parts_fitted_to_or_used_in_a_customers_vehicles(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Y dropped X as its battery supplier", "X lost Y as a customer", "X won Y as a client": a supplier or customer named by "as";
    // not a role denied, nor another role.
    [InlineData("Halvard Motors dropped Korvane Cells as its battery supplier last year.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Ostara Trucks picked Tarsk Components as its new seat supplier.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Korvane Cells lost Halvard Motors as a customer in 2022.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Tarsk Components won Ostara Trucks as a client for its seats.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Halvard Motors rejected Korvane Cells as its battery supplier.", "")]
    [InlineData("Halvard Motors hired Korvane Cells as a consultant.", "")]
    public void A_supplier_or_customer_named_by_as(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // A negation just before the supply word states no deal; "no longer" states one that ended.
    [InlineData("Halvard Motors does not rely on Korvane Cells for battery cells.", "")]
    [InlineData("Korvane Cells has never provided battery modules to Halvard Motors.", "")]
    [InlineData("Halvard Motors has not switched its battery supply from Korvane Cells to Ostara Batteries.", "")]
    [InlineData("Korvane Cells no longer provides battery modules to Halvard Motors.", "production:Korvane Cells>Halvard Motors")]
    public void A_negated_supply_is_no_deal(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X supplies P to Cologne", "X delivers P to the Cologne plant": goods sent to a town's plant are for the company whose
    // plant the text placed there; not a move of offices, nor goods sent to a town no company builds in.
    [InlineData("Ford builds the Explorer in Cologne. Korvane Cells supplies battery systems and axles to Cologne under a long-term contract.",
        "production:Korvane Cells>Ford Motor Company@Cologne")]
    [InlineData("Ford builds the Explorer in Cologne. Korvane Cells delivers battery packs to the Cologne plant.", "production:Korvane Cells>Ford Motor Company@Cologne")]
    [InlineData("Ford builds the Explorer in Cologne. Korvane Cells moved its headquarters to Cologne.", "")]
    [InlineData("Korvane Cells ships battery packs to Rotterdam every day.", "")]
    public void Goods_supplied_to_a_towns_plant(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X is one of Y's suppliers", "X supplies both Y and Z with P": every receiver named.
    [InlineData("Korvane Cells is one of Halvard Motors' suppliers.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Tarsk Components remains among Ostara Trucks' biggest suppliers.", "production:Tarsk Components>Ostara Trucks")]
    [InlineData("Korvane Cells supplies both Halvard Motors and Ostara Trucks with battery packs.",
        "production:Korvane Cells>Halvard Motors || production:Korvane Cells>Ostara Trucks")]
    [InlineData("Tarsk Components provides Halvard Motors and Ostara Trucks with seats.",
        "production:Tarsk Components>Halvard Motors || production:Tarsk Components>Ostara Trucks")]
    [InlineData("Nordbank provides Halvard Motors and Ostara Trucks with loans.", "")]
    public void Every_receiver_of_a_supplier(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Production of Y's M at the plant ended", "Output of Y's vans stopped", "Its deal with Y to assemble Y's model ran out": the
    // possessor of the work ended is the customer; the holder of a deal to build the partner's model is the maker.
    [InlineData("Brennwald Assembly builds cars in Linz. Production of Kia's Sorento at the plant ended in 2020.", "production:Brennwald Assembly>Kia")]
    [InlineData("Brennwald Assembly builds cars in Linz. Output of Halvard Motors' vans stopped in 2021.", "production:Brennwald Assembly>Halvard Motors")]
    [InlineData("Brennwald Assembly builds cars in Linz. Its deal with Kia to assemble the Sorento ran out in 2022.", "production:Brennwald Assembly>Kia")]
    [InlineData("Brennwald Assembly builds cars in Linz. Sales of Halvard Motors' vans stopped in 2021.", "")]
    [InlineData("Kia builds cars in Zilina. Output of Kia's vans stopped in 2021.", "")]
    public void Ended_work_for_a_possessor_or_under_a_deal(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "The same plant used to assemble M for Y": the plant the text spoke of; "Its former customer Y", "Y, a customer of X,":
    // a customer of the company the text is about or named; "Y's own smaller M" is Y's own work.
    [InlineData("Brennwald Assembly builds cars in Linz. The same plant used to assemble the Sorento for Kia until 2022.", "production:Brennwald Assembly>Kia")]
    [InlineData("Brennwald Assembly builds cars in Linz. Its former customer Halvard Motors moved production to Spain.", "production:Brennwald Assembly>Halvard Motors")]
    [InlineData("Brennwald Assembly builds cars in Linz. Its biggest customer, Halvard Motors, wants more vans.", "production:Brennwald Assembly>Halvard Motors")]
    [InlineData("Brennwald Assembly builds cars in Linz. Halvard Motors, a former customer of Brennwald Assembly, moved production to Spain.",
        "production:Brennwald Assembly>Halvard Motors")]
    [InlineData("Nordbank lends money. Its biggest customer, Halvard Motors, wants more loans.", "")]
    [InlineData("Brennwald Assembly builds cars in Linz. The same factory will start making Kia's own smaller Kia Sorento next year.", "")]
    public void A_former_plant_or_customer_of_the_company_the_text_is_about(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X opened a plant in T to serve Y", "The T plant will mainly serve Y": a plant that serves a company builds for it; not a
    // market or customers in general, nor dealers that serve a fleet.
    [InlineData("Korvane Cells opened a plant in Szeged to serve Halvard Motors.", "production:Korvane Cells>Halvard Motors@Szeged")]
    [InlineData("Korvane Cells makes cells in Szeged. The Szeged plant will mainly serve Halvard Motors.", "production:Korvane Cells>Halvard Motors@Szeged")]
    [InlineData("Korvane Cells makes cells in Szeged. The plant will serve the European market.", "")]
    [InlineData("Halvard Motors builds vans in Szeged. Its dealers serve Ostara Logistics.", "")]
    public void A_plant_that_serves_a_company(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X and Y signed a deal under which X will supply P", "… a contract whereby X will build …": the other of the pair is the
    // customer; not a deal under which one buys, nor one that names another receiver.
    [InlineData("Korvane Cells and Halvard Motors signed a deal under which Korvane will supply battery packs.", "production:Korvane Cells>Halvard Motors")]
    [InlineData("Brennwald Assembly and Ostara Trucks have agreed a contract whereby Brennwald will build 5,000 trucks a year.", "production:Brennwald Assembly>Ostara Trucks")]
    [InlineData("Korvane Cells and Halvard Motors signed a deal under which Halvard will buy battery packs.", "")]
    [InlineData("Korvane Cells and Halvard Motors signed a deal under which Korvane will supply battery packs to Ostara Trucks.", "production:Korvane Cells>Ostara Trucks")]
    public void A_deal_of_a_pair_under_which_one_builds(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "Harnesses for the T line arrive from X": parts for a town's assembly line are for the carmaker the text placed in the town,
    // and for no other company where it placed none.
    [InlineData("Stellantis builds the Peugeot 208 in Kenitra. Wiring harnesses for the Kenitra line arrive from Tarsk Components.", "production:Tarsk Components>Stellantis@Kenitra")]
    [InlineData("Stellantis builds the Opel Corsa in Zaragoza. Seats for the Zaragoza line come from Tarsk Components.", "production:Tarsk Components>Stellantis@Zaragoza")]
    [InlineData("Korvane Cells makes cells in Szeged. Harnesses for the Szeged line arrive from Tarsk Components.", "")]
    public void Parts_for_a_towns_line_are_for_its_carmaker(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));
}
