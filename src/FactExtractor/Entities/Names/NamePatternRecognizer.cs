using System;
using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Names;

/// <summary>
/// Finds names the lexicons do not know, from the words around them:
/// PERSON after an honorific (<c>Mr. Tanaka</c>), after or before a job title (<c>CEO Luca de Meo</c>,
/// <c>Zhou Minghao, an analyst at …</c>), after a speech verb (<c>said Jean-Dominique Senard</c>), or opening with a
/// known given name (<c>Claudia Berner</c>), name particles included (<c>de</c>, <c>van</c>, <c>von</c>, <c>di</c>, <c>bin</c>);
/// ORG ending in a corporate word (<c>Huayan Motor Co., Ltd.</c>, <c>Voltara Systems</c>), a nationality's government
/// (<c>Spanish government</c>) or an institution (<c>Department for Business and Trade</c>);
/// FACILITY as a proper name followed by a facility noun (<c>Douai plant</c>, <c>ElectriCity facility</c>,
/// <c>Gravity business park</c>), unless the name is a company's (<c>a Nissan factory</c>).
/// It reads the mentions earlier recognizers found, so it runs after the lexicons.
/// </summary>
public sealed class NamePatternRecognizer : IEntityRecognizer
{
    private const int MaxNameTokens = 5;
    private const int MaxOrgTokens = 7;
    private const int MaxMentionLength = 256;

    private readonly NameCues _cues;

    /// <summary>Creates the recognizer with the built-in word lists.</summary>
    public NamePatternRecognizer()
    {
        _cues = NameCues.Default;
    }

    /// <inheritdoc />
    public string Name => "name-patterns";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc />
    public void Recognize(Document document, ICollection<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var scan = new Scan(document, _cues, output);
        foreach (Sentence sentence in document.Sentences)
        {
            scan.Run(sentence);
        }
    }

    private sealed class Scan
    {
        private readonly Document _document;
        private readonly NameCues _cues;
        private readonly ICollection<EntityMention> _output;
        private Sentence _sentence;

        public Scan(Document document, NameCues cues, ICollection<EntityMention> output)
        {
            _document = document;
            _cues = cues;
            _output = output;
            _lowerCaseWords = new Lazy<HashSet<string>>(LowerCaseWords);
            _midSentenceCapitals = new Lazy<HashSet<string>>(MidSentenceCapitals);
            _placeWords = new Lazy<HashSet<string>>(PlaceWords);
        }

        private readonly Lazy<HashSet<string>> _placeWords;

        private readonly Lazy<HashSet<string>> _lowerCaseWords;
        private readonly Lazy<HashSet<string>> _midSentenceCapitals;

        private ReadOnlySpan<char> Text => _document.Text;

        private ReadOnlySpan<Token> Tokens => _document.Tokens.AsSpan();

        public void Run(Sentence sentence)
        {
            _sentence = sentence;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                int end = TrySubsidiaryName(i);
                if (end < 0)
                {
                    end = TryOrganization(i);
                }

                if (end < 0)
                {
                    end = TryDescribedCompany(i);
                }

                if (end < 0)
                {
                    end = TryPerson(i);
                }

                if (end < 0)
                {
                    end = TryLongerPlace(i);
                }

                if (end < 0)
                {
                    end = TryFacility(i);
                }

                if (end < 0)
                {
                    end = TryUnknownPlace(i);
                }

                if (end < 0)
                {
                    end = TryBusinessSubject(i);
                }

                if (end < 0)
                {
                    end = TryCoordinatedCompany(i);
                }

                if (end < 0)
                {
                    end = TryBuildingAgent(i);
                }

                if (end > i)
                {
                    i = end - 1;
                }
            }
        }

        // The end of "<country>'s sovereign wealth fund", "<nationality> state fund" at token i, else -1: a place or a
        // nationality, an optional possessive, up to two words of its kind and "fund".
        private int CountryFundEnd(int i)
        {
            // Cheap test first: "fund" within the next few words, before any look-up in the gazetteer.
            bool fundAhead = false;
            for (int f = i + 1; f < _sentence.EndToken && f <= i + 7 && !fundAhead; f++)
            {
                fundAhead = Word(f) is "fund";
            }

            if (!fundAhead)
            {
                return -1;
            }

            int k;
            if (PlaceEndingAtAnyKind(i) is > 0 and var placeEnd && Word(placeEnd) is "’s" or "'s")
            {
                k = placeEnd + 1;
            }
            else if (_cues.Nationalities.ContainsKey(Word(i)))
            {
                k = i + 1;
            }
            else
            {
                return -1;
            }

            int first = k;
            while (k < _sentence.EndToken && k < first + 2 && Word(k) is "sovereign" or "wealth" or "state" or "state-owned" or "national" or "oil" or "pension" or "investment" or "strategic")
            {
                k++;
            }

            // Not "the German fund Africa Go Green": a description of the name that follows.
            return k < _sentence.EndToken && Word(k) is "fund" && (k > first || _cues.Nationalities.ContainsKey(Word(i)))
                && !(k + 1 < _sentence.EndToken && IsCapitalized(k + 1)) ? k + 1 : -1;
        }

        private int TryPerson(int i)
        {
            ReadOnlySpan<char> word = Word(i);

            // Mr. Tanaka, Dr. Claudia Berner
            if (NameCues.Honorifics.Contains(word))
            {
                int nameEnd = ReadName(i + 1, MaxNameTokens);
                return nameEnd > i + 1 ? Emit(i + 1, nameEnd, EntityLabel.Person, 0.9) : -1;
            }

            // "Park Ji-hoon", "Lee Seo-yeon": a family name first, then a hyphenated given name.
            if (NameCues.EastAsianFamilyNames.Contains(word) && i + 1 < _sentence.EndToken && IsHyphenatedGivenName(Word(i + 1)) && !IsKnownEntity(i, i + 2)
                && !OverlapsEntity(i, i + 2))
            {
                return Emit(i, i + 2, EntityLabel.Person, 0.85);
            }

            int end = ReadName(i, MaxNameTokens);
            if (end < 0 || NameCues.Determiners.Contains(word) || IsKnownEntity(i, end))
            {
                return -1;
            }

            // Trim a capitalised title inside the sequence: "Chief Executive Luca de Meo" is found at "Luca".
            if (_cues.TitleWords.Contains(word) && !_cues.FirstNames.Contains(word))
            {
                return -1;
            }

            // "Harlan Vehicle Works", "Douglas Motors": a corporate or facility word ends no person's name; "Pune-based Pranav
            // Drivetech": a name a located adjective describes is a company's.
            if (NameCues.CorporateWords.Contains(Word(end - 1)) || NameCues.FacilityHeads.Contains(Word(end - 1))
                || (i > _sentence.FirstToken && IsLocatedAdjective(Word(i - 1))))
            {
                return -1;
            }

            // "said EIB VP, Andrew McDowell": a title ends no person's name.
            if (end - i > 1 && _cues.TitleStartingAt(Text, Tokens, end - 1) == end)
            {
                return -1;
            }

            // "Its Dhruv Plus models", "the Kiran scooter": a name before a word for a product names the product.
            if (end < _sentence.EndToken && NameCues.ProductNouns.Contains(Word(end)))
            {
                return -1;
            }

            int length = end - i;
            bool knownFirstName = _cues.FirstNames.Contains(word) && length >= 2;
            bool afterTitle = (_cues.TitleEndingAt(Text, Tokens, i) >= 0
                || (i > _sentence.FirstToken + 1 && Word(i - 1) is "," && (_cues.TitleEndingAt(Text, Tokens, i - 1) >= 0 || TitleOfSomethingBefore(i - 1))
                    && length >= 2 && Word(end) is "," or "said" or "told" or "says"))
                && !IsSentenceStart(i);
            bool afterSpeechVerb = i > _sentence.FirstToken && _cues.SpeechVerbs.Contains(Word(i - 1)) && length >= 2;
            bool beforeSpeechVerb = length >= 2 && end < _sentence.EndToken && _cues.SpeechVerbs.Contains(Word(end));
            bool apposition = IsFollowedByTitle(end);
            if (!(knownFirstName || afterTitle || afterSpeechVerb || apposition || (beforeSpeechVerb && !IsSentenceStart(i))))
            {
                return -1;
            }

            double confidence = knownFirstName && (afterTitle || afterSpeechVerb || apposition || beforeSpeechVerb) ? 0.9
                : knownFirstName ? 0.8 : 0.75;
            return Emit(i, end, EntityLabel.Person, confidence);
        }

