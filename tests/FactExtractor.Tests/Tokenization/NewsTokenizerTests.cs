using FactExtractor.Tokenization;
using static FactExtractor.Tests.Tokenization.TokenizerTestHelpers;

namespace FactExtractor.Tests.Tokenization;

/// <summary>
/// Table-driven tests for <see cref="NewsTokenizer"/>, one theory per construction. Every input is a short
/// sentence written for the construction; the expected tokens are joined by " | ".
/// </summary>
public sealed class NewsTokenizerTests
{
    // ---------------------------------------------------------------- quotes

    [Theory]
    [InlineData("“Hello,” she said", "“ | Hello | , | ” | she | said")]
    [InlineData("\"We are ready,\" he said.", "\" | We | are | ready | , | \" | he | said | .")]
    [InlineData("She called it ‘historic’.", "She | called | it | ‘ | historic | ’ | .")]
    [InlineData("«Bonjour», dit-il", "« | Bonjour | » | , | dit-il")]
    [InlineData("„Gut“, sagte er", "„ | Gut | “ | , | sagte | er")]
    [InlineData("He wrote \"no\"", "He | wrote | \" | no | \"")]
    [InlineData("'Hello,' she said", "' | Hello | , | ' | she | said")]
    public void Quotes_AreSeparateTokens(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- possessives and clitics

    [Theory]
    [InlineData("Renault’s plant grew", "Renault | ’s | plant | grew")]
    [InlineData("Nissan's sales fell", "Nissan | 's | sales | fell")]
    [InlineData("BMW's new sedan", "BMW | 's | new | sedan")]
    [InlineData("the company’s chief", "the | company | ’s | chief")]
    [InlineData("Citroën’s dealers", "Citroën | ’s | dealers")]
    [InlineData("It's late", "It | 's | late")]
    [InlineData("They don't agree", "They | do | n't | agree")]
    [InlineData("It won’t happen", "It | wo | n’t | happen")]
    [InlineData("She isn’t sure", "She | is | n’t | sure")]
    [InlineData("We couldn't wait", "We | could | n't | wait")]
    [InlineData("we're ready", "we | 're | ready")]
    [InlineData("I'll call back", "I | 'll | call | back")]
    [InlineData("they've left", "they | 've | left")]
    [InlineData("I'd say no", "I | 'd | say | no")]
    [InlineData("I'm sure", "I | 'm | sure")]
    [InlineData("You’re right", "You | ’re | right")]
    // A possessive right after an abbreviation's period: "Ltd.'s", "U.S.’s"; a closing quote after one stays a quote.
    [InlineData("Nissan Motor Co. Ltd.'s choice", "Nissan | Motor | Co. | Ltd. | 's | choice")]
    [InlineData("the U.S.’s share", "the | U.S. | ’s | share")]
    [InlineData("he said 'U.S.' twice", "he | said | ' | U.S. | ' | twice")]
    public void PossessivesAndClitics_AreSplit(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("O'Neill said so", "O'Neill | said | so")]
    [InlineData("L’Oréal shares rose", "L’Oréal | shares | rose")]
    [InlineData("a plant in Côte d’Ivoire", "a | plant | in | Côte | d’Ivoire")]
    [InlineData("D'Amato agreed", "D'Amato | agreed")]
    [InlineData("O’Brien’s team", "O’Brien | ’s | team")]
    public void NamesWithApostrophe_StayWhole(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("the drivers’ union", "the | drivers | ’ | union")]
    [InlineData("the dealers' network", "the | dealers | ' | network")]
    [InlineData("workers’ pay rose", "workers | ’ | pay | rose")]
    public void PluralPossessive_SplitsApostrophe(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- dashes and ellipses

    [Theory]
    [InlineData("Renault – the carmaker – said", "Renault | – | the | carmaker | – | said")]
    [InlineData("The plant—its largest—closed", "The | plant | — | its | largest | — | closed")]
    [InlineData("Sales rose - slightly", "Sales | rose | - | slightly")]
    [InlineData("Prices -- and costs -- rose", "Prices | -- | and | costs | -- | rose")]
    [InlineData("a deal—finally.", "a | deal | — | finally | .")]
    [InlineData("Costs rose–again", "Costs | rose | – | again")]
    public void Dashes_AreSeparateTokens(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Well… we will see", "Well | … | we | will | see")]
    [InlineData("And then... nothing", "And | then | ... | nothing")]
    [InlineData("Wait.. what", "Wait | .. | what")]
    [InlineData("The end....", "The | end | ....")]
    [InlineData("…and more", "… | and | more")]
    public void Ellipsis_IsOneToken(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- currency, units and suffixes

    [Theory]
    [InlineData("a bonus of €600", "a | bonus | of | € | 600")]
    [InlineData("revenue of $4.33bn", "revenue | of | $ | 4.33 | bn")]
    [InlineData("a £1.2bn loss", "a | £ | 1.2 | bn | loss")]
    [InlineData("priced at ¥300", "priced | at | ¥ | 300")]
    [InlineData("a fee of ₹5,000", "a | fee | of | ₹ | 5,000")]
    [InlineData("an extra €600m", "an | extra | € | 600 | m")]
    // A capital B is billions only after a currency sign: "$1B", not "Series 1B" or "5B".
    [InlineData("invests $1B in Lucid", "invests | $ | 1 | B | in | Lucid")]
    [InlineData("its Series 1B notes", "its | Series | 1B | notes")]
    [InlineData("It cost $30,000.", "It | cost | $ | 30,000 | .")]
    [InlineData("about ₩500 each", "about | ₩ | 500 | each")]
    [InlineData("a $5 billion plan", "a | $ | 5 | billion | plan")]
    // ISO codes glued to the amount split the same way; other letters before digits stay one word.
    [InlineData("a EUR100 million round", "a | EUR | 100 | million | round")]
    [InlineData("about GBP18.5m", "about | GBP | 18.5 | m")]
    [InlineData("the CX5 and the ABC100", "the | CX5 | and | the | ABC100")]
    public void CurrencySigns_SplitFromNumbers(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("a 100kWh pack", "a | 100 | kWh | pack")]
    [InlineData("a 500km range", "a | 500 | km | range")]
    [InlineData("it weighs 1,800kg", "it | weighs | 1,800 | kg")]
    [InlineData("a top speed of 155mph", "a | top | speed | of | 155 | mph")]
    [InlineData("a 300hp engine", "a | 300 | hp | engine")]
    [InlineData("a 20GWh plant", "a | 20 | GWh | plant")]
    [InlineData("about 10k jobs", "about | 10 | k | jobs")]
    [InlineData("a loss of 3mn", "a | loss | of | 3 | mn")]
    [InlineData("sales of 5bn", "sales | of | 5 | bn")]
    [InlineData("a 7m order", "a | 7 | m | order")]
    public void KnownUnitsAndMagnitudes_SplitFromNumbers(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("3D printing grew", "3D | printing | grew")]
    [InlineData("a 4x4 pickup", "a | 4x4 | pickup")]
    [InlineData("a 4x4x4 cube", "a | 4x4x4 | cube")]
    [InlineData("a V8 engine", "a | V8 | engine")]
    public void OtherLetterSuffixes_KeepTokenWhole(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- numbers

    [Theory]
    [InlineData("5,000 cars", "5,000 | cars")]
    [InlineData("1,200,000 units", "1,200,000 | units")]
    [InlineData("1.200.000 Fahrzeuge", "1.200.000 | Fahrzeuge")]
    [InlineData("up 4.33 percent", "up | 4.33 | percent")]
    [InlineData("5,00,000 units", "5,00,000 | units")]
    [InlineData("1,5 Millionen", "1,5 | Millionen")]
    [InlineData("only 0.5 points", "only | 0.5 | points")]
    [InlineData("It sold 5,000.", "It | sold | 5,000 | .")]
    [InlineData("In 2023, sales fell", "In | 2023 | , | sales | fell")]
    [InlineData("models 1, 2 and 3", "models | 1 | , | 2 | and | 3")]
    public void Numbers_KeepGroupingAndDecimals(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("11 000 cars", "11 000 | cars")]
    [InlineData("11\u00A0000 cars", "11\u00A0000 | cars")]
    [InlineData("11\u2009000 cars", "11\u2009000 | cars")]
    [InlineData("11\u202F000 cars", "11\u202F000 | cars")]
    [InlineData("1 200 000 units", "1 200 000 | units")]
    [InlineData("a bonus of €11 000", "a | bonus | of | € | 11 000")]
    [InlineData("some 250 000 jobs", "some | 250 000 | jobs")]
    public void SpaceGroupSeparators_JoinNumber(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("in 2023 100 cars", "in | 2023 | 100 | cars")]
    [InlineData("models 12 1000 units", "models | 12 | 1000 | units")]
    [InlineData("rows 5 10 15", "rows | 5 | 10 | 15")]
    [InlineData("in 2024 500 jobs", "in | 2024 | 500 | jobs")]
    public void SpaceGroupSeparators_NearMissesDoNotJoin(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("a 35% stake", "a | 35 | % | stake")]
    [InlineData("rose 4.5%", "rose | 4.5 | %")]
    [InlineData("at 10:30 today", "at | 10:30 | today")]
    [InlineData("on 11/08/2023 it opened", "on | 11/08/2023 | it | opened")]
    [InlineData("on 2023-11-01 it opened", "on | 2023-11-01 | it | opened")]
    [InlineData("Note: sales fell", "Note | : | sales | fell")]
    public void PercentTimesAndDates(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("in 2024–2026", "in | 2024 | – | 2026")]
    [InlineData("in 2024-26", "in | 2024 | - | 26")]
    [InlineData("a $1-2 billion deal", "a | $ | 1 | - | 2 | billion | deal")]
    [InlineData("a 10–15% rise", "a | 10 | – | 15 | % | rise")]
    [InlineData("pages 5-7", "pages | 5 | - | 7")]
    [InlineData("about €3–4bn", "about | € | 3 | – | 4 | bn")]
    public void Ranges_AreSplit(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("on November 6th", "on | November | 6th")]
    [InlineData("the 1st quarter", "the | 1st | quarter")]
    [InlineData("its 2nd plant", "its | 2nd | plant")]
    [InlineData("the 23rd time", "the | 23rd | time")]
    [InlineData("the 101st car", "the | 101st | car")]
    [InlineData("due on the 6th.", "due | on | the | 6th | .")]
    public void Ordinals_AreOneToken(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- abbreviations

    [Theory]
    [InlineData("Mr. Tanaka spoke", "Mr. | Tanaka | spoke")]
    [InlineData("Mrs. Lee agreed", "Mrs. | Lee | agreed")]
    [InlineData("Ms. Chen left", "Ms. | Chen | left")]
    [InlineData("Dr. Smith said", "Dr. | Smith | said")]
    [InlineData("Prof. Weber said", "Prof. | Weber | said")]
    [InlineData("Acme Inc. said", "Acme | Inc. | said")]
    [InlineData("Acme Corp. said", "Acme | Corp. | said")]
    [InlineData("Ford Motor Co. said", "Ford | Motor | Co. | said")]
    [InlineData("Tata Motors Ltd. said", "Tata | Motors | Ltd. | said")]
    [InlineData("Mahindra Pvt. Ltd. said", "Mahindra | Pvt. | Ltd. | said")]
    [InlineData("John Smith Jr. said", "John | Smith | Jr. | said")]
    [InlineData("in St. Louis", "in | St. | Louis")]
    [InlineData("on Jan. 5", "on | Jan. | 5")]
    [InlineData("on Feb. 3", "on | Feb. | 3")]
    [InlineData("on Nov. 6", "on | Nov. | 6")]
    [InlineData("on Dec. 1", "on | Dec. | 1")]
    [InlineData("on Sept. 30", "on | Sept. | 30")]
    [InlineData("ranked No. 3", "ranked | No. | 3")]
    [InlineData("Ford vs. GM", "Ford | vs. | GM")]
    [InlineData("approx. 50 cars", "approx. | 50 | cars")]
    [InlineData("cars, vans, etc. were sold", "cars | , | vans | , | etc. | were | sold")]
    public void ListedAbbreviations_KeepPeriod(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("U.S. sales rose", "U.S. | sales | rose")]
    [InlineData("the U.K. market", "the | U.K. | market")]
    [InlineData("U.S.A. exports", "U.S.A. | exports")]
    [InlineData("brands, e.g. Dacia", "brands | , | e.g. | Dacia")]
    [InlineData("one brand, i.e. Dacia", "one | brand | , | i.e. | Dacia")]
    [InlineData("at 9 a.m. today", "at | 9 | a.m. | today")]
    [InlineData("by 5 p.m. Friday", "by | 5 | p.m. | Friday")]
    [InlineData("J.D. Power found", "J.D. | Power | found")]
    public void DottedAbbreviations_AreOneToken(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("J. D. Power found", "J. | D. | Power | found")]
    [InlineData("John F. Kennedy spoke", "John | F. | Kennedy | spoke")]
    [InlineData("by A. Smith", "by | A. | Smith")]
    public void SingleCapitalInitials_AreAbbreviations(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("They built a plant.", "They | built | a | plant | .")]
    [InlineData("He said no.", "He | said | no | .")]
    [InlineData("It is in Detroit.", "It | is | in | Detroit | .")]
    [InlineData("It joined the EU.", "It | joined | the | EU | .")]
    [InlineData("He is the CEO.", "He | is | the | CEO | .")]
    [InlineData("Sales rose in nov.", "Sales | rose | in | nov | .")]
    public void UnlistedWords_LosePeriod(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- words

    [Theory]
    [InlineData("the Renault-Nissan alliance", "the | Renault-Nissan | alliance")]
    [InlineData("a tight-knit team", "a | tight-knit | team")]
    [InlineData("the Audi e-tron", "the | Audi | e-tron")]
    [InlineData("a Mercedes-Benz van", "a | Mercedes-Benz | van")]
    [InlineData("the Mazda CX-5", "the | Mazda | CX-5")]
    [InlineData("the Ford F-150", "the | Ford | F-150")]
    [InlineData("during COVID-19", "during | COVID-19")]
    [InlineData("Jean-Dominique Senard said", "Jean-Dominique | Senard | said")]
    [InlineData("a 50-year-old worker", "a | 50-year-old | worker")]
    [InlineData("a 12-month plan", "a | 12-month | plan")]
    public void HyphenatedWords_StayWhole(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("the ID.3 hatchback", "the | ID.3 | hatchback")]
    [InlineData("an ID.4 SUV", "an | ID.4 | SUV")]
    [InlineData("the ID. Buzz van", "the | ID. | Buzz | van")]
    [InlineData("a Model Y car", "a | Model | Y | car")]
    [InlineData("Model 3 sales", "Model | 3 | sales")]
    public void ModelNames(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("the Cléon plant", "the | Cléon | plant")]
    [InlineData("Škoda Octavia sales", "Škoda | Octavia | sales")]
    [InlineData("the Citroën C3", "the | Citroën | C3")]
    [InlineData("based in Zürich", "based | in | Zürich")]
    [InlineData("the Łódź factory", "the | Łódź | factory")]
    [InlineData("S\u030Ckoda sales", "S\u030Ckoda | sales")]
    [InlineData("Cle\u0301on workers", "Cle\u0301on | workers")]
    public void AccentedLetters_StayInWords(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- web and social

    [Theory]
    [InlineData("Visit https://example.com/press/2024/ev today", "Visit | https://example.com/press/2024/ev | today")]
    [InlineData("see www.example.com for more", "see | www.example.com | for | more")]
    [InlineData("see https://example.com.", "see | https://example.com | .")]
    [InlineData("(https://example.com/a)", "( | https://example.com/a | )")]
    [InlineData("at http://example.org/a?b=c, he said", "at | http://example.org/a?b=c | , | he | said")]
    [InlineData("go to www.example.com.", "go | to | www.example.com | .")]
    public void Urls_AreOneToken(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("mail press@example.com now", "mail | press@example.com | now")]
    [InlineData("mail press.office@example.co.uk now", "mail | press.office@example.co.uk | now")]
    [InlineData("Write to press@example.com.", "Write | to | press@example.com | .")]
    public void Emails_AreOneToken(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("news about #EV today", "news | about | #EV | today")]
    [InlineData("Follow @renault now", "Follow | @renault | now")]
    [InlineData("(#EV)", "( | #EV | )")]
    public void HashtagsAndMentions_AreOneToken(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Amazon.com shares rose", "Amazon.com | shares | rose")]
    [InlineData("AT&T said", "AT&T | said")]
    [InlineData("more R&D spending", "more | R&D | spending")]
    [InlineData("Ford & GM", "Ford | & | GM")]
    public void DomainNamesAndAmpersandWords(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- punctuation and symbols

    [Theory]
    [InlineData("Sales, profits; costs: all rose", "Sales | , | profits | ; | costs | : | all | rose")]
    [InlineData("a rise (in euros)", "a | rise | ( | in | euros | )")]
    [InlineData("it said [sic]", "it | said | [ | sic | ]")]
    [InlineData("Really?!", "Really | ?!")]
    [InlineData("Wow!!!", "Wow | !!!")]
    [InlineData("Why?", "Why | ?")]
    [InlineData("Stop!", "Stop | !")]
    public void Punctuation_IsSeparate(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Great 🚗 news", "Great | 🚗 | news")]
    [InlineData("Done👍", "Done | 👍")]
    [InlineData("EVs ⚡ win", "EVs | ⚡ | win")]
    public void Emoji_AreSymbols(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    // ---------------------------------------------------------------- token kinds

    [Fact]
    public void Kinds_OrdinalAndNumber() =>
        Assert.Equal("the/Word 6th/Ordinal of/Word 5,000/Number", TokensWithKinds("the 6th of 5,000"));

    [Fact]
    public void Kinds_Abbreviation() =>
        Assert.Equal("Mr./Abbreviation J./Abbreviation Smith/Word of/Word U.S./Abbreviation", TokensWithKinds("Mr. J. Smith of U.S."));

    [Fact]
    public void Kinds_Clitic() =>
        Assert.Equal("Renault/Word ’s/Clitic do/Word n't/Clitic", TokensWithKinds("Renault’s don't"));

    [Fact]
    public void Kinds_CurrencyAndNumber() =>
        Assert.Equal("€/Currency 600/Number ,/Punctuation ¥/Currency 4.33/Number", TokensWithKinds("€600, ¥4.33"));

    [Fact]
    public void Kinds_OtherSymbols() =>
        Assert.Equal("+/Symbol 5/Number °/Symbol", TokensWithKinds("+ 5 °"));

    [Fact]
    public void Kinds_UrlEmailHashtagMention() =>
        Assert.Equal(
            "https://example.com/a/Url press@example.com/Email #EV/Hashtag @renault/Mention",
            TokensWithKinds("https://example.com/a press@example.com #EV @renault"));

    [Fact]
    public void Kinds_EllipsisDashQuote() =>
        Assert.Equal(
            "“/Quote Well/Word …/Ellipsis –/Dash no/Word ”/Quote ./Punctuation",
            TokensWithKinds("“Well… – no”."));

    [Fact]
    public void Kinds_Emoji_IsSymbol() =>
        Assert.Equal("Go/Word 🚗/Symbol", TokensWithKinds("Go 🚗"));

    // ---------------------------------------------------------------- letter suffixes and symbol kinds

    [Theory]
    [InlineData("a 5G network", "a | 5G | network")]
    [InlineData("in the 1980s", "in | the | 1980s")]
    [InlineData("a 4G phone", "a | 4G | phone")]
    [InlineData("in the 2020s", "in | the | 2020s")]
    [InlineData("back in the 90s", "back | in | the | 90s")]
    public void LetterSuffixesThatAreNotUnits_StayInTheWord(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("35%", "35/Number %/Symbol")]
    [InlineData("up 4.5%", "up/Word 4.5/Number %/Symbol")]
    [InlineData("Ford & GM", "Ford/Word &/Symbol GM/Word")]
    public void PercentAndAmpersand_AreSymbols(string text, string expected) =>
        Assert.Equal(expected, TokensWithKinds(text));

    // ---------------------------------------------------------------- invariants

    [Fact]
    public void WhitespaceAroundAndBetweenTokens_IsNotPartOfTokens() =>
        Assert.Equal("Renault | said | hello", Tokens("  Renault\tsaid\n\nhello  "));

    [Fact]
    public void EmptyText_HasNoTokens() =>
        Assert.Empty(NewsTokenizer.Default.Tokenize(string.Empty));

    [Theory]
    [InlineData("“Renault’s €600m plan—approx. 50% of U.S. sales… isn't bad,” Mr. O'Neill said at 10:30 (https://example.com).")]
    [InlineData("Škoda sold 11\u00A0000 cars 🚗 in 2024–2026; see press@example.com #EV @renault!!!")]
    public void Tokens_AreOrderedRangesWithOnlyWhitespaceBetween(string text)
    {
        var tokens = NewsTokenizer.Default.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token {token} overlaps its predecessor");
            Assert.True(token.End > token.Start, $"token {token} is empty");
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..token.Start]), $"non-white space before {token}");
            Assert.False(string.IsNullOrWhiteSpace(token.GetText(text)), $"white-space token {token}");
            Assert.False(char.IsLowSurrogate(text[token.Start]), $"token {token} starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(text[token.End - 1]), $"token {token} ends inside a surrogate pair");
            previousEnd = token.End;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]), "non-white space after the last token");
    }
}
