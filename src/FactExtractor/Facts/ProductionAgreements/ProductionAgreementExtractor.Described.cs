using System;
using System.Collections.Generic;
using FactExtractor.Entities;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Facts.ProductionAgreements;

/// <summary>Customers and makers the text describes instead of naming: "for the venture", "for its Chinese partner".</summary>
public sealed partial class ProductionAgreementExtractor
{
    private static readonly SpanLookup CollectiveNouns = new(["venture", "alliance", "partnership", "consortium"]);

    // "for the venture", "for the alliance", "for its Chinese partner": a role noun (after "the" or "its", with at most three
    // describing words) that stands for a company named before; null where nothing compatible was named.
    private static EntityMention? RoleDescribedCustomerAt(SentenceView sentence, int i)
    {
        i = AfterAside(sentence, i);
        if (sentence.Word(i) is not ("the" or "its"))
        {
            return null;
        }

        string? country = null;
        int noun = i + 1;
        while (noun < sentence.End && noun <= i + 4 && !CollectiveNouns.Contains(sentence.Word(noun)) && sentence.Word(noun) is not "partner")
        {
            // Describing words: a nationality ("Chinese"), or lower-case ones ("joint", "new").
            if (Entities.Lexicons.BuiltInLexicons.NationalityCodes.TryGetValue(sentence.Word(noun).ToString(), out string? code))
            {
                country = code;
            }
            else if (sentence.Tokens[noun].Kind != TokenKind.Word || !CharClass.IsLower(sentence.Word(noun)[0]) || sentence.MentionAt(noun) is not null)
            {
                return null;
            }

            noun++;
        }

        // Not "its partner's rivals", not "the alliance partner Kia" (a name after the noun is the customer itself).
        if (noun >= sentence.End || noun > i + 4 || sentence.Word(noun + 1) is "’s" or "'s" || sentence.MentionAt(noun + 1) is { Label: EntityLabel.Org })
        {
            return null;
        }

        if (sentence.Word(noun) is "partner")
        {
            // "assembled the Coolray for its Chinese partner": the brand of the model built, where the nationality fits; else
            // the company of that country named last.
            if (sentence.Word(i) is not "its")
            {
                return null;
            }

            EntityMention? builder = BuilderBefore(sentence, i);
            if (ObjectModelBrandBefore(sentence, i) is { } modelBrand && DescriptionFitsCountry(sentence, i, noun + 1, modelBrand))
            {
                // Not "The group plans to build the Corolla for its partner" after Toyota: its own model.
                return builder is not null && (modelBrand.Name == builder.Name || SameGroup(modelBrand, builder)) ? null : modelBrand;
            }

            return country is null ? null : CompanyOfCountryBefore(sentence, country, i, builder);
        }

        return sentence.Word(i) is "the" && country is null ? CollectiveNamedBefore(sentence, noun, sentence.Tokens[i].Start) : null;
    }

