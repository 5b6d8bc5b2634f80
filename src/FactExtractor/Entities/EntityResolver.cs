using System;
using System.Collections;
using System.Collections.Generic;
using FactExtractor.Entities.Lexicons;
using FactExtractor.Entities.Names;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities;

/// <summary>
/// Entity resolution inside one document: gives every mention its canonical name and attaches later short forms to the
/// full names met in the document. An organisation found by pattern takes the lexicon's canonical name when its name,
/// or its name without corporate words, is listed (<c>Toyota Motor Corp.</c> → <c>Toyota</c>). A person's surname
/// (<c>de Meo</c>, <c>Wolska</c>) refers to the full name (<c>Luca de Meo</c>), and so does <c>Ms. Wolska</c>; the first word
/// of an unlisted organisation (<c>Voltara</c> for <c>Voltara Systems</c>) refers to it; <c>the Group</c> refers to the
/// last group named before it. Brands keep their own name; their group is in <see cref="LexiconEntry.Parent"/>.
/// </summary>
public sealed class EntityResolver
{
    private static readonly SpanLookup GenericFirstWords = new(
    [
        "General", "United", "National", "American", "First", "Great", "Royal", "International", "Global", "North", "South",
        "East", "West", "New", "Central", "European", "Asian", "China", "Chinese", "Japan", "Japanese", "German", "French",
        "British", "Indian", "Korean", "Spanish", "Italian", "US", "U.S.", "UK", "U.K.", "The", "Tier", "Motor", "Auto",
    ]);

    private readonly LexiconRecognizer? _lexicon;

    /// <summary>Creates a resolver.</summary>
    /// <param name="lexicon">The lexicons that hold canonical names, or null.</param>
    public EntityResolver(LexiconRecognizer? lexicon)
    {
        _lexicon = lexicon;
    }

    /// <summary>A resolver over the built-in lexicons.</summary>
    public static EntityResolver Default { get; } = new(BuiltInModels.LexiconRecognizer);

    /// <summary>Resolves the mentions of a document.</summary>
    /// <param name="document">The document, with tokens.</param>
    /// <param name="mentions">Non-overlapping mentions in text order.</param>
    /// <returns>The mentions with canonical names, plus the short forms found, in text order.</returns>
    public IReadOnlyList<EntityMention> Resolve(Document document, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new List<EntityMention>(mentions.Count);
        foreach (EntityMention mention in mentions)
        {
            result.Add(mention.Label == EntityLabel.Org && mention.Entry is null ? CanonicalOrganization(document, mention) : mention);
        }

        var shortForms = new ShortForms();
        RegisterPersons(document, result, shortForms);

        // "Brandt said …" taken for a company is the surname of a person the document names in full — unless a company
        // of the document bears the name too ("Tezcan Otomotiv" and "Selim Tezcan") and no speech verb stands beside it.
        var companyFirstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in result)
        {
            if (mention.Label == EntityLabel.Org && mention.Name.IndexOf(' ') is > 0 and var space)
            {
                companyFirstWords.Add(mention.Name[..space]);
            }
        }

        for (int m = 0; m < result.Count; m++)
        {
            EntityMention mention = result[m];
            if (mention.Label == EntityLabel.Org && mention.Entry is null && mention.Source == EntitySource.Pattern
                && !(companyFirstWords.Contains(document.Slice(mention.Span).ToString()) && !NextToSpeechVerb(document, mention))
                && shortForms.TryGet(document.Slice(mention.Span), EntityLabel.Person, out string? person))
            {
                result[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Person, person!, mention.Confidence, mention.Source);
            }
        }

        // A headline's shorter name first takes the body's full one, so that both register the same short forms.
        ExtendPrefixNames(result);
        RegisterAcronyms(document, result, shortForms);
        RegisterOrganizations(document, result, shortForms);
        CompanyTowns(document, result);
        CompanyModelNames(document, result);
        ApplyShortForms(document, result, shortForms);
        ResolveGroupReferences(document, result);
        ResolveInterviewFirstPerson(document, result);
        TownDescribedCompanies(document, result);
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private EntityMention CanonicalOrganization(Document document, EntityMention mention)
    {
        if (_lexicon is null)
        {
            return mention;
        }

        // Drop trailing corporate words and commas one by one: "Toyota Motor Corp." → "Toyota Motor" → "Toyota".
        ReadOnlySpan<Token> tokens = TokensIn(document, mention);
        for (int end = tokens.Length; end > 0; end--)
        {
            ReadOnlySpan<char> candidate = document.Text.AsSpan(tokens[0].Start, tokens[end - 1].End - tokens[0].Start);
            if (_lexicon.TryFindEntry(candidate, out LexiconEntry entry) && entry.Label == EntityLabel.Org)
            {
                return new EntityMention(mention.Start, mention.End, EntityLabel.Org, entry.Name, mention.Confidence, mention.Source, mention.Value) { Entry = entry };
            }

            ReadOnlySpan<char> last = tokens[end - 1].Slice(document.Text);
            if (end < tokens.Length && !NameCues.CorporateWords.Contains(last) && last is not ",")
            {
                break;
            }
        }

        // Unlisted: the name without its legal form ("Huayan Motor Co., Ltd." → "Huayan Motor").
        int keep = tokens.Length;
        while (keep > 1 && NameCues.LegalForms.Contains(tokens[keep - 1].Slice(document.Text)))
        {
            keep--;
        }

        if (keep < tokens.Length)
        {
            string name = document.Text[tokens[0].Start..tokens[keep - 1].End];
            return new EntityMention(mention.Start, mention.End, EntityLabel.Org, name, mention.Confidence, mention.Source, mention.Value);
        }

        return mention;
    }

