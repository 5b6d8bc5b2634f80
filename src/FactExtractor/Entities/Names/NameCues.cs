using System;
using System.Collections.Generic;
using System.Linq;
using FactExtractor.Entities.Lexicons;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Names;

/// <summary>The word lists the name patterns use: titles, speech verbs, given names, nationalities, corporate words.</summary>
internal sealed class NameCues
{
    public static readonly SpanLookup Honorifics = new(
    [
        "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady", "Señor", "Señora", "Sr.", "Sra.", "Herr", "Frau",
        "Mme", "Mme.", "Mlle", "Monsieur", "Madame", "Messrs.", "Mr", "Mrs", "Ms", "Dr",
    ]);

    public static readonly SpanLookup Particles = new(
    [
        "de", "van", "von", "der", "den", "di", "da", "du", "del", "della", "des", "dos", "das", "bin", "ibn", "al", "el", "le",
        "la", "ten", "ter", "zu", "y", "St.", "Mac", "d’", "d'",
    ]);

    // Words that end organisation names: "Huayan Motors", "Helvion Drive Systems AG", "Voltara Systems".
    public static readonly SpanLookup CorporateWords = new(
    [
        "Group", "Groupe", "Motors", "Motor", "Automotive", "Automobiles", "Automobile", "AG", "SA", "S.A.", "SE", "NV", "N.V.",
        "plc", "PLC", "Plc", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co", "Company", "Ltd.", "Ltd", "Limited", "GmbH",
        "LLC", "L.L.C.", "LP", "Holdings", "Holding", "Capital", "Partners", "Ventures", "Systems", "Technologies", "Technology",
        "Industries", "Energy", "Mobility", "Batteries", "Battery", "Electric", "Auto", "Bank", "Fund", "Investments",
        "Solutions", "International", "Precision", "Manufacturing", "Components", "Logistics", "Labs", "Pvt.", "S.p.A.",
        "Wire", "News", "Press", "Media", "Newswire", "Agency", "Invest", "Investment", "Finance", "Financial", "Equity", "Power",
        "Cells", "Materials", "Robotics", "Dynamics", "Electronics", "Engineering", "Trucks", "Vehicles", "Drivetrains", "Drives",
        "Semiconductors", "Chemicals", "Metals", "Steel", "Plastics", "Software", "Trading", "Enterprises", "Securities", "Trust",
        "Foundation", "Office", "Bancorp", "Advisors", "Advisers", "Machinery", "Shoji", "Otomotiv", "Automotriz", "Automobili",
        "Fahrzeugbau", "Werke", "Autobusy", "Industrial", "Carrocerias", "Carrocerías", "Semiconductor", "Angels", "Mutual", "Assemblies", "Innovation", "Innovations", "Assemblage", "Seating", "Interiors", "Baterías", "Baterias", "Batterie", "Motores",
        "Energía", "Industrie", "Parts", "Castings", "Forge", "Forging", "Cables", "Drive", "Tech", "Works", "Mining", "Lithium", "Cathode", "Cathodes", "Antriebstechnik", "Technik", "Fahrzeugtechnik", "Kogyo", "Seisakusho", "Denki", "Jidosha", "Kasei", "Sangyo", "Tekko", "Kinzoku", "Pension", "Pensions",
        "Forgings", "Assembly", "Câblage", "Cablage", "Faisceaux", "Componentes", "Autopartes", "Autopeças", "Mobilidade", "Movilidad",
        "SpA", "KG", "AB", "ASA", "A/S", "Oyj", "BV", "B.V.", "SAS", "S.A.S.", "K.K.", "Bhd", "Pte", "Pty", "Chemical", "Resources", "Minerals",
        "Aerospace", "Insurance", "Stiftung",
    ]);

