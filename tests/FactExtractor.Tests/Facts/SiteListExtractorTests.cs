using static FactExtractor.Tests.Facts.FactTestHelpers;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Site lists, by construction: the text enumerates two or more sites, plants, factories or facilities of one owner
/// (annotation guidelines, "siteList"). Sites are towns (a facility by its town); countries and regions say where, not
/// which, sites are; a total the text states is the declared count.
/// </summary>
public class SiteListExtractorTests
{
    [Theory]
    // "the group" after an opening phrase owns the list: the group of the unit the text speaks of, where the text names it;
    // the group's own brands and units inside the list continue it.
    [InlineData("Hyundai Motor Group opened a plant. Kia will build cars there. After the opening, the group now has three US assembly plants: Hyundai's factory in Montgomery, Kia's plant in West Point, and Ellabell.",
        "sites:Hyundai Motor Group[Montgomery,West Point,Ellabell]#3")]
    [InlineData("Stellantis owns Opel. Opel builds vans in Gliwice. Since the merger, the group runs four Polish sites: Opel's plant in Gliwice, Fiat's factory in Tychy, Bielsko-Biała and Warsaw.",
        "sites:Stellantis[Gliwice,Tychy,Bielsko-Biała,Warsaw]#4")]
    public void The_group_after_an_opening_phrase_owns_the_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // Near miss: another group's unit inside the list ends it.
    [InlineData("Hyundai Motor Group opened a plant. After the opening, the group now has two US plants: Hyundai's factory in Montgomery, and Toyota's plant in Georgetown.")]
    public void Another_groups_unit_ends_the_groups_list(string text) =>
        Assert.Equal(string.Empty, SiteLists(text));

