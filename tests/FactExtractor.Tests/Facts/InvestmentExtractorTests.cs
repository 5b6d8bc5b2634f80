using System.Linq;
using FactExtractor.Facts;
using FactExtractor.Facts.Investments;
using static FactExtractor.Tests.Facts.FactTestHelpers;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Investments, by construction: money an organisation or government commits, plans, offers or has put into another
/// organisation, a venture, a plant or a project (annotation guidelines, "investment"). Expected values follow the
/// guidelines: investors by canonical name, amount in units, ISO currency, status completed/planned/intended.
/// </summary>
public class InvestmentExtractorTests
{
    [Theory]
    // "X will invest €N in Y": planned.
    [InlineData("Velora Motors will invest €50 million in Kestrel Batteries GmbH.", "investment:Velora Motors>Kestrel Batteries=50000000 EUR planned")]
    [InlineData("JLR will invest £500 million in its Halewood plant.", "investment:JLR>Halewood plant=500000000 GBP planned")]
    [InlineData("Suzuki will invest ¥450 billion in Maruti Suzuki over the next decade.", "investment:Suzuki>Maruti Suzuki=450000000000 JPY planned")]
    [InlineData("Tata Motors will invest ₹9,000 crore in its Sanand plant.", "investment:Tata Motors>Sanand plant=90000000000 INR planned")]
    [InlineData("Tata Motors plans to invest £1 billion in JLR.", "investment:Tata Motors>JLR=1000000000 GBP planned")]
    [InlineData("Volkswagen will spend €460 million on a stake in Velora Motors.", "investment:Volkswagen Group>Velora Motors=460000000 EUR planned")]
    // "X has invested …", "X pumped … into Y", "X has taken a $N stake in Y": completed.
    [InlineData("Renault has invested €300 million in Ampere since its creation.", "investment:Renault Group>Ampere=300000000 EUR completed")]
    [InlineData("Mercedes-Benz pumped €350 million into Automotive Cells Company.", "investment:Mercedes-Benz Group>Automotive Cells Company=350000000 EUR completed")]
    [InlineData("Volkswagen has taken a $5 billion stake in Rivian.", "investment:Volkswagen Group>Rivian=5000000000 USD completed")]
    // "wants to", "is ready to offer", "considers investing": intended.
    [InlineData("Mitsubishi wants to put €150 million into Ampere.", "investment:Mitsubishi Motors>Ampere=150000000 EUR intended")]
    [InlineData("Hyundai wants to invest $1 billion in Velora Motors.", "investment:Hyundai Motor Company>Velora Motors=1000000000 USD intended")]
    [InlineData("Suzuki is ready to offer €80 million for a stake in Ampere.", "investment:Suzuki>Ampere=80000000 EUR intended")]
    [InlineData("Ford is considering investing $500 million in Rivian.", "investment:Ford Motor Company>Rivian=500000000 USD intended")]
    [InlineData("Honda considers investing €300 million in Ampere.", "investment:Honda>Ampere=300000000 EUR intended")]
    public void Finds_an_investor_investing_an_amount_in_an_investee(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "in/into/on a … plant (at Town)": a facility the text describes rather than names is the investee, from after its
    // determiner to its noun and the place that follows it.
    [InlineData("Harlow Motors will pour Rs 600 crore into a second assembly plant at Hosur.", "investment:Harlow Motors>second assembly plant at Hosur=6000000000 INR planned")]
    [InlineData("Velora Motors is investing $4.3 billion in a cell plant next door.", "investment:Velora Motors>cell plant=4300000000 USD planned")]
    [InlineData("Kestrel Batteries GmbH plans to sink ¥33 billion into a pilot plant in Sanjo.", "investment:Kestrel Batteries>pilot plant in Sanjo=33000000000 JPY planned")]
    [InlineData("Norrvik Motors spent €45 million on the new paint shop.", "investment:Norrvik Motors>new paint shop=45000000 EUR completed")]
    // Near misses: "the plant" alone names nothing; nor does a plan, a programme or a phrase cut by a comma or "and".
    [InlineData("Norrvik Motors will invest €45 million in the plant.", "investment:Norrvik Motors>?=45000000 EUR planned")]
    [InlineData("Norrvik Motors will invest €45 million in a new savings plan.", "investment:Norrvik Motors>?=45000000 EUR planned")]
    [InlineData("Norrvik Motors will invest €45 million in training and a new plant.", "investment:Norrvik Motors>?=45000000 EUR planned")]
    public void A_facility_the_text_describes_is_the_investee(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "… to invest N in a new plant. The state has offered incentives": the government the text named gives amount-less aid
    // to the last investee, named or described; with no government named, "the state" gives nothing.
    [InlineData("Harlow Motors has agreed with the Tamil Nadu government to invest Rs 600 crore in a second assembly plant at Hosur. The state has offered incentives under its industrial policy.",
        "investment:Harlow Motors>second assembly plant at Hosur=6000000000 INR planned || investment:Tamil Nadu government>second assembly plant at Hosur=? planned")]
    [InlineData("Norrvik Motors signed a deal with the Maharashtra government to spend Rs 900 crore on a new paint shop. The state has offered incentives, the company said.",
        "investment:Norrvik Motors>new paint shop=9000000000 INR planned || investment:Maharashtra government>new paint shop=? planned")]
    [InlineData("Harlow Motors will invest Rs 600 crore in a second assembly plant at Hosur. The state has offered incentives under its industrial policy.",
        "investment:Harlow Motors>second assembly plant at Hosur=6000000000 INR planned")]
    public void A_government_named_before_aids_the_last_investee(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A headline reports what happened in the present tense ("X pays …", "X injects …"): completed. "X to invest …" and
    // "X plans to invest …" stay planned, and so does a present tense in the body.
    [InlineData("Harlow Motors pays second €50 million tranche to Kestrel Batteries GmbH", "investment:Harlow Motors>Kestrel Batteries=50000000 EUR completed")]
    [InlineData("Harlow Motors injects €80 million into Kestrel Batteries GmbH", "investment:Harlow Motors>Kestrel Batteries=80000000 EUR completed")]
    [InlineData("Harlow Motors to invest €50 million in Kestrel Batteries GmbH", "investment:Harlow Motors>Kestrel Batteries=50000000 EUR planned")]
    [InlineData("Harlow Motors plans to invest €50 million in Kestrel Batteries GmbH", "investment:Harlow Motors>Kestrel Batteries=50000000 EUR planned")]
    [InlineData("Harlow Motors invested €80 million in Kestrel Batteries GmbH. It now invests €20 million more.",
        "investment:Harlow Motors>Kestrel Batteries=80000000 EUR completed || investment:Harlow Motors>Kestrel Batteries=20000000 EUR planned")]
    public void A_headline_in_the_present_tense_reports_a_completed_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Money "added" to a round has been paid; "will add" is planned.
    [InlineData("Kestrel Batteries GmbH added €30 million to the round.", "investment:Kestrel Batteries>?=30000000 EUR completed")]
    [InlineData("Harlow Motors put in €50 million, and Kestrel Batteries GmbH added €30 million.",
        "investment:Harlow Motors>?=50000000 EUR completed || investment:Kestrel Batteries>?=30000000 EUR completed")]
    [InlineData("Kestrel Batteries GmbH will add €30 million to the round.", "investment:Kestrel Batteries>?=30000000 EUR planned")]
    public void Money_added_is_completed(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "the €N X wants to invest": the amount stands before its actor.
    [InlineData("The €250 million BMW wants to invest in Northvolt is still under review.", "investment:BMW Group>Northvolt=250000000 EUR intended")]
    [InlineData("Analysts doubt that the €90 million Tata Motors is ready to pour into JLR will be enough.", "investment:Tata Motors>JLR=90000000 EUR intended")]
    public void Finds_the_actor_after_the_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X and Y will invest …": one fact with every investor of the statement.
    [InlineData("Stellantis and CATL will invest €4 billion in the Zaragoza battery plant.", "investment:Stellantis+CATL>Zaragoza battery plant=4000000000 EUR planned")]
    [InlineData("Stellantis, CATL and Leapmotor will jointly invest €2.5 billion in Velora Motors.", "investment:Stellantis+CATL+Leapmotor>Velora Motors=2500000000 EUR planned")]
    [InlineData("Bpifrance and Renault will invest €200 million in Verkor.", "investment:Bpifrance+Renault Group>Verkor=200000000 EUR planned")]
    public void Finds_joint_investors(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "Y raised $N in a round led by X": the lead (and the participants) invest, the raiser receives.
    [InlineData("Kestrel Batteries GmbH raised $120 million in a Series B round led by Volkswagen.", "investment:Volkswagen Group>Kestrel Batteries=120000000 USD completed")]
    [InlineData("Halden Technologies raised $45 million in a funding round led by BMW, with participation from Toyota Tsusho.", "investment:BMW Group+Toyota Tsusho>Halden Technologies=45000000 USD completed")]
    [InlineData("Velora Motors closed a $25 million Series A round led by SoftBank.", "investment:SoftBank Group>Velora Motors=25000000 USD completed")]
    public void Finds_funding_rounds(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // State aid counts when the giver is named.
    [InlineData("The Spanish government will pour €150 million of state aid into the Zaragoza gigafactory.", "investment:Spanish government>Zaragoza gigafactory=150000000 EUR planned")]
    // An exchange-rate note is not a second investment.
    [InlineData("Stellantis will invest €1 billion ($1.08 billion) in Leapmotor.", "investment:Stellantis>Leapmotor=1000000000 EUR planned")]
    // A stake bought without an amount stated; an investee named in the sentence before ("a stake in Y. X has since invested …").
    [InlineData("Toyota bought a stake in Velora Motors in 2022. Suzuki has since invested $40 million as well.", "investment:Toyota>Velora Motors=? completed || investment:Suzuki>Velora Motors=40000000 USD completed")]
    // A valuation next to an investment: only the investment.
    [InlineData("SoftBank will invest $500 million in Velora Motors at a valuation of $4 billion.", "investment:SoftBank Group>Velora Motors=500000000 USD planned")]
    public void Finds_state_aid_context_investees_and_ignores_the_valuation_beside_an_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "backed by X with €N", "X backed Y with $N", state aid "to Y" with a named government: investor, amount and
    // status (the investee of these sentences is a known gap, see Investee_from_backing_and_grant_phrasings).
    [InlineData("Velora Motors, backed by Toyota with €75 million, unveiled its first van.", "Toyota", "75000000 EUR", FactStatus.Completed)]
    [InlineData("Toyota backed Velora Motors with $60 million last year.", "Toyota", "60000000 USD", FactStatus.Completed)]
    [InlineData("The British government will provide £100 million of state aid to Nissan's Sunderland plant.", "British government", "100000000 GBP", FactStatus.Planned)]
    [InlineData("The German government will grant €900 million to Northvolt for its Heide plant.", "German government", "900000000 EUR", FactStatus.Planned)]
    public void Backers_and_named_governments_invest(string text, string investors, string amount, FactStatus status)
    {
        InvestmentFact fact = Assert.Single(FactsOf<InvestmentFact>(text));
        Assert.Equal(investors, string.Join('+', fact.Investors.Select(i => i.Name)));
        Assert.Equal(amount, fact.Amount is null ? null : $"{Format(fact.Amount.Value)} {fact.Amount.Currency}");
        Assert.Equal(status, fact.Status);
    }

    [Theory]
    // Subsidies received without a named giver.
    [InlineData("The plant received €80 million in subsidies last year.")]
    // Revenue, profit, valuation, price, order value.
    [InlineData("Toyota, which invests heavily in hydrogen, reported revenue of $280 billion.")]
    [InlineData("Stellantis reported a net profit of €5.6 billion despite heavy investment.")]
    [InlineData("Kestrel Batteries GmbH raised fresh funding at a valuation of $2 billion.")]
    [InlineData("Velora Motors, valued at $3 billion after its last funding round, plans to list its shares in New York.")]
    [InlineData("Volkswagen priced the ID.3 at €36,900 despite investing in cheaper batteries.")]
    [InlineData("Ford will commit to an order worth $2 billion with CATL.")]
    // Negated and denied plans.
    [InlineData("Toyota does not plan to invest $1 billion in Velora Motors.")]
    [InlineData("Honda has ruled out investing €200 million in Ampere.")]
    [InlineData("Ford denied that it would invest $300 million in Rivian.")]
    [InlineData("Nissan will never invest €1 billion in Ampere.")]
    public void Not_an_investment(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    [InlineData("Renault has invested €300 million in Ampere since its creation.", "€300 million", "investment.verb-amount")]
    [InlineData("Kestrel Batteries GmbH raised $120 million in a Series B round led by Volkswagen.", "$120 million", "investment.funding-round")]
    public void Keeps_the_amount_as_written_and_names_the_rule(string text, string amountText, string rule)
    {
        InvestmentFact fact = Assert.Single(FactsOf<InvestmentFact>(text));
        Assert.Equal(amountText, fact.Amount?.Text);
        Assert.Equal(rule, fact.Rule);
        Assert.InRange(fact.Confidence, 0, 1);
    }

    [Theory]
    [InlineData("Velora Motors, backed by Toyota with €75 million, unveiled its first van.", "investment:Toyota>Velora Motors=75000000 EUR completed")]
    [InlineData("Toyota backed Velora Motors with $60 million last year.", "investment:Toyota>Velora Motors=60000000 USD completed")]
    [InlineData("The British government will provide £100 million of state aid to Nissan's Sunderland plant.", "investment:British government>Sunderland plant=100000000 GBP planned")]
    [InlineData("The German government will grant €900 million to Northvolt for its Heide plant.", "investment:German government>Northvolt=900000000 EUR planned")]
    public void Investee_from_backing_and_grant_phrasings(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "supported/backed/funded X with AMOUNT": the verb governs the amount after "with", even with "incentives" after it.
    [InlineData("The Turkish government supported Ford Otosan with TRY 7 billion in incentives.", "investment:Turkish government>Ford Otosan=7000000000 TRY completed")]
    [InlineData("The Spanish government will support the Zaragoza plant with €300 million in grants.", "investment:Spanish government>Zaragoza plant=300000000 EUR planned")]
    [InlineData("Toyota funded Velora Motors with $40 million in new capital.", "investment:Toyota>Velora Motors=40000000 USD completed")]
    public void A_backing_verb_governs_the_amount_after_with(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A giving verb's first object receives the amount its second object is; the subject gives it.
    [InlineData("The regional government of Saxony awarded Voltcore Batteries a grant of €120 million.", "investment:regional government of Saxony>Voltcore Batteries=120000000 EUR completed")]
    [InlineData("The Spanish government offered Norrvolt a support package worth €700 million.", "investment:Spanish government>Norrvolt=700000000 EUR intended")]
    [InlineData("The city of Leipzig gave Kestrel Motors €50 million last year.", "investment:city of Leipzig>Kestrel Motors=50000000 EUR completed")]
    [InlineData("The Polish government has granted the Wroclaw plant another PLN 300 million in aid.", "investment:Polish government>Wroclaw plant=300000000 PLN completed")]
    [InlineData("The state of Georgia has provided an incentive package worth about $1.8 billion to Hyundai.", "investment:state of Georgia>Hyundai Motor Company=1800000000 USD completed")]
    // Amount qualifiers between the receiver and the amount ("up to", "about", "more than").
    [InlineData("The federal government agreed to give Norbec Cathodes up to C$900 million over ten years.", "investment:federal government>Norbec Cathodes=900000000 CAD planned")]
    [InlineData("The Spanish government offered Voltcore Batteries about €40 million in grants.", "investment:Spanish government>Voltcore Batteries=40000000 EUR intended")]
    public void Giving_verbs_and_support_worth_an_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A fund's size, a credit line, a giving verb without a company as first object, "worth" after no noun of support.
    [InlineData("Brightwell Capital gave a presentation on its €20 million fund.")]
    [InlineData("Kestrel Motors signed a $500 million credit facility with its banks.")]
    [InlineData("The ministry gave no details of the €700 million programme.")]
    [InlineData("Toyota was awarded a contract worth $2 billion.")]
    public void Fund_sizes_credit_lines_and_contracts_are_not_given_money(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // Investors named after a description: "led by the Oslo-based fund X", "from Singapore's X", "its parts affiliate X".
    [InlineData("Norrvolt Trucks closed a €140 million funding round led by the Oslo-based fund Fjell Capital.", "investment:Fjell Capital>Norrvolt Trucks=140000000 EUR completed")]
    [InlineData("Sarvam Mobility raised $97 million in a round led by Singapore's Meridian Bay Capital.", "investment:Meridian Bay Capital>Sarvam Mobility=97000000 USD completed")]
    [InlineData("The line was funded by a 150 billion won investment from the state-backed Korea Materials Fund.", "investment:Korea Materials Fund>?=150000000000 KRW completed")]
    [InlineData("Hyundai Motor and its parts affiliate Hyundai Mobis will provide the remaining 480 billion won.", "investment:Hyundai Motor Company+Hyundai Mobis>?=480000000000 KRW planned")]
    [InlineData("Velvan Mobility raised €62 million in a Series B round led by the Bavarian fund Isar Ventures.", "investment:Isar Ventures>Velvan Mobility=62000000 EUR completed")]
    public void Investors_after_a_company_description(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A shared subject across "and", a source after "came from", the price of a stake however far, a place's government.
    [InlineData("Daesan Materials will own 60% of the venture and put in 720 billion won.", "investment:Daesan Materials>?=720000000000 KRW planned")]
    [InlineData("Orvex Capital paid $20 million. The remaining €50 million came from Isarstein Capital.", "investment:Orvex Capital>?=20000000 USD completed || investment:Isarstein Capital>?=50000000 EUR completed")]
    [InlineData("Subaru has taken a 20% stake in Tsubame Cell Technologies, a developer of solid-state cells from Niigata, for ¥9.6 billion.", "investment:Subaru>Tsubame Cell Technologies=9600000000 JPY completed")]
    [InlineData("The Jeonbuk provincial government has pledged 45 billion won towards land.", "investment:Jeonbuk provincial government>?=45000000000 KRW planned")]
    [InlineData("The Tamil Nadu government has agreed to provide a capital subsidy of Rs 90 crore for the project.", "investment:Tamil Nadu government>?=900000000 INR planned")]
    [InlineData("Tsubame Cell Technologies plans to sink ¥33 billion into a pilot plant in Sanjo.", "investment:Tsubame Cell Technologies>pilot plant in Sanjo=33000000000 JPY planned")]
    public void Shared_subjects_sources_stake_prices_and_place_governments(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A stake sold without an amount: the buyer invests in the seller, whether the stake is "in the company" or not named.
    [InlineData("Nordkabel Systems has agreed to sell a 25% stake in the company to Canadian pension investor Laurentian Capital.", "investment:Laurentian Capital>Nordkabel Systems=? planned")]
    [InlineData("Velora Motors will sell a minority stake to Orvex Capital.", "investment:Orvex Capital>Velora Motors=? planned")]
    public void Stakes_sold_without_an_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Near misses: a product sold to a customer, a stake sold on the market.
    [InlineData("Velora Motors will sell its vans to Orvex Logistics.")]
    [InlineData("Velora Motors sold its stake on the stock market.")]
    public void Sales_that_are_no_stake_sold_to_a_buyer(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // A part of the investment just stated, flowing into a part of the project: the same investors' investment.
    [InlineData("Norvik Batteries will invest €4 billion in Spain. Of the total, €1.5 billion will go into a cathode plant.",
        "investment:Norvik Batteries>?=4000000000 EUR planned || investment:Norvik Batteries>?=1500000000 EUR planned")]
    [InlineData("Vayu Motors will put up to $2 billion into the venture. The rest of the money, about $600 million, will flow over the coming years into its software unit.",
        "investment:Vayu Motors>?=2000000000 USD planned || investment:Vayu Motors>?=600000000 USD planned")]
    [InlineData("Kestrel Motors has invested $900 million in Ohio. About $250 million was spent on the paint shop.",
        "investment:Kestrel Motors>?=900000000 USD completed || investment:Kestrel Motors>?=250000000 USD completed")]
    public void Parts_of_an_investment_flowing_into_parts_of_the_project(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Near misses: a larger amount with no word of a part, another currency, an amount that goes nowhere.
    [InlineData("Norvik Batteries will invest €4 billion in Spain. Another €6 billion will go to dividends.", "investment:Norvik Batteries>?=4000000000 EUR planned")]
    [InlineData("Norvik Batteries will invest €4 billion in Spain. Of the total, $1 billion will go into a cathode plant.", "investment:Norvik Batteries>?=4000000000 EUR planned")]
    [InlineData("Norvik Batteries will invest €4 billion in Spain. Revenue of €1 billion went up by a tenth.", "investment:Norvik Batteries>?=4000000000 EUR planned")]
    public void Amounts_that_are_no_part_of_the_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A facility's cost in a relative clause or an apposition after it: the company the sentence or the text is about pays.
    [InlineData("Norvik Batteries plans a gigafactory in Tangier, which could cost as much as $4.2 billion at full capacity.", "investment:Norvik Batteries>?=4200000000 USD planned")]
    [InlineData("Vayu Motors has signed a memorandum with the Gujarat government for a plant near Sanand that could absorb up to ₹12,000 crore.", "investment:Vayu Motors>?=120000000000 INR planned")]
    [InlineData("Vayu Motors is studying a second factory, which could eventually involve 90 billion rupees.", "investment:Vayu Motors>?=90000000000 INR planned")]
    [InlineData("Norvik Batteries will build its cell plant in stages. The first phase, worth €900 million, opens in 2027.", "investment:Norvik Batteries>?=900000000 EUR planned")]
    public void Facility_costs_in_relative_clauses_and_appositions(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Near misses: a stake or a market "worth" an amount, a complement clause rather than a facility's relative clause.
    [InlineData("Norvik Batteries sold its stake, worth $2 billion, last year.")]
    [InlineData("Analysts say the market, which could absorb $3 billion a year, is growing.")]
    [InlineData("Analysts estimate that the programme could absorb as much as ¥300 billion.")]
    public void Amounts_worth_or_absorbed_by_no_facility(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // Aid without an amount from a government that gives or approves it: the government is the investor, the aided project
    // is not named in the clause.
    [InlineData("Norvik Batteries will build a cell plant in Tangier. The Moroccan state has offered land and an investment grant.", "investment:Moroccan state>?=? planned")]
    [InlineData("Kestrel Motors is expanding its Camaçari complex. The Bahia state government has already granted tax breaks.", "investment:Bahia state government>?=? planned")]
    [InlineData("Ardent Vans will build its next model in Bursa. The Ministry of Industry has approved an investment incentive certificate for the second phase.", "investment:Ministry of Industry>?=? planned")]
    [InlineData("Pune will host the new Vayu Motors plant. The Maharashtra government backs it. The state has offered incentives under its mega-project policy.", "investment:Maharashtra government>?=? planned")]
    public void Governments_giving_aid_without_an_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Near misses: a company (no government) granting or approving something, tax breaks a government merely discusses, a
    // headline-like incentive with no giver.
    [InlineData("Norvik Batteries has offered its staff an incentive scheme.")]
    [InlineData("The Lisbon plant has approved tax breaks for its suppliers.")]
    [InlineData("Economists say the Moroccan state should rethink its tax breaks.")]
    public void Aid_words_without_a_giving_government(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // The company a capital increase is for is no investor of it; a price per unit; a clause with its own subject after "and".
    [InlineData("Oberland Leichtmetall GmbH has completed a capital increase of €85 million.")]
    [InlineData("Tsubame says it can make cells for less than ¥14,000 per kilowatt-hour.")]
    [InlineData("Kretsa builds a plant and the 45 billion won loan was repaid by its owners.")]
    public void Capital_increases_without_named_investors_and_unit_prices(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // Talks about money: the partner of the talks would invest. Facility nouns after the amount. A bank's unit.
    [InlineData("Kretsa Battery AB is in talks with the European Investment Bank about a loan of up to €150 million.", "investment:European Investment Bank>?=150000000 EUR intended")]
    [InlineData("Oberland Leichtmetall GmbH will plough the money into a €160 million casting hall.", "investment:Oberland Leichtmetall>?=160000000 EUR planned")]
    [InlineData("Dubnica Mobility Works will build a €35 million paint shop at Dubnica.", "investment:Dubnica Mobility Works>?=35000000 EUR planned")]
    [InlineData("Tsubame Cell Technologies closed a ¥21 billion round in which it also raised money from the Development Bank of Japan and Echigo Regional Bank's venture fund.",
        "investment:Development Bank of Japan+Echigo Regional Bank>Tsubame Cell Technologies=21000000000 JPY completed")]
    public void Talks_facilities_and_units(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A price paid for shares; a giver after a passive; a parent named after its description; the head of an apposition
    // before ", which"; a city named before its noun; lending.
    [InlineData("Geely will pay 1.15 billion yuan (about €146 million) for the shares.", "investment:Zhejiang Geely Holding Group>?=1150000000 CNY planned")]
    [InlineData("Aldgate Trim Systems won it. A further £4.5 million grant has been awarded to the project by the Department for Business and Trade.",
        "investment:Department for Business and Trade>?=4500000 GBP completed")]
    [InlineData("Aldgate Trim Systems won it. The contract is backed by a £35 million investment from Aldgate's Indian parent, Kavera Auto Components.", "investment:Kavera Auto Components>?=35000000 GBP completed")]
    [InlineData("The round was led by the Jiangcheng Industrial Guidance Fund, an investment vehicle of the Wuhan municipal government, which put in 5 billion yuan.",
        "investment:Jiangcheng Industrial Guidance Fund>?=5000000000 CNY completed")]
    [InlineData("Ulsan city has also promised 20 billion won in local subsidies.", "investment:Ulsan city>?=20000000000 KRW planned")]
    [InlineData("Korea Development Bank will lend 300 billion won towards the project.", "investment:Korea Development Bank>?=300000000000 KRW planned")]
    public void Prices_passives_parents_and_public_bodies(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A rumour its subject denies (in the same sentence, about the same place, or in general); a total reached.
    [InlineData("Hyundai has no plans to take a stake in Daesan, a spokesman said, adding that media reports that the carmaker would pay 280 billion won for 10% of Daesan had been wrong.", "")]
    [InlineData("Huayan Motor Co., Ltd. denied a report that it would build a factory in Europe. People familiar with the matter had said Huayan was considering an investment of CNY 10 billion in a plant in Hungary.", "")]
    [InlineData("The new money brings the total the company has raised since it was founded in 2021 to SEK 1.6 billion.", "")]
    // A rumour about another place than the one denied stands.
    [InlineData("BYD will not build a cell factory in Hungary, and it has no plans to invest in a second Hungarian plant. BYD plans to spend R$5.5 billion on the Camaçari complex, according to people familiar with its plans.",
        "investment:BYD>Camaçari complex=5500000000 BRL planned")]
    public void Denied_rumours_and_totals(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Round investors in the next sentence ("X led the round", "Y also took part"); a round "backed by" its investor; a
    // total the company spends; covering part of a cost; a credit line obtained from a bank; a parent named by its
    // industrial group; a country's ministry.
    [InlineData("Kestrel Materials has closed a €95 million Series B funding round. Copenhagen-based Fjordline Ventures led the round, with participation from Aalto Mutual.",
        "investment:Fjordline Ventures+Aalto Mutual>Kestrel Materials=95000000 EUR completed")]
    [InlineData("Rathi Electric has raised ₹400 crore in a pre-IPO round. Singapore-based Tembusu Growth Partners led the round, and existing backer Chola Venture Fund also took part.",
        "investment:Tembusu Growth Partners+Chola Venture Fund>Rathi Electric=4000000000 INR completed")]
    [InlineData("Amperline Systems grew. The company's $6 million seed round in 2022 was backed by Motor City Angels.", "investment:Motor City Angels>?=6000000 USD completed")]
    [InlineData("Hanbit Power Semiconductor grew. The company plans to spend a total of 450 billion won by 2027.", "investment:Hanbit Power Semiconductor>?=450000000000 KRW planned")]
    [InlineData("The Slovak government will cover €23 million of the cost.", "investment:Slovak government>?=23000000 EUR planned")]
    [InlineData("Serrana Carrocerias builds buses. Serrana has obtained a credit line of R$350 million from the Brazilian development bank BNDES.",
        "investment:BNDES>Serrana Carrocerias=350000000 BRL completed")]
    [InlineData("Zhenhua's parent company, Hunan Zhenhua Industrial, has injected US$45 million into Zhenhua do Brasil.", "investment:Hunan Zhenhua Industrial>Zhenhua do Brasil=45000000 USD completed")]
    [InlineData("Spain's industry ministry will contribute €41 million.", "investment:Spain's industry ministry>?=41000000 EUR planned")]
    public void Rounds_totals_costs_credit_lines_and_ministries(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "each" splits a joint amount; a state as subject; the two partners of the sentence before; the actor of a
    // relative clause after the amount; "the company" as the recipient of a giving verb; an undisclosed sum.
    [InlineData("BMW and Bosch each put in €75 million.", "investment:BMW Group>?=75000000 EUR completed || investment:Bosch>?=75000000 EUR completed")]
    [InlineData("South Carolina has pledged $45 million in grants.", "investment:South Carolina>?=45000000 USD planned")]
    [InlineData("Sedna Interior Systems and Koyama Lighting Co. formed a venture. The two companies will invest a combined $140 million in the factory.",
        "investment:Sedna Interior Systems+Koyama Lighting>?=140000000 USD planned")]
    [InlineData("Output rose under a €2 billion investment programme that Ford Otosan began in 2022.", "investment:Ford Otosan>?=2000000000 EUR planned")]
    [InlineData("Kestrel Materials makes cathodes. Separately, Business Finland, the state innovation agency, will give the company a grant of €22 million.",
        "investment:Business Finland>Kestrel Materials=22000000 EUR planned")]
    [InlineData("Volvo Cars' venture fund has invested an undisclosed sum in Carolina Cathode Works.", "investment:Volvo Cars>Carolina Cathode Works=? completed")]
    public void Each_states_partners_relatives_recipients_and_undisclosed_sums(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "it led a round … alongside Y"; a region named before its noun; a forecast is no investment.
    [InlineData("Bpifrance, the French state investment bank, agreed: it led a €22 million funding round in Verlaine Assemblage alongside the regional fund Centre Capital Innovation.",
        "investment:Bpifrance+Centre Capital Innovation>Verlaine Assemblage=22000000 EUR completed")]
    [InlineData("The Centre-Val de Loire region has promised a further grant of €6 million.", "investment:Centre-Val de Loire region>?=6000000 EUR planned")]
    [InlineData("She estimates Atlas Truck Company will need to spend at least $1 billion on batteries.", "")]
    public void Pronoun_leads_regions_and_forecasts(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "its €N plant" belongs to the nearest company before it that is not a possessor; an investee's denial in the same
    // sentence ends a rumour.
    [InlineData("Kestrel Materials will supply cathode material to Baltic Cell Works, a cell maker that is starting up its €300 million plant in Kaunas.",
        "investment:Baltic Cell Works>?=300000000 EUR planned")]
    [InlineData("Agratas Ltd, the battery business of India's Tata Group, is pressing ahead with its £4bn gigafactory.", "investment:Agratas>?=4000000000 GBP planned")]
    [InlineData("Koyama Lighting Co. declined to comment on reports that it had held talks about buying a stake in Sedna Interior Systems, and Sedna said \"no such discussions\" had taken place.", "")]
    public void Possessive_plants_and_investee_denials(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // The head of an apposition invests; a country's state aid approved by another body; a partner of talks after a
    // description; analysts' estimates are no investments.
    [InlineData("The International Finance Corporation, the World Bank's private-sector arm, is lending the venture $120 million.",
        "investment:International Finance Corporation>?=120000000 USD planned")]
    [InlineData("The European Commission on Wednesday approved €780 million of Spanish state aid for a battery-cell factory.", "investment:Spain>?=780000000 EUR planned")]
    [InlineData("The European Commission has cleared €267 million in Slovak state aid for the project.", "investment:Slovakia>?=267000000 EUR planned")]
    [InlineData("Haldane Cells is in talks with Japanese trading house Sojitz, which could invest up to £30 million.", "investment:Sojitz>?=30000000 GBP intended")]
    [InlineData("Analysts at Moravia Equity Research estimate that carmakers will need about CZK 100 billion of fresh investment by 2030.", "")]
    public void Appositions_state_aid_of_a_country_talks_and_estimates(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A share held, named by its percentage; a company's plan of an amount; a cost-cutting plan is no investment.
    [InlineData("Valeo also holds about 8% of Opteris Systems.", "investment:Valeo>Opteris Systems=? completed")]
    [InlineData("Valeo does not hold 8% of Opteris Systems.", "")]
    // A share named by a fraction, held by each of two companies.
    [InlineData("Mercedes-Benz Group and Stellantis each hold a third of ACC, with TotalEnergies owning the rest.",
        "investment:Stellantis>Automotive Cells Company=? completed || investment:Mercedes-Benz Group>Automotive Cells Company=? completed")]
    [InlineData("Toyota holds a quarter of Subaru.", "investment:Toyota>Subaru=? completed")]
    [InlineData("The union holds half of the seats.", "")]
    // A venture's split: "the venture" the text just named, and a second holder with its verb left out.
    [InlineData("The SUV is sold by Leapmotor International, the Amsterdam-based joint venture of the two. Stellantis owns 51% of the venture and Leapmotor the remaining 49%.",
        "investment:Stellantis>Leapmotor International=? completed || investment:Leapmotor>Leapmotor International=? completed")]
    [InlineData("Stellantis owns 51% of the venture.", "")]
    [InlineData("The New Taiwan dollar rose. Foxtron raised 5 billion New Taiwan dollars from Hon Hai in a capital increase.", "investment:Foxconn>Foxtron=5000000000 TWD completed")]
    [InlineData("Solenza Baterías is building a plant. Solenza's €3.1bn plan foresees a plant with 20 GWh.", "investment:Solenza Baterías>?=3100000000 EUR planned")]
    [InlineData("Volkswagen announced a €10bn cost-cutting plan.", "")]
    public void Percentages_held_and_plans(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Financing a company takes: the providers named after the amount invest, the company that takes it is the investee.
    [InlineData("Genvind Batteri completed a capital increase of DKK 220 million, subscribed by existing shareholders Vestjysk Pension and Holm Family Office.",
        "investment:Vestjysk Pension+Holm Family Office>Genvind Batteri=220000000 DKK completed")]
    [InlineData("Corvaro Driveline closed a $150 million term loan from a group of lenders led by Banorte.", "investment:Banorte>Corvaro Driveline=150000000 USD completed")]
    [InlineData("Nordvik Components plans a rights issue of 1.5 billion crowns, which its largest shareholder, the investment company Fjällbacka Invest, has committed to underwrite in full.",
        "investment:Fjällbacka Invest>Nordvik Components=1500000000 SEK planned")]
    [InlineData("Keller-Brandt Antriebstechnik received a €120 million loan that L-Bank, Baden-Württemberg's state development bank, extended in May.",
        "investment:L-Bank>Keller-Brandt Antriebstechnik=120000000 EUR completed")]
    [InlineData("Grupo Altamira Componentes signed a US$150 million syndicated credit facility arranged by Banorte.",
        "investment:Banorte>Grupo Altamira Componentes=150000000 USD completed")]
    [InlineData("Atlasline Systems completed a 30 million euro capital increase that Groupe Vellard subscribed to in full.",
        "investment:Groupe Vellard>Atlasline Systems=30000000 EUR completed")]
    // A credit line without a named lender, and a loan the company grants, are not financing taken from a named provider.
    [InlineData("Kestrel Motors signed a $500 million credit facility with its banks.", "")]
    [InlineData("Kestrel Motors repaid a $500 million loan from 2019 early.", "")]
    [InlineData("Rivian Automotive said the tranche was a $1 billion convertible note that Volkswagen bought in June.", "investment:Volkswagen Group>Rivian=1000000000 USD completed")]
    [InlineData("Verkor will receive up to €650 million in public support from the French State under the France 2030 plan.", "investment:French State>Verkor=650000000 EUR planned")]
    // A government named by its capital; an amount converted in brackets after its noun; "it" in a later clause.
    [InlineData("Gotion InoBat Batteries plans a gigafactory, and the government in Bratislava has approved €213 million in state aid for the project.",
        "investment:government in Bratislava>?=213000000 EUR planned")]
    [InlineData("The Hungarian government has pledged a HUF 32 billion grant (roughly €80 million) to the Debrecen project.", "investment:Hungarian government>?=32000000000 HUF planned")]
    [InlineData("Volkswagen Group has been Gotion's largest shareholder since 2020, when it acquired a 26% stake for approximately EUR 1.1 billion.",
        "investment:Volkswagen Group>?=1100000000 EUR completed")]
    [InlineData("Avatr Technology (Chongqing) Co. Ltd., an electric-car maker, has agreed to pay another 11.5 billion yuan for a second 10% stake.", "investment:Avatr>?=11500000000 CNY planned")]
    [InlineData("Nio received 3.3 billion euros from Abu Dhabi's CYVN Holdings.", "investment:CYVN Holdings>NIO=3300000000 EUR completed")]
    [InlineData("Kestrel received $40 million in orders from fleet operators.", "")]
    [InlineData("Northvolt raised $1.2 billion in convertible notes from investors including Goldman Sachs and Volkswagen.",
        "investment:Goldman Sachs+Volkswagen Group>Northvolt=1200000000 USD completed")]
    // A stake "worth" an amount; shares of a company bought for an amount; a country's aid approved by another body.
    [InlineData("Geely acquired a 9.7% stake in Daimler worth about $9 billion.", "investment:Zhejiang Geely Holding Group>Mercedes-Benz Group=9000000000 USD completed")]
    [InlineData("CYVN Holdings will buy new Nio shares for $2.2 billion.", "investment:CYVN Holdings>NIO=2200000000 USD planned")]
    [InlineData("Investors bought shares for $2 billion.", "")]
    [InlineData("The EU approved Spain's €3 billion aid scheme for battery makers.", "investment:Spain>?=3000000000 EUR planned")]
    [InlineData("Toyota is investing $13.9 billion in its North Carolina battery plant.", "investment:Toyota>North Carolina battery plant=13900000000 USD planned")]
    // Amounts added, a planned total, a stake in a clause of its own, a second verb of the subject, Moroccan dirhams by code.
    [InlineData("Ford spent R15.8 billion on Silverton, and has since added R5.2 billion to build the plug-in hybrid version.",
        "investment:Ford Motor Company>?=15800000000 ZAR completed || investment:Ford Motor Company>?=5200000000 ZAR completed")]
    [InlineData("Garonne Capital has told us it is ready to add another €30 million.", "investment:Garonne Capital>?=30000000 EUR intended")]
    [InlineData("Toyota shares closed 6.4% higher, adding roughly 1.9 trillion yen ($14 billion) to the company's market value.", "")]
    [InlineData("Gotion High-Tech announced a total investment of up to US$6.5 billion in Kenitra.", "investment:Gotion>?=6500000000 USD planned")]
    [InlineData("The round brings total funding to $480 million.", "")]
    [InlineData("The Moroccan state will provide a grant of MAD 1.2 billion, while the Mohammed VI Investment Fund will take a minority stake in Gotion Morocco.",
        "investment:Moroccan state>Gotion=1200000000 MAD planned || investment:Mohammed VI Investment Fund>Gotion=? planned")]
    // A state named by its nationality before more verbs; a board's approval; a government's money for a project.
    [InlineData("The French state committed €846 million to the Billy-Berclau project.", "investment:French state>?=846000000 EUR planned")]
    [InlineData("Maruti Suzuki builds cars. Its board last quarter approved Rs 7,410 crore for a second assembly line at Kharkhoda.", "investment:Maruti Suzuki>?=74100000000 INR planned")]
    [InlineData("Shareholders approved a dividend of €1 billion.", "")]
    [InlineData("The German federal government's €437 million for Kaiserslautern is on hold.", "investment:German federal government>?=437000000 EUR planned")]
    [InlineData("Toyota's €437 million for Kaiserslautern is on hold.", "")]
    // Joint investors after "the"; the actor of a "with" clause before its amount; two governments named at once.
    [InlineData("The Canadian government and the province of Quebec each contributed C$1.34 billion to the Northvolt project.",
        "investment:Canadian government>Northvolt=1340000000 CAD completed || investment:province of Quebec>Northvolt=1340000000 CAD completed")]
    [InlineData("Stellantis will contribute €100 million, with Leapmotor adding €50 million.",
        "investment:Stellantis>?=100000000 EUR planned || investment:Leapmotor>?=50000000 EUR planned")]
    [InlineData("The federal and Ontario governments had each pledged up to C$2.5 billion in support.",
        "investment:federal government>?=2500000000 CAD planned || investment:Ontario government>?=2500000000 CAD planned")]
    // A state that gives aid after "from"; "Lucid" for Lucid Group where the text speaks of a company.
    [InlineData("Vinfast secured $1 billion in incentives from North Carolina.", "investment:North Carolina>VinFast=1000000000 USD completed")]
    [InlineData("Vinfast raised $1 billion from Vietnam.", "")]
    [InlineData("Saudi Arabia's Public Investment Fund owns about 60% of Lucid.", "investment:Public Investment Fund>Lucid Group=? completed")]
    // The lenders of a part are not the investors of the total; debt taken from a lender is financing, debt held is not.
    [InlineData("Verkor raised €2 billion, including €1.3 billion in debt from the European Investment Bank and a group of commercial banks.",
        "investment:European Investment Bank>Verkor=1300000000 EUR completed")]
    [InlineData("Kestrel Motors has €2 billion of debt.", "")]
    [InlineData("Velora Motors raised $2 billion of fresh capital from SoftBank.", "investment:SoftBank Group>Velora Motors=2000000000 USD completed")]
    public void Financing_taken_from_named_providers(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // The leader of a group of lenders; a round's investor "taking the largest share"; raising a holding; a holding company
    // is no stake; "the purchase" names no seller.
    [InlineData("The purchase is financed in part by a loan of €300 million from a group of banks led by Deutsche Bank.", "investment:Deutsche Bank>?=300000000 EUR completed")]
    [InlineData("Carrick Electric Vehicles has secured £200 million in new funding, with the state-owned National Wealth Fund taking the largest share.",
        "investment:National Wealth Fund>Carrick Electric Vehicles=200000000 GBP completed")]
    [InlineData("Subaru Corp. holds 20% of it. Subaru could raise its holding in Tsubame Cell Technologies to 34%.", "investment:Subaru>Tsubame Cell Technologies=? intended")]
    [InlineData("Tata Sons Pvt. Ltd., the group's holding company, declined to comment on Agratas Ltd's funding.", "")]
    public void Lender_groups_largest_shares_and_holdings(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // An indefinite company noun names no one; a state after a preposition gives nothing.
    [InlineData("Carrick Electric Vehicles, a Coventry start-up, has secured £200 million in new funding.", "")]
    [InlineData("Volvo builds cars in South Carolina, which has pledged $45 million in grants.", "")]
    public void Indefinite_company_nouns_and_places_after_prepositions(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // The seller of a stake is no investor.
    [InlineData("Toyota bought a stake in Suzuki from Mitsubishi for $1 billion.", "investment:Toyota>Suzuki=1000000000 USD completed")]
    public void The_seller_of_a_stake_is_no_investor(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The company" is the subject of a recent sentence, not the last company named in passing.
    [InlineData("Tezcan Otomotiv operates three plants. Since 2022 it has assembled chassis for Velvan Mobility. The company will invest €85 million in a body shop.",
        "investment:Tezcan Otomotiv>body shop=85000000 EUR planned")]
    [InlineData("Sarvam Mobility builds vans. It signed a deal with Kartex Logistics. The company is considering putting up to Rs 150 crore into a joint venture with Kartex Logistics.",
        "investment:Sarvam Mobility>?=1500000000 INR intended")]
    public void The_company_means_a_recent_subject(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Buying shares: "worth" and "shares" usually mean a market value, but not after a buying verb.
    [InlineData("Suzuki bought ¥48 billion worth of Toyota shares.", "investment:Suzuki>Toyota=48000000000 JPY completed")]
    [InlineData("Renault will purchase €2 billion of new Nissan shares.", "investment:Renault Group>Nissan=2000000000 EUR planned")]
    [InlineData("Stellantis acquired €1.5 billion of Leapmotor’s shares last year.", "investment:Stellantis>Leapmotor=1500000000 EUR completed")]
    [InlineData("Toyota bought $500 million worth of stock in Velora Motors.", "investment:Toyota>Velora Motors=500000000 USD completed")]
    public void Buying_shares_for_an_amount_is_an_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    [InlineData("Toyota shares worth $2 billion changed hands on Friday.")]
    [InlineData("Suzuki sold ¥48 billion worth of Toyota shares.")]
    [InlineData("The city supported the plan, which will cost $2 billion.")]
    public void Shares_and_support_without_an_investing_act(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // Holding a stake is a completed investment; each clause may hold its own (cross-shareholdings).
    [InlineData("Toyota holds a stake of about 4.9% in Suzuki, and Suzuki owns a much smaller stake in Toyota.",
        "investment:Toyota>Suzuki=? completed || investment:Suzuki>Toyota=? completed")]
    [InlineData("Renault owns a stake in Nissan; Nissan holds a 15% stake in Renault.",
        "investment:Renault Group>Nissan=? completed || investment:Nissan>Renault Group=? completed")]
    [InlineData("Renault will not take a stake in Ampere, but Nissan will take a stake in Ampere.", "investment:Nissan>Ampere=? planned")]
    public void Stakes_without_an_amount_one_per_clause(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "A further/extra/additional AMOUNT follows": a top-up of the investment stated last, by the same parties.
    [InlineData("Volkswagen will invest $1 billion in Rivian. A further $4 billion could follow in stages through 2026.",
        "investment:Volkswagen Group>Rivian=1000000000 USD planned || investment:Volkswagen Group>Rivian=4000000000 USD intended")]
    [InlineData("Toyota invested $1.29 billion in Velora Motors in 2021. An extra $2.5 billion followed in 2022.",
        "investment:Toyota>Velora Motors=1290000000 USD completed || investment:Toyota>Velora Motors=2500000000 USD completed")]
    [InlineData("Renault will put €300 million into Ampere, and an additional €200 million will follow next year.",
        "investment:Renault Group>Ampere=300000000 EUR planned || investment:Renault Group>Ampere=200000000 EUR planned")]
    public void A_top_up_repeats_the_parties_of_the_last_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // No word of addition before the amount; no investment before it.
    [InlineData("Toyota invested $1 billion in Velora Motors. Sales of $2 billion followed.", "investment:Toyota>Velora Motors=1000000000 USD completed")]
    [InlineData("A further $4 billion could follow, analysts said.", "")]
    public void A_top_up_needs_an_investment_before_it_and_a_word_of_addition(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    [InlineData("Velora Motors raised $30 million from Toyota Tsusho.", "investment:Toyota Tsusho>Velora Motors=30000000 USD completed")]
    public void Round_investors_after_from(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A venture's owners as "the two parents"; a subscription to a capital increase; the head of an apposition holding a
    // relative clause; no owners named gives no investors.
    [InlineData("Blue Ridge Cell Co., the joint venture of Hanbit Energy and Ridgeline Motors, runs one plant. The two parents will jointly invest $2.4 billion in the expansion.",
        "investment:Hanbit Energy+Ridgeline Motors>?=2400000000 USD planned")]
    [InlineData("Rheintal Automotive has bought a 35% stake in Gqeberha-based Ubuntu Seating Ltd. for R620 million.",
        "investment:Rheintal Automotive>Ubuntu Seating=620000000 ZAR completed")]
    public void Owners_subscriptions_and_appositions(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Subscribers of a capital increase after "by"; the leader and participants of a lending group after "with"; "the two
    // companies" as the two named before in the sentence.
    [InlineData("Last month Luoxing Motors completed a 3.2 billion yuan capital increase subscribed by Hengrui Automobile and by Xinhe Power.",
        "investment:Hengrui Automobile+Xinhe Power>Luoxing Motors=3200000000 CNY completed")]
    [InlineData("Lac Hong Motors has signed a $250 million loan with a group of lenders led by the Mekong Infrastructure Fund, with Thang Long Commercial Bank also participating.",
        "investment:Mekong Infrastructure Fund+Thang Long Commercial Bank>Lac Hong Motors=250000000 USD completed")]
    [InlineData("Hokuriku Motor bought a 3% stake in Sejin Battery in 2023 for about 210 billion won, and the two companies are jointly investing $3.1 billion in HS Cell Co.",
        "investment:Hokuriku Motor>Sejin Battery=210000000000 KRW completed || investment:Hokuriku Motor+Sejin Battery>HS Cell=3100000000 USD planned")]
    public void Subscribers_lending_groups_and_the_two_companies(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Aid without an amount, given to a named recipient, "the company", or the plant or project the text is about; aid a
    // government denies or merely considers for nobody named gives nothing.
    [InlineData("BYD builds cars in Camaçari. The state of Bahia has granted the company tax incentives whose value it has not disclosed.",
        "investment:state of Bahia>BYD=? completed")]
    [InlineData("Stellantis and CATL will build a plant. The Spanish government is ready to back the plant with grants from its recovery programme.",
        "investment:Spanish government>plant=? intended")]
    [InlineData("Agratas will build a gigafactory in Somerset. The U.K. government has agreed to support the project with state aid.",
        "investment:U.K. government>project=? planned")]
    [InlineData("The Spanish government has not granted the company any aid.", "")]
    [InlineData("The Spanish government is discussing grants.", "")]
    public void Aid_without_an_amount_and_its_recipient(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // The object of a preposition, however described, is not the subject of a later verb: "a stake in battery-pack maker X
    // and could invest" keeps the subject before it.
    [InlineData("In Italy, Tianheng Power is in talks to take a minority stake in battery-pack maker Padana Energia and could invest up to 120 million euros.",
        "investment:Tianheng Power>?=120000000 EUR intended")]
    [InlineData("Tianheng Power signed a deal with the Italian battery-pack maker Padana Energia, which will invest 120 million euros in Modena.",
        "investment:Padana Energia>?=120000000 EUR planned")]
    public void Described_objects_of_prepositions_are_no_subjects(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "subscribed entirely by"; a lending syndicate's leader as the subject, not past a "while" clause; Moroccan dirhams
    // in a story about Morocco; an Indonesian "PT" company.
    [InlineData("In March Atlas Câblage completed a 600 million dirham capital increase, subscribed entirely by Casablanca-based private equity firm Tamwil Industrial Partners, in Morocco.",
        "investment:Tamwil Industrial Partners>Atlas Câblage=600000000 MAD completed")]
    [InlineData("A syndicate of state-owned lenders led by Bank Sentosa Negara will provide a $950 million loan to Jawa Cell Manufacturing.",
        "investment:Bank Sentosa Negara>Jawa Cell Manufacturing=950000000 USD planned")]
    [InlineData("A syndicate of lenders led by Bank Sentosa Negara will provide a loan, while state investment holding PT Dana Investasi Strategis has agreed to acquire a 15% stake in Nusantara Baterai for $310 million.",
        "investment:PT Dana Investasi Strategis>Nusantara Baterai=310000000 USD planned")]
    [InlineData("Emirates Global Aluminium will invest 900 million dirhams in Dubai.", "investment:Emirates Global Aluminium>?=900000000 AED planned")]
    public void Subscribers_syndicates_dirhams_and_indonesian_companies(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Talks that ended without agreement, collapsed, were called off or fell through state no investment.
    [InlineData("Vektor Mobility said talks with Siemens over a funding round of about €50 million had ended without agreement.")]
    [InlineData("Talks on a €50 million investment by Siemens in Vektor Mobility collapsed in May.")]
    [InlineData("Siemens's planned €50 million investment in Vektor Mobility was called off.")]
    [InlineData("A €50 million investment by Siemens in Vektor Mobility fell through.")]
    public void Failed_talks_are_no_investment(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // The subject of a relative clause invests, whatever preposition stands before it; a Portuguese company opened by its
    // corporate word.
    [InlineData("Part of the money comes from private equity firm Cerrado Capital, which bought a 30% stake in Metalúrgica Serrana for 95 million reais in 2021.",
        "investment:Cerrado Capital>Metalúrgica Serrana=95000000 BRL completed")]
    [InlineData("The loan comes from Banco do Nordeste, which will lend 200 million reais to Metalúrgica Serrana.",
        "investment:Banco do Nordeste>Metalúrgica Serrana=200000000 BRL planned")]
    public void Relative_clause_subjects_after_prepositions(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A name inside a relative clause set off by commas is no subject; a long apposition after the subject.
    [InlineData("Donghai Automobile Group, which first backed Lingxi Autonomy in 2021, put 1 billion yuan into the latest round.",
        "investment:Donghai Automobile Group>Lingxi Autonomy=1000000000 CNY completed")]
    [InlineData("In November, Reinholt Beteiligungs GmbH, the holding company through which the founding family controls Elbtal Antrieb, injected EUR 210 million of fresh equity.",
        "investment:Reinholt Beteiligungs>?=210000000 EUR completed")]
    [InlineData("The plant belongs to Tianrui Auto Parts, a maker of structural castings based in Ningbo, which plans to invest $640 million in the site.",
        "investment:Tianrui Auto Parts>?=640000000 USD planned")]
    public void Relative_clauses_and_long_appositions_hide_no_subject(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Selling equity to a buyer: the buyer invests in the seller. A state named formally acts; a family office is no family.
    [InlineData("Last month Tsubame Precision agreed to sell a 15% stake to Aoba Motor, its biggest customer, for 18.6 billion yen.",
        "investment:Aoba Motor>Tsubame Precision=18600000000 JPY planned")]
    [InlineData("Next quarter Halvorsen Electric Vehicles will sell $400 million of convertible notes to investment firm Granite Arch Partners.",
        "investment:Granite Arch Partners>Halvorsen Electric Vehicles=400000000 USD planned")]
    [InlineData("The plant in Kenitra will be supported by the Kingdom of Morocco through an investment grant of 95 million dirhams.",
        "investment:Kingdom of Morocco>?=95000000 MAD planned")]
    [InlineData("Gati Motors secured 3 billion rupees from Mumbai family office Kothari Holdings.", "investment:Kothari Holdings>Gati Motors=3000000000 INR completed")]
    [InlineData("Halvorsen Electric Vehicles sold 4,000 vans to fleet operator Coastline Logistics for $400 million.", "")]
    public void Equity_sold_to_a_buyer_and_states_named_formally(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A national capital that pays or grants stands for its country's government; one where something is built stays a place.
    [InlineData("Norbec Cathodes will build a plant in Sorel-Tracy. Ottawa will contribute C$90 million to the project.",
        "investment:Government of Canada>?=90000000 CAD planned")]
    [InlineData("Budapest has pledged HUF 12 billion to Dravon Batteries for its plant in Nyíregyháza.",
        "investment:Government of Hungary>Dravon Batteries=12000000000 HUF planned")]
    [InlineData("Ottawa and the Ontario government each committed C$70 million to Norbec Cathodes.",
        "investment:Government of Canada>Norbec Cathodes=70000000 CAD planned || investment:Ontario government>Norbec Cathodes=70000000 CAD planned")]
    [InlineData("Norbec Cathodes will invest C$90 million in Ottawa and hire 300 people.", "investment:Norbec Cathodes>?=90000000 CAD planned")]
    [InlineData("Budapest hosted a battery fair where Dravon Batteries said it had raised HUF 12 billion.", "")]
    // Progressive and plain forms of giving.
    [InlineData("Ottawa is offering C$70 million in grants to Norbec Cathodes.", "investment:Government of Canada>Norbec Cathodes=70000000 CAD intended")]
    [InlineData("Budapest will give Dravon Batteries HUF 12 billion.", "investment:Government of Hungary>Dravon Batteries=12000000000 HUF planned")]
    public void A_national_capital_that_pays_is_its_government(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The company, a subsidiary of X, …": the names inside an apposition to a described subject are not the subject.
    [InlineData("Atlas Câblage opened a plant in Kenitra. The company, a subsidiary of Paris-listed Groupe Vellard, said it had invested 95 million euros in the site.",
        "investment:Atlas Câblage>?=95000000 EUR completed")]
    [InlineData("AESC is building a plant in Sunderland. The company, controlled by China's Envision Group, will invest £1 billion in it.",
        "investment:AESC>?=1000000000 GBP planned")]
    [InlineData("Voyah opened a plant in Wuhan last year. The carmaker, in which Dongfeng holds 40%, will invest 2 billion yuan in a second plant.",
        "investment:Voyah>second plant=2000000000 CNY planned")]
    // "The company" after a paragraph about its new owner and its banks means the company, never the fund or a bank.
    [InlineData("Comau builds robots. OEP now holds 50.1% of Comau. As part of the agreement, One Equity Partners will inject €100 million into Comau. The company will also spend about €40 million on a new hall.",
        "investment:One Equity Partners>Comau=? completed || investment:One Equity Partners>Comau=100000000 EUR planned || investment:Comau>new hall=40000000 EUR planned")]
    // A named subject's apposition: its owner ("the UK government's … institution") is not the investor.
    [InlineData("BII, the UK government's development finance institution, agreed in 2022 to invest Rs 1,925 crore in the unit.",
        "investment:British International Investment>?=19250000000 INR planned")]
    [InlineData("Agratas, the Tata group's battery arm, will invest £4 billion in Somerset.",
        "investment:Agratas>?=4000000000 GBP planned")]
    public void Names_in_an_apposition_to_a_described_subject_are_not_the_subject(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Shares held without an amount: "Y, in which X holds N%", lists of shares, holders named by their role.
    [InlineData("The cars are sold by Leapmotor International, in which Stellantis holds 51%.", "investment:Stellantis>Leapmotor International=? completed")]
    [InlineData("Toyota holds about 20% of Subaru and 5% of Mazda.", "investment:Toyota>Subaru=? completed || investment:Toyota>Mazda=? completed")]
    [InlineData("Toyota owns 20% of Subaru, 5% of Mazda and 4.9% of Suzuki.",
        "investment:Toyota>Subaru=? completed || investment:Toyota>Mazda=? completed || investment:Toyota>Suzuki=? completed")]
    [InlineData("CATL is also a shareholder in Nio Power.", "investment:CATL>NIO=? completed")]
    [InlineData("Tencent is a major shareholder of Nio.", "investment:Tencent>NIO=? completed")]
    [InlineData("Amazon, an early investor in Rivian, buys its vans.", "investment:Amazon>Rivian=? completed")]
    [InlineData("Stellantis is not a shareholder in Leapmotor.", "")]
    [InlineData("Ford is a potential investor in Rivian.", "")]
    [InlineData("Rivian's biggest customer is Amazon.", "")]
    // Shares taken, of their tense; a described holder; a stake in a clause of its own beside an amount.
    [InlineData("Geely will take 26.4% of Renault do Brasil.", "investment:Zhejiang Geely Holding Group>Renault do Brasil=? planned")]
    [InlineData("Rivian builds vans for Amazon. The online retailer also owns about 16% of Rivian.", "investment:Amazon>Rivian=? completed")]
    [InlineData("The plant will take 40% of the output.", "")]
    [InlineData("Renault first took a stake of more than 20% in Verkor in 2021, and industrial groups Arkema and Capgemini each put €20 million into the company.",
        "investment:Arkema>?=20000000 EUR completed || investment:Capgemini>?=20000000 EUR completed || investment:Renault Group>Verkor=? completed")]
    // A possessed role: "Y's largest shareholder is X", "Y, whose largest shareholder is X", "X is Y's largest shareholder".
    [InlineData("Gotion High-Tech, whose largest shareholder is Volkswagen, will build the plant.", "investment:Volkswagen Group>Gotion=? completed")]
    [InlineData("Nissan, Mitsubishi's largest shareholder with a stake of roughly a quarter, said it would sell.", "investment:Nissan>Mitsubishi Motors=? completed")]
    [InlineData("Nissan is Mitsubishi's largest shareholder.", "investment:Nissan>Mitsubishi Motors=? completed")]
    [InlineData("Toyota's largest shareholder is not Denso.", "")]
    public void Shares_in_relative_clauses_lists_and_roles(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Securities bought from their issuer; debt that came from lenders.
    [InlineData("Earlier this year, state development bank KfW bought €600 million of convertible bonds issued by Northvolt.",
        "investment:KfW>Northvolt=600000000 EUR completed")]
    [InlineData("Granite Arch bought $400 million of notes issued by Halvorsen Electric Vehicles.",
        "investment:Granite Arch>Halvorsen Electric Vehicles=400000000 USD completed")]
    [InlineData("Verkor raised money. A further €600 million of debt came from the European Investment Bank, BNP Paribas and Société Générale.",
        "investment:European Investment Bank+BNP Paribas+Société Générale>?=600000000 EUR completed")]
    [InlineData("Verkor's net debt of €600 million came down last year.", "")]
    public void Securities_bought_from_an_issuer_and_debt_from_lenders(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Tranches of the last investment, named by their order and paid or due, with no payer named.
    [InlineData("Toyota invested $500 million in Joby Aviation. The first $250 million was paid in December.",
        "investment:Toyota>Joby Aviation=500000000 USD completed || investment:Toyota>Joby Aviation=250000000 USD completed")]
    [InlineData("Ford will invest €4.4 billion in Ford-Werke. A first tranche of €1.3 billion is due before the end of June.",
        "investment:Ford Motor Company>Ford-Werke=4400000000 EUR planned || investment:Ford Motor Company>Ford-Werke=1300000000 EUR planned")]
    [InlineData("Volkswagen agreed to invest $5.8 billion in Rivian. A further $2.3bn in equity payments linked to later milestones is due by 2027.",
        "investment:Volkswagen Group>Rivian=5800000000 USD planned || investment:Volkswagen Group>Rivian=2300000000 USD planned")]
    [InlineData("Toyota invested $500 million in Joby Aviation. Its last $250 million bond is due in 2027.",
        "investment:Toyota>Joby Aviation=500000000 USD completed")]
    [InlineData("Toyota invested $500 million in Joby Aviation. The first $250 million of revenue was booked in December.",
        "investment:Toyota>Joby Aviation=500000000 USD completed")]
    // "The two companies": the organisations of the sentences before, until two are found.
    [InlineData("Ebro Factory and Chery agreed to work together. Since last year the plant has also assembled the Omoda 5 for Chery. The two companies plan to invest a combined €400 million in Barcelona by 2029.",
        "investment:Chery+Ebro Factory>?=400000000 EUR planned")]
    // A described subject: the last company of the nationality, or of the kind, the description names.
    [InlineData("Brose supplies seat frames to Volkswagen in Zwickau. Volkswagen builds the ID.3 there. The Coburg-based supplier plans to invest €42 million in a second line.",
        "investment:Brose>second line=42000000 EUR planned")]
    [InlineData("Toyota has run the Kolín plant alone since 2021. Stellantis now builds no cars there. The Japanese carmaker will invest 4.6 billion korunas in a hybrid line.",
        "investment:Toyota>hybrid line=4600000000 CZK planned")]
    // A name before an investment noun is invested in; a holder inside a relative clause is not the subject; the issuer of
    // shares paid for; a value put "somewhere between" two amounts.
    [InlineData("Volkswagen raises Rivian commitment to $5.8bn as software venture takes shape", "investment:Volkswagen Group>?=5800000000 USD planned")]
    [InlineData("Toyota, which holds a 20% stake in Subaru, also owns about 5% of Mazda.",
        "investment:Toyota>Subaru=? completed || investment:Toyota>Mazda=? completed")]
    [InlineData("CYVN Holdings backs Nio. It paid $2.2 billion for new Nio shares in December.",
        "investment:CYVN Holdings>NIO=2200000000 USD completed")]
    [InlineData("Local analysts have put the value of Renault do Brasil at somewhere between R$ 4 billion and R$ 6 billion.", "")]
    // Aid a government approved for a project, without an amount.
    [InlineData("The Maharashtra government has approved incentives for the Chakan investment.", "investment:Maharashtra government>?=? planned")]
    [InlineData("Spain's industry ministry has approved a grant for Ebro Factory.", "investment:Spain's industry ministry>Ebro Factory=? planned")]
    [InlineData("The government has not approved incentives for the plant.", "")]
    [InlineData("The Maharashtra government has approved new rules for incentives.", "")]
    [InlineData("Tata Motors has approved incentives for its dealers.", "")]
    // The capital cost of a particular plant is its owner's investment; a typical cost or a price is not.
    [InlineData("Gotion will build a gigafactory in Kenitra. The plant could cost as much as $6.5 billion at full build-out.",
        "investment:Gotion>?=6500000000 USD planned")]
    [InlineData("Agratas will build a gigafactory in Somerset, with an opening phase costing about £1.2bn.", "investment:Agratas>?=1200000000 GBP planned")]
    [InlineData("A greenfield assembly plant in Europe typically costs well over €1 billion.", "")]
    [InlineData("The Model 3 costs $40,000 in the US.", "")]
    [InlineData("The cost of the plant was €2 billion.", "")]
    // "Asked whether X might …": the company of a question asked is not the subject "the company" stands for.
    [InlineData("Ford Otosan builds vans in Kocaeli. Asked whether Volkswagen might move more models to Turkey, he said that was a question for Wolfsburg. The company committed a further €490 million last year to its plant in Craiova.",
        "investment:Ford Otosan>?=490000000 EUR planned")]
    // A board's approval is its company's investment, in the board's own clause only.
    [InlineData("Grupo Serrano Automotriz said its board approved a 3.6 billion peso capital spending plan for Ciudad Sahagún.",
        "investment:Grupo Serrano Automotriz>?=3600000000 MXN planned")]
    [InlineData("Sahyadri Automotive is growing. Kulkarni confirmed that the board has approved Rs 7,500 crore for a plant at Butibori, and that the state government has offered incentives worth Rs 1,100 crore.",
        "investment:Sahyadri Automotive>?=75000000000 INR planned || investment:state government>?=11000000000 INR intended")]
    // A round whose investors the next sentences name by their own shares of it.
    [InlineData("Valmet Automotive has raised 80 million euros from its shareholders. Investment company Pontos and Finnish Industry Investment each put in €35 million, while CATL contributed the remaining EUR 10 million.",
        "investment:Pontos>?=35000000 EUR completed || investment:Finnish Industry Investment>?=35000000 EUR completed || investment:CATL>?=10000000 EUR completed || investment:Pontos+Finnish Industry Investment+CATL>Valmet Automotive=80000000 EUR completed")]
    [InlineData("Valmet Automotive has raised 80 million euros. Pontos bought a €90 million stake in Nokian last year.",
        "investment:Pontos>Nokian Tyres=90000000 EUR completed")]
    // A plan given up is no investment; "scrapped" as an adjective gives nothing up.
    [InlineData("But LGES confirmed it had pulled out of a far larger Indonesian plan, the so-called grand package, an 11 trillion won scheme agreed with the Indonesian government.", "")]
    [InlineData("Ford scrapped plans for a $3.5 billion battery plant in Virginia.", "")]
    [InlineData("Kretsa Battery, a start-up that recovers cobalt from scrapped batteries, has raised SEK 1.1 billion from Kvarnholm Invest.",
        "investment:Kvarnholm Invest>Kretsa Battery=1100000000 SEK completed")]
    // "…, and the company is now spending …": the first company of the sentence that is no financier; "the Japanese
    // supplier": the unlisted company just spoken of.
    [InlineData("Chicago private-equity firm Lakeshore Industrial Partners bought a 40% stake in ENSA for $95 million last year, and the company is now spending about 1.2 billion pesos on a new paint shop.",
        "investment:Lakeshore Industrial Partners>ENSA=95000000 USD completed || investment:ENSA>new paint shop=1200000000 MXN planned")]
    [InlineData("Nissan builds the Leaf in Sunderland. Press maker Unipres makes body panels nearby. The Japanese supplier plans to spend £18.5m on a new press line.",
        "investment:Unipres>new press line=18500000 GBP planned")]
    public void Tranches_paid_or_due(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X's own share of the round came to N", "X's portion was N": the possessor's part of an investment.
    [InlineData("Velora Motors closed a €300 million round led by Tiger Global. Stellantis's own share of the round came to €90m, people familiar with the matter said.",
        "investment:Tiger Global>Velora Motors=300000000 EUR completed || investment:Stellantis>Velora Motors=90000000 EUR completed")]
    [InlineData("Halden Technologies closed a $80 million Series B round led by SoftBank. Toyota Tsusho's contribution to the round was about $15 million.",
        "investment:SoftBank Group>Halden Technologies=80000000 USD completed || investment:Toyota Tsusho>Halden Technologies=15000000 USD completed")]
    [InlineData("BMW's portion will be €40 million.", "investment:BMW Group>?=40000000 EUR planned")]
    // Not a part of an investment: a share of revenue, a share price.
    [InlineData("Renault's share of revenue came to €12 billion.", "")]
    [InlineData("Toyota's share price was about ¥2,800 on Friday.", "")]
    public void Finds_a_possessed_part_of_an_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A tranche marked "another", "a further", "a second" is a new part of the deal, even of an amount already reported; its
    // own clause gives its status ("is due", "is scheduled" planned; "was paid", "closed" completed).
    [InlineData("Keller Automotive will invest $300 million in Brixton Cells. The first $150 million was paid in March; a second $150 million is due later this year.",
        "investment:Keller Automotive>Brixton Cells=300000000 USD planned || investment:Keller Automotive>Brixton Cells=150000000 USD completed || investment:Keller Automotive>Brixton Cells=150000000 USD planned")]
    [InlineData("Brixton Cells names new chief\n\nVolkswagen has invested $1 billion in Brixton Cells through a convertible note. Another $1 billion in Brixton Cells shares is due next year.",
        "investment:Volkswagen Group>Brixton Cells=1000000000 USD completed || investment:Volkswagen Group>Brixton Cells=1000000000 USD planned")]
    [InlineData("Brixton Cells names new chief\n\nHyundai will invest $2 billion in Brixton Cells. A further $2 billion equity tranche is scheduled for 2027.",
        "investment:Hyundai Motor Company>Brixton Cells=2000000000 USD planned || investment:Hyundai Motor Company>Brixton Cells=2000000000 USD planned")]
    [InlineData("Toyota agreed to invest $500 million in Aerona. The first $250 million closed this week.",
        "investment:Toyota>Aerona=500000000 USD planned || investment:Toyota>Aerona=250000000 USD completed")]
    // The headline's amount, restated in the body as "another": one investment. Money that is not invested: nothing.
    [InlineData("Honda adds 40 billion yen to Ohio hub\n\nHonda also said it would put another 40 billion yen into the Ohio hub.",
        "investment:Honda>?=40000000000 JPY planned")]
    [InlineData("Lumen Cars expects revenue of $2 billion this year. Another $1 billion of sales is scheduled for 2027.", "")]
    public void Finds_further_tranches_of_the_same_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // An ownership split: the second holder with its own verb, after an article, holding "the balance"; a venture the text
    // does not name is held all the same (no investee).
    [InlineData("Keller Automotive holds 60% of the venture and Brixton Cells the balance.",
        "investment:Keller Automotive>?=? completed || investment:Brixton Cells>?=? completed")]
    [InlineData("Keller Automotive holds 51% of Orava Cells and Brixton Cells holds 49%.",
        "investment:Keller Automotive>Orava Cells=? completed || investment:Brixton Cells>Orava Cells=? completed")]
    [InlineData("Keller Automotive took 51% of Orava Cells in 2022, and Brixton Cells took the remaining 49%.",
        "investment:Keller Automotive>Orava Cells=? completed || investment:Brixton Cells>Orava Cells=? completed")]
    [InlineData("BAIC holds 65% of the joint venture and the Industrial Development Corporation 35%.",
        "investment:BAIC Group>?=? completed || investment:Industrial Development Corporation>?=? completed")]
    // A split planned for a venture not yet named, a market share: no stake.
    [InlineData("Keller Automotive will hold 60% of the venture and Brixton Cells the balance.", "")]
    [InlineData("Keller Automotive holds 60% of the market and Brixton Cells the balance.", "")]
    public void Finds_both_holders_of_an_ownership_split(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // An ownership split in the passive, after the company held: a stake per holder. Plain ownership is none.
    [InlineData("Orava Cells, owned 60% by Keller Automotive and 40% by Brixton Cells, builds cells in Vaasa.",
        "investment:Keller Automotive>Orava Cells=? completed || investment:Brixton Cells>Orava Cells=? completed")]
    [InlineData("Orava Cells, owned in equal parts by Keller Automotive and Brixton Cells, builds cells in Vaasa.",
        "investment:Keller Automotive>Orava Cells=? completed || investment:Brixton Cells>Orava Cells=? completed")]
    [InlineData("Orava Cells, which is owned equally by Keller Automotive and Brixton Cells, builds cells in Vaasa.",
        "investment:Keller Automotive>Orava Cells=? completed || investment:Brixton Cells>Orava Cells=? completed")]
    [InlineData("Orava Cells, owned by Keller Automotive, builds cells in Vaasa.", "")]
    public void Finds_the_holders_of_a_passive_ownership_split(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The company …"/"It …" right after an investment continues that investor, not an earlier subject of the text.
    [InlineData("Volkswagen praised the van. The Transporter is part of a €2 billion investment programme that Ford Otosan began in 2022 to expand capacity in Kocaeli. The company committed a further €490 million last year to its plant in Craiova.",
        "investment:Ford Otosan>?=2000000000 EUR planned || investment:Ford Otosan>?=490000000 EUR planned")]
    [InlineData("Renault praised the deal. The Kragujevac line is part of a $1 billion plan that Magna International launched last year. It will spend another $200 million on a paint shop.",
        "investment:Magna International>?=1000000000 USD planned || investment:Magna International>paint shop=200000000 USD planned")]
    // Not a lender that invested just before: "the company" is the borrower.
    [InlineData("Orava Cells makes battery cells in Vaasa. The European Investment Bank has agreed to lend Orava Cells €300 million. The company plans to spend €500 million on a second line.",
        "investment:European Investment Bank>Orava Cells=300000000 EUR planned || investment:Orava Cells>second line=500000000 EUR planned")]
    public void Continues_the_investor_of_the_sentence_before(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A reported share stands when its investor later rejects an opinion ("rejected that view"), not when it denies the report.
    [InlineData("Velora Motors closed an $85 million Series C round led by Tiger Global. Tiger Global contributed $50 million of the total, according to two people familiar with the terms. Critics question the start-up's approach. Mira Sen, a partner at Tiger Global, rejected that view.",
        "investment:Tiger Global>Velora Motors=85000000 USD completed || investment:Tiger Global>?=50000000 USD completed")]
    [InlineData("Velora Motors closed an $85 million Series C round led by Tiger Global. Tiger Global contributed $50 million of the total, according to two people familiar with the terms. Critics question the start-up's approach. Tiger Global dismissed those concerns.",
        "investment:Tiger Global>Velora Motors=85000000 USD completed || investment:Tiger Global>?=50000000 USD completed")]
    [InlineData("Velora Motors closed an $85 million Series C round led by Tiger Global. Tiger Global contributed $50 million of the total, according to two people familiar with the terms. Critics question the start-up's approach. Tiger Global denied the report.",
        "investment:Tiger Global>Velora Motors=85000000 USD completed")]
    public void An_opinion_rejected_is_no_denial(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "A completes $N B investment": the name before the investment noun is invested in; the actor before the amount invests.
    [InlineData("Brixton Cells names new chief\n\nVolkswagen completes second $1 billion Brixton Cells investment as venture hits milestone",
        "investment:Volkswagen Group>Brixton Cells=1000000000 USD planned")]
    [InlineData("Toyota Tsusho unveils $300 million Velora Motors investment", "investment:Toyota Tsusho>Velora Motors=300000000 USD planned")]
    // No actor before the amount: the company invested in does not invest.
    [InlineData("Analysts praised the $1 billion Brixton Cells investment.", "")]
    public void The_name_before_an_investment_noun_is_invested_in(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X, the … company in which A and B each own 41%": a stake per holder in the company before "in which".
    [InlineData("Orava Cells, the Finnish company in which Keller Automotive and Brixton Cells each own 45%, has started building cells.",
        "investment:Keller Automotive>Orava Cells=? completed || investment:Brixton Cells>Orava Cells=? completed")]
    [InlineData("Orava Cells, in which Toyota and Panasonic each hold half, has started building cells.",
        "investment:Toyota>Orava Cells=? completed || investment:Panasonic Holdings>Orava Cells=? completed")]
    // No share held, or no company held: nothing.
    [InlineData("Orava Cells, the Finnish company in which Keller Automotive and Brixton Cells each own shops, has started building cells.", "")]
    [InlineData("The market, in which Toyota and Panasonic each hold 20%, is growing.", "")]
    public void Finds_joint_holders_in_a_relative_clause(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X, the … venture in which A holds N% [and B M%]": the company before a described apposition is held, by both owners of a split.
    [InlineData("The cars are sold by Norrland Mobility, the Stockholm-based joint venture in which Volvo Cars holds 60 per cent and Geely 40 per cent.",
        "investment:Volvo Cars+Zhejiang Geely Holding Group>Norrland Mobility=? completed")]
    [InlineData("Orava Cells, the venture that sells Keller Automotive packs in Finland and in which Brixton Cells holds 51%, has started building cells.",
        "investment:Brixton Cells>Orava Cells=? completed")]
    [InlineData("Orava Cells, the Finnish company in which Keller Automotive holds 45%, has started building cells.",
        "investment:Keller Automotive>Orava Cells=? completed")]
    // The apposition names no business: nothing held.
    [InlineData("Orava Cells, the Finnish market in which Keller Automotive holds 45%, is growing.", "")]
    public void Finds_a_holder_in_a_relative_clause_after_a_described_apposition(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X acquired N% of Y for about AMOUNT": an approximate price of a share bought; a contrasted later clause keeps its own investee.
    [InlineData("Keller Automotive acquired 4.9 per cent of Orava Cells for about €96 million, while Orava Cells took a smaller stake in Keller Automotive.",
        "investment:Keller Automotive>?=96000000 EUR completed || investment:Orava Cells>Keller Automotive=? completed")]
    [InlineData("Brixton Cells bought 10% of Norrland Mobility for around $40 million.", "investment:Brixton Cells>?=40000000 USD completed")]
    // Goods bought for an approximate price: nothing.
    [InlineData("Brixton Cells bought 10 trucks for about $40 million.", "")]
    public void Finds_a_share_bought_for_an_approximate_price(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Money transferred or handed over: "X transferred a further N to Y", "X has already handed over N to Y through a note".
    [InlineData("Keller Automotive transferred a further €200 million to Orava Cells last week.",
        "investment:Keller Automotive>Orava Cells=200000000 EUR completed")]
    [InlineData("Keller Automotive has already handed over $300 million to Orava Cells through a convertible note.",
        "investment:Keller Automotive>Orava Cells=300000000 USD completed")]
    // Revenue transferred, or a transfer that did not happen: nothing.
    [InlineData("Keller Automotive transferred its €200 million revenue to Orava Cells.", "")]
    [InlineData("Keller Automotive has not transferred the €200 million to Orava Cells.", "")]
    public void Finds_money_transferred_or_handed_over(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "In total X has committed up to N": a ceiling of the whole commitment is invested, not a total reached by earlier sums.
    [InlineData("Orava Cells builds cells. In total Keller Automotive has committed up to €900 million to the battery maker.",
        "investment:Keller Automotive>?=900000000 EUR planned")]
    [InlineData("In total, Keller Automotive has agreed to invest up to €900 million in Orava Cells.",
        "investment:Keller Automotive>Orava Cells=900000000 EUR planned")]
    // A total reached by an earlier investment is no new one.
    [InlineData("Keller Automotive invested €100 million in Orava Cells, which brings the total to €900 million.",
        "investment:Keller Automotive>Orava Cells=100000000 EUR completed")]
    public void Finds_a_ceiling_of_a_total_commitment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A government's offer or vote of money: "the regional government has offered N toward retraining", "the council has voted N to train staff".
    [InlineData("The Carinthian regional government has offered €5 million toward training 400 staff for the new line.",
        "investment:Carinthian regional government>?=5000000 EUR intended")]
    [InlineData("The Lorraine regional council has voted €2.5 million to train workers at the Keller Automotive plant.",
        "investment:Lorraine regional council>?=2500000 EUR completed")]
    // A company's offer is a bid or a discount: nothing.
    [InlineData("Keller Automotive offered €5 million for the brand, but the bid was rejected.", "")]
    [InlineData("Keller Automotive offered customers a €5,000 discount.", "")]
    public void Finds_money_a_government_offered_or_voted(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X bought Y shares worth N": an equity purchase, the amount after the shares.
    [InlineData("Toyota took a 4.94% stake in Suzuki in 2019 for 96 billion yen, while Suzuki bought Toyota shares worth 48 billion yen.",
        "investment:Toyota>Suzuki=96000000000 JPY completed || investment:Suzuki>Toyota=48000000000 JPY completed")]
    [InlineData("Hyundai acquired new Rivian shares worth about $2 billion last year.", "investment:Hyundai Motor Company>Rivian=2000000000 USD completed")]
    // Shares sold, or goods bought: nothing.
    [InlineData("Hyundai sold Rivian shares worth $2 billion last year.", "")]
    [InlineData("Hyundai bought Rivian cars worth $2 million.", "")]
    public void Finds_shares_bought_worth_an_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // An investment cited from the investor's own annual or quarterly report is no rumour, whatever the investor denies elsewhere;
    // one cited from media reports it denies is dropped.
    [InlineData("Toyota Tsusho put $40 million into Velora Motors last year, according to its annual report. A Toyota Tsusho spokesperson denied a report that the group was weighing a further investment.",
        "investment:Toyota Tsusho>Velora Motors=40000000 USD completed")]
    [InlineData("Toyota Tsusho put $40 million into Velora Motors last year, according to the company's quarterly report. A Toyota Tsusho spokesperson denied a report that the group was weighing a further investment.",
        "investment:Toyota Tsusho>Velora Motors=40000000 USD completed")]
    [InlineData("Toyota Tsusho put $40 million into Velora Motors last year, according to media reports. A Toyota Tsusho spokesperson denied the report.", "")]
    public void An_official_report_is_no_rumour(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X invested N …, and it will pay M …": "and it" continues the investor of the sentence's first amount.
    [InlineData("Volkswagen will buy a further $2.5 billion of Rivian stock through 2026, and it will pay $1.3 billion for its 50% share of the joint venture.",
        "investment:Volkswagen Group>Rivian=2500000000 USD planned || investment:Volkswagen Group>?=1300000000 USD planned")]
    [InlineData("Toyota invested $500 million in Joby Aviation in 2024, and it will put another $250 million into the company this year.",
        "investment:Toyota>Joby Aviation=500000000 USD completed || investment:Toyota>?=250000000 USD planned")]
    // Another investor named in the second clause keeps its money; revenue is no investment.
    [InlineData("Toyota invested $500 million in Joby Aviation in 2024, and Delta Air Lines will put $60 million into the company this year.",
        "investment:Toyota>Joby Aviation=500000000 USD completed || investment:Delta Air Lines>?=60000000 USD planned")]
    [InlineData("Toyota invested $500 million in Joby Aviation in 2024, and it expects revenue of $250 million this year.",
        "investment:Toyota>Joby Aviation=500000000 USD completed")]
    public void And_it_continues_the_first_investor(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X took over Y's 50 per cent stake", "X bought Y's half of the venture": another holder's share bought, a stake without an amount.
    [InlineData("Orava Cells, the joint venture that Keller Automotive and Brixton Cells set up in 2002, built batteries until Keller Automotive took over Brixton Cells's 50 per cent stake in 2021.",
        "investment:Keller Automotive>?=? completed")]
    [InlineData("Toyota and Mazda ran a plant through a joint venture, Mazda Toyota Manufacturing. In 2024 Toyota bought Mazda's half of the venture.",
        "investment:Toyota>Mazda Toyota Manufacturing=? completed")]
    // Goods bought, or a purchase denied: nothing.
    [InlineData("Toyota bought Mazda's cars last year.", "")]
    [InlineData("Renault did not buy Nissan's stake in Ampere.", "")]
    public void Finds_another_holders_share_bought(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The state …" opening a sentence: the state or government just named gives the money.
    [InlineData("Georgia has been generous. The state approved an incentive package worth roughly $2.1 billion in tax breaks when the project was unveiled in 2022.",
        "investment:Georgia>?=2100000000 USD planned")]
    [InlineData("Maharashtra wants more plants. The state will offer incentives worth Rs 500 crore for the Chakan line.",
        "investment:Maharashtra>?=5000000000 INR intended")]
    // No state named: nobody.
    [InlineData("Volkswagen opened the plant in 2022. The state approved an incentive package worth $2 billion.", "")]
    public void The_state_is_the_state_just_named(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "a loan that X would extend", "a loan that X will provide": the provider of a planned financing, its verb in the base form.
    [InlineData("Rivian will also get an $800 million loan that Volkswagen would extend to it in 2027.", "investment:Volkswagen Group>Rivian=800000000 USD planned")]
    [InlineData("Orava Cells is counting on a €120 million loan that the European Investment Bank will provide next year.",
        "investment:European Investment Bank>Orava Cells=120000000 EUR planned")]
    // A company that needs the loan provides none.
    [InlineData("The package is completed by an $800 million loan that Rivian would need in 2027.", "")]
    public void Finds_the_provider_of_a_planned_loan(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "A $N loan to Y": a financing of the company the last investment went into is part of that investor's deal, even of an
    // amount an equity part had.
    [InlineData("Brixton Cells names new chief\n\nVolkswagen has paid $1 billion into Brixton Cells through a convertible note. A $1 billion loan to Brixton Cells, to be drawn in 2026, completes the package.",
        "investment:Volkswagen Group>Brixton Cells=1000000000 USD completed || investment:Volkswagen Group>Brixton Cells=1000000000 USD planned")]
    [InlineData("Orava Cells names new chief\n\nToyota will invest $500 million in Orava Cells. A $200 million loan to Orava Cells is due next year.",
        "investment:Toyota>Orava Cells=500000000 USD planned || investment:Toyota>Orava Cells=200000000 USD planned")]
    // A loan to another company is no part of the deal.
    [InlineData("Orava Cells names new chief\n\nToyota will invest $500 million in Orava Cells. A $200 million loan to Brixton Cells is due next year.",
        "investment:Toyota>Orava Cells=500000000 USD planned")]
    public void A_loan_to_the_last_investee_is_part_of_the_deal(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "… is scheduled for 2025 and another $N for 2026": a tranche coordinated with one just found, its verb left out.
    [InlineData("Orava Cells names new chief\n\nToyota will invest $500 million in Orava Cells. A further $100 million equity tranche is scheduled for 2025 and another $100 million for 2026.",
        "investment:Toyota>Orava Cells=500000000 USD planned || investment:Toyota>Orava Cells=100000000 USD planned || investment:Toyota>Orava Cells=100000000 USD planned")]
    [InlineData("Orava Cells names new chief\n\nToyota will invest $500 million in Orava Cells. An extra $50 million is due in 2025 and a further $80 million in 2027.",
        "investment:Toyota>Orava Cells=500000000 USD planned || investment:Toyota>Orava Cells=50000000 USD planned || investment:Toyota>Orava Cells=80000000 USD planned")]
    // Coordinated with revenue, not with an investment: nothing more.
    [InlineData("Orava Cells names new chief\n\nToyota will invest $500 million in Orava Cells. Orava expects revenue of $90 million in 2025 and another $100 million in 2026.",
        "investment:Toyota>Orava Cells=500000000 USD planned")]
    public void Finds_a_coordinated_tranche_without_its_verb(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X and two other lenders have provided …": the organisation named in a subject that counts the others invests.
    [InlineData("Banco del Norte and two other Mexican lenders have provided a $150 million syndicated loan to finance a new line at San Luis Potosí.",
        "investment:Banco del Norte>?=150000000 USD completed")]
    [InlineData("BNP Paribas and three other banks will lend €400 million to Verkor.", "investment:BNP Paribas>Verkor=400000000 EUR planned")]
    // Goods sold by such a group are no investment.
    [InlineData("Toyota and two other carmakers sold 300 vans for $40 million.", "")]
    public void Finds_the_named_one_of_a_counted_group(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The group has pledged to spend …" after a brand of the group: the group, found at its namesake brand.
    [InlineData("Volkswagen Passenger Cars will build the ID. Golf in Wolfsburg from 2027. The move eases pressure on Audi's plant in Ingolstadt. The group has also pledged to spend €5 billion in Spain by 2030.",
        "investment:Volkswagen Group>?=5000000000 EUR planned")]
    [InlineData("Hyundai will build the Ioniq 5 in Georgia from 2027. Production eases pressure on Kia's plant in West Point. The group has also pledged to spend $8 billion in Georgia by 2030.",
        "investment:Hyundai Motor Group>?=8000000000 USD planned")]
    // After a venture as subject, the listed group the text just named.
    [InlineData("Orava Cells names new chief\n\nOrava Cells, in which Renault and LG Chem are jointly investing €900 million, is building a cell plant that will supply Renault Group's electric vans. At home, the group plans to spend a record €3 billion on research this year.",
        "investment:Renault Group+LG Chem>?=900000000 EUR planned || investment:Renault Group>?=3000000000 EUR planned")]
    // No group named: the venture the text is about stays the subject.
    [InlineData("Orava Cells names new chief\n\nOrava Cells, in which Nordvik Energy and Halden Materials are jointly investing €900 million, is building a cell plant in Finland. The group plans to spend a further €3 billion on a second line.",
        "investment:Nordvik Energy+Halden Materials>?=900000000 EUR planned || investment:Orava Cells>second line=3000000000 EUR planned")]
    // Revenue of the group is no investment.
    [InlineData("Hyundai will build the Ioniq 5 in Georgia from 2027. Production eases pressure on Kia's plant in West Point. The group's revenue rose to $8 billion in the quarter.", "")]
    public void The_group_after_a_brand_or_venture_is_the_named_group(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // The investee of the last sentence, now the subject, spends its own money: it invests, the lender does not.
    [InlineData("Korvath Semiconductor secures state loan\n\nKorvath Semiconductor said on Tuesday that state-run Korea Development Bank had agreed to lend it 150 billion won. The loan will help pay for a new line at Korvath's fab in Cheongju, where the company plans to spend a total of 300 billion won by 2028.",
        "investment:Korea Development Bank>Korvath Semiconductor=150000000000 KRW planned || investment:Korvath Semiconductor>?=300000000000 KRW planned")]
    [InlineData("Brixham Motors wins export credit\n\nThe European Investment Bank has agreed to lend Brixham Motors €90 million. Brixham Motors itself plans to spend about €40 million expanding its paint shop.",
        "investment:European Investment Bank>Brixham Motors=90000000 EUR planned || investment:Brixham Motors>?=40000000 EUR planned")]
    // Revenue of the borrower is no spending.
    [InlineData("Brixham Motors wins export credit\n\nThe European Investment Bank has agreed to lend Brixham Motors €90 million. The company expects revenue of about €40 million this year.",
        "investment:European Investment Bank>Brixham Motors=90000000 EUR planned")]
    public void The_last_investee_spending_its_own_money_invests(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The Japanese supplier plans to spend …" after a carmaker of that country as subject: the supplier just named.
    [InlineData("Toyota builds the Corolla at Burnaston. Seats for the cars come from Denso, whose plant sits nearby. The Japanese supplier plans to spend £20m on a new line.",
        "investment:Denso>new line=20000000 GBP planned")]
    [InlineData("Mercedes-Benz assembles the EQE in Bremen. Its brakes come from Bosch, which runs a plant near the city. The German supplier will invest €30 million in a new test centre there.",
        "investment:Bosch>?=30000000 EUR planned")]
    // "The Japanese carmaker" still means the carmaker; the supplier's sales are no investment.
    [InlineData("Toyota builds the Corolla at Burnaston. Seats for the cars come from Denso, whose plant sits nearby. The Japanese carmaker plans to spend £20m on a new line.",
        "investment:Toyota>new line=20000000 GBP planned")]
    [InlineData("Toyota builds the Corolla at Burnaston. Seats for the cars come from Denso, whose plant sits nearby. The Japanese supplier's sales there rose to £20m last year.", "")]
    public void The_supplier_of_a_nationality_is_the_supplier_named_last(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The state government said it would allow X to use N of tax credits": the government gives, the company allowed receives.
    [InlineData("The Paraná state government said it would allow Volvara Motors to use up to R$400 million of accumulated tax credits for its new plant.",
        "investment:Paraná state government>Volvara Motors=400000000 BRL planned")]
    [InlineData("Bahia's state government has agreed to let Volvara Motors claim up to R$250 million in tax credits for its new plant.",
        "investment:Bahia's state government>Volvara Motors=250000000 BRL planned")]
    // Allowed to sell goods for an amount: no money given.
    [InlineData("The Paraná state government said it would allow Volvara Motors to sell up to R$400 million of cars to the police.", "")]
    public void A_government_allowing_a_company_to_use_money_invests(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // The split of a venture two partners are jointly investing in restates that deal: no stake of its own.
    [InlineData("Orvik Energy and Kestrel Motors are jointly investing $2 billion in Northgate Cells, a joint venture in Ohio. Orvik Energy holds 60% of the venture and Kestrel Motors 40%.",
        "investment:Orvik Energy+Kestrel Motors>Northgate Cells=2000000000 USD planned")]
    [InlineData("Orvik Energy and Kestrel Motors will invest a combined $2 billion in Northgate Cells. Orvik Energy owns 51% of Northgate Cells.",
        "investment:Orvik Energy+Kestrel Motors>Northgate Cells=2000000000 USD planned")]
    // A holder who took no part in the joint investment holds a stake of its own.
    [InlineData("Orvik Energy invested $2 billion in Northgate Cells last year. Kestrel Motors holds 40% of Northgate Cells.",
        "investment:Orvik Energy>Northgate Cells=2000000000 USD completed || investment:Kestrel Motors>Northgate Cells=? completed")]
    public void The_split_of_a_joint_investment_is_no_further_stake(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The two partners have invested …" after "X, a joint venture with Y": the venture is no partner of itself; the partners are
    // Y and the company the text is about.
    [InlineData("Halvard Energy's plants are in Ochang and Nanjing. In the United States it builds cells through Brenmoor Cells, a joint venture with carmaker Kestrel Motors in Tennessee. The two partners have so far invested $2 billion in the venture.",
        "investment:Kestrel Motors+Halvard Energy>?=2000000000 USD completed")]
    [InlineData("Orvik Energy runs three plants in Poland. Its US cells come from Northgate Cells, the joint venture it set up with Kestrel Motors in Ohio. The two partners will invest a further $1 billion there.",
        "investment:Kestrel Motors+Orvik Energy>?=1000000000 USD planned")]
    // Cells sold by the partners are no investment.
    [InlineData("Halvard Energy's plants are in Ochang and Nanjing. In the United States it builds cells through Brenmoor Cells, a joint venture with carmaker Kestrel Motors in Tennessee. The two partners have so far sold cells worth $2 billion to other carmakers.", "")]
    public void The_partners_of_a_venture_exclude_the_venture_itself(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X wins Y cell deal, commits N …": the name modifying the deal noun is the other party; the subject invests.
    [InlineData("Kestrel Motors wins Orvik Energy battery deal, commits $1 billion to Ohio expansion", "investment:Kestrel Motors>?=1000000000 USD planned")]
    [InlineData("Halvard Energy lands Kestrel Motors supply contract, will invest $300 million in new line", "investment:Halvard Energy>?=300000000 USD planned")]
    // The worth of the deal itself is no investment.
    [InlineData("Kestrel Motors wins Orvik Energy battery deal worth $1 billion", "")]
    public void The_party_named_in_a_deal_noun_is_no_investor(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Aid approved is not yet paid: planned, with or without "has".
    [InlineData("The Hungarian government has approved a HUF 20 billion grant for Orvik Energy's Debrecen plant.", "investment:Hungarian government>?=20000000000 HUF planned")]
    [InlineData("The state of Georgia approved an incentive package of about $1.8 billion for Kestrel Motors in 2022.", "investment:state of Georgia>?=1800000000 USD planned")]
    // Approved and paid: completed.
    [InlineData("The Hungarian government approved and paid a HUF 20 billion grant to Orvik Energy last year.", "investment:Hungarian government>Orvik Energy=20000000000 HUF completed")]
    public void Approved_aid_is_planned(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The package is completed by a loan that X would extend": the loan's own verb decides, not "completed".
    [InlineData("Kestrel Motors will invest $2 billion in Orvik Energy. The package is completed by an $800 million loan that Kestrel Motors would extend to Orvik Energy in 2027.",
        "investment:Kestrel Motors>Orvik Energy=2000000000 USD planned || investment:Kestrel Motors>Orvik Energy=800000000 USD planned")]
    [InlineData("Kestrel Motors will invest $2 billion in Orvik Energy. The deal is completed by a $300 million loan that Kestrel Motors will provide to Orvik Energy next year.",
        "investment:Kestrel Motors>Orvik Energy=2000000000 USD planned || investment:Kestrel Motors>Orvik Energy=300000000 USD planned")]
    // A loan extended: completed.
    [InlineData("Kestrel Motors invested $2 billion in Orvik Energy. The package was completed by an $800 million loan that Kestrel Motors extended to Orvik Energy in 2023.",
        "investment:Kestrel Motors>Orvik Energy=2000000000 USD completed || investment:Kestrel Motors>Orvik Energy=800000000 USD completed")]
    public void Completed_by_a_part_is_no_completion(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "…, which newspapers have put at around N": outsiders' estimate of an amount the parties have not stated.
    [InlineData("The Spanish government has never confirmed the size of its grant for Kestrel Motors' plant, which newspapers have put at around €120 million.", "")]
    [InlineData("Orvik Energy has not disclosed what it paid for its stake in Kestrel Motors, which analysts estimated at about $300 million.", "")]
    // The party's own amount, only reported by newspapers, stays.
    [InlineData("The Spanish government will put up €120 million for Kestrel Motors' plant, newspapers reported.", "investment:Spanish government>?=120000000 EUR planned")]
    public void An_outsiders_estimate_is_no_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "It paid $N for new shares, six months after a first $M investment": the earlier investment is the same investor's.
    [InlineData("Lucid's other big backer is Orvik Holdings, an investment vehicle of the Qatari government. It paid $1.5 billion for new Lucid shares in 2023, a year after a first $200 million investment.",
        "Orvik Holdings", 200000000)]
    [InlineData("Rivian's largest shareholder is Halden Holdings, a fund owned by the Norwegian state. It bought $80 million of new Rivian shares last year, following an initial $20 million investment.",
        "Halden Holdings", 20000000)]
    public void An_earlier_first_investment_is_the_same_investors(string text, string investor, decimal amount)
    {
        InvestmentFact earlier = Assert.Single(FactsOf<InvestmentFact>(text), fact => fact.Amount?.Value == amount);
        Assert.Equal(investor, Assert.Single(earlier.Investors).Name);
    }

    [Fact]
    public void An_earlier_first_loss_is_no_investment() =>
        Assert.Equal("investment:Orvik Holdings>Lucid Group=1500000000 USD completed",
            Investments("Lucid's other big backer is Orvik Holdings, an investment vehicle of the Qatari government. It paid $1.5 billion for new Lucid shares in 2023, a year after a first $200 million loss."));

    [Theory]
    // An unlisted name right before its verb: "Pontos contributed €50m", "Yamaha put in about $25 million of that".
    [InlineData("Korvantis contributed €50m, and Halden Capital added €30m, the company said.", "Korvantis", "50000000 EUR")]
    [InlineData("Orvik Energy raised €90m from its owners last year. Brantsen put in about €50m of that.", "Brantsen", "50000000 EUR")]
    [InlineData("Marsdal invested $20 million in the start-up in 2021.", "Marsdal", "20000000 USD")]
    public void An_unlisted_name_right_before_its_verb_invests(string text, string investor, string amount)
    {
        InvestmentFact fact = Assert.Single(FactsOf<InvestmentFact>(text), f => f.Amount is not null && Format(f.Amount.Value) + " " + f.Amount.Currency == amount);
        Assert.Equal(investor, Assert.Single(fact.Investors).Name);
    }

    [Theory]
    // A plain word opening the sentence names nobody, with or without an auxiliary.
    [InlineData("Shareholders contributed €120m of fresh equity last year.")]
    [InlineData("Banks have lent €300m to the project.")]
    [InlineData("Others put in €10m.")]
    public void A_plain_word_opening_the_sentence_invests_nothing(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // "closed a €N funding round with X, Y and Z": the round's investors after "with", the raiser invested in.
    [InlineData("Veltra Energy closed a €100 million funding round this spring with Siemens, the European Investment Bank and Rio Tinto.",
        "investment:Siemens+European Investment Bank+Rio Tinto>Veltra Energy=100000000 EUR completed")]
    [InlineData("Veltra Energy closed a €60 million financing round with Bosch and Rio Tinto.", "investment:Bosch+Rio Tinto>Veltra Energy=60000000 EUR completed")]
    // A round with no investor named after "with", and a deal "with" a partner, give no investor.
    [InlineData("Veltra Energy raised €100 million in a funding round with a valuation of €1 billion.", "")]
    [InlineData("Veltra Energy closed a €100 million financing round.", "")]
    [InlineData("Veltra Energy signed a €100 million supply deal with Siemens.", "")]
    public void A_round_with_its_investors(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A forecast word used as a noun ("that funds climate projects", "the estimates of analysts") makes no forecast of the
    // amount; the verb of forecasting still does.
    [InlineData("Halvor, the Danish state fund that backs climate projects, has granted €50 million to Kestrel Motors.", "investment:Halvor>Kestrel Motors=50000000 EUR completed")]
    [InlineData("Despite the gloomy estimates of the sector, Volkswagen will invest €200 million in Kestrel Motors.", "investment:Volkswagen Group>Kestrel Motors=200000000 EUR planned")]
    [InlineData("Analysts estimate that Kestrel Motors will have to spend €2 billion on its plant.", "")]
    [InlineData("Orvik Energy projects that Kestrel Motors will invest $1 billion in the plant.", "")]
    public void A_forecast_noun_is_no_forecast(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "The two partners said in March they would invest N": "they" takes up the partners that the verb of saying has as subject.
    [InlineData("Kestrel Motors and Orvik Energy own Halden Cells, a 50:50 venture that makes battery cells. The two companies said on Monday they would invest $300 million in a second line.",
        "investment:Kestrel Motors+Orvik Energy>second line=300000000 USD planned")]
    [InlineData("Kestrel Motors and Orvik Energy jointly own Halden Cells, a venture based in Brno. The two partners announced they will invest €120 million in a new hall.",
        "investment:Kestrel Motors+Orvik Energy>new hall=120000000 EUR planned")]
    // Others saying what "they" need invest nothing.
    [InlineData("Kestrel Motors and Orvik Energy jointly own Halden Cells, a venture based in Brno. Analysts said they would need $300 million.", "")]
    public void Partners_who_said_they_would_invest(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X will contribute N and the province of Y M": the second giver, with its article, right before its amount.
    [InlineData("Canada's federal government will contribute C$180 million and the province of Ontario C$95 million to Kestrel Cathode.",
        "investment:Canada's federal government>?=180000000 CAD planned || investment:province of Ontario>?=95000000 CAD planned")]
    [InlineData("The German government will provide €300 million and the state of Saxony €120 million to Kestrel Cells.",
        "investment:German government>?=300000000 EUR planned || investment:state of Saxony>?=120000000 EUR planned")]
    // Values and revenues so gapped are no investments.
    [InlineData("Auditors valued the Kestrel Cells plant at €300 million and the state of Saxony at €120 million.", "")]
    public void A_gapped_second_giver_with_its_article(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "the remaining €N of the plant's cost": a part of something else, no facility made of the amount; the partners before
    // the verb invest it.
    [InlineData("Kestrel Motors and Orvik Energy jointly own Halden Cells, a venture based in Brno. The two partners will put up the remaining €300 million of the plant's €1 billion cost between them.",
        "investment:Kestrel Motors+Orvik Energy>?=300000000 EUR planned")]
    [InlineData("Kestrel Motors and Orvik Energy jointly own Halden Cells, a venture based in Brno. The two companies will put in the last €250 million of the line's budget.",
        "investment:Kestrel Motors+Orvik Energy>?=250000000 EUR planned")]
    // A part of a cost written off is no investment.
    [InlineData("The remaining €300 million of the plant's cost was written off last year.", "")]
    public void A_part_of_a_facilitys_cost_is_no_facility(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A headline's two verb phrases share the subject: "X buys Y, plans $N plant", "X and Y form Z, plan N plant".
    [InlineData("Kestrel Motors buys Orvik Energy, plans $500 million plant in Ohio", "investment:Kestrel Motors>?=500000000 USD planned")]
    [InlineData("Kestrel Motors and Halden Capital form Orvik Cells, will invest €300 million in Brno", "investment:Kestrel Motors+Halden Capital>?=300000000 EUR planned")]
    // The object before a relative or appositive comma stays out of it; a value after the comma is no investment.
    [InlineData("Kestrel Motors, which supplies Orvik Energy, will invest $500 million in Ohio.", "investment:Kestrel Motors>?=500000000 USD planned")]
    [InlineData("Kestrel Motors buys Orvik Energy, valued at $500 million", "")]
    public void A_headlines_second_verb_phrase_shares_the_subject(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X agreed to subscribe to a N capital increase", "X will acquire a stake through a capital increase worth N": the
    // subscriber invests; the capital increase is no round that X raises.
    [InlineData("Halden Capital has agreed to subscribe to a R$350 million capital increase.", "investment:Halden Capital>?=350000000 BRL planned")]
    [InlineData("Orvik Energy had agreed to acquire a 29.9% stake through a capital increase worth €310 million.", "investment:Orvik Energy>?=310000000 EUR planned")]
    // The company raising the capital invests nothing.
    [InlineData("Kestrel Motors will raise €310 million in a capital increase.", "")]
    public void A_subscriber_to_a_capital_increase_invests(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "raised N in a capital increase, with X and Y subscribing": those named joining the round invest in it.
    [InlineData("In January Halden Cells raised 5 billion New Taiwan dollars in a capital increase, with Kestrel Motors and Orvik Energy subscribing in proportion to their holdings.",
        "investment:Kestrel Motors+Orvik Energy>Halden Cells=5000000000 TWD completed")]
    [InlineData("Halden Cells raised $200 million in a Series B round, with Siemens and Bosch participating.", "investment:Siemens+Bosch>Halden Cells=200000000 USD completed")]
    // Those named doing something else invest nothing.
    [InlineData("Halden Cells raised $200 million in a funding round, with Siemens and Bosch declining to comment.", "")]
    public void Several_named_joining_a_round_invest(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A word of money modifying a company noun ("Orvik's sales company", "its price-comparison unit") names the company
    // bought into, no revenue or price.
    [InlineData("Kestrel Motors will buy a 30% stake in Orvik Energy's sales unit for €50 million.", "investment:Kestrel Motors>Orvik Energy=50000000 EUR planned")]
    [InlineData("Halden Capital will also buy a 20% stake in Orvik Energy's Thai sales company for 1.2 billion baht.", "investment:Halden Capital>Orvik Energy=1200000000 THB planned")]
    // The revenue of a sales company is still no investment.
    [InlineData("Kestrel Motors said the sales company had revenue of €50 million.", "")]
    public void A_money_word_naming_a_company_unit_is_no_revenue(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X and Y plan to invest N", Y a name the recogniser missed: both invest.
    [InlineData("Kestrel Motors and Marsdal plan to invest 434.1 billion yen in cell production.", "investment:Kestrel Motors+Marsdal>?=434100000000 JPY planned")]
    [InlineData("Orvik Energy and Brantsen want to invest €200 million in a cell plant.", "investment:Orvik Energy+Brantsen>cell plant=200000000 EUR intended")]
    // A name with a verb of its own is no second subject; a cost cut is no investment.
    [InlineData("Kestrel Motors builds vans and Marsdal will invest €200 million in a cell plant.", "investment:Marsdal>cell plant=200000000 EUR planned")]
    [InlineData("Kestrel Motors and Marsdal plan to cut costs by €200 million.", "")]
    public void An_unlisted_second_subject_invests_too(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "Nuevo León's state government will contribute N": the place's government named by its possessive gives it.
    [InlineData("San Luis Potosí's state government will contribute $35 million to Kestrel Cells.", "investment:San Luis Potosí's state government>Kestrel Cells=35000000 USD planned")]
    [InlineData("Nova Scotia's provincial government has pledged C$40 million to Kestrel Cells.", "investment:Nova Scotia's provincial government>Kestrel Cells=40000000 CAD planned")]
    // The government that only reports another's investment gives nothing.
    [InlineData("Nuevo León's state government said Kestrel Cells would invest $35 million.", "investment:Kestrel Cells>?=35000000 USD planned")]
    public void A_places_government_by_its_possessive_gives(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X, which first invested in Y, … is its largest shareholder": the subject holds a stake in the company "its" stands for.
    [InlineData("Kestrel Motors, which first invested in Orvik Energy in 2019, holds about 21% and is its largest shareholder.", "investment:Kestrel Motors>Orvik Energy=? completed")]
    [InlineData("Halden Capital, which backed Orvik Energy in 2021, is now its biggest shareholder.", "investment:Halden Capital>Orvik Energy=? completed")]
    // A customer is no shareholder; a denied role holds nothing.
    [InlineData("Orvik Energy, which supplies Kestrel Motors, is its largest customer.", "")]
    [InlineData("Halden Capital, which advises Orvik Energy, is not its largest shareholder.", "")]
    public void The_subject_is_its_largest_shareholder(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X will build … through a joint venture in which it holds 75% and Y 25%": each owner of the described venture holds a stake,
    // whatever the sentence's amount pays for.
    [InlineData("Kestrel Motors makes its cells through a joint venture in which it holds 60% and Orvik Energy 40%.",
        "investment:Kestrel Motors>?=? completed || investment:Orvik Energy>?=? completed")]
    [InlineData("Kestrel Motors will build a C$1.5 billion separator plant in Ontario through a joint venture in which it holds 75% and Orvik Energy 25%.",
        "investment:Kestrel Motors>?=1500000000 CAD planned || investment:Kestrel Motors>?=? planned || investment:Orvik Energy>?=? planned")]
    // A holding with no second owner in a network is no split of a venture.
    [InlineData("Kestrel Motors sells cars through a dealer network in which it holds 60%.", "")]
    public void The_owners_of_a_described_venture_split_hold_stakes(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "…, and X followed (a few months later) with $N (of its own)": the follower invests, not the first investor.
    [InlineData("Siemens led a €50 million round in Kestrel Motors, and Bosch followed with €20 million.",
        "investment:Siemens>Kestrel Motors=50000000 EUR completed || investment:Bosch>?=20000000 EUR completed")]
    [InlineData("Amazon led a $700 million funding round in Kestrel Motors in 2019, and Orvik Energy followed a few months later with $500m of its own.",
        "investment:Amazon>Kestrel Motors=700000000 USD completed || investment:Orvik Energy>?=500000000 USD completed")]
    // Revenue that follows is no investment.
    [InlineData("Kestrel Motors posted higher sales, and Orvik Energy followed with €20 million of revenue.", "")]
    public void A_follower_with_its_own_amount_invests(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory(Skip = "GAP: a subject whose apposition holds a relative clause and a company noun ('the conglomerate that controls … maker X') is not found; the investor falls back to an earlier sentence")]
    [InlineData("Truong Son Group, the conglomerate that controls electric-car maker Saola Motors, will subscribe to a 9 trillion dong capital increase at the carmaker.",
        "investment:Truong Son Group>?=9000000000000 VND planned")]
    public void KnownGaps_SubjectBeforeARelativeApposition(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    [InlineData("Renault's market value fell to €12 billion as investors fled.")]
    [InlineData("Electrocab put the value of the seven-year supply contract with Stellantis at about 420 million euros.")]
    [InlineData("Seorin Battery put the value of the contract at an estimated 9 trillion won over seven years.")]
    public void Market_value_is_not_an_investment(string text) =>
        Assert.Equal(string.Empty, Investments(text));

    [Theory]
    // "X is due to buy a 10 per cent stake, in a deal that values Y at N": a stake bought in the company the valuation names;
    // the valuation is no amount of the investment.
    [InlineData("Halden Capital is due to buy a 10 per cent stake later this year, in a deal that values Orvik Energy at €7.4 billion.",
        "investment:Halden Capital>Orvik Energy=? planned")]
    [InlineData("Qatar Investment Authority will acquire a 15% stake, valuing Kestrel Motors at $2 billion.",
        "investment:Qatar Investment Authority>Kestrel Motors=? planned")]
    // A stake sold, or a valuation without a stake bought, is no investment.
    [InlineData("Halden Capital sold its stake last year, in a deal that values Orvik Energy at €7.4 billion.", "")]
    [InlineData("Halden Capital has no plan to buy a stake, though analysts say a deal would value Orvik Energy at €7.4 billion.", "")]
    public void A_stake_bought_in_the_company_a_valuation_names(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X bought out Y's half of Z": the partner's share bought; "X, which bought out Y's minority shareholders": a stake in Y
    // itself; "it" is the company the text is about.
    [InlineData("Halden Capital also bought out Orvik Energy's half of Kestrel Cells.", "investment:Halden Capital>Kestrel Cells=? completed")]
    [InlineData("Kestrel Motors, which bought out Orvik Energy's minority shareholders in 2016, relies on its subsidiary for small cars.",
        "investment:Kestrel Motors>Orvik Energy=? completed")]
    [InlineData("Kestrel Motors builds vans. Last year it also bought out Orvik Energy's half of Halden Cells, the battery joint venture the two had set up.",
        "investment:Kestrel Motors>Halden Cells=? completed")]
    // Shareholders bought out by nobody the text names, or a buy-out denied, are no investment.
    [InlineData("Kestrel Motors said Orvik Energy's minority shareholders were bought out in 2016.", "")]
    [InlineData("Kestrel Motors has not bought out Orvik Energy's minority shareholders.", "")]
    public void A_partners_share_or_minority_holders_bought_out(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X and Y will each contribute N to a 2N upgrade": "each" measures the first amount; the total after it is the two
    // investors' joint investment, not each one's.
    [InlineData("Kestrel Motors and Orvik Energy will each contribute €2 billion to a €4 billion upgrade of their Halden plant.",
        "investment:Kestrel Motors>?=2000000000 EUR planned || investment:Orvik Energy>?=2000000000 EUR planned || investment:Kestrel Motors+Orvik Energy>?=4000000000 EUR planned")]
    [InlineData("Kestrel Motors and Orvik Energy have each spent $1 billion on the $2 billion venture.",
        "investment:Kestrel Motors>?=1000000000 USD completed || investment:Orvik Energy>?=1000000000 USD completed || investment:Kestrel Motors+Orvik Energy>?=2000000000 USD completed")]
    // Revenue each booked is no investment, nor the market it was booked in.
    [InlineData("Kestrel Motors and Orvik Energy each booked revenue of €300 million in a €600 million market.", "")]
    public void A_total_after_an_amount_each_gives_is_joint(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "a $5.8 billion steel mill in Louisiana that X will build", "The R11 billion plant that X built with Y", "a C$1.2 billion
    // project of X, Y and Z": a facility's amount, its builders named after it, is their investment in it.
    [InlineData("The wider plan includes a $5.8 billion steel mill in Louisiana that Kestrel Steel will build to supply the group's factories.",
        "investment:Kestrel Steel>steel mill=5800000000 USD planned")]
    [InlineData("The €900 million gigafactory that Kestrel Motors will build near Halden should open in 2027.",
        "investment:Kestrel Motors>gigafactory=900000000 EUR planned")]
    [InlineData("The R11 billion plant that Kestrel Motors built with the state-owned Halden Development Corporation has run below capacity.",
        "investment:Kestrel Motors+Halden Development>plant=11000000000 ZAR completed")]
    [InlineData("A second cathode plant, a C$1.2 billion project of Kestrel Motors and Orvik Energy, is designed to supply cathode material.",
        "investment:Kestrel Motors+Orvik Energy>project=1200000000 CAD planned")]
    // A contract is no facility; a plant a company supplies is not one it builds.
    [InlineData("A $2 billion contract that Kestrel Motors signed with Orvik Energy covers cells.", "")]
    [InlineData("The $2 billion plant that Kestrel Motors supplies with cathodes opened in May.", "")]
    public void A_facilitys_amount_with_its_builders_after_it(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X will pay N for a 50% stake in Y. Z will hold the other half": the rest of the share just reported is Z's stake in Y.
    [InlineData("Halden Capital will pay $2 billion for a 50% stake in Kestrel Cells, the venture that will make batteries. Orvik Energy will hold the other half, contributing its patents.",
        "investment:Halden Capital>Kestrel Cells=2000000000 USD planned || investment:Orvik Energy>Kestrel Cells=? planned")]
    [InlineData("Norvik Partners bought a 49% stake in Kestrel Cells last year. Orvik Energy owns the remaining 51%.",
        "investment:Norvik Partners>Kestrel Cells=? completed || investment:Orvik Energy>Kestrel Cells=? completed")]
    // The rest of money is no share; a share denied is not held.
    [InlineData("Halden Capital invested $2 billion in Kestrel Cells. Orvik Energy will take the rest.",
        "investment:Halden Capital>Kestrel Cells=2000000000 USD completed")]
    [InlineData("Halden Capital will pay $2 billion for a 50% stake in Kestrel Cells. Orvik Energy does not hold the other half.",
        "investment:Halden Capital>Kestrel Cells=2000000000 USD planned")]
    public void The_rest_of_a_share_just_reported(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X and Y are spending N on a plant, again split 50-50", "… through Z, a venture the two own in equal shares": each of two
    // investors sharing what they invest in equally holds a stake in it.
    [InlineData("Kestrel Motors and Orvik Energy are putting $4.3 billion into a cell factory through Halden Cells, a venture the two own in equal shares, and the plant will open in 2026.",
        "investment:Kestrel Motors+Orvik Energy>cell factory=4300000000 USD planned || investment:Kestrel Motors>Halden Cells=? planned || investment:Orvik Energy>Halden Cells=? planned")]
    [InlineData("In Ohio, Kestrel Motors and Orvik Energy are spending about $5 billion on a second cell plant, again split 50-50; its cells go to Kestrel.",
        "investment:Kestrel Motors+Orvik Energy>second cell plant=5000000000 USD planned || investment:Kestrel Motors>second cell plant=? planned || investment:Orvik Energy>second cell plant=? planned")]
    // The plant's output split equally, or a split someone else speaks of, is no ownership.
    [InlineData("Kestrel Motors and Orvik Energy are spending $5 billion on a plant whose output will be split equally between them.",
        "investment:Kestrel Motors+Orvik Energy>?=5000000000 USD planned")]
    [InlineData("Kestrel Motors and Orvik Energy are spending $5 billion on a plant, and Norvik Partners said profits would not be split 50-50.",
        "investment:Kestrel Motors+Orvik Energy>?=5000000000 USD planned")]
    public void Two_investors_splitting_equally_each_hold_a_stake(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // "X bought a stake of about 1% in the Chinese firm": a stake in the company the description means.
    [InlineData("Orvik Energy will make the cells at its base in Ningde. Kestrel Motors bought a stake of about 1% in the Chinese firm in 2020, a deal that gave it priority access to supply.",
        "investment:Kestrel Motors>Orvik Energy=? completed")]
    [InlineData("Halden Motor is based in Osaka. Norvik Partners holds a 5% stake in the Japanese carmaker.",
        "investment:Norvik Partners>Halden Motor=? completed")]
    // A stake denied, or "the company" without description, names no company held.
    [InlineData("Orvik Energy makes cells in Ningde. Kestrel Motors has no stake in the Chinese firm.", "")]
    [InlineData("Orvik Energy makes cells in Ningde. Kestrel Motors bought a stake in the company last year.", "")]
    public void A_stake_in_a_described_company(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A headline naming the investor shorter than the body ("Volkswagen to invest $2bn in Mexico" … "Volkswagen de México will
    // invest $2 billion"): the same amount from a company of the same first word restates the headline's investment.
    [InlineData("Volkswagen to invest $2bn in Mexico\n\nVolkswagen de México will invest $2 billion in its Puebla plant between 2025 and 2028.",
        "investment:Volkswagen Group>?=2000000000 USD planned")]
    [InlineData("Hyundai lifts India spending plan to $3bn\n\nHyundai Motor Group will invest $3 billion in India between 2025 and 2028.",
        "investment:Hyundai Motor Company>?=3000000000 USD planned")]
    // A further amount of the same size is a new investment.
    [InlineData("Hyundai to invest $3bn in India\n\nHyundai Motor India will invest $3 billion in a new plant in Pune, and Hyundai Motor Group will invest a further $3 billion in Chennai.",
        "investment:Hyundai Motor Company>?=3000000000 USD planned || investment:Hyundai Motor Group>?=3000000000 USD planned")]
    public void A_body_investor_named_longer_restates_the_headline(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A company that raised money in a clause of its own received it: the subject of the main clause ("It", a company
    // noun) is no investor, and a company named as what a person founded only describes that person.
    [InlineData("Verkor closed a round in May. It was the largest this year after Swedish start-up Stegra raised €1.5bn in April.", "")]
    [InlineData("Ather raised $51 million. The round was led by Flipkart co-founder Sachin Bansal.", "")]
    [InlineData("Ather raised $51 million. The round was led by Hero MotoCorp, with Sachin Bansal also taking part.", "investment:Hero MotoCorp>Ather Energy=51000000 USD completed")]
    public void Raisers_in_other_clauses_and_founders_companies(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A comma inside a company's legal name ("Co., Ltd.", "Tesla, Inc.") does not end the clause; "giant" describes a
    // company like "group" does.
    [InlineData("Volkswagen will acquire a 26% stake in battery maker Gotion High-Tech Co., Ltd. for about €1 billion.", "investment:Volkswagen Group>Gotion=1000000000 EUR planned")]
    [InlineData("BYD opened a plant in Szeged. The Chinese giant is investing €4 billion in the site.", "investment:BYD>?=4000000000 EUR planned")]
    public void Legal_names_with_commas_and_described_giants(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A news organisation that reports an investment is no investor of it.
    [InlineData("Volkswagen will build a cell plant in St. Thomas. Bloomberg News first reported the subsidy, citing a minister.", "")]
    [InlineData("Reuters reported that Toyota will invest $500 million in Joby Aviation.", "investment:Toyota>Joby Aviation=500000000 USD planned")]
    // A company in capitals before a colon opens a headline; it is no dateline ("MUMBAI:" is).
    [InlineData("VW: We will invest $5 billion in Rivian, the company said.", "investment:Volkswagen Group>Rivian=5000000000 USD planned")]
    public void News_media_report_investments_without_making_them(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // Parts of an investment stated a few sentences before, received by a plant or a place.
    [InlineData("Toyota announced a $900 million investment across four US plants. Kentucky's Georgetown plant will receive $200 million. Mississippi's Blue Springs plant will get $125 million for a hybrid line.",
        "investment:Toyota>?=900000000 USD planned || investment:Toyota>Georgetown plant=200000000 USD planned || investment:Toyota>Blue Springs plant=125000000 USD planned")]
    // Not money a named giver grants to the place.
    [InlineData("Volvo is investing €1.2 billion in Kosice. The site has been cleared to receive €267 million in state aid from the Slovak government.",
        "investment:Volvo>?=1200000000 EUR planned || investment:Slovak government>?=267000000 EUR planned")]
    public void Parts_of_an_investment_received_by_plants(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A holder selling its own stake divests; with a buyer named, the buyer invests.
    [InlineData("Ford sold its 33% stake in Mazda for $540 million.", "")]
    [InlineData("The American carmaker sold its remaining stake in Aston Martin in 2021.", "")]
    [InlineData("Toyota bought a 5% stake in Mazda for $500 million.", "investment:Toyota>Mazda=500000000 USD completed")]
    // A located adjective of two words before a listed company's name ("South Korea-based LG Energy Solution").
    [InlineData("South Korea-based LG Energy Solution will invest $1.7 billion in its Holland plant.", "investment:LG Energy Solution>Holland plant=1700000000 USD planned")]
    public void Sold_stakes_and_located_adjectives(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A facility that requires an investment of an amount: its owner's investment; an analyst's guess is none.
    [InlineData("Subaru will add an EV line at its Yajima plant. The new line will require an investment of about ¥100 billion.", "investment:Subaru>?=100000000000 JPY planned")]
    [InlineData("Mahindra will build a pack plant. Brokerage Sahyadri Capital estimates that the plant could eventually need investment of about ₹6,000 crore.", "")]
    public void A_facility_that_requires_an_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A plant named by an unlisted word before its description receives a part; a backer described before its name; a
    // plan added after a comma is the subject's.
    [InlineData("Toyota announced a $900 million investment across four US plants. Tennessee's Jackson casting plant receives $71.4 million and 33 jobs.",
        "investment:Toyota>?=900000000 USD planned || investment:Toyota>Jackson casting plant=71400000 USD planned")]
    [InlineData("Ather Energy has raised Rs 84 crore from existing backer Hero MotoCorp.", "investment:Hero MotoCorp>Ather Energy=840000000 INR completed")]
    [InlineData("SK On and Ford set up BlueOval SK in 2022, with plans to invest 16 trillion won in three battery plants.",
        "investment:SK On+Ford Motor Company>?=16000000000000 KRW planned")]
    public void Described_plants_described_backers_and_plans_after_a_comma(string text, string expected) =>
        Assert.Equal(expected, Investments(text));

    [Theory]
    // A conversion in brackets after the amount does not hide the investors after it; the amount as written first is kept.
    [InlineData("Ather Energy has raised Rs 84 crore ($11.21 million) from existing backer Hero MotoCorp.", "investment:Hero MotoCorp>Ather Energy=840000000 INR completed")]
    [InlineData("Ather Energy has raised €10 million (about $11 million) from Hero MotoCorp.", "investment:Hero MotoCorp>Ather Energy=10000000 EUR completed")]
    public void Conversions_in_brackets_before_the_investors(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // Money a company "got", "landed" or "attracted" comes from the backers named after "from", even past a purpose; the one
    // who gets it is never its investor, and a round named beside the verb stays the trigger.
    [InlineData("Moment Energy got $15 million to build its first factory from the Amazon Climate Pledge Fund and Voyager Ventures.",
        "investment:Amazon Climate Pledge Fund+Voyager Ventures>Moment Energy=15000000 USD completed")]
    [InlineData("Moment Energy landed $15 million from Voyager Ventures.", "investment:Voyager Ventures>Moment Energy=15000000 USD completed")]
    [InlineData("Moment Energy has attracted $15 million from Voyager Ventures and Export Development Canada.",
        "investment:Voyager Ventures+Export Development Canada>Moment Energy=15000000 USD completed")]
    [InlineData("Ferrion Cells bags £120m Series B to take its cells out of the lab.", "")]
    [InlineData("Moment Energy got $15 million in revenue last year.", "")]
    [InlineData("Moment Energy got a $15 million order from Volvo.", "")]
    [InlineData("Moment Energy netted $15 million from the sale of its plant to Magna.", "")]
    public void Money_got_from_named_backers(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // "X invested in Y" without an amount is an investment without one: after auxiliaries and adverbs, in a relative
    // clause, and in a clause joined by ", and" to one whose amount it does not share; the subject "It" is the company
    // the text spoke of. Not with an amount in the clause, a negation, a place or a field invested in.
    [InlineData("Foxconn invested in troubled EV start-up Byton earlier this year.", "investment:Foxconn>Byton=? completed")]
    [InlineData("Toyota has previously invested in Byton.", "investment:Toyota>Byton=? completed")]
    [InlineData("Volkswagen, which first invested in Northvolt in 2019, now holds about a fifth of it.", "investment:Volkswagen Group>Northvolt=? completed")]
    [InlineData("Toyota will invest in Byton, the company said.", "investment:Toyota>Byton=? planned")]
    [InlineData("Foxconn has also invested in Chinese carmakers. It invested $350 million in Xpeng in 2018, and invested in Byton earlier this year.",
        "investment:Foxconn>XPeng=350000000 USD completed || investment:Foxconn>Byton=? completed")]
    [InlineData("Toyota did not invest in Byton.", "")]
    [InlineData("Toyota has invested heavily in hybrids.", "")]
    [InlineData("Toyota has invested in Kentucky for decades.", "")]
    [InlineData("Toyota invested in Byton to secure $500 million of batteries.", "investment:Toyota>Byton=500000000 USD planned")]
    public void Investments_in_a_named_company_without_an_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // A headline's amount restated in the body by the same investor is one investment, whatever the case of its first word;
    // "giving" gives like "gave".
    [InlineData("Federal government giving Volkswagen up to $13B in subsidies\n\nThe federal government has agreed to give Volkswagen up to $13 billion in subsidies over the next decade.",
        "investment:Federal government>Volkswagen Group=13000000000 USD planned")]
    [InlineData("Saudi fund invests $1B in Lucid Motors", "investment:Saudi fund>Lucid Group=1000000000 USD completed")]
    public void Headlines_restated_in_the_body(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // A share bought, named by its percentage, without an amount: of its tense, not where denied or where goods are bought.
    [InlineData("Last May, Germany-based car maker Daimler bought nearly 10% of Tesla for an undisclosed sum.", "investment:Mercedes-Benz Group>Tesla=? completed")]
    [InlineData("CATL bought 22 percent of Valmet in 2020 for an undisclosed sum.", "investment:CATL>Valmet=? completed")]
    [InlineData("Geely will buy 10% of Daimler.", "investment:Zhejiang Geely Holding Group>Mercedes-Benz Group=? planned")]
    [InlineData("Geely did not buy 10% of Daimler.", "")]
    [InlineData("Tesla bought 10% of its cells from CATL.", "")]
    public void Shares_bought_named_by_their_percentage(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // A company that takes part in another's round of an amount invests that amount in it: "was part of", "took part in",
    // "joined", "participated in"; of its tense; not where denied or where it only speaks of the round.
    [InlineData("Daimler was also part of Tesla's $82.5m series F round.", "investment:Mercedes-Benz Group>Tesla=82500000 USD completed")]
    [InlineData("Daimler also took part in Tesla's $82.5m series F round.", "investment:Mercedes-Benz Group>Tesla=82500000 USD completed")]
    [InlineData("Daimler will join Tesla's $82.5m series F round.", "investment:Mercedes-Benz Group>Tesla=82500000 USD planned")]
    [InlineData("Daimler participated in Tesla's $82.5m funding round.", "investment:Mercedes-Benz Group>Tesla=82500000 USD completed")]
    [InlineData("Daimler did not take part in Tesla's $82.5m round.", "")]
    [InlineData("Daimler praised Tesla's $82.5m round.", "")]
    public void A_company_that_takes_part_in_another_s_round(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // A plant that opens the sentence and "sees", "receives" or "involves" an investment of an amount receives it from the
    // company the text spoke of before; not a plan, and not where nothing names the company.
    [InlineData("Kestrel Motors is building a plant in Narasapura. The Narasapura plant would see a total investment of Rs 1,350 crore.",
        "investment:Kestrel Motors>Narasapura plant=13500000000 INR planned")]
    [InlineData("Kestrel Motors is building a plant in Narasapura. The new factory will involve an investment of $200 million.",
        "investment:Kestrel Motors>new factory=200000000 USD planned")]
    [InlineData("Kestrel Motors is building a plant in Narasapura. The plan will involve an investment of $200 million.", "")]
    [InlineData("The new factory will involve an investment of $200 million.", "")]
    public void A_plant_that_receives_an_investment(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // "The bank" or "the fund" that opens a sentence is the bank or fund the text named before, not the company it spoke of.
    [InlineData("GM Korea is seeking help from Korea Development Bank. The state-run bank will lend 500 billion won to GM Korea.",
        "investment:Korea Development Bank>GM Korea=500000000000 KRW planned")]
    [InlineData("Kestrel Motors raised money. The bank will lend 500 billion won to GM Korea.", "")]
    public void A_bank_named_before(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // The subject of a passive giving receives the money: it is no investor; the agent after "by" gives it.
    [InlineData("Nissan was given $1.45 billion to support production of its Leaf.", "")]
    [InlineData("Nissan was awarded a $1.45 billion loan.", "")]
    [InlineData("Nissan was granted $1.45 billion by the Department of Energy.", "investment:U.S. Department of Energy>?=1450000000 USD completed")]
    public void The_receiver_of_a_passive_giving(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
    [Theory]
    // A headline's investment without an amount restates the body's investment of the same parties with one; a body
    // investment without an amount beside one with an amount stays ("bought nearly 10% … for an undisclosed sum" and "was
    // part of the $82.5m round" are two).
    [InlineData("Toyota takes minority stake in Tesla\n\nToyota will invest $50 million in Tesla, the companies said.",
        "investment:Toyota>Tesla=50000000 USD planned")]
    [InlineData("Toyota takes minority stake in Tesla\n\nDaimler bought 10% of Tesla.", "investment:Toyota>Tesla=? completed || investment:Mercedes-Benz Group>Tesla=? completed")]
    [InlineData("Tesla gets new backers\n\nDaimler bought nearly 10% of Tesla for an undisclosed sum. Daimler was also part of Tesla's $82.5m series F round.",
        "investment:Mercedes-Benz Group>Tesla=? completed || investment:Mercedes-Benz Group>Tesla=82500000 USD completed")]
    public void Headline_investments_restated_with_an_amount(string text, string expected) =>
        Assert.Equal(expected, Investments(text));
}