    /// <summary>
    /// A word that ends an organisation's name: one of <see cref="CorporateWords"/>, or a compound on "tech"
    /// (<c>Autotech</c>, <c>DriveTech</c>, <c>Voltech</c>).
    /// </summary>
    public static bool IsCorporateWord(ReadOnlySpan<char> word) =>
        CorporateWords.Contains(word)
        || (word.Length >= 6 && char.IsUpper(word[0]) && (word.EndsWith("tech", StringComparison.Ordinal) || word.EndsWith("Tech", StringComparison.Ordinal)));

    // Legal forms that a canonical name leaves out: "Huayan Motor Co., Ltd." is "Huayan Motor".
    public static readonly SpanLookup LegalForms = new(
    [
        "AG", "SA", "S.A.", "SE", "NV", "N.V.", "plc", "PLC", "Plc", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co", "Ltd.",
        "Ltd", "Limited", "GmbH", "LLC", "L.L.C.", "LP", "Pvt.", "S.p.A.", "SpA", "KG", "AB", "ASA", "A/S", "Oyj", "BV", "B.V.",
        "SAS", "S.A.S.", "K.K.", "Bhd", "Pte", "Pty", "JSC", "PJSC", "OJSC", "Tbk", "s.r.o.", "a.s.", "Kft.", "Zrt.", "d.o.o.", "LLP", "Pvt", ",", "&",
    ]);

    // Capitalised words that open sentences and headings but never names: "About Helvion", "For Stellantis".
    public static readonly SpanLookup NonNameWords = new(
    [
        "About", "For", "With", "From", "In", "On", "At", "By", "To", "As", "After", "Before", "Under", "Over", "Into", "Inside",
        "Why", "How", "What", "When", "Where", "Who", "If", "And", "But", "Or", "Meanwhile", "However", "While", "Since", "Until",
        "Unlike", "Like", "Despite", "During", "Through", "Across", "Against", "Among", "Between", "Within", "Without", "Via",
        "He", "She", "It", "They", "We", "I", "You", "Yes", "Not", "Only", "Also", "Then", "Now", "Here", "There", "So", "Still",
        "Asked", "Analysts", "Shares", "Sales", "Contact", "Media", "Read", "See", "Source", "Sources", "According",
        "Besides", "Beside", "Apart", "Aside", "Except", "Including", "Unlike",
        // Sentence adverbs: "Later Pontos raised its stake."
        "Later", "Earlier", "Separately", "Elsewhere", "Instead", "Already", "Finally", "Today", "Yesterday", "Recently", "Previously",
    ]);

    // Technical abbreviations written in capitals that name no company: "LFP cells", "CKD kits", "PHEV versions".
    public static readonly SpanLookup TechnicalAcronyms = new(
    [
        "LFP", "LMFP", "NMC", "NCM", "NCA", "LFMP", "EV", "EVs", "BEV", "BEVs", "PHEV", "PHEVs", "HEV", "HEVs", "ICE", "SUV", "SUVs",
        "CKD", "SKD", "OEM", "OEMs", "ADAS", "SiC", "GaN", "LCV", "LCVs", "MPV", "MPVs", "GWh", "MWh", "kWh", "CAM", "pCAM", "IPO",
    ]);

    // Verbs whose subject is usually a company: "Hoshino will invest", "Kestrel said".
    public static readonly SpanLookup BusinessVerbs = new(
    [
        "will", "would", "plans", "planned", "invests", "invested", "raised", "raises", "said", "says", "announced", "announces",
        "builds", "built", "produces", "produced", "makes", "operates", "agreed", "owns", "supplies", "supplied", "assembles",
        "reported", "reports", "employs", "expects", "expected", "intends", "aims", "wants", "has", "had", "is", "was", "declined",
        "denied", "confirmed", "sells", "sold", "opened", "opens", "acquired", "bought", "signed", "launched", "unveiled", "hopes",
        "could", "may", "might", "must", "can", "pumped", "poured", "earmarked", "injected", "backed", "led", "added", "received",
        "closed", "secured", "bagged", "landed", "completed", "chose", "selected", "hired", "raises",
    ]);