    private static void RegisterPersons(Document document, List<EntityMention> mentions, ShortForms shortForms)
    {
        foreach (EntityMention mention in mentions)
        {
            if (mention.Label != EntityLabel.Person)
            {
                continue;
            }

            ReadOnlySpan<Token> tokens = TokensIn(document, mention);
            if (tokens.Length < 2)
            {
                continue;
            }

            // The surname: what follows the given name and any initials ("John F. Smith" → "Smith", "Luca de Meo" → "de Meo").
            int k = 1;
            while (k < tokens.Length - 1 && tokens[k].Kind == TokenKind.Abbreviation)
            {
                k++;
            }

            shortForms.Add(document, tokens[k..], mention.Name, EntityLabel.Person);

            // "Nattapong said" after "Nattapong Srisuk": the given name, where no other person of the document shares it.
            if (tokens[0].Kind == TokenKind.Word && tokens[0].Length > 2)
            {
                shortForms.Add(document, tokens[..1], mention.Name, EntityLabel.Person);
            }

            // "Lula told …" after "Luiz Inácio Lula da Silva", "Silva" and "da Silva": in names of three words or more, each
            // later capitalised word, and the last with its particle, name the person too.
            if (tokens.Length >= 3)
            {
                for (int j = 1; j < tokens.Length; j++)
                {
                    // Not a title inside the span ("Social Affairs Minister Marisol Touraine"), nor a word of a company's name
                    // ("Serrano" of Grupo Serrano beside Luis Serrano Ortega).
                    ReadOnlySpan<char> part = tokens[j].Slice(document.Text);
                    if (tokens[j].Kind == TokenKind.Word && part.Length > 3 && char.IsUpper(part[0]) && !NameCues.Default.TitleWords.Contains(part)
                        && !InOrganizationName(mentions, document, part))
                    {
                        shortForms.Add(document, tokens[j..(j + 1)], mention.Name, EntityLabel.Person);
                    }
                }

                if (tokens[^2].Kind == TokenKind.Word && char.IsLower(tokens[^2].Slice(document.Text)[0]))
                {
                    shortForms.Add(document, tokens[^2..], mention.Name, EntityLabel.Person);
                }
            }
        }
    }