    // The company of a country named last before token <paramref name="at"/>, other than the subject that builds: "Toyota
    // and Suzuki are allies, and Toyota will build hybrids for its Japanese partner" (Suzuki, not Toyota).
    private static EntityMention? CompanyOfCountryBefore(SentenceView sentence, string country, int at, EntityMention? builder)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int start = MentionSearch.FirstStartingAtOrAfter(all, sentence.Tokens[at].Start) - 1;
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            if (all[m].Label == EntityLabel.Org && all[m].Entry?.Attributes.GetValueOrDefault("country") == country && !IsFinancier(all[m])
                && !(builder is not null && (all[m].Name == builder.Name || SameGroup(all[m], builder))))
            {
                return all[m];
            }
        }

        return null;
    }

    // The subject of the build verb that governs the "for" before token <paramref name="at"/>: named, or implied by a
    // pronoun or description; null where none is found.
    private static EntityMention? BuilderBefore(SentenceView sentence, int at) =>
        GoverningVerb(sentence, at - 1) is >= 0 and var verb ? SubjectBefore(sentence, verb, NoCompany) ?? ImpliedSubject(sentence) : null;

    // The organisation named last before an offset that a collective noun fits: a joint venture (by the lexicon) for "venture",
    // a name holding the noun ("Harmony Intelligent Mobility Alliance") for any of them.
    private static EntityMention? CollectiveNamedBefore(SentenceView sentence, int noun, int before)
    {
        ReadOnlySpan<char> word = sentence.Word(noun);
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int start = MentionSearch.FirstStartingAtOrAfter(all, before) - 1;
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            EntityMention mention = all[m];
            if (mention.Label != EntityLabel.Org || IsFinancier(mention))
            {
                continue;
            }

            if ((word is "venture" && mention.Entry?.Kind is "joint-venture") || HoldsWord(mention.Name, word) || HoldsWord(sentence.Document.Slice(mention.Span), word))
            {
                return mention;
            }
        }

        return word is "venture" ? sentence.RecentVenture() : null;
    }

    // Whether a name holds a word, whatever its case ("Mobility Alliance" holds "alliance").
    private static bool HoldsWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        int at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || name[at - 1] == ' ') && (at + word.Length == name.Length || name[at + word.Length] == ' ');
    }

    private static readonly SpanLookup TimeOpeners = new(["In", "From", "Since", "Until", "By", "Last", "Earlier", "Later", "Next", "This"]);

    // "Last year the group assembled …", "From 2026 the company will build …": only a time phrase (a date, with its
    // preposition) opens the sentence before token <paramref name="the"/>, without a comma.
    private static bool AfterFrontedTime(SentenceView sentence, int the)
    {
        if (the - sentence.First > 5 || !TimeOpeners.Contains(sentence.Word(sentence.First)))
        {
            return false;
        }

        bool dated = false;
        for (int k = sentence.First; k < the; k++)
        {
            bool date = sentence.MentionAt(k) is { Label: EntityLabel.Date };
            dated |= date;
            if (!date && !(k == sentence.First && TimeOpeners.Contains(sentence.Word(k))))
            {
                return false;
            }
        }

        return dated;
    }

    // "The Mercedes G-Class is the plant's anchor. The company has built the off-roader for the Stuttgart carmaker since 1979":
    // an object that only names a kind of vehicle before "for" is the model the sentence before named last (none of this
    // sentence's); its brand is the described customer. Null where the object names a model or no vehicle.
    private static EntityMention? DescribedObjectModelBrand(SentenceView sentence, int at)
    {
        int forAt = at - 1;
        while (forAt > sentence.First && sentence.Word(forAt) is not "for")
        {
            forAt--;
        }

        int noun = forAt - 1;
        if (noun <= sentence.First || !VehicleNouns.Contains(sentence.Word(noun)))
        {
            return null;
        }

        int the = noun - 1;
        while (the > sentence.First && the >= noun - 3 && sentence.Word(the) is not "the" && sentence.Tokens[the].Kind == TokenKind.Word
            && CharClass.IsLower(sentence.Word(the)[0]) && sentence.MentionAt(the) is null)
        {
            the--;
        }

        if (sentence.Word(the) is not "the" || !BuildVerbs.Contains(sentence.Word(the - 1)) || LastProduct(sentence) is not null || sentence.Index == 0)
        {
            return null;
        }

        SentenceView before = SentenceView.At(sentence.Document, sentence.Index - 1);
        return LastProduct(before) is { } model ? BrandOf(before, model) : null;
    }

    private static readonly SpanLookup PluralCompanyNouns = new(["brands", "carmakers", "automakers", "companies", "makers", "marques", "manufacturers"]);

    // "builds the BMW Z4 and the Toyota GR Supra for the two carmakers", "assembles the ID.3 as well as the Audi Q4 e-tron and
    // the Cupra Born for sister brands": a plural description of customers after "for" stands for the brands of the models
    // listed as the object, each one not the builder's own. Adds nothing where no such model is listed.
    private static void AddBrandsOfListedModels(SentenceView sentence, int forAt, EntityMention? implied, List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> results)
    {
        int k = forAt + 1;
        if (sentence.Word(k) is "the" or "its" or "their")
        {
            k++;
        }

        int describers = 0;
        while (k < sentence.End && describers < 3 && sentence.Word(k) is "two" or "three" or "both" or "sister" or "other" or "partner" or "respective" or "group")
        {
            k++;
            describers++;
        }

        if (describers == 0 || !PluralCompanyNouns.Contains(sentence.Word(k)) || sentence.MentionAt(k + 1) is { Label: EntityLabel.Org } || ListedModelsVerb(sentence, forAt) is not (>= 0 and var verb))
        {
            return;
        }

        // "Graz turns out the G-Class for Mercedes-Benz, and the plant builds …": a plant or "it" as the subject of a later clause
        // is the builder of the sentence's earlier clause.
        int subject = verb - 1;
        while (subject > sentence.First && SubjectFillers.Contains(sentence.Word(subject)))
        {
            subject--;
        }

        bool plantOrPronoun = PlantNouns.Contains(sentence.Word(subject)) || sentence.Word(subject) is "it";
        EntityMention? maker = (plantOrPronoun && results.Count > 0 ? results[^1].Manufacturer : null) ?? SubjectPhraseOwner(sentence, verb, NoCompany) ?? PronounSubject(sentence, verb, NoCompany, implied) ?? SubjectBefore(sentence, verb, NoCompany)
            ?? CoordinatedSubject(sentence, verb, NoCompany, implied) ?? implied;
        if (maker is null)
        {
            return;
        }

        string? added = null;
        for (int t = verb + 1; t < forAt; t++)
        {
            if (sentence.MentionAt(t) is not { Label: EntityLabel.Product } model || sentence.TokenAt(model.Start) != t || BrandOf(sentence, model) is not { } brand
                || brand.Name == maker.Name || SameGroup(brand, maker) || brand.Name == added)
            {
                continue;
            }

            results.Add((maker, brand, "productionAgreement.for-listed-brands"));
            added = brand.Name;
        }
    }

    // The build verb whose object, a list of models, ends right before "for": "assembles the ID.3, ID.4 and ID.5, as well as the
    // Audi Q4 e-tron and the Cupra Born for", "builds the BMW Z4 and its twin, the Toyota GR Supra, for"; -1 where other words
    // stand between.
    private static int ListedModelsVerb(SentenceView sentence, int forAt)
    {
        for (int k = forAt - 1; k > sentence.First && k >= forAt - 30; k--)
        {
            if (BuildVerbs.Contains(sentence.Word(k)))
            {
                return k;
            }

            bool listed = sentence.MentionAt(k) is { Label: EntityLabel.Product } || sentence.Word(k) is "the" or "and" or "," or "its" or "their" or "twin" or "as" or "well"
                || (sentence.Tokens[k].Kind == TokenKind.Word && CharClass.IsLower(sentence.Word(k)[0]) && sentence.MentionAt(k + 1) is { Label: EntityLabel.Product });
            if (!listed)
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly SpanLookup AddVerbs = new(["add", "adds", "added", "adding"]);

    // After the other rules, so that a sentence's agreements they find come first: "builds the Egea for its owner and will add a
    // van for several Stellantis brands".
    private static void AddAddedModelsForAll(Document document, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        // A view only for the sentences that hold a form of "add".
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            Tokenization.Sentence sentence = document.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (AddVerbs.Contains(tokens[t].Slice(document.Text)))
                {
                    AddAddedModelsFor(document, SentenceView.At(document, s), seen, output);
                    break;
                }
            }
        }
    }

    // "the plant will add a hybrid model for sister brand Kia and, later, a vehicle for its Genesis marque", "It will add vehicles
    // for GAC": a plant or company adding a vehicle (a model noun or a named model) to its output for another company.
    private static void AddAddedModelsFor(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        int verb = sentence.FindFirst(AddVerbs, sentence.First + 1, sentence.End);
        if (verb < 0 || IsNegated(sentence))
        {
            return;
        }

        EntityMention? maker = null;
        bool vehicle = false;
        for (int k = verb + 1; k + 1 < sentence.End && k <= verb + 24; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            vehicle |= VehicleWords.Contains(word) || word is "vehicle" or "vehicles" || sentence.MentionAt(k) is { Label: EntityLabel.Product };
            if (word is "." or ";" or "but" or "while" or "which" or "that" or "where" or "whose" or "who" || (word is not "for" && sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Money or EntityLabel.Percent }))
            {
                return;
            }

            if (word is not "for")
            {
                continue;
            }

            // Only "for" right after a vehicle phrase: not "add a shift for the Kia", "add 300 jobs for Kia".
            if (!vehicle || (ActorAt(sentence, k + 1) ?? DescribedCustomerAt(sentence, k + 1) ?? RoleDescribedCustomerAt(sentence, k + 1)) is not { Label: EntityLabel.Org } customer)
            {
                return;
            }

            maker ??= SubjectPhraseOwner(sentence, verb, customer) ?? PronounSubject(sentence, verb, customer, ImpliedSubject(sentence)) ?? SubjectBefore(sentence, verb, customer)
                ?? CoordinatedClauseBuilder(sentence, verb, customer);
            if (maker is null || maker.Name == customer.Name || SameGroup(maker, customer) || IsFinancier(maker) || IsFinancier(customer))
            {
                return;
            }

            if (seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, verb, maker, customer, "productionAgreement.adds-model-for", output);
            }

            // "… and, later, a vehicle for …": the next vehicle phrase of the same verb (past a customer named here; a described
            // one may be named before the sentence).
            vehicle = false;
            k = Math.Max(k, sentence.TokenAt(customer.End) - 1);
        }
    }

    // "The site, built with … from Nissan and Daimler, has assembled": the plant noun opening the sentence before an aside that
    // ends at the comma at <paramref name="comma"/>; -1 where the sentence does not open so.
    private static int PlantBeforeAside(SentenceView sentence, int comma)
    {
        int plant = sentence.First + 1;
        if (sentence.Word(comma) is not "," || sentence.Word(sentence.First) is not "The" || !PlantNouns.Contains(sentence.Word(plant))
            || sentence.Word(plant + 1) is not "," || plant + 1 >= comma - 1)
        {
            return -1;
        }

        for (int k = plant + 2; k < comma; k++)
        {
            // Not "The plant, to be run by a joint venture called Ebrocell, …": an aside that names who runs it.
            if (sentence.Word(k) is "," or ";" or "which" or "that" or "who" or "run" or "owned" or "operated" or "called" or "named" || sentence.Tokens[k].Kind == TokenKind.Quote)
            {
                return -1;
            }
        }

        return plant;
    }

    private static readonly SpanLookup ContractNouns = new(["contract", "contracts", "order", "orders", "deal", "deals", "mandate", "tender"]);

    private static readonly SpanLookup WinVerbs = new(["won", "wins", "win", "secured", "secures", "landed", "lands", "signed", "signs", "received", "receives", "clinched", "bagged"]);

    // "It has won an order to assemble …", "it signed a contract to build …": the verb of winning, whose subject builds; the build
    // verb itself where no such phrase stands before it.
    private static int WonContractTo(SentenceView sentence, int verb)
    {
        if (verb - 3 <= sentence.First || sentence.Word(verb - 1) is not "to" || !ContractNouns.Contains(sentence.Word(verb - 2)))
        {
            return verb;
        }

        for (int k = verb - 3; k > sentence.First && k >= verb - 6; k--)
        {
            if (WinVerbs.Contains(sentence.Word(k)))
            {
                return k;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word || sentence.MentionAt(k) is { Label: not (EntityLabel.Money or EntityLabel.Cardinal or EntityLabel.Ordinal) } || !CharClass.IsLower(sentence.Word(k)[0]))
            {
                return verb;
            }
        }

        return verb;
    }

    // "The company builds the Egea for its owner and, from next year, will add a van for …": a verb joined by "and" (past an
    // adjunct set off by commas) shares the subject of the build verb before it.
    private static EntityMention? CoordinatedClauseBuilder(SentenceView sentence, int verb, EntityMention customer)
    {
        int k = verb - 1;
        while (k > sentence.First && SubjectFillers.Contains(sentence.Word(k)))
        {
            k--;
        }

        if (sentence.Word(k) is "," && sentence.FindLast(Commas, Math.Max(sentence.First, k - 8), k) is > 0 and var open)
        {
            k = open - 1;
        }

        if (k <= sentence.First || sentence.Word(k) is not "and" || sentence.FindLast(BuildVerbs, sentence.First, k) is not (>= 0 and var first))
        {
            return null;
        }

        EntityMention? implied = ImpliedSubject(sentence);
        return SubjectPhraseOwner(sentence, first, customer) ?? PronounSubject(sentence, first, customer, implied) ?? SubjectBefore(sentence, first, customer)
            ?? (first == FirstBuildVerb(sentence) ? Unless(implied, customer) : null);
    }

    // "for other brands, Porsche among them", "for several carmakers, including BMW and Volvo": the company the text names as
    // one of the customers a plural describes (the coordination adds the next); null where it names none.
    private static EntityMention? NamedMemberAt(SentenceView sentence, int at)
    {
        int noun = at;
        while (noun < sentence.End && noun <= at + 3 && !PluralCompanyNouns.Contains(sentence.Word(noun)) && sentence.Word(noun) is not "customers"
            && sentence.Tokens[noun].Kind == TokenKind.Word && sentence.MentionAt(noun) is null or { Label: EntityLabel.Cardinal })
        {
            noun++;
        }

        if (noun == at || noun > at + 3 || !(PluralCompanyNouns.Contains(sentence.Word(noun)) || sentence.Word(noun) is "customers") || sentence.Word(noun + 1) is not ",")
        {
            return null;
        }

        int name = sentence.Word(noun + 2) is "including" ? noun + 3 : sentence.Word(noun + 2) is "such" && sentence.Word(noun + 3) is "as" ? noun + 4 : noun + 2;
        if (sentence.MentionAt(name) is not { Label: EntityLabel.Org } member || sentence.TokenAt(member.Start) != name)
        {
            return null;
        }

        // Without "including", only "X among them".
        return name > noun + 2 || (sentence.Word(sentence.TokenAt(member.End)) is "among" && sentence.Word(sentence.TokenAt(member.End) + 1) is "them") ? member : null;
    }

    // The organisation before an apposition that ends at the comma at <paramref name="comma"/>: "Envision AESC, Nissan's former
    // battery arm," → Envision AESC; null where the words between the commas are no description (lower-case words, a
    // possessor's name and its "'s", a nationality).
    private static EntityMention? AppositionHead(SentenceView sentence, int comma)
    {
        bool noun = false;
        for (int k = comma - 1; k > sentence.First && k >= comma - 8; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is ",")
            {
                return noun && sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } head && sentence.TokenAt(head.End) == k ? head : null;
            }

            bool possessor = sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Loc } && sentence.Word(k + 1) is "’s" or "'s";
            bool describing = word is "’s" or "'s" || possessor || Entities.Lexicons.BuiltInLexicons.NationalityCodes.ContainsKey(word.ToString())
                || (sentence.Tokens[k].Kind == TokenKind.Word && sentence.MentionAt(k) is null && CharClass.IsLower(word[0]) && word is not ("which" or "that" or "and" or "who"));
            if (!describing)
            {
                return null;
            }

            noun |= Entities.Names.NameCues.CompanyDescriptors.Contains(word);
        }

        return null;
    }

    // "Nissan will produce a Mitsubishi-badged version of the next Leaf", "builds Ford-badged vans": the company whose badge
    // the object of a build verb carries is the customer.
    private static void AddBadgedObject(SentenceView sentence, int verb, EntityMention? implied, List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> results)
    {
        if (!BuildVerbs.Contains(sentence.Word(verb)) || IsPassive(sentence, verb) || sentence.Word(verb) is "production" or "assembly" or "manufacturing" or "sold" or "sell" or "sells" or "marketed")
        {
            return;
        }

        int k = verb + 1;
        while (k < sentence.End && k <= verb + 3 && sentence.Word(k) is "a" or "an" or "the" or "new" or "its" or "their")
        {
            k++;
        }

        if (sentence.MentionAt(k) is not { Label: EntityLabel.Org } badge || sentence.TokenAt(badge.Start) != k
            || !sentence.Document.Text.AsSpan(badge.End).StartsWith("-badged", StringComparison.Ordinal))
        {
            return;
        }

        if ((SubjectBefore(sentence, verb, badge) ?? PronounSubject(sentence, verb, badge, implied)) is { } maker && maker.Name != badge.Name && !SameGroup(maker, badge))
        {
            results.Add((maker, badge, "productionAgreement.badged"));
        }
    }

    // "From 2026 the B10 will be built for the venture at Figueruelas": an agentless passive whose customer follows "for" is built
    // by the company the text placed in the town named after it.
    private static EntityMention? PassiveTownOwner(SentenceView sentence, int verb, int customerAt, EntityMention client)
    {
        if (!IsPassive(sentence, verb) || sentence.FindFirst(AgentWords, verb, sentence.End) >= 0)
        {
            return null;
        }

        for (int k = customerAt; k + 1 < sentence.End && k <= customerAt + 8; k++)
        {
            if (sentence.Word(k) is "," or ";" or "and" or "but" or "which" or "while")
            {
                return null;
            }

            if (sentence.Word(k) is "at" or "in" && sentence.MentionAt(k + 1) is { Label: EntityLabel.Loc, Entry.Kind: "city" or null } town
                && sentence.TokenAt(town.Start) == k + 1)
            {
                // Else the company the text is speaking of.
                return (OwnerOfTown(sentence, town) ?? sentence.LastSubjectBefore(client.Name, notFinancier: true)) is { } owner
                    && owner.Name != client.Name && !SameGroup(owner, client) ? owner : null;
            }
        }

        return null;
    }

    // Whether an agentless passive of building names its customer after "for" and then a town: "will be built for Leapmotor at
    // Figueruelas" (the town's company is the other party).
    private static bool HasPassiveForTown(SentenceView sentence)
    {
        for (int verb = sentence.FindFirst(BuildVerbs, sentence.First, sentence.End); verb >= 0; verb = sentence.FindFirst(BuildVerbs, verb + 1, sentence.End))
        {
            if (IsPassive(sentence, verb) && sentence.FindFirst(ForWords, verb + 1, Math.Min(sentence.End, verb + 3)) is >= 0 and var forAt && sentence.Word(forAt) is "for"
                && ActorAt(sentence, forAt + 1) is { } client && PassiveTownOwner(sentence, verb, forAt + 1, client) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup OtherCustomerWords = new(["second", "third", "another", "other", "unnamed", "undisclosed", "unidentified", "new"]);

    // An indefinite description of customers in tokens [at, noun] that the text names nearby, so that it is no customer of its
    // own: "will build an SUV for Mitsubishi Motors, … to make a car for a Japanese brand" (a company of that country named in
    // the sentence), "for two Chinese carmakers. … the Aion V for GAC … the G6 and G9 for XPeng" (as many customers named
    // after "for" or "to" in the next sentence).
    private static bool IndefiniteNamedNearby(SentenceView sentence, int at, int noun)
    {
        int count = sentence.Word(at) switch { "two" => 2, "three" => 3, "four" => 4, _ => 1 };
        if (count == 1)
        {
            // Not "a second German carmaker", "an unnamed German carmaker": another one, or one the text withholds.
            if (NationalityIn(sentence, at + 1, noun) is not { } country || sentence.FindFirst(OtherCustomerWords, at + 1, noun) >= 0)
            {
                return false;
            }

            foreach (EntityMention mention in sentence.Mentions)
            {
                int token = sentence.TokenAt(mention.Start);
                if (mention.Label == EntityLabel.Org && mention.Entry?.Attributes.GetValueOrDefault("country") == country && token < at
                    && token > sentence.First && sentence.Word(token - 1) is "for" or "to")
                {
                    return true;
                }
            }

            return false;
        }

        if (sentence.Index + 1 >= sentence.Document.Sentences.Length)
        {
            return false;
        }

        SentenceView next = SentenceView.At(sentence.Document, sentence.Index + 1);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in next.Mentions)
        {
            int token = next.TokenAt(mention.Start);
            if (mention.Label == EntityLabel.Org && token > next.First && next.Word(token - 1) is "for" or "to")
            {
                named.Add(mention.Name);
            }
        }

        return named.Count >= count;
    }
}