    /// <summary>Words that lead up to an amount after a verb of paying: "an aggregate of over ₹74 crore", "a total of about $20 million".</summary>
    public static readonly SpanLookup AmountLeadWords = new(
    [
        "a", "an", "aggregate", "total", "combined", "further", "additional", "of", "over", "about", "around", "nearly", "almost",
        "some", "up", "to", "more", "than", "roughly", "approximately", "another",
    ]);

    /// <summary>
    /// Words of a parenthetical set off by commas between a subject and its verb: "Edelweiss, for its part, has invested …",
    /// "Temasek, meanwhile, led …".
    /// </summary>
    public static readonly SpanLookup ParentheticalWords = new(
    [
        "meanwhile", "however", "too", "though", "also", "in", "turn", "for", "on", "its", "their", "part", "separately", "likewise",
        "similarly", "instead", "by", "contrast", "addition", "moreover", "further", "furthermore", "then", "now", "already",
    ]);

    /// <summary>Adjectives of regions that describe a site without naming it: "the Saxon plant", "the Styrian factory".</summary>
    public static readonly SpanLookup RegionalAdjectives = new(
    [
        "Saxon", "Bavarian", "Swabian", "Styrian", "Silesian", "Moravian", "Bohemian", "Basque", "Catalan", "Galician", "Andalusian",
        "Valencian", "Aragonese", "Castilian", "Flemish", "Walloon", "Tuscan", "Piedmontese", "Lombard", "Sicilian", "Sardinian",
        "Breton", "Alsatian", "Scottish", "Welsh", "Texan", "Californian", "Quebecois", "Ontarian", "Transylvanian",
        "Thuringian", "Hessian", "Westphalian", "Carinthian", "Tyrolean", "Pomeranian", "Anatolian", "Cantonese",
    ]);