    // Whether a word is one of the words of an organisation named in the document.
    private static bool InOrganizationName(List<EntityMention> mentions, Document document, ReadOnlySpan<char> word)
    {
        foreach (EntityMention mention in mentions)
        {
            if (mention.Label != EntityLabel.Org)
            {
                continue;
            }

            ReadOnlySpan<char> name = document.Slice(mention.Span);
            int at = name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(name[at - 1])) && (at + word.Length == name.Length || !char.IsLetter(name[at + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static void RegisterOrganizations(Document document, List<EntityMention> mentions, ShortForms shortForms)
    {
        // "Arteaga" and "Arteaga Autopartes" for "Grupo Arteaga Autopartes", "Serrana" for "Carrocerias Serrana": the name
        // after an opening corporate word. First, so that a headline's "Arteaga Autopartes" registers its own short forms
        // under the full name.
        foreach (EntityMention mention in mentions)
        {
            if (IsUnlistedPatternOrganization(mention) && TokensIn(document, mention) is { Length: >= 2 } tokens && tokens[0].Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> first = tokens[0].Slice(document.Text);
                if ((first is "Grupo" or "Groupe" or "Gruppo" or "Grupa" || (tokens.Length == 2 && first is "Carrocerias" or "Carrocerías" or "Metalúrgica"
                        or "Metalurgica" or "Industrias" or "Fundiciones" or "Autobusy" or "Autos"))
                    && tokens[1].Kind == TokenKind.Word && tokens[1].Length > 2 && (tokens.Length > 2 || first is not ("Grupo" or "Groupe" or "Gruppo" or "Grupa")))
                {
                    shortForms.Add(document, tokens.Slice(1, 1), mention.Name, EntityLabel.Org);
                    if (tokens.Length > 2)
                    {
                        shortForms.Add(document, tokens[1..], mention.Name, EntityLabel.Org);
                    }
                }
            }
        }

        foreach (EntityMention mention in mentions)
        {
            if (!IsUnlistedPatternOrganization(mention))
            {
                continue;
            }

            ReadOnlySpan<Token> tokens = TokensIn(document, mention);
            if (tokens.Length == 0 || tokens[0].Kind != TokenKind.Word)
            {
                continue;
            }

            // The name the mention stands for: its own, or the longer name an opening word was dropped from.
            string name = shortForms.TryGet(document.Text.AsSpan(mention.Start, mention.End - mention.Start), EntityLabel.Org, out string? longer) && longer is not null
                ? longer
                : mention.Name;

            // Not "Rheinhart" for "the Rheinhart family": the family is named after the company or its founder, and the short
            // form stays the company's.
            ReadOnlySpan<char> first = tokens[0].Slice(document.Text);
            // Nor "Sunderland" for "Sunderland City Council": a public body is named after its place, and the place stays a place.
            if (tokens.Length > 1 && first.Length > 2 && !GenericFirstWords.Contains(first) && !NameCues.CorporateWords.Contains(first)
                && !NameCues.Default.Nationalities.ContainsKey(first) && !mention.Name.EndsWith(" family", StringComparison.Ordinal)
                && !PublicBodyNouns.Contains(tokens[^1].Slice(document.Text)))
            {
                shortForms.Add(document, tokens[..1], name, EntityLabel.Org);
            }

            // "Siam Rattana" for "Siam Rattana Holdings": the name without its last corporate words.
            int keep = tokens.Length;
            while (keep > 2 && NameCues.CorporateWords.Contains(tokens[keep - 1].Slice(document.Text)))
            {
                keep--;
            }

            if (keep >= 2 && keep < tokens.Length && !GenericFirstWords.Contains(first) && tokens[keep - 1].Kind == TokenKind.Word)
            {
                shortForms.Add(document, tokens[..keep], name, EntityLabel.Org);
            }
        }

        // One-word names found once ("Kestrel said …") stand wherever the document repeats them, unless a longer name
        // already claims the word.
        foreach (EntityMention mention in mentions)
        {
            if (mention.Label == EntityLabel.Org && mention.Entry is null && mention.Source == EntitySource.Pattern
                && TokensIn(document, mention) is { Length: 1 } single && single[0].Kind == TokenKind.Word && single[0].Length > 2)
            {
                shortForms.AddIfAbsent(document, single, mention.Name, EntityLabel.Org);
            }
        }
    }

    // "PT Astra International … Astra and Daihatsu will each contribute …": a one-word model name ("Astra", the Opel) that is
    // a word of a company the document names, while the model's brand goes unnamed, is that company.
    private static void CompanyModelNames(Document document, List<EntityMention> mentions)
    {
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            if (mention.Label != EntityLabel.Product || mention.Entry?.Attributes.GetValueOrDefault("brand") is not { Length: > 0 } brand
                || TokensIn(document, mention).Length != 1 || document.Text.Contains(brand, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> word = document.Slice(mention.Span);
            foreach (EntityMention other in mentions)
            {
                if (other.Label == EntityLabel.Org && HasWord(other.Name, word))
                {
                    mentions[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Org, other.Name, 0.7, EntitySource.Pattern);
                    break;
                }
            }
        }
    }

    private static bool HasWord(string name, ReadOnlySpan<char> word)
    {
        int at = name.AsSpan().IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || name[at - 1] == ' ') && (at + word.Length == name.Length || name[at + word.Length] == ' ');
    }

    private static readonly SpanLookup PublicBodyNouns = new(
    [
        "Council", "council", "Municipality", "municipality", "Government", "government", "Authority", "Agency", "Commission", "Ministry",
        "Department", "Prefecture", "Assembly", "Senate", "Parliament", "Administration",
    ]);

    private static bool IsUnlistedPatternOrganization(EntityMention mention) =>
        mention.Label == EntityLabel.Org && mention.Entry is null && mention.Source == EntitySource.Pattern;

    // "Škoda Auto Volkswagen India Pvt. Ltd. (SAVWIPL)", "Toyota Battery Manufacturing North Carolina, or TBMNC":
    // an acronym introduced right after a name stands for it from there on.
    private static void RegisterAcronyms(Document document, List<EntityMention> mentions, ShortForms shortForms)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<char> text = document.Text;
        foreach (EntityMention mention in mentions)
        {
            if (mention.Label != EntityLabel.Org)
            {
                continue;
            }

            // "Ferghana Auto Industries JSC (“FAI”)": past a legal form, and past quotation marks around the acronym.
            int after = TokenIndexAt(tokens, mention.End);
            while (after < tokens.Length && after < TokenIndexAt(tokens, mention.End) + 3 && tokens[after].Kind != TokenKind.Punctuation
                && NameCues.LegalForms.Contains(tokens[after].Slice(text)))
            {
                after++;
            }

            int acronym = after + 1 < tokens.Length && tokens[after].Slice(text) is "(" ? after + 1
                : after + 2 < tokens.Length && tokens[after].Slice(text) is "," && tokens[after + 1].Slice(text) is "or" ? after + 2
                : -1;
            if (acronym > 0 && acronym + 1 < tokens.Length && tokens[acronym].Kind == TokenKind.Quote)
            {
                acronym++;
            }

            if (acronym < 0 || !IsAcronym(tokens[acronym].Slice(text)))
            {
                continue;
            }

            shortForms.Add(document, tokens.Slice(acronym, 1), mention.Name, EntityLabel.Org);
        }
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 8)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!CharClass.IsUpper(c) && !CharClass.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int TokenIndexAt(ReadOnlySpan<Token> tokens, int offset) => TokenSearch.FirstAtOrAfter(tokens, offset);

    // "Spanish carmaker Solano builds …": a town's name right after a company noun is a company's name, and so is the same
    // name elsewhere where no preposition of place stands before it ("Solano's delivery van").
    private static void CompanyTowns(Document document, List<EntityMention> mentions)
    {
        HashSet<string>? companyTowns = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];

            // "supported by the Kingdom of Morocco", "The Republic of Korea will contribute …": a state's formal name, where no
            // preposition of place stands before it, names the state that acts.
            if (mention.Label is EntityLabel.Loc && mention.Entry?.Kind is "country" && !AfterPlacePreposition(document, mention)
                && document.Slice(mention.Span) is var formal && (formal.StartsWith("Kingdom of ", StringComparison.Ordinal) || formal.StartsWith("Republic of ", StringComparison.Ordinal)))
            {
                mentions[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Org, formal.ToString(), 0.7, EntitySource.Pattern);
                continue;
            }

            // "Ottawa will contribute C$500 million", "Ottawa and the Quebec government each committed …": a national capital
            // that pays, grants or speaks is its country's government.
            if (mention.Label is EntityLabel.Loc && NameCues.NationalCapitals.TryGetValue(document.Slice(mention.Span), out string? country)
                && !AfterPlacePreposition(document, mention) && GovernmentActsAfter(document, mention))
            {
                mentions[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Org, "Government of " + country, 0.7, EntitySource.Pattern);
                continue;
            }

            bool describedBefore = PreviousWord(document, mention) is { Length: > 0 } previous && NameCues.CompanyDescriptors.Contains(previous) && CharClass.IsLower(previous[0]);
            if (mention.Label is EntityLabel.Loc && mention.Entry?.Kind is "city" or null && !CharClass.IsAllCapitals(document.Slice(mention.Span))
                && (describedBefore || DescribedAfter(document, mention)))
            {
                string name = document.Slice(mention.Span).ToString();
                (companyTowns ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                mentions[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Org, name, 0.65, EntitySource.Pattern);
            }
        }

        for (int m = 0; companyTowns is not null && m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            if (mention.Label is EntityLabel.Loc && companyTowns.Contains(document.Slice(mention.Span).ToString()) && !AfterPlacePreposition(document, mention))
            {
                mentions[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Org, document.Slice(mention.Span).ToString(), 0.6, EntitySource.Pattern);
            }
        }
    }

    private static readonly SpanLookup GovernmentActs = new(
    [
        "contributed", "contributes", "contribute", "committed", "commits", "commit", "pledged", "pledges", "pledge", "granted", "grants",
        "grant", "provided", "provides", "provide", "offered", "offers", "offer", "approved", "approves", "approve", "lent", "lends", "lend",
        "invested", "invests", "invest", "put", "puts", "awarded", "awards", "award", "said", "says",
        "contributing", "committing", "pledging", "granting", "providing", "offering", "lending", "investing", "putting", "awarding",
        "give", "gives", "gave", "giving",
    ]);

    private static readonly SpanLookup GovernmentActAuxiliaries = new(["will", "would", "has", "have", "had", "also", "each", "is", "was", "are", "to", "agreed", "then", "jointly", "together", "now"]);

    // The verb after a capital, past auxiliaries and one coordinated government ("and the Quebec government"), is one of
    // paying, granting or saying.
    private static bool GovernmentActsAfter(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int k = TokenIndexAt(tokens, mention.End);
        if (k < tokens.Length && tokens[k].Slice(document.Text) is "and")
        {
            int limit = k + 5;
            k++;
            while (k < tokens.Length && k < limit && tokens[k].Slice(document.Text) is not ("government" or "governments"))
            {
                k++;
            }

            if (k >= tokens.Length || tokens[k].Slice(document.Text) is not ("government" or "governments"))
            {
                return false;
            }

            k++;
        }

        for (int limit = k + 3; k < tokens.Length && k < limit && GovernmentActAuxiliaries.Contains(tokens[k].Slice(document.Text)); k++)
        {
        }

        return k < tokens.Length && GovernmentActs.Contains(tokens[k].Slice(document.Text));
    }

    private static readonly SpanLookup TownCompanyNouns = new(
    [
        "firm", "company", "carmaker", "automaker", "group", "maker", "supplier", "manufacturer", "assembler", "truckmaker", "busmaker",
        "chipmaker", "cellmaker", "start-up", "startup",
    ]);

    // "The Elkhart, Indiana, firm had assembled …", "… for the Munich carmaker": a town (with its region) between "the" and a
    // company noun describes a company named before — the last one named, if the lexicon knows no other country for it.
    private static void TownDescribedCompanies(Document document, List<EntityMention> mentions)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int m = 1; m < mentions.Count; m++)
        {
            EntityMention town = mentions[m];
            if (town.Label is not EntityLabel.Loc || town.Entry?.Kind is not ("city" or "region") || PreviousWord(document, town) is not ("the" or "The"))
            {
                continue;
            }

            // The noun after the town, or after ", Region,".
            int next = m + 1;
            int k = TokenIndexAt(tokens, town.End);
            if (k + 3 < tokens.Length && tokens[k].Slice(document.Text) is "," && next < mentions.Count && mentions[next].Label is EntityLabel.Loc
                && mentions[next].Start == tokens[k + 1].Start && TokenIndexAt(tokens, mentions[next].End) is var after && after < tokens.Length
                && tokens[after].Slice(document.Text) is ",")
            {
                k = after + 1;
                next++;
            }
            else
            {
                next = m + 1;
            }

            // "the Grenoble-based company" is left alone: the noun must follow the town (or its region) after a space.
            if (k >= tokens.Length || !TownCompanyNouns.Contains(tokens[k].Slice(document.Text)) || tokens[k - 1].End == tokens[k].Start
                || !document.Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IsWhiteSpace() || (next == m + 1 && tokens[k - 1].End != town.End))
            {
                continue;
            }

            string? townCountry = town.Entry.Attributes.GetValueOrDefault("country");
            EntityMention? company = CompanyAtTownBefore(document, mentions, m);
            for (int c = m - 1; company is null && c >= 0 && mentions[c].Start >= town.Start - 1500; c--)
            {
                EntityMention candidate = mentions[c];

                // "The BMW Z4, which Zlin assembles for the Munich carmaker": after a model, the description is its maker's,
                // which the fact extractors read from the model; no earlier company stands for it.
                if (candidate.Label is EntityLabel.Product)
                {
                    break;
                }

                if (candidate.Label is not EntityLabel.Org || candidate.Entry?.Kind is "government" or "agency" or "union" or "association" or "investor")
                {
                    continue;
                }

                if (candidate.Entry is null || townCountry is null || candidate.Entry.Attributes.GetValueOrDefault("country") == townCountry)
                {
                    company = candidate;
                }

                break;
            }

            if (company is null)
            {
                continue;
            }

            mentions[m] = new EntityMention(town.Start, tokens[k].End, EntityLabel.Org, company.Name, 0.6, EntitySource.Pattern) { Entry = company.Entry };
            if (next > m + 1)
            {
                mentions.RemoveRange(m + 1, next - m - 1);
            }
        }
    }