        // "Tianhe's head of Latin America, Liu Yang, said": a title, "of"/"for"/"at" and what it heads, just before the comma.
        private bool TitleOfSomethingBefore(int comma)
        {
            for (int k = comma - 2; k > _sentence.FirstToken && k >= comma - 6; k--)
            {
                if (Word(k) is "," or ";" or "(" or ")")
                {
                    return false;
                }

                if (Word(k) is "of" or "for" or "at" && _cues.TitleEndingAt(Text, Tokens, k) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // "Ji-hoon", "Seo-yeon": a capital, lower-case letters, a hyphen, lower-case letters.
        private static bool IsHyphenatedGivenName(ReadOnlySpan<char> word)
        {
            // Two short syllables: not "Kong-listed" or "Kong-based".
            int hyphen = word.IndexOf('-');
            if (hyphen < 2 || hyphen > 5 || hyphen > word.Length - 3 || word.Length - hyphen - 1 > 5 || !CharClass.IsUpper(word[0]))
            {
                return false;
            }

            for (int k = 1; k < word.Length; k++)
            {
                if (k != hyphen && !CharClass.IsLower(word[k]))
                {
                    return false;
                }
            }

            return true;
        }

        // "…, CEO of Ampere", "…, an analyst at", "…, who leads …"
        private bool IsFollowedByTitle(int end)
        {
            if (end + 1 >= _sentence.EndToken || Word(end) is not ",")
            {
                return false;
            }

            int k = end + 1;
            while (k < _sentence.EndToken && NameCues.AppositionOpeners.Contains(Word(k)))
            {
                if (Word(k) is "who")
                {
                    return true;
                }

                k++;
            }

            // Skip adjectives before the title: "a senior vice-president", "the group's chief …"
            for (int skip = 0; skip <= 2 && k < _sentence.EndToken; skip++, k++)
            {
                if (_cues.TitleStartingAt(Text, Tokens, k) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        private int TryOrganization(int i)
        {
            ReadOnlySpan<char> word = Word(i);

            // "The Moroccan state will cover a third": a country as the actor, named by its nationality.
            // "from the French State under the France 2030 plan": after "the", a preposition may follow too.
            if (_cues.Nationalities.ContainsKey(word) && Word(i + 1) is "state" or "State"
                && (Word(i + 2) is "will" or "has" or "had" or "is" or "was" or "would" or "could" or "agreed" or "pledged" or "offered" or "granted" or "," or "." or "and"
                    or "committed" or "provided" or "contributed" or "paid" or "put" or "invested" or "approved" or "awarded" or "injected" or "spent" or "covered"
                    or "gave" or "lent" or "backed" or "funded" or "financed" or "took" or "holds" or "owns" or "also" or "plans" or "intends" or "wants"
                    || (i > _sentence.FirstToken && Word(i - 1) is "the" && Word(i + 2) is "under" or "through" or "via" or "for" or "to" or "in" or "with")))
            {
                return Emit(i, i + 2, EntityLabel.Org, 0.7);
            }

            // "Saudi Arabia's sovereign wealth fund", "Norway's oil fund", "the Saudi fund": a country's fund named by its kind;
            // not an apposition that describes a name ("Halvor, the Danish state fund that …").
            if (!(i - 2 >= _sentence.FirstToken && Word(i - 1) is "the" or "a" && Word(i - 2) is ",") && CountryFundEnd(i) is > 0 and var fundEnd && (!OverlapsEntity(i, fundEnd) || OnlyPlacesInside(i, fundEnd, countryInside: true)))
            {
                return Emit(i, fundEnd, EntityLabel.Org, 0.65);
            }

            // "the Junta de Castilla y León", "the Xunta de Galicia", "the Generalitat de Catalunya": a Spanish region's government.
            if (Word(i) is "Junta" or "Xunta" or "Generalitat" && Word(i + 1) is "de" or "d’" or "d'" && i + 2 < _sentence.EndToken
                && PlaceEndingAt(i + 2, _sentence.EndToken) is > 0 and var regionEnd)
            {
                return Emit(i, regionEnd, EntityLabel.Org, 0.8);
            }

            // "the state of Bahia", "the Kingdom of Morocco", "the province of Ontario", "the regional government of Aragon",
            // "the federal government": a government named by its level, with or without its place.
            if (GovernmentByLevelEnd(i) is > 0 and var levelEnd)
            {
                return Emit(i, levelEnd, EntityLabel.Org, 0.7);
            }

            // "Thailand Board of Investment", "Texas Department of Commerce": a place before an institution's name.
            if (NameCues.InstitutionHeads.Contains(Word(i + 1)) && IsPlace(i, i + 1) && InstitutionNameEnd(i + 1) is > 0 and var placeInstitutionEnd)
            {
                return Emit(i, placeInstitutionEnd, EntityLabel.Org, 0.8);
            }

            // Spanish government, the U.K. government, Slovak investment agency
            if (_cues.Nationalities.ContainsKey(word) || (Tokens[i].Kind == TokenKind.Abbreviation && word.Length > 3))
            {
                for (int k = i + 1; k < _sentence.EndToken && k <= i + 3; k++)
                {
                    if (NameCues.GovernmentWords.Contains(Word(k)))
                    {
                        // "Turkish Ministry of Industry and Technology": the institution's full name.
                        int fullEnd = NameCues.InstitutionHeads.Contains(Word(k)) ? InstitutionNameEnd(k) : -1;
                        return Emit(i, fullEnd > 0 ? fullEnd : k + 1, EntityLabel.Org, 0.8);
                    }

                    if (Tokens[k].Kind != TokenKind.Word || !CharClass.IsLower(Text[Tokens[k].Start]) || NameCues.AppositionOpeners.Contains(Word(k)))
                    {
                        break;
                    }
                }
            }

            // "Spain's industry ministry", "Germany's economy ministry": a country's ministry or government.
            // "Nuevo León's state government": a place of more than one word too.
            if (PlaceEndingAtAnyKind(i) is > 0 and var possessorEnd && Word(possessorEnd) is "’s" or "'s")
            {
                for (int g = possessorEnd + 1; g < _sentence.EndToken && g <= possessorEnd + 3; g++)
                {
                    if (NameCues.GovernmentWords.Contains(Word(g)) && CharClass.IsLower(Text[Tokens[g].Start]))
                    {
                        return Emit(i, g + 1, EntityLabel.Org, 0.7);
                    }

                    if (Tokens[g].Kind != TokenKind.Word || !CharClass.IsLower(Text[Tokens[g].Start]))
                    {
                        break;
                    }
                }
            }

            // "the federal and Ontario governments", "the federal and provincial governments": two governments named at once.
            if (i + 3 < _sentence.EndToken && Word(i + 1) is "and" && Word(i + 3) is "governments"
                && (NameCues.GovernmentLevels.Contains(word) || IsPlace(i, i + 1)) && (NameCues.GovernmentLevels.Contains(Word(i + 2)) || IsPlace(i + 2, i + 3)))
            {
                _output.Add(new EntityMention(Tokens[i].Start, Tokens[i].End, EntityLabel.Org, word.ToString() + " government", 0.65, EntitySource.Pattern));
                _output.Add(new EntityMention(Tokens[i + 2].Start, Tokens[i + 3].End, EntityLabel.Org, Word(i + 2).ToString() + " government", 0.65, EntitySource.Pattern));
                return i + 4;
            }

            // "the government in Bratislava", "the government in Berlin": a country's government named by its capital.
            if (word is "government" && i > _sentence.FirstToken && Word(i - 1) is "the" && Word(i + 1) is "in" && CityEndingAt(i + 2, _sentence.EndToken) is > 0 and var cityEnd)
            {
                return Emit(i, cityEnd, EntityLabel.Org, 0.7);
            }

            // "the Jeonbuk provincial government", "the Tamil Nadu government": a place's government.
            if (PlaceGovernmentEnd(i) is > 0 and var governmentEnd)
            {
                return Emit(i, governmentEnd, EntityLabel.Org, 0.75);
            }

            // "the Reiter family", "the Quandt family": a family that acts as an investor or owner.
            if (IsCapitalized(i) && Tokens[i].Kind == TokenKind.Word && Word(i + 1) is "family" && Word(i + 2) is not ("office" or "offices" or "firm" or "business")
                && !NameCues.Determiners.Contains(word)
                && !NameCues.NonNameWords.Contains(word) && !_cues.Nationalities.ContainsKey(word) && !IsSentenceStart(i))
            {
                return Emit(i, i + 2, EntityLabel.Org, 0.6);
            }

            // "Grupo Paranaíba", "Groupe Renault", "Autos del Altiplano": a corporate word that opens the name.
            // "PT Dana Investasi Strategis": Indonesia's company prefix.
            if (word is "Grupo" or "Groupe" or "Gruppo" or "Grupa" or "Autos" or "Industrias" or "Companhia" or "Compañía" or "PT" or "Metalúrgica" or "Metalurgica"
                    or "Indústria" or "Industria" or "Fundición" or "Fundiciones" or "Officine" or "Società" or "Sociedad" or "Empresa" or "Banco" or "Banca" or "Caixa"
                    or "Fondation" or "Fundação" or "Fundación" or "Fondazione" or "Stichting"
                    or "Carrocerias" or "Carrocerías" or "Baterias" or "Baterías" or "Ensambladora" or "Autopartes" or "Forjas" or "Talleres" or "Construcciones"
                && ReadName(i + 1, MaxNameTokens) is > 0 and var afterOpening && afterOpening > i + 1)
            {
                return Emit(i, afterOpening, EntityLabel.Org, 0.8);
            }

            if (word is "Grupo" or "Groupe" or "Gruppo" or "Autos" or "Banco" or "Banca" or "Caixa" or "Fundiciones" or "Industrias" or "Ensambladora" or "Talleres"
                    or "Construcciones" or "Autopartes"
                && i + 2 < _sentence.EndToken && Word(i + 1) is "del" or "de" or "di" or "do" or "da"
                && ReadName(i + 2, MaxNameTokens) is > 0 and var afterParticle)
            {
                return Emit(i, afterParticle, EntityLabel.Org, 0.8);
            }

            // Department for Business and Trade, Ministry of Industry
            if (NameCues.InstitutionHeads.Contains(word) && InstitutionNameEnd(i) is > 0 and var institutionEnd)
            {
                return Emit(i, institutionEnd, EntityLabel.Org, 0.8);
            }

            // "Volkswagen Sachsen", "Toyota Kirloskar Motor India": a known company directly followed by a country or region.
            if (KnownOrganizationAt(i) is > 0 and var orgEnd && PlaceEndingAt(orgEnd, _sentence.EndToken) is > 0 and var subsidiaryEnd
                && !(subsidiaryEnd < _sentence.EndToken && IsCapitalized(subsidiaryEnd)))
            {
                return Emit(i, subsidiaryEnd, EntityLabel.Org, 0.75);
            }

            // Huayan Motor Co., Ltd.; Voltara Systems; Helvion Drive Systems AG — not "Gothenburg-based Haldor Trucks", not
            // "In March Atlas Câblage".
            if (NameCues.Determiners.Contains(word) || IsLocatedAdjective(word) || NameCues.CalendarWords.Contains(word)
                // "Avatr Technology (Chongqing) Co. Ltd.": a legal form closes a name, it never opens one.
                || word is "Co." or "Co" or "Ltd." or "Ltd" or "Inc." or "Inc" or "Corp." or "Corp" or "LLC" or "GmbH" or "Limited" or "Pvt." or "plc")
            {
                return -1;
            }

            int nameEnd = ReadName(i, MaxOrgTokens, allowCorporate: true);
            if (nameEnd < 0)
            {
                return -1;
            }

            // "South Korea-based LG Energy Solution": a located adjective inside the words read ends the place, not the name's
            // opening; the name starts after it.
            for (int k = i + 1; k < nameEnd; k++)
            {
                if (IsLocatedAdjective(Word(k)))
                {
                    return -1;
                }
            }

            int last = -1;
            for (int k = i + 1; k < nameEnd; k++)
            {
                if (NameCues.IsCorporateWord(Word(k)))
                {
                    last = k;
                }
            }

            // "Xian Industrial Park", "Chakan Industrial Area", "Tangier Automotive City", "Bursa Automotive Park": an estate
            // or a free zone, not a company.
            if (last < 0 || (Word(last) is "Industrial" && Word(last + 1) is "Park" or "Zone" or "Estate" or "Area" or "Complex" or "Corridor")
                || Word(last + 1) is "City" or "Park" or "Zone" or "Estate" or "Corridor" or "Cluster" or "Valley")
            {
                return -1;
            }

            int stop = last + 1;
            while (stop + 1 < _sentence.EndToken && Word(stop) is "," && NameCues.CorporateWords.Contains(Word(stop + 1)))
            {
                stop += 2;
            }

            // "Dubnica Mobility Works": a works after a corporate word is part of the company's name.
            if (stop < _sentence.EndToken && Word(stop) is "Works")
            {
                stop++;
            }

            // "MG Motor India", "Toyota Battery Manufacturing North Carolina": a subsidiary named for its country or region.
            if (stop < nameEnd && PlaceEndingAt(stop, nameEnd) is > 0 and var placeEnd)
            {
                stop = placeEnd;
            }

            return Emit(i, stop, EntityLabel.Org, 0.85);
        }

        // "battery maker Ferrion", "the Swedish start-up Norrvolt", "Munich-based Vireo", "a 12% stake in Corvane",
        // "Voltcore, a maker of sodium-ion cells, …": an unlisted name that a company noun describes, before or after it.
        private int TryDescribedCompany(int i)
        {
            ReadOnlySpan<char> word = Word(i);
            // "the Doblò-based Combo": a compound on a model's name says what a model derives from, not where a company is.
            if (Tokens[i].Kind == TokenKind.Word
                && (NameCues.CompanyDescriptors.Contains(word) || (IsLocatedAdjective(word) && !ProductStartsAt(i))
                    || (word is "in" or "of" && i > _sentence.FirstToken && NameCues.HoldingNouns.Contains(Word(i - 1)))))
            {
                // A name with a corporate word is read as such ("carmaker Huayan Motor Co., Ltd.").
                if (i + 1 < _sentence.EndToken && TryOrganization(i + 1) is > 0 and var organization)
                {
                    return organization;
                }

                // "bus builder Alexander Dennis", "Pune-based Pranav Drivetech": after a company noun a given name opens a company's name.
                int after = UnlistedCompanyName(i + 1, placeInside: true, described: IsLocatedAdjective(word) || MakerNouns.Contains(word));
                return after > 0 ? Emit(i + 1, after, EntityLabel.Org, 0.65) : -1;
            }

            // "the state's development agency, JobsOhio, has approved …": a name set off after a company or agency noun.
            if (i - 2 >= _sentence.FirstToken && Word(i - 1) is "," && (NameCues.CompanyDescriptors.Contains(Word(i - 2)) || Word(i - 2) is "agency" or "regulator" or "operator" or "lender")
                && UnlistedCompanyName(i) is > 0 and var setOff && Word(setOff) is "," or "." or "(")
            {
                return Emit(i, setOff, EntityLabel.Org, 0.6);
            }

            // "Business Finland, the state innovation agency,": a place may close a described name. The cheap test first: a
            // capitalised name, then a comma and an opener.
            int quick = ReadName(i, 4, allowCorporate: true);
            if (quick < 0 || quick + 2 >= _sentence.EndToken || Word(quick) is not ",")
            {
                return -1;
            }

            int end = UnlistedCompanyName(i, placeInside: true, countryInside: !IsPlace(i, i + 1), titleWord: true);
            if (end < 0 || end + 2 >= _sentence.EndToken || Word(end) is not ","
                || !(Word(end + 1) is "a" or "an" or "the" || (IsCapitalized(end + 1) && Word(end + 2) is "’s" or "'s")))
            {
                return -1;
            }

            // Up to three modifiers ("a small Swedish", "a Shenzhen-based") before the company noun, which must not be a
            // possessor or a modifier itself ("a company spokesman", "a supplier’s founder").
            // "X, Poland's state development bank,": a place's possessive opens the description too.
            int k = Word(end + 2) is "’s" or "'s" ? end + 3 : end + 2;
            // "Pontos, a Lisbon investor,": a place's name among the modifiers.
            while (k < _sentence.EndToken && k < end + 6 && !NameCues.CompanyDescriptors.Contains(Word(k)))
            {
                if (Tokens[k].Kind == TokenKind.Word && (CharClass.IsLower(Text[Tokens[k].Start]) || _cues.Nationalities.ContainsKey(Word(k)) || IsLocatedAdjective(Word(k))))
                {
                    k++;
                }
                else if (PlaceEndingAtAnyKind(k) is > 0 and var modifierPlaceEnd)
                {
                    k = modifierPlaceEnd;
                }
                else
                {
                    break;
                }
            }

            if (k + 1 >= _sentence.EndToken || !NameCues.CompanyDescriptors.Contains(Word(k)) || !DescriptorEndsHere(k + 1))
            {
                return -1;
            }

            return Emit(i, end, EntityLabel.Org, 0.65);
        }

        // "Munich-based", "Shenzhen-headquartered".
        // "Chinese-owned", "Korea-made": a compound whose part after a hyphen is lower case describes, it does not name.
        private static bool HasLowerCaseCompoundPart(ReadOnlySpan<char> word)
        {
            int hyphen = word.IndexOf('-');
            return hyphen >= 0 && hyphen + 1 < word.Length && CharClass.IsLower(word[hyphen + 1]);
        }

        private static bool IsLocatedAdjective(ReadOnlySpan<char> word) =>
            word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-headquartered", StringComparison.Ordinal) || word.EndsWith("-listed", StringComparison.Ordinal);

        // Company nouns no person is called by ("investor", "partner" and "developer" can be people).
        private static readonly SpanLookup MakerNouns = new(
        [
            "maker", "carmaker", "automaker", "manufacturer", "supplier", "firm", "company", "start-up", "startup", "producer", "builder",
            "assembler", "foundry", "contractor", "busmaker", "truckmaker", "chipmaker", "cellmaker", "coachbuilder",
        ]);

        private bool DescriptorEndsHere(int k) => Word(k) is "of" or "that" or "which" or "based" or "with" or "in" or "from" or "whose" or "owned"
            or "backed" or "founded" or "set" or "specialising" or "specializing" or "focused" or "," or "." or ";" or "—" or "–" or "for" or "and" or "controlled";

        // The end of an unlisted, capitalised name of up to four words starting at <paramref name="start"/>, or -1 where the
        // words are a known entity, a title, a person's given name and surname, or common words the document writes in lower case.
        private int UnlistedCompanyName(int start, bool placeInside = false, bool countryInside = false, bool titleWord = false, bool described = false)
        {
            if (start >= _sentence.EndToken || !IsCapitalized(start) || Tokens[start].Kind != TokenKind.Word)
            {
                return -1;
            }

            ReadOnlySpan<char> first = Word(start);
            if (NameCues.Determiners.Contains(first) || NameCues.NonNameWords.Contains(first) || _cues.Nationalities.ContainsKey(first)
                || (_cues.TitleWords.Contains(first) && !_cues.FirstNames.Contains(first) && !titleWord) || NameCues.Honorifics.Contains(first))
            {
                return -1;
            }

            // After a company noun, a town's name inside a longer name is part of the company's ("start-up Lumina Bus").
            int end = ReadName(start, 4, allowCorporate: true);
            if (end < 0 || IsKnownEntity(start, end)
                || (OverlapsEntity(start, end) && !(placeInside && end - start > 1 && OnlyPlacesInside(start, end, countryInside))
                    && !(described && end - start > 1 && OnlyModelOpens(start, end)))
                || (_cues.FirstNames.Contains(first) && end - start >= 2 && !NameCues.CorporateWords.Contains(Word(end - 1)) && !described)
                || ((end - start == 1 || IsSentenceStart(start)) && _lowerCaseWords.Value.Contains(first.ToString().ToLowerInvariant()))
                || IsSurnameOfPersonFound(Word(end - 1)))
            {
                return -1;
            }

            return end;
        }

        private int PlaceGovernmentEnd(int i)
        {
            if (!IsCapitalized(i) || Tokens[i].Kind != TokenKind.Word || NameCues.Determiners.Contains(Word(i)) || NameCues.NonNameWords.Contains(Word(i))
                || _cues.Nationalities.ContainsKey(Word(i)))
            {
                return -1;
            }

            int k = i + 1;
            while (k < _sentence.EndToken && k < i + 3 && IsCapitalized(k))
            {
                k++;
            }

            int levels = k;
            while (k < _sentence.EndToken && k < levels + 2 && NameCues.GovernmentLevels.Contains(Word(k)))
            {
                k++;
            }

            // "the Hauts-de-France regional council": a council after a level of government is the place's government.
            return k < _sentence.EndToken && (Word(k) is "government" or "administration" || (Word(k) is "council" && k > levels)) ? k + 1 : -1;
        }

        // The end of "Ministry of Industry and Technology" from its head word, or -1 where no "of"/"for" name follows.
        private int GovernmentByLevelEnd(int i)
        {
            ReadOnlySpan<char> word = Word(i);
            if (!NameCues.GovernmentLevels.Contains(word) && word is not ("state" or "State" or "Kingdom" or "province" or "Province" or "Republic" or "government" or "Government" or "Emirate"))
            {
                return -1;
            }

            bool opened = i == _sentence.FirstToken || Word(i - 1) is "the" or "The" || IsSentenceStart(i);
            if (!opened)
            {
                return -1;
            }

            int head = i;
            if (NameCues.GovernmentLevels.Contains(Word(i)) && Word(i + 1) is "government")
            {
                // "the federal government", "the state government" (the scorer's names contain the place's government).
                if (Word(i + 2) is not "of")
                {
                    return i + 2;
                }

                head = i + 1;
            }

            if (Word(head) is "state" or "State" or "Kingdom" or "province" or "Province" or "Republic" or "government" or "Government" or "Emirate"
                && Word(head + 1) is "of" && head + 2 < _sentence.EndToken && PlaceEndingAt(head + 2, _sentence.EndToken) is > 0 and var placeEnd)
            {
                return placeEnd;
            }

            return -1;
        }

        private int InstitutionNameEnd(int head)
        {
            if (Word(head + 1) is not ("of" or "for"))
            {
                return -1;
            }

            int end = ReadName(head + 2, MaxOrgTokens);
            while (end > 0 && Word(end) is "and" or "&" && ReadName(end + 1, MaxOrgTokens) is > 0 and var more)
            {
                end = more;
            }

            return end;
        }

        // "Hoshino will invest …", "Kestrel said …": an unlisted capitalised name that acts like a company, where the
        // document never writes its first word in lower case and, at a sentence start, also writes it capitalised elsewhere.
        // "the Atto 3 is assembled under contract by Inokom", "were put together by Formosa": the agent of a verb of building
        // is a company, not a person (no given name opens it) and not a place.
        private int TryBuildingAgent(int i)
        {
            // "led by General Atlantic": a title word may open a name whose other word is a place's.
            if (i < _sentence.FirstToken + 2 || Word(i - 1) is not "by" || !IsCapitalized(i) || Tokens[i].Kind != TokenKind.Word
                || NameCues.Determiners.Contains(Word(i)) || NameCues.NonNameWords.Contains(Word(i)) || _cues.FirstNames.Contains(Word(i))
                || (_cues.TitleWords.Contains(Word(i)) && !(i + 1 < _sentence.EndToken && IsPlace(i + 1, i + 2) && !IsCapitalized(i + 2)))
                || _cues.Nationalities.ContainsKey(Word(i)) || NameCues.CalendarWords.Contains(Word(i)) || HasLowerCaseCompoundPart(Word(i)))
            {
                return -1;
            }

            bool built = false;
            for (int k = i - 2; k >= _sentence.FirstToken && k >= i - 4; k--)
            {
                if (NameCues.BuildingParticiples.Contains(Word(k)) || (Word(k) is "together" && Word(k - 1) is "put")
                    || (NameCues.FinancingParticiples.Contains(Word(k)) && IsAfterFinancingNoun(k)))
                {
                    built = true;
                    break;
                }

                if (Tokens[k].Kind != TokenKind.Word || !CharClass.IsLower(Text[Tokens[k].Start]))
                {
                    break;
                }
            }

            int end = i + 1;
            while (end < _sentence.EndToken && end - i < 3 && IsCapitalized(end) && Tokens[end].Kind == TokenKind.Word)
            {
                end++;
            }

            if (!built || IsKnownEntity(i, end) || (OverlapsEntity(i, end) && !(end - i > 1 && OnlyPlacesInside(i, end)))
                || (end == i + 1 && _placeWords.Value.Contains(Word(i).ToString())))
            {
                return -1;
            }

            return Emit(i, end, EntityLabel.Org, 0.6);
        }

        // "The first phase at Ivancsa makes …", "a plant under construction in Bécancour", "near Kolín": an unlisted
        // capitalised word after a preposition of place that follows a word for a site (or after "near"/"outside") is a place.
        // "Miaoli County", "Hubei Province": the unit a town gives its name to is left to the town's own mention.
        private static readonly SpanLookup AdministrativeUnits = new(
            ["County", "Province", "Prefecture", "District", "Region", "State", "Municipality", "Oblast", "Voivodeship", "Department", "Canton", "Borough", "Township", "City"]);

        // "Goiana in Pernambuco and Porto Real in Rio de Janeiro state": a known town's one-word name opening a two-word name
        // whose second word is capitalised, unknown and followed by a place preposition or punctuation names a longer place.
        private int TryLongerPlace(int i)
        {
            if (i <= _sentence.FirstToken || i + 2 >= _sentence.EndToken || Word(i - 1) is not ("and" or "," or "in" or "at" or "near" or "of" or "from")
                || !IsCapitalized(i + 1) || Tokens[i + 1].Kind != TokenKind.Word || Tokens[i].End == Tokens[i + 1].Start
                || Word(i + 2) is not ("in" or "," or "." or ";" or "and" or "state" or "(" or ")" or "near"))
            {
                return -1;
            }

            bool knownTown = false;
            int from = Tokens[i].Start;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Start == from && mention.End == Tokens[i].End && mention.Label == EntityLabel.Loc && mention.Entry?.Kind is "city" or "region")
                {
                    knownTown = true;
                }
            }

            ReadOnlySpan<char> word = Word(i + 1);
            if (!knownTown || OverlapsEntity(i + 1, i + 2) || NameCues.NonNameWords.Contains(word) || NameCues.Determiners.Contains(word)
                || NameCues.CalendarWords.Contains(word) || NameCues.CorporateWords.Contains(word) || _cues.Nationalities.ContainsKey(word)
                || _cues.FirstNames.Contains(word) || _cues.TitleWords.Contains(word) || IsAcronym(i + 1) || HasLowerCaseCompoundPart(word)
                || NameCues.FacilityHeads.Contains(word) || IsFirstWordOfCompanyFound(word) || IsSurnameOfPersonFound(word) || AdministrativeUnits.Contains(word))
            {
                return -1;
            }

            return Emit(i, i + 2, EntityLabel.Loc, 0.6);
        }

        // "Sevel builds the Ducato in Atessa.", "assembled the first cars in Kosai, where …": after "in", a word that ends the
        // clause, a few words after a verb of production, says where the goods are made.
        private bool IsWhereBuilt(int i)
        {
            if (Word(i - 1) is not "in" || Word(i + 1) is not ("." or "," or ";" or "and" or "for" or "from" or "since" or "until" or "under"))
            {
                return false;
            }

            for (int k = i - 2; k >= _sentence.FirstToken && k >= i - 6; k--)
            {
                if (ProductionVerbs.Contains(Word(k)))
                {
                    return true;
                }

                if (Word(k) is "," or ";" or "which" or "that" or "who" || Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation))
                {
                    return false;
                }
            }

            return false;
        }

        // "Autosan assembles school buses for Iveco Bus": a verb of building in the present, and within ten words "for" or
        // "to" before a company the lexicons know — an unlisted name at a sentence start that builds for a company is one.
        private bool BuildsForCompany(int verb)
        {
            if (verb >= _sentence.EndToken || Word(verb) is not ("builds" or "assembles" or "produces" or "makes" or "manufactures" or "supplies"))
            {
                return false;
            }

            for (int k = verb + 1; k + 1 < _sentence.EndToken && k <= verb + 10; k++)
            {
                if (Word(k) is "for" or "to" && IsCompany(k + 1, k + 2))
                {
                    return true;
                }

                if (Word(k) is "," or ";" or "which" or "that")
                {
                    return false;
                }
            }

            return false;
        }

        private static readonly SpanLookup ProductionVerbs = new(
            ["builds", "built", "build", "building", "assembles", "assembled", "assemble", "assembling", "produces", "produced", "produce", "producing",
             "makes", "made", "make", "making", "manufactures", "manufactured", "manufacture", "manufacturing"]);

        private int TryUnknownPlace(int i)
        {
            if (i < _sentence.FirstToken + 1 || !IsCapitalized(i) || Tokens[i].Kind != TokenKind.Word || i + 1 >= _sentence.EndToken)
            {
                return -1;
            }

            ReadOnlySpan<char> previous = Word(i - 1);
            ReadOnlySpan<char> before = Word(i - 2);
            if (!(previous is "near" or "outside" || (previous is "in" or "at" && (NameCues.FacilityHeads.Contains(before) || NameCues.SiteNouns.Contains(before)))
                || IsOpeningPlace(i) || IsTownOfRegion(i) || IsWhereBuilt(i)))
            {
                return -1;
            }

            ReadOnlySpan<char> word = Word(i);
            if (NameCues.Determiners.Contains(word) || NameCues.NonNameWords.Contains(word) || _cues.FirstNames.Contains(word) || _cues.Nationalities.ContainsKey(word)
                || NameCues.CalendarWords.Contains(word) || HasLowerCaseCompoundPart(word) || IsAcronym(i) || NameCues.CorporateWords.Contains(word)
                || _cues.TitleWords.Contains(word) || IsCapitalized(i + 1) || Tokens[i + 1].Kind == TokenKind.Clitic
                || OverlapsEntity(i, i + 1) || _lowerCaseWords.Value.Contains(word.ToString().ToLowerInvariant()) || IsFirstWordOfCompanyFound(word))
            {
                return -1;
            }

            return Emit(i, i + 1, EntityLabel.Loc, 0.6);
        }

        // "a credit facility arranged by Banorte", "a group of lenders led by Banorte": a financing noun shortly before.
        private bool IsAfterFinancingNoun(int participle)
        {
            for (int k = participle - 1; k >= _sentence.FirstToken && k >= participle - 5; k--)
            {
                if (NameCues.FinancingNouns.Contains(Word(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private int TryBusinessSubject(int i)
        {
            ReadOnlySpan<char> word = Word(i);
            if (NameCues.Determiners.Contains(word) || NameCues.NonNameWords.Contains(word) || _cues.FirstNames.Contains(word)
                || _cues.Nationalities.ContainsKey(word) || !IsCapitalized(i) || Tokens[i].Kind != TokenKind.Word
                || (i > _sentence.FirstToken && Word(i - 1) is "the" or "The" or "a" or "A" or "an" or "An"))
            {
                return -1;
            }

            // "Padana Energia operates …", "TPG Rise Climate led …": where the name's first word was turned down (a sentence
            // opener seen nowhere else), the whole name is read from its first word, not only its tail.
            // "Chief Executive Tom Beckett said": a capitalised job title before a name is no company's first words.
            if (_cues.TitleStartingAt(Text, Tokens, i) > 0 || _cues.TitleEndingAt(Text, Tokens, i) >= 0)
            {
                return -1;
            }

            int start = i;
            while (start > _sentence.FirstToken && Tokens[start - 1].Kind == TokenKind.Word && IsCapitalized(start - 1) && i - start < 2
                && !NameCues.Determiners.Contains(Word(start - 1)) && !NameCues.NonNameWords.Contains(Word(start - 1))
                && !_cues.Nationalities.ContainsKey(Word(start - 1)) && !OverlapsEntity(start - 1, start)
                && _cues.TitleEndingAt(Text, Tokens, start) < 0)
            {
                start--;
            }

            // "Vexor's delivery vans": a name whose possessions are a company's.
            // "Ebro's Barcelona factory": a place and a plant after the possessive.
            if (i + 2 < _sentence.EndToken && Tokens[i + 1].Kind == TokenKind.Clitic && Word(i + 1) is "’s" or "'s"
                && (NameCues.CompanyPossessions.Contains(Word(i + 2)) || Tokens[i + 2].Kind == TokenKind.Currency
                    || (PlaceEndingAtAnyKind(i + 2) is > 0 and var placeEnd && placeEnd < _sentence.EndToken && Word(placeEnd) is "plant" or "factory" or "plants" or "factories" or "site" or "facility"))
                && !IsKnownEntity(i, i + 1) && !OverlapsEntity(i, i + 1) && !_placeWords.Value.Contains(word.ToString())
                && !_lowerCaseWords.Value.Contains(word.ToString().ToLowerInvariant()) && !IsSurnameOfPersonFound(word))
            {
                return Emit(i, i + 1, EntityLabel.Org, 0.55);
            }

            // Not "the G6 and G9 SUVs is …", "the Q5 EVs": a word for vehicles ends no company's name.
            int end = i + 1;
            while (end < _sentence.EndToken && end - i < 3 && IsCapitalized(end) && Tokens[end].Kind == TokenKind.Word && !NameCues.NonNameWords.Contains(Word(end)))
            {
                end++;
            }

            if (NameCues.ProductNouns.Contains(Word(end - 1)) || NameCues.TechnicalAcronyms.Contains(Word(end - 1)))
            {
                return -1;
            }

            // "The first phase at Ivancsa makes …": a name after a preposition of place is no subject; its words are consumed,
            // so that no shorter name is read from them ("in Okayama Prefecture builds").
            if (start > _sentence.FirstToken && NameCues.PlacePrepositions.Contains(Word(start - 1)))
            {
                return end < _sentence.EndToken && NameCues.BusinessVerbs.Contains(Word(end)) ? end : -1;
            }

            // "Pontos contributed €50m …": a name that puts money in is a company's, even at a sentence start.
            // "Edelweiss, for its part, has invested ₹111 crore …": past a parenthetical between the name and its verb.
            // Only a verb that pays money counts there: other verbs follow towns and people as readily ("Kolín, meanwhile, builds …").
            int verb = AfterParenthetical(end);
            bool paysMoney = PaysMoneyAt(verb);
            verb = paysMoney ? verb : end;

            // "Serrana Carrocerias builds …": a town's name may open a longer company name.
            if (end >= _sentence.EndToken || !(NameCues.BusinessVerbs.Contains(Word(verb)) || paysMoney) || IsKnownEntity(i, end)
                || (OverlapsEntity(i, end) && !(end - i > 1 && OnlyPlacesInside(i, end))))
            {
                return -1;
            }

            // "Moreton Road is going to need …": a street is no company.
            if (_lowerCaseWords.Value.Contains(word.ToString().ToLowerInvariant()) || NameCues.CorporateWords.Contains(word)
                || NameCues.StreetWords.Contains(Word(end - 1)) || (end == i + 1 && _placeWords.Value.Contains(word.ToString())) || (word.Length <= 3 && IsAcronym(i)) || (IsSurnameOfPersonFound(Word(end - 1)) && !IsFirstWordOfCompanyFound(word)))
            {
                return -1;
            }

            if (IsSentenceStart(i) && !_midSentenceCapitals.Value.Contains(word.ToString()) && !(paysMoney && !NameCues.GenericOpeners.Contains(word))
                && !(BuildsForCompany(verb) && !NameCues.GenericOpeners.Contains(word)))
            {
                return -1;
            }

            // "Mirafiori could be opened to …": a modal and a passive say nothing of a company.
            if (Word(verb) is "could" or "would" or "will" or "may" or "might" or "can" or "must" or "should" && Word(verb + 1) is "be")
            {
                return -1;
            }

            // "the new Ertiga and Ciaz will go on sale", "Ciaz and Ertiga will join …": a name joined to a model the lexicons
            // know is a model too.
            if (CoordinatedWithProduct(start, end))
            {
                return -1;
            }

            return Emit(start, end, EntityLabel.Org, 0.6);
        }

        // "Kelvar and Stellantis will build …", "investors include Northvolt, Kelvar and BMW": an unlisted capitalised name
        // joined by "and" or a comma to a company the lexicons know is a company too.
        private int TryCoordinatedCompany(int i)
        {
            ReadOnlySpan<char> word = Word(i);
            if (!IsCapitalized(i) || Tokens[i].Kind != TokenKind.Word || NameCues.Determiners.Contains(word) || NameCues.NonNameWords.Contains(word)
                || _cues.FirstNames.Contains(word) || _cues.TitleWords.Contains(word) || _cues.Nationalities.ContainsKey(word) || NameCues.CalendarWords.Contains(word)
                || NameCues.Honorifics.Contains(word) || HasLowerCaseCompoundPart(word) || StartsInsideEntity(i))
            {
                return -1;
            }

            // Not "the Zona Franca", "At Ranjangaon, Fiat India …", "South of the Danube, Stellantis …".
            if (i > _sentence.FirstToken && (NameCues.Determiners.Contains(Word(i - 1)) || Word(i - 1) is "the" or "a" or "an"
                || NameCues.PlacePrepositions.Contains(Word(i - 1)) || NameCues.NonNameWords.Contains(Word(i - 1))))
            {
                return -1;
            }

            int end = i + 1;
            while (end < _sentence.EndToken && end - i < 3 && IsCapitalized(end) && Tokens[end].Kind == TokenKind.Word && !NameCues.NonNameWords.Contains(Word(end))
                && !_cues.Nationalities.ContainsKey(Word(end)))
            {
                end++;
            }

            // "and" joins two names; a comma only inside a list that goes on with a comma or "and" after the pair.
            int after = end + 1 < _sentence.EndToken ? KnownOrganizationAt(end + 1) : -1;
            bool joinedAfter = after > 0 && (Word(end) is "and" || (Word(end) is "," && Word(after) is "," or "and"));
            bool joinedBefore = i - 2 >= _sentence.FirstToken && LexiconOrganizationEndsAt(i - 1)
                && (Word(i - 1) is "and" || (Word(i - 1) is "," && Word(end) is "," or "and"));
            if (!(joinedAfter || joinedBefore) || IsKnownEntity(i, end) || OverlapsEntity(i, end)
                || (end < _sentence.EndToken && _cues.Nationalities.ContainsKey(Word(end)))
                || (end < _sentence.EndToken && (Tokens[end].Kind == TokenKind.Clitic || _cues.SpeechVerbs.Contains(Word(end))))
                || _lowerCaseWords.Value.Contains(word.ToString().ToLowerInvariant()) || _placeWords.Value.Contains(word.ToString())
                || IsSurnameOfPersonFound(Word(end - 1)) || (word.Length <= 3 && IsAcronym(i) && end == i + 1))
            {
                return -1;
            }

            return Emit(i, end, EntityLabel.Org, 0.55);
        }

        // Whether the name [start, end) is joined by "and", "or" or a comma to a product mention on either side ("the new
        // Ertiga and Ciaz", "Ciaz and the Ertiga").
        private bool CoordinatedWithProduct(int start, int end)
        {
            if (start - 2 >= _sentence.FirstToken && Word(start - 1) is "and" or "or" or ",")
            {
                int to = Tokens[start - 2].End;
                foreach (EntityMention mention in Near(Tokens[start - 2].Start))
                {
                    if (mention.Label == EntityLabel.Product && mention.End == to)
                    {
                        return true;
                    }
                }
            }

            int next = end + 1;
            if (end < _sentence.EndToken && Word(end) is "and" or "or" or "," && next < _sentence.EndToken && Word(next) is "the" or "its" or "their")
            {
                next++;
            }

            if (end < _sentence.EndToken && Word(end) is "and" or "or" or "," && next < _sentence.EndToken)
            {
                int from = Tokens[next].Start;
                foreach (EntityMention mention in Near(from))
                {
                    if (mention.Label == EntityLabel.Product && mention.Start == from)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // A company the lexicons know ends just before token <paramref name="token"/>.
        private bool LexiconOrganizationEndsAt(int token)
        {
            int to = Tokens[token - 1].End;
            foreach (EntityMention mention in Near(Tokens[token - 1].Start))
            {
                if (mention.Label == EntityLabel.Org && mention.Source == EntitySource.Lexicon && mention.End == to)
                {
                    return true;
                }
            }

            return false;
        }

        // "contributed €50m", "put in €40m", "will also invest a further $20 million": a verb of paying, after at most
        // three auxiliary words, with an amount of money within three tokens after it.
        // The token after a parenthetical of one to three words set off by commas at <paramref name="k"/> (", for its part,"),
        // else <paramref name="k"/>; only while the sentence goes on past the parenthetical.
        private int AfterParenthetical(int k)
        {
            if (k >= _sentence.EndToken || Word(k) is not ",")
            {
                return k;
            }

            for (int m = k + 1; m < _sentence.EndToken && m <= k + 4; m++)
            {
                if (Word(m) is ",")
                {
                    return m > k + 1 && m + 1 < _sentence.EndToken ? m + 1 : k;
                }

                if (!NameCues.ParentheticalWords.Contains(Word(m)))
                {
                    return k;
                }
            }

            return k;
        }

        private bool PaysMoneyAt(int k)
        {
            int limit = k + 3;
            while (k < _sentence.EndToken && k < limit && NameCues.PaymentAuxiliaries.Contains(Word(k)))
            {
                k++;
            }

            if (k >= _sentence.EndToken || !NameCues.PaymentVerbs.Contains(Word(k)))
            {
                return false;
            }

            // "invested $20 million", "pumped an aggregate of over ₹74 crore into …": the amount, past words that lead up to it.
            for (int m = k + 1; m < _sentence.EndToken && m <= k + 5; m++)
            {
                if (MoneyStartsAt(m))
                {
                    return true;
                }

                if (m > k + 2 && !NameCues.AmountLeadWords.Contains(Word(m)))
                {
                    return false;
                }
            }

            return false;
        }

        private bool ProductStartsAt(int token)
        {
            int from = Tokens[token].Start;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Label == EntityLabel.Product && mention.Start == from)
                {
                    return true;
                }
            }

            return false;
        }

        private bool MoneyStartsAt(int token)
        {
            int from = Tokens[token].Start;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Label == EntityLabel.Money && mention.Start == from)
                {
                    return true;
                }
            }

            return false;
        }

        // "Nowicki said": the surname of a person named earlier in the document, not a company.
        private bool IsSurnameOfPersonFound(ReadOnlySpan<char> word)
        {
            foreach (EntityMention mention in _output)
            {
                if (mention.Label == EntityLabel.Person && mention.Name.EndsWith(word, StringComparison.Ordinal)
                    && mention.Name.Length > word.Length && mention.Name[^(word.Length + 1)] == ' ')
                {
                    return true;
                }

                // "Park Ji-hoon": East Asian names put the family name first.
                if (mention.Label == EntityLabel.Person && mention.Name.StartsWith(word, StringComparison.Ordinal)
                    && mention.Name.Length > word.Length + 1 && mention.Name[word.Length] == ' ' && mention.Name.IndexOf('-') > word.Length)
                {
                    return true;
                }
            }

            return false;
        }

        // "Tezcan" after "Tezcan Otomotiv": the first word of a company found earlier.
        private bool IsFirstWordOfCompanyFound(ReadOnlySpan<char> word)
        {
            foreach (EntityMention mention in _output)
            {
                if (mention.Label == EntityLabel.Org && mention.Name.Length > word.Length && mention.Name.StartsWith(word, StringComparison.Ordinal)
                    && mention.Name[word.Length] == ' ')
                {
                    return true;
                }
            }

            return false;
        }

        // "bus maker Veloz Ônibus Elétricos": a model's one-word name (the Toyota Veloz) opens a longer name a company noun
        // describes, and no other mention lies inside it.
        private bool OnlyModelOpens(int start, int end)
        {
            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            bool opens = false;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Start < to && from < mention.End)
                {
                    if (mention.Label != EntityLabel.Product || mention.Start != from || mention.End != Tokens[start].End)
                    {
                        return false;
                    }

                    opens = true;
                }
            }

            return opens;
        }

        private bool OnlyPlacesInside(int start, int end, bool countryInside = false)
        {
            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Start < to && from < mention.End && (mention.Label != EntityLabel.Loc || mention.Start < from || mention.End > to
                    || (mention.Entry?.Kind is "country" && !countryInside)))
                {
                    return false;
                }
            }

            return true;
        }

        // Not "Carolina battery plant" inside "North Carolina battery plant": the token continues a name found before.
        private bool StartsInsideEntity(int i)
        {
            int from = Tokens[i].Start;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Start < from && from < mention.End)
                {
                    return true;
                }
            }

            return false;
        }

        private bool OverlapsEntity(int start, int end)
        {
            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Start < to && from < mention.End)
                {
                    return true;
                }
            }