    /// <summary>National capitals and the government each stands for when it is the subject of paying, granting or saying:
    /// "Ottawa will contribute C$500 million", "Budapest has pledged …".</summary>
    public static readonly SpanMap<string> NationalCapitals = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ottawa"] = "Canada", ["Budapest"] = "Hungary", ["Berlin"] = "Germany", ["Paris"] = "France", ["Madrid"] = "Spain",
        ["Rome"] = "Italy", ["Tokyo"] = "Japan", ["Beijing"] = "China", ["Seoul"] = "South Korea", ["Warsaw"] = "Poland",
        ["Prague"] = "Czech Republic", ["Bratislava"] = "Slovakia", ["Lisbon"] = "Portugal", ["Washington"] = "United States",
        ["London"] = "United Kingdom", ["New Delhi"] = "India", ["Jakarta"] = "Indonesia", ["Bangkok"] = "Thailand", ["Hanoi"] = "Vietnam",
        ["Rabat"] = "Morocco", ["Ankara"] = "Turkey", ["Belgrade"] = "Serbia", ["Bucharest"] = "Romania", ["Sofia"] = "Bulgaria",
        ["Vienna"] = "Austria", ["Stockholm"] = "Sweden", ["Oslo"] = "Norway", ["Helsinki"] = "Finland", ["Copenhagen"] = "Denmark",
        ["Canberra"] = "Australia", ["Pretoria"] = "South Africa", ["Brasília"] = "Brazil", ["Kuala Lumpur"] = "Malaysia",
        ["Manila"] = "Philippines", ["Ljubljana"] = "Slovenia", ["Zagreb"] = "Croatia", ["Vilnius"] = "Lithuania", ["Athens"] = "Greece",
        ["Dublin"] = "Ireland", ["Cairo"] = "Egypt", ["Riyadh"] = "Saudi Arabia", ["Abu Dhabi"] = "United Arab Emirates",
    });

    // Verbs of putting money in, whose subject before an amount is an investor: "Pontos contributed €50m", "Tesi put in €40m".
    public static readonly SpanLookup PaymentVerbs = new(
    [
        "contributed", "contributes", "contribute", "invested", "invests", "invest", "put", "puts", "added", "adds", "add", "committed",
        "commits", "commit", "pledged", "pledges", "pledge", "injected", "injects", "inject", "poured", "pours", "pour", "pumped", "pumps",
        "pump", "lent", "lends", "lend", "subscribed", "subscribes", "subscribe", "provided", "provides", "provide", "paid", "pays", "pay",
        "chipped", "tipped", "raised", "raises",
    ]);

    // Words between an investor and its verb of paying: "will also invest", "has agreed to put in".
    public static readonly SpanLookup PaymentAuxiliaries = new(["will", "would", "has", "had", "have", "also", "then", "agreed", "plans", "to", "is", "was", "further"]);

    /// <summary>Capitalised words that open a sentence as its subject without naming anyone: "Shareholders contributed €120m",
    /// "Banks have lent …", "Together they put in …".</summary>
    public static readonly SpanLookup GenericOpeners = new(
        ["Shareholders", "Investors", "Banks", "Lenders", "Backers", "Partners", "Owners", "Parents", "Others", "Officials", "Authorities",
         "Governments", "States", "Funds", "Companies", "Carmakers", "Automakers", "Suppliers", "Together", "Both", "All", "Some", "Many",
         "Several", "Each", "Most", "Few", "Altogether", "Collectively", "Jointly", "Separately", "Earlier", "Later", "Previously",
         "Additionally", "Overall", "Instead"]);

    // Nouns that a company, not a person, owns: "Vexor's delivery vans", "Orbit's board".
    public static readonly SpanLookup CompanyPossessions = new(
    [
        "plant", "plants", "factory", "factories", "vans", "cars", "trucks", "vehicles", "models", "shares", "board", "unit",
        "subsidiary", "revenue", "sales", "profit", "battery", "batteries", "cells", "delivery", "electric", "new", "first",
        "latest", "chief", "management", "workforce", "engineers", "headquarters", "brand", "range", "line-up", "lineup",
    ]);

    // Nouns that describe a company just before or after its name: "battery maker Ferrion", "Voltcore, a start-up based in …".
    public static readonly SpanLookup CompanyDescriptors = new(
    [
        "maker", "carmaker", "automaker", "manufacturer", "supplier", "start-up", "startup", "firm", "company", "producer",
        "developer", "fund", "bank", "lender", "agency", "insurer", "conglomerate", "subsidiary", "affiliate", "rival", "builder", "assembler",
        "specialist", "distributor", "importer", "outfit", "upstart", "spin-off", "spinoff", "venture", "group", "investor",
        "chipmaker", "truckmaker", "coachbuilder", "busmaker", "bodybuilder", "house", "arm", "cellmaker", "brand", "retailer", "operator", "provider",
        "foundry", "contractor", "carmakers", "platform", "holding", "refiner", "processor", "recycler", "smelter", "miner", "toolmaker", "office", "shareholder", "shareholders", "backers", "lenders",
        "parent", "partner", "owner", "marque", "unit", "division", "ally", "enterprise", "utility", "corporation", "financier",
    ]);

    // Nouns after which "in"/"of" introduces a company: "a 12% stake in Zephyr Drivetrains", "shares of Corvane".
    public static readonly SpanLookup HoldingNouns = new(["stake", "stakes", "shares", "holding", "shareholding", "investment", "investments"]);

    public static readonly SpanLookup GovernmentWords = new(
        ["government", "Government", "ministry", "Ministry", "cabinet", "administration", "parliament", "agency", "regulator", "authority", "authorities"]);

    // Words between a place and "government": "the Jeonbuk provincial government", "the Tamil Nadu state government".
    public static readonly SpanLookup GovernmentLevels = new(
        ["provincial", "regional", "state", "federal", "municipal", "city", "local", "national", "central", "county", "prefectural", "metropolitan", "district"]);

    public static readonly SpanLookup InstitutionHeads = new(["Ministry", "Department", "Bureau", "Office", "Agency", "Commission", "Council", "Authority", "Institute", "University", "Federation", "Association", "Board"]);

    // Nouns that name a facility after a place or proper name: "Douai plant", "Gravity business park".
    public static readonly SpanLookup FacilityHeads = new(
    [
        "plant", "plants", "factory", "factories", "gigafactory", "Gigafactory", "facility", "facilities", "works", "Works",
        "complex", "site", "hub", "campus", "park", "Factory", "Plant", "Park", "shop", "centre", "center", "Centre", "Center",
    ]);

    // Words for a site or a stage of one, after which "in"/"at" introduces a place: "the first phase at Ivancsa",
    // "a plant under construction in Bécancour", "a company based in Vierzon".
    public static readonly SpanLookup SiteNouns = new(
    [
        "phase", "phases", "line", "lines", "construction", "operations", "warehouse", "hall", "halls", "depot", "mine", "port", "base",
        "based", "headquartered", "located", "sited", "situated", "headquarters", "offices", "office", "workshop", "workshops", "yard",
    ]);

    // Prepositions of place: a name after them is no subject of the verb that follows ("the line at Ivancsa makes …").
    public static readonly SpanLookup PlacePrepositions = new(["in", "at", "near", "outside", "from"]);

    // Common Korean and Chinese family names, which come first: "Park Ji-hoon", "Lee Seo-yeon", "Wang Xiao-ming".
    public static readonly SpanLookup EastAsianFamilyNames = new(
    [
        "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang",
        "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung",
        "Cha", "Joo", "Woo", "Koo", "Min", "Ryu", "Jin", "Chae", "Won", "Byun", "Yeo", "Wang", "Li", "Zhang", "Liu", "Chen", "Huang",
        "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng",
        "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su",
        "Lu", "Ding", "Ren", "Shen", "Yao", "Fu", "Zhong", "Cui", "Tan", "Fan", "Wen", "Kong", "Qiu", "Qin",
    ]);

    // Words that end the name of a street or square: "Moreton Road", "Station Street".
    public static readonly SpanLookup StreetWords = new(
        ["Road", "Street", "Avenue", "Lane", "Boulevard", "Square", "Highway", "Motorway", "Parkway", "Rd", "St", "Ave"]);

    public static readonly SpanLookup FacilityModifiers = new(
    [
        "assembly", "battery", "engine", "car", "vehicle", "cell", "component", "components", "stamping", "paint", "body",
        "business", "industrial", "production", "manufacturing", "van", "truck", "motor", "transmission", "machining", "test",
    ]);

    public static readonly SpanLookup Determiners = new(
    [
        "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "His", "Her", "Each", "Every", "Both", "Any",
        "Some", "No", "New", "Old", "Another", "Other", "Such", "Which", "What", "One", "Two", "Three", "Four", "Five",
    ]);

    // Participles of building whose agent after "by" is a company: "assembled under contract by Inokom".
    public static readonly SpanLookup BuildingParticiples = new(
    [
        "built", "assembled", "made", "produced", "manufactured", "supplied", "welded", "cast", "stamped", "machined", "painted",
        "forged", "moulded", "molded", "contract-built", "contract-manufactured",
    ]);

    // Participles whose agent after "by" is a financier where a financing noun comes shortly before: "a loan arranged by Banorte".
    public static readonly SpanLookup FinancingParticiples = new(["led", "co-led", "arranged", "subscribed", "underwritten", "provided", "extended"]);

    public static readonly SpanLookup FinancingNouns = new(
        ["loan", "loans", "facility", "line", "lenders", "banks", "syndicate", "consortium", "round", "increase", "issue", "financing", "investors", "bond", "bonds"]);

    // Words for products after a model's name: "the Dhruv Plus models", "the Kaze SUV".
    public static readonly SpanLookup ProductNouns = new(
    [
        "model", "models", "scooter", "scooters", "car", "cars", "van", "vans", "SUV", "SUVs", "truck", "trucks", "bus", "buses", "pickup",
        "pickups", "sedan", "sedans", "hatchback", "crossover", "crossovers", "motorcycle", "motorcycles", "minivan", "roadster", "coupe",
        "variant", "variants", "platform", "three-wheeler", "three-wheelers", "tractor", "tractors", "kei", "roadsters", "coupes",
        "minivans", "hatchbacks",
    ]);

    // Months and weekdays, which open date phrases before a name, never a company's name: "In March Atlas Câblage …".
    public static readonly SpanLookup CalendarWords = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    public static readonly SpanLookup AppositionOpeners = new(["the", "a", "an", "its", "new", "former", "then", "now", "who", "currently", "acting", "interim"]);

    private readonly SpanMap<string[][]> _titlesByFirstWord;
    private readonly SpanMap<string[][]> _titlesByLastWord;

    private NameCues(IEnumerable<string> titles, IEnumerable<string> speechVerbs, IEnumerable<string> firstNames, IReadOnlyDictionary<string, string> nationalities)
    {
        var titleTokens = new List<string[]>();
        foreach (string title in titles)
        {
            string[] tokens = NewsTokenizer.Default.Tokenize(title).Select(t => t.GetText(title)).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            titleTokens.Add(tokens);
        }

        Titles = titleTokens.OrderByDescending(t => t.Length).ToArray();
        _titlesByFirstWord = new SpanMap<string[][]>(
            Titles.GroupBy(t => t[0], StringComparer.OrdinalIgnoreCase).Select(g => KeyValuePair.Create(g.Key, g.ToArray())), ignoreCase: true);
        _titlesByLastWord = new SpanMap<string[][]>(
            Titles.GroupBy(t => t[^1], StringComparer.OrdinalIgnoreCase).Select(g => KeyValuePair.Create(g.Key, g.ToArray())), ignoreCase: true);
        TitleWords = new SpanLookup(titleTokens.SelectMany(t => t).SelectMany(w => new[] { w, Capitalize(w) }));
        SpeechVerbs = new SpanLookup(speechVerbs);
        FirstNames = new SpanLookup(firstNames);
        Nationalities = new SpanMap<string>(nationalities);
    }

    public static NameCues Default { get; } = new(BuiltInLexicons.JobTitles, BuiltInLexicons.SpeechVerbs, BuiltInLexicons.FirstNames, BuiltInLexicons.Nationalities);

    /// <summary>Job titles as token sequences, longest first.</summary>
    public string[][] Titles { get; }

    public SpanLookup TitleWords { get; }

    public SpanLookup SpeechVerbs { get; }

    public SpanLookup FirstNames { get; }

    public SpanMap<string> Nationalities { get; }

    /// <summary>The start of the job title that ends just before token <paramref name="end"/> (exclusive), or -1.</summary>
    public int TitleEndingAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        if (end <= 0 || !_titlesByLastWord.TryGetValue(tokens[end - 1].Slice(text), out string[][] titles))
        {
            return -1;
        }

        foreach (string[] title in titles)
        {
            int start = end - title.Length;
            if (start >= 0 && Matches(text, tokens, start, title))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The end of the job title that starts at token <paramref name="start"/>, or -1.</summary>
    public int TitleStartingAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start)
    {
        if (start >= tokens.Length || !_titlesByFirstWord.TryGetValue(tokens[start].Slice(text), out string[][] titles))
        {
            return -1;
        }

        foreach (string[] title in titles)
        {
            int end = start + title.Length;
            if (end <= tokens.Length && Matches(text, tokens, start, title))
            {
                return end;
            }
        }

        return -1;
    }

    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, string[] title)
    {
        for (int k = 0; k < title.Length; k++)
        {
            if (!tokens[start + k].Slice(text).Equals(title[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