    // "Tallow Assembly has a plant in Coventry. … the Coventry company": the company named earlier in the sentence of an
    // earlier mention of the same town (no sentence end between them).
    private static EntityMention? CompanyAtTownBefore(Document document, List<EntityMention> mentions, int m)
    {
        EntityMention town = mentions[m];
        ReadOnlySpan<char> townText = document.Slice(town.Span);
        for (int j = m - 1; j > 0 && mentions[j].Start >= town.Start - 1500; j--)
        {
            if (mentions[j].Label is not EntityLabel.Loc || !document.Slice(mentions[j].Span).SequenceEqual(townText))
            {
                continue;
            }

            for (int c = j - 1; c >= 0; c--)
            {
                ReadOnlySpan<char> between = document.Text.AsSpan(mentions[c].End, Math.Max(0, mentions[j].Start - mentions[c].End));
                if (between.IndexOf(". ") >= 0 || between.IndexOf('\n') >= 0)
                {
                    break;
                }

                if (mentions[c].Label is EntityLabel.Org && mentions[c].Entry?.Kind is not ("government" or "agency" or "union" or "association" or "investor"))
                {
                    return mentions[c];
                }
            }
        }

        return null;
    }

    private static void ApplyShortForms(Document document, List<EntityMention> mentions, ShortForms shortForms)
    {
        if (shortForms.IsEmpty)
        {
            return;
        }

        // Mentions that are exactly a short form take the full name: "Ms. Wolska" → "Marta Wolska".
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            // "Helvion will …" found by pattern, after "Helvion Drive Systems": the short form of the full name.
            bool unlistedOrganization = mention.Label is EntityLabel.Org && mention.Entry is null && mention.Source == EntitySource.Pattern;
            if ((mention.Label is EntityLabel.Person || unlistedOrganization)
                && shortForms.TryGet(document.Slice(mention.Span), mention.Label, out string? full) && full != mention.Name)
            {
                mentions[m] = new EntityMention(mention.Start, mention.End, mention.Label, full!, mention.Confidence, mention.Source, mention.Value);
            }
        }

