using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactExtractor.Entities;
using FactExtractor.Entities.Names;
using FactExtractor.Entities.Values;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Facts.SiteLists;

/// <summary>
/// Finds an owner's list of sites: a sentence that speaks of sites, plants or factories (or of building somewhere) and
/// enumerates two or more towns or facilities — joined by commas, "and", "as well as", not "near" or "vs.". The owner is the first organisation before the
/// list (or the one named last, for "its"); the sites are the towns and facilities after the cue, facilities by their
/// town ("the Cléon factory" → Cléon); countries and regions are where, not which, sites are. A count of sites in the
/// sentence ("11 sites") is the declared total.
/// </summary>
public sealed class SiteListExtractor : IFactExtractor
{
    private static readonly SpanLookup SiteNouns = new(
    [
        "sites", "plants", "factories", "facilities", "locations", "works", "site", "plant", "factory", "facility", "centres",
        "centers", "hubs", "operations", "gigafactories", "built", "builds", "produced", "produces", "assembled", "assembles",
        "network", "footprint", "makes", "make", "manufactures", "operates", "runs", "line", "lines", "hall", "halls", "workshops",
    ]);

    // "both near Pune", "on the outskirts of Bengaluru", "in the Trenčín region", "all in Bursa province": places that say
    // where a site is, not which.
    private static readonly SpanLookup WherePrepositions = new(["near", "outside", "around", "of", "close"]);

    private static readonly SpanLookup RegionNouns = new(
        ["region", "province", "state", "county", "district", "prefecture", "area", "Region", "Province", "County", "District", "Prefecture", "Oblast", "Voivodeship"]);

    private static readonly SpanLookup Negations = new(["not", "no", "never", "n't", "n’t", "without"]);

    /// <inheritdoc />
    public string Name => "siteList";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public void Extract(Document document, ICollection<Fact> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var lists = new List<SiteListFact>();
        EntityMention? lastOrganization = null;
        SiteListFact? lastList = null;
        int lastListSentence = -1;
        (EntityMention Owner, int Count, int Sentence)? pendingTotal = null;
        var previous = new List<SentenceView>();
        foreach (SentenceView sentence in SentenceView.All(document))
        {
            EntityMention? subjectBefore = lastOrganization;
            int cue = sentence.FindFirst(SiteNouns, sentence.First, sentence.End);

            SiteListFact? extracted = cue >= 0 ? TryExtract(sentence, cue, subjectBefore) : null;

            // "Rivian has no plants in Europe or Asia" denies the sites; "Renault's plants in Valladolid and Palencia are not
            // part of the deal" and "…, and has shown no interest in …" deny something else, after the sites are named.
            if (extracted is not null && sentence.FindFirst(Negations, sentence.First, sentence.End) is int negation && negation >= 0
                && sentence.Tokens[negation].Start < FirstSiteStart(extracted))
            {
                extracted = null;
            }

            // "Hanbit runs four cell plants of its own. Two are in South Korea, at Ochang and Gumi; the others are in Wrocław
            // and Nyíregyháza.": a total declared with no sites, and the sites in the next sentence.
            if (extracted is null && pendingTotal is { } total && total.Sentence == sentence.Index - 1 && TownsOf(sentence) is { Count: >= 2 } towns)
            {
                extracted = new SiteListFact(EntityRef.From(document, total.Owner), towns.ToImmutable(), total.Count, sentence.Span, 0.5, "siteList.after-total");
            }

            // "… Its plant in Salo assembles packs. The company also runs an engineering centre in Espoo. In all, Saimaa
            // operates three sites": a total that sums up sites the text has named one by one.
            if (extracted is null && cue >= 0 && StartsWithSummary(sentence) && DeclaredTotal(sentence) is { } summed
                && (FirstSubject(sentence) ?? sentence.LastSubjectBefore(notFinancier: true)) is { } summedOwner
                && SitesNamedBefore(previous, summed) is { Count: >= 2 } named)
            {
                extracted = new SiteListFact(EntityRef.From(document, summedOwner), named.ToImmutable(), summed, sentence.Span, 0.5, "siteList.summed-total");
            }

            previous.Add(sentence);
            pendingTotal = extracted is null && cue >= 0 && DeclaredTotal(sentence) is { } declaredTotal
                && (FirstSubject(sentence) ?? (sentence.Word(sentence.First) is "It" or "The" ? sentence.LastSubjectBefore(notFinancier: true) : null)) is { } totalOwner
                ? (totalOwner, declaredTotal, sentence.Index) : null;

            if (extracted is { } list)
            {
                // "… three of them assembly plants: A, B and C. The other four, in D, E, F and G, …": a list that goes on
                // in the next sentence for the same owner is one list.
                if (lastList is not null && lastListSentence == sentence.Index - 1 && lastList.Owner?.Name == list.Owner?.Name)
                {
                    list = Merge(lastList, list);
                }
                else
                {
                    lastList = null;
                }

                if (lastList is not null)
                {
                    lists.Remove(lastList);
                }

                lists.Add(list);
                lastList = list;
                lastListSentence = sentence.Index;
            }

            // "Its plants …" in the next sentence means this sentence's subject: its first organisation.
            foreach (EntityMention mention in sentence.Mentions)
            {
                if (mention.Label == EntityLabel.Org)
                {
                    lastOrganization = mention;
                    break;
                }
            }
        }

        // A partial list restated in full later ("builds in Marysville and East Liberty" … "plants in Marysville, East
        // Liberty and Anna") is the full list; a list whose sites another list of the same owner holds adds nothing.
        foreach (SiteListFact list in lists)
        {
            // Banks, funds and governments own no list of plants ("Brennmark Capital … six plants" is the company it bought).
            if (list.Owner is { } listOwner && SentenceView.IsFinancierName(listOwner.Name))
            {
                continue;
            }

            if (!lists.Exists(other => !ReferenceEquals(other, list) && other.Owner?.Name == list.Owner?.Name && Contains(other, list)
                && (other.Sites.Length > list.Sites.Length || lists.IndexOf(other) < lists.IndexOf(list))))
            {
                output.Add(list);
            }
        }
    }