            return false;
        }

        private HashSet<string> LowerCaseWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (Token token in Tokens)
            {
                if (token.Kind == TokenKind.Word && CharClass.IsLower(Text[token.Start]))
                {
                    words.Add(token.GetText(_document.Text));
                }
            }

            return words;
        }

        // Capitalised words the document uses as places: "a plant at Lužianky", "near Kolín", "the edge of Nitra".
        private HashSet<string> PlaceWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            ReadOnlySpan<Token> tokens = Tokens;
            for (int t = 1; t < tokens.Length; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || !CharClass.IsUpper(Text[tokens[t].Start]))
                {
                    continue;
                }

                // "the line at Ebro's Barcelona factory": a possessor is no place.
                if (t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Clitic)
                {
                    continue;
                }

                ReadOnlySpan<char> previous = tokens[t - 1].Slice(Text);
                ReadOnlySpan<char> before = t >= 2 ? tokens[t - 2].Slice(Text) : default;
                if (previous is "near" or "outside" || (previous is "in" or "at" && (NameCues.FacilityHeads.Contains(before) || NameCues.SiteNouns.Contains(before)))
                    || IsOpeningPlace(t)
                    || (previous is "of" && before is "edge" or "outskirts" or "suburb" or "town" or "village" or "city"))
                {
                    words.Add(tokens[t].GetText(_document.Text));
                }
            }

            return words;
        }

        // "in Ochang, South Korea", "Ranjangaon, Maharashtra": one capitalised word before a comma and a country or region
        // that no possessive follows.
        private bool IsTownOfRegion(int t)
        {
            // Not "County" of "Union County, Ohio": the word opens its name.
            if (t + 2 >= _sentence.EndToken || Word(t + 1) is not "," || PlaceEndingAt(t + 2, _sentence.EndToken) is not (> 0 and var regionEnd)
                || (t > _sentence.FirstToken && IsCapitalized(t - 1) && Tokens[t - 1].Kind == TokenKind.Word))
            {
                return false;
            }

            return regionEnd >= _sentence.EndToken || Tokens[regionEnd].Kind != TokenKind.Clitic;
        }

        // "At Coega, …", "In Itatiaia, …": one capitalised word after a sentence's opening "At" or "In" and before a comma.
        private bool IsOpeningPlace(int t)
        {
            ReadOnlySpan<Token> tokens = Tokens;
            return t >= 1 && t + 1 < tokens.Length && tokens[t - 1].Slice(Text) is "At" or "In" && tokens[t + 1].Slice(Text) is ","
                && tokens[t].Kind == TokenKind.Word && CharClass.IsUpper(Text[tokens[t].Start])
                && (t - 1 == 0 || tokens[t - 2].Kind is TokenKind.Punctuation || Text.Slice(tokens[t - 2].End, tokens[t - 1].Start - tokens[t - 2].End).IndexOf('\n') >= 0);
        }

        private HashSet<string> MidSentenceCapitals()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (Sentence sentence in _document.Sentences)
            {
                for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
                {
                    Token token = Tokens[t];
                    if (token.Kind == TokenKind.Word && CharClass.IsUpper(Text[token.Start]) && Tokens[t - 1].Kind is not (TokenKind.Quote or TokenKind.Punctuation))
                    {
                        words.Add(token.GetText(_document.Text));
                    }
                }
            }

            return words;
        }

        private int TryFacility(int i)
        {
            ReadOnlySpan<char> word = Word(i);

            // "It works", "This plant": a pronoun or demonstrative names no facility.
            if (NameCues.Determiners.Contains(word) || !IsCapitalized(i) || StartsInsideEntity(i) || word is "It" or "This" or "That" or "These" or "Those" or "We" or "They")
            {
                return -1;
            }

            int nameEnd = i;
            while (nameEnd < _sentence.EndToken && nameEnd - i < 3 && IsCapitalized(nameEnd) && !NameCues.FacilityHeads.Contains(Word(nameEnd)))
            {
                nameEnd++;
            }

            int k = nameEnd;
            while (k < _sentence.EndToken && k - nameEnd < 2 && NameCues.FacilityModifiers.Contains(Word(k)))
            {
                k++;
            }

            if (nameEnd == i || k >= _sentence.EndToken || !NameCues.FacilityHeads.Contains(Word(k)) || IsCompany(i, nameEnd)
                || _cues.Nationalities.ContainsKey(Word(i)) || (nameEnd == i + 1 && NameCues.RegionalAdjectives.Contains(Word(i))) || IsWideArea(i, nameEnd) || (IsAcronym(i) && nameEnd == i + 1 && !IsPlace(i, nameEnd)))
            {
                return -1;
            }

            // "Baltic Cell Works", "Harlan Vehicle Works": a works named by words that are no place is a company.
            // "Ebro Factory builds …": a capitalised factory that acts is a company too.
            if ((Word(k) is "Works" && !IsPlace(i, nameEnd) && !OverlapsEntity(i, nameEnd) && nameEnd - i >= 2)
                || (Word(k) is "Works" or "Factory" && k + 1 < _sentence.EndToken && NameCues.BusinessVerbs.Contains(Word(k + 1)) && k == nameEnd))
            {
                return Emit(i, k + 1, EntityLabel.Org, 0.7);
            }

            // "Stellantis's Mirafiori and Cassino plants": a name joined to the first before a plural plant noun is a plant too.
            if (Word(k) is "plants" or "factories" or "sites" or "facilities" && i - 2 >= _sentence.FirstToken && Word(i - 1) is "and" or ","
                && IsCapitalized(i - 2) && Tokens[i - 2].Kind == TokenKind.Word && !OverlapsEntity(i - 2, i - 1) && !NameCues.Determiners.Contains(Word(i - 2))
                && !NameCues.NonNameWords.Contains(Word(i - 2)) && !IsSentenceStart(i - 2))
            {
                Emit(i - 2, i - 1, EntityLabel.Facility, 0.6);
            }

            return Emit(i, k + 1, EntityLabel.Facility, 0.8);
        }

        // A capitalised name: capitalised words, initials, and particles between them ("Luca de Meo", "John F. Smith").
        private int ReadName(int i, int max, bool allowCorporate = false)
        {
            if (i >= _sentence.EndToken || !IsCapitalized(i) || NameCues.NonNameWords.Contains(Word(i)))
            {
                return -1;
            }

            int k = i + 1;
            while (k < _sentence.EndToken && k - i < max)
            {
                if (IsCapitalized(k) || (allowCorporate && NameCues.CorporateWords.Contains(Word(k))))
                {
                    k++;
                }
                else if (NameCues.Particles.Contains(Word(k)) && k + 1 < _sentence.EndToken && IsCapitalized(k + 1) && !allowCorporate)
                {
                    k += 2;
                }
                else if (allowCorporate && Word(k) is "&" && k + 1 < _sentence.EndToken && IsCapitalized(k + 1))
                {
                    k += 2;
                }
                else
                {
                    break;
                }
            }

            return k;
        }

        private bool IsCapitalized(int i)
        {
            Token token = Tokens[i];
            return token.Kind is TokenKind.Word or TokenKind.Abbreviation && CharClass.IsUpper(Text[token.Start])
                && !_cues.SpeechVerbs.Contains(token.Slice(Text));
        }

        private bool IsSentenceStart(int i) => i == _sentence.FirstToken
            || (i > _sentence.FirstToken && Tokens[i - 1].Kind is TokenKind.Quote && i - 1 == _sentence.FirstToken);

        // The span is, or is inside, an organisation or product an earlier recognizer found.
        private static readonly SpanLookup SubsidiaryCountries = new(
            ["Brasil", "Brazil", "México", "Mexico", "Argentina", "Chile", "Colombia", "Portugal", "España", "Venezuela", "Perú", "Peru", "Uruguay", "Angola", "Moçambique"]);

        // "Toyota do Brasil", "General Motors de México", "Renault do Brasil": a known company's local subsidiary, named with
        // "do", "de" or "da" and its country, is one company.
        private int TrySubsidiaryName(int i)
        {
            int from = Tokens[i].Start;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Label != EntityLabel.Org || mention.Start != from)
                {
                    continue;
                }

                int after = i;
                while (after < _sentence.EndToken && Tokens[after].Start < mention.End)
                {
                    after++;
                }

                if (after + 1 < _sentence.EndToken && Word(after) is "do" or "de" or "da" && SubsidiaryCountries.Contains(Word(after + 1)))
                {
                    return Emit(i, after + 2, EntityLabel.Org, 0.75);
                }
            }

            return -1;
        }

        private bool IsKnownEntity(int start, int end)
        {
            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Start <= from && mention.End >= to && mention.Label is EntityLabel.Org or EntityLabel.Product or EntityLabel.Loc)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsCompany(int start, int end)
        {
            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Label == EntityLabel.Org && mention.Start <= from && mention.End >= to)
                {
                    return true;
                }
            }

            return false;
        }

        // The end of a LOC mention (country or region) that starts at token <paramref name="start"/> and ends by <paramref name="limit"/>.
        // The end of a country's or region's name that starts at a token, or -1.
        private int PlaceEndingAt(int start, int limit) => KnownPlaceEnd(start, limit, PlaceKinds.CountryOrRegion);

        // The end of a city's name that starts at a token, or -1.
        private int CityEndingAt(int start, int limit) => KnownPlaceEnd(start, limit, PlaceKinds.City);

        // The end of any known place's name that starts at a token, or -1.
        private int PlaceEndingAtAnyKind(int start) => KnownPlaceEnd(start, _sentence.EndToken, PlaceKinds.Any);

        private enum PlaceKinds
        {
            Any,
            City,
            CountryOrRegion,
        }

        private int KnownPlaceEnd(int start, int limit, PlaceKinds kinds)
        {
            if (start >= limit || start >= Tokens.Length)
            {
                return -1;
            }

            int from = Tokens[start].Start;
            foreach (EntityMention mention in Near(from))
            {
                bool kindMatches = kinds switch
                {
                    PlaceKinds.City => mention.Entry?.Kind is "city",
                    PlaceKinds.CountryOrRegion => mention.Entry?.Kind is "country" or "region",
                    _ => true,
                };
                if (mention.Label == EntityLabel.Loc && mention.Start == from && kindMatches)
                {
                    int end = start;
                    while (end < limit && Tokens[end].End <= mention.End)
                    {
                        end++;
                    }

                    // "Munich-based": a place inside a longer token ends at no token.
                    return end > start && Tokens[end - 1].End == mention.End ? end : -1;
                }
            }

            return -1;
        }

        private int KnownOrganizationAt(int start)
        {
            int from = Tokens[start].Start;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Label == EntityLabel.Org && mention.Start == from && mention.Source == EntitySource.Lexicon)
                {
                    int end = start;
                    while (end < _sentence.EndToken && Tokens[end].End <= mention.End)
                    {
                        end++;
                    }

                    return end;
                }
            }

            return -1;
        }

        // A country or region ("Maharashtra plants", "European plant" name no single facility).
        private bool IsWideArea(int start, int end)
        {
            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Label == EntityLabel.Loc && mention.Start == from && mention.End == to && mention.Entry?.Kind is not ("city" or null))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsPlace(int start, int end)
        {
            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            foreach (EntityMention mention in Near(from))
            {
                if (mention.Label == EntityLabel.Loc && mention.Start == from && mention.End == to)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsAcronym(int i)
        {
            ReadOnlySpan<char> word = Word(i);
            foreach (char c in word)
            {
                if (CharClass.IsLower(c))
                {
                    return false;
                }
            }

            return word.Length > 1;
        }

        private int Emit(int start, int end, EntityLabel label, double confidence)
        {
            // "Gqeberha-based Ubuntu Seating": the description that opens the words is no part of the name.
            while (label == EntityLabel.Org && end - start > 1 && IsLocatedAdjective(Word(start)))
            {
                start++;
            }

            // "Tangier Automotive City", "Kocaeli Free Zone": a name that ends in a place head is an estate, never a company;
            // the words are consumed so that no shorter company is read from them.
            if (label == EntityLabel.Org && end - start > 1 && Word(end - 1) is "City" or "Park" or "Zone" or "Estate" or "Valley" or "Corridor")
            {
                return end;
            }

            int from = Tokens[start].Start, to = Tokens[end - 1].End;
            _output.Add(new EntityMention(from, to, label, Text[from..to].ToString(), confidence, EntitySource.Pattern));
            return end;
        }

        // The mentions that can start at or contain the offset: a window of the sorted mention list, found by binary
        // search, so that the look-ups stay linear in the document length.
        private ReadOnlySpan<EntityMention> Near(int offset)
        {
            ReadOnlySpan<EntityMention> mentions = _document.Entities.AsSpan();
            int lo = 0, hi = mentions.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (mentions[mid].Start <= offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            int first = lo;
            while (first > 0 && mentions[first - 1].Start > offset - MaxMentionLength)
            {
                first--;
            }

            return mentions[first..lo];
        }

        private ReadOnlySpan<char> Word(int i) => i >= 0 && i < Tokens.Length ? Tokens[i].Slice(Text) : default;
    }
}