        // "Tsubame plans to …" after "Tsubame Cell Technologies": a town's name that is the short form of a company named in
        // the document, where no preposition of place stands before it, is the company.
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            if (mention.Label is EntityLabel.Loc && mention.Entry?.Kind is "city" or null && !AfterPlacePreposition(document, mention)
                && shortForms.TryGet(document.Slice(mention.Span), EntityLabel.Org, out string? company))
            {
                mentions[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Org, company!, 0.7, EntitySource.Pattern);
            }

            // "…,” Tanabe said." after "Hiroshi Tanabe": a town's name that is the surname of a person named in the document,
            // right before a speech verb, is that person.
            else if (mention.Label is EntityLabel.Loc && mention.Entry?.Kind is "city" or null && !AfterPlacePreposition(document, mention)
                && NextWord(document, mention) is "said" or "says" or "told" or "added" or "declined" or "noted" or "explained" or "argued" or "warned"
                && shortForms.TryGet(document.Slice(mention.Span), EntityLabel.Person, out string? person))
            {
                mentions[m] = new EntityMention(mention.Start, mention.End, EntityLabel.Person, person!, 0.7, EntitySource.Pattern);
            }
        }

        // The tagger's names do not block the document's short forms: a short form found over them replaces them
        // ("Solberg & Rask" over the tagger's "Solberg"; "Tarsin" after "Tarsin Components" whatever label the tagger
        // gave it) — unless the tagger's name reaches beyond the short form ("Anna Keller" stays whole, not "Anna").
        var covered = new BitArray(document.Text.Length + 1);
        bool tagged = false;
        foreach (EntityMention mention in mentions)
        {
            if (mention.Source == EntitySource.Model)
            {
                tagged = true;
                continue;
            }

            for (int i = mention.Start; i < mention.End; i++)
            {
                covered[i] = true;
            }
        }

        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<char> text = document.Text;

        // The mentions in text order as they stand now, for overlap look-ups by binary search.
        EntityMention[] sorted = [.. mentions];
        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        for (int i = 0; i < tokens.Length; i++)
        {
            if (covered[tokens[i].Start] || tokens[i].Kind != TokenKind.Word || !CharClass.IsUpper(text[tokens[i].Start]) && !shortForms.StartsLowerCase(tokens[i].Slice(text)))
            {
                continue;
            }

            if (shortForms.Match(text, tokens, i, out int end, out string? name, out EntityLabel label))
            {
                bool free = true;
                for (int k = i; k < end && free; k++)
                {
                    free = !covered[tokens[k].Start];
                }

                // "Siam Rattana will …": a longer short form wins over a place named by one of its words ("Siam").
                int from = tokens[i].Start, to = tokens[end - 1].End;
                if (!free && end - i > 1 && label == EntityLabel.Org && OnlyShorterPlacesInside(sorted, from, to))
                {
                    mentions.RemoveAll(m => m.Start >= from && m.End <= to);
                    free = true;
                }

                if (free && !(tagged && ModelMentionBeyond(mentions, from, to)))
                {
                    if (tagged)
                    {
                        RemoveModelMentions(mentions, from, to);
                    }

                    mentions.Add(new EntityMention(from, to, label, name!, 0.8, EntitySource.Pattern));
                    i = end - 1;
                }
            }

            // "Rathore Automotive … managing director Vikram Rathore": the bare "Rathore" is claimed by a company and a person.
            // Beside a speech verb or after a courtesy title it is the person, anywhere else the company ("For Rathore, the
            // contract …", "is assembled by Rathore at …").
            else if (shortForms.TryGetClash(tokens[i].Slice(text), out string? company, out string? person) && !(tagged && ModelMentionBeyond(mentions, tokens[i].Start, tokens[i].End)))
            {
                bool spoken = (i > 0 && (NameCues.Default.SpeechVerbs.Contains(tokens[i - 1].Slice(text)) || tokens[i - 1].Slice(text) is "Mr" or "Mr." or "Ms" or "Ms." or "Mrs" or "Mrs." or "Dr" or "Dr."))
                    || (i + 1 < tokens.Length && NameCues.Default.SpeechVerbs.Contains(tokens[i + 1].Slice(text)));
                if (tagged)
                {
                    RemoveModelMentions(mentions, tokens[i].Start, tokens[i].End);
                }

                mentions.Add(new EntityMention(tokens[i].Start, tokens[i].End, spoken ? EntityLabel.Person : EntityLabel.Org, spoken ? person! : company!, 0.6, EntitySource.Pattern));
            }
        }
    }

    // Whether a statistical tagger's mention overlapping [from, to) starts before it or ends after it.
    private static bool ModelMentionBeyond(List<EntityMention> mentions, int from, int to)
    {
        foreach (EntityMention mention in mentions)
        {
            if (mention.Source == EntitySource.Model && mention.Start < to && mention.End > from && (mention.Start < from || mention.End > to))
            {
                return true;
            }
        }

        return false;
    }

    // Drops the statistical tagger's mentions that overlap [from, to).
    private static void RemoveModelMentions(List<EntityMention> mentions, int from, int to)
    {
        for (int m = mentions.Count - 1; m >= 0; m--)
        {
            if (mentions[m].Source == EntitySource.Model && mentions[m].Start < to && mentions[m].End > from)
            {
                mentions.RemoveAt(m);
            }
        }
    }

    private static bool NextToSpeechVerb(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int at = TokenIndexAt(tokens, mention.Start), after = TokenIndexAt(tokens, mention.End);
        SpanLookup speech = NameCues.Default.SpeechVerbs;
        return (at > 0 && speech.Contains(tokens[at - 1].Slice(document.Text))) || (after < tokens.Length && speech.Contains(tokens[after].Slice(document.Text)));
    }

    private static readonly SpanLookup ApposedCompanyNouns = new(
    [
        "maker", "carmaker", "automaker", "manufacturer", "supplier", "firm", "company", "start-up", "startup", "producer", "builder",
        "assembler", "foundry", "contractor", "busmaker", "truckmaker", "chipmaker", "cellmaker", "coachbuilder",
    ]);

    // "Serrana, a family-founded supplier that …": a town's name set off by an apposition that ends in a company noun.
    private static bool DescribedAfter(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int at = TokenIndexAt(tokens, mention.End);
        // Only an indefinite apposition: "Zaragoza, the carmaker and …" and "near Wrocław, the company said" go on with the clause.
        if (at + 2 >= tokens.Length || tokens[at].Slice(document.Text) is not "," || tokens[at + 1].Slice(document.Text) is not ("a" or "an"))
        {
            return false;
        }

        for (int k = at + 2; k < tokens.Length && k <= at + 6; k++)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(document.Text);
            if (ApposedCompanyNouns.Contains(word))
            {
                return k + 1 >= tokens.Length || tokens[k + 1].Slice(document.Text) is not ("’s" or "'s");
            }

            if (tokens[k].Kind != TokenKind.Word || word is "of" or "in" or "near" or "and" or "with" or "which" or "that")
            {
                return false;
            }
        }

        return false;
    }

    private static string NextWord(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int at = TokenIndexAt(tokens, mention.End);
        return at < tokens.Length ? tokens[at].GetText(document.Text) : string.Empty;
    }

    // The word before a mention in the same line ("carmaker Solano"), or nothing: a headline's last word does not describe
    // the dateline under it.
    private static ReadOnlySpan<char> PreviousWord(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int at = TokenIndexAt(tokens, mention.Start);
        return at > 0 && tokens[at - 1].Kind == TokenKind.Word && document.Text.AsSpan(tokens[at - 1].End, mention.Start - tokens[at - 1].End).IndexOf('\n') < 0
            ? tokens[at - 1].Slice(document.Text) : default;
    }

    private static bool AfterPlacePreposition(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int at = TokenIndexAt(tokens, mention.Start);
        return at > 0 && tokens[at - 1].Slice(document.Text) is "in" or "at" or "near" or "from" or "to" or "outside" or "around" or "of" or "In" or "At" or "Near";
    }

    // A headline's "Hanul Energy" is the body's "Hanul Energy Solutions": an unlisted organisation's name that begins,
    // word for word, exactly one longer organisation name of the document takes that name.
    private static void ExtendPrefixNames(List<EntityMention> mentions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in mentions)
        {
            if (mention.Label == EntityLabel.Org)
            {
                names.Add(mention.Name);
            }
        }

        if (names.Count < 2)
        {
            return;
        }

        var longer = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            foreach (string other in names)
            {
                if (other.Length > name.Length + 1 && other.StartsWith(name, StringComparison.Ordinal) && other[name.Length] == ' ')
                {
                    longer[name] = longer.TryGetValue(name, out string? seen) && seen != other ? null : other;
                }
            }
        }

        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            if (mention.Label == EntityLabel.Org && mention.Entry is null && longer.TryGetValue(mention.Name, out string? full) && full is not null)
            {
                mentions[m] = new EntityMention(mention.Start, mention.End, mention.Label, full, mention.Confidence, mention.Source, mention.Value);
            }
        }
    }

    // Every mention overlapping [from, to) is a place lying inside it and shorter than it.
    private static bool OnlyShorterPlacesInside(EntityMention[] sorted, int from, int to)
    {
        for (int m = MentionSearch.FirstStartingAtOrAfter(sorted, Math.Max(0, from - 256)); m < sorted.Length && sorted[m].Start < to; m++)
        {
            EntityMention mention = sorted[m];
            if (mention.End > from && !(mention.Label == EntityLabel.Loc && mention.Start >= from && mention.End <= to && mention.End - mention.Start < to - from))
            {
                return false;
            }
        }

        return true;
    }

    // "the Group" → the last organisation named "… Group" before it.
    private static void ResolveGroupReferences(Document document, List<EntityMention> mentions)
    {
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<char> text = document.Text;
        string? lastGroup = null;
        int next = 0;
        var added = new List<EntityMention>();
        for (int i = 1; i < tokens.Length; i++)
        {
            while (next < mentions.Count && mentions[next].End <= tokens[i].Start)
            {
                EntityMention m = mentions[next++];
                if (m.Label == EntityLabel.Org && (m.Name.EndsWith(" Group", StringComparison.Ordinal) || document.Slice(m.Span).EndsWith(" Group", StringComparison.Ordinal)))
                {
                    lastGroup = m.Name;
                }
            }

            bool inside = next < mentions.Count && mentions[next].Start <= tokens[i].Start;
            if (!inside && lastGroup is not null && tokens[i].Slice(text) is "Group" && tokens[i - 1].Slice(text) is "the" or "The")
            {
                added.Add(new EntityMention(tokens[i].Start, tokens[i].End, EntityLabel.Org, lastGroup, 0.75, EntitySource.Pattern));
            }
        }

        mentions.AddRange(added);
    }

    private static readonly SpanLookup FirstPersonPlural = new(["we", "We", "us", "our", "Our"]);

    // In a question-and-answer interview ("How many plants do you run?\n\nEleven. We make engines in …"), "we", "us" and
    // "our" in the answers are the interviewee's company: the organisation the headline names before " on " ("Foxtron's
    // deal-maker on …", "Q&A: Stellantis van boss on …"), else the first one the first paragraph names. An answer is a
    // paragraph after a question paragraph (one ending in "?", or opening with "Q:"), up to the next question; documents with
    // fewer than two questions are no interviews.
    private static void ResolveInterviewFirstPerson(Document document, List<EntityMention> mentions)
    {
        ReadOnlySpan<char> text = document.Text;
        int firstBreak = text.IndexOf('\n');
        if (firstBreak < 0 || text.IndexOf('?') < 0)
        {
            return;
        }

        // Paragraphs as lines; a question line turns the lines after it into answers.
        int questions = 0;
        for (int at = 0; at < text.Length;)
        {
            int end = text[at..].IndexOf('\n') is var n and >= 0 ? at + n : text.Length;
            if (IsQuestionLine(text[at..end]))
            {
                questions++;
            }

            at = end + 1;
        }

        if (questions < 2)
        {
            return;
        }

        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        EntityMention? interviewee = null;
        int on = text[..firstBreak].IndexOf(" on ", StringComparison.Ordinal);
        foreach (EntityMention mention in mentions)
        {
            if (mention.Label == EntityLabel.Org && mention.Start < (on >= 0 ? on : firstBreak))
            {
                interviewee = mention;
                break;
            }
        }

        if (interviewee is null)
        {
            int bodyStart = text.Length - text[(firstBreak + 1)..].TrimStart().Length;
            int bodyEnd = text[bodyStart..].IndexOf('\n') is var paragraphEnd and >= 0 ? bodyStart + paragraphEnd : text.Length;
            foreach (EntityMention mention in mentions)
            {
                if (mention.Label == EntityLabel.Org && mention.Start > firstBreak && mention.Start < bodyEnd)
                {
                    interviewee = mention;
                    break;
                }
            }
        }

        if (interviewee is null)
        {
            return;
        }

        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        var added = new List<EntityMention>();
        bool answering = false;
        int lineEnd = -1;
        int next = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start > lineEnd)
            {
                int lineStart = text[..tokens[i].Start].LastIndexOf('\n') + 1;
                lineEnd = text[tokens[i].Start..].IndexOf('\n') is var n and >= 0 ? tokens[i].Start + n : text.Length;
                bool question = IsQuestionLine(text[lineStart..lineEnd]);
                answering = !question && (answering || (lineStart > 0 && PreviousLineIsQuestion(text, lineStart)));
            }

            while (next < mentions.Count && mentions[next].End <= tokens[i].Start)
            {
                next++;
            }

            bool inside = next < mentions.Count && mentions[next].Start <= tokens[i].Start;
            if (answering && !inside && FirstPersonPlural.Contains(tokens[i].Slice(text)))
            {
                added.Add(new EntityMention(tokens[i].Start, tokens[i].End, EntityLabel.Org, interviewee.Name, 0.6, EntitySource.Pattern) { Entry = interviewee.Entry });
            }
        }

        mentions.AddRange(added);
    }

    // "How many plants do you run?", "**Why close Luton?**", "Q: Who are your customers today?": a short line that asks.
    private static bool IsQuestionLine(ReadOnlySpan<char> line)
    {
        line = line.Trim().Trim('*').Trim();
        if (line.StartsWith("Q:", StringComparison.Ordinal) || line.StartsWith("Q.", StringComparison.Ordinal))
        {
            return true;
        }

        return line.Length is > 0 and < 400 && line[^1] == '?' && line[0] is not ('“' or '"');
    }

    // The non-blank line before the one starting at lineStart is a question.
    private static bool PreviousLineIsQuestion(ReadOnlySpan<char> text, int lineStart)
    {
        ReadOnlySpan<char> before = text[..lineStart].TrimEnd();
        int start = before.LastIndexOf('\n') + 1;
        return IsQuestionLine(before[start..]);
    }

    private static ReadOnlySpan<Token> TokensIn(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].End <= mention.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int end = lo;
        while (end < tokens.Length && tokens[end].Start < mention.End)
        {
            end++;
        }

        return tokens[lo..end];
    }

    /// <summary>Short forms met in a document and the full names they stand for; a form claimed by two names is dropped.</summary>
    private sealed class ShortForms
    {
        private readonly Dictionary<string, List<(string[] Tokens, string Name, EntityLabel Label)>> _byFirst = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Name, EntityLabel Label)?> _byText = new(StringComparer.Ordinal);

        // The same forms by label: "Tezcan" may be a person's surname and a company's first word at once.
        private readonly Dictionary<(string Text, EntityLabel Label), string?> _byTextAndLabel = new();
        private SpanMap<(string[] Tokens, string Name, EntityLabel Label)[]>? _frozen;
        private SpanMap<(string Company, string Person)>? _clashes;

        public bool IsEmpty => _byText.Count == 0;

        private SpanMap<(string[] Tokens, string Name, EntityLabel Label)[]> Frozen => _frozen ??= new(Unambiguous());

        private IEnumerable<KeyValuePair<string, (string[] Tokens, string Name, EntityLabel Label)[]>> Unambiguous()
        {
            foreach (var (first, list) in _byFirst)
            {
                var kept = list.FindAll(item => _byText[string.Join(' ', item.Tokens)] is not null);
                kept.Sort(static (a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
                if (kept.Count > 0)
                {
                    yield return KeyValuePair.Create(first, kept.ToArray());
                }
            }
        }

        public void Add(Document document, ReadOnlySpan<Token> tokens, string name, EntityLabel label)
        {
            string[] words = new string[tokens.Length];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = tokens[i].GetText(document.Text);
            }

            string key = string.Join(' ', words);
            if (_byTextAndLabel.TryGetValue((key, label), out string? sameLabel))
            {
                if (sameLabel is not null && sameLabel != name)
                {
                    _byTextAndLabel[(key, label)] = null;
                }
            }
            else
            {
                _byTextAndLabel[(key, label)] = name;
            }

            if (_byText.TryGetValue(key, out var existing))
            {
                if (existing is { } e && e.Name != name)
                {
                    _byText[key] = null;
                }

                return;
            }

            _byText[key] = (name, label);
            if (!_byFirst.TryGetValue(words[0], out var list))
            {
                _byFirst[words[0]] = list = [];
            }

            list.Add((words, name, label));
        }

        public void AddIfAbsent(Document document, ReadOnlySpan<Token> tokens, string name, EntityLabel label)
        {
            if (!_byText.ContainsKey(tokens[0].GetText(document.Text)) || tokens.Length > 1)
            {
                Add(document, tokens, name, label);
            }
        }

        public bool StartsLowerCase(ReadOnlySpan<char> word) => Frozen.ContainsKey(word);

        /// <summary>A one-word form that exactly one company and exactly one person of the document claim.</summary>
        public bool TryGetClash(ReadOnlySpan<char> word, out string? company, out string? person)
        {
            company = person = null;
            if (_byText.Count == 0 || !(_clashes ??= new(Clashes())).TryGetValue(word, out var pair))
            {
                return false;
            }

            (company, person) = pair;
            return true;
        }

        private IEnumerable<KeyValuePair<string, (string Company, string Person)>> Clashes()
        {
            foreach (var (key, single) in _byText)
            {
                if (single is null && key.IndexOf(' ') < 0
                    && _byTextAndLabel.TryGetValue((key, EntityLabel.Org), out string? company) && company is not null
                    && _byTextAndLabel.TryGetValue((key, EntityLabel.Person), out string? person) && person is not null)
                {
                    yield return KeyValuePair.Create(key, (company, person));
                }
            }
        }

        public bool TryGet(ReadOnlySpan<char> text, EntityLabel label, out string? name)
        {
            if (_byTextAndLabel.TryGetValue((text.ToString(), label), out string? found) && found is not null)
            {
                name = found;
                return true;
            }

            name = null;
            return false;
        }

        public bool Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out int end, out string? name, out EntityLabel label)
        {
            end = -1;
            name = null;
            label = default;
            if (!Frozen.TryGetValue(tokens[i].Slice(text), out var list))
            {
                return false;
            }

            foreach (var (words, full, entityLabel) in list)
            {
                if (i + words.Length > tokens.Length)
                {
                    continue;
                }

                bool match = true;
                for (int k = 1; k < words.Length && match; k++)
                {
                    match = tokens[i + k].Slice(text).SequenceEqual(words[k]);
                }

                if (match)
                {
                    end = i + words.Length;
                    name = full;
                    label = entityLabel;
                    return true;
                }
            }

            return false;
        }
    }
}