    private static bool Contains(SiteListFact larger, SiteListFact smaller)
    {
        foreach (EntityRef site in smaller.Sites)
        {
            bool found = false;
            foreach (EntityRef other in larger.Sites)
            {
                found |= other.Name == site.Name;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // "runs five cell factories on three continents": the total of sites a sentence declares, or null.
    private static int? DeclaredTotal(SentenceView sentence)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Quantity && mention.Value is QuantityValue quantity && SiteNouns.Contains(LastWord(quantity.Unit))
                && quantity.Value is >= 2 and <= 100 && decimal.Truncate(quantity.Value) == quantity.Value)
            {
                return (int)quantity.Value;
            }
        }

        return null;
    }

    private static readonly SpanLookup CountedSiteNouns = new(
    [
        "sites", "plants", "factories", "facilities", "locations", "centres", "centers", "hubs", "operations", "gigafactories",
        "complexes", "bases", "works", "campuses",
    ]);

    // "three Stellantis vehicle plants", "its two existing U.S. plants", "three wholly owned Spanish factories": a number a
    // few words before a plural site noun, with only names and words between (no preposition or conjunction), declares the
    // total the quantity recognizer did not read as one.
    private static int? CountBeforeSiteNoun(SentenceView sentence)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            // "three car assembly plants": the quantity recognizer may have taken the first noun as the unit.
            decimal? count = mention.Value switch
            {
                NumberValue number when mention.Label == EntityLabel.Cardinal => number.Value,
                QuantityValue quantity when mention.Label == EntityLabel.Quantity => quantity.Value,
                _ => null,
            };
            if (count is not (>= 2 and <= 100) || decimal.Truncate(count.Value) != count.Value)
            {
                continue;
            }