    [Theory]
    // A site inside a list named by the company that runs or ran it, then its town: the town is the site, the company does
    // not end the owner's list.
    [InlineData("Renault operates two Moroccan plants, at Tangier and at Somaca in Casablanca.", "sites:Renault Group[Tangier,Casablanca]#2")]
    [InlineData("Renault keeps its two Moroccan plants, Tangier and the Somaca site in Casablanca, busy.", "sites:Renault Group[Tangier,Casablanca]#2")]
    [InlineData("Foxconn's vehicle work spans three sites: Kaohsiung, the former Lordstown Motors factory in Lordstown, Ohio, and a workshop in Guadalajara, Mexico.",
        "sites:Foxconn[Kaohsiung,Lordstown,Guadalajara]#3")]
    public void A_site_named_by_its_operator_then_its_town(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // Near misses: another company's plant after "the", with or without its town, ends the owner's list.
    [InlineData("Renault builds cars at Tangier, and the Stellantis plant supplies Kenitra.")]
    [InlineData("Stellantis keeps its Moroccan plant at Kenitra busy, and the Somaca site in Casablanca too.")]
    public void Another_company_without_a_town_ends_the_list(string text) =>
        Assert.Equal(string.Empty, SiteLists(text));

    [Theory]
    // "X operates N plants in Country: A, B and C" — the country is not a site, N is the declared count.
    [InlineData("Renault operates four plants in France: Douai, Maubeuge, Cléon and Ruitz.", "sites:Renault Group[Douai,Maubeuge,Cléon,Ruitz]#4")]
    [InlineData("Škoda has three plants in the Czech Republic: Mladá Boleslav, Kvasiny and Vrchlabí.", "sites:Škoda[Mladá Boleslav,Kvasiny,Vrchlabí]#3")]
    [InlineData("Stellantis operates 12 plants in Italy, among them Melfi and Cassino.", "sites:Stellantis[Melfi,Cassino]#12")]
    [InlineData("Maruti Suzuki has two factories, at Gurugram and Manesar.", "sites:Maruti Suzuki[Gurgaon,Manesar]#2")]
    // Parentheses.
    [InlineData("Volkswagen runs three German vehicle factories (Wolfsburg, Emden and Zwickau).", "sites:Volkswagen Group[Wolfsburg,Emden,Zwickau]#3")]
    // Facilities named by their town, after the count.
    [InlineData("JLR's two British plants, the Solihull and Castle Bromwich factories, build the Range Rover.", "sites:JLR[Solihull,Castle Bromwich]#2")]
    public void Finds_a_list_with_its_declared_count(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // Commas and "and".
    [InlineData("Toyota's European plants include Valenciennes, Burnaston and Kolín.", "sites:Toyota[Valenciennes,Burnaston,Kolín]")]
    [InlineData("Kestrel Batteries GmbH operates gigafactories in Salzgitter and Kecskemét.", "sites:Kestrel Batteries[Salzgitter,Kecskemét]")]
    [InlineData("Hyundai's Indian sites comprise Chennai and Pune.", "sites:Hyundai Motor Company[Chennai,Pune]")]
    [InlineData("The Stellantis plants in Melfi and Cassino will get new lines.", "sites:Stellantis[Melfi,Cassino]")]
    [InlineData("Toyota has factories in Burnaston and Deeside.", "sites:Toyota[Burnaston,Deeside]")]
    [InlineData("Stellantis has sites in Mulhouse, Sochaux and Tychy.", "sites:Stellantis[Mulhouse,Sochaux,Tychy]")]
    [InlineData("Volkswagen builds the ID.3 at its plants in Zwickau and Dresden.", "sites:Volkswagen Group[Zwickau,Dresden]")]
    // "as well as".
    [InlineData("BMW has plants in Dingolfing, Regensburg and Leipzig as well as Munich.", "sites:BMW Group[Dingolfing,Regensburg,Leipzig,Munich]")]
    [InlineData("Mercedes-Benz builds vans at plants in Düsseldorf and Ludwigsfelde as well as in Jawor.", "sites:Mercedes-Benz Group[Düsseldorf,Ludwigsfelde,Jawor]")]
    // Facilities named by their town, and towns before the plant noun.
    [InlineData("Mercedes-Benz runs the Sindelfingen factory and the Rastatt plant.", "sites:Mercedes-Benz Group[Sindelfingen,Rastatt]")]
    [InlineData("Renault's Douai, Maubeuge and Ruitz plants will form one company.", "sites:Renault Group[Douai,Maubeuge,Ruitz]")]
    public void Finds_an_enumeration(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A known town's name opening a longer place name ("Porto Real", "Porto Verde") is the longer place; a town's own
    // administrative unit ("Miaoli County") and a weekday ("Porto Monday") are no part of it.
    [InlineData("Kestrel Motors runs plants in Resende and Porto Real in Rio de Janeiro state.", "sites:Kestrel Motors[Resende,Porto Real]")]
    [InlineData("Kestrel Motors has two plants in Brazil, at Sorocaba and at Porto Verde, Rio Grande do Sul.", "sites:Kestrel Motors[Sorocaba,Porto Verde]#2")]
    [InlineData("Kestrel Motors builds trucks in Resende, Porto Verde and Betim.", "sites:Kestrel Motors[Resende,Porto Verde,Betim]")]
    [InlineData("Kestrel Motors builds trucks in Resende and Porto Monday.", "sites:Kestrel Motors[Resende,Porto]")]
    public void A_known_town_opening_a_longer_place_name_is_the_longer_place(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // "Country (Town)": the bracketed place is the site, even where a province of the same name is better known.
    [InlineData("BYD builds cars in Thailand (Rayong), Uzbekistan (Jizzakh) and Brazil (Camaçari).", "sites:BYD[Rayong,Jizzakh,Camaçari]")]
    [InlineData("Toyota has plants in Texas (San Antonio) and Kentucky (Georgetown).", "sites:Toyota[San Antonio,Georgetown]")]
    public void Finds_towns_bracketed_after_their_country(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // Provinces on their own are where sites are, not sites.
    [InlineData("BYD sells cars in Rayong and Jizzakh.")]
    [InlineData("BYD builds cars in Rayong and in Jizzakh.")]
    public void Provinces_alone_are_not_sites(string text) =>
        Assert.Equal(string.Empty, SiteLists(text));

    [Theory]
    // "Its plants …", "The carmaker operates …": the owner is the organisation named before.
    [InlineData("Tata Motors reported strong demand. Its plants in Pune and Sanand are running three shifts.", "sites:Tata Motors[Pune,Sanand]")]
    [InlineData("Stellantis reported higher sales. The carmaker operates factories in Melfi and Cassino.", "sites:Stellantis[Melfi,Cassino]")]
    public void Finds_the_owner_in_the_sentence_before(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // One site only.
    [InlineData("Toyota operates a plant in Valenciennes.")]
    [InlineData("BMW operates a plant in Debrecen, Hungary.")]
    [InlineData("Volkswagen builds the Golf in Wolfsburg.")]
    // Countries and regions only.
    [InlineData("Volkswagen has plants in Germany, Spain and Portugal.")]
    [InlineData("Tata Motors has factories in Maharashtra and Gujarat.")]
    [InlineData("Hyundai operates plants in Tamil Nadu and Maharashtra.")]
    [InlineData("Toyota has plants in Europe, Asia and North America.")]
    // Negated.
    [InlineData("Renault has no plants in Graz or Zwickau.")]
    [InlineData("Kessler Batteries will not build plants in Hof and Plauen after all.")]
    // Towns that are not sites.
    [InlineData("The chief executive visited Chennai, Pune and Sanand last week.")]
    [InlineData("Mercedes-Benz has a new chief executive who grew up in Stuttgart and studied in Munich.")]
    // One site each of several owners.
    [InlineData("Nissan's plant in Sunderland is larger than Toyota's factory in Burnaston.")]
    [InlineData("The Graz plant of Magna Steyr, the Uusikaupunki plant of Valmet Automotive and the Kolín plant of Toyota are contract sites.")]
    public void Not_a_site_list(string text) =>
        Assert.Equal(string.Empty, SiteLists(text));

    // The reference article's gold lists a facility together with the plants it includes, so the extractor does too
    // (docs/corpus.md records that the team's own corpus lists only the member towns).
    [Theory]
    [InlineData("Renault's ElectriCity hub in northern France includes the plants in Douai, Maubeuge and Ruitz.", "sites:Renault Group[ElectriCity,Douai,Maubeuge,Ruitz]")]
    public void A_containing_facility_is_listed_with_its_plants(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    [InlineData("Škoda's factories in Mladá Boleslav and Kvasiny, and the Volkswagen plant in Bratislava, build SUVs.", "sites:Škoda[Mladá Boleslav,Kvasiny]")]
    [InlineData("Nissan runs the Sunderland plant, and Toyota runs the Burnaston plant.", "")]
    public void Sites_of_another_owner_end_the_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A town the gazetteer lacks, listed beside a known one; places that say where a site is; a list going on in the
    // next sentence for the same owner; making and operating verbs as cues.
    [InlineData("Rathore Automotive builds vehicles in Chakan and Talegaon.", "sites:Rathore Automotive[Chakan,Talegaon]")]
    [InlineData("Tezcan Otomotiv operates plants in Kestelburg, Gemlik and Bursa, all in Bursa province.", "sites:Tezcan Otomotiv[Kestelburg,Gemlik,Bursa]")]
    [InlineData("Dubnica Mobility Works operates assembly plants in Dubnica nad Váhom and Žilina, in the Trenčín region.", "sites:Dubnica Mobility Works[Dubnica nad Váhom,Žilina]")]
    [InlineData("Hengrui Power makes cells in Changzhou, Yibin and Zhaoqing.", "sites:Hengrui Power[Changzhou,Yibin,Zhaoqing]")]
    [InlineData("Wistral Group operates seven sites in Poland, three of them assembly plants: Mielec, Tczew and Kutno. The other four, in Rzeszów, Dębica, Sanok and Krosno, make seats.",
        "sites:Wistral Group[Mielec,Tczew,Kutno,Rzeszów,Dębica,Sanok,Krosno]#7")]
    [InlineData("Rathore Automotive builds vans in Chakan and Sanand, both near Pune.", "sites:Rathore Automotive[Chakan,Sanand]")]
    public void Unknown_towns_descriptive_places_and_lists_over_two_sentences(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // One known town only, with an unknown capitalised word that is no list member; a model named like a town.
    [InlineData("Rathore Automotive builds vehicles in Chakan, Monday said.")]
    [InlineData("Qiantang builds the Linxi 5 in Hangzhou.")]
    public void No_list_from_one_town_or_a_model_name(string text) =>
        Assert.Equal(string.Empty, SiteLists(text));

    [Theory]
    // Items after a colon separated by semicolons; "it" as the owner; a partial list restated in full is one list.
    [InlineData("Toyota operates three plants in São Paulo state: Sorocaba, where it builds the Yaris; Indaiatuba, home of the Corolla; and Porto Feliz, which makes engines.",
        "sites:Toyota[Sorocaba,Indaiatuba,Porto Feliz]#3")]
    [InlineData("Samsung SDI makes cells in Ulsan and in Cheonan. Abroad, it operates plants in Göd, Hungary, and Xi'an, China.",
        "sites:Samsung SDI[Ulsan,Cheonan,Göd,Xi'an]")]
    [InlineData("Honda builds the SUVs in Marysville and East Liberty. Analysts liked it. Honda has plants in Marysville, East Liberty and Anna.",
        "sites:Honda[Marysville,East Liberty,Anna]")]
    public void Semicolon_items_pronoun_owners_and_restated_lists(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // Semicolon items opened by "in" rather than a colon; a company known by the word after "Grupo".
    [InlineData("Grupo Arteaga Autopartes makes seats. Arteaga already runs three plants, in Saltillo, Coahuila; Silao, Guanajuato; and Apodaca, Nuevo León.",
        "sites:Grupo Arteaga Autopartes[Saltillo,Silao,Ciudad Apodaca]#3")]
    public void Semicolon_items_after_in(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A place after "near" between two sites says where the first one is; it neither joins nor breaks the list.
    [InlineData("Tervana Motors makes vans. Tervana also runs a paint plant in Kolín, near Prague, and a distribution warehouse in Mladá Boleslav.",
        "sites:Tervana Motors[Kolín,Mladá Boleslav]")]
    [InlineData("Tervana Motors runs a paint plant in Kolín, not far from the border with Poland and Germany, which it shares with a supplier from Brno.", "")]
    public void Places_near_a_site_inside_a_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // An aside between commas that says where the first site is (no place name in it) does not break a list of two
    // clauses; an aside that goes on without closing does not join one.
    [InlineData("Tervana Motors builds its vans at a plant in Kolín, near the Polish border, and assembles battery packs at a smaller site in Mladá Boleslav.",
        "sites:Tervana Motors[Kolín,Mladá Boleslav]")]
    [InlineData("Tervana Motors paints bodies at a plant in Kolín, on the outskirts of the old town, and tests prototypes at a track in Brno.",
        "sites:Tervana Motors[Kolín,Brno]")]
    [InlineData("Tervana Motors builds its vans at a plant in Kolín, near the river that a supplier from Brno uses for barges.", "")]
    [InlineData("Tervana Motors counts two vehicle plants of its own: Kolín, where it makes electric buses, and Vrchlabí.", "sites:Tervana Motors[Kolín,Vrchlabí]#2")]
    [InlineData("Tervana Motors builds buses in Kolín, which it bought in 2019, and vans in Brno.", "sites:Tervana Motors[Kolín,Brno]")]
    [InlineData("Tervana Motors builds buses in Kolín, where a supplier from Brno delivers axles.", "")]
    public void Where_asides_inside_a_two_clause_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A province that shares its name with a town, joined by "and" to a listed town, is that town; after a comma alone it
    // says where the town before it is.
    [InlineData("Tervana Motors has plants in Szeged and Manisa.", "sites:Tervana Motors[Szeged,Manisa]")]
    [InlineData("Tervana Motors builds vans in Szeged, Kecskemét and Manisa.", "sites:Tervana Motors[Szeged,Kecskemét,Manisa]")]
    [InlineData("Tervana Motors has a plant in Szeged and Manisa province.", "")]
    public void Town_named_like_its_province_inside_a_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A name the gazetteer lacks, first after the colon that opens a list of known towns, is a site; a capitalised word
    // after a colon that no known site follows is not.
    [InlineData("Tervana Motors builds cars at four assembly sites: Mirafiori, Cassino, Melfi and Atessa.", "sites:Tervana Motors[Mirafiori,Cassino,Melfi,Atessa]#4")]
    [InlineData("Tervana Motors has two plants: Kvasnovo, Kolín.", "sites:Tervana Motors[Kvasnovo,Kolín]#2")]
    [InlineData("Tervana Motors has plants in Kolín and Brno: Production resumes on Monday.", "sites:Tervana Motors[Kolín,Brno]")]
    public void Unknown_first_item_after_a_colon(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // The venture, not a partner named inside its description, owns the plants: "of A and B" makes both objects; a
    // customer after "to" does not become the owner by standing before "from plants".
    [InlineData("Kestrel Cells, the joint venture of Tervana Motors and Halden Energy, operates three plants, two in Glendale, Kentucky, and one in Stanton, Tennessee.",
        "sites:Kestrel Cells[Glendale,Stanton]#3")]
    [InlineData("Kestrel Cells, a venture between Tervana Motors and Halden Energy, runs plants in Warren and Lordstown.", "sites:Kestrel Cells[Warren,Lordstown]")]
    [InlineData("Kestrel Drive, its venture with Halden Energy, which supplies motors to Tervana Motors from plants in Incheon, South Korea, and Ramos Arizpe, Mexico.",
        "sites:Kestrel Drive[Incheon,Ramos Arizpe]")]
    [InlineData("Tervana Motors, which buys parts from Halden Energy and Kolben Werke, runs plants in Warren and Lordstown.", "sites:Tervana Motors[Warren,Lordstown]")]
    public void Partners_inside_a_description_own_no_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // "two in A and one in B": a count standing for the site noun introduces a town the gazetteer lacks; a count of
    // something else does not.
    [InlineData("Tervana Motors runs three Hungarian plants, two in Komárom and one in Iváncsa.", "sites:Tervana Motors[Komárom,Iváncsa]#3")]
    [InlineData("Tervana Motors runs two plants, one in Kolín and another in Vrchlany.", "sites:Tervana Motors[Kolín,Vrchlany]#2")]
    public void A_count_standing_for_the_site_noun(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A list before its site noun takes in a name the gazetteer lacks between known towns, as one after the noun does.
    [InlineData("Tervana Motors says Graz, Hoče and Zhenjiang are the three sites where it assembles complete vehicles.", "sites:Tervana Motors[Graz,Hoče,Zhenjiang]#3")]
    [InlineData("For Tervana Motors, Kolín, Vrchlany and Brno plants are the core of its network.", "sites:Tervana Motors[Kolín,Vrchlany,Brno]")]
    public void Unknown_town_in_a_list_before_its_noun(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // "and in B" repeats the preposition of a known town; a capitalised region noun says where a town is.
    [InlineData("Tervana Motors has two vehicle plants of its own, in Kaohsiung and in Sanyi in Miaoli County.", "sites:Tervana Motors[Kaohsiung,Sanyi]#2")]
    [InlineData("Tervana Motors operates plants at Kolín and at Vrchlany.", "sites:Tervana Motors[Kolín,Vrchlany]")]
    [InlineData("Tervana Motors has a plant in Kaohsiung and in Miaoli County a test track.", "")]
    public void Repeated_preposition_inside_a_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A town after a facility that is named by its own place says where that facility is; after a plain site noun it is
    // the site.
    [InlineData("Tervana Motors runs the Kolín paint shop and the Vrchlany engine plant in Blansko.", "sites:Tervana Motors[Kolín,Vrchlany]")]
    [InlineData("Tervana Motors operates the Kolín assembly plant and the Vrchlany engine plant at Brno.", "sites:Tervana Motors[Kolín,Vrchlany]")]
    [InlineData("Tervana Motors runs the Kolín paint shop and an engine plant in Blansko.", "sites:Tervana Motors[Kolín,Blansko]")]
    public void Town_after_a_named_facility(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A unit named with the owner's own first word does not end the owner's list; another company's plant does.
    [InlineData("Tervana Motors' operations span three locations: the Kolín factory, the Tervana Research research centre in Brno and the head office in Prague.",
        "sites:Tervana Motors[Kolín,Brno,Prague]#3")]
    [InlineData("Tervana Motors has two sites: a factory in Kolín and the Tervana Labs test centre in Brno.", "sites:Tervana Motors[Kolín,Brno]#2")]
    [InlineData("Tervana Motors runs plants in Kolín and Brno, next to the Halden Energy cell plant in Vrchlabí.", "sites:Tervana Motors[Kolín,Brno]")]
    public void A_unit_of_the_owner_inside_its_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A town that opens the sentence with "Besides", known or not; an unlisted owner that opens the sentence; a dateline
    // of two places is no list; "Besides" a company names no site.
    [InlineData("Rathi Electric makes three-wheelers in Hosur. Besides Hosur, Rathi Electric runs a pack unit in Pune and a design centre in Bengaluru.",
        "sites:Rathi Electric[Hosur,Pune,Bengaluru]")]
    [InlineData("Rathi Electric makes three-wheelers. Besides Dharwadpur, Rathi Electric runs a pack unit in Pune and a design centre in Bengaluru.",
        "sites:Rathi Electric[Dharwadpur,Pune,Bengaluru]")]
    [InlineData("Koralm Vehicle Systems builds cars. Koralm, which employs 6,800 people, operates four sites: a plant in Graz, a shop in Nitra, Slovakia, and a facility in Maribor, Slovenia.",
        "sites:Koralm Vehicle Systems[Graz,Nitra,Maribor]#4")]
    [InlineData("WINDSOR, Ontario and SEOUL, South Korea, June 4, 2025 - Brightwater Energy and Hanseong Materials will build a cathode plant in Bécancour.", "")]
    [InlineData("Besides Toyota, Rathi Electric supplies Honda.", "")]
    public void Besides_openers_unlisted_owners_and_two_place_datelines(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A figure that is no count of sites ("a 38 billion crown battery plant", "1.5 plants") declares no total and must
    // not overflow the count.
    [InlineData("Velora Motors will build a 38 billion crown battery plant and runs factories in Kolín and Ostrava.", "sites:Velora Motors[Kolín,Ostrava]")]
    [InlineData("Velora Motors runs 1.5 plants: Kolín and Ostrava.", "sites:Velora Motors[Kolín,Ostrava]")]
    public void Figures_that_are_no_count_of_sites(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A second site introduced by its own site noun may stand further on ("and is preparing a second plant in …"); a
    // long gap without one ends the list.
    [InlineData("Rivian builds its R1 models and commercial vans in Normal, Illinois, and is preparing a second plant in Stanton Springs, Georgia.",
        "sites:Rivian[Normal,Stanton Springs]")]
    [InlineData("Ford Otosan has factories in Gölcük (Turkey) and Craiova (Romania), as well as an engine and heavy-truck plant in Eskişehir.",
        "sites:Ford Otosan[Gölcük,Craiova,Eskişehir]")]
    [InlineData("Rivian builds its R1 models in Normal, and analysts who follow the company closely expect sales to grow in Atlanta.", "")]
    public void Second_sites_with_their_own_noun(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // An owner's own owner after "by" owns no list; the subject before the relative clause does.
    [InlineData("Rift Valley Motors, which is majority-owned by the Nairobi-based Kimathi family, operates three facilities: the Thika assembly plant, a workshop in Mombasa and a warehouse in Nakuru.",
        "sites:Rift Valley Motors[Thika,Mombasa,Nakuru]#3")]
    public void Owners_of_owners_own_no_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A town the gazetteer lacks counts after a site noun ("the pack plant in Bommasandra"); not after other nouns.
    [InlineData("Ardra Cell Technologies currently runs the pack plant in Bommasandra and a validation lab in Pune, along with a software team in Singapore.",
        "sites:Ardra Cell Technologies[Bommasandra,Pune]")]
    [InlineData("Ardra Cell Technologies runs a plant in Pune and sells packs to customers in Bommasandra.", "")]
    // Also where no town of the list is known.
    [InlineData("Zarafshon Motors operates a vehicle assembly plant in Kokandiya, a stamping plant in Margilova and a trim workshop in Rishtanova.",
        "sites:Zarafshon Motors[Kokandiya,Margilova,Rishtanova]")]
    [InlineData("Zarafshon Motors runs a plant in Kokandiya and sells its cars to dealers in Margilova.", "")]
    public void Unknown_towns_after_site_nouns(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A total declared with no sites, and the sites in the next sentence; a next sentence about something else lists nothing.
    [InlineData("Hanbit Energy Solutions runs four cell plants of its own. Two are in South Korea, at Ulsan and Gumi; the others are in Wrocław, Poland, and Nyíregyháza, Hungary.",
        "sites:Hanbit Energy Solutions[Ulsan,Gumi,Wrocław,Nyíregyháza]#4")]
    [InlineData("Hanbit Energy Solutions runs four cell plants. Toyota and Honda buy its cells in Ochang and Gumi.", "")]
    public void Totals_declared_before_their_sites(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A buyer that is a fund owns no list of plants; the company it buys does.
    [InlineData("Brennmark Capital agreed to buy Halberg's interiors division. It employs 7,400 people at six plants: Amberg and Zwickau in Germany and Tychy in Poland.", "sites:Halberg[Amberg,Zwickau,Tychy]#6")]
    public void Funds_own_no_plants(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // "In all, X operates three sites": a total that sums up sites named one at a time in the sentences before it.
    [InlineData("Norrvik Automotive builds vans at its plant in Salo. The company also runs an engineering centre in Espoo. In all, Norrvik operates two sites.",
        "sites:Norrvik Automotive[Salo,Espoo]#2")]
    [InlineData("Kessler Materials ships cathode powder from its Kokkola plant. Its research laboratory is in Espoo. In total the company runs two sites and employs 240 people.",
        "sites:Kessler Materials[Kokkola,Espoo]#2")]
    [InlineData("Tarvo Cells opened a factory in Vaasa in May. Its pilot line is in Oulu. Altogether, Tarvo now has two facilities.",
        "sites:Tarvo Cells[Vaasa,Oulu]#2")]
    // Towns named without a place of work are not its sites; and a total that sums up nothing lists nothing.
    [InlineData("Norrvik Automotive was founded in Salo and sells vans in Espoo. In all, Norrvik operates two sites.", "")]
    [InlineData("Norrvik Automotive builds vans at its plant in Salo. Norrvik operates two sites.", "")]
    public void A_summing_total_collects_the_sites_named_before(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A province that shares its name with a town is the town right after a site noun and "in"; not before "province".
    [InlineData("BYD is building its own factory in Szeged, Hungary, and a second plant in Manisa, Turkey.", "sites:BYD[Szeged,Manisa]")]
    [InlineData("Aldgate Trim Systems runs a cut-and-sew plant in Washington, near Sunderland, and a warehouse in Peterlee.", "sites:Aldgate Trim Systems[Washington,Peterlee]")]
    [InlineData("Chaopraya Assembly employs 4,200 people at its two plants, in Chachoengsao and in Lat Krabang.", "sites:Chaopraya Assembly[Chachoengsao,Lat Krabang]#2")]
    [InlineData("Tofaş builds cars at Bursa and sells many of them in Manisa.", "")]
    [InlineData("BYD is building a factory in Szeged and a plant in Manisa province.", "")]
    public void A_province_named_like_a_town_after_a_site_noun_is_the_town(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A company that modifies the site noun owns the sites, even after "one of"; "one of three" declares the total, "several" none.
    [InlineData("Sunderland is one of several AESC plants outside China, alongside Smyrna and Douai.", "sites:AESC[Sunderland,Smyrna,Douai]")]
    [InlineData("Hof is one of three Kessler Batteries cell plants in Germany, together with Plauen and Zwickau.", "sites:Kessler Batteries[Hof,Plauen,Zwickau]#3")]
    // A company after "its" is the subject's own unit, not the owner of its sites.
    [InlineData("Mitsubishi Motors builds cars. The carmaker's assembly is concentrated at two plants, Mizushima and Okazaki, after it closed its Pajero Manufacturing works in Gifu.",
        "sites:Mitsubishi Motors[Mizushima,Okazaki]#2")]
    [InlineData("Velmar Trucks builds vans. Its output now comes from plants in Hof and Plauen, run by its Velmar Fahrzeugbau unit.", "sites:Velmar Trucks[Hof,Plauen]")]
    // The company a relative clause speaks of, after a preposition: "from Yazaki, which has plants in …".
    [InlineData("Harnesses arrive from Yazaki, which has Moroccan plants in Tangier, Meknes and Casablanca.", "sites:Yazaki[Tangier,Meknes,Casablanca]")]
    [InlineData("The seats come from Kessler Sitze GmbH, whose factories in Hof and Plauen run three shifts.", "sites:Kessler Sitze[Hof,Plauen]")]
    [InlineData("Harnesses arrive from Yazaki, which said its suppliers in Tangier and Meknes were busy.", "")]
    // A company before another noun is no owner of sites.
    [InlineData("Sunderland is one of several AESC customers, alongside Smyrna and Douai.", "")]
    public void A_company_before_the_site_noun_owns_the_sites(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A negation after the sites denies something else: the sites are still the owner's.
    [InlineData("Renault's two Spanish car plants, in Valladolid and Palencia, are not part of the deal.", "sites:Renault Group[Valladolid,Palencia]#2")]
    [InlineData("Iveco builds the Daily at its plants in Suzzara, Italy, and Valladolid, Spain, and has shown no interest in supplying another brand.", "sites:Iveco Group[Suzzara,Valladolid]")]
    [InlineData("Skoda Auto, which has plants in Mladá Boleslav, Kvasiny and Vrchlabí, would not comment.", "sites:Škoda[Mladá Boleslav,Kvasiny,Vrchlabí]")]
    public void A_negation_after_the_sites_keeps_the_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // "For X, …" puts X in front as the company the sentence is about; "the company" in the next sentence is X, not the
    // other party named before.
    [InlineData("Velmar Trucks will build vans for Orvane Mobility. Orvane raised money in May. For Velmar, the contract is a first step abroad. The company builds vehicles in Chakan and Talegaon.",
        "sites:Velmar Trucks[Chakan,Talegaon]")]
    [InlineData("Orvane Mobility will buy cells from Kessler Batteries. For Kessler, the order is the largest yet. It runs plants in Hof and Plauen.",
        "sites:Kessler Batteries[Hof,Plauen]")]
    // The agent of a passive of making is the subject: "built by Velmar for Orvane".
    [InlineData("Orvane Mobility sells delivery vans. Those vans are built by Velmar Trucks for Orvane at a plant in Hof. The company's footprint also includes offices in Bonn and Kiel.",
        "sites:Velmar Trucks[Bonn,Kiel]")]
    [InlineData("Orvane Mobility sells scooters. The batteries are assembled by Kessler Batteries in Hof. It also runs plants in Plauen and Zwickau.",
        "sites:Kessler Batteries[Plauen,Zwickau]")]
    [InlineData("Velmar Trucks builds vans. The plan was criticised by Orvane Mobility. The company runs plants in Hof and Plauen.",
        "sites:Velmar Trucks[Hof,Plauen]")]
    // Without the fronted phrase the company after "for" is no subject.
    [InlineData("Velmar Trucks raised money. The loan is a lifeline for Orvane Mobility. The company builds vehicles in Chakan and Talegaon.",
        "sites:Velmar Trucks[Chakan,Talegaon]")]
    public void The_company_of_the_next_sentence_is_a_fronted_topic_or_a_passive_agent(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // Unknown names joined to a known one before a plural plant noun, or after a known site and the region it is in.
    [InlineData("Workers at Stellantis's Mirafiori and Cassino plants went on strike.", "sites:Stellantis[Mirafiori,Cassino]")]
    [InlineData("Vindhya Motors builds trucks at Pithampur in Madhya Pradesh and Pantnagar in Uttarakhand.", "sites:Vindhya Motors[Pithampur,Pantnagar]")]
    [InlineData("Vindhya Motors builds trucks at Pithampur in Madhya Pradesh and sells them to Ashok Leyland.", "")]
    public void Unknown_names_joined_to_known_sites(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A number a few words before a plural site noun declares the total, with names and words between.
    [InlineData("Stellantis runs three car assembly plants in Spain, at Zaragoza, Vigo and Madrid.", "sites:Stellantis[Zaragoza,Vigo,Madrid]#3")]
    [InlineData("Norrvik Motors runs three wholly owned Spanish factories, in Vigo, Valencia and Madrid.", "sites:Norrvik Motors[Vigo,Valencia,Madrid]#3")]
    // Near miss: a number of models, not of sites.
    [InlineData("Tallow Assembly makes three models at its plants in Kamenz and Zwickau.", "sites:Tallow Assembly[Kamenz,Zwickau]")]
    public void A_number_before_a_plural_site_noun_is_the_declared_total(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A US state abbreviated after its town ("Kokomo, Ind.") says where the town is; it is no site of its own.
    [InlineData("Toyota builds engines in Georgetown, Ky., and Huntsville, Ala.", "sites:Toyota[Georgetown,Huntsville]")]
    [InlineData("Toyota builds cars in Princeton, Ind., and Georgetown.", "sites:Toyota[Princeton,Georgetown]")]
    public void Abbreviated_states_after_towns_are_no_sites(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A dash opens a list as a colon does, also before a town the gazetteer lacks.
    [InlineData("Hyundai has two more plants in the state—Kelambakkam and Sriperumbudur.", "sites:Hyundai Motor Company[Kelambakkam,Sriperumbudur]#2")]
    [InlineData("Hyundai has two more plants in the state – Chennai and Pune.", "sites:Hyundai Motor Company[Chennai,Pune]#2")]
    public void A_dash_opens_a_list(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A province a town shares its name with, first in a list before a town, is the town; after a town it says where that
    // town is. Workshops and halls are sites as plants are.
    [InlineData("Continental produces tyres in Hanover, Aachen and Korbach.", "sites:Continental[Hanover,Aachen,Korbach]")]
    [InlineData("Castellan Cars has workshops in Coventry and Warwick.", "sites:Castellan Cars[Coventry,Warwick]")]
    [InlineData("Ultium Cells runs cell plants in Windsor, Ontario, and Spring Hill.", "sites:Ultium Cells[Windsor,Spring Hill]")]
    public void Provinces_named_like_towns_in_lists(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // A US state by its postal code after a town, and a compass word opening a region's name, are no sites.
    [InlineData("Honda has plants in Marysville, OH, and Greensburg, IN.", "sites:Honda[Marysville,Greensburg]")]
    [InlineData("Toyota builds engines at its plants in Deeside, North Wales, and Burnaston.", "sites:Toyota[Deeside,Burnaston]")]
    public void Postal_states_and_compass_regions_are_no_sites(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));

    [Theory]
    // Names the gazetteer lacks join a list after "among them" or "including", and beside a name just added.
    [InlineData("Stellantis has 11 plants in Italy, among them Mirafiori, Cassino and Melfi.", "sites:Stellantis[Mirafiori,Cassino,Melfi]#11")]
    [InlineData("Kestrel Cells Ltd makes cells at four sites: Sunderland, Blyth, Teesside and Hull.", "sites:Kestrel Cells[Sunderland,Blyth,Teesside,Hull]#4")]
    public void Unlisted_names_chained_in_lists(string text, string expected) =>
        Assert.Equal(expected, SiteLists(text));
}
