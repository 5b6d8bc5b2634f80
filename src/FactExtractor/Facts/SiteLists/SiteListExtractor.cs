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
        "network", "footprint",
    ]);

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
        EntityMention? lastOrganization = null;
        foreach (SentenceView sentence in SentenceView.All(document))
        {
            EntityMention? subjectBefore = lastOrganization;
            int cue = sentence.FindFirst(SiteNouns, sentence.First, sentence.End);

            if (cue >= 0 && !sentence.Contains(Negations))
            {
                TryExtract(sentence, cue, subjectBefore, output);
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
    }

    private static void TryExtract(SentenceView sentence, int cue, EntityMention? lastOrganization, ICollection<Fact> output)
    {
        Document document = sentence.Document;
        int cueOffset = sentence.Tokens[cue].Start;
        EntityMention? owner = null;
        var sites = ImmutableArray.CreateBuilder<EntityRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int? declared = null;
        // "The carmaker operates …", "Its plants …": the organisation named last, before any named in this sentence.
        bool describedOwner = (sentence.Word(sentence.First) is "Its" or "Their" || (sentence.Word(sentence.First) is "The"
            && sentence.Word(sentence.First + 1) is "company" or "group" or "carmaker" or "automaker" or "firm" or "supplier" or "maker"))
            && !sentence.Mentions.Exists(m => m.Label == EntityLabel.Org && m.Start < cueOffset);
        if (describedOwner)
        {
            owner = lastOrganization;
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            // "three German vehicle factories", "11 sites": the declared total, wherever it stands.
            if (mention.Label == EntityLabel.Quantity && mention.Value is QuantityValue quantity && declared is null
                && SiteNouns.Contains(LastWord(quantity.Unit)))
            {
                declared = (int)quantity.Value;
                continue;
            }

            bool bracketed = sentence.TokenAt(mention.Start) is var at && at > sentence.First && sentence.Word(at - 1) is "(";
            if (mention.Start < cueOffset)
            {
                // The organisation nearest the cue owns the list: "The group's battery company, PowerCo, is building …".
                if (mention.Label == EntityLabel.Org && !describedOwner && !bracketed
                    && !(sentence.TokenAt(mention.Start) is var before && sentence.Word(before - 1) is "with" or "of" or "from" or "for" or "to"))
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

            if (mention.Label is EntityLabel.Loc or EntityLabel.Facility)
            {
                AddSite(document, mention, sites, seen, bracketed && IsAfterCountry(sentence, mention));
            }
            else if (mention.Label == EntityLabel.Org && owner is not null && mention.Name != owner.Name && sites.Count > 0 && !bracketed)
            {
                // "…, and the Volkswagen plant in Bratislava": another owner's sites end this owner's list.
                break;
            }
            else if (mention.Label == EntityLabel.Org && owner is null && !bracketed
                && !(sentence.TokenAt(mention.Start) is var after && sentence.Word(after - 1) is "with" or "of" or "from" or "for" or "to"))
            {
                owner = mention;
            }
        }

        if (sites.Count < 2 || !IsEnumerated(sentence, sites))
        {
            return;
        }

        // "Neue Klasse models will be built at four plants: …": no owner named here, so the one named last.
        bool inherited = owner is null;
        owner ??= lastOrganization;
        if (owner is null)
        {
            return;
        }

        output.Add(new SiteListFact(
            EntityRef.From(document, owner),
            sites.ToImmutable(),
            declared,
            sentence.Span,
            inherited ? 0.5 : owner.Start < cueOffset ? 0.8 : 0.6,
            declared is null ? "siteList.enumeration" : "siteList.declared-count"));
    }

    private static readonly SpanLookup ListJoiners = new([",", "and", ";", "&", "plus", "with", "as", "well", ":"]);

    private static readonly SpanLookup Contrasts = new(["vs", "vs.", "versus", "against"]);

    private static readonly SpanLookup NotListWords = new(["near", "outside", "of", "on", "from", "to", "between", "than", "into", "where", "which", "vs", "vs.", "versus"]);

    // Two sites are listed together when little stands between them and a list joiner does: "Douai, Maubeuge and Ruitz",
    // "Solihull and Halewood in England and at Nitra" — not "Figueruelas, on the outskirts of Zaragoza".
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
            bool joiner = false, blocked = to - from > 8;
            for (int t = from; t < to && !blocked; t++)
            {
                joiner |= ListJoiners.Contains(sentence.Word(t));
                blocked |= NotListWords.Contains(sentence.Word(t));
            }

            if (joiner && !blocked)
            {
                linked++;
            }
        }

        return linked >= 1;
    }

    // "Thailand (Rayong)": the bracketed place names the site inside the country, even where a province shares its name.
    private static bool IsAfterCountry(SentenceView sentence, EntityMention mention)
    {
        int open = sentence.TokenAt(mention.Start) - 1;
        return open > sentence.First && sentence.MentionAt(open - 1) is { Label: EntityLabel.Loc, Entry.Kind: "country" };
    }

    private static void AddSite(Document document, EntityMention mention, ImmutableArray<EntityRef>.Builder sites, HashSet<string> seen, bool siteInCountry = false)
    {
        if (mention.Label == EntityLabel.Loc && mention.Entry?.Kind is "country" or "continent" or "macroregion")
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