            for (int k = sentence.TokenAt(mention.End); k < sentence.End && k < sentence.TokenAt(mention.End) + 5; k++)
            {
                ReadOnlySpan<char> word = sentence.Word(k);
                if (CountedSiteNouns.Contains(word) || (sentence.MentionAt(k) is { Label: EntityLabel.Facility } facility && CountedSiteNouns.Contains(LastWord(facility.Name))))
                {
                    return (int)count.Value;
                }

                bool named = sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Loc or EntityLabel.Facility };
                if (!named && !(sentence.Tokens[k].Kind == Tokenization.TokenKind.Word && word is not ("of" or "in" or "and" or "or" or "to" or "at" or "for" or "with")))
                {
                    break;
                }
            }
        }

        return null;
    }

    private static readonly SpanLookup SummaryOpeners = new(["Altogether", "Overall"]);

    // "In all, …", "In total …", "Altogether …": the sentence sums up what the text listed before it.
    private static bool StartsWithSummary(SentenceView sentence) =>
        SummaryOpeners.Contains(sentence.Word(sentence.First))
        || (sentence.First + 1 < sentence.End && sentence.Word(sentence.First) is "In" or "All" && sentence.Word(sentence.First + 1) is "all" or "total" or "told" or "sum");

    // Nouns of a place of work that make a town named beside them a site: "its plant in Salo", "the Kokkola plant", "its
    // research laboratory is in Espoo".
    private static readonly SpanLookup NamedSiteNouns = new(
    [
        "plant", "plants", "factory", "factories", "site", "facility", "hall", "centre", "center", "unit", "workshop", "warehouse", "works",
        "laboratory", "lab", "refinery", "mine", "campus", "headquarters", "gigafactory", "foundry", "depot", "line",
    ]);

    // The sites the last sentences named one at a time, latest first, up to the declared total: towns beside a noun of a
    // place of work (within three words before it or two after it).
    private static ImmutableArray<EntityRef>.Builder SitesNamedBefore(List<SentenceView> previous, int total)
    {
        var sites = ImmutableArray.CreateBuilder<EntityRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int s = previous.Count - 1; s >= 0 && s >= previous.Count - 8 && sites.Count < total; s--)
        {
            SentenceView sentence = previous[s];
            for (int m = sentence.Mentions.Count - 1; m >= 0 && sites.Count < total; m--)
            {
                EntityMention mention = sentence.Mentions[m];
                if (mention.Label is not (EntityLabel.Loc or EntityLabel.Facility) || SaysWhere(sentence, mention))
                {
                    continue;
                }

                // "the Kokkola plant" is a site by itself.
                int first = sentence.TokenAt(mention.Start), after = sentence.TokenAt(mention.End);
                bool beside = mention.Label == EntityLabel.Facility;
                for (int k = Math.Max(sentence.First, first - 3); k < first && !beside; k++)
                {
                    beside = NamedSiteNouns.Contains(sentence.Word(k));
                }

                for (int k = after; k < Math.Min(sentence.End, after + 2) && !beside; k++)
                {
                    beside = NamedSiteNouns.Contains(sentence.Word(k));
                }

                if (beside)
                {
                    AddSite(sentence.Document, mention, sites, seen);
                }
            }
        }

        // Latest first while collecting; in the text's order for the list.
        sites.Reverse();
        return sites;
    }

    // The organisation that opens the sentence, or null.
    private static EntityMention? FirstSubject(SentenceView sentence) =>
        sentence.MentionAt(sentence.First) is { Label: EntityLabel.Org } subject ? subject : null;

    // The towns a sentence names as places (not countries or regions, not places that say where another is).
    private static ImmutableArray<EntityRef>.Builder TownsOf(SentenceView sentence)
    {
        var towns = ImmutableArray.CreateBuilder<EntityRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org)
            {
                towns.Clear();
                return towns;
            }

            if (mention.Label is EntityLabel.Loc && mention.Entry?.Kind is "city" && !SaysWhere(sentence, mention) && seen.Add(mention.Name))
            {
                towns.Add(EntityRef.From(sentence.Document, mention));
            }
        }

        return towns;
    }

    private static SiteListFact Merge(SiteListFact first, SiteListFact next)
    {
        var sites = ImmutableArray.CreateBuilder<EntityRef>(first.Sites.Length + next.Sites.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityRef site in first.Sites.AddRange(next.Sites))
        {
            if (seen.Add(site.Name))
            {
                sites.Add(site);
            }
        }

        return new SiteListFact(first.Owner, sites.ToImmutable(), first.DeclaredCount ?? next.DeclaredCount,
            new TextSpan(first.Evidence.Start, next.Evidence.End), Math.Min(first.Confidence, next.Confidence), first.Rule);
    }

    private static int FirstSiteStart(SiteListFact list)
    {
        int first = int.MaxValue;
        foreach (EntityRef site in list.Sites)
        {
            first = Math.Min(first, site.Start);
        }

        return first;
    }

    private static SiteListFact? TryExtract(SentenceView sentence, int cue, EntityMention? lastOrganization)
    {
        Document document = sentence.Document;
        int cueOffset = sentence.Tokens[cue].Start;
        EntityMention? owner = null;
        var sites = ImmutableArray.CreateBuilder<EntityRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int? declared = null;
        // "The carmaker operates …", "Its plants …": the organisation named last, before any named in this sentence.
        // "Abroad, it operates plants in …": "it" as the subject before the cue.
        bool pronounOwner = false;
        for (int k = sentence.First; k < cue && k < sentence.First + 4; k++)
        {
            pronounOwner |= sentence.Word(k) is "it" or "It" && (k == sentence.First || sentence.Word(k - 1) is ",");
        }

        // "With the Metaplant, the group now has three US assembly plants: …": "the group" after an opening phrase and a comma.
        bool describedSubject = false, describedGroup = false;
        for (int k = sentence.First; k + 1 < cue && !describedSubject; k++)
        {
            describedSubject = sentence.Word(k) is "The" or "the" && (k == sentence.First || sentence.Word(k - 1) is ",")
                && sentence.Word(k + 1) is "company" or "group" or "carmaker" or "automaker" or "firm" or "supplier" or "maker";
            describedGroup = describedSubject && sentence.Word(k + 1) is "group";
        }

        bool describedOwner = (pronounOwner || sentence.Word(sentence.First) is "Its" or "Their" || describedSubject)
            && !sentence.Mentions.Exists(m => m.Label == EntityLabel.Org && m.Start < cueOffset);
        if (describedOwner)
        {
            // "the group": the group the text named last ("Hyundai Motor Group"), not a unit of it named since.
            owner = sentence.LastSubjectBefore(notFinancier: true) ?? lastOrganization;
            if (describedGroup && owner?.Entry?.Parent is { } parentName && NamedBefore(sentence, parentName) is { } group)
            {
                owner = group;
            }
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            // "three German vehicle factories", "11 sites": the declared total, wherever it stands.
            // A count of sites is a small whole number: "2 billion sites" or "1.5 plants" declares nothing.
            if (mention.Label == EntityLabel.Quantity && mention.Value is QuantityValue quantity && declared is null
                && SiteNouns.Contains(LastWord(quantity.Unit)) && quantity.Value is >= 1 and <= 100_000 && decimal.Truncate(quantity.Value) == quantity.Value)
            {
                declared = (int)quantity.Value;
                continue;
            }

            bool bracketed = sentence.TokenAt(mention.Start) is var at && at > sentence.First && sentence.Word(at - 1) is "(";
            if (mention.Start < cueOffset)
            {
                // The organisation nearest the cue owns the list: "The group's battery company, PowerCo, is building …".
                // "… go by truck to Mahindra's assembly lines in …": a possessor after a preposition owns them.
                bool possessor = sentence.Word(sentence.TokenAt(mention.End)) is "’s" or "'s";

                // "one of several AESC plants", "two Hyundai vehicle plants": a company that modifies the site noun owns it.
                possessor |= ModifiesSiteNoun(sentence, mention, cue);

                possessor |= HeadsRelativeClause(sentence, mention);
                if (mention.Label == EntityLabel.Org && !describedOwner && !bracketed
                    && (possessor || !(sentence.TokenAt(mention.Start) is var before && (sentence.Word(before - 1) is "with" or "of" or "from" or "for" or "to" or "by" or "between"
                        || JoinedToObject(sentence, before))
                        || AfterDescribedBy(sentence, sentence.TokenAt(mention.Start)))))
                {
                    owner = mention;
                }

                if (mention.Label is EntityLabel.Facility or EntityLabel.Loc)
                {
                    // "Douai, Maubeuge and Ruitz plants": a list may stand before its noun.
                    AddSite(document, mention, sites, seen);
                }

                continue;
            }

            // "the Linxi 5": a place's name before a number names a model. "the Struandale engine plant in Gqeberha": a town
            // after a facility named by its own place says where that facility is.
            if (mention.Label is EntityLabel.Loc && (SaysWhere(sentence, mention)
                || (sentence.TokenAt(mention.End) is var next && next < sentence.End && sentence.Tokens[next].Kind == Tokenization.TokenKind.Number)
                || (sentence.TokenAt(mention.Start) is var placeAt && placeAt - 2 >= sentence.First && sentence.Word(placeAt - 1) is "in" or "at"
                    && sentence.MentionAt(placeAt - 2) is { Label: EntityLabel.Facility })))
            {
                continue;
            }

            if (mention.Label is EntityLabel.Loc or EntityLabel.Facility)
            {
                AddSite(document, mention, sites, seen, (bracketed && IsAfterCountry(sentence, mention)) || TownAfterSiteNoun(sentence, mention)
                    || TownAfterListedTown(sentence, mention, sites) || TownBeforeListedTown(sentence, mention));
            }
            else if (mention.Label == EntityLabel.Org && sites.Count > 0 && NamesSiteInTown(sentence, mention, owner))
            {
                // "at Tangier and at Somaca in Casablanca", "the former Lordstown Motors factory in Lordstown": a site named by
                // the company that ran or runs it, the town after it the site.
                continue;
            }
            else if (mention.Label == EntityLabel.Org && owner is not null && mention.Name != owner.Name && sites.Count > 0 && !bracketed
                && !SharesFirstWord(mention.Name, owner.Name) && !(mention.Entry?.Parent is { } parentName && parentName == owner.Name))
            {
                // "the group now has three US assembly plants: Hyundai's factory in Montgomery, Kia's plant in West Point, …": the
                // owner's own brands and units continue its list.
                // "…, and the Volkswagen plant in Bratislava": another owner's sites end this owner's list; not a unit of the
                // owner's own name ("Renault Korea's … the Renault Technology Korea research centre in Giheung").
                break;
            }
            else if (mention.Label == EntityLabel.Org && owner is null && !bracketed && HeadsRelativeClause(sentence, mention))
            {
                owner = mention;
            }
            else if (mention.Label == EntityLabel.Org && owner is null && !bracketed
                && !(sentence.TokenAt(mention.Start) is var after && (sentence.Word(after - 1) is "with" or "of" or "from" or "for" or "to" or "by" or "its" or "their"
                    || JoinedToObject(sentence, after)))
                && !AfterDescribedBy(sentence, sentence.TokenAt(mention.Start)))
            {
                owner = mention;
            }
        }

        // "Besides Dharwad, Rathi runs a unit in Pune and a centre in Bengaluru": the site named first, known place or not.
        if (BesidesSite(sentence) is { } besides && !seen.Contains(besides.Name))
        {
            var withFirst = ImmutableArray.CreateBuilder<EntityRef>(sites.Count + 1);
            withFirst.Add(EntityRef.From(document, besides));
            withFirst.AddRange(sites);
            sites.Clear();
            sites.AddRange(withFirst);
            seen.Add(besides.Name);
        }

        AddUnknownListedPlaces(sentence, cue, sites, seen);
        if (sites.Count >= 2 && !IsEnumerated(sentence, sites) && SemicolonItems(sentence, cue) is { Count: >= 2 } items)
        {
            // "three plants in São Paulo state: Sorocaba, where it builds …; Indaiatuba, home of …; and Porto Feliz, …".
            sites.Clear();
            seen.Clear();
            foreach (EntityMention item in items)
            {
                AddSite(document, item, sites, seen);
            }

            EntityMention? listOwner = owner ?? lastOrganization;
            return listOwner is null ? null
                : new SiteListFact(EntityRef.From(document, listOwner), sites.ToImmutable(), declared, sentence.Span, 0.6, "siteList.semicolon-items");
        }

        if (sites.Count < 2 || !IsEnumerated(sentence, sites))
        {
            return null;
        }

        // "Neue Klasse models will be built at four plants: …": no owner named here, so the one named last.
        // "Koralm, which employs 6,800 people, operates four sites: …": an unlisted name opening the sentence; else the
        // subject the text spoke of last (not a government that merely funded something).
        bool inherited = owner is null;
        owner ??= (sentence.UnlistedNameAt(sentence.First) is { } opener && sentence.Word(sentence.TokenAt(opener.End)) is "," or "operates" or "runs" or "has" ? opener : null)
            ?? sentence.LastSubjectBefore(notFinancier: true) ?? lastOrganization;
        if (owner is null)
        {
            return null;
        }

        declared ??= CountBeforeSiteNoun(sentence);
        return new SiteListFact(
            EntityRef.From(document, owner),
            sites.ToImmutable(),
            declared,
            sentence.Span,
            inherited ? 0.5 : owner.Start < cueOffset ? 0.8 : 0.6,
            declared is null ? "siteList.enumeration" : "siteList.declared-count");
    }

    // After a colon, items separated by semicolons, each opening with a town or facility: the first place of each item.
    private static List<EntityMention>? SemicolonItems(SentenceView sentence, int cue)
    {
        int colon = -1;
        for (int t = cue + 1; t < sentence.End; t++)
        {
            if (sentence.Word(t) is ":")
            {
                colon = t;
                break;
            }
        }

        // "three plants, in Saltillo, Coahuila; Silao, Guanajuato; and Apodaca": without a colon, the list opens after "in".
        if (colon < 0 && sentence.FindFirst(Semicolons, cue, sentence.End) >= 0)
        {
            for (int t = cue + 1; t < sentence.End && t < cue + 4; t++)
            {
                if (sentence.Word(t) is "in" or "at")
                {
                    colon = t;
                    break;
                }
            }
        }

        if (colon < 0 || sentence.FindFirst(Semicolons, colon, sentence.End) < 0)
        {
            return null;
        }

        var items = new List<EntityMention>();
        int segment = colon + 1;
        while (segment < sentence.End)
        {
            int k = segment;
            while (k < sentence.End && sentence.Word(k) is "and" or "," or "as" or "well")
            {
                k++;
            }

            if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } place && place.Entry?.Kind is not ("country" or "continent" or "macroregion"))
            {
                items.Add(place);
            }

            int next = sentence.FindFirst(Semicolons, k, sentence.End);
            segment = next < 0 ? sentence.End : next + 1;
        }

        return items;
    }

    private static readonly SpanLookup Semicolons = new([";"]);

    // "in Chakan and Talegaon", "Nilüfer, Gemlik and İnegöl": a capitalised word the gazetteer does not know, joined by a
    // comma or "and" right beside a known site of the list, is a town of the list too.
    private static void AddUnknownListedPlaces(SentenceView sentence, int cue, ImmutableArray<EntityRef>.Builder sites, HashSet<string> seen)
    {
        // With no known site, only names right after a site noun count ("a plant in Kokand, a stamping plant in Margilan").
        Document document = sentence.Document;
        int count = sites.Count;

        // "Graz, Hoče and Zhenjiang are the three sites …": a list may stand before its noun.
        int from = count > 0 ? Math.Min(cue + 1, sentence.TokenAt(sites[0].Start)) : cue + 1;
        for (int t = from; t < sentence.End; t++)
        {
            if (sentence.MentionAt(t) is not null || sentence.Tokens[t].Kind != Tokenization.TokenKind.Word || !CharClass.IsUpper(sentence.Word(t)[0])
                || NameCues.NonNameWords.Contains(sentence.Word(t)) || NameCues.Determiners.Contains(sentence.Word(t))
                || sentence.Word(t - 1) is not ("," or "and" or "in" or "at" or ":" or "—" or "–" or "them" or "including")
                // "Kokomo, Ind.", "Georgetown, Ky.", "Jeffersonville, OH": the state of the town before, as US news abbreviates it.
                || (sentence.Word(t - 1) is "," && ((StateAbbreviations.Contains(sentence.Word(t)) && sentence.Word(t + 1) is ".") || PostalStates.Contains(sentence.Word(t))))
                // "Deeside, North Wales": a compass word opening the name of a region.
                || (CompassWords.Contains(sentence.Word(t)) && t + 1 < sentence.End && (sentence.MentionAt(t + 1) is { Label: EntityLabel.Loc } || CharClass.IsUpper(sentence.Word(t + 1)[0]))))
            {
                continue;
            }

            int end = t + 1;
            while (end < sentence.End && end < t + 3 && sentence.MentionAt(end) is null && sentence.Tokens[end].Kind == Tokenization.TokenKind.Word
                && CharClass.IsUpper(sentence.Word(end)[0]))
            {
                end++;
            }

            // "a smaller site in Peenya", "the pack plant in Bommasandra": a name the gazetteer lacks, after a site noun.
            // "three plants, two in Komárom and one in Iváncsa": a count standing for the site noun.
            bool afterSiteNoun = t - 2 >= sentence.First && sentence.Word(t - 1) is "in" or "at"
                && (GapSiteNouns.Contains(sentence.Word(t - 2)) || (sentence.Word(t - 2) is "one" or "two" or "three" or "another" && t - 2 > cue));
            // "Sunderland, Blyth, Teesside and Hull": a name beside one this pass just added is listed too.
            if (SaysWhereAt(sentence, t, end) || !(BesideKnownSite(sentence, sites, sites.Count, t, end) || afterSiteNoun))
            {
                continue;
            }

            int placeStart = sentence.Tokens[t].Start, placeEnd = sentence.Tokens[end - 1].End;
            var place = new EntityMention(placeStart, placeEnd, EntityLabel.Loc, document.Text[placeStart..placeEnd], 0.5, EntitySource.Pattern);
            if (seen.Add(place.Name))
            {
                sites.Add(EntityRef.From(document, place));
            }

            t = end - 1;
        }

        if (sites.Count > count)
        {
            sites.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // The abbreviations of US states in news style ("Ind.", "Mich."), without their full stop.
    private static readonly SpanLookup PostalStates = new(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN",
        "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
        "WA", "WV", "WI", "WY",
    ]);

    private static readonly SpanLookup CompassWords = new(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"]);

    private static readonly SpanLookup StateAbbreviations = new(
    [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
    ]);

    // A known site two tokens before ("Chakan and Talegaon") or after ("Nilüfer, Gemlik") with only a joiner between.
    private static bool BesideKnownSite(SentenceView sentence, ImmutableArray<EntityRef>.Builder sites, int count, int start, int end)
    {
        for (int k = 0; k < count; k++)
        {
            int siteStart = sentence.TokenAt(sites[k].Start), siteEnd = sentence.TokenAt(sites[k].End);

            // "at Pithampur in Madhya Pradesh and Pantnagar in Uttarakhand": past the region that says where the known site is.
            if (sentence.Word(siteEnd) is "in" or "near" && sentence.MentionAt(siteEnd + 1) is { Label: EntityLabel.Loc, Entry.Kind: "region" or "country" } where)
            {
                siteEnd = sentence.TokenAt(where.End);
            }

            // "in Kaohsiung and in Sanyi": the preposition repeated after the joiner.
            int link = sentence.Word(start - 1) is "in" or "at" && sentence.Word(start - 2) is "and" or "," ? start - 1 : start;
            int joiner = sentence.Word(link - 1) is "and" && sentence.Word(link - 2) is "," ? link - 2 : link - 1;
            if ((siteEnd == joiner && sentence.Word(link - 1) is "," or "and") || (siteStart == end + 1 && sentence.Word(end) is "," or "and"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysWhereAt(SentenceView sentence, int start, int end) =>
        (start > sentence.First && WherePrepositions.Contains(sentence.Word(start - 1))) || RegionNouns.Contains(sentence.Word(end));

    private static readonly SpanLookup ListJoiners = new([",", "and", ";", "&", "plus", "with", "as", "well", ":", "—", "–"]);

    private static readonly SpanLookup GapSiteNouns = new(
        ["plant", "factory", "site", "facility", "hall", "centre", "center", "unit", "shop", "lab", "warehouse", "workshop", "plants", "factories", "sites", "line", "complex", "campus", "depot"]);

    private static readonly SpanLookup Contrasts = new(["vs", "vs.", "versus", "against"]);

    private static readonly SpanLookup NotListWords = new(["near", "outside", "of", "on", "from", "to", "between", "than", "into", "where", "which", "vs", "vs.", "versus"]);

    // Two sites are listed together when little stands between them and a list joiner does: "Douai, Maubeuge and Ruitz",
    // "Solihull and Halewood in England and at Nitra" — not "Figueruelas, on the outskirts of Zaragoza".
    // "majority-owned by the Nairobi-based Kimathi family": an owner's owner after "by" and its description owns no list.
    private static bool AfterDescribedBy(SentenceView sentence, int token)
    {
        for (int k = token - 1; k >= sentence.First && k >= token - 4; k--)
        {
            if (sentence.Word(k) is "by" or "of" or "with" or "from")
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || sentence.MentionAt(k) is { Label: not EntityLabel.Loc })
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsEnumerated(SentenceView sentence, ImmutableArray<EntityRef>.Builder sites)
    {
        // "Zwickau vs. Emden, Wolfsburg vs. Puebla" contrasts sites; it does not list them.
        if (sentence.FindFirst(Contrasts, sentence.TokenAt(sites[0].Start), sentence.TokenAt(sites[^1].End)) >= 0)
        {
            return false;
        }

        int linked = 0;
        for (int k = 1; k < sites.Count; k++)
        {
            int from = sentence.TokenAt(sites[k - 1].End), to = sentence.TokenAt(sites[k].Start);
            bool joiner = false, blocked = false;
            int counted = 0;

            // "builds vans in Normal, Illinois, and is preparing a second plant in Stanton Springs": a new site noun in the
            // gap allows a longer one.
            int reach = sentence.FindFirst(GapSiteNouns, from, to) >= 0 ? 14 : 8;
            for (int t = from; t < to && !blocked; t++)
            {
                // "Kolín, near Prague, and a warehouse in Mladá Boleslav": a place that says where a site is, skipped.
                if (sentence.Word(t) is "near" or "outside" && sentence.MentionAt(t + 1) is { Label: EntityLabel.Loc } where)
                {
                    t = sentence.TokenAt(where.End) - 1;
                    continue;
                }

                // "a plant in Kvasiny, near the Polish border, and a site in Vrchlabi": an aside between commas that says
                // where the first site is, skipped up to its closing comma.
                if (sentence.Word(t) is "," && WhereAsideEnd(sentence, t + 1, to) is int asideEnd)
                {
                    t = asideEnd - 1;
                    continue;
                }

                joiner |= ListJoiners.Contains(sentence.Word(t));
                blocked |= NotListWords.Contains(sentence.Word(t)) || ++counted > reach;
            }

            if (joiner && !blocked)
            {
                linked++;
            }
        }

        return linked >= 1;
    }

    // ", near the Polish border,", ", on the outskirts of Bengaluru,", ", close to the port,", ", where it builds vans,": an
    // aside that says where a site is or what it does; returns the token of its closing comma, or null when the aside is not one or does not close within a few words.
    private static int? WhereAsideEnd(SentenceView sentence, int start, int limit)
    {
        bool where = sentence.Word(start) is "near" or "outside" or "close"
            || (sentence.Word(start) is "on" && sentence.Word(start + 1) is "the" && sentence.Word(start + 2) is "outskirts" or "edge" or "banks" or "shores")
            || (sentence.Word(start) is "just" && sentence.Word(start + 1) is "outside" or "north" or "south" or "east" or "west")

            // "Kaohsiung, where it makes electric buses, and Lordstown": a relative clause about the first site.
            || sentence.Word(start) is "where" or "which";
        if (!where)
        {
            return null;
        }

        for (int k = start + 1; k < limit && k <= start + 8; k++)
        {
            if (sentence.Word(k) is ",")
            {
                return k;
            }
        }

        return null;
    }

    // "a second plant in Manisa, Turkey", "two plants, in Chachoengsao and …": a province that a town shares its name with
    // ("homonyms"), right after a site noun and "in" or "at", is the town.
    private static bool TownAfterSiteNoun(SentenceView sentence, EntityMention mention)
    {
        int at = sentence.TokenAt(mention.Start);
        return mention.Entry is { Kind: "region" } entry && entry.Attributes.ContainsKey("homonyms")
            && at - 2 >= sentence.First && sentence.Word(at - 1) is "in" or "at"
            && (GapSiteNouns.Contains(sentence.Word(at - 2)) || (at - 3 >= sentence.First && sentence.Word(at - 2) is "," && GapSiteNouns.Contains(sentence.Word(at - 3))))
            && !RegionNouns.Contains(sentence.Word(sentence.TokenAt(mention.End)));
    }

    // "plants in Szeged and Manisa": a province that a town shares its name with, joined by "and" to a town just listed,
    // is the town too (not "Detroit, Michigan", where a comma alone says where the first town is).
    private static bool TownAfterListedTown(SentenceView sentence, EntityMention mention, ImmutableArray<EntityRef>.Builder sites)
    {
        if (sites.Count == 0 || mention.Entry is not { Kind: "region" } entry || !entry.Attributes.ContainsKey("homonyms")
            || RegionNouns.Contains(sentence.Word(sentence.TokenAt(mention.End))))
        {
            return false;
        }

        int at = sentence.TokenAt(mention.Start);
        int before = at - 1;
        if (before <= sentence.First || sentence.Word(before) is not "and")
        {
            return false;
        }

        before--;
        if (sentence.Word(before) is ",")
        {
            before--;
        }

        return before >= sentence.First && sentence.Tokens[before].End == sites[^1].End;
    }

    // "in Hanover, Aachen and Korbach": a province that a town shares its name with, joined by a comma or "and" to a town of
    // the gazetteer right after it, is the town too.
    private static bool TownBeforeListedTown(SentenceView sentence, EntityMention mention)
    {
        if (mention.Entry is not { Kind: "region" } entry || !entry.Attributes.ContainsKey("homonyms"))
        {
            return false;
        }

        // Not "Windsor, Ontario, and Spring Hill", "Joinville in Santa Catarina, Sorocaba": after a town, the province says
        // where that town is.
        // Nor "Deeside, North Wales, and Burnaston": a compass word before makes the name a region's.
        int at = sentence.TokenAt(mention.Start);
        if ((at - 2 >= sentence.First && sentence.Word(at - 1) is "," or "in" && sentence.MentionAt(at - 2) is { Label: EntityLabel.Loc } before
            && before.End == sentence.Tokens[at - 2].End) || (at - 1 >= sentence.First && CompassWords.Contains(sentence.Word(at - 1))))
        {
            return false;
        }

        int next = sentence.TokenAt(mention.End);
        if (next >= sentence.End || sentence.Word(next) is not ("," or "and"))
        {
            return false;
        }

        int townAt = sentence.Word(next) is "," && sentence.Word(next + 1) is "and" ? next + 2 : next + 1;
        return sentence.MentionAt(townAt) is { Label: EntityLabel.Loc, Entry.Kind: "city" } town && sentence.TokenAt(town.Start) == townAt;
    }

    private static bool SharesFirstWord(string name, string other)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        ReadOnlySpan<char> first = space < 0 ? name : name.AsSpan(0, space);
        return other.AsSpan().StartsWith(first, StringComparison.Ordinal) && (other.Length == first.Length || other[first.Length] == ' ');
    }

    // "at Somaca in Casablanca", "the Somaca site in Casablanca", "the former Lordstown Motors factory in Lordstown": a company's
    // name inside a list, after "at", "the" or "former" and before (a site noun and) "in"/"at" and a place.
    // After "the", only the owner's own unit or a company that no longer exists: "the Volkswagen plant in Bratislava" is another
    // owner's site.
    private static bool NamesSiteInTown(SentenceView sentence, EntityMention mention, EntityMention? owner)
    {
        int at = sentence.TokenAt(mention.Start), next = sentence.TokenAt(mention.End);
        if (!(sentence.Word(at - 1) is "at" or "former"
            || (sentence.Word(at - 1) is "the" && (mention.Entry?.Parent is { } parent && parent == owner?.Name || mention.Entry?.Attributes.GetValueOrDefault("status") is "defunct"))))
        {
            return false;
        }

        if (SiteNouns.Contains(sentence.Word(next)))
        {
            next++;
        }

        return sentence.Word(next) is "in" or "at" && sentence.MentionAt(next + 1) is { Label: EntityLabel.Loc };
    }

    // "the group" for a unit the text speaks of ("Kia", "Magna Steyr"): its parent, where the text names the parent before
    // the sentence; the last such mention, or null.
    private static EntityMention? NamedBefore(SentenceView sentence, string name)
    {
        EntityMention? found = null;
        foreach (EntityMention mention in sentence.Document.Entities)
        {
            if (mention.Start >= sentence.Span.Start)
            {
                break;
            }

            if (mention.Label == EntityLabel.Org && mention.Name == name)
            {
                found = mention;
            }
        }

        return found;
    }

    // "… arrive from Yazaki, which has plants in …": the company a relative clause speaks of.
    private static bool HeadsRelativeClause(SentenceView sentence, EntityMention mention) =>
        sentence.TokenAt(mention.End) is var comma && sentence.Word(comma) is ","
        && ((sentence.Word(comma + 1) is "which" && sentence.Word(comma + 2) is "has" or "have" or "had" or "operates" or "runs" or "owns" or "also" or "builds" or "makes")
            || (sentence.Word(comma + 1) is "whose" && GapSiteNouns.Contains(sentence.Word(comma + 2))));

    // "the joint venture of Ford and SK On": a company joined by "and" to one after "of", "with", "by", … is an object too.
    private static bool JoinedToObject(SentenceView sentence, int token)
    {
        if (token - 2 < sentence.First || sentence.Word(token - 1) is not "and" || sentence.MentionAt(token - 2) is not { Label: EntityLabel.Org } first)
        {
            return false;
        }

        int start = sentence.TokenAt(first.Start);
        return start > sentence.First && sentence.Word(start - 1) is "with" or "of" or "from" or "for" or "to" or "by" or "between";
    }

    // The company right before the site noun, with at most two lower-case words between: "AESC plants", "Hyundai vehicle
    // plants", "BMW assembly plants".
    private static bool ModifiesSiteNoun(SentenceView sentence, EntityMention mention, int cue)
    {
        int after = sentence.TokenAt(mention.End);
        if (after > cue || cue - after > 2 || !GapSiteNouns.Contains(sentence.Word(cue)))
        {
            return false;
        }

        for (int k = after; k < cue; k++)
        {
            // "… to General Motors from plants in …": a preposition between them, the company modifies nothing.
            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || !char.IsLower(sentence.Word(k)[0]) || NotListWords.Contains(sentence.Word(k))
                || sentence.Word(k) is "in" or "at" or "for" or "by" or "with" or "and" or "or")
            {
                return false;
            }
        }

        return true;
    }

    private static bool SaysWhere(SentenceView sentence, EntityMention mention) =>
        SaysWhereAt(sentence, sentence.TokenAt(mention.Start), sentence.TokenAt(mention.End));

    // "Thailand (Rayong)": the bracketed place names the site inside the country, even where a province shares its name.
    private static bool IsAfterCountry(SentenceView sentence, EntityMention mention)
    {
        int open = sentence.TokenAt(mention.Start) - 1;
        return open > sentence.First && sentence.MentionAt(open - 1) is { Label: EntityLabel.Loc, Entry.Kind: "country" };
    }

    // "Besides Dharwad, …", "Apart from Thai Binh, …": the place that opens the sentence, as a mention.
    private static EntityMention? BesidesSite(SentenceView sentence)
    {
        int k = sentence.First;
        if (sentence.Word(k) is "Besides" or "Beside")
        {
            k++;
        }
        else if (sentence.Word(k) is "Apart" or "Aside" && sentence.Word(k + 1) is "from")
        {
            k += 2;
        }
        else
        {
            return null;
        }

        if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } place)
        {
            return sentence.Word(sentence.TokenAt(place.End)) is "," && place.Entry?.Kind is not ("country" or "continent" or "macroregion") ? place : null;
        }

        int end = k;
        while (end < sentence.End && end < k + 3 && sentence.Tokens[end].Kind == Tokenization.TokenKind.Word && Text.CharClass.IsUpper(sentence.Word(end)[0])
            && sentence.MentionAt(end) is null)
        {
            end++;
        }

        if (end == k || sentence.Word(end) is not ",")
        {
            return null;
        }

        int from = sentence.Tokens[k].Start, to = sentence.Tokens[end - 1].End;
        return new EntityMention(from, to, EntityLabel.Loc, sentence.Document.Text[from..to], 0.5, EntitySource.Pattern);
    }

    private static void AddSite(Document document, EntityMention mention, ImmutableArray<EntityRef>.Builder sites, HashSet<string> seen, bool siteInCountry = false)
    {
        // Not "Nairobi" in "the Nairobi-based Kimathi family": a place inside a compound describes, it is no site.
        if (mention.Label == EntityLabel.Loc && (mention.Entry?.Kind is "country" or "continent" or "macroregion"
            || (mention.End < document.Text.Length && document.Text[mention.End] == '-')))
        {
            return;
        }

        if (mention.Label == EntityLabel.Loc && mention.Entry?.Kind is "region" && !siteInCountry)
        {
            return;
        }

        EntityRef site = EntityRef.From(document, mention);
        if (mention.Entry?.Kind is "region")
        {
            // The town, not the province the gazetteer knows by that name: the name as written.
            site = site with { Name = site.Text };
        }

        if (mention.Label == EntityLabel.Facility)
        {
            // "Cléon factory" → Cléon: the name without the facility noun and its modifiers.
            string name = mention.Name;
            string[] words = name.Split(' ');
            int keep = words.Length;
            while (keep > 1 && (NameCues.FacilityHeads.Contains(words[keep - 1]) || NameCues.FacilityModifiers.Contains(words[keep - 1])))
            {
                keep--;
            }

            site = site with { Name = string.Join(' ', words, 0, keep) };
        }

        if (seen.Add(site.Name))
        {
            sites.Add(site);
        }
    }

    private static ReadOnlySpan<char> LastWord(string unit)
    {
        int space = unit.LastIndexOf(' ');
        return space < 0 ? unit : unit.AsSpan(space + 1);
    }
}
