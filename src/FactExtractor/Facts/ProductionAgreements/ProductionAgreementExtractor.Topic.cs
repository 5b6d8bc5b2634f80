using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FactExtractor.Entities;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Facts.ProductionAgreements;

/// <summary>Document-level resolution of implicit builders: who owns which plant, and which company the text is about.</summary>
public sealed partial class ProductionAgreementExtractor
{
    // One statement of ownership: "Valdor's plant in Tarnow", "the plant, owned by Valdor", "the Tarnow plant of Valdor".
    private readonly record struct OwnerStatement(int Offset, string? Town, EntityMention Owner);

    // What a document says once for all its sentences, computed on first use.
    private sealed class DocumentTopic
    {
        public readonly List<OwnerStatement> Statements = [];

        public EntityMention? Topic;
    }

    private static readonly ConditionalWeakTable<Document, DocumentTopic> Topics = new();

    private static readonly SpanLookup OwnedPlantNouns = new(["plant", "factory", "works", "facility", "hall", "site"]);

    private static DocumentTopic TopicOf(Document document) => Topics.GetValue(document, Compute);

    private static DocumentTopic Compute(Document document)
    {
        var topic = new DocumentTopic();
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();

        // Towns whose owner the sentence states by possession or a verb of running ("Valdor runs a plant in Tarnow").
        foreach (EntityMention mention in all)
        {
            if (mention.Label is EntityLabel.Loc or EntityLabel.Facility && PossessedPlantOwner(document, mention) is { } possessor)
            {
                topic.Statements.Add(new OwnerStatement(mention.Start, TownKey(mention), possessor));
            }
        }

        foreach (Sentence sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!OwnedPlantNouns.Contains(tokens[t].Slice(text)))
                {
                    continue;
                }

                EntityMention? town = t > sentence.FirstToken ? SentenceView.MentionEndingAt(document, tokens[t - 1].End) : null;
                town = town is { Label: EntityLabel.Loc or EntityLabel.Facility } ? town : null;
                EntityMention? owner = null;
                int k = t + 1;

                // "the factory in Tarnow, run by Valdor"
                if (town is null && k + 1 < sentence.EndToken && tokens[k].Slice(text) is "in" or "at" or "near"
                    && SentenceView.MentionStartingAt(document, tokens[k + 1].Start) is { Label: EntityLabel.Loc or EntityLabel.Facility } placed
                    && TokenSearch.FirstAtOrAfter(tokens, placed.End, k + 1, sentence.EndToken) is var afterPlaced && afterPlaced < sentence.EndToken
                    && tokens[afterPlaced].Slice(text) is ",")
                {
                    town = placed;
                    k = afterPlaced;
                }

                if (k < sentence.EndToken && tokens[k].Slice(text) is ",")
                {
                    k++;
                }

                // "the plant, owned by Valdor", "the factory run by Valdor", "the hall at Valdor", "the Tarnow plant of Valdor"
                if (k + 1 < sentence.EndToken && tokens[k].Slice(text) is "owned" or "run" or "operated" && tokens[k + 1].Slice(text) is "by")
                {
                    owner = OrganizationAt(document, tokens, k + 2, sentence);
                }
                else if (k == t + 1 && k < sentence.EndToken && tokens[k].Slice(text) is "of" or "at")
                {
                    owner = OrganizationAt(document, tokens, k + 1, sentence);
                }

                // "Valdor, the car plant it runs with Kia, …": a company the text calls a plant.
                if (owner is null && t - 3 >= sentence.FirstToken && tokens[t - 1].Kind == TokenKind.Word)
                {
                    int the = tokens[t - 2].Slice(text) is "the" ? t - 2 : tokens[t - 3].Slice(text) is "the" ? t - 3 : -1;
                    if (the - 2 >= sentence.FirstToken && tokens[the - 1].Slice(text) is "," && SentenceView.MentionEndingAt(document, tokens[the - 2].End) is { Label: EntityLabel.Org } called)
                    {
                        owner = called;
                    }
                }
                else if (owner is null && t - 2 >= sentence.FirstToken && tokens[t - 1].Slice(text) is "the" && tokens[t - 2].Slice(text) is ","
                    && SentenceView.MentionEndingAt(document, tokens[t - 3 >= 0 ? t - 3 : 0].End) is { Label: EntityLabel.Org } calledPlain)
                {
                    owner = calledPlain;
                }

                // "the Valdor factory in Tarnow": a company that only says whose plant, after "the".
                if (owner is null && town is null && t >= sentence.FirstToken + 2 && SentenceView.MentionEndingAt(document, tokens[t - 1].End) is { Label: EntityLabel.Org } named
                    && TokenSearch.FirstAtOrAfter(tokens, named.Start, sentence.FirstToken, t) is var first && first > sentence.FirstToken && tokens[first - 1].Slice(text) is "the" or "The")
                {
                    owner = named;
                }

                if (owner is null || SentenceView.IsFinancierName(owner.Name))
                {
                    continue;
                }

                // The town after the noun: "the Valdor factory in Tarnow".
                if (town is null && t + 2 < sentence.EndToken && tokens[t + 1].Slice(text) is "in" or "at" or "near"
                    && SentenceView.MentionStartingAt(document, tokens[t + 2].Start) is { Label: EntityLabel.Loc or EntityLabel.Facility } after)
                {
                    town = after;
                }

                topic.Statements.Add(new OwnerStatement(tokens[t].Start, town is null ? null : TownKey(town), owner));
            }
        }

        // "In Tarnow, a factory … / the hall at Valdor": a statement in the headline or lead without a town is of the town the
        // document opens with.
        EntityMention? openingTown = null;
        int leadEnd = document.Sentences.Length > 2 ? document.Sentences[2].End : document.Text.Length;
        foreach (EntityMention mention in all)
        {
            if (mention.Start >= leadEnd)
            {
                break;
            }

            if (IsTownMention(mention))
            {
                openingTown = mention;
                break;
            }
        }

        for (int i = 0; i < topic.Statements.Count && openingTown is not null; i++)
        {
            if (topic.Statements[i] is { Town: null } statement && statement.Offset < leadEnd && openingTown.Start < statement.Offset)
            {
                topic.Statements[i] = statement with { Town = TownKey(openingTown) };
            }
        }

        topic.Statements.Sort(static (a, b) => a.Offset.CompareTo(b.Offset));
        topic.Topic = MainCompany(document);
        return topic;
    }

    // A town's name without diacritics ("Zilina plant" and "Žilina" are one town); a facility by its first word.
    private static string TownKey(EntityMention town)
    {
        string name = town.Label == EntityLabel.Facility ? town.Name.Split(' ')[0] : town.Name;
        string decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var key = new System.Text.StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    private static EntityMention? OrganizationAt(Document document, ReadOnlySpan<Token> tokens, int k, Sentence sentence) =>
        k < sentence.EndToken && SentenceView.MentionStartingAt(document, tokens[k].Start) is { Label: EntityLabel.Org } owner ? owner : null;

    // The company of the headline and the lead, weighted by how often it is the subject of a sentence.
    private static EntityMention? MainCompany(Document document)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        var scores = new Dictionary<string, (int Score, EntityMention First)>(StringComparer.Ordinal);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            Sentence sentence = document.Sentences[s];
            int first = SentenceView.AfterDateline(document, sentence);
            if (first >= sentence.EndToken || tokens[first].Kind == TokenKind.Quote)
            {
                continue;
            }

            for (int m = MentionSearch.FirstStartingAtOrAfter(all, tokens[first].Start); m < all.Length && all[m].Start < sentence.End; m++)
            {
                EntityMention mention = all[m];
                int token = TokenSearch.FirstAtOrAfter(tokens, mention.Start, first, sentence.EndToken);
                if (token > first + 6)
                {
                    break;
                }

                if (mention.Label != EntityLabel.Org || SentenceView.IsFinancierMention(mention)
                    || (token > first && tokens[token - 1].Slice(text) is "with" or "of" or "from" or "for" or "to" or "by" or "in" or "at" or "and"))
                {
                    continue;
                }

                int weight = s <= 1 ? 3 : 1;
                scores[mention.Name] = scores.TryGetValue(mention.Name, out var seen) ? (seen.Score + weight, seen.First) : (weight, mention);
                break;
            }
        }

        EntityMention? best = null;
        int bestScore = 0;
        bool tie = false;
        foreach (var (score, mention) in scores.Values)
        {
            if (score > bestScore)
            {
                (best, bestScore, tie) = (mention, score, false);
            }
            else if (score == bestScore)
            {
                tie = true;
            }
        }

        return tie || bestScore < 3 ? null : best;
    }

    // "The plant also assembles …", "the Tarnow plant …": the owner the text last stated for the plant (of the town, where
    // given) before an offset; null where none is stated or two companies are stated (for the same town, or for plants at all
    // where no town is given).
    private static EntityMention? StatedPlantOwner(Document document, int before, string? town) => StatedPlantOwner(document, before, town, out _);

    private static EntityMention? StatedPlantOwner(Document document, int before, string? town, out bool ambiguous)
    {
        ambiguous = false;
        List<OwnerStatement> statements = TopicOf(document).Statements;
        EntityMention? found = null;
        for (int i = statements.Count - 1; i >= 0; i--)
        {
            OwnerStatement statement = statements[i];
            if (statement.Offset >= before || (town is not null && statement.Town != town))
            {
                continue;
            }

            if (found is null)
            {
                found = statement.Owner;
            }
            else if (!SameGroup(found, statement.Owner))
            {
                ambiguous = true;
                return null;
            }
        }

        return found;
    }

    // The company the document is about, unless it is the other party or of its group.
    private static EntityMention? DocumentTopicCompany(Document document, EntityMention? exclude)
    {
        EntityMention? topic = TopicOf(document).Topic;
        return topic is null || (exclude is not null && SameGroup(topic, exclude)) ? null : topic;
    }

    // "The plant has done contract work before. In 2019 it built …": "it" after a sentence opened by "The plant" is that plant,
    // the owner the text stated for it; ambiguous where two owners are stated.
    private static EntityMention? PreviousPlantNounOwner(SentenceView sentence, out bool ambiguous)
    {
        ambiguous = false;
        if (sentence.Index == 0)
        {
            return null;
        }

        Document document = sentence.Document;
        Sentence previous = document.Sentences[sentence.Index - 1];
        int k = SentenceView.AfterDateline(document, previous);
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        if (k + 2 >= previous.EndToken || tokens[k].Slice(document.Text) is not ("The" or "That" or "This")
            || !OwnedPlantNouns.Contains(tokens[k + 1].Slice(document.Text)) || tokens[k + 2].Kind != TokenKind.Word)
        {
            return null;
        }

        return StatedPlantOwner(document, previous.Start, null, out ambiguous);
    }

    private static bool IsTownMention(EntityMention mention) =>
        mention.Label == EntityLabel.Facility || (mention.Label == EntityLabel.Loc && mention.Entry?.Kind is "city" or null);

    // "… the Busan plant … Since the spring the plant has assembled …": the owner stated for the plant the text last spoke of
    // (the last town or facility named, else the last statement); null where none is stated or its town has two owners.
    private static EntityMention? RecentStatedPlantOwner(SentenceView sentence)
    {
        List<OwnerStatement> statements = TopicOf(sentence.Document).Statements;
        int last = statements.Count - 1;
        while (last >= 0 && statements[last].Offset >= sentence.Span.Start)
        {
            last--;
        }

        if (last < 0)
        {
            return null;
        }

        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, sentence.Span.Start) - 1; m >= 0 && all[m].Start > statements[last].Offset; m--)
        {
            if (IsTownMention(all[m]))
            {
                return StatedPlantOwner(sentence.Document, sentence.Span.Start, TownKey(all[m]));
            }
        }

        return statements[last].Town is { } town ? StatedPlantOwner(sentence.Document, sentence.Span.Start, town) : statements[last].Owner;
    }

    private static readonly SpanLookup PassiveBuildParticiples = new(["built", "made", "assembled", "produced", "manufactured"]);

    private static readonly SpanLookup BeForms = new(["is", "are", "was", "were", "been", "be", "being"]);

    // "The Amarok is built for Volkswagen at the Pretoria plant", "Volkswagen's Amarok was put together in Pretoria": an
    // agentless passive in a town is the work of the owner the text stated for that town; the customer is the one named after
    // "for", else the model's brand.
    private static void AddStatedTownPassive(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int p = sentence.First + 2; p < sentence.End; p++)
        {
            int after = PassiveBuildParticiples.Contains(sentence.Word(p)) ? p + 1 : sentence.Word(p) is "put" && sentence.Word(p + 1) is "together" ? p + 2 : -1;
            EntityMention? client = after >= 0 ? CausativeClient(sentence, p) : null;
            if (after < 0 || !(client is not null || BeForms.Contains(sentence.Word(p - 1))
                || (BeForms.Contains(sentence.Word(p - 2)) && sentence.Word(p - 1) is "also" or "now" or "still" or "already" or "later" or "then")))
            {
                continue;
            }

            EntityMention? town = null;
            for (int k = after; k < sentence.End && k < after + 8; k++)
            {
                ReadOnlySpan<char> word = sentence.Word(k);
                if (word is "by" or "," or ";" or "and" or "which" or "that")
                {
                    break;
                }

                if (word is "for" && client is null && ActorAt(sentence, k + 1) is { Label: EntityLabel.Org } named)
                {
                    client = named;
                    k = sentence.TokenAt(named.End) - 1;
                    continue;
                }

                // "assembled here": the town the text last named.
                if (word is "here" && town is null)
                {
                    town = LastTownBefore(sentence);
                    continue;
                }

                if (word is "in" or "at" && town is null)
                {
                    int at = sentence.Word(k + 1) is "the" ? k + 2 : k + 1;
                    if (sentence.MentionAt(at) is { Label: EntityLabel.Loc or EntityLabel.Facility } place && IsTownMention(place))
                    {
                        town = place;
                        k = sentence.TokenAt(place.End) - 1;
                    }
                }
            }

            if (town is null || sentence.FindFirst(Agents, after, sentence.End) >= 0 || IsNegated(sentence))
            {
                return;
            }

            // The model before the verb: "Volkswagen's Amarok was built …", "The Amarok is built …".
            if (client is null)
            {
                for (int k = p - 1; k >= sentence.First && k >= p - 6; k--)
                {
                    if (sentence.MentionAt(k) is { Label: EntityLabel.Product } product)
                    {
                        client = BrandOf(sentence, product);
                        break;
                    }
                }
            }

            if (client is null || StatedPlantOwner(document, sentence.Span.Start, TownKey(town)) is not { } builder
                || SameGroup(builder, client) || IsFinancier(builder) || IsFinancier(client))
            {
                return;
            }

            if (seen.Add((builder.Name, client.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, p, builder, client, "productionAgreement.stated-town-passive", output);
            }

            return;
        }
    }

    private static readonly SpanLookup Agents = new(["by"]);

    // "Porsche had its Boxster assembled here": the company that had its model built, or null.
    private static EntityMention? CausativeClient(SentenceView sentence, int participle)
    {
        for (int k = participle - 1; k > sentence.First && k >= participle - 10; k--)
        {
            if (sentence.Word(k) is "had" or "has" or "have")
            {
                return sentence.Word(k + 1) is "its" or "their" && sentence.MentionAt(k + 2) is { Label: EntityLabel.Product }
                    && sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } client ? client : null;
            }
        }

        return null;
    }

    // The last town or facility named before the sentence.
    private static EntityMention? LastTownBefore(SentenceView sentence)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, sentence.Span.Start) - 1; m >= 0; m--)
        {
            if (IsTownMention(all[m]))
            {
                return all[m];
            }
        }

        return null;
    }

    // True where the text states plants of two companies in the town: its plant's owner is not guessed.
    private static bool TownHasTwoOwners(SentenceView sentence, EntityMention town)
    {
        StatedPlantOwner(sentence.Document, sentence.Span.Start, TownKey(town), out bool ambiguous);
        return ambiguous;
    }
}
