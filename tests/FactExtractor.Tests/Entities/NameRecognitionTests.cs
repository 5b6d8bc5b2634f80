using System;
using System.IO;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Entities.Lexicons;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Tests.Entities;

/// <summary>Names from lexicons and patterns, with the canonical names resolution gives them, through the default pipeline.</summary>
public class NameRecognitionTests
{
    private static string Names(string text, params EntityLabel[] labels) => Render(FactPipeline.Default.Extract(text), labels);

    private static string Render(Document document, EntityLabel[] labels) => string.Join(" | ", document.Entities
        .Where(e => labels.Length == 0 ? e.Label is EntityLabel.Org or EntityLabel.Person or EntityLabel.Loc or EntityLabel.Facility or EntityLabel.Product : labels.Contains(e.Label))
        .Select(e => $"{EntityLabels.ToName(e.Label)}:{document.Slice(e.Span)}" + (e.Name == document.Slice(e.Span).ToString() ? string.Empty : $">{e.Name}")));

    [Theory]
    [InlineData("Stellantis and CATL will build a plant.", "ORG:Stellantis | ORG:CATL")]
    [InlineData("Nissan’s board met Renault's managers.", "ORG:Nissan | ORG:Renault>Renault Group")]
    [InlineData("Sales at Dacia rose.", "ORG:Dacia")]
    [InlineData("The Volkswagen Group booked a record.", "ORG:Volkswagen Group")]
    [InlineData("Magna Steyr assembles cars in Graz.", "ORG:Magna Steyr | LOC:Graz")]
    public void Organisations_come_from_the_lexicon_with_canonical_names(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Tallow Assembly has a plant in Coventry. Norrvik Motors said the Coventry company grew.",
        "ORG:Tallow Assembly | LOC:Coventry | ORG:Norrvik Motors | ORG:Coventry company>Tallow Assembly")]
    [InlineData("Norrvik Motors left Tallow Assembly. The Elkhart, Indiana, firm grew.",
        "ORG:Norrvik Motors | ORG:Tallow Assembly | ORG:Elkhart, Indiana, firm>Tallow Assembly")]
    [InlineData("Norrvik Motors left Tallow Assembly. The Elkhart-based firm grew.", "ORG:Norrvik Motors | ORG:Tallow Assembly | LOC:Elkhart")]
    public void A_town_before_a_company_noun_names_the_company_of_that_town(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Ottawa will contribute C$90 million.", "ORG:Ottawa>Government of Canada")]
    [InlineData("Budapest has pledged HUF 12 billion.", "ORG:Budapest>Government of Hungary")]
    [InlineData("Norbec will invest C$90 million in Ottawa.", "ORG:Norbec | LOC:Ottawa")]
    public void A_national_capital_that_pays_names_its_government(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Its plants are Goiana in Pernambuco and Porto Real in Rio de Janeiro state.", "LOC:Goiana | LOC:Pernambuco | LOC:Porto Real | LOC:Rio de Janeiro")]
    [InlineData("The plants are in Kaohsiung and Miaoli County, Taiwan.", "LOC:Kaohsiung | LOC:Miaoli | LOC:Taiwan")]
    [InlineData("Trucks are built in Porto on Tuesday.", "LOC:Porto")]
    public void A_known_town_opening_a_longer_capitalised_name_gives_the_longer_place(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Norrvik Motors builds vans at the Saxon plant.", "ORG:Norrvik Motors")]
    [InlineData("Norrvik Motors builds vans in Pamplona, and the Basque factory also paints them.", "ORG:Norrvik Motors | LOC:Pamplona")]
    [InlineData("Norrvik Motors builds vans at the Zwickau plant.", "ORG:Norrvik Motors | FACILITY:Zwickau plant")]
    public void A_regional_adjective_before_a_site_noun_names_no_facility(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Shares of Toyota Motor Corp. rose.", "ORG:Toyota Motor Corp.>Toyota")]
    [InlineData("Huayan Motor Co., Ltd. denied the report.", "ORG:Huayan Motor Co., Ltd.>Huayan Motor")]
    [InlineData("Voltara Systems raised money. Voltara will hire.", "ORG:Voltara Systems | ORG:Voltara>Voltara Systems")]
    [InlineData("Helvion Drive Systems AG won an order. Helvion said so.", "ORG:Helvion Drive Systems AG>Helvion Drive Systems | ORG:Helvion>Helvion Drive Systems")]
    [InlineData("Orbit Batteries GmbH opened a line.", "ORG:Orbit Batteries GmbH>Orbit Batteries")]
    [InlineData("Daejin Chemical and Zhenglong Resources will put up the rest.", "ORG:Daejin Chemical | ORG:Zhenglong Resources")]
    [InlineData("The Spanish government backed it.", "ORG:Spanish government")]
    [InlineData("A spokesman for the Department for Business and Trade declined.", "ORG:Department for Business and Trade")]
    public void Unknown_organisations_are_found_from_corporate_words_and_resolve_their_short_forms(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("The battery maker Ferrion opened a line.", "ORG:Ferrion")]
    [InlineData("Swedish start-up Norrvolt will hire 300 people.", "ORG:Norrvolt")]
    [InlineData("Orders went to supplier Kavlin Tech last year.", "ORG:Kavlin Tech")]
    [InlineData("Munich-based Vireo signed the deal.", "LOC:Munich | ORG:Vireo")]
    [InlineData("The 12% stake in Zephyr was sold.", "ORG:Zephyr")]
    [InlineData("It bought shares of Corvane for cash.", "ORG:Corvane")]
    [InlineData("Voltcore, a maker of sodium-ion cells, opened a plant.", "ORG:Voltcore")]
    [InlineData("Tervana, a small Czech supplier based in Brno, won.", "ORG:Tervana | LOC:Brno")]
    [InlineData("Chinese carmaker Huayan Motor Co., Ltd. denied it.", "ORG:Huayan Motor Co., Ltd.>Huayan Motor")]
    [InlineData("The Turkish Ministry of Industry and Technology approved it.", "ORG:Turkish Ministry of Industry and Technology")]
    [InlineData("Oakridge Family Office and Norrland Invest joined.", "ORG:Oakridge Family Office | ORG:Norrland Invest")]
    [InlineData("Gothenburg-based Haldor Trucks agreed.", "LOC:Gothenburg>Göteborg | ORG:Haldor Trucks")]
    [InlineData("Enova, the Norwegian state enterprise that funds climate projects, agreed.", "ORG:Enova")]
    [InlineData("Fortvik, a Swedish utility, signed.", "ORG:Fortvik")]
    public void Unknown_organisations_are_found_from_the_company_nouns_that_describe_them(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc));

    // An unlisted name joined by "and", or by a comma inside a list, to a company the lexicons know is a company too; not
    // after "the" or a preposition ("At Ranjangaon, Stellantis …", "South of the Danube, Stellantis …").
    [Theory]
    [InlineData("Kelvar and Stellantis will build a battery plant in Kenitra.", "ORG:Kelvar | ORG:Stellantis | LOC:Kenitra")]
    [InlineData("Investors include Northvolt, Kelvar and BMW.", "ORG:Northvolt | ORG:Kelvar | ORG:BMW>BMW Group")]
    [InlineData("The venture of Koç Holding and Stellantis builds vans.", "ORG:Koç Holding | ORG:Stellantis")]
    [InlineData("At Ranjangaon, Stellantis builds the Compass. South of the Danube, Stellantis builds cars.", "LOC:Ranjangaon | ORG:Stellantis | ORG:Stellantis")]
    // A short acronym may open the joined name ("GS Yuasa", "LX Pantos"), but alone it names no company.
    [InlineData("In Japan, Honda and GS Yuasa plan to invest in cell production.", "LOC:Japan | ORG:Honda | ORG:GS Yuasa")]
    [InlineData("Renault and LX Pantos will open a logistics hub.", "ORG:Renault>Renault Group | ORG:LX Pantos")]
    [InlineData("Toyota and GS will open a plant.", "ORG:Toyota")]
    public void An_unlisted_name_joined_to_a_known_company_is_a_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc));

    // A name joined by "and", "or" or a comma to a model the lexicons know is a model too, even where a company's verb
    // follows; joined to a company, it is a company.
    [Theory]
    [InlineData("Dealers say the new Ertiga and Ciazor will go on sale in May.", "PRODUCT:Ertiga>Maruti Suzuki Ertiga")]
    [InlineData("Ciazor and the Ertiga will join the Indian line-up.", "PRODUCT:Ertiga>Maruti Suzuki Ertiga")]
    [InlineData("Kelvar and Stellantis will go to court in May.", "ORG:Kelvar | ORG:Stellantis")]
    public void An_unlisted_name_joined_to_a_known_model_is_no_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Product));

    // A compound on a model's name ("Doblò-based", "Transit-based") says what a model derives from: the name after it is
    // a model, not a company a place describes ("Munich-based Kelda Aero").
    [Theory]
    [InlineData("For years Tarsa Otomotiv built the Doblò-based Combo for Opel.", "ORG:Tarsa Otomotiv | ORG:Opel")]
    [InlineData("Koru Motor builds the Transit-based Kestrel van for Ford.", "ORG:Koru Motor | ORG:Ford>Ford Motor Company")]
    [InlineData("Munich-based Kelda Aero agreed.", "ORG:Kelda Aero")]
    public void A_name_after_a_compound_on_a_model_is_no_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org));

    // Public and charitable funders: a foundation named "… Stiftung" or "Fondation …" (not a person, though a given name
    // opens it), a government or ministry after the possessive of a place of two words, a council after a level of
    // government. A works council, or a place's capital, is none.
    [Theory]
    [InlineData("The €90 million capital increase was fully subscribed by the Anna Vogel Stiftung.", "ORG:Anna Vogel Stiftung")]
    [InlineData("Fondation Marlot invested €5 million in Orvex Mobility.", "ORG:Fondation Marlot | ORG:Orvex Mobility")]
    [InlineData("Tamil Nadu's state government will contribute $35 million to the plant.", "ORG:Tamil Nadu's state government")]
    [InlineData("Lower Saxony's economy ministry will provide €20 million.", "ORG:Lower Saxony's economy ministry")]
    [InlineData("The Grand Est regional council will provide €4 million.", "ORG:Grand Est regional council")]
    [InlineData("The works council met in Tamil Nadu. Tamil Nadu's state capital is Chennai.", "LOC:Tamil Nadu | LOC:Tamil Nadu | LOC:Chennai")]
    public void Foundations_and_regional_governments_are_organisations(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Person, EntityLabel.Loc));

    // The agent of a financing participle may be a name with a place inside ("General Atlantic", "Royal London"), even
    // when a title word opens it; a title before a person's name stays a title.
    [Theory]
    [InlineData("Voltaro closed a $40 million funding round led by General Atlantic.", "ORG:Voltaro | ORG:General Atlantic")]
    [InlineData("Voltaro closed a €40 million round led by Royal London.", "ORG:Voltaro | ORG:Royal London")]
    [InlineData("Voltaro closed a €40 million round led by General Manager Anna Berg.", "ORG:Voltaro | PERSON:Anna Berg")]
    public void A_financier_named_with_a_place_inside_is_a_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Person));

    // A capitalised job title before a name opens no company's name, at a sentence start or after a company and "and"; a name
    // set off by commas after "title of/for something" is a person's; a pronoun before "works" names no facility.
    [Theory]
    [InlineData("Chief Executive Tom Beckett said the plant would stay open.", "PERSON:Tom Beckett")]
    [InlineData("\"This is proof,\" Kelvar founder and Chief Executive Tom Beckett said in a statement.", "PERSON:Tom Beckett")]
    [InlineData("\"We stay,\" Kelvar's head of Latin America, Liu Yang, said at the launch.", "LOC:Latin America | PERSON:Liu Yang")]
    [InlineData("Kelvar's director for Europe, Marek Hudec, said the plant would stay.", "ORG:Kelvar | LOC:Europe | PERSON:Marek Hudec")]
    [InlineData("\"It works,\" Marek Hudec said.", "PERSON:Marek Hudec")]
    public void Titles_before_names_open_no_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Person, EntityLabel.Loc, EntityLabel.Facility));

    // Near miss: a company set off after "head of …" is still a company.
    [Fact]
    public void A_company_after_a_title_phrase_stays_a_company() =>
        Assert.Equal("LOC:Latin America | ORG:Renault>Renault Group", Names("The head of Latin America, Renault, said nothing.", EntityLabel.Org, EntityLabel.Person, EntityLabel.Loc));

    // One unlisted capitalised word before a comma and a country or region is a town ("Tarnowo, Poland"), unless a
    // possessive follows the region ("Kelvar, Sweden's largest supplier") or the word ends a longer name ("Union County").
    [Theory]
    [InlineData("Kelvar Drive builds axles at plants in Tarnowo, Poland, and Velkora, Czech Republic.", "ORG:Kelvar Drive | LOC:Tarnowo | LOC:Poland | LOC:Velkora | LOC:Czech Republic>Czechia")]
    [InlineData("The van comes from Velkora, Spain.", "LOC:Velkora | LOC:Spain")]
    [InlineData("Kelvar, Sweden's largest supplier, builds axles.", "ORG:Kelvar | LOC:Sweden")]
    [InlineData("Union County, Ohio, hosts the plant.", "LOC:Union County | LOC:Ohio")]
    public void An_unlisted_word_before_a_region_is_a_town(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc));

    // One unlisted capitalised word between a sentence's opening "At" or "In" and a comma is a place, and the same word
    // later opening a sentence is no company; a company the lexicons know stays one.
    [Theory]
    [InlineData("At Velkora, outside Plzeň, the mood is calm. Velkora builds vans for Halden Motors, the plant manager said.",
        "LOC:Velkora | LOC:Plzeň>Pilsen | ORG:Halden Motors")]
    [InlineData("In Tarnowo, the work goes on. Tarnowo makes cells for Brenner Automobile.", "LOC:Tarnowo | ORG:Brenner Automobile")]
    [InlineData("At Toyota, the mood is calm.", "ORG:Toyota")]
    public void A_word_between_an_opening_at_or_in_and_a_comma_is_a_place(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc));

    // An apposition whose company noun a place's name modifies ("a Lisbon investor", "the California air-taxi developer")
    // describes a company; a person's apposition stays a person's. A name after a preposition of place is no subject, and
    // no word of it is read as one ("in Okayama Prefecture builds").
    [Theory]
    [InlineData("Pontos, a Lisbon investor, joined the round. Later Pontos raised its stake.", "ORG:Pontos | LOC:Lisbon | ORG:Pontos")]
    [InlineData("Tarvo Capital will invest $50 million in Kelda Aero, the California air-taxi developer.", "ORG:Tarvo Capital | ORG:Kelda Aero | LOC:California")]
    [InlineData("Marta Lopes, a Lisbon analyst, said the round was small.", "PERSON:Marta Lopes | LOC:Lisbon")]
    [InlineData("Its Mizushima plant in Okayama Prefecture builds them for both brands.", "LOC:Okayama")]
    public void A_place_may_modify_the_company_noun_of_an_apposition(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Person, EntityLabel.Loc));

    // An unlisted name that opens a sentence and puts an amount of money in ("contributed €20m", "put in $15 million") is
    // an investor; at a sentence start a name before another verb is not read as a company.
    [Theory]
    [InlineData("Orvex Mobility closed a €120m round. Marvik contributed €20m, the company said.", "ORG:Orvex Mobility | ORG:Marvik")]
    [InlineData("Orvex Mobility raised money from three backers. Tollund put in $15 million of that.", "ORG:Orvex Mobility | ORG:Tollund")]
    [InlineData("Orvex Mobility raised €120m. Marvik rose 3% on the news.", "ORG:Orvex Mobility")]
    // Past a parenthetical set off by commas, and past words that lead up to the amount.
    [InlineData("Orvex Mobility raised €120m. Marvik, for its part, has invested €20m.", "ORG:Orvex Mobility | ORG:Marvik")]
    [InlineData("Orvex Mobility raised €120m. Marvik, meanwhile, put in €20m.", "ORG:Orvex Mobility | ORG:Marvik")]
    [InlineData("Orvex Mobility raised €120m. Marvik has invested an aggregate of over €20m.", "ORG:Orvex Mobility | ORG:Marvik")]
    [InlineData("Orvex Mobility raised €120m. Marvik has invested a total of €20m.", "ORG:Orvex Mobility | ORG:Marvik")]
    // A word for vehicles after an unlisted name makes it a model, not a company ("the G6 and G9 SUVs is …").
    [InlineData("Orvex Mobility raised €120m. Assembly of the G9 SUVs is underway.", "ORG:Orvex Mobility")]
    [InlineData("Orvex Mobility raised €120m. The Q5 EVs is new.", "ORG:Orvex Mobility")]
    // A country's fund named by its kind is an organisation; a nationality before "fund" and a name describes the name.
    [InlineData("Orvex Mobility raised €120m. Saudi Arabia’s sovereign wealth fund put in €20m.", "ORG:Orvex Mobility | ORG:Saudi Arabia’s sovereign wealth fund")]
    [InlineData("Orvex Mobility raised €120m from Norway's oil fund.", "ORG:Orvex Mobility | ORG:Norway's oil fund")]
    [InlineData("Orvex Mobility raised €120m from the German fund Africa Go Green.", "ORG:Orvex Mobility | ORG:Africa Go Green")]
    [InlineData("Orvex Mobility raised €120m from Halvor, the Danish state fund that backs climate projects.", "ORG:Orvex Mobility | ORG:Halvor")]
    // Only paying counts past a parenthetical or an apposition.
    [InlineData("Orvex Mobility raised €120m. Marvik, meanwhile, builds vans.", "ORG:Orvex Mobility")]
    [InlineData("Orvex Mobility raised €120m. Marvik, a small town, has invested €20m.", "ORG:Orvex Mobility")]
    public void A_name_that_opens_a_sentence_and_pays_an_amount_is_a_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Person));

    // A name that opens a sentence and builds for a known company is a company; not where the verb builds for no company,
    // nor a known town.
    [Theory]
    [InlineData("Autosan assembles school buses for Iveco Bus.", "ORG:Autosan | ORG:Iveco>Iveco Group")]
    [InlineData("Ridello makes scooters for Piaggio in China.", "ORG:Ridello | ORG:Piaggio")]
    [InlineData("Ridello makes scooters in China.", "")]
    [InlineData("Graz assembles the G-Class for Mercedes-Benz.", "ORG:Mercedes-Benz>Mercedes-Benz Group")]
    public void A_name_that_opens_a_sentence_and_builds_for_a_company_is_a_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Person));

    // An unlisted capitalised word after "in"/"at" that follows a word for a site ("phase", "line", "plant", "under
    // construction"), or after "near", is a place and not the subject of the verb after it; a company after "at"/"in"
    // without a site word, or one named by a corporate word, stays a company.
    [Theory]
    [InlineData("Korvath Energy reported a loss. The first phase at Ivancsa makes pouch cells for German carmaker Brenner Automobile.",
        "ORG:Korvath Energy | LOC:Ivancsa | ORG:Brenner Automobile")]
    [InlineData("The second line at Tarnowo builds axles for Volvo Cars.", "LOC:Tarnowo | ORG:Volvo Cars")]
    [InlineData("The plant under construction in Bécancour will make cathodes. Bécancour's industrial park is growing.", "LOC:Bécancour")]
    [InlineData("Orbis Drive has a stake in Kestrel. The plant at Kestrel Motors will close.", "ORG:Orbis Drive | ORG:Kestrel>Kestrel Motors | ORG:Kestrel Motors")]
    public void An_unknown_word_after_a_site_and_a_preposition_of_place_is_a_place(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc));

    // After "in", an unlisted capitalised word that ends the clause a few words after a verb of production says where the
    // goods are made; a calendar word, or a word the clause goes on from, is none.
    [Theory]
    [InlineData("Sevel builds the Ducato vans in Atessa.", "ORG:Sevel | LOC:Atessa")]
    [InlineData("Sevel built vans in Zwettlbach for Fiat.", "ORG:Sevel | LOC:Zwettlbach | ORG:Fiat")]
    [InlineData("Sevel built vans in March.", "ORG:Sevel")]
    [InlineData("Sevel built vans in Hybrid form.", "ORG:Sevel")]
    public void An_unknown_word_where_goods_are_made_is_a_place(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc));

    // A model's one-word name ("Kwid", "Zafira") that opens a longer name a company noun describes is the company's first
    // word, and its short form stays the company; the model alone, or a model's longer name, stays a product.
    [Theory]
    [InlineData("Truck maker Kwid Veiculos Pesados has won an order. Kwid will also supply chassis to coachbuilder Marcolino Bus.",
        "ORG:Kwid Veiculos Pesados | ORG:Kwid>Kwid Veiculos Pesados | ORG:Marcolino Bus")]
    [InlineData("The Brazilian coachbuilder Zafira Ônibus Urbanos opened a plant. Zafira will build buses for Transvia Mobilidade.",
        "ORG:Zafira Ônibus Urbanos | ORG:Zafira>Zafira Ônibus Urbanos | ORG:Transvia Mobilidade")]
    [InlineData("Renault sells the Kwid Outsider in Brazil through importer Kwid.", "ORG:Renault>Renault Group | PRODUCT:Kwid>Renault Kwid | PRODUCT:Kwid>Renault Kwid")]
    public void A_model_name_that_opens_a_described_company_name_is_the_company(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Product));

    [Theory]
    [InlineData("The Jeonbuk provincial government pledged aid.", "ORG:Jeonbuk provincial government")]
    [InlineData("Officials said the Tamil Nadu government agreed.", "ORG:Tamil Nadu government")]
    [InlineData("Later the Reiter family put in more.", "ORG:Reiter family")]
    [InlineData("The line is backed by Bank Gospodarstwa Krajowego, Poland's state development bank, with a loan.", "ORG:Bank Gospodarstwa Krajowego | LOC:Poland")]
    [InlineData("Baltic Cell Works starts its plant.", "ORG:Baltic Cell Works")]
    [InlineData("Serrana Carrocerias builds buses.", "ORG:Serrana Carrocerias")]
    [InlineData("Output rose at the Chakan Industrial Area.", "LOC:Chakan")]
    // A free zone or estate named after a trade word is no company.
    [InlineData("Its plant in Tangier Automotive City opened in May.", "LOC:Tangier")]
    [InlineData("The supplier leases a hall at Kocaeli Automotive Park and another at Bursa Free Zone.", "LOC:Bursa")]
    // A known company's local subsidiary named with its country.
    [InlineData("Toyota do Brasil will invest in Sorocaba.", "ORG:Toyota do Brasil | LOC:Sorocaba")]
    [InlineData("General Motors de México builds pickups in Silao.", "ORG:General Motors de México | LOC:Silao")]
    [InlineData("Bursa Automotive Systems leases a hall.", "ORG:Bursa Automotive Systems")]
    [InlineData("The state's development agency, JobsOhio, has approved a grant.", "ORG:JobsOhio")]
    // A Spanish region's government: "Junta de", "Xunta de", "Generalitat de" and the region; not without the region.
    [InlineData("The Junta de Castilla y León added €12 million.", "ORG:Junta de Castilla y León")]
    [InlineData("The Xunta de Galicia backed the plant in Vigo.", "ORG:Xunta de Galicia | LOC:Vigo")]
    [InlineData("The junta de facto ruled in Vigo.", "LOC:Vigo")]
    public void Place_governments_families_and_banks_described_by_their_country(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc));

    [Theory]
    // A town's name that is a company's short form is the company, except after a preposition of place.
    [InlineData("Tsubame Cell Technologies grew. Tsubame plans a plant. Workers in Tsubame cheered.",
        "ORG:Tsubame Cell Technologies | ORG:Tsubame>Tsubame Cell Technologies | LOC:Tsubame")]
    // A company named after its founders' family: the bare name acts as the company, beside a speech verb as the person.
    [InlineData("Tezcan Otomotiv builds vans. Selim Tezcan leads it. Tezcan operates plants. “We grow,” Tezcan said.",
        "ORG:Tezcan Otomotiv | PERSON:Selim Tezcan | ORG:Tezcan>Tezcan Otomotiv | PERSON:Tezcan>Selim Tezcan")]
    // The same where the bare name follows a preposition and the pattern recogniser alone would not take it for a name.
    [InlineData("Rathore Automotive builds vans. For Rathore, the contract matters. Vikram Rathore runs it.",
        "ORG:Rathore Automotive | ORG:Rathore>Rathore Automotive | PERSON:Vikram Rathore")]
    [InlineData("Kalden Werke makes axles. The axle is made by Kalden at Hof. Anna Kalden said so. Mr Kalden smiled.",
        "ORG:Kalden Werke | ORG:Kalden>Kalden Werke | LOC:Hof | PERSON:Anna Kalden | PERSON:Kalden>Anna Kalden")]
    // A public body named after its town leaves the town's name to the town.
    [InlineData("Sunderland City Council has put £24m into roads. Sunderland has a plant. Work at Sunderland goes on.",
        "ORG:Sunderland City Council | LOC:Sunderland | LOC:Sunderland")]
    [InlineData("The Bavarian State Government has put €24m into roads. Bavarian officials welcomed Bavarian jobs.", "ORG:Bavarian State Government")]
    // A nationality opening a name is no short form of it.
    [InlineData("The Polish Development Fund agreed. Polish officials welcomed it.", "ORG:Polish Development Fund")]
    public void Short_forms_shared_with_towns_and_people(string text, string expected) =>
        Assert.Equal(expected, Names(text, EntityLabel.Org, EntityLabel.Loc, EntityLabel.Person));

    [Theory]
    // A one-word model name that is a word of a company the document names is the company, unless the model's brand is named.
    [InlineData("PT Astra International owns half of it. Astra will contribute more.", "ORG:PT Astra International | ORG:Astra>PT Astra International")]
    [InlineData("PT Astra International owns half of it. Opel sells the Astra there.", "ORG:PT Astra International | ORG:Opel | PRODUCT:Astra>Opel Astra")]
    public void Model_names_that_are_words_of_a_named_company(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    // A person described by a company noun, a company noun used as a modifier, titles and common words after a company noun.
    [InlineData("The company Chief Executive spoke.")]
    [InlineData("Rennick, a company spokesman, declined to comment.")]
    [InlineData("The supplier said it would hire. The supplier Plans were shelved, the supplier said plans change.")]
    [InlineData("Its investor Jane Holloway sold out.")]
    [InlineData("Lindqvist, a supplier’s founder, spoke.")]
    public void Company_nouns_do_not_make_people_titles_or_common_words_companies(string text) =>
        Assert.Equal(string.Empty, Names(text, EntityLabel.Org));

    [Theory]
    [InlineData("“We are ready,” said CEO Luca de Meo.", "PERSON:Luca de Meo")]
    [InlineData("Mr. Tanaka declined to comment.", "PERSON:Tanaka")]
    [InlineData("Dr. Claudia Berner leads the firm.", "PERSON:Claudia Berner")]
    [InlineData("“It works,” said Jean-Dominique Senard.", "PERSON:Jean-Dominique Senard")]
    [InlineData("Zhou Minghao, an analyst at a brokerage, disagreed.", "PERSON:Zhou Minghao")]
    [InlineData("Analyst Priya Raman expects more.", "PERSON:Priya Raman")]
    [InlineData("John F. Smith joined in 2020.", "PERSON:John F. Smith")]
    [InlineData("Annelies van Dijk founded it.", "PERSON:Annelies van Dijk")]
    public void People_are_found_from_titles_speech_verbs_and_given_names(string text, string expected) => Assert.Equal(expected, Names(text, EntityLabel.Person));

    [Theory]
    // A given name opens many company names; a corporate or facility word at the end means it is not a person.
    [InlineData("The vans will be assembled by Harlan Vehicle Works in Ohio.")]
    [InlineData("Shares in Douglas Motors fell after the recall.")]
    [InlineData("The order went to Victor Components, said the report.")]
    [InlineData("Output at Martin Plant rose in May.")]
    public void A_name_ending_in_a_corporate_or_facility_word_is_no_person(string text) =>
        Assert.Equal(string.Empty, Names(text, EntityLabel.Person));

    [Theory]
    [InlineData("Marta Wolska runs the plant. Ms. Wolska said prices rose. Wolska smiled.",
        "PERSON:Marta Wolska | PERSON:Wolska>Marta Wolska | PERSON:Wolska>Marta Wolska")]
    [InlineData("CEO Luca de Meo spoke first. Later de Meo left.", "PERSON:Luca de Meo | PERSON:de Meo>Luca de Meo")]
    public void Surnames_refer_to_the_full_name_met_in_the_document(string text, string expected) => Assert.Equal(expected, Names(text, EntityLabel.Person));

    [Fact]
    public void The_Group_refers_to_the_last_group_named()
    {
        Assert.Equal("ORG:Renault Group | ORG:Group>Renault Group", Names("Renault Group reported results. Analysts praised the Group’s plan.", EntityLabel.Org));
    }

    [Theory]
    [InlineData("Nissan will build the car in Renault’s Douai plant.", "ORG:Nissan | ORG:Renault>Renault Group | FACILITY:Douai plant")]
    [InlineData("The ElectriCity facility employs many.", "FACILITY:ElectriCity facility")]
    [InlineData("Workers at the Cléon factory struck.", "FACILITY:Cléon factory")]
    [InlineData("They built it at a Nissan factory in Chennai.", "ORG:Nissan | LOC:Chennai")]
    [InlineData("The Gravity business park hosts it.", "FACILITY:Gravity business park")]
    public void Facilities_are_proper_names_before_a_facility_noun(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("The new Micra shares parts with the Renault 5 E-Tech.", "PRODUCT:Micra>Nissan Micra | PRODUCT:Renault 5 E-Tech")]
    [InlineData("Tesla cut the price of the Model Y.", "ORG:Tesla | PRODUCT:Model Y>Tesla Model Y")]
    [InlineData("Toyota sells it. The Supra is built in Austria.", "ORG:Toyota | PRODUCT:Supra>Toyota GR Supra | LOC:Austria")]
    // A bare model name counts only where the document names its brand: this "Q5" is no Audi.
    [InlineData("Qingyun's partner will assemble the Q5 in Thailand.", "ORG:Qingyun | LOC:Thailand")]
    [InlineData("Volkswagen builds the Golf in Wolfsburg.", "ORG:Volkswagen>Volkswagen Group | PRODUCT:Golf>Volkswagen Golf | LOC:Wolfsburg")]
    // A model that is also a town's name, right after its brand's possessive; the town elsewhere.
    [InlineData("CAOA assembles Hyundai's Tucson in Anápolis. Tucson is in Arizona.", "ORG:CAOA>Caoa | ORG:Hyundai>Hyundai Motor Company | PRODUCT:Tucson>Hyundai Tucson | LOC:Anápolis | LOC:Tucson | LOC:Arizona")]
    public void Products_come_from_the_lexicon_and_bare_model_names_need_a_determiner(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("PARIS, Nov. 6 — Renault said so.", "LOC:PARIS>Paris | ORG:Renault>Renault Group")]
    [InlineData("The plant is in Normal, Illinois.", "LOC:Normal | LOC:Illinois")]
    [InlineData("It sells China-built cars.", "LOC:China")]
    [InlineData("Hong Kong-listed shares fell.", "LOC:Hong Kong")]
    [InlineData("German and French buyers agreed.", "")]
    public void Places_in_capitals_compounds_and_with_context(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    // A known name followed by a place word is a longer place the gazetteer lacks; listed longer names keep their entry.
    [InlineData("Rivian will build a plant in Stanton Springs.", "LOC:Stanton Springs")]
    [InlineData("The supplier opened a depot in Georgetown Heights.", "LOC:Georgetown Heights")]
    [InlineData("The plant is near Mexico City.", "LOC:Mexico City")]
    public void Places_extended_by_a_place_word(string text, string expected) => Assert.Equal(expected, Names(text, EntityLabel.Loc));

    [Theory]
    [InlineData("Normal operations resumed.", "")]
    [InlineData("Harrison Ford starred in it.", "PERSON:Harrison Ford")]
    [InlineData("Ford Motor Company cut prices.", "ORG:Ford Motor Company")]
    [InlineData("Theresa May met the board.", "PERSON:Theresa May")]
    [InlineData("The mobile app crashed.", "")]
    [InlineData("Tesla sold the Model 3 and 300 cars.", "ORG:Tesla | PRODUCT:Model 3>Tesla Model 3")]
    public void Near_misses(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    // A company that acts, read from its first word where that word opens the sentence; a street, a town the text places
    // a plant in, and an ordinary word that is a brand only in context.
    [InlineData("Padana Energia operates three plants.", "ORG:Padana Energia")]
    [InlineData("Funding came when TPG Rise Climate led the round.", "ORG:TPG Rise Climate")]
    [InlineData("The car park on Moreton Road is going to need more spaces.", "")]
    [InlineData("Forvia builds a plant at Lužianky. Lužianky will not work for JLR alone.", "ORG:Forvia | ORG:JLR")]
    [InlineData("In Spain, Solenza will make cells for Seat's small cars.", "ORG:Solenza | ORG:Seat>SEAT")]
    [InlineData("Seat belts are checked twice.", "")]
    [InlineData("Kessler Drive makes e-axles.", "ORG:Kessler Drive")]
    [InlineData("The federal government has pledged support.", "ORG:federal government")]
    [InlineData("The Moroccan state will cover a third of the cost.", "ORG:Moroccan state")]
    [InlineData("The state of Bahia has granted BYD tax incentives.", "ORG:state of Bahia | ORG:BYD")]
    [InlineData("The regional government of Aragon has granted incentives.", "ORG:regional government of Aragon")]
    [InlineData("The Thailand Board of Investment has granted an exemption.", "ORG:Thailand Board of Investment")]
    [InlineData("The Moroccan state oil company grew.", "")]
    [InlineData("The motors come from Pune-based Pranav Drivetech.", "ORG:Pranav Drivetech")]
    [InlineData("The fund's partner Jonas Ekholm said so.", "")]
    [InlineData("The Spanish carmaker Solano builds vans. Solano's vans sell well in Solano.", "ORG:Solano | ORG:Solano")]
    [InlineData("Serrana, a family-founded supplier that makes seats, grew. Serrana now operates four plants.", "ORG:Serrana | ORG:Serrana")]
    [InlineData("Park Ji-hoon runs Sejin Battery. Park also would not confirm the talks.", "ORG:Sejin Battery")]
    [InlineData("The Hong Kong-listed group grew.", "")]
    [InlineData("For decades, Carrocerias Serrana has built bus bodies. Serrana operates three plants.", "ORG:Carrocerias Serrana | ORG:Serrana>Carrocerias Serrana")]
    [InlineData("The plant stands on the outskirts of Zaragoza, the carmaker and its partner said.", "")]
    [InlineData("Ferghana Auto Industries JSC (“FAI”) builds vans. FAI also builds trucks.", "ORG:Ferghana Auto Industries | ORG:FAI>Ferghana Auto Industries | ORG:FAI>Ferghana Auto Industries")]
    [InlineData("Rheintal Automotive bought a stake in Gqeberha-based Ubuntu Seating Ltd.", "ORG:Rheintal Automotive | ORG:Ubuntu Seating Ltd.>Ubuntu Seating")]
    public void Companies_that_act_streets_and_town_names(string text, string expected) => Assert.Equal(expected, Names(text, EntityLabel.Org));

    [Theory]
    // Trade words that end a company's name, compounds on "tech" among them, and trade words that open it.
    [InlineData("The scooters are assembled by Kaveri Autotech in Hosur.", "ORG:Kaveri Autotech")]
    [InlineData("Formosa DriveTech had assembled the K2.", "ORG:Formosa DriveTech")]
    [InlineData("The frames came from Sandhu Forgings until last year.", "ORG:Sandhu Forgings")]
    [InlineData("They were built by Coahuila Vehicle Assembly at its plant.", "ORG:Coahuila Vehicle Assembly")]
    [InlineData("Atlas Câblage stopped making harnesses.", "ORG:Atlas Câblage")]
    [InlineData("The packs are built by Baterias Recife.", "ORG:Baterias Recife")]
    [InlineData("Ensambladora del Norte produced truck cabs.", "ORG:Ensambladora del Norte")]
    // A possessor of a town's plant is a company; a credit facility's arranger too.
    [InlineData("The cars roll off the line at Ebro's Barcelona factory.", "ORG:Ebro")]
    [InlineData("Corvaro signed a credit facility arranged by Banorte.", "ORG:Corvaro | ORG:Banorte")]
    [InlineData("Tourists love Ebro's Barcelona beaches.", "")]
    // Not a company: a single word on "tech", a lower-case "tech", a place before a plain noun.
    [InlineData("Biotech shares fell in Recife.", "")]
    [InlineData("The Pune high-tech cluster grew.", "")]
    // A headline's name without its opening word is the same company as the full name in the body.
    [InlineData("Arteaga Autopartes to invest. Grupo Arteaga Autopartes will invest. Arteaga runs three plants.",
        "ORG:Arteaga Autopartes>Grupo Arteaga Autopartes | ORG:Grupo Arteaga Autopartes | ORG:Arteaga>Grupo Arteaga Autopartes")]
    public void Trade_words_open_and_close_unknown_company_names(string text, string expected) => Assert.Equal(expected, Names(text, EntityLabel.Org));

    [Fact]
    public void A_user_lexicon_adds_names_and_wins_over_the_built_in_ones()
    {
        const string file = "ORG\tNorvik Cells\tNorvik\tkind=battery\nPATTERN:FACILITY\t{Cap} Gigaworks\n";
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault().AddLexicon(Lexicon.Parse(new StringReader(file), "user.tsv")).Build();

        Document document = pipeline.Extract("Norvik will open the Kokkola Gigaworks.");

        Assert.Equal("ORG:Norvik>Norvik Cells | FACILITY:Kokkola Gigaworks", Render(document, []));
        EntityMention norvik = document.Entities[0];
        Assert.Equal(EntitySource.Lexicon, norvik.Source);
        Assert.Equal("battery", norvik.Entry!.Kind);
    }

    [Fact]
    public void A_user_pattern_can_be_added_from_code()
    {
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault().AddPattern(EntityLabel.Product, "Project {Cap}").Build();

        Document document = pipeline.Extract("Work on Project Neptune began.");

        Assert.Equal("PRODUCT:Project Neptune", Render(document, [EntityLabel.Product]));
    }

    [Fact]
    public void A_malformed_user_lexicon_file_names_the_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"user-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "ORG\tGood Name\nORG\n");
        try
        {
            var error = Assert.Throws<LexiconFormatException>(() => FactPipelineBuilder.CreateDefault().AddLexiconFile(path));
            Assert.Contains($"{path}:2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_mention_has_a_confidence_a_source_and_offsets_inside_the_text()
    {
        foreach (string file in Directory.GetFiles(TestPaths.SampleArticles, "*.txt"))
        {
            string text = File.ReadAllText(file);
            Document document = FactPipeline.Default.Extract(text);
            int previousEnd = 0;
            foreach (EntityMention mention in document.Entities)
            {
                Assert.InRange(mention.Confidence, 0.0, 1.0);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                Assert.True(mention.Start >= previousEnd, $"{Path.GetFileName(file)}: mentions overlap at {mention.Start}.");
                Assert.False(string.IsNullOrWhiteSpace(mention.Name));
                previousEnd = mention.End;
            }
        }
    }
}
