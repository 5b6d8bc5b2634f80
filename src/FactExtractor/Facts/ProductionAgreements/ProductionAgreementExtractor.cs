using System;
using System.Collections.Generic;
using FactExtractor.Entities;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Facts.ProductionAgreements;

/// <summary>
/// Finds one company building for another, in either voice:
/// <c>X builds P for Y</c>, <c>P is built by X for Y</c>, <c>X will produce P in Y's Douai plant</c>,
/// <c>P produced in a Y factory in Chennai</c>, <c>X will supply Y with P</c>, <c>X assembles P on behalf of Y</c>,
/// <c>Y's P, sold with an X badge</c>. The manufacturer owns the plant; the customer owns the product. A company
/// building its own models in its own plant is not an agreement; building for a sister company or brand is.
/// </summary>
public sealed class ProductionAgreementExtractor : IFactExtractor
{
    private static readonly SpanLookup BuildVerbs = new(
    [
        "build", "builds", "built", "building", "produce", "produces", "produced", "producing", "production", "make", "makes",
        "made", "making", "assemble", "assembles", "assembled", "assembling", "assembly", "manufacture", "manufactures",
        "manufactured", "manufacturing", "supply", "supplies", "supplied", "supplying", "roll", "rolls", "rolled", "contract-build",
        "sourced", "source", "sources", "sourcing", "rebadged", "rebadge", "badge-engineered", "marketed", "sell", "sells", "sold",
        "cast", "casts", "casting", "weld", "welds", "welded", "welding", "stamp", "stamps", "stamped", "outsourced", "outsources",
        "outsource", "subcontracted", "fabricate", "fabricates", "fabricated", "fabricating", "paint", "paints", "painted",
        "deliver", "delivers", "delivered", "delivering", "ship", "ships", "shipped", "shipping",
        "hand-built", "hand-assembled", "contract-built", "contract-manufactured", "co-produced", "co-produces",
        "converted", "converts", "processed", "processes", "refined", "refines", "deliveries", "shipments", "Production", "Assembly", "Manufacturing",
        "machined", "machines", "moulded", "molded", "moulds", "molds", "forged", "forges", "sewn", "sews", "coated", "coats", "extruded",
        "extrudes", "wound", "winds",
        "stitch", "stitches", "stitched", "sew", "sewed", "mould", "mold",
        "provide", "provides", "provided", "providing", "churn", "churns", "churned", "churning", "presses",
    ]);

    // "Bystrzyca has bought its battery packs from Hengrui": buying a product from its maker.
    private static readonly SpanLookup AgentWords = new(["by"]);

    private static readonly SpanLookup SupplyParticiples = new(["supplied", "delivered", "shipped", "sold", "provided"]);

    // Words of quantity before the possessor of the goods built: "most of Nio's cells", "every Nio car", "all of the".
    private static readonly SpanLookup ObjectQuantifiers = new(["the", "most", "all", "every", "some", "part", "much", "half", "bulk", "majority", "of", "each", "many"]);

    private static readonly SpanLookup GoVerbs = new(["go", "goes", "went", "going"]);

    private static readonly SpanLookup UnderWords = new(["under"]);

    private static readonly SpanLookup ModelNouns = new(["models", "model", "cars", "car", "vehicles", "vans", "trucks", "buses", "products", "scooters", "cells", "packs", "pickups", "SUVs", "motorcycles", "three-wheelers"]);

    // "its own Austral": a model the text marks as the builder's own.
    private static bool OwnModel(SentenceView sentence, EntityMention product)
    {
        int at = sentence.TokenAt(product.Start);
        return at - 1 >= sentence.First && sentence.Word(at - 1) is "own";
    }

    // The build verb that governs "for Y": one of the build verbs, or "turn out", up to eight words before.
    // Whether the verb that governs a "to" at forAt supplies goods: "supplies engines to", "ships cells to", "delivers packs to".
    private static bool IsSupplyWord(SentenceView sentence, int forAt) =>
        GoverningVerb(sentence, forAt) is >= 0 and var verb
        && sentence.Word(verb) is "supply" or "supplies" or "supplied" or "supplying" or "deliver" or "delivers" or "delivered" or "delivering"
            or "ship" or "ships" or "shipped" or "shipping";

    // A model at token i: a product the lexicon knows ("the Aygo"), or a brand followed by a model number ("the Peugeot 108").
    private static bool IsModelAt(SentenceView sentence, int i) =>
        sentence.MentionAt(i) is { } mention
        && (mention.Label == EntityLabel.Product
            || (mention.Label == EntityLabel.Org && sentence.TokenAt(mention.End) is var after && after < sentence.End
                && (sentence.MentionAt(after) is { Label: EntityLabel.Product } || (sentence.Word(after).Length > 0 && char.IsAsciiDigit(sentence.Word(after)[0])))));

    private static int GoverningVerb(SentenceView sentence, int forAt)
    {
        int verb = sentence.FindLast(BuildVerbs, forAt - 8, forAt);
        if (verb >= 0)
        {
            return verb;
        }

        // "builds the EX90 electric SUV and the Polestar 3 for Polestar": a longer object, as long as no clause break
        // or other verb stands between.
        bool coordinated = false;
        for (int k = forAt - 1; k > sentence.First && k >= forAt - 16; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (BuildVerbs.Contains(word))
            {
                return k < forAt - 8 ? k : -1;
            }

            // "produces the Caddy for its own brand and the Tourneo Connect for Ford": a second object of the same verb, past
            // the first object's "for".
            if (word is "and" && sentence.Word(k + 1) is "the" && IsModelAt(sentence, k + 2))
            {
                coordinated = true;
                continue;
            }

            if (word is "for" && coordinated)
            {
                coordinated = false;
                continue;
            }

            // "built the Aygo, the Peugeot 108 and the Citroën C1 for its two owners": a comma inside a list of models.
            if (word is "," && IsModelAt(sentence, sentence.Word(k + 1) is "the" ? k + 2 : k + 1))
            {
                continue;
            }

            // "assembles the instrument panel, wiring and climate unit for Corvane": a comma inside a list of parts that "and" closes.
            if (word is "," && IsListedPart(sentence, k + 1, forAt))
            {
                continue;
            }

            if (word is "," or ";" or ":" or "but" or "while" or "which" or "that" or "who" or "for" or "by" || IsFiniteVerbLike(word))
            {
                break;
            }
        }

        // "will build a robotaxi, with no steering wheel or pedals, for Lingxi": past a parenthesis set off by commas.
        if (forAt - 1 > sentence.First && sentence.Word(forAt - 1) is "," && sentence.FindLast(Commas, Math.Max(sentence.First, forAt - 10), forAt - 1) is > 0 and var open
            && sentence.FindLast(BuildVerbs, open - 8, open) is >= 0 and var beforeParenthesis)
        {
            return beforeParenthesis;
        }

        for (int k = forAt - 1; k > sentence.First && k >= forAt - 8; k--)
        {
            // "turn out …", "put together … for"
            if ((sentence.Word(k) is "out" && sentence.Word(k - 1) is "turn" or "turns" or "turned" or "turning")
                || (sentence.Word(k) is "together" && sentence.Word(k - 1) is "put" or "puts" or "putting"))
            {
                return k - 1;
            }
        }

        // "builds the Citan for Mercedes-Benz and the Townstar for Nissan", "built the Boxster for Porsche, the 9-3 convertible
        // for Saab and the Karma for Fisker": further objects and customers that share the verb.
        bool and = false;
        int reach = forAt - 8;
        for (int k = forAt - 1; k > sentence.First && k >= reach; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "and" || (word is "," && k + 1 < forAt && sentence.Word(k + 1) is "the" or "a" or "its"))
            {
                and = true;

                // "builds the Z4 for BMW and, on the same line, the GR Supra for Toyota": an adjunct set off by commas right
                // after the "and" that joins the two objects.
                if (word is "," && sentence.FindLast(Commas, Math.Max(sentence.First, k - 8), k) is > 0 and var adjunct && sentence.Word(adjunct - 1) is "and")
                {
                    reach -= k - adjunct + 1;
                    k = adjunct;
                }
            }
            else if (word is "for" && and)
            {
                return GoverningVerb(sentence, k);
            }
            else if (word is "," or ";" or "but" or "while" or "which" or "that" || IsFiniteVerbLike(word))
            {
                break;
            }
        }

        return -1;
    }

    // A lower-case noun phrase of at most three words at token i, with "and" and one more such phrase closing the list before
    // the "for" at forAt, the list opening and closing with a word for a part: "panel, wiring and climate unit".
    private static bool IsListedPart(SentenceView sentence, int i, int forAt)
    {
        bool and = false;
        int words = 0;
        for (int k = i; k < forAt; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "and" && words > 0 && !and)
            {
                and = true;
                words = 0;
                continue;
            }

            if (word is ",")
            {
                words = 0;
                continue;
            }

            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(word[0]) || sentence.MentionAt(k) is not null
                || ++words > 3 || BuildVerbs.Contains(word) || IsFiniteVerbLike(word)
                || word is "the" or "a" or "an" or "its" or "their" or "which" or "that" or "who" or "it" or "they" or "but" or "while" or "with" or "in" or "at" or "by" or "to" or "from")
            {
                return false;
            }
        }

        return and && words > 0 && IsPartWord(sentence.Word(i - 2)) && IsPartWord(sentence.Word(forAt - 1));
    }

    // "panel", "plates", "unit": a word for a part, plural or singular.
    private static bool IsPartWord(ReadOnlySpan<char> word) =>
        PartNouns.Contains(word) || (word.Length > 2 && !word.EndsWith("s", StringComparison.Ordinal) && PartNouns.Contains(string.Concat(word, "s")));

    private static bool HasDesignerCompound(SentenceView sentence)
    {
        for (int i = sentence.First; i < sentence.End; i++)
        {
            if (sentence.Word(i).Contains('-') && DesignerCompound(sentence, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DesignSuffixes = ["-designed", "-developed", "-engineered", "-branded"];

    // "Ferrion-designed cells": the company named before the suffix, where the document names it elsewhere.
    private static EntityMention? DesignerCompound(SentenceView sentence, int i)
    {
        ReadOnlySpan<char> word = sentence.Word(i);
        foreach (string suffix in DesignSuffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal) && Text.CharClass.IsUpper(word[0]))
            {
                ReadOnlySpan<char> name = word[..^suffix.Length];
                foreach (EntityMention mention in sentence.Document.Entities)
                {
                    // "Ferrion" for "Ferrion" or "Ferrion Cells".
                    if (mention.Label == EntityLabel.Org && mention.End - mention.Start >= name.Length
                        && sentence.Document.Text.AsSpan(mention.Start, name.Length).SequenceEqual(name)
                        && (mention.End - mention.Start == name.Length || sentence.Document.Text[mention.Start + name.Length] == ' '))
                    {
                        int start = sentence.Tokens[i].Start;
                        return new EntityMention(start, start + name.Length, EntityLabel.Org, mention.Name, mention.Confidence, mention.Source) { Entry = mention.Entry };
                    }
                }

                return null;
            }
        }

        return null;
    }

    // "the factory where Jaguar Land Rover builds its Defender": the brand's group is the nearest company before the verb.
    private static bool BrandBuildsItself(SentenceView sentence, int verb, EntityMention brand)
    {
        EntityMention? nearest = null;
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) >= verb)
            {
                break;
            }

            if (mention.Label == EntityLabel.Org)
            {
                nearest = mention;
            }
        }

        return nearest is not null && sentence.TokenAt(nearest.End) >= verb - 3
            && (nearest.Name == brand.Name || SameGroup(nearest, brand) || nearest.Name == brand.Entry?.Parent || brand.Name == nearest.Entry?.Parent);
    }

    // A placeholder for "no company to exclude".
    private static readonly EntityMention NoCompany = new(0, 0, EntityLabel.Org, string.Empty, 0, EntitySource.Pattern);

    private static readonly SpanLookup SubjectFillers = new(
    [
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "also", "already", "now", "still", "currently", "long",
        "previously", "then", "could", "can", "may", "might", "should", "be", "been", "to", "soon", "jointly", "mainly", "mostly",
        "only", "even", "once", "later", "first", "today", "since", "meanwhile",
        // Aspect before an -ing form: "Its plant in Sete Lagoas began assembling …", "Atlas stopped making …".
        "began", "begin", "begins", "started", "start", "starts", "continued", "continue", "continues", "stopped", "stop", "stops", "ceased",
    ]);

    private static readonly SpanLookup Possessives = new(["’s", "'s", "’"]);

    private static readonly SpanLookup TwinNouns = new(["twin", "sibling", "counterpart", "cousin", "clone"]);

    private static readonly SpanLookup ClauseOpeners = new(["while", "whereas", "and", "but", ",", ";", "where", "—", "–", "which", "whereby"]);

    // The company a verb's subject stands for when the subject names none: a town or plant ("Skellefteå makes …",
    // "while Modena builds …", "Its Changwon site builds …", "the Gqeberha factory builds …"), a relative pronoun after a
    // company or plant ("Sahyadri Cell Works, which makes …", "its cell plant in Sunderland, which supplies …"), or a venture
    // named in the subject ("The venture, called Fundiciones del Norte, will cast …").
    private static EntityMention? SubjectPhraseOwner(SentenceView sentence, int verb, EntityMention client)
    {
        int k = verb - 1;
        while (k >= sentence.First && k >= verb - 4 && SubjectFillers.Contains(sentence.Word(k)))
        {
            k--;
        }

        // "the plant stamped and painted van bodies for …": past a coordinated build verb to the shared subject.
        if (k - 1 >= sentence.First && sentence.Word(k) is "and" or "," && BuildVerbs.Contains(sentence.Word(k - 1)))
        {
            k -= 2;
            while (k >= sentence.First && k >= verb - 8 && SubjectFillers.Contains(sentence.Word(k)))
            {
                k--;
            }
        }

        if (k < sentence.First)
        {
            return null;
        }

        // "The $2.3 billion plant in Huntsville, Alabama, owned equally by the two carmakers, builds …": past an apposition that
        // opens with a participle.
        if (sentence.Word(k) is ",")
        {
            for (int c = k - 1; c > sentence.First && c >= k - 12; c--)
            {
                if (sentence.Word(c) is ",")
                {
                    if (OwnershipParticiples.Contains(sentence.Word(c + 1)) || sentence.Word(c + 1) is "located" or "based" or "run" or "operated" or "opened" or "built")
                    {
                        k = c;
                    }

                    break;
                }
            }
        }

        // "Its plant in Sete Lagoas, Minas Gerais, began assembling …": past the region that says where the town is.
        int regionSkip = k;
        while (regionSkip > sentence.First && regionSkip >= k - 5 && (sentence.Word(regionSkip) is "," || sentence.MentionAt(regionSkip) is { Label: EntityLabel.Loc, Entry.Kind: "region" or "country" }))
        {
            regionSkip--;
        }

        if (regionSkip < k && sentence.Word(k) is "," && sentence.MentionAt(regionSkip) is { Label: EntityLabel.Loc })
        {
            k = regionSkip;
        }

        // "Its plant in Sete Lagoas began …": the plant before the town.
        if (sentence.MentionAt(k) is { Label: EntityLabel.Loc } plantTown && sentence.TokenAt(plantTown.Start) is var townAt
            && townAt - 2 >= sentence.First && sentence.Word(townAt - 1) is "in" or "at" && PlantNouns.Contains(sentence.Word(townAt - 2)))
        {
            return PlantPhraseOwner(sentence, townAt - 2, client) is { } plantOwner && plantOwner.Name != client.Name && !SameGroup(plantOwner, client) ? plantOwner : null;
        }

        EntityMention? owner = null;
        if (sentence.Word(k) is "which" or "that" && k > sentence.First)
        {
            int before = sentence.Word(k - 1) is "," ? k - 2 : k - 1;
            if (sentence.MentionAt(before) is { } named)
            {
                if (named.Label == EntityLabel.Org)
                {
                    owner = named;

                    // "Fiat India Automobiles, the company's joint venture with Stellantis, which makes …": the relative
                    // belongs to the name the apposition describes, not to the object of its preposition.
                    int namedAt = sentence.TokenAt(named.Start);
                    if (sentence.Word(k - 1) is "," && namedAt > sentence.First && sentence.Word(namedAt - 1) is "with" or "of" or "between"
                        && sentence.FindLast(Commas, Math.Max(sentence.First, namedAt - 10), namedAt) is > 0 and var opening
                        && sentence.MentionAt(opening - 1) is { Label: EntityLabel.Org } described && described.Name != client.Name)
                    {
                        owner = described;
                    }
                }
                else if (named.Label is EntityLabel.Loc or EntityLabel.Facility)
                {
                    // "its cell plant in Sunderland, which …": the plant before the town.
                    int town = sentence.TokenAt(named.Start);
                    owner = town - 2 >= sentence.First && sentence.Word(town - 1) is "in" or "at" && PlantNouns.Contains(sentence.Word(town - 2))
                        ? PlantPhraseOwner(sentence, town - 2, client) : OwnerOfTown(sentence, named);
                }
            }
            else if (before >= sentence.First && PlantNouns.Contains(sentence.Word(before)))
            {
                owner = PlantPhraseOwner(sentence, before, client);
            }
        }
        else if (sentence.MentionAt(k) is { Label: EntityLabel.Loc } town && sentence.TokenAt(town.Start) is var at
            && (at == sentence.First || ClauseOpeners.Contains(sentence.Word(at - 1))))
        {
            // "Renault's Maubeuge plant assembles …, while Sandouville makes the Primastar for Nissan": a town opening a later
            // clause is a plant of the first clause's company, where the text placed no company in the town.
            owner = OwnerOfTown(sentence, town) ?? (at > sentence.First ? FirstOrganizationBefore(sentence, at, client) : null)
                ?? sentence.LastSubjectBefore(client.Name, notFinancier: true);
        }
        else if (PlantNouns.Contains(sentence.Word(k)) && k - 2 >= sentence.First && sentence.Word(k - 1) is "same" && sentence.Word(k - 2) is "the" or "The")
        {
            // "Maruti produces the e Vitara at its Hansalpur plant, and the same factory will supply Toyota …": the plant the
            // sentence named first, whose owner is its subject; else the plant the text last spoke of.
            owner = FirstOrganizationBefore(sentence, k - 2, client) ?? PlantPhraseOwner(sentence, k, client);
        }
        else if (PlantNouns.Contains(sentence.Word(k)))
        {
            owner = PlantPhraseOwner(sentence, k, client);
        }
        else if (sentence.Word(k) is "contract" or "deal" or "agreement" or "order" && k > sentence.First && sentence.Word(k - 1) is "its" or "their"
            && sentence.Word(k + 1) is "to")
        {
            // "since its contract to build the Ardent there for Halden Motors expired": the company the possessive stands for.
            owner = NearestOwnerBefore(sentence, k - 1, client);
        }
        else if (sentence.Word(k) is "venture" && k > sentence.First && sentence.Word(k - 1) is "the" or "The" or "joint" && sentence.RecentVenture() is { } lastVenture)
        {
            // "The venture makes crankshafts …": the joint venture the text named last.
            owner = lastVenture;
        }
        else if (CompanyDescriptions.Contains(sentence.Word(k)) && k > sentence.First && sentence.Word(k - 1) is "the" or "The")
        {
            // "At its Kénitra plant, the company assembles …"
            owner = sentence.LastSubjectBefore(client.Name, notFinancier: true);
        }
        else if (sentence.Word(sentence.First) is "The" && k > sentence.First && sentence.Word(k) is ",")
        {
            // "The venture, called Fundiciones del Norte and owned 50-50, will cast …"
            for (int c = sentence.First + 1; c < k; c++)
            {
                if (sentence.Word(c) is "called" or "named" && (sentence.MentionAt(c + 1) ?? sentence.UnlistedNameAt(c + 1)) is { Label: EntityLabel.Org } venture)
                {
                    owner = venture;
                    break;
                }
            }
        }

        return owner is not null && owner.Name != client.Name && !SameGroup(owner, client) ? owner : null;
    }

    // "The venture makes crankshafts at a site next to SPC's Ayutthaya factory and ships them to Kaneda Kogyo's engine plants":
    // a verb joined by "and" to an earlier verb of building shares its subject phrase (not the plant named in between).
    private static EntityMention? SharedSubjectOwner(SentenceView sentence, int verb, EntityMention client)
    {
        if (verb - 1 <= sentence.First || sentence.Word(verb - 1) is not "and")
        {
            return null;
        }

        for (int k = verb - 2; k > sentence.First; k--)
        {
            if (sentence.Word(k) is "," or ";" or "which" or "that" or "while" or "but")
            {
                return null;
            }

            if (BuildVerbs.Contains(sentence.Word(k)))
            {
                return SubjectPhraseOwner(sentence, k, client) ?? SubjectBefore(sentence, k, client);
            }
        }

        return null;
    }

    // The company the sentence before describes, in apposition, as a plant: "Renault Nissan Automotive India, the joint-venture
    // plant at Oragadam", "COMPAS, the factory Nissan and Daimler built"; null where it names none so.
    private static EntityMention? PlantCalledCompany(SentenceView sentence)
    {
        if (sentence.Index == 0)
        {
            return null;
        }

        Document document = sentence.Document;
        Tokenization.Sentence before = document.Sentences[sentence.Index - 1];
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, before.Start); m < all.Length && all[m].Start < before.End; m++)
        {
            if (all[m].Label != EntityLabel.Org)
            {
                continue;
            }

            int after = TokenSearch.FirstAtOrAfter(tokens, all[m].End, before.FirstToken, before.EndToken);
            if (after + 2 >= before.EndToken || tokens[after].Slice(document.Text) is not "," || tokens[after + 1].Slice(document.Text) is not "the")
            {
                continue;
            }

            for (int k = after + 2; k < before.EndToken && k <= after + 5; k++)
            {
                ReadOnlySpan<char> word = tokens[k].Slice(document.Text);
                if (PlantNouns.Contains(word))
                {
                    return all[m];
                }

                if (tokens[k].Kind != Tokenization.TokenKind.Word || word.Length == 0 || !Text.CharClass.IsLower(word[0]))
                {
                    break;
                }
            }
        }

        return null;
    }

    // The owner of "its Changwon site", "the Gqeberha factory", "Forvia's plant": the possessor, the company the text placed
    // in the town, or the company the text is about.
    private static EntityMention? PlantPhraseOwner(SentenceView sentence, int plant, EntityMention client)
    {
        for (int j = plant - 1; j >= sentence.First && j >= plant - 5; j--)
        {
            ReadOnlySpan<char> word = sentence.Word(j);
            if (word is "’s" or "'s" && sentence.MentionAt(j - 1) is { Label: EntityLabel.Org } possessor)
            {
                return possessor;
            }

            // "The eMoovy comes from Hyundai, whose Jeonju plant builds …": the company the relative follows.
            if (word is "whose" && j - 1 >= sentence.First && sentence.MentionAt(sentence.Word(j - 1) is "," ? j - 2 : j - 1) is { Label: EntityLabel.Org } whoseOwner)
            {
                return whoseOwner;
            }

            if (word is "its" or "Its" or "their" or "Their")
            {
                // "to Kurosawa Energy for its cell plant": the company just named — but not one named after a preposition
                // ("supplies systems to Škoda Auto, and its plant in Gliwice …"); else the sentence's subject, else the one the
                // text is about.
                for (int b = j - 1; b >= sentence.First && b >= j - 4; b--)
                {
                    if (sentence.MentionAt(b) is { Label: EntityLabel.Org } near && near.Name != client.Name)
                    {
                        int nearAt = sentence.TokenAt(near.Start);
                        bool newClause = sentence.FindFirst(ClauseJoints, sentence.TokenAt(near.End), j) >= 0;
                        if (!newClause || (!(nearAt > sentence.First && sentence.Word(nearAt - 1) is "to" or "from" or "with" or "by" or "of" or "in") && !sentence.IsDescribedObjectOfPreposition(nearAt)))
                        {
                            return near;
                        }

                        break;
                    }
                }

                return FirstOrganizationBefore(sentence, j, client) ?? sentence.LastSubjectBefore(client.Name, notFinancier: true);
            }

            if (word is "the" or "The" or "this" or "This")
            {
                for (int t = j + 1; t < plant; t++)
                {
                    if (sentence.MentionAt(t) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
                    {
                        return OwnerOfTown(sentence, town) ?? sentence.LastSubjectBefore(client.Name, notFinancier: true);
                    }
                }

                // "… Renault Nissan Automotive India, the joint-venture plant at Oragadam. The factory has built …": the company
                // the sentence before called a plant.
                if (sentence.Word(j) is "The" && j == sentence.First && PlantCalledCompany(sentence) is { } plantCompany && !SameGroup(plantCompany, client))
                {
                    return plantCompany;
                }

                return RecentPlantOwner(sentence) is { } recent && recent.Name != client.Name ? recent : sentence.LastSubjectBefore(client.Name, notFinancier: true);
            }

            // "The $2.3 billion plant": an amount describes the plant.
            if (sentence.Tokens[j].Kind is not (Tokenization.TokenKind.Word or Tokenization.TokenKind.Number or Tokenization.TokenKind.Currency))
            {
                return null;
            }
        }

        return null;
    }

    // The customer named through its product: "for the Volkswagen Polo" (the model's brand), "for the small electric cars
    // Castilla assembles" (the company that assembles them), "for the next-generation platform of a German premium
    // carmaker" (the owner after "of").
    private static EntityMention? ProductCustomerAt(SentenceView sentence, int at)
    {
        int k = at;
        if (sentence.Word(k) is "the" or "its" or "their")
        {
            k++;
        }

        if (sentence.MentionAt(k) is { Label: EntityLabel.Product } product)
        {
            return AssemblerAfter(sentence, sentence.TokenAt(product.End)) ?? BrandOf(sentence, product);
        }

        for (int w = k; w < sentence.End && w < k + 5; w++)
        {
            // "the Guanajuato factory of a Japanese carmaker": a place may describe the product or plant.
            if (sentence.MentionAt(w) is { Label: EntityLabel.Loc } place)
            {
                w = sentence.TokenAt(place.End) - 1;
                continue;
            }

            // "the Citadine city car that …": a model's name the lexicons do not know, before a word for a vehicle; "SUV".
            if (sentence.Tokens[w].Kind == Tokenization.TokenKind.Word && sentence.MentionAt(w) is null
                && ((w + 1 < sentence.End && VehicleWords.Contains(sentence.Word(w + 1))) || VehicleWords.Contains(sentence.Word(w))))
            {
                continue;
            }

            // "city buses made by Polish manufacturer Autobusy Wisła"
            if (w > k && MakerParticiples.Contains(sentence.Word(w)))
            {
                return AssemblerAfter(sentence, w);
            }

            // "the city car that Spanish carmaker Solano builds"
            if (sentence.Word(w) is "that" or "which" && w > k)
            {
                int maker = sentence.SkipCompanyDescription(w + 1);
                return sentence.MentionAt(maker) is { Label: EntityLabel.Org } relativeMaker && BuildVerbs.Contains(sentence.Word(sentence.TokenAt(relativeMaker.End)))
                    ? relativeMaker : null;
            }

            if (sentence.Tokens[w].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(sentence.Word(w)[0]) || sentence.MentionAt(w) is not null)
            {
                if (w == k)
                {
                    return null;
                }

                // "the small electric cars Castilla assembles", "the city car that Spanish carmaker Solano builds"
                int named = sentence.Word(w) is "that" or "which" ? sentence.SkipCompanyDescription(w + 1) : w;
                if (sentence.MentionAt(named) is { Label: EntityLabel.Org } maker && BuildVerbs.Contains(sentence.Word(sentence.TokenAt(maker.End))))
                {
                    return maker;
                }

                return null;
            }

            // "the electric three-wheelers of Mahindra", "the Guanajuato factory of a Japanese carmaker"
            if (sentence.Word(w) is "of" && w > k)
            {
                return ActorAt(sentence, w + 1) ?? DescribedCustomerAt(sentence, w + 1);
            }
        }

        return null;
    }

    private static readonly SpanLookup OtherSubjectRelatives = new(["whose", "which", "who", "where"]);

    // "Gotion will supply cells to Stellantis, whose plant builds …": a relative clause between the subject and the verb that
    // speaks of a company named after the subject; not "TPCA, which built …", whose relative pronoun stands for the subject.
    private static bool RelativeAboutAnother(SentenceView sentence, EntityMention subject, int verb)
    {
        int from = sentence.TokenAt(subject.End);
        int relative = sentence.FindFirst(OtherSubjectRelatives, from, verb);
        if (relative < 0)
        {
            return false;
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (at >= from && at < relative && mention.Label == EntityLabel.Org && mention.Name != subject.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup Colons = new([":"]);

    private static readonly SpanLookup SupplierNouns = new(["supplier", "suppliers", "provider", "assembler", "manufacturer", "maker", "builder"]);

    // "supplier", "provider", "assembler"; "manufacturer", "maker" and "builder" only after "contract".
    private static bool IsSupplierNoun(SentenceView sentence, int i) =>
        sentence.Word(i) is "supplier" or "suppliers" or "provider" or "assembler"
        || (sentence.Word(i) is "manufacturer" or "maker" or "builder" && i > sentence.First && sentence.Word(i - 1) is "contract");

    // The first supplier noun followed by "for", "to" or "of", where the sentence has no verb of building: a trigger.
    private static int SupplierNounAt(SentenceView sentence)
    {
        for (int i = sentence.FindFirst(SupplierNouns, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(SupplierNouns, i + 1, sentence.End))
        {
            if (IsSupplierNoun(sentence, i) && sentence.Word(i + 1) is "for" or "to" or "of" or "behind")
            {
                return i;
            }
        }

        return -1;
    }

    // "supplier of e-axles to Lumeo": the "for" or "to" within a few words after the thing supplied, or -1.
    private static int ForOrToAfter(SentenceView sentence, int from)
    {
        for (int k = from; k < sentence.End && k < from + 6; k++)
        {
            if (sentence.Word(k) is "for" or "to")
            {
                return k;
            }

            if (sentence.Word(k) is "," or ";" or "and" || sentence.MentionAt(k) is { Label: EntityLabel.Org })
            {
                return -1;
            }
        }

        return -1;
    }

    // The company a supplier noun describes: the subject of a copula before it ("X is the main battery supplier for …",
    // "X became a supplier to …"), or the name an apposition follows ("Bosch, the sole supplier of …").
    private static EntityMention? SupplierDescribed(SentenceView sentence, int noun, EntityMention customer)
    {
        for (int k = noun - 1; k >= sentence.First && k >= noun - 6; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "is" or "was" or "became" or "becomes" or "become" or "remains" or "remained" or "be" or "been" or "as")
            {
                int verb = k;
                while (verb > sentence.First && sentence.Word(verb - 1) is "will" or "has" or "have" or "had" or "would" or "also" or "now" or "already" or "to")
                {
                    verb--;
                }

                // "Valeo, which makes lamps in Angers, is a key supplier for …": the subject before a relative clause.
                int subjectEnd = verb - 1;
                if (subjectEnd > sentence.First && sentence.Word(subjectEnd) is ",")
                {
                    for (int c = subjectEnd - 1; c > sentence.First && c >= subjectEnd - 20; c--)
                    {
                        if (sentence.Word(c) is "," && sentence.Word(c + 1) is "which" or "who" or "that")
                        {
                            subjectEnd = c - 1;
                            break;
                        }
                    }
                }

                return subjectEnd >= sentence.First && sentence.MentionAt(subjectEnd) is { Label: EntityLabel.Org } subject && subject.Name != customer.Name ? subject : null;
            }

            if (word is ",")
            {
                return k > sentence.First && sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } head && head.Name != customer.Name ? head : null;
            }

            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } || sentence.Tokens[k].Kind != Tokenization.TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    private static readonly SpanLookup MakerParticiples = new(["built", "assembled", "made", "produced", "manufactured", "put"]);

    // "the Peugeot 208 and the Citroën Ami assembled by Stellantis", "city buses made by Polish manufacturer Autobusy Wisła":
    // the company that builds the product after it, past further products joined to it — the customer, not the model's brand.
    private static EntityMention? AssemblerAfter(SentenceView sentence, int after)
    {
        int k = after;
        while (k + 1 < sentence.End && sentence.Word(k) is "and" or "," or "or")
        {
            int next = sentence.Word(k + 1) is "the" ? k + 2 : k + 1;
            if (sentence.MentionAt(next) is not { Label: EntityLabel.Product } more)
            {
                break;
            }

            k = sentence.TokenAt(more.End);
        }

        if (k + 2 < sentence.End && MakerParticiples.Contains(sentence.Word(k)) && sentence.Word(k + 1) is "by")
        {
            int maker = sentence.SkipCompanyDescription(k + 2);
            return sentence.MentionAt(maker) is { Label: EntityLabel.Org } company && !IsFinancier(company) ? company : null;
        }

        return null;
    }

    // "… are still assembled in Hagen": a passive verb of building with a town after it whose plant the text placed.
    private static bool HasMadeInTown(SentenceView sentence)
    {
        for (int i = sentence.First + 1; i + 2 < sentence.End; i++)
        {
            if (sentence.Word(i + 1) is "in" or "at" && BuildVerbs.Contains(sentence.Word(i)) && IsPassive(sentence, i)
                && sentence.MentionAt(i + 2) is { Label: EntityLabel.Loc } town && OwnerOfTown(sentence, town) is not null)
            {
                return true;
            }

            if (sentence.Word(i + 1) is "for" && MakerParticiples.Contains(sentence.Word(i)) && PassiveForCustomerInTown(sentence, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "The large Proace Max is assembled for the Japanese brand in Atessa", "the vans are built for Toyota at Hordain": goods
    // built for a customer, with no agent, in a town — by the company the text placed a plant in that town, else by the
    // company the text is about. Null where an agent is named, where no town follows the customer, or where the builder
    // found is the customer's own group.
    private static (EntityMention Maker, EntityMention Customer)? PassiveForCustomerInTown(SentenceView sentence, int verb)
    {
        if (sentence.Word(verb + 1) is not "for" || !IsPassive(sentence, verb) || sentence.FindFirst(AgentWords, verb, sentence.End) >= 0
            || (ActorAt(sentence, verb + 2) ?? DescribedCustomerAt(sentence, verb + 2)) is not { } customer || customer.Name.Length == 0)
        {
            return null;
        }

        // The town right after the customer's phrase: "for Toyota in Atessa", "for the Japanese brand at Atessa, Italy".
        int after = customer.End > sentence.Tokens[verb + 2].Start && customer.End <= sentence.Span.End ? sentence.TokenAt(customer.End) : verb + 2;
        for (int k = after; k < sentence.End && k <= after + 4; k++)
        {
            if (sentence.Word(k) is "in" or "at" && sentence.MentionAt(k + 1) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
            {
                // Not where an organisation other than the customer owns the goods ("Renault's Clio is built for …"); "Stellantis
                // supplies Toyota with …, while the Proace Max is assembled for the Japanese brand in Atessa": the sentence's
                // subject builds in the later clause.
                EntityMention? subject = FirstOrganizationBefore(sentence, verb, customer);
                if (subject is not null && (sentence.TokenAt(subject.Start) != OpeningPhraseEnd(sentence) || sentence.FindFirst(ClauseOpeners, sentence.TokenAt(subject.End), verb) < 0))
                {
                    return null;
                }

                EntityMention? maker = OwnerOfTown(sentence, town) ?? subject ?? sentence.LastSubjectBefore(customer.Name, notFinancier: true);
                return maker is not null && !SameGroup(maker, customer) ? (maker, customer) : null;
            }

            if (sentence.Word(k) is "," or ";" or "by" or "which" or "that")
            {
                break;
            }
        }

        return null;
    }

    // "Part of the output will go to …"
    private static bool HasOutputGoingTo(SentenceView sentence)
    {
        int go = sentence.FindFirst(GoVerbs, sentence.First, sentence.End);
        return go > sentence.First && sentence.Word(go + 1) is "to" && sentence.FindLast(OutputNouns, Math.Max(sentence.First, go - 8), go) >= 0;
    }

    private static bool HasForIt(SentenceView sentence)
    {
        for (int i = sentence.First; i + 1 < sentence.End; i++)
        {
            if (sentence.Word(i) is "for" && sentence.Word(i + 1) is "it")
            {
                return true;
            }
        }

        return false;
    }

    // "Sejin built battery modules for it at its plant": the company "it" stands for, other than the builder — the first
    // company the sentence names, else the one the text spoke of.
    private static EntityMention? ItCustomer(SentenceView sentence, int at, int verb, EntityMention? implied)
    {
        if (sentence.Word(at) is not "it" || sentence.Word(at + 1) is "by")
        {
            return null;
        }

        EntityMention builder = SubjectBefore(sentence, verb, NoCompany) ?? implied ?? NoCompany;
        return FirstOrganizationBefore(sentence, at, builder) is { } first && first.Name != builder.Name ? first
            : sentence.LastSubjectBefore(builder.Name, notFinancier: true) is { } earlier && earlier.Name != builder.Name && builder.Name.Length > 0 ? earlier : null;
    }

    // "Until last year its battery packs were assembled by Voltrix Energy": the company "its" stands for owns the products.
    private static EntityMention? OwnProductsOwner(SentenceView sentence, int verb, EntityMention maker)
    {
        // "Its Dhruv and Dhruv Plus models are assembled …": up to eight words back.
        for (int k = verb - 1; k >= sentence.First && k >= verb - 8; k--)
        {
            if (sentence.Word(k) is "its" or "Its" or "their" or "Their")
            {
                return FirstOrganizationBefore(sentence, k, maker) ?? (sentence.LastSubjectBefore(maker.Name, notFinancier: true) is { } owner && owner.Name != maker.Name ? owner : null);
            }

            if (sentence.MentionAt(k) is not null || sentence.Word(k) is "," or ";" or "which" or "that")
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsFinancier(EntityMention company) => SentenceView.IsFinancierMention(company);

    // "Lebring, which has run below capacity since its contract …": the nearest company before a possessive, or the owner
    // of the nearest plant or town.
    private static EntityMention? NearestOwnerBefore(SentenceView sentence, int before, EntityMention exclude)
    {
        for (int k = before - 1; k >= sentence.First; k--)
        {
            if (sentence.MentionAt(k) is { } mention)
            {
                return mention.Label == EntityLabel.Org ? (mention.Name != exclude.Name ? mention : null)
                    : mention.Label is EntityLabel.Loc or EntityLabel.Facility ? OwnerOfTown(sentence, mention) : null;
            }
        }

        return null;
    }

    // The company the text is about so far: the organisation named most often before this sentence (the earliest on a tie),
    // other than the one excluded.
    private static EntityMention? TopicCompany(SentenceView sentence, EntityMention exclude) =>
        sentence.MostNamedOrganization(sentence.Span.Start, mention => mention.Name != exclude.Name && !SameGroup(mention, exclude) && !IsFinancier(mention));

    // "Production of gearboxes for Vannier at Bad Mergentheim ended": work named by a noun that opens the sentence is the
    // work of the company that owns the town's plant, else of the company the text is about.
    private static EntityMention? NominalBuilder(SentenceView sentence, int noun, EntityMention client)
    {
        if (sentence.Word(noun) is not ("Production" or "Assembly" or "Manufacturing" or "production" or "assembly" or "manufacturing")
            || noun > sentence.First + 1)
        {
            return null;
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label is EntityLabel.Loc or EntityLabel.Facility && OwnerOfTown(sentence, mention) is { } owner && owner.Name != client.Name)
            {
                return owner;
            }
        }

        return TopicCompany(sentence, client);
    }

    // The first organisation of the sentence before a token, other than the one excluded.
    private static EntityMention? FirstOrganizationBefore(SentenceView sentence, int before, EntityMention exclude)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) >= before)
            {
                break;
            }

            // Not "Until La Muela is running", "in Cologne": a name after a preposition is no subject.
            int at = sentence.TokenAt(mention.Start);
            if (mention.Label == EntityLabel.Org && mention.Name != exclude.Name && !SameGroup(mention, exclude)
                && !(at > sentence.First && sentence.Word(at - 1) is "until" or "Until" or "in" or "In" or "at" or "At" or "from" or "with" or "of" or "to" or "by" or "for" or "after" or "After" or "before" or "Before"))
            {
                return mention;
            }
        }

        return null;
    }

    // A company's owner: a venture's first owner named in the text, else its parent in the lexicon.
    private static EntityMention? ParentOf(SentenceView sentence, EntityMention child)
    {
        if (sentence.JointVentureParents() is var (first, second))
        {
            return first.Name != child.Name ? first : second;
        }

        string? parent = child.Entry?.Parent ?? (child.Entry?.Attributes.GetValueOrDefault("partners") is { } partners ? partners.Split(',')[0] : null);
        if (parent is null || !Entities.Lexicons.LexiconRecognizer.Default.TryFindEntry(parent, out Entities.Lexicons.LexiconEntry entry))
        {
            return null;
        }

        return new EntityMention(child.Start, child.End, EntityLabel.Org, entry.Name, 0.6, EntitySource.Lexicon) { Entry = entry };
    }

    private static readonly SpanLookup PartNouns = new(
    [
        "packs", "pack", "cells", "modules", "parts", "seats", "Seats", "Cells", "Batteries", "Modules", "Parts", "Pressings", "pressings", "motors", "engines", "components", "batteries", "axles", "frames", "harnesses",
        "castings", "chips", "bodies", "cabs", "tyres", "tires", "gearboxes", "transmissions", "inverters", "bumpers", "panels", "trays",
        "cores", "stators", "rotors", "laminations", "housings", "gears", "wheels", "lamps", "mirrors", "drives", "units", "systems",
        "powertrains", "enclosures", "plates", "covers", "discs", "calipers", "separators", "cathodes", "anodes", "carriers", "valves", "sensors",
        "pumps", "crankshafts", "shafts", "cables", "doors", "trims", "headliners", "radiators", "brakes", "dampers",
    ]);

    private static readonly SpanLookup VehicleWords = new(
        ["car", "cars", "city", "van", "vans", "SUV", "SUVs", "pickup", "pickups", "truck", "trucks", "sedan", "hatchback", "scooter", "scooters", "model", "models", "bus", "coach", "crossover"]);

    // The carmakers (by the lexicon's kinds) named between a venture and its verb: its owners, where "owned by" lists them.
    private static List<EntityMention>? CarmakersNamedBetween(SentenceView sentence, EntityMention venture, int verb)
    {
        List<EntityMention>? carmakers = null;
        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (at >= verb)
            {
                break;
            }

            if (mention.Label == EntityLabel.Org && mention.Start > venture.Start && mention.Name != venture.Name && mention.Entry?.Kind is { } kind && CarmakerKinds.Contains(kind))
            {
                (carmakers ??= []).Add(mention);
            }
        }

        return carmakers;
    }

    private static readonly SpanLookup OwnerNouns = new(["parents", "partners", "owners", "shareholders", "companies", "partner", "parent", "owner", "brands", "carmakers", "automakers"]);

    // "both of its parents", "each partner", "both partners", "its two owners", "the two companies": the end of the phrase, or -1.
    private static int OwnersPhraseEnd(SentenceView sentence, int at)
    {
        int k = at;
        bool quantified = false;
        if (sentence.Word(k) is "both" or "each")
        {
            quantified = true;
            k++;
            if (sentence.Word(k) is "of")
            {
                k++;
            }
        }

        if (sentence.Word(k) is "its" or "their" or "the")
        {
            // "for its parent companies", "to their owners": all of the owners a plural names.
            if (sentence.Word(k) is not "the" && (sentence.Word(k + 1) is "parents" or "owners" or "shareholders"
                || (sentence.Word(k + 1) is "parent" && sentence.Word(k + 2) is "companies" or "groups")))
            {
                return sentence.Word(k + 1) is "parent" ? k + 3 : k + 2;
            }

            k++;
        }

        if (sentence.Word(k) is "two")
        {
            quantified = true;
            k++;
        }

        return quantified && OwnerNouns.Contains(sentence.Word(k)) ? k + 1 : -1;
    }

    // "Orhangazi has also assembled …": auxiliaries and adverbs only between a subject and its verb.
    private static bool OnlyFillersBetween(SentenceView sentence, int from, int verb)
    {
        for (int k = from; k < verb; k++)
        {
            if (!SubjectFillers.Contains(sentence.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly SpanLookup ReserveVerbs = new(["earmarked", "reserved", "contracted", "allocated", "dedicated", "committed", "promised"]);

    private static readonly SpanLookup OutputNouns = new(["output", "production", "capacity", "volumes", "volume", "Output", "Production", "Capacity", "Volumes"]);

    // "Lakeshore's output": the possessor; "output from the new lines" / "its output": the plant's owner or the one just named.
    private static EntityMention? OutputOwner(SentenceView sentence, int output, EntityMention exclude)
    {
        if (output - 2 >= sentence.First && sentence.Word(output - 1) is "’s" or "'s" && sentence.MentionAt(output - 2) is { Label: EntityLabel.Org } possessor
            && possessor.Name != exclude.Name)
        {
            return possessor;
        }

        for (int k = output + 1; k < sentence.End && k < output + 8; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
            {
                return OwnerOfTown(sentence, town);
            }
        }

        return null;
    }

    private static bool IsFiniteVerbLike(ReadOnlySpan<char> word) => word is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would";

    // "Cells from Vaasa will be supplied to Hyundai": supplying in the passive with no agent named.
    private static bool IsAgentlessSupply(SentenceView sentence)
    {
        for (int i = sentence.First; i < sentence.End; i++)
        {
            if (sentence.Word(i) is "supplied" or "delivered" or "shipped" && IsPassive(sentence, i) && sentence.Word(i + 1) is "to"
                && sentence.FindFirst(AgentWords, i, sentence.End) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBuiltThere(SentenceView sentence, int verb) =>
        BuildVerbs.Contains(sentence.Word(verb)) && IsPassive(sentence, verb) && sentence.FindFirst(AgentWords, verb, sentence.End) < 0 && RefersToThePlant(sentence, verb);

    // The brand of the model named right after "the": "into the Toyota Corolla".
    private static EntityMention? ModelBrandAfter(SentenceView sentence, int at)
    {
        int k = sentence.Word(at) is "the" or "a" ? at + 1 : at;
        if (sentence.MentionAt(k) is { Label: EntityLabel.Org } brand && sentence.MentionAt(sentence.TokenAt(brand.End)) is { Label: EntityLabel.Product })
        {
            return brand;
        }

        return sentence.MentionAt(k) is { Label: EntityLabel.Product } product ? BrandOf(sentence, product) : null;
    }

    // The brand of the first model named before the verb: "The Mercedes-Benz G-Class", "the Jaguar E-Pace".
    private static EntityMention? ModelBrandBefore(SentenceView sentence, int verb)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (at >= verb)
            {
                break;
            }

            if (mention.Label == EntityLabel.Org && sentence.MentionAt(sentence.TokenAt(mention.End)) is { Label: EntityLabel.Product })
            {
                return mention;
            }

            if (mention.Label == EntityLabel.Product && mention.Entry?.Parent is { } brand)
            {
                return new EntityMention(mention.Start, mention.End, EntityLabel.Org, brand, 0.6, EntitySource.Lexicon);
            }
        }

        return null;
    }

    // "there", "at the plant", "in the Austrian city": a place the text named before.
    private static bool RefersToThePlant(SentenceView sentence, int verb)
    {
        for (int k = verb + 1; k < Math.Min(sentence.End, verb + 8); k++)
        {
            if (sentence.Word(k) is "there")
            {
                return true;
            }

            if (sentence.Word(k) is "at" or "in" && sentence.Word(k + 1) is "the")
            {
                int noun = k + 2;
                while (noun < sentence.End && noun < k + 5 && sentence.MentionAt(noun) is null && sentence.Word(noun) is not ("," or "."))
                {
                    if (sentence.Word(noun) is "plant" or "factory" or "site" or "works" or "city" or "town" or "facility")
                    {
                        return true;
                    }

                    noun++;
                }
            }
        }

        return false;
    }

    // The build verb of "built by", "assembled for Leapmotor by", "built for it under contract by": up to four words
    // before "by", or up to eight where "for" names the customer between, with no comma between.
    private static int PassiveVerbBefore(SentenceView sentence, int by)
    {
        // "were put together by Formosa Motion Industries"
        if (by - 2 >= sentence.First && sentence.Word(by - 1) is "together" && sentence.Word(by - 2) is "put")
        {
            return by - 2;
        }

        int near = sentence.FindLast(BuildVerbs, by - 4, by);
        if (near >= 0)
        {
            return near;
        }

        // "assembled in Brazil from knocked-down kits by X": no comma and no other company between the verb and "by".
        int far = sentence.FindLast(BuildVerbs, by - 8, by);
        if (far < 0 || sentence.FindFirst(Commas, far, by) >= 0)
        {
            return -1;
        }

        for (int k = far + 1; k < by; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } && !(sentence.Word(k - 1) is "for"))
            {
                return sentence.FindFirst(ForWords, far, by) >= 0 ? far : -1;
            }
        }

        return far;
    }

    // "… at Renault's plant in Bursa": the owner of a plant named after the customer.
    private static EntityMention? PlantOwnerAfter(SentenceView sentence, int from, EntityMention client)
    {
        for (int k = from; k < sentence.End && k < from + 4; k++)
        {
            if (sentence.Word(k) is "at" or "in" && PlantOwnerAt(sentence, k + 1) is { } owner && owner.Name != client.Name)
            {
                return owner;
            }
        }

        return null;
    }

    // The brand of a model: the organisation right before it ("the Toyota Glanza"), else the lexicon's brand.
    private static EntityMention? BrandOf(SentenceView sentence, EntityMention product)
    {
        int at = sentence.TokenAt(product.Start);
        // Not "the Toyota-built Swace": a maker joined to a participle designs or builds, it does not own the brand.
        if (at > sentence.First && sentence.MentionAt(at - 1) is { Label: EntityLabel.Org } owner && owner.End == sentence.Tokens[at - 1].End)
        {
            return owner;
        }

        if (product.Entry?.Parent is { } brand)
        {
            Entities.Lexicons.LexiconRecognizer.Default.TryFindEntry(brand, out Entities.Lexicons.LexiconEntry brandEntry);
            return new EntityMention(product.Start, product.End, EntityLabel.Org, brand, 0.6, EntitySource.Lexicon) { Entry = brandEntry };
        }

        return null;
    }

    // A model named within two words before the verb ("the Range Rover Evoque made by …").
    // "Mazda, Hyundai and BYD models": the token after a list of organisations joined by commas and "and", or -1.
    // A word for vehicles at a token, or after up to two lower-case describing words ("Yutong electric buses").
    private static bool ModelNounAfterAdjectives(SentenceView sentence, int at)
    {
        for (int k = at; k < sentence.End && k <= at + 2; k++)
        {
            if (ModelNouns.Contains(sentence.Word(k)))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word || sentence.MentionAt(k) is not null || sentence.Word(k) is not { Length: > 0 } word || !char.IsLower(word[0])
                || word is "and" or "or" or "for" or "at" or "in" or "to" or "from")
            {
                return false;
            }
        }

        return false;
    }

    private static int BrandListEnd(SentenceView sentence, int start)
    {
        int k = start;
        while (k < sentence.End && sentence.MentionAt(k) is { Label: EntityLabel.Org } brand && sentence.TokenAt(brand.Start) == k)
        {
            k = sentence.TokenAt(brand.End);
            if (k + 1 < sentence.End && sentence.Word(k) is "," or "and" && sentence.MentionAt(sentence.Word(k + 1) is "and" ? k + 2 : k + 1) is { Label: EntityLabel.Org })
            {
                k = sentence.Word(k + 1) is "and" ? k + 2 : k + 1;
                continue;
            }

            return k;
        }

        return -1;
    }

    // "Toyota and Subaru …": the first two companies joined by "and" before a token.
    // The end of "partner" or "<nationality> partner" at a token, or -1.
    private static int PartnerNounAt(SentenceView sentence, int at)
    {
        if (Entities.Lexicons.BuiltInLexicons.NationalityCodes.ContainsKey(sentence.Word(at).ToString()) || sentence.Word(at) is "joint-venture" or "long-time" or "longtime")
        {
            at++;
        }

        // "for its other owner", "to its other parent": the owner of a venture other than the one the text is about.
        if (sentence.Word(at) is "other")
        {
            return sentence.Word(at + 1) is "partner" or "owner" or "parent" or "shareholder" ? at + 2 : -1;
        }

        return sentence.Word(at) is "partner" ? at + 1 : -1;
    }

    // The partner of a builder: "X, a joint venture with Y," before the verb, else the other of the two owners of the venture the
    // text named, else of two companies joined by "and" before the verb.
    private static EntityMention? PartnerOf(SentenceView sentence, EntityMention builder, int verb)
    {
        for (int k = sentence.First; k + 1 < verb; k++)
        {
            if (sentence.Word(k) is "venture" or "partnership" && sentence.Word(k + 1) is "with" && ActorAt(sentence, k + 2) is { } named && named.Name != builder.Name)
            {
                return named;
            }
        }

        if ((sentence.JointVentureParents() ?? PairNamedBefore(sentence, verb)) is var (a, b))
        {
            return a.Name == builder.Name || SameGroup(a, builder) ? b : b.Name == builder.Name || SameGroup(b, builder) ? a : null;
        }

        return null;
    }

    private static (EntityMention First, EntityMention Second)? PairNamedBefore(SentenceView sentence, int before)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            int end = sentence.TokenAt(mention.End);
            if (end >= before)
            {
                break;
            }

            if (mention.Label == EntityLabel.Org && sentence.Word(end) is "and" && sentence.MentionAt(end + 1) is { Label: EntityLabel.Org } second
                && second.Name != mention.Name && sentence.TokenAt(second.Start) < before)
            {
                return (mention, second);
            }
        }

        return null;
    }

    // The brand of a model joined to another before it ("the Toyota GR86 and Subaru BRZ") or sold as it ("the Mitsubishi
    // Outlander … is a rebadged Nissan Rogue"), where that brand is not the maker's.
    private static EntityMention? OtherBrandBefore(SentenceView sentence, EntityMention model, EntityMention maker)
    {
        int at = sentence.TokenAt(model.Start);
        int k = at - 1;
        if (sentence.Word(k) is "rebadged" or "badge-engineered" or "relabelled" or "relabeled")
        {
            k--;
            while (k > sentence.First && sentence.Word(k) is "a" or "an" or "the" or "is" or "was" or "are" or "essentially" or "simply" or "merely")
            {
                k--;
            }
        }
        else if (sentence.Word(k) is "and" or ",")
        {
            k--;
        }
        else
        {
            return null;
        }

        for (int j = k; j >= sentence.First && j >= k - 8; j--)
        {
            if (sentence.MentionAt(j) is { Label: EntityLabel.Product } other && other != model && BrandOf(sentence, other) is { } brand
                && brand.Name != maker.Name && !SameGroup(brand, maker) && brand.Name != maker.Entry?.Parent && maker.Name != brand.Entry?.Parent)
            {
                return brand;
            }
        }

        return null;
    }

    private static EntityMention? ProductRightBefore(SentenceView sentence, int verb)
    {
        for (int k = verb - 1; k >= sentence.First && k >= verb - 2; k--)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Product } product)
            {
                return product;
            }
        }

        return null;
    }

    private static bool PlantOfTopicAt(SentenceView sentence, int the)
    {
        for (int k = the + 1; k < sentence.End && k <= the + 3; k++)
        {
            if (PlantNouns.Contains(sentence.Word(k)))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // "outsourced assembly … to the Finnish factory": a plant the text is about, owned by the company it is about.
    private static EntityMention? PlantOfTopic(SentenceView sentence, int at, int verb)
    {
        int k = at;
        if (sentence.Word(k) is not "the")
        {
            return null;
        }

        k++;
        while (k < sentence.End && k < at + 4 && !PlantNouns.Contains(sentence.Word(k)) && sentence.Tokens[k].Kind == Tokenization.TokenKind.Word)
        {
            k++;
        }

        return k < sentence.End && PlantNouns.Contains(sentence.Word(k)) && sentence.LastSubjectBefore(notFinancier: true) is { } topic
            && !(SubjectBefore(sentence, verb, topic) is { } outsourcer && outsourcer.Name == topic.Name) ? topic : null;
    }

    // "SAIC and Grupo Sierra Madre to build MG cars": the brand's own group is among the builders.
    // "Qilin Auto signed an agreement under which Serrano's plant will assemble Qilin's T5": only the verb's own clause counts.
    private static bool BrandOwnerBefore(SentenceView sentence, int verb, EntityMention brand)
    {
        int clause = sentence.FindLast(RelativeWords, sentence.First, verb);
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) >= verb)
            {
                break;
            }

            if (sentence.TokenAt(mention.Start) < clause)
            {
                continue;
            }

            if (mention.Label == EntityLabel.Org && (mention.Name == brand.Entry?.Parent || SameGroup(mention, brand)))
            {
                return true;
            }
        }

        return false;
    }

    // Where the chosen company's words end: its mention, or the definite description standing for it.
    private static int ChosenEnd(SentenceView sentence, int start, EntityMention chosen) =>
        chosen.Start >= sentence.Tokens[start].Start && chosen.End <= sentence.Document.Text.Length && sentence.TokenAt(chosen.Start) >= start
            ? sentence.TokenAt(chosen.End) : DefiniteDescriptionEnd(sentence, start) is > 0 and var end ? end : start + 1;

    // "Foxtron, the electric-vehicle arm of Taiwan's Foxconn, to supply …": past an apposition set off by commas.
    private static int AfterApposition(SentenceView sentence, int at) => sentence.AfterEnclosed(at, ",", ",", 12);

    private static readonly SpanLookup SellVerbs = new(["sell", "sells", "sold", "marketed", "selling"]);

    private static EntityMention? SellerAfter(SentenceView sentence, int from, EntityMention maker)
    {
        for (int k = from; k + 1 < sentence.End; k++)
        {
            if (SellVerbs.Contains(sentence.Word(k)) && sentence.Word(k + 1) is "by" && ActorAt(sentence, k + 2) is { } seller && seller.Name != maker.Name)
            {
                return seller;
            }
        }

        return null;
    }

    private static readonly SpanLookup SourcingVerbs = new(["buys", "bought", "buy", "buying", "procures", "procured", "procure", "purchases", "purchased", "purchase", "gets", "receives", "sourcing"]);

    private static readonly SpanLookup OwnershipNouns = new(["stake", "stakes", "shares", "share", "holding", "company", "business", "unit", "plant", "factory", "site", "%"]);

    // "bought a stake in X from Y", "bought the plant from Y": ownership changes hands; nothing is made.
    private static bool BuysOwnership(SentenceView sentence, int verb, int from)
    {
        // "its own plant in Rayong, which it bought from General Motors": the plant itself changed hands.
        for (int k = verb - 1; k >= sentence.First && k >= verb - 3; k--)
        {
            if (sentence.Word(k) is "which" or "that" && sentence.FindLast(OwnershipNouns, Math.Max(sentence.First, k - 8), k) >= 0)
            {
                return true;
            }
        }

        for (int k = verb + 1; k < from; k++)
        {
            if (OwnershipNouns.Contains(sentence.Word(k)) || sentence.MentionAt(k) is { Label: EntityLabel.Money or EntityLabel.Percent or EntityLabel.Org })
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup PlantNouns = new(["plant", "factory", "facility", "factories", "plants", "site", "line", "works", "hall", "lines"]);

    private static readonly SpanLookup CompanyDescriptions = new(
        ["builder", "maker", "carmaker", "automaker", "manufacturer", "supplier", "firm", "company", "start-up", "startup", "brand", "partner", "customer", "operator", "group"]);

    private static readonly SpanLookup Commas = new([","]);

    private static readonly SpanLookup FromWords = new(["from"]);

    private static readonly SpanLookup PassiveAuxiliaries = new(["is", "are", "was", "were", "be", "been", "being"]);

    private static readonly SpanLookup Negations = new(["not", "n't", "n’t", "no", "never", "denied"]);

    /// <inheritdoc />
    public string Name => "productionAgreement";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public void Extract(Document document, ICollection<Fact> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var seen = new HashSet<(string, string, int, string)>();
        foreach (SentenceView sentence in SentenceView.All(document))
        {
            ExtractSentence(document, sentence, seen, output);

            // "…, and the Győr plant supplies door panels to Audi for the Q3": a later clause with its own subject and verb of
            // building is read by itself as well.
            if (LaterClauseStart(sentence) is > 0 and var clause)
            {
                ExtractClause(document, sentence.ClauseFrom(clause), seen, output);
            }
        }

        AddForTheCarmakerAll(document, seen, output);
    }

    // Where a sentence joins a second clause with its own subject and verb of building ("…, and the Győr plant supplies
    // door panels to Audi", "…; Volkswagen supplies axles to Cologne", "… while Dongfeng builds the Ye S7 for Honda"): the
    // token the clause starts at; -1 where there is none. A clause whose subject is a relative pronoun, or that shares the
    // first clause's subject ("…, and builds …"), is the first clause's.
    private static int LaterClauseStart(SentenceView sentence)
    {
        int first = FirstBuildVerb(sentence);
        if (first < 0 || sentence.IsClause)
        {
            return -1;
        }

        for (int k = first + 1; k + 2 < sentence.End; k++)
        {
            int clause = sentence.Word(k) is ";" ? k + 1
                : sentence.Word(k) is "," && sentence.Word(k + 1) is "and" or "while" or "whereas" or "but" ? k + 2
                : sentence.Word(k) is "while" or "whereas" ? k + 1 : -1;
            if (clause < 0 || clause >= sentence.End)
            {
                continue;
            }

            int verb = NextBuildVerb(sentence, clause);
            if (verb <= clause || verb > clause + 8 || sentence.FindFirst(RelativeWords, clause, verb) >= 0)
            {
                continue;
            }

            // Its own subject: a company, a plant ("the Győr plant", "its Kocaeli factory") or a town.
            for (int s = clause; s < verb; s++)
            {
                if (sentence.MentionAt(s) is { Label: EntityLabel.Org or EntityLabel.Facility } || PlantNouns.Contains(sentence.Word(s))
                    || (s == clause && sentence.MentionAt(s) is { Label: EntityLabel.Loc }))
                {
                    return clause;
                }

                if (sentence.Word(s) is "for" or "to" or "by" or "from" or "with")
                {
                    break;
                }
            }
        }

        return -1;
    }

    // A later clause read by itself adds agreements with customers the sentence's first clause did not name: "TKM builds the
    // Invicto for Maruti …, and the plant also assembles Maruti's Grand Vitara" states one agreement, not two.
    private static void ExtractClause(Document document, SentenceView clause, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        // The facts already found stay first; the clause's own are checked against those of its sentence.
        var earlier = new List<ProductionAgreementFact>();
        foreach (Fact fact in output)
        {
            if (fact is ProductionAgreementFact deal && deal.Evidence.Start == clause.Span.Start)
            {
                earlier.Add(deal);
            }
        }

        // Found into the output itself where it is a list (the clause's facts are its last ones, dropped from the end where
        // the first clause named their customer); into a copy otherwise.
        bool KeepsNewCustomer(Fact fact) =>
            fact is ProductionAgreementFact deal && !earlier.Exists(e => SameParty(e.Customer?.Name, deal.Customer?.Name ?? string.Empty));

        if (output is IList<Fact> list)
        {
            int before = list.Count;
            ExtractSentence(document, clause, seen, list);
            for (int i = list.Count - 1; i >= before; i--)
            {
                if (!KeepsNewCustomer(list[i]))
                {
                    list.RemoveAt(i);
                }
            }

            return;
        }

        var found = new List<Fact>(output);
        int start = found.Count;
        ExtractSentence(document, clause, seen, found);
        for (int i = start; i < found.Count; i++)
        {
            if (KeepsNewCustomer(found[i]))
            {
                output.Add(found[i]);
            }
        }
    }

    private static void ExtractSentence(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        // Which trigger words the sentence holds, with one look-up a token: a pass or scan whose trigger is absent finds
        // nothing and is skipped (each skip below is exactly the case in which the call would have returned nothing).
        WordClass classes = ClassesOf(sentence);
        AddOwnGoodsBuiltElsewhere(document, sentence, classes, seen, output);
        AddLinesForTwoBrands(document, sentence, seen, output);
        AddOrderFrom(document, sentence, seen, output);
        AddAwarded(document, sentence, seen, output);
        AddContractsForModels(document, sentence, seen, output);
        if ((classes & (WordClass.Build | WordClass.SupplierNoun)) == 0)
        {
            AddDealsForGoods(document, sentence, seen, output);
        }

        if ((classes & WordClass.Workforce) != 0)
        {
            AddWorkforceBuilds(document, sentence, seen, output);
        }

        AddPartsThatPower(document, sentence, seen, output);
        AddForReportersOwn(document, sentence, seen, output);
        int verb = (classes & (WordClass.Build | WordClass.TurnPutGo)) != 0 ? FirstBuildVerb(sentence) : -1;
        if (verb < 0 && (classes & WordClass.Sourcing) != 0)
        {
            verb = sentence.FindFirst(SourcingVerbs, sentence.First, sentence.End);
        }

        if (verb < 0 && (classes & WordClass.SupplierNoun) != 0)
        {
            verb = SupplierNounAt(sentence);
        }

        int reserved = (classes & WordClass.Reserve) != 0 ? sentence.FindFirst(ReserveVerbs, sentence.First, sentence.End) : -1;
        if (verb < 0)
        {
            verb = reserved >= 0 ? reserved : (classes & WordClass.Go) != 0 && HasOutputGoingTo(sentence) ? sentence.FindFirst(GoVerbs, sentence.First, sentence.End) : -1;
        }

        // "Seats for both vans come from Martur Fompak": parts that come from a maker, for the company the text is about.
        int comesFrom = verb < 0 ? ((classes & (WordClass.Come | WordClass.Arrive)) != 0 ? ComesFromVerb(sentence) : -1)
            : (classes & WordClass.Supplied) != 0 ? SuppliedByVerb(sentence) : -1;
        verb = comesFrom >= 0 ? comesFrom : verb;

        // "Cells from the site are earmarked for BMW's plant", "The first cells from Bourbourg will go into the Alpine A390":
        // goods sent to a customer, from the plant of the company the text is about.
        if (GoodsDestination(sentence) is { } destination)
        {
            if (seen.Add((destination.Maker.Name, destination.Customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, destination.Verb, destination.Maker, destination.Customer, "productionAgreement.goods-destination", output);
            }

            // "Cells from the Windsor plant power Calloway's pickups, while the Spring Hill plant produces cells for …": a
            // contrasted clause with its own build verb is read as well.
            if (ContrastedBuildClause(sentence, destination.Verb) < 0)
            {
                return;
            }
        }

        // "Kestrel Cells' customers include Castellan Cars and Norrland Motors": each customer listed.
        if ((classes & WordClass.CustomerHead) != 0 && !IsNegated(sentence))
        {
            foreach (var (listMaker, listCustomer, includeVerb) in CustomersListed(sentence))
            {
                if (seen.Add((listMaker.Name, listCustomer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, includeVerb, listMaker, listCustomer, "productionAgreement.customers-include", output);
                }
            }
        }

        // "Its newest client is Greyhawk Automotive", "Jaguar Land Rover will be the anchor customer".
        if ((classes & WordClass.CustomerHead) != 0 && CustomerByCopula(sentence) is { } copulaDeal)
        {
            if (seen.Add((copulaDeal.Maker.Name, copulaDeal.Customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, copulaDeal.Verb, copulaDeal.Maker, copulaDeal.Customer, "productionAgreement.customer-is", output);
            }

            return;
        }

        // "…, whose pouch cells go into Daesan's electric pickup trucks".
        if (WhoseGoodsDestination(sentence) is { } whose && seen.Add((whose.Maker.Name, whose.Customer.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, whose.Verb, whose.Maker, whose.Customer, "productionAgreement.goods-destination", output);
        }

        // "… ends Kestrel's arrangement with Formosa DriveTech, which had assembled the K2 at its plant in Taoyuan".
        if (DealPartnerWhichBuilt(sentence) is { } partnerDeal && seen.Add((partnerDeal.Maker.Name, partnerDeal.Customer.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, partnerDeal.Verb, partnerDeal.Maker, partnerDeal.Customer, "productionAgreement.deal-partner-built", output);
        }

        // "Opel has selected Tarvo Cells as the supplier of …", "The order makes Elbtal the supplier of … for … Vaernes".
        if ((classes & WordClass.Choosing) != 0 && (SupplierChosen(sentence) ?? SupplierChosenPassive(sentence)) is { } chosen && seen.Add((chosen.Maker.Name, chosen.Customer.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, chosen.Verb, chosen.Maker, chosen.Customer, "productionAgreement.supplier-chosen", output);
        }

        if ((classes & WordClass.Take) != 0 && GoodsTakenFromTown(sentence) is { } taken)
        {
            if (seen.Add((taken.Maker.Name, taken.Customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, taken.Verb, taken.Maker, taken.Customer, "productionAgreement.goods-taken", output);
            }

            return;
        }

        if (verb < 0 || IsNegated(sentence))
        {
            return;
        }

        // "At Landshut it casts … for BMW", "The company will build … for Lumina": the company the pronoun stands for.
        EntityMention? implied = ImpliedSubject(sentence);
        if (comesFrom < 0 && !HasTwoParties(sentence, implied, verb, reserved))
        {
            AddBuiltAtAnotherPlant(document, sentence, classes, seen, output);
            return;
        }

        List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> found = Find(sentence, implied);
        foreach (var (builder, named, rule) in found)
        {
            // "the Hosur factory will assemble packs for Vindhya's trucks", the plant being the venture Vindhya set up: the venture.
            EntityMention manufacturer = OwnersVenture(sentence, builder, named) ?? builder;
            // "builds the Nexon for Tata": a holding named as the customer stands for its carmaker.
            EntityMention customer = HoldingsCarmaker(sentence, named) ?? named;
            // "builds the Omoda 5 and Jaecoo 7 for Chery": a brand's deal is its group's where the group is the customer named.
            if (BrandOfCustomerFound(found, manufacturer, customer) || (rule == "productionAgreement.builds-brand" && LocalUnitFound(found, manufacturer, customer))
                || (rule is "productionAgreement.builds-possessed" or "productionAgreement.badged-version" && NamedCustomerFound(found, manufacturer, customer))
                || (rule is "productionAgreement.builds-brand" && NamedCustomerFound(found, manufacturer, customer, dealOnly: true)))
            {
                continue;
            }

            // One agreement per pair and sentence, however many rules see it; rebadging is a separate agreement.
            string kind = rule == "productionAgreement.rebadge" ? rule : string.Empty;
            // Banks, funds and governments finance plants; they build nothing and buy nothing built.
            if (!SameGroup(manufacturer, customer) && !IsFinancier(manufacturer) && !IsFinancier(customer) && seen.Add((manufacturer.Name, customer.Name, sentence.Index, kind)))
            {
                Add(document, sentence, verb, manufacturer, customer, rule, output);
                AddLaterClauses(document, sentence, verb, manufacturer, customer, output);
                if (SecondSupplier(sentence, verb, manufacturer, customer) is { } second && seen.Add((second.Supplier.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, second.Verb, second.Supplier, customer, "productionAgreement.second-supplier", output);
                }
            }
        }

        AddBuiltAtAnotherPlant(document, sentence, classes, seen, output);
    }

    // A company's own goods built at another's plant, seen before any other rule: "XPeng will have its G6 assembled in Graz".
    private static void AddOwnGoodsBuiltElsewhere(Document document, SentenceView sentence, WordClass classes, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        // The rare construction first, the negation scan only where it is found; each look-up only where its trigger word
        // ("have", a participle, a form of "come") is in the sentence.
        if ((classes & WordClass.CausativeHave) != 0 && HaveOwnGoodsBuilt(sentence) is { } had && !IsNegated(sentence) && seen.Add((had.Maker.Name, had.Customer.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, had.Verb, had.Maker, had.Customer, "productionAgreement.have-built", output);
        }

        if ((classes & (WordClass.Come | WordClass.MakerParticiple)) != 0 && ModelBuiltAtOwnersPlant(sentence, sentence.First + 2) is { } model)
        {
            if (seen.Add((model.Maker.Name, model.Customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, model.Verb, model.Maker, model.Customer, "productionAgreement.model-at-owners-plant", output);
            }

            // "The ASX comes from Renault's plant in Valladolid, while the Colt is produced at Renault's Bursa factory": a second
            // model at another plant of the same owner is a second agreement.
            if (ModelBuiltAtOwnersPlant(sentence, model.Verb + 1) is { } second && second.Maker.Name == model.Maker.Name && second.Customer.Name == model.Customer.Name
                && PlantAfter(sentence, second.Verb) is { } plant
                && PlantAfter(sentence, model.Verb) is { } first && plant.Name != first.Name && seen.Add((second.Maker.Name, second.Customer.Name, sentence.Index, plant.Name)))
            {
                output.Add(new ProductionAgreementFact(EntityRef.From(document, second.Maker), EntityRef.From(document, second.Customer), null,
                    SiteRef(document, plant), Status(sentence), sentence.Span, 0.6, "productionAgreement.model-at-owners-plant"));
            }
        }

        if ((classes & WordClass.MakerParticiple) != 0 && ModelBuiltByAgent(sentence) is { } agent && seen.Add((agent.Maker.Name, agent.Customer.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, agent.Verb, agent.Maker, agent.Customer, "productionAgreement.model-built-by", output);
        }

        if ((classes & WordClass.Come) != 0 && ComesOffLineFor(sentence) is { } line && seen.Add((line.Maker.Name, line.Customer.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, line.Verb, line.Maker, line.Customer, "productionAgreement.comes-off-line-for", output);
        }
    }

    // "The off-roader has come off the Graz line for the German carmaker since 1979", "The van comes from Kessler Werke's Brno
    // plant for Kia": goods that come off or from a plant, for a company named or described, are built by the plant's owner.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? ComesOffLineFor(SentenceView sentence)
    {
        for (int i = sentence.First + 1; i + 4 < sentence.End; i++)
        {
            if (!ComeVerbs.Contains(sentence.Word(i)) || sentence.Word(i + 1) is not ("off" or "from"))
            {
                continue;
            }

            int at = i + 2;
            EntityMention? maker = PlantOwnerAt(sentence, at) ?? TownPlantOwner(sentence, at);
            if (maker is null)
            {
                continue;
            }

            // "for" right after the plant phrase: "the Graz line for the German carmaker".
            int end = at;
            while (end < sentence.End && end <= at + 6 && !PlantNouns.Contains(sentence.Word(end)))
            {
                end++;
            }

            if (!PlantNouns.Contains(sentence.Word(end)) || sentence.Word(end + 1) is not "for")
            {
                continue;
            }

            int c = end + 2;
            EntityMention? customer = sentence.MentionAt(c) is { Label: EntityLabel.Org } named && sentence.TokenAt(named.Start) == c ? named : null;
            if (customer is null && sentence.Word(c) is "the")
            {
                for (int n = c + 1; n < sentence.End && n <= c + 3; n++)
                {
                    if (SubjectCompanyNouns.Contains(sentence.Word(n)))
                    {
                        // "The factory's contract is the Mercedes-Benz G-Class. The off-roader has come off the Graz line for the
                        // German carmaker": the brand of the model the sentence before named, where the nationality fits.
                        customer = (sentence.Index > 0 && NationalityIn(sentence, c + 1, n) is { } country && SentenceView.At(sentence.Document, sentence.Index - 1) is var before
                                && LastProduct(before) is { } model ? OfCountry(BrandOf(before, model), country) : null)
                            ?? sentence.DescribedCompany(n);
                        break;
                    }
                }
            }

            if (customer is not null && customer.Name != maker.Name && !SameGroup(maker, customer) && !IsFinancier(maker) && !IsFinancier(customer)
                && maker.Name != customer.Entry?.Parent && customer.Name != maker.Entry?.Parent)
            {
                return (maker, customer, i);
            }
        }

        return null;
    }

    private static readonly SpanLookup VehicleNouns = new(["SUV", "car", "model", "van", "pickup", "off-roader", "hatchback", "sedan", "saloon", "crossover", "supermini", "estate", "vehicle", "truck", "minivan", "MPV"]);

    // "the ASX and the new Grandis are built by the French group in Valladolid", "Subaru has never built the Solterra itself. The
    // electric SUV, developed together with Toyota, is assembled by Toyota at its Motomachi plant": a model (or a description of the
    // model the sentence before named) as the subject of a passive build verb whose agent is another company, named or described.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? ModelBuiltByAgent(SentenceView sentence)
    {
        for (int i = sentence.First + 2; i + 3 < sentence.End; i++)
        {
            if (!MakerParticiples.Contains(sentence.Word(i)) || sentence.Word(i + 1) is not "by"
                || !PassiveAuxiliaries.Contains(sentence.Word(sentence.Word(i - 1) is "also" or "now" or "still" ? i - 2 : i - 1)))
            {
                continue;
            }

            // The agent: "by Toyota", "by the French group".
            EntityMention? maker = sentence.MentionAt(i + 2) is { Label: EntityLabel.Org } named && sentence.TokenAt(named.Start) == i + 2 ? named : null;
            bool describedAgent = maker is null;
            if (maker is null && sentence.Word(i + 2) is "the")
            {
                for (int n = i + 3; n < sentence.End && n <= i + 5; n++)
                {
                    if (SubjectCompanyNouns.Contains(sentence.Word(n)))
                    {
                        maker = sentence.DescribedCompany(n);
                        break;
                    }
                }
            }

            if (maker is null || IsFinancier(maker))
            {
                continue;
            }

            // The subject: a model right before the verb, or "The electric SUV, …," opening the sentence.
            EntityMention? model = null;
            SentenceView where = sentence;
            for (int k = i - 1; k >= sentence.First && k >= i - 16; k--)
            {
                if (sentence.Word(k) is ",")
                {
                    // "The electric SUV, developed together with Toyota, is assembled": over an aside.
                    int open = k - 1;
                    while (open > sentence.First && open > k - 10 && sentence.Word(open) is not ",")
                    {
                        open--;
                    }

                    if (sentence.Word(open) is not "," || open == k - 1)
                    {
                        break;
                    }

                    k = open;
                    continue;
                }

                if (sentence.MentionAt(k) is { } mention)
                {
                    model = mention.Label == EntityLabel.Product ? mention : null;
                    break;
                }

                if (k == sentence.First && sentence.Word(k) is "The" && VehicleNouns.Contains(sentence.Word(FirstCommaOrVerb(sentence, k, i) - 1)) && sentence.Index > 0)
                {
                    where = SentenceView.At(sentence.Document, sentence.Index - 1);
                    model = LastProduct(where);
                    break;
                }

                if (!ModelSubjectFillers.Contains(sentence.Word(k)) && !VehicleNouns.Contains(sentence.Word(k)) && !(sentence.Tokens[k].Kind == Tokenization.TokenKind.Word && Text.CharClass.IsLower(sentence.Word(k)[0])
                    && sentence.Word(k) is not ("which" or "that" or "and" or "while" or "where" or "by" or "it" or "they")))
                {
                    break;
                }
            }

            // A named agent and a model named in the sentence are the plain passive, read elsewhere.
            if (model is not null && (describedAgent || where.Index != sentence.Index) && BrandOf(where, model) is { } brand && brand.Name != maker.Name && !SameGroup(maker, brand)
                && maker.Name != brand.Entry?.Parent && brand.Name != maker.Entry?.Parent && NamedParent(sentence, brand) is null)
            {
                return (maker, brand, i);
            }
        }

        return null;
    }

    // The first comma or the verb after a sentence-opening description, whichever comes first.
    private static int FirstCommaOrVerb(SentenceView sentence, int from, int verb)
    {
        int k = from;
        while (k < verb && sentence.Word(k) is not ",")
        {
            k++;
        }

        return PassiveAuxiliaries.Contains(sentence.Word(k - 1)) ? k - 1 : k;
    }

    // The last model a sentence names, or null.
    private static EntityMention? LastProduct(SentenceView sentence)
    {
        EntityMention? last = null;
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Product)
            {
                last = mention;
            }
        }

        return last;
    }

    // The organisation named in the sentence that owns a brand, or null.
    private static EntityMention? NamedParent(SentenceView sentence, EntityMention brand)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org && brand.Entry?.Parent is { } parent && mention.Name == parent)
            {
                return mention;
            }
        }

        return null;
    }

    // The first plant or town named within a few words after a verb ("… produced at Renault's Bursa factory"), or null.
    private static EntityMention? PlantAfter(SentenceView sentence, int verb)
    {
        for (int k = verb + 1; k < sentence.End && k <= verb + 8; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Facility or EntityLabel.Loc } place && place.Entry?.Kind is not "country")
            {
                return place;
            }
        }

        return null;
    }

    private static readonly SpanLookup ModelSubjectFillers = new(["is", "are", "was", "were", "will", "would", "be", "been", "to", "due", "set", "expected", "scheduled", "also", "now", "still", "already", "currently", "has", "have", "had"]);

    // "the Colt supermini is produced at Renault's Bursa factory", "Leapmotor's B10 is to be produced in Spain at the Stellantis
    // factory in Figueruelas", "The smaller Polestar 7 is due to come from Volvo's new factory in Košice": a model, the subject
    // of a passive build verb or of "come from", built at a plant named with its owner, for the model's brand.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? ModelBuiltAtOwnersPlant(SentenceView sentence, int from)
    {
        for (int i = Math.Max(from, sentence.First + 2); i + 2 < sentence.End; i++)
        {
            // "comes from", "comes out of".
            bool comesOutOf = ComeVerbs.Contains(sentence.Word(i)) && sentence.Word(i + 1) is "out" && sentence.Word(i + 2) is "of";
            bool comes = (ComeVerbs.Contains(sentence.Word(i)) && sentence.Word(i + 1) is "from") || comesOutOf;
            if (!comes && !(MakerParticiples.Contains(sentence.Word(i)) && PassiveAuxiliaries.Contains(sentence.Word(sentence.Word(i - 1) is "also" or "now" or "still" ? i - 2 : i - 1))))
            {
                continue;
            }

            int at = comesOutOf ? i + 2 : i + 1;
            if (!comes)
            {
                // "produced in Spain at the Stellantis factory", "assembled in France, at Renault's Flins factory".
                if (sentence.Word(at) is "in" && sentence.MentionAt(at + 1) is { Label: EntityLabel.Loc } country && country.Entry?.Kind is not "city")
                {
                    at = sentence.TokenAt(country.End);
                    at = sentence.Word(at) is "," ? at + 1 : at;
                }

                // "built under contract at the plant".
                at = sentence.Word(at) is "under" && sentence.Word(at + 1) is "contract" ? at + 2 : at;
                if (sentence.Word(at) is not "at")
                {
                    continue;
                }
            }

            // "at the plant", "at the Finnish factory": the plant the text speaks of.
            EntityMention? maker = PlantOwnerAt(sentence, at + 1)
                ?? (!comes && sentence.Word(at + 1) is "the" && sentence.MentionAt(at + 2) is null && (PlantNouns.Contains(sentence.Word(at + 2)) || PlantNouns.Contains(sentence.Word(at + 3)))
                    ? RecentPlantOwner(sentence) : null);
            if (maker is null || IsFinancier(maker))
            {
                continue;
            }

            // The model named right before the verb, with only auxiliaries and lower-case nouns between ("the Colt supermini is").
            EntityMention? model = null;
            for (int k = i - 1; k >= sentence.First && k >= i - 7; k--)
            {
                if (sentence.MentionAt(k) is { } mention)
                {
                    model = mention.Label == EntityLabel.Product ? mention : null;
                    break;
                }

                if (!ModelSubjectFillers.Contains(sentence.Word(k)) && !(sentence.Tokens[k].Kind == Tokenization.TokenKind.Word && Text.CharClass.IsLower(sentence.Word(k)[0])
                    && sentence.Word(k) is not ("which" or "that" or "and" or "while" or "where" or "by" or "it" or "they")))
                {
                    break;
                }
            }

            if (model is not null && BrandOf(sentence, model) is { } brand && brand.Name != maker.Name && !SameGroup(maker, brand)
                && maker.Name != brand.Entry?.Parent && brand.Name != maker.Entry?.Parent
                // Not "… built for Honda by GM …, and the Acura ZDX was produced at GM's Spring Hill plant": where the sentence
                // names the brand's group, the group's deals are read by the rules that name it.
                && NamedParent(sentence, brand) is null)
            {
                return (maker, brand, i);
            }
        }

        return null;
    }

    private static readonly SpanLookup CausativeHaves = new(["have", "has", "had", "having"]);

    // "XPeng will have its G6 and G9 SUVs assembled in Graz", "Geely will … have its vehicles built at Renault's industrial complex",
    // "The Munich-based group also has part of its 5 Series volume made at the Styrian factory": a company that has its own
    // goods built at another's plant or in another's town is the customer of that plant's owner.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? HaveOwnGoodsBuilt(SentenceView sentence)
    {
        for (int i = sentence.First + 1; i + 4 < sentence.End; i++)
        {
            if (!CausativeHaves.Contains(sentence.Word(i)))
            {
                continue;
            }

            int k = sentence.Word(i + 1) is "part" or "some" or "most" or "all" or "much" && sentence.Word(i + 2) is "of" ? i + 3 : i + 1;
            if (sentence.Word(k) is not ("its" or "their"))
            {
                continue;
            }

            // The goods: words only, up to the participle ("its G6 and G9 SUVs assembled").
            int verb = -1;
            for (int j = k + 1; j < sentence.End && j <= k + 8 && sentence.Tokens[j].Kind == Tokenization.TokenKind.Word; j++)
            {
                if (MakerParticiples.Contains(sentence.Word(j)))
                {
                    verb = j;
                    break;
                }
            }

            if (verb < 0 || sentence.Word(verb + 1) is not ("at" or "in"))
            {
                continue;
            }

            int at = verb + 2;
            EntityMention? maker = PlantOwnerAt(sentence, at) ?? ComplexOwnerAt(sentence, at)
                ?? (sentence.MentionAt(at) is { Label: EntityLabel.Loc or EntityLabel.Facility } town ? OwnerOfTown(sentence, town) : null)
                ?? (sentence.Word(at) is "the" && sentence.MentionAt(at + 1) is null && (PlantNouns.Contains(sentence.Word(at + 2)) || PlantNouns.Contains(sentence.Word(at + 3)))
                    ? RecentPlantOwner(sentence) : null);
            EntityMention? customer = HaverBefore(sentence, i) ?? DescribedSubjectBefore(sentence, i);
            if (maker is not null && customer is not null && maker.Name != customer.Name && !SameGroup(maker, customer) && !IsFinancier(maker) && !IsFinancier(customer)
                && maker.Name != customer.Entry?.Parent && customer.Name != maker.Entry?.Parent)
            {
                return (maker, customer, verb);
            }
        }

        return null;
    }

    // "at Renault's industrial complex": the owner of a named works complex, or null.
    private static EntityMention? ComplexOwnerAt(SentenceView sentence, int at)
    {
        if (sentence.MentionAt(at) is not { Label: EntityLabel.Org } owner || sentence.TokenAt(owner.Start) != at)
        {
            return null;
        }

        int k = sentence.TokenAt(owner.End);
        return sentence.Word(k) is "’s" or "'s" && (sentence.Word(k + 1) is "complex" || (sentence.Word(k + 1) is "industrial" or "manufacturing" or "production" && sentence.Word(k + 2) is "complex"))
            ? owner : null;
    }

    private static readonly SpanLookup DefiniteArticles = new(["the", "The"]);

    // The company that has its goods built: the first organisation of the sentence before the verb that is no preposition's
    // object ("Geely will take a stake in Renault do Brasil and have …": Geely).
    private static EntityMention? HaverBefore(SentenceView sentence, int verb)
    {
        // "… under which the Chinese group will take a stake in X and have …": a described subject of the verb's clause.
        for (int k = verb - 1; k > sentence.First && k >= verb - 16 && sentence.Word(k) is not ("," or ";" or "which" or "that" or "who"); k--)
        {
            if (SubjectCompanyNouns.Contains(sentence.Word(k)) && sentence.FindFirst(DefiniteArticles, Math.Max(sentence.First, k - 3), k) >= 0
                && sentence.MentionAt(k) is null && !(sentence.Word(k - 1) is "of" or "in" or "with" or "for"))
            {
                return sentence.DescribedCompany(k);
            }
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            int token = sentence.TokenAt(mention.Start);
            if (token >= verb)
            {
                break;
            }

            if (mention.Label == EntityLabel.Org && !(token > sentence.First && sentence.Word(token - 1) is "in" or "of" or "with" or "from" or "to" or "by" or "for" or "at" or "on" or "its" or "their")
                && sentence.Word(sentence.TokenAt(mention.End)) is not ("’s" or "'s"))
            {
                return mention;
            }
        }

        return null;
    }

    // "… which will be built under contract at Saimaa Vehicle Works' plant in Kouvola": goods built at another's plant, where
    // no other rule saw the pair in the sentence.
    private static void AddBuiltAtAnotherPlant(Document document, SentenceView sentence, WordClass classes, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        // Only where the sentence holds a participle of building.
        if ((classes & WordClass.MakerParticiple) != 0 && BuiltAtAnotherPlant(sentence) is { } built && !seen.Contains((built.Maker.Name, built.Customer.Name, sentence.Index, "productionAgreement.rebadge"))
            && seen.Add((built.Maker.Name, built.Customer.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, built.Verb, built.Maker, built.Customer, "productionAgreement.built-at-another-plant", output);
        }
    }

    private static readonly SpanLookup PartsSupplyVerbs = new(["supplies", "supplied", "provides", "provided", "delivers", "delivered", "makes", "made", "builds", "produces"]);

    // "… are built for it under contract by Dongfeng Motor, and CATL supplies the battery packs for both", "Gestamp stamps body
    // panels for the factory, while Grupo Antolin supplies the headliners and door panels": a later clause in which another
    // company supplies parts, naming no customer of its own, supplies the customer of the deal before.
    private static (EntityMention Supplier, int Verb)? SecondSupplier(SentenceView sentence, int verb, EntityMention manufacturer, EntityMention customer)
    {
        int from = Math.Max(verb, Math.Max(sentence.TokenAt(manufacturer.End), sentence.TokenAt(customer.End)));
        for (int j = from; j + 4 < sentence.End; j++)
        {
            if (!(sentence.Word(j) is "while" or "whereas" || (sentence.Word(j) is "and" && sentence.Word(j - 1) is ",")))
            {
                continue;
            }

            if (sentence.MentionAt(j + 1) is not { Label: EntityLabel.Org } supplier || supplier.Name == manufacturer.Name || supplier.Name == customer.Name
                || IsFinancier(supplier) || SameGroup(supplier, customer))
            {
                return null;
            }

            int v = sentence.TokenAt(supplier.End);
            if (!PartsSupplyVerbs.Contains(sentence.Word(v)) || sentence.Word(v + 1) is not ("the" or "its" or "all" or "most"))
            {
                return null;
            }

            // The parts, then the end of the sentence or "for both", "for them", "for it": no customer of its own.
            int k = v + 2;
            while (k < sentence.End && k <= v + 8 && !GoodsNouns.Contains(sentence.Word(k)))
            {
                if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != Tokenization.TokenKind.Word)
                {
                    return null;
                }

                k++;
            }

            if (k >= sentence.End || !GoodsNouns.Contains(sentence.Word(k)))
            {
                return null;
            }

            int end = k + 1;
            bool ownCustomer = end < sentence.End && !(sentence.Word(end) is "." or "," or ";"
                || (sentence.Word(end) is "for" && sentence.Word(end + 1) is "both" or "them" or "it" or "all"));
            return ownCustomer ? null : (supplier, v);
        }

        return null;
    }

    // "builds the Nexon for Tata", where the lexicon's "Tata" is the holding Tata Sons: the holding's carmaker that owns the
    // model named, else the carmaker of the holding the text named before; null where the customer is no holding or neither
    // is found.
    private static EntityMention? HoldingsCarmaker(SentenceView sentence, EntityMention customer)
    {
        if (customer.Entry?.Kind is not "investor")
        {
            return null;
        }

        if (ProductIn(sentence) is { } model && BrandOf(sentence, model) is { } brand && OwnedBy(brand.Entry, customer.Name))
        {
            return new EntityMention(customer.Start, customer.End, EntityLabel.Org, brand.Name, 0.6, EntitySource.Lexicon) { Entry = brand.Entry };
        }

        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int start = MentionSearch.FirstStartingAtOrAfter(all, sentence.Span.Start) - 1;
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            if (all[m] is { Label: EntityLabel.Org, Entry: { Kind: "carmaker" } entry } && entry.Parent == customer.Name)
            {
                return new EntityMention(customer.Start, customer.End, EntityLabel.Org, entry.Name, 0.6, EntitySource.Lexicon) { Entry = entry };
            }
        }

        return null;
    }

    // True where the lexicon's parents of an entry (up to three steps) reach the owner named.
    private static bool OwnedBy(Entities.Lexicons.LexiconEntry? entry, string owner)
    {
        for (int step = 0; step < 3 && entry?.Parent is { } parent; step++)
        {
            if (parent == owner)
            {
                return true;
            }

            entry = Entities.Lexicons.LexiconRecognizer.Default.TryFindEntry(parent, out Entities.Lexicons.LexiconEntry next) ? next : null;
        }

        return false;
    }

    // The build verb of a clause opened by ", while" or ", whereas" after token from, or -1.
    private static int ContrastedBuildClause(SentenceView sentence, int from)
    {
        for (int k = from + 1; k + 1 < sentence.End; k++)
        {
            if (sentence.Word(k) is "," && sentence.Word(k + 1) is "while" or "whereas")
            {
                return sentence.FindFirst(BuildVerbs, k + 2, sentence.End);
            }
        }

        return -1;
    }

    private static readonly SpanLookup LaterClauseBreaks = new([",", ";", "and", "but", "while", "whereas", "although"]);

    // "… builds the Prologue for Honda at Ramos Arizpe, and assembles the Acura ZDX at Spring Hill", "… trays for GM, and in
    // Silao it builds carriers for the same customer": a later clause with its own build verb and its own site, that names
    // the same customer again (by name, as "the brand" or "the carmaker", or as the brand of its model) and no other
    // company, is a second deal of the pair.
    private static void AddLaterClauses(Document document, SentenceView sentence, int verb, EntityMention manufacturer, EntityMention customer, ICollection<Fact> output)
    {
        int start = -1;
        for (int i = verb + 1; i <= sentence.End; i++)
        {
            // "…, and with the smaller Proace City, which comes from Vigo": a relative clause continues its model's clause.
            if (i < sentence.End && (!LaterClauseBreaks.Contains(sentence.Word(i)) || (sentence.Word(i) is "," && sentence.Word(i + 1) is "which")))
            {
                continue;
            }

            if (start >= 0 && start < i && sentence.Tokens[start].Start > customer.Start
                && LaterClauseDeal(sentence, start, i, manufacturer, customer) is { } deal && !HasDeal(output, sentence, manufacturer, customer, deal.Site?.Name, deal.Product))
            {
                output.Add(new ProductionAgreementFact(
                    EntityRef.From(document, manufacturer), EntityRef.From(document, customer), deal.Product, deal.Site is null ? null : SiteRef(document, deal.Site), Status(sentence),
                    sentence.Span, 0.6, "productionAgreement.later-clause"));
            }

            start = i + 1;
        }
    }

    private static (EntityMention? Site, string? Product)? LaterClauseDeal(SentenceView sentence, int from, int to, EntityMention manufacturer, EntityMention customer)
    {
        int verb = sentence.FindFirst(BuildVerbs, from, to);
        if (verb < 0 && sentence.FindFirst(ComeVerbs, from, to) is >= 0 and var comes && sentence.Word(comes + 1) is "from")
        {
            verb = comes;
        }

        if (verb < 0 || SellVerbs.Contains(sentence.Word(verb)) || sentence.Word(verb + 1) is "by")
        {
            return null;
        }

        EntityMention? site = null;
        EntityMention? product = null;
        bool named = false;
        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (at < from || at >= to)
            {
                continue;
            }

            bool isCustomer = SameParty(mention.Name, customer.Name) || SameGroup(mention, customer);
            if (mention.Label == EntityLabel.Org && !isCustomer && !SameParty(mention.Name, manufacturer.Name) && !SameGroup(mention, manufacturer))
            {
                return null;
            }

            if (mention.Label == EntityLabel.Org && isCustomer)
            {
                named |= at > verb;
                if (at < verb)
                {
                    return null;
                }
            }
            else if (mention.Label == EntityLabel.Org && at < verb && !NamedBefore(sentence, from, manufacturer))
            {
                // "…, while Dongfeng Honda will make the Ye S7 for the Japanese brand": the clause of the first deal.
                return null;
            }
            else if (mention.Label == EntityLabel.Product && product is null && BrandOf(sentence, mention) is { } brand
                && (SameParty(brand.Name, customer.Name) || SameGroup(brand, customer) || brand.Entry?.Parent == customer.Name))
            {
                product = mention;
            }
            else if (site is null && (mention.Label == EntityLabel.Facility || (mention.Label == EntityLabel.Loc && mention.Entry?.Kind == "city")
                    // "in Atessa": a place no gazetteer lists, named as where the goods are made.
                    || (mention.Label == EntityLabel.Loc && mention.Entry is null && at > verb && sentence.Word(at - 1) is "in" or "at"))
                && !InsideWord(sentence, mention))
            {
                site = mention;
            }
        }

        // "for the same customer", "for the brand", "for its former subsidiary".
        for (int k = verb + 1; !named && k + 1 < to; k++)
        {
            if (sentence.Word(k) is "for" && sentence.Word(k + 1) is "the" or "its" or "their")
            {
                for (int n = k + 2; n < to && n <= k + 4; n++)
                {
                    named |= CustomerNouns.Contains(sentence.Word(n)) || BrandNouns.Contains(sentence.Word(n)) || OwnerNouns.Contains(sentence.Word(n)) || sentence.Word(n) is "subsidiary";
                }
            }
        }

        site ??= UnnamedTownAfter(sentence, verb, to);
        // "…, and the plant also assembles Maruti's Grand Vitara": another model of the customer's, at the same site.
        if (site is null && product is not null && sentence.FindFirst(AlsoWords, from, verb) >= 0)
        {
            return (SiteBefore(sentence, from, string.Empty), product.Name);
        }

        if (site is null || !(named || product is not null) || SiteBefore(sentence, from, site.Name) is null)
        {
            return null;
        }

        return (site, product?.Name);
    }

    // "… is assembled for the Japanese brand in Atessa, Italy": a capitalised word after "in" or "at" that no mention covers.
    private static EntityMention? UnnamedTownAfter(SentenceView sentence, int verb, int to)
    {
        for (int k = verb + 1; k + 1 < to; k++)
        {
            if (sentence.Word(k) is "in" or "at" && sentence.Word(k + 1) is { Length: > 2 } town && char.IsUpper(town[0]) && sentence.MentionAt(k + 1) is null
                && sentence.Tokens[k + 1].Kind == TokenKind.Word && !(k + 2 < to && sentence.Tokens[k + 2].Kind == TokenKind.Word && char.IsUpper(sentence.Word(k + 2)[0])))
            {
                return new EntityMention(sentence.Tokens[k + 1].Start, sentence.Tokens[k + 1].End, EntityLabel.Loc, town.ToString(), 0.5, EntitySource.Pattern);
            }
        }

        return null;
    }

    private static bool NamedBefore(SentenceView sentence, int before, EntityMention company)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org && sentence.TokenAt(mention.Start) < before && (SameParty(mention.Name, company.Name) || SameGroup(mention, company)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup AlsoWords = new(["also"]);

    private static EntityMention? SiteBefore(SentenceView sentence, int before, string other)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) < before && mention.Name != other
                && (mention.Label == EntityLabel.Facility || (mention.Label == EntityLabel.Loc && mention.Entry?.Kind == "city")))
            {
                return mention;
            }
        }

        return null;
    }

    // The same pair with the same model, or (stated in an earlier sentence) at the same site.
    private static bool HasDeal(ICollection<Fact> output, SentenceView sentence, EntityMention manufacturer, EntityMention customer, string? site, string? product)
    {
        foreach (Fact fact in output)
        {
            if (fact is ProductionAgreementFact earlier && SameParty(earlier.Manufacturer?.Name, manufacturer.Name) && SameParty(earlier.Customer?.Name, customer.Name)
                && ((product is not null && earlier.Product == product) || (site is not null && earlier.Site?.Name == site && earlier.Evidence.Start != sentence.Span.Start)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup GoodsNouns = new(
    [
        "cells", "packs", "batteries", "modules", "separators", "cathodes", "anodes", "seats", "axles", "motors", "engines", "harnesses",
        "castings", "chips", "components", "parts", "output", "production", "Cells", "Packs", "Batteries", "Modules", "Output", "Production",
        "powertrains", "enclosures", "housings", "gearboxes", "transmissions", "inverters", "pressings", "trays", "panels", "Pressings",
    ]);

    // Goods sent to a customer: a goods noun in the subject, then "go/goes into|to", "are earmarked|reserved|destined for",
    // "power|feed"; the customer is the first organisation after the verb (or the maker of the models named, "built by
    // Stellantis"), the maker the owner of the town or plant the goods come from, else the company the text is about.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? GoodsDestination(SentenceView sentence)
    {
        int verb = -1;
        int reach = sentence.First + 14;
        for (int i = sentence.First + 1; i + 1 < sentence.End && i < reach; i++)
        {
            ReadOnlySpan<char> word = sentence.Word(i);
            // "Output from the new lines, due to start in 2026, is earmarked for BMW": past an aside without a name.
            if (word is "," && AsideWithoutName(sentence, i) is > 0 and var afterAside)
            {
                reach += afterAside - i;
                i = afterAside - 1;
                continue;
            }

            if ((word is "go" or "goes" or "went" && sentence.Word(AfterGoAdverbs(sentence, i + 1)) is "into" or "to")
                || (word is "earmarked" or "reserved" or "destined" or "bound" or "allocated" && sentence.Word(i + 1) is "for" or "to")
                || word is "power" or "powers" or "feed" or "feeds")
            {
                verb = i;
                break;
            }

            if (word is "," or ";" or "which" or "that" or "said" || sentence.MentionAt(i) is { Label: EntityLabel.Org })
            {
                return null;
            }
        }

        if (verb < 0 || sentence.FindFirst(GoodsNouns, sentence.First, verb) < 0 || IsNegated(sentence)
            || sentence.FindFirst(Negations, Math.Max(sentence.First, verb - 3), verb) >= 0)
        {
            return null;
        }

        // The customer: "built by X" after the destination, else the first organisation, else the brand of the model named.
        EntityMention? customer = null;
        EntityMention? model = null;
        for (int k = verb + 1; k < sentence.End && k <= verb + 12; k++)
        {
            if (sentence.Word(k) is ";" or "while" or "but" || (sentence.Word(k) is "," && sentence.Word(k + 1) is "which" or "and" or "while" or "but"))
            {
                break;
            }

            if (sentence.Word(k) is "by" && k > verb + 1 && MakerParticiples.Contains(sentence.Word(k - 1)) && sentence.MentionAt(k + 1) is { Label: EntityLabel.Org } builtBy)
            {
                customer = builtBy;
                break;
            }

            if (customer is null && sentence.MentionAt(k) is { } mention)
            {
                if (mention.Label == EntityLabel.Org)
                {
                    customer = mention;
                }
                else if (mention.Label == EntityLabel.Product)
                {
                    model ??= mention;
                }
            }
        }

        customer ??= model is not null ? BrandOf(sentence, model) : null;
        if (customer is null || IsFinancier(customer))
        {
            return null;
        }

        // The maker: the owner of the town or plant the goods come "from", else the company the text is about.
        EntityMention? maker = null;
        int from = sentence.FindFirst(FromWords, sentence.First, verb);
        if (from >= 0)
        {
            maker = PlantOwnerAt(sentence, from + 1);
            if (maker is null && sentence.MentionAt(from + 1) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
            {
                maker = OwnerOfTown(sentence, town);
            }
        }

        // "The Sanand cells will go into Tata Motors' cars": the owner of the town named in the subject.
        for (int k = sentence.First; maker is null && k < verb; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } subjectTown && sentence.TokenAt(subjectTown.Start) == k)
            {
                maker = OwnerOfTown(sentence, subjectTown);
            }
        }

        // "Output from the new lines … is earmarked for BMW": the owner of the plant the sentences before spoke of.
        if (maker is null && sentence.FindFirst(PlantNouns, sentence.First, verb) >= 0 && RecentPlantOwner(sentence) is { } recent && recent.Name != customer.Name)
        {
            maker = recent;
        }

        maker ??= sentence.LastSubjectBefore(customer.Name, notFinancier: true);
        return maker is not null && !SameGroup(maker, customer) && maker.Name != customer.Entry?.Parent ? (maker, customer, verb) : null;
    }

    private static readonly SpanLookup TakeVerbs = new(
        ["buy", "buys", "bought", "take", "takes", "took", "taking", "use", "uses", "used", "using", "receive", "receives", "received", "get", "gets", "got"]);

    // Goods a customer takes from a town's plant: "Halong Motors will buy cells made in Karawang", "Renault will use cells from
    // Dunkirk in the Alpine A390", "Mercedes-Benz is due to take cells from the site", "Nordbuss, which took cells from
    // Nyíregyháza". The customer is the subject before the verb; the maker the owner of the plant in that town (or of the
    // site the sentences before spoke of).
    private static (EntityMention Maker, EntityMention Customer, int Verb)? GoodsTakenFromTown(SentenceView sentence)
    {
        for (int i = sentence.First + 1; i + 3 < sentence.End; i++)
        {
            if (!TakeVerbs.Contains(sentence.Word(i)))
            {
                continue;
            }

            // The goods right after the verb, past a determiner or a lower-case modifier or two ("its cells", "battery cells").
            int goods = -1;
            for (int g = i + 1; g < sentence.End && g <= i + 3; g++)
            {
                if (GoodsNouns.Contains(sentence.Word(g)))
                {
                    goods = g;
                    break;
                }

                if (sentence.MentionAt(g) is not null || sentence.Tokens[g].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(sentence.Word(g)[0]))
                {
                    break;
                }
            }

            if (goods < 0)
            {
                continue;
            }

            // "… from Karawang", "… from the site", "… made in Karawang".
            int place = sentence.Word(goods + 1) is "from" ? goods + 2
                : MakerParticiples.Contains(sentence.Word(goods + 1)) && sentence.Word(goods + 2) is "in" or "at" ? goods + 3 : -1;
            if (place < 0 || place >= sentence.End)
            {
                continue;
            }

            EntityMention? maker = sentence.MentionAt(place) is { Label: EntityLabel.Loc or EntityLabel.Facility } town ? OwnerOfTown(sentence, town)
                : sentence.Word(place) is "the" && sentence.Word(place + 1) is "site" or "plant" or "factory" && place + 2 <= sentence.End
                    && (place + 2 == sentence.End || sentence.Word(place + 2) is "for" or "in" or "," or "." or "from" or "between" or "until" or "since")
                    ? RecentPlantOwner(sentence) : null;
            if (maker is null || IsFinancier(maker) || sentence.FindFirst(Negations, Math.Max(sentence.First, i - 4), i) >= 0)
            {
                return null;
            }

            EntityMention? customer = SubjectBefore(sentence, i, maker);
            // "JCM has already secured its first customer: Halong Motors will buy cells made in Karawang": the company whose
            // customer the sentence names first is the maker, rather than whoever first announced the plant in that town.
            if (customer is not null && CustomerOwnerBefore(sentence, customer) is { } supplier)
            {
                maker = supplier;
            }

            return customer is not null && !IsFinancier(customer) && customer.Name != maker.Name && !SameGroup(maker, customer)
                && maker.Name != customer.Entry?.Parent && customer.Name != maker.Entry?.Parent ? (maker, customer, i) : null;
        }

        return null;
    }

    private static readonly SpanLookup BuyerNouns = new(["customer", "customers", "buyer", "buyers", "client", "clients"]);

    // "JCM has already secured its first customer: Halong Motors …": the organisation named before a customer noun that
    // comes before the customer; null where there is none.
    private static EntityMention? CustomerOwnerBefore(SentenceView sentence, EntityMention customer)
    {
        int at = sentence.TokenAt(customer.Start);
        int noun = sentence.FindLast(BuyerNouns, Math.Max(sentence.First, at - 6), at);
        if (noun < 0)
        {
            return null;
        }

        EntityMention? owner = null;
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) >= noun)
            {
                break;
            }

            owner = mention.Label == EntityLabel.Org && mention.Name != customer.Name && !IsFinancier(mention) ? mention : owner;
        }

        return owner;
    }

    private static readonly SpanLookup GoAdverbs = new(
        ["first", "of", "all", "mainly", "mostly", "largely", "chiefly", "primarily", "initially", "principally", "exclusively", "entirely", "partly", "also"]);

    // "will go first of all into", "goes mainly to": the word after any adverbs that follow a verb of going.
    private static int AfterGoAdverbs(SentenceView sentence, int at)
    {
        int k = at;
        while (k < sentence.End && k < at + 3 && GoAdverbs.Contains(sentence.Word(k)))
        {
            k++;
        }

        return k;
    }

    // ", due to start in the second half of 2026,": the token after an aside set off by commas that names no organisation and
    // opens no relative clause, or -1.
    private static int AsideWithoutName(SentenceView sentence, int comma)
    {
        int after = AfterApposition(sentence, comma);
        if (after == comma || sentence.Word(comma + 1) is "which" or "who" or "whose" or "that" or "while" or "and" or "but" or "where")
        {
            return -1;
        }

        for (int k = comma + 1; k < after; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org })
            {
                return -1;
            }
        }

        return after;
    }

    private static readonly SpanLookup ReportingVerbs = new(["said", "says", "confirmed", "confirms", "announced", "announces", "added"]);

    // "…, Sony Honda Mobility (SHM) confirmed": the organisation that reports the sentence, named after the verb, or null.
    private static EntityMention? ReporterAfter(SentenceView sentence, int verb, EntityMention exclude)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (at <= verb || mention.Label != EntityLabel.Org || mention.Name == exclude.Name || sentence.Word(at - 1) is not ",")
            {
                continue;
            }

            int after = sentence.AfterEnclosed(sentence.TokenAt(mention.End), "(", ")", 6);
            if (ReportingVerbs.Contains(sentence.Word(after)))
            {
                return mention;
            }
        }

        return null;
    }

    // Goods built, with no agent, at another company's plant: "200 heavy trucks, which will be built under contract at Saimaa
    // Vehicle Works' plant in Kouvola", "the rear axles for Nordwagen Trucks' tractor will be made at Brenner's plant".
    // The maker owns the plant; the customer is the one company the subject names, else the company that reports it, else
    // the company the text is about. A model named in the subject is left to the rules of models built in a partner's plant.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? BuiltAtAnotherPlant(SentenceView sentence)
    {
        for (int i = sentence.First + 1; i + 2 < sentence.End; i++)
        {
            if (!MakerParticiples.Contains(sentence.Word(i)) || !PassiveAuxiliaries.Contains(sentence.Word(i - 1)))
            {
                continue;
            }

            int at = sentence.Word(i + 1) is "under" && sentence.Word(i + 2) is "contract" ? i + 3 : i + 1;
            if (sentence.Word(at) is not ("at" or "in"))
            {
                return null;
            }

            EntityMention? maker = PlantOwnerAt(sentence, at + 1);
            if (maker is null || IsFinancier(maker) || sentence.FindFirst(Negations, Math.Max(sentence.First, i - 4), i) >= 0)
            {
                return null;
            }

            EntityMention? named = null;
            int names = 0;
            foreach (EntityMention mention in sentence.Mentions)
            {
                if (sentence.TokenAt(mention.Start) >= i)
                {
                    break;
                }

                if (mention.Label == EntityLabel.Product)
                {
                    return null;
                }

                if (mention.Label == EntityLabel.Org && mention.Name != maker.Name)
                {
                    named = mention;
                    names++;
                }
            }

            EntityMention? customer = names == 1 ? named : names == 0 ? ReporterAfter(sentence, i, maker) ?? sentence.LastSubjectBefore(notFinancier: true) : null;
            return customer is not null && !IsFinancier(customer) && customer.Name != maker.Name && !SameGroup(maker, customer)
                && maker.Name != customer.Entry?.Parent && customer.Name != maker.Entry?.Parent ? (maker, customer, i) : null;
        }

        return null;
    }

    private static readonly SpanLookup CustomerHeads = new(["customer", "client", "customers", "clients"]);

    private static readonly SpanLookup Copulas = new(["is", "was", "be", "become", "became", "becomes"]);

    // A customer named by a copula: "Its newest client is Greyhawk Automotive", "The first customer is Seat", "Jaguar Land
    // Rover, which is also owned by Tata, will be the anchor customer". The supplier is the possessor ("Agratas's"), the
    // owner of the plant ("the plant's"), else the company the text is about.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? CustomerByCopula(SentenceView sentence)
    {
        int noun = sentence.FindFirst(CustomerHeads, sentence.First, Math.Min(sentence.End, sentence.First + 30));
        if (noun < 0 || IsNegated(sentence))
        {
            return null;
        }

        // The determiner phrase before the noun: "Its newest", "The first", "the anchor", "Agratas's first".
        int d = noun - 1;
        while (d > sentence.First && d >= noun - 3 && sentence.Tokens[d].Kind == Tokenization.TokenKind.Word && Text.CharClass.IsLower(sentence.Word(d)[0])
            && sentence.Word(d) is not ("the" or "its" or "their" or "is" or "be" or "was" or "a" or "an"))
        {
            d--;
        }

        EntityMention? customer = null;
        int copula;
        if (sentence.Word(noun + 1) is "is" or "was" || (sentence.Word(noun + 1) is "will" or "would" && sentence.Word(noun + 2) is "be"))
        {
            // "Its newest client is Greyhawk Automotive": the name right after the copula.
            copula = sentence.Word(noun + 1) is "is" or "was" ? noun + 1 : noun + 2;
            customer = ActorAt(sentence, copula + 1);
        }
        else if (d - 1 > sentence.First && Copulas.Contains(sentence.Word(d - 1)) && sentence.Word(d) is "the" or "its" or "their" && sentence.Word(noun + 1) is "." or "," or "for" or "of" or "from")
        {
            // "Jaguar Land Rover … will be the anchor customer": the subject of the copula.
            copula = d - 1;
            customer = SubjectBefore(sentence, copula, NoCompany);
        }
        else if (sentence.Word(d) is "’s" or "'s" && d - 1 > sentence.First && sentence.MentionAt(d - 1) is { Label: EntityLabel.Org } supplierNamed
            && sentence.TokenAt(supplierNamed.Start) - 1 is var beforeSupplier && beforeSupplier > sentence.First
            && (Copulas.Contains(sentence.Word(beforeSupplier)) || (sentence.Word(beforeSupplier) is "of" && sentence.Word(beforeSupplier - 1) is "one"
                && Copulas.Contains(sentence.Word(beforeSupplier - 2))))
            && sentence.Word(noun + 1) is "." or "," or "for" or "and" or "in")
        {
            // "Tesla is Panasonic's biggest customer", "Toyota is one of Denso's largest customers": the subject of the copula.
            copula = sentence.Word(beforeSupplier) is "of" ? beforeSupplier - 2 : beforeSupplier;
            customer = SubjectBefore(sentence, copula, NoCompany);
        }
        else
        {
            return null;
        }

        if (customer is null || IsFinancier(customer) || sentence.Word(d) is "a" or "an" || sentence.FindFirst(Negations, copula, copula + 3) >= 0)
        {
            return null;
        }

        // The supplier: the possessor, the plant's owner, else the company the text is about.
        EntityMention? maker = null;
        if (sentence.Word(d) is "’s" or "'s" && d - 1 >= sentence.First)
        {
            maker = sentence.MentionAt(d - 1) is { Label: EntityLabel.Org } possessor ? possessor
                : PlantNouns.Contains(sentence.Word(d - 1)) ? RecentPlantOwner(sentence) : null;
        }
        else if (sentence.Word(d) is "Its" or "its" || (copula < noun && sentence.Word(d) is "the"))
        {
            // Not "The first customer is Seat": without a possessive the text may name the supplier only after.
            maker = sentence.LastSubjectBefore(customer.Name, notFinancier: true);
        }

        return maker is not null && !IsFinancier(maker) && maker.Name != customer.Name && !SameGroup(maker, customer)
            && maker.Name != customer.Entry?.Parent && customer.Name != maker.Entry?.Parent ? (maker, customer, copula) : null;
    }

    // "Kestrel Cells' customers include Castellan Cars and Norrland Motors", "Its customers include Volvo Cars and BMW": the
    // companies listed after "customers include" (or "are"), for the possessor — a company, or the company the text is about.
    private static List<(EntityMention Maker, EntityMention Customer, int Verb)> CustomersListed(SentenceView sentence)
    {
        var listed = new List<(EntityMention Maker, EntityMention Customer, int Verb)>();
        for (int k = sentence.First + 1; k + 2 < sentence.End; k++)
        {
            if (sentence.Word(k) is not ("customers" or "clients") || sentence.Word(k + 1) is not ("include" or "includes" or "included" or "are" or "were"))
            {
                continue;
            }

            // The possessor: "X's customers", "X's biggest customers", "Its customers".
            int d = k - 1;
            while (d > sentence.First && d >= k - 3 && sentence.Tokens[d].Kind == Tokenization.TokenKind.Word && sentence.Word(d) is { Length: > 0 } adjective
                && char.IsLower(adjective[0]) && adjective is not ("its" or "their" or "the"))
            {
                d--;
            }

            EntityMention? maker = sentence.Word(d) is "'s" or "’s" && d - 1 >= sentence.First && sentence.MentionAt(d - 1) is { Label: EntityLabel.Org } possessor ? possessor
                : BareApostropheBefore(sentence, d) is { } bare ? bare
                : sentence.Word(d) is "Its" or "its" or "Their" or "their" ? sentence.LastSubjectBefore(notFinancier: true)
                // "Further customers include Renault and Volkswagen": the customers of the company the text is about.
                : d == sentence.First && sentence.Word(d) is "Further" or "Other" or "Additional" or "Major" or "Key" or "Main" or "Existing" ? sentence.LastSubjectBefore(notFinancier: true)
                : null;
            if (maker is null || IsFinancier(maker))
            {
                continue;
            }

            int at = k + 2;
            while (at < sentence.End && ActorAt(sentence, at) is { } customer && sentence.TokenAt(customer.Start) >= at)
            {
                if (customer.Name != maker.Name && !SameGroup(maker, customer) && !IsFinancier(customer))
                {
                    listed.Add((maker, customer, k + 1));
                }

                int after = sentence.TokenAt(customer.End);
                at = sentence.Word(after) is "," && sentence.Word(after + 1) is "and" ? after + 2 : sentence.Word(after) is "," or "and" ? after + 1 : sentence.End;
            }
        }

        return listed;
    }

    // "Kestrel Cells' customers": the name before an apostrophe alone at token <paramref name="apostrophe"/>.
    private static EntityMention? BareApostropheBefore(SentenceView sentence, int apostrophe) =>
        apostrophe - 1 >= sentence.First && sentence.Word(apostrophe) is "'" or "’" && sentence.MentionAt(apostrophe - 1) is { Label: EntityLabel.Org } name
        && BareApostrophePossessive(sentence, name) ? name : null;

    // "…, a joint venture with Daesan Motor, whose pouch cells go into Daesan's electric pickup trucks", "Kessler Werke, whose
    // seats go into Opel's vans": goods of the company a "whose" clause follows (a venture or plant the text named) sent to a
    // customer.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? WhoseGoodsDestination(SentenceView sentence)
    {
        for (int w = sentence.First + 2; w + 3 < sentence.End; w++)
        {
            if (sentence.Word(w) is not "whose" || sentence.Word(w - 1) is not ",")
            {
                continue;
            }

            // "whose pouch cells go into", "whose packs are earmarked for": goods, then the verb, within a few words.
            int verb = -1;
            bool goods = false;
            for (int k = w + 1; k < sentence.End && k <= w + 5; k++)
            {
                goods |= GoodsNouns.Contains(sentence.Word(k));
                if (goods && ((sentence.Word(k) is "go" or "goes" or "went" && sentence.Word(AfterGoAdverbs(sentence, k + 1)) is "into" or "to")
                    || (sentence.Word(k) is "earmarked" or "reserved" or "destined" && sentence.Word(k + 1) is "for")))
                {
                    verb = k;
                    break;
                }
            }

            if (verb < 0 || sentence.FindFirst(Negations, w, verb) >= 0)
            {
                return null;
            }

            EntityMention? customer = null;
            for (int k = verb + 1; k < sentence.End && k <= verb + 4 && customer is null; k++)
            {
                customer = sentence.MentionAt(k) is { Label: EntityLabel.Org } named ? named : null;
            }

            // The antecedent: a name right before the comma, else the venture or the plant the text named last.
            EntityMention? maker = sentence.MentionAt(w - 2) is { Label: EntityLabel.Org } antecedent ? antecedent
                : sentence.Word(w - 2) is "venture" ? sentence.RecentVenture()
                : PlantNouns.Contains(sentence.Word(w - 2)) ? RecentPlantOwner(sentence) : null;
            return maker is not null && customer is not null && !IsFinancier(maker) && !IsFinancier(customer) && maker.Name != customer.Name && !SameGroup(maker, customer)
                && maker.Name != customer.Entry?.Parent ? (maker, customer, verb) : null;
        }

        return null;
    }

    private static readonly SpanLookup DealNouns = new(["contract", "arrangement", "deal", "agreement", "partnership", "tie-up"]);

    // "The switch ends Kestrel's arrangement with Taiwan's Formosa DriveTech, which had assembled the K2 at its plant in Taoyuan",
    // "Ostwind ended its contract with Tarvo Assembly, which built the K2 in Brno": the partner of a company's deal, described
    // by a relative clause of building that names no customer of its own, builds for that company.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? DealPartnerWhichBuilt(SentenceView sentence)
    {
        for (int w = sentence.First + 2; w + 4 < sentence.End; w++)
        {
            if (sentence.Word(w) is not "with" || !DealNouns.Contains(sentence.Word(w - 1)))
            {
                continue;
            }

            // "with Taiwan's Formosa DriveTech": past a country's possessive.
            int at = sentence.MentionAt(w + 1) is { Label: EntityLabel.Loc } country && sentence.Word(sentence.TokenAt(country.End)) is "’s" or "'s"
                ? sentence.TokenAt(country.End) + 1 : w + 1;
            if (ActorAt(sentence, at) is not { } partner)
            {
                continue;
            }

            int r = sentence.TokenAt(partner.End);
            if (sentence.Word(r) is not "," || sentence.Word(r + 1) is not ("which" or "that"))
            {
                continue;
            }

            int verb = r + 2;
            while (verb < sentence.End && verb <= r + 4 && sentence.Word(verb) is "had" or "has" or "have" or "also" or "until" or "then" or "long")
            {
                verb++;
            }

            if (!BuildVerbs.Contains(sentence.Word(verb)) || SellVerbs.Contains(sentence.Word(verb)) || sentence.FindFirst(Negations, r, verb) >= 0)
            {
                continue;
            }

            // A customer of its own in the relative clause is left to the other rules.
            for (int k = verb + 1; k < sentence.End && k <= verb + 10 && sentence.Word(k) is not ("," or ";"); k++)
            {
                if (sentence.Word(k) is "for" or "to" && ActorAt(sentence, k + 1) is not null)
                {
                    return null;
                }
            }

            // The company whose deal it is: "Kestrel's arrangement", "its contract" (the subject).
            int d = w - 2;
            EntityMention? customer = sentence.Word(d) is "’s" or "'s" or "’" or "'" && sentence.MentionAt(d - 1) is { Label: EntityLabel.Org } possessor ? possessor
                : sentence.Word(d) is "its" or "their" ? SubjectBefore(sentence, d, partner) ?? sentence.LastSubjectBefore(partner.Name, notFinancier: true) : null;
            return customer is not null && !IsFinancier(customer) && !IsFinancier(partner) && customer.Name != partner.Name && !SameGroup(customer, partner)
                && partner.Name != customer.Entry?.Parent && customer.Name != partner.Entry?.Parent ? (partner, customer, verb) : null;
        }

        return null;
    }

    private static readonly SpanLookup ChoosingVerbs = new(["selected", "chose", "chosen", "named", "picked", "appointed", "nominated", "tapped", "makes", "made", "make"]);

    // A supplier chosen or made: "Opel has selected Tarvo Cells as the supplier of battery cells for its next van" (the subject
    // is the customer), "The order makes Elbtal the supplier of complete electric axles for the next compact SUV of Vaernes
    // Automotive" (the company named after "for" is).
    // "Solvik Energy has been chosen as the battery supplier for Norrland Motors' next platform", "Bosch was named sole supplier
    // to Lumeo": a company chosen, in the passive, as the supplier of a customer named after "for", "to" or "of".
    private static (EntityMention Maker, EntityMention Customer, int Verb)? SupplierChosenPassive(SentenceView sentence)
    {
        for (int v = sentence.First + 1; v + 4 < sentence.End; v++)
        {
            if (sentence.Word(v) is not ("selected" or "chosen" or "named" or "picked" or "appointed" or "nominated" or "tapped")
                || sentence.Word(v - 1) is not ("been" or "was" or "is" or "were" or "are") || sentence.FindFirst(Negations, Math.Max(sentence.First, v - 3), v) >= 0)
            {
                continue;
            }

            int k = sentence.Word(v + 1) is "as" ? v + 2 : v + 1;
            if (sentence.Word(k) is "the" or "a" or "an" or "its" or "their")
            {
                k++;
            }

            int noun = k;
            while (noun < sentence.End && noun <= k + 3 && sentence.Word(noun) is not ("supplier" or "provider") && sentence.MentionAt(noun) is null
                && sentence.Tokens[noun].Kind == Tokenization.TokenKind.Word && Text.CharClass.IsLower(sentence.Word(noun)[0]))
            {
                noun++;
            }

            if (noun >= sentence.End || sentence.Word(noun) is not ("supplier" or "provider") || sentence.Word(noun + 1) is not ("for" or "to" or "of")
                || (ActorAt(sentence, noun + 2) ?? DescribedCustomerAt(sentence, noun + 2)) is not { } customer
                || SubjectBefore(sentence, v, customer) is not { } supplier || supplier.Name == customer.Name || SameGroup(supplier, customer) || IsFinancier(supplier))
            {
                continue;
            }

            return (supplier, customer, v);
        }

        return null;
    }

    private static (EntityMention Maker, EntityMention Customer, int Verb)? SupplierChosen(SentenceView sentence)
    {
        for (int v = sentence.First + 1; v + 4 < sentence.End; v++)
        {
            if (!ChoosingVerbs.Contains(sentence.Word(v)) || sentence.MentionAt(v + 1) is not { Label: EntityLabel.Org } supplier)
            {
                continue;
            }

            bool made = sentence.Word(v) is "makes" or "made" or "make";
            int k = sentence.TokenAt(supplier.End);
            if (!made && sentence.Word(k) is "as")
            {
                k++;
            }

            if (sentence.Word(k) is not ("the" or "its" or "their"))
            {
                continue;
            }

            int noun = k + 1;
            while (noun < sentence.End && noun <= k + 3 && !IsSupplierNoun(sentence, noun) && sentence.MentionAt(noun) is null && sentence.Tokens[noun].Kind == Tokenization.TokenKind.Word
                && Text.CharClass.IsLower(sentence.Word(noun)[0]))
            {
                noun++;
            }

            if (noun >= sentence.End || sentence.Word(noun) is not ("supplier" or "provider") || sentence.FindFirst(Negations, Math.Max(sentence.First, v - 3), v) >= 0)
            {
                continue;
            }

            EntityMention? customer = null;
            if (made)
            {
                // "… the supplier of complete electric axles for the next compact SUV of Swedish carmaker Vaernes Automotive".
                int forAt = sentence.FindFirst(ForWords, noun + 1, Math.Min(sentence.End, noun + 10));
                for (int c = forAt + 1; forAt >= 0 && c < sentence.End && c <= forAt + 10 && customer is null; c++)
                {
                    if (sentence.Word(c) is "," or ";" or "which" or "that")
                    {
                        break;
                    }

                    customer = sentence.MentionAt(c) is { Label: EntityLabel.Org } named ? named : null;
                }
            }
            else
            {
                customer = SubjectBefore(sentence, v, supplier);
            }

            return customer is not null && !IsFinancier(customer) && !IsFinancier(supplier) && customer.Name != supplier.Name && !SameGroup(customer, supplier)
                ? (supplier, customer, v) : null;
        }

        return null;
    }

    // "Pressings for the Sunderland-built cars": the owner of the town whose plant builds the cars.
    private static EntityMention? TownBuiltOwner(SentenceView sentence, int before)
    {
        for (int k = sentence.First; k < before; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if ((word.EndsWith("-built", StringComparison.Ordinal) || word.EndsWith("-made", StringComparison.Ordinal) || word.EndsWith("-assembled", StringComparison.Ordinal))
                && sentence.MentionAt(k) is { Label: EntityLabel.Loc } town)
            {
                // "Pressings for the Sunderland-built cars": vehicles built in a town are the carmaker's of that town, where
                // a battery maker has a plant there too.
                EntityMention? owner = OwnerOfTown(sentence, town);
                return VehicleWords.Contains(sentence.Word(k + 1)) && owner?.Entry is { Kind: "battery" } ? CarmakerOfTown(sentence, town) ?? owner : owner;
            }
        }

        return null;
    }

    // Words of a predicate of starting or ending between a production named by its goods and its plant ("is already underway
    // at", "began at", "will end at").
    private static readonly SpanLookup NominalPredicates = new(
        ["is", "are", "was", "has", "have", "had", "will", "already", "now", "also", "underway", "under", "way", "began", "begun", "begins",
         "started", "starts", "start", "ended", "ends", "end", "stopped", "stops", "resumed", "resumes", "continues", "continued", "runs", "ran", "been"]);

    // The maker and customer of "Production of P (for Y) at X's plant / at the T plant": the customer named after "for", else
    // the model's brand; the maker the plant's owner.
    private static (EntityMention Maker, EntityMention Customer)? NominalProduction(SentenceView sentence, int noun, EntityMention? implied)
    {
        int at = sentence.Word(noun + 2) is "the" ? noun + 3 : noun + 2;

        // "Assembly of Xpeng's G6", "assembly of its G6 and G9 SUVs": the possessor's goods.
        EntityMention? owner = null;
        if (sentence.MentionAt(at) is { Label: EntityLabel.Org } possessor && sentence.Word(sentence.TokenAt(possessor.End)) is "’s" or "'s")
        {
            owner = possessor;
            at = sentence.TokenAt(possessor.End) + 1;
        }
        else if (sentence.Word(at) is "its" && (noun > sentence.First ? NearestOwnerBefore(sentence, noun, NoCompany) : implied) is { } itsOwner)
        {
            owner = itsOwner;
            at++;
        }

        // A model the lexicon knows, or one it does not know after its owner ("its G6 and G9 SUVs").
        EntityMention? product = sentence.MentionAt(at) is { Label: EntityLabel.Product } known ? known : null;
        if (product is null && !(owner is not null && UnlistedModelName(sentence, at, NominalPredicates)))
        {
            return null;
        }

        // "the E-Pace and I-Pace": further models joined to the first.
        int k = product is not null ? sentence.TokenAt(product.End) : at + 1;
        while (k + 1 < sentence.End && sentence.Word(k) is "and" or ",")
        {
            int next = sentence.Word(k + 1) is "the" ? k + 2 : k + 1;
            if (sentence.MentionAt(next) is { Label: EntityLabel.Product } joined)
            {
                k = sentence.TokenAt(joined.End);
            }
            else if (product is null && UnlistedModelName(sentence, next, NominalPredicates))
            {
                k = next + 1;
            }
            else
            {
                break;
            }
        }

        EntityMention? customer = null;
        if (sentence.Word(k) is "for" && ActorAt(sentence, k + 1) is { } named)
        {
            customer = named;
            k = sentence.TokenAt(named.End);
        }

        customer ??= owner ?? (product is null ? null : BrandOf(sentence, product));

        // "Production of the Infiniti QX50 for Nissan ended there earlier this year": "there" is the plant or town the
        // sentences before spoke of, and its owner made the models.
        if (customer is not null && ThereAfterVerb(sentence, k) && RecentPlantOwner(sentence) is { } thereOwner)
        {
            return !SameGroup(thereOwner, customer) && thereOwner.Name != customer.Entry?.Parent && customer.Name != thereOwner.Entry?.Parent ? (thereOwner, customer) : null;
        }

        // "… is already underway at Magna's Graz plant", "… began at Magna Steyr's plant in Graz": past a short predicate of
        // starting or ending to the plant.
        int predicate = sentence.Word(k) is "SUV" or "SUVs" or "model" or "models" or "sedan" or "sedans" or "van" or "vans" or "cars" ? k + 1 : k;
        int afterPredicate = predicate;
        while (afterPredicate < sentence.End && afterPredicate < predicate + 4 && NominalPredicates.Contains(sentence.Word(afterPredicate)))
        {
            afterPredicate++;
        }

        if (afterPredicate > predicate && sentence.Word(afterPredicate) is "at" or "in" && PlantOwnerAt(sentence, afterPredicate + 1) is not null)
        {
            k = afterPredicate;
        }

        // "… will be built at Magna Steyr, while assembly of its G6 is already underway at the same facility": the company a
        // plant named before stands for, in this sentence ("at Magna Steyr") or the last one.
        if (afterPredicate > predicate && sentence.Word(afterPredicate) is "at" && sentence.Word(afterPredicate + 1) is "the" && sentence.Word(afterPredicate + 2) is "same"
            && PlantNouns.Contains(sentence.Word(afterPredicate + 3)) && customer is not null)
        {
            EntityMention? same = null;
            for (int b = noun - 1; b > sentence.First && same is null; b--)
            {
                if (sentence.Word(b - 1) is "at" && sentence.MentionAt(b) is { Label: EntityLabel.Org } atCompany && sentence.TokenAt(atCompany.Start) == b)
                {
                    same = atCompany;
                }
            }

            same ??= RecentPlantOwner(sentence);
            return same is not null && !SameGroup(same, customer) && same.Name != customer.Entry?.Parent && customer.Name != same.Entry?.Parent ? (same, customer) : null;
        }

        if (customer is null || sentence.Word(k) is not ("at" or "in"))
        {
            return null;
        }

        EntityMention? maker = PlantOwnerAt(sentence, k + 1)
            ?? (sentence.MentionAt(sentence.Word(k + 1) is "the" ? k + 2 : k + 1) is { Label: EntityLabel.Loc or EntityLabel.Facility } place ? OwnerOfTown(sentence, place) : null);
        return maker is not null && !SameGroup(maker, customer) && maker.Name != customer.Entry?.Parent && customer.Name != maker.Entry?.Parent ? (maker, customer) : null;
    }

    private static EntityMention? SecondForCustomer(SentenceView sentence, int from, EntityMention maker, EntityMention client)
    {
        for (int k = from; k + 2 < sentence.End && k < from + 8; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is ";" or "," or "which" or "while" or "but" or "whose" or "that" || BuildVerbs.Contains(word))
            {
                return null;
            }

            if (word is "and" && sentence.Word(k + 1) is "for")
            {
                return ActorAt(sentence, k + 2) is { } another && another.Name != maker.Name && another.Name != client.Name ? another : null;
            }
        }

        return null;
    }

    private static bool NominalFound(List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> results, EntityMention customer)
    {
        foreach (var (_, found, rule) in results)
        {
            if (rule == "productionAgreement.nominal" && found.Name == customer.Name)
            {
                return true;
            }
        }

        return false;
    }

    // "… ended there", "… has started there", "… will continue there": a start or stop verb, after auxiliaries, then "there".
    private static bool ThereAfterVerb(SentenceView sentence, int k)
    {
        int verb = k;
        while (verb < sentence.End && verb < k + 3 && SubjectFillers.Contains(sentence.Word(verb)) && !StartStopVerbs.Contains(sentence.Word(verb)))
        {
            verb++;
        }

        return verb + 1 < sentence.End && StartStopVerbs.Contains(sentence.Word(verb)) && sentence.Word(verb + 1) is "there";
    }

    private static readonly SpanLookup StartStopVerbs = new(
        ["began", "begun", "begin", "begins", "started", "start", "starts", "starting", "launched", "launch", "launches", "ended", "end", "ends",
         "stopped", "stop", "halted", "resumed", "resume", "ramped", "kicked", "commenced", "wound"]);

    // "has begun trial production of", "will start series assembly of", "ended production of": a noun of production after a
    // verb that starts or ends it (two words of description between at most), then "of".
    private static bool IsStartedProduction(SentenceView sentence, int noun)
    {
        if (sentence.Word(noun) is not ("production" or "assembly" or "manufacturing") || sentence.Word(noun + 1) is not "of")
        {
            return false;
        }

        for (int k = noun - 1; k >= sentence.First && k >= noun - 3; k--)
        {
            if (StartStopVerbs.Contains(sentence.Word(k)) || (sentence.Word(k) is "up" or "off" && k > sentence.First && StartStopVerbs.Contains(sentence.Word(k - 1)))
                // "will take over production of the Cayman".
                || (sentence.Word(k) is "over" && k > sentence.First && sentence.Word(k - 1) is "take" or "takes" or "took" or "taken" or "taking"))
            {
                return true;
            }

            if (sentence.Word(k) is not ("trial" or "series" or "full" or "volume" or "pilot" or "mass" or "serial" or "local" or "the" or "its"))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly SpanLookup ResellVerbs = new(["sell", "sells", "sold", "market", "markets", "marketed"]);

    // The seller of "… that|which Y sells as|under …" ("that Japan's Kaito Motor sells it under its own badge", "that Aoyama
    // dealers sell as the Aoyama Kaze"): the company between the relative pronoun and the verb, or null.
    private static EntityMention? SoldAsSeller(SentenceView sentence, int verb)
    {
        int after = sentence.Word(verb + 1) is "it" or "them" ? verb + 2 : verb + 1;
        if (sentence.Word(after) is not ("as" or "under") || verb - 2 < sentence.First)
        {
            return null;
        }

        int k = sentence.Word(verb - 1) is "dealers" or "dealerships" or "now" or "also" ? verb - 2 : verb - 1;
        if (sentence.MentionAt(k) is not { Label: EntityLabel.Org } seller || sentence.TokenAt(seller.End) != k + 1)
        {
            return null;
        }

        // "that Toyota", "which Japan's Kaito Motor": at most a country and its possessive between.
        int start = sentence.TokenAt(seller.Start);
        for (int r = start - 1; r >= sentence.First && r >= start - 3; r--)
        {
            if (sentence.Word(r) is "that" or "which")
            {
                return seller;
            }

            if (sentence.Tokens[r].Kind != Tokenization.TokenKind.Word && sentence.Word(r) is not ("’s" or "'s"))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly SpanLookup SuppliedParticiples = new(["supplied", "delivered", "shipped", "provided"]);

    // "Cells for the electric versions are supplied by CATL", "Battery cells for the Zwickau cars are delivered by LG Energy
    // Solution": parts handed over by an agent, with no company named before the verb; the verb, or -1.
    private static int SuppliedByVerb(SentenceView sentence)
    {
        for (int i = sentence.First + 2; i + 2 < sentence.End && i < sentence.First + 16; i++)
        {
            if (SuppliedParticiples.Contains(sentence.Word(i)) && sentence.Word(i + 1) is "by" && sentence.Word(i - 1) is "is" or "are" or "was" or "were" or "be" or "been"
                && sentence.MentionAt(i + 2) is { Label: EntityLabel.Org } && sentence.FindFirst(PartNouns, sentence.First, i) >= 0 && !HasOrganizationBefore(sentence, i))
            {
                return i;
            }
        }

        return -1;
    }

    // The owner of the first town or plant named before a verb: "Cells for the Zwickau cars are delivered by …".
    private static EntityMention? SubjectTownOwner(SentenceView sentence, int verb)
    {
        for (int k = sentence.First; k < verb; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
            {
                return OwnerOfTown(sentence, town);
            }
        }

        return null;
    }

    private static readonly SpanLookup ComeVerbs = new(["come", "comes", "came", "coming"]);

    // The maker and the brand of "<model> (which) (has) come(s) from|off <X's plant | town | X>", or null.
    private static (EntityMention Maker, EntityMention Brand)? ModelComesFromMaker(SentenceView sentence, int verb)
    {
        if (!ComeVerbs.Contains(sentence.Word(verb)) || sentence.Word(verb + 1) is not ("from" or "off"))
        {
            return null;
        }

        EntityMention? model = null;
        for (int k = verb - 1; k >= sentence.First && k >= verb - 5; k--)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Product } product)
            {
                model = product;
                break;
            }

            if (sentence.Word(k) is not ("has" or "have" or "had" or "which" or "that" or "," or "also" or "now" or "still" or "will" or "mostly" or "all"))
            {
                return null;
            }
        }

        if (model is null || BrandOf(sentence, model) is not { } brand)
        {
            return null;
        }

        int at = verb + 2;
        EntityMention? maker = PlantOwnerAt(sentence, at)
            ?? (sentence.MentionAt(at) is { Label: EntityLabel.Loc or EntityLabel.Facility } town ? OwnerOfTown(sentence, town) : null)
            ?? (sentence.MentionAt(at) is { Label: EntityLabel.Org } named ? named : null);
        return maker is not null && maker.Name != brand.Name && !SameGroup(maker, brand) ? (maker, brand) : null;
    }

    // "… come from X", "… arrive from X" after a part noun: the verb, or -1.
    private static int ComesFromVerb(SentenceView sentence)
    {
        for (int i = sentence.First + 1; i + 2 < sentence.End; i++)
        {
            if (ModelComesFromMaker(sentence, i) is not null)
            {
                return i;
            }

            if (sentence.Word(i) is "come" or "comes" or "came" or "arrive" or "arrives" or "arrived" && sentence.Word(i + 1) is "from"
                && (sentence.MentionAt(i + 2) is { Label: EntityLabel.Org } || sentence.UnlistedNameAt(i + 2) is not null) && sentence.FindFirst(PartNouns, sentence.First, i) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    // "makes the Glanza … for Toyota Kirloskar Motor": the brand's group is no customer of its own where the sentence names the
    // group's local unit, whose name extends the group's, as the customer.
    private static bool LocalUnitFound(List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> found, EntityMention manufacturer, EntityMention customer)
    {
        foreach (var (otherManufacturer, otherCustomer, otherRule) in found)
        {
            if (otherRule != "productionAgreement.builds-brand" && otherManufacturer.Name == manufacturer.Name
                && otherCustomer.Name.Length > customer.Name.Length + 1 && otherCustomer.Name.StartsWith(customer.Name, StringComparison.Ordinal)
                && otherCustomer.Name[customer.Name.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    // "the Doblò-based Combo", "a Transit-derived minibus": the model named is the base of what is built, not the product.
    private static bool IsBaseModel(SentenceView sentence, EntityMention model)
    {
        ReadOnlySpan<char> rest = sentence.Document.Text.AsSpan(model.End);
        return rest.StartsWith("-based", StringComparison.Ordinal) || rest.StartsWith("-derived", StringComparison.Ordinal)
            || rest.StartsWith(" based on", StringComparison.Ordinal) || rest.StartsWith("‑based", StringComparison.Ordinal);
    }

    private static bool BrandOfCustomerFound(List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> found, EntityMention manufacturer, EntityMention customer)
    {
        if (customer.Entry?.Parent is not { } group)
        {
            return false;
        }

        foreach (var (otherManufacturer, otherCustomer, _) in found)
        {
            // Not a holding ("for Tata"): it stands for its carmaker, the brand's group.
            if (otherManufacturer.Name == manufacturer.Name && otherCustomer.Name == group && otherCustomer.Entry?.Kind is not "investor")
            {
                return true;
            }
        }

        return false;
    }

    // "for Mercedes-Benz and Porsche", "a supplier to BMW, Audi and Ford": each company joined to the customer by "and" or a
    // comma is another customer of the same maker, under the same rule. Returns the token after the last one.
    // Where <paramref name="listedBuild"/> is set, the listed companies are the makers and <paramref name="maker"/> their
    // customer ("buys cells from CATL and Samsung SDI").
    private static int AddCoordinated(SentenceView sentence, EntityMention maker, ref EntityMention client, string rule, List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> results,
        bool listedBuild = false)
    {
        while (NextCoordinated(sentence, client) is { } another && another.Name != maker.Name)
        {
            results.Add(listedBuild ? (another, maker, rule) : (maker, another, rule));
            client = another;
        }

        return sentence.TokenAt(client.End);
    }

    // The company joined by "and" or a comma right after <paramref name="listed"/> ("BMW, Audi and Ford"), not a possessive
    // that opens a description of it; null where none follows.
    private static EntityMention? NextCoordinated(SentenceView sentence, EntityMention listed)
    {
        int next = sentence.TokenAt(listed.End);
        // "Volkswagen, its largest shareholder, Tata Motors and …": past an apposition on a listed name.
        if (sentence.Word(next) is "," && sentence.Word(next + 1) is "its" or "their" or "the" && sentence.AfterEnclosed(next, ",", ",", 6) is var closed && closed > next
            && sentence.MentionAt(closed) is { Label: EntityLabel.Org } && sentence.FindFirst(CustomerPrepositions, next, closed) < 0)
        {
            next = closed - 1;
        }

        // "… Tata Motors and a Vietnamese electric-bus maker": a described customer ends the list.
        return next + 1 < sentence.End && sentence.Word(next) is "and" or ","
            && (ActorAt(sentence, next + 1) ?? (sentence.Word(next) is "and" && sentence.Word(next + 1) is "a" or "an" ? DescribedCustomerAt(sentence, next + 1) : null)) is { } another
            && another.Start > listed.Start
            && !(sentence.Word(next) is "," && PossessiveApposition(sentence, next + 1, another)) ? another : null;
    }

    // "from its existing partners, CATL and Samsung SDI": past a description of the vendors set off by a comma or colon, the
    // token where their names begin; else the token itself.
    private static int VendorsNamedAt(SentenceView sentence, int at)
    {
        if (sentence.Word(at) is not ("its" or "their" or "the"))
        {
            return at;
        }

        for (int k = at + 1; k < sentence.End && k <= at + 4; k++)
        {
            if (sentence.Word(k) is "partners" or "suppliers" or "vendors" or "partner" or "supplier" or "vendor")
            {
                return sentence.Word(k + 1) is "," or ":" ? k + 2 : at;
            }

            if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != TokenKind.Word)
            {
                return at;
            }
        }

        return at;
    }

    // The "with" of "a deal with …", also past its worth ("deals worth $27 billion with …"); -1 where none follows.
    private static int WithAfterDeal(SentenceView sentence, int deal)
    {
        if (sentence.Word(deal + 1) is "with")
        {
            return deal + 1;
        }

        if (sentence.Word(deal + 1) is not "worth")
        {
            return -1;
        }

        for (int k = deal + 2; k < sentence.End && k <= deal + 8; k++)
        {
            if (sentence.Word(k) is "with")
            {
                return k;
            }

            if (sentence.Tokens[k].Kind is not (TokenKind.Number or TokenKind.Symbol) && sentence.Word(k) is not ("$" or "€" or "£" or "¥" or "billion" or "million" or "bn" or "m" or "US" or "up" or "to" or "about" or "around" or "some" or "more" or "than" or "nearly" or "almost")
                && !(sentence.MentionAt(k) is { Label: EntityLabel.Money }))
            {
                return -1;
            }
        }

        return -1;
    }

    // "produced the Mercedes-Benz X-Class pickup for Daimler", "built Jetta sedans under a deal with Volkswagen Group Rus": the
    // customer named after "for" or in the deal is the customer, not the brand of the goods.
    // With <paramref name="dealOnly"/>, only a deal's customer counts: "assembles the G-Class for Mercedes-Benz and the Z4 for
    // BMW" names a customer per model, and each model's brand stays one.
    private static bool NamedCustomerFound(List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> found, EntityMention manufacturer, EntityMention customer,
        bool dealOnly = false)
    {
        foreach (var (otherManufacturer, otherCustomer, otherRule) in found)
        {
            if ((otherRule == "productionAgreement.under-contract" || (!dealOnly && otherRule == "productionAgreement.builds-for"))
                && otherManufacturer.Name == manufacturer.Name && otherCustomer.Name != customer.Name)
            {
                return true;
            }
        }

        return false;
    }

    // Two parties at least — companies named, or implied by a pronoun, a description, a town, a plant or a construction —
    // before any rule runs; the cheap counts first, the rest only while fewer than two are found.
    // "… builds gearboxes for both of its owners", "supplies engines to its two owners": the owners of a venture the text
    // named in this sentence or a few before are the other parties, two of them.
    private static bool HasVentureOwners(SentenceView sentence)
    {
        for (int i = sentence.First; i + 1 < sentence.End; i++)
        {
            if ((sentence.Word(i) is "for" || (sentence.Word(i) is "to" && IsSupplyWord(sentence, i))) && OwnersPhraseEnd(sentence, i + 1) > 0)
            {
                if (sentence.JointVentureParents() is not null)
                {
                    return true;
                }

                // "Mazda Toyota Manufacturing builds both models for its parent companies": a venture whose partners the
                // lexicon knows.
                foreach (EntityMention mention in sentence.Mentions)
                {
                    if (sentence.TokenAt(mention.Start) < i && LexiconPartners(mention) is not null)
                    {
                        return true;
                    }
                }

                return GoverningVerb(sentence, i) is >= 0 and var verb && VentureSubject(sentence, verb) is { } venture && LexiconPartners(venture) is not null;
            }
        }

        return false;
    }

    // "From Valladolid, the venture supplies …": "the (joint) venture" as the subject of the verb is the venture the text named
    // last, else the company the text is about.
    private static (EntityMention First, EntityMention Second)? LexiconPartners(EntityMention venture)
    {
        if (venture.Entry?.Attributes.GetValueOrDefault("partners") is not { } partners || partners.Split(',') is not [var first, var second])
        {
            return null;
        }

        if (!Entities.Lexicons.LexiconRecognizer.Default.TryFindEntry(first, out Entities.Lexicons.LexiconEntry firstEntry)
            || !Entities.Lexicons.LexiconRecognizer.Default.TryFindEntry(second, out Entities.Lexicons.LexiconEntry secondEntry))
        {
            return null;
        }

        return (new EntityMention(venture.Start, venture.End, EntityLabel.Org, firstEntry.Name, 0.6, EntitySource.Lexicon) { Entry = firstEntry },
            new EntityMention(venture.Start, venture.End, EntityLabel.Org, secondEntry.Name, 0.6, EntitySource.Lexicon) { Entry = secondEntry });
    }

    private static EntityMention? VentureSubject(SentenceView sentence, int verb)
    {
        int before = verb - 1;
        while (before > sentence.First && sentence.Word(before) is "also" or "now" or "already" or "still" or "will" or "has" or "have")
        {
            before--;
        }

        // "The joint venture between the two Japanese carmakers builds …": the venture the subject opens with, where the
        // sentence names no company before the verb.
        int subject = SubjectStart(sentence);
        bool opening = sentence.Word(subject) is "The" or "the" && (sentence.Word(subject + 1) is "venture"
            || (sentence.Word(subject + 1) is "joint" && sentence.Word(subject + 2) is "venture"));
        for (int k = subject; opening && k < verb; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } || (k > subject + 2 && (BuildVerbs.Contains(sentence.Word(k)) || sentence.Word(k) is "," or "which" or "that")))
            {
                opening = false;
            }
        }

        return (sentence.Word(before) is "venture" && sentence.Word(before - 1) is "the" or "The" or "joint") || opening
            ? sentence.RecentVenture() ?? LexiconVentureBefore(sentence) ?? sentence.LastSubjectBefore(notFinancier: true)
            : null;
    }

    // The joint venture (by the lexicon) named last in the two sentences before this one.
    private static EntityMention? LexiconVentureBefore(SentenceView sentence)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int from = sentence.Document.Sentences[Math.Max(0, sentence.Index - 2)].Start;
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, sentence.Span.Start) - 1; m >= 0 && all[m].Start >= from; m--)
        {
            if (all[m] is { Label: EntityLabel.Org, Entry.Kind: "joint-venture" })
            {
                return all[m];
            }
        }

        return null;
    }

    private static bool HasTwoParties(SentenceView sentence, EntityMention? implied, int verb, int reserved)
    {
        int count = CountOrganizations(sentence) + (implied is null ? 0 : 1) + (reserved >= 0 ? 1 : 0);
        if (count >= 2)
        {
            return true;
        }

        count += (sentence.Word(sentence.First) is "Production" or "Assembly" or "Manufacturing" && sentence.Word(sentence.First + 1) is "of" ? 1 : 0)
            + (HasDescribedCustomer(sentence) || DescribedCustomerAt(sentence, sentence.First) is not null ? 1 : 0);
        if (count >= 2)
        {
            return true;
        }

        count += (HasImpliedOwner(sentence) ? 1 : 0) + (HasForIt(sentence) ? 1 : 0) + (HasVentureOwners(sentence) ? 2 : 0) + (HasOutputGoingTo(sentence) ? 1 : 0) + (HasDesignerCompound(sentence) ? 1 : 0);
        if (count >= 2)
        {
            return true;
        }

        count += (implied is null && SubjectPhraseOwner(sentence, verb, NoCompany) is not null ? 1 : 0) + (HasMadeInTown(sentence) ? 1 : 0)
            + (sentence.FindFirst(BuildVerbs, sentence.First, sentence.End) is >= 0 and var built && (IsBuiltThere(sentence, built) || IsAgentlessSupply(sentence)) ? 1 : 0);
        return count >= 2;
    }

    private static void Add(Document document, SentenceView sentence, int verb, EntityMention manufacturer, EntityMention customer, string rule, ICollection<Fact> output)
    {
        // A deal restated later in the article (same parties, same or no product) is the same fact; a model the lexicon does
        // not know, named right after the verb ("where it builds the Puma for Ford"), tells another deal of the same parties
        // apart when the earlier one named a different model.
        // "…, and its plant in Gliwice makes rear body modules for Stellantis": a customer of a later clause takes that clause's verb.
        if (LaterClauseStart(sentence) is > 0 and var clause && customer.Start >= sentence.Tokens[clause].Start && verb < clause && NextBuildVerb(sentence, clause) is >= 0 and var clauseVerb)
        {
            verb = clauseVerb;
        }

        string? objectName = ProductIn(sentence)?.Name;
        string? unlistedModel = objectName is null ? document.Slice(UnlistedModelAfter(sentence, verb)).ToString() : null;
        // "… also turns out the NV350 Caravan van for its parent", "Zwickau will also build a compact model for Audi": "also"
        // before the verb tells another deal of the same parties.
        bool also = sentence.FindFirst(AlsoWords, Math.Max(sentence.First, verb - 3), verb) >= 0;
        foreach (Fact fact in output)
        {
            if (fact is ProductionAgreementFact earlier && SameParty(earlier.Manufacturer?.Name, manufacturer.Name) && SameParty(earlier.Customer?.Name, customer.Name)
                && earlier.Evidence.Start != sentence.Span.Start && !also
                && (objectName is null ? string.IsNullOrEmpty(unlistedModel) || earlier.Product is null || earlier.Product.Contains(unlistedModel, StringComparison.Ordinal)
                        || document.Slice(earlier.Evidence).Contains(unlistedModel, StringComparison.Ordinal)
                    : earlier.Product == objectName))
            {
                return;
            }
        }

        {

            EntityMention? site = SiteNear(sentence, verb, manufacturer, customer);
            EntityMention? product = CustomersProduct(sentence, customer, manufacturer);

            output.Add(new ProductionAgreementFact(
                EntityRef.From(document, manufacturer),
                EntityRef.From(document, customer),
                product?.Name ?? (string.IsNullOrEmpty(unlistedModel) ? ObjectPhrase(document, sentence, verb) : unlistedModel),
                site is null ? null : SiteRef(document, site),
                Status(sentence),
                sentence.Span,
                0.7,
                rule));
        }
    }

    private static List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> Find(SentenceView sentence, EntityMention? implied)
    {
        var results = new List<(EntityMention Manufacturer, EntityMention Customer, string Rule)>();
        var usedFor = new HashSet<int>();
        for (int i = sentence.First; i < sentence.End; i++)
        {
            ReadOnlySpan<char> word = sentence.Word(i);

            // "built by X for Y", "made by X"; "will be built at Magna Steyr": a company named as the place stands for its plant.
            // Not "sold by Y" or "marketed by Y": the seller is a customer ("built by X … and sold by Y").
            if (word is "by" or "at" && PassiveVerbBefore(sentence, i) is >= 0 and var passiveVerb && !SellVerbs.Contains(sentence.Word(passiveVerb))
                && (word is "at" ? CompanyAsPlaceAt(sentence, i) : ActorAt(sentence, i + 1) ?? WorksAt(sentence, i + 1)) is { } maker)
            {
                int forAt = ForIndex(sentence, sentence.TokenAt(maker.End));
                EntityMention? client = forAt >= 0 ? ActorAt(sentence, forAt + 1) : null;

                // "assembled for Leapmotor by Stellantis", "assembled for Chinese start-up Xingyu Auto by Grupo Paranaíba",
                // "built for it under contract by Dongfeng Motor".
                for (int f = i - 1; client is null && f >= sentence.First && f >= i - 7 && f > passiveVerb - 1; f--)
                {
                    // "Cells for the B10 will be supplied to Stellantis by CATL": the recipient of a supply verb.
                    if (sentence.Word(f) is "to" && SupplyParticiples.Contains(sentence.Word(passiveVerb)) && f > passiveVerb && ActorAt(sentence, f + 1) is { } recipient)
                    {
                        client = recipient;
                        forAt = f;
                    }
                    else if (sentence.Word(f) is "for")
                    {
                        // "Carrick's prototypes were hand-built for it by …", "Hanbit does not make the chips; these are fabricated
                        // for it by …": the company the sentence named first, else the recent subject.
                        client = sentence.Word(f + 1) is "it" || (sentence.Word(f + 1) is "the" && CompanyDescriptions.Contains(sentence.Word(f + 2)))
                            ? FirstOrganizationBefore(sentence, f, maker) ?? Unless(sentence.LastSubjectBefore(maker.Name, notFinancier: true), maker) : ActorAt(sentence, f + 1);
                        forAt = f;
                    }
                }

                // "… built by Renault at Maubeuge … and sold by Mitsubishi under its own name".
                client ??= SellerAfter(sentence, sentence.TokenAt(maker.End), maker);

                // "the Range Rover Evoque made by Jaguar Land Rover": a model just before the verb that is the maker's own
                // makes no agreement, whatever other company the sentence names.
                if (client is null && ProductRightBefore(sentence, passiveVerb) is { } model && BrandOf(sentence, model) is { } modelBrand
                    && (modelBrand.Name == maker.Name || SameGroup(modelBrand, maker) || modelBrand.Name == maker.Entry?.Parent || maker.Name == modelBrand.Entry?.Parent))
                {
                    // "The Toyota GR86 and Subaru BRZ are built by Subaru": another brand's model joined to the maker's own.
                    // "The Mitsubishi Outlander is a rebadged Nissan Rogue built by Nissan": the model the rebadged one is sold as.
                    if (OtherBrandBefore(sentence, model, maker) is { } otherBrand)
                    {
                        results.Add((maker, otherBrand, "productionAgreement.passive"));
                    }

                    // "Mazda sells a version of the Yaris Hybrid, built by Toyota in Valenciennes, as the Mazda2": the seller of a
                    // version of the maker's model.
                    else if (VersionSeller(sentence, model, maker) is { } versionSeller)
                    {
                        results.Add((maker, versionSeller, "productionAgreement.versions-sold"));
                    }

                    continue;
                }
                // "Renault will build Fiat's replacement for the Scudo van, which is currently built by PSA": in a relative clause the
                // goods are those the clause hangs on, and their brand is the customer; with no brand named, a main clause that
                // builds too has a builder for its subject, no customer ("Fiat launched a van, which is built by PSA" keeps Fiat).
                if (client is null && RelativeCommaBefore(sentence, passiveVerb) is >= 0 and var relativeComma)
                {
                    if (BrandBeforeComma(sentence, relativeComma) is { } antecedentBrand)
                    {
                        if (antecedentBrand.Name != maker.Name && !SameGroup(antecedentBrand, maker))
                        {
                            results.Add((maker, antecedentBrand, "productionAgreement.passive"));
                        }

                        continue;
                    }

                    if (sentence.FindFirst(BuildVerbs, sentence.First, relativeComma) >= 0)
                    {
                        continue;
                    }
                }

                client ??= ActorBefore(sentence, i - 1, exclude: maker, skipAgents: true) ?? BrandBefore(sentence, i - 1, maker) ?? PossessorOfModels(sentence, i, maker)
                    ?? OwnProductsOwner(sentence, passiveVerb, maker);
                if (client is not null && client.Name != maker.Name)
                {
                    usedFor.Add(forAt);
                    results.Add((maker, client, "productionAgreement.passive"));
                }
            }

            // "in Y's Douai plant", "in a Y factory", "at a Y plant": the plant's owner builds — not "not in a VW plant".
            if (word is "in" or "at" && !(i > sentence.First && sentence.Word(i - 1) is "not" or "never" or "than")
                && PlantOwnerAt(sentence, i + 1) is { } owner)
            {
                // "harnesses for the Peugeot 208 built at Stellantis's Kenitra factory": the model right before the participle
                // is whose product the plant builds; its own group's model is no deal, and the sentence's subject is no client.
                if (i - 1 > sentence.First && MakerParticiples.Contains(sentence.Word(i - 1)) && ProductRightBefore(sentence, i - 1) is { } builtModel)
                {
                    if (BrandOf(sentence, builtModel) is { } modelOwner && modelOwner.Name != owner.Name && !SameGroup(modelOwner, owner)
                        && modelOwner.Entry?.Parent != owner.Name && owner.Entry?.Parent != modelOwner.Name)
                    {
                        results.Add((owner, modelOwner, "productionAgreement.partner-plant"));
                    }

                    continue;
                }

                // "Under it, the Japanese carmaker will build the Micra in Renault's Douai plant": a described subject.
                EntityMention? client = ActorBefore(sentence, i, exclude: owner, nearest: true) ?? BrandBefore(sentence, i, owner)
                    ?? (ForIndex(sentence, sentence.TokenAt(owner.End)) is >= 0 and var forAfter ? ActorAt(sentence, forAfter + 1) : null);
                bool describedClient = false;
                if (!(client is not null && (HasVerbBetween(sentence, sentence.TokenAt(client.End), i) || client.Start > owner.Start))
                    && implied is not null && FirstBuildVerb(sentence) is >= 0 and var plantVerb && plantVerb < i && DescribedSubjectBefore(sentence, plantVerb) is not null
                    && Unless(implied, owner) is { } describedSubject)
                {
                    client = describedSubject;
                    describedClient = true;
                }

                if (client is not null && client.Name != owner.Name && (describedClient || HasVerbBetween(sentence, sentence.TokenAt(client.End), i) || client.Start > owner.Start))
                {
                    results.Add((owner, client, "productionAgreement.partner-plant"));
                }
            }

            // "Production of the Fisker Ocean at Magna's Graz plant stopped in 2024", "Assembly of the E-Pace for Jaguar Land Rover
            // at the Graz plant is ending": a production named by its product and the plant it happens in ("Output of …" only
            // where the sentence also holds a word of building, as the extractor reads no other sentence).
            // "Xpeng confirmed that assembly of its G6 … is already underway at …": also at the start of a reported clause.
            if (word is "Production" or "production" or "Output" or "output" or "Assembly" or "assembly" && (i <= sentence.First + 2 || sentence.Word(i - 1) is "that")
                && sentence.Word(i + 1) is "of" && NominalProduction(sentence, i, implied) is var (nominalMaker, nominalCustomer))
            {
                results.Add((nominalMaker, nominalCustomer, "productionAgreement.nominal"));
            }

            // "on behalf of Y", "for Y" after a build verb: the subject of that verb builds.
            if ((word is "for" || (word is "behalf" && sentence.Word(i + 1) is "of")) && GoverningVerb(sentence, i) is >= 0 and var governing
                && !usedFor.Contains(i))
            {
                int at = word is "behalf" ? i + 2 : i + 1;
                // "builds the Urban Cruiser Hyryder for itself": its own model.
                if (sentence.Word(at) is "itself" or "themselves")
                {
                    usedFor.Add(i);
                    continue;
                }

                if ((ActorAt(sentence, at) ?? DescribedCustomerAt(sentence, at) ?? OwnBrandCustomerAt(sentence, at) ?? ProductCustomerAt(sentence, at) ?? ItCustomer(sentence, at, governing, implied)) is { } client
                    && (AgentBefore(sentence, i, client) ?? SubjectPhraseOwner(sentence, governing, client) ?? PronounSubject(sentence, governing, client, implied)
                        ?? DescribedMakerOfClause(sentence, governing) ?? SubjectBefore(sentence, governing, client)
                        ?? PlantOwnerAfter(sentence, sentence.TokenAt(client.End), client) ?? Antecedent(sentence, implied, client)
                        ?? NominalBuilder(sentence, governing, client)
                        // "Graz assembles the G-Class for Mercedes-Benz, …, and builds the Z4 for BMW": the subject of the first
                        // of two coordinated verbs.
                        ?? CoordinatedSubject(sentence, governing, client, implied)) is { } maker2
                    // "Production of the QX50 for Nissan ended there": the nominal rule already named the plant's owner.
                    && !NominalFound(results, client))
                {
                    results.Add((maker2, client, word is "behalf" ? "productionAgreement.on-behalf" : "productionAgreement.builds-for"));

                    // "for Mercedes-Benz and Porsche": every customer of the coordination.
                    int next = AddCoordinated(sentence, maker2, ref client, "productionAgreement.builds-for", results);

                    // "pouch cells for Hyundai Motor Group's European electric models and for Ford's E-Transit van": a second
                    // "for" phrase joined by "and" a few words on names another customer of the same verb.
                    if (SecondForCustomer(sentence, next, maker2, client) is { } secondClient)
                    {
                        results.Add((maker2, secondClient, "productionAgreement.builds-for"));
                    }
                }
            }

            // "where it now builds the Puma for its parent": the builder's owner — the lexicon's parent, or the first owner of
            // the venture the text named.
            if (word is "for" && sentence.Word(i + 1) is "its" && sentence.Word(i + 2) is "parent" or "owner" or "shareholder" && sentence.Word(i + 3) is not "'s" and not "’s"
                && GoverningVerb(sentence, i) is >= 0 and var parentVerb
                && (SubjectPhraseOwner(sentence, parentVerb, NoCompany) ?? PronounSubject(sentence, parentVerb, NoCompany, implied) ?? SubjectBefore(sentence, parentVerb, NoCompany) ?? implied) is { } child
                && ParentOf(sentence, child) is { } owningParent && owningParent.Name != child.Name)
            {
                results.Add((child, owningParent, "productionAgreement.for-owners"));
            }

            // "plans to build the B10 for its partner", "supplies the n7 crossover to its Taiwanese partner": the other party of the
            // venture or partnership the text named, or of "a joint venture with Y" in the sentence.
            if (word is "for" or "to" && sentence.Word(i + 1) is "its" && PartnerNounAt(sentence, i + 2) is > 0 and var partnerEnd
                && sentence.Word(partnerEnd) is not ("’s" or "'s") && GoverningVerb(sentence, i) is >= 0 and var partnerVerb
                && (PronounSubject(sentence, partnerVerb, NoCompany, implied) ?? SubjectPhraseOwner(sentence, partnerVerb, NoCompany) ?? SubjectBefore(sentence, partnerVerb, NoCompany) ?? implied) is { } partnerBuilder
                && PartnerOf(sentence, partnerBuilder, partnerVerb) is { } venturePartner && !SameGroup(venturePartner, partnerBuilder))
            {
                results.Add((partnerBuilder, venturePartner, "productionAgreement.for-partner"));
            }

            // "builds one-ton pickups for both of its parents", "will assemble a city car for each partner": the venture's owners.
            // "Toyota and Subaru co-developed the bZ4X, which Toyota builds for both companies": the pair named before.
            // "the venture supplies engines to both of its owners": the recipients of a supply verb.
            if ((word is "for" || (word is "to" && IsSupplyWord(sentence, i))) && OwnersPhraseEnd(sentence, i + 1) > 0 && GoverningVerb(sentence, i) is >= 0 and var ownersVerb
                && (AgentBefore(sentence, i, NoCompany) ?? PronounSubject(sentence, ownersVerb, NoCompany, implied) ?? SubjectPhraseOwner(sentence, ownersVerb, NoCompany)
                    ?? SubjectBefore(sentence, ownersVerb, NoCompany) ?? VentureSubject(sentence, ownersVerb) ?? implied) is { } venture)
            {
                // "ACC, owned by Stellantis, Mercedes-Benz and TotalEnergies, produces cells for both carmakers": the owners named
                // before the verb that are carmakers.
                if (sentence.Word(OwnersPhraseEnd(sentence, i + 1) - 1) is "carmakers" or "automakers" && CarmakersNamedBetween(sentence, venture, ownersVerb) is { Count: >= 2 } carmakers)
                {
                    foreach (EntityMention carmaker in carmakers)
                    {
                        results.Add((venture, carmaker, "productionAgreement.for-owners"));
                    }
                }

                // "The joint venture between the two Japanese carmakers builds both models for its parent companies": the
                // partners the lexicon knows of a venture the text does not name them for.
                else if ((sentence.JointVentureParents() ?? PairNamedBefore(sentence, i) ?? LexiconPartners(venture)) is var (parentA, parentB))
                {
                    foreach (EntityMention parent in new[] { parentA, parentB })
                    {
                        if (parent.Name != venture.Name && !SameGroup(parent, venture))
                        {
                            results.Add((venture, parent, "productionAgreement.for-owners"));
                        }
                    }
                }
            }

            // "Output from the new lines … is earmarked for BMW", "Lakeshore's output is contracted to Honda": a plant's output
            // reserved for a customer; the owner of the output (or of the plant, or the company the text is about) builds.
            if (ReserveVerbs.Contains(word) && IsPassive(sentence, i)
                && sentence.Word(i + 1) is "for" or "to" && ActorAt(sentence, i + 2) is { } reserver
                && sentence.FindLast(OutputNouns, Math.Max(sentence.First, i - 12), i) is >= 0 and var output
                && (OutputOwner(sentence, output, reserver) ?? sentence.LastSubjectBefore(reserver.Name, notFinancier: true)) is { } producer && !SameGroup(producer, reserver))
            {
                results.Add((producer, reserver, "productionAgreement.output-reserved"));
            }

            // "Six-speed gearboxes for Swedish truck maker Nordhav are still assembled in Hagen": parts for a customer made,
            // with no agent, in a town the text placed a company's plant in.
            if (BuildVerbs.Contains(word) && IsPassive(sentence, i) && sentence.FindFirst(AgentWords, i, sentence.End) < 0
                && sentence.Word(i + 1) is "in" or "at" && sentence.MentionAt(i + 2) is { Label: EntityLabel.Loc } madeIn
                && sentence.FindLast(ForWords, sentence.First, i) is >= 0 and var forBefore && sentence.Word(forBefore) is "for"
                && ActorAt(sentence, forBefore + 1) is { } partsCustomer && OwnerOfTown(sentence, madeIn) is { } townOwner && !SameGroup(townOwner, partsCustomer))
            {
                results.Add((townOwner, partsCustomer, "productionAgreement.made-in-town"));
            }

            // "The large Proace Max is assembled for the Japanese brand in Atessa": built for a customer, with no agent, in a town.
            if (MakerParticiples.Contains(word) && sentence.Word(i + 1) is "for" && PassiveForCustomerInTown(sentence, i) is { } builtFor)
            {
                results.Add((builtFor.Maker, builtFor.Customer, "productionAgreement.made-in-town"));
            }

            // "Battery packs for both models come from Kiyomizu Battery", "front-end modules used to come from Kovomont", "harnesses
            // for the Kenitra line arrive from Yazaki": parts
            // that come from a maker; the company they are for is the one the sentence or the text is about.
            if (word is "come" or "comes" or "came" or "coming" or "arrive" or "arrives" or "arrived" or "arriving" && sentence.Word(i + 1) is "from" && ActorAt(sentence, i + 2) is { } source
                && sentence.FindFirst(PartNouns, sentence.First, i) >= 0
                && (TownBuiltOwner(sentence, i) ?? OwnProductsOwner(sentence, i, source) ?? FirstOrganizationBefore(sentence, i, source) ?? TopicCompany(sentence, source)) is { } partsOwner
                && !SameGroup(partsOwner, source))
            {
                results.Add((source, partsOwner, "productionAgreement.comes-from"));
            }

            // "Cells for the electric versions are supplied by CATL", "Battery cells for the Zwickau cars are delivered by LG": parts
            // handed over by a maker; they are for the owner of the town the subject names, else the company the text is about.
            if (SuppliedParticiples.Contains(word) && sentence.Word(i + 1) is "by" && SuppliedByVerb(sentence) == i && ActorAt(sentence, i + 2) is { } deliverer
                && (TownBuiltOwner(sentence, i) ?? SubjectTownOwner(sentence, i) ?? OwnProductsOwner(sentence, i, deliverer) ?? RecentPlantOwner(sentence) ?? TopicCompany(sentence, deliverer)) is { } partsBuyer
                && partsBuyer.Name != deliverer.Name && !SameGroup(partsBuyer, deliverer))
            {
                results.Add((deliverer, partsBuyer, "productionAgreement.supplied-by"));
            }

            // "Maruti Suzuki builds the Baleno that Toyota sells as the Glanza", "… turned out the E-Go, an electric scooter that
            // Japan's Kaito Motor sells under its own badge": the company that sells the built model under its own name.
            if (ResellVerbs.Contains(word) && SoldAsSeller(sentence, i) is { } reseller
                && FirstBuildVerb(sentence) is >= 0 and var madeAt && madeAt < sentence.TokenAt(reseller.Start) && !SellVerbs.Contains(sentence.Word(madeAt)) && !IsPassive(sentence, madeAt)
                && (PronounSubject(sentence, madeAt, reseller, implied) ?? SubjectPhraseOwner(sentence, madeAt, reseller) ?? SubjectBefore(sentence, madeAt, reseller) ?? Unless(implied, reseller)) is { } rebadgeMaker
                && rebadgeMaker.Name != reseller.Name && !SameGroup(rebadgeMaker, reseller))
            {
                results.Add((rebadgeMaker, reseller, "productionAgreement.sold-as"));
            }

            // "the Polestar 4 has come from Geely's Hangzhou Bay plant since 2023", "the Proace City, which comes from Vigo": a model
            // of one brand that comes from another company's plant, town or lines.
            if (ModelComesFromMaker(sentence, i) is var (fromMaker, fromBrand))
            {
                results.Add((fromMaker, fromBrand, "productionAgreement.model-comes-from"));
            }

            // "converted into cathode material on Kallvik's behalf by Harzmetall": the possessor is the customer.
            if (word is "on" && sentence.MentionAt(i + 1) is { Label: EntityLabel.Org } principal && sentence.Word(sentence.TokenAt(principal.End)) is "’s" or "'s"
                && sentence.Word(sentence.TokenAt(principal.End) + 1) is "behalf")
            {
                int behalfEnd = sentence.TokenAt(principal.End) + 2;
                EntityMention? agent = sentence.Word(behalfEnd) is "by" ? ActorAt(sentence, behalfEnd + 1)
                    : FirstBuildVerb(sentence) is >= 0 and var behalfVerb ? SubjectPhraseOwner(sentence, behalfVerb, principal) ?? SubjectBefore(sentence, behalfVerb, principal) : null;
                if (agent is not null && !SameGroup(agent, principal))
                {
                    results.Add((agent, principal, "productionAgreement.on-behalf"));
                }
            }

            // "Part of the output will also go to Sahara Pack Systems": a plant's output sent to a customer.
            if (word is "go" or "goes" or "went" && sentence.Word(i + 1) is "to" && ActorAt(sentence, i + 2) is { } outputTaker
                && sentence.FindLast(OutputNouns, Math.Max(sentence.First, i - 8), i) is >= 0 and var outputAt
                && (OutputOwner(sentence, outputAt, outputTaker) ?? sentence.LastSubjectBefore(outputTaker.Name, notFinancier: true)) is { } outputMaker && !SameGroup(outputMaker, outputTaker))
            {
                results.Add((outputMaker, outputTaker, "productionAgreement.output-reserved"));
            }

            // "Its lighting strips will go to Sedna", "Its seats already go into the Toyota Corolla": the products of the company
            // the text is about go to a customer, or into a customer's model.
            if (word is "go" or "goes" or "went" or "going" && sentence.Word(sentence.First) is "Its" or "Their"
                && !HasOrganizationBefore(sentence, i))
            {
                EntityMention? destination = sentence.Word(i + 1) is "to" ? ActorAt(sentence, i + 1 + 1)
                    : sentence.Word(i + 1) is "into" ? ModelBrandAfter(sentence, i + 2) : null;
                if (destination is not null && sentence.LastSubjectBefore(destination.Name, notFinancier: true) is { } productsOwner && !SameGroup(productsOwner, destination))
                {
                    results.Add((productsOwner, destination, "productionAgreement.goes-to"));
                }
            }

            // "Production of Aurelian's luxury SUV has moved to Valmet Automotive's plant", "Production of the compact sedan has been
            // entrusted to Oakridge Assembly, Brightwater said": a production named as the subject, gone to a builder, for the
            // brand of its goods, else the company the text is about or that says so.
            if (word is "moved" or "move" or "moves" or "shifted" or "shift" or "shifts" or "transferred" or "entrusted" or "outsourced" or "go" or "goes" or "gone"
                && sentence.Word(sentence.First) is "Production" or "Assembly" or "Manufacturing" && sentence.Word(sentence.First + 1) is "of"
                && sentence.Word(i + 1) is "to" && (ActorAt(sentence, i + 2) ?? PlantOfTopic(sentence, i + 2, i)) is { } movedTo
                && (GoodsBrand(sentence, sentence.First + 2, i) ?? TrailingSayer(sentence, movedTo) ?? Unless(implied, movedTo)) is { } movedFor
                && movedFor.Name != movedTo.Name && !SameGroup(movedFor, movedTo))
            {
                results.Add((movedTo, movedFor, "productionAgreement.outsourced"));
            }

            // "Norrvolt has outsourced production of its N40 to DMW": the company after "to" builds for the subject.
            if (word is "outsourced" or "outsources" or "outsource" or "subcontracted" or "subcontracts" or "entrusted" or "entrusts" or "entrust"
                || (word is "handed" or "hands" or "transferred" or "transfers" or "moved" or "shifted"
                    && (sentence.Word(i + 1) is "production" or "assembly" or "manufacturing" || (sentence.Word(i + 1) is "the" && sentence.Word(i + 2) is "production" or "assembly" or "manufacturing"))))
            {
                for (int t = i + 1; t < Math.Min(sentence.End, i + 10); t++)
                {
                    if (sentence.Word(t) is "to" && (ActorAt(sentence, t + 1) ?? PlantOfTopic(sentence, t + 1, i)) is { } builderTo
                        && (SubjectBefore(sentence, i, builderTo) ?? Unless(implied, builderTo)) is { } outsourcer)
                    {
                        results.Add((builderTo, outsourcer, "productionAgreement.outsourced"));
                        break;
                    }
                }
            }

            // "X will supply Y with P"; not "Toyota will supply THS (Toyota Hybrid System) to Suzuki", where the object is the
            // goods and the receiver comes after "to".
            if (word is "supply" or "supplies" or "supplied" && ActorAt(sentence, i + 1) is { } receiver && !GoodsBeforeTo(sentence, receiver)
                && (SubjectPhraseOwner(sentence, i, receiver) ?? ActorBefore(sentence, i, exclude: receiver, nearest: true)) is { } supplier)
            {
                results.Add((supplier, receiver, "productionAgreement.supply"));
            }

            // "Jaguar Land Rover, which had its I-Pace made in Graz": a company that has its products made by another, named by
            // "by" or by the town's plant.
            if (word is "had" or "has" or "have" or "having" && sentence.Word(i + 1) is "its" or "their")
            {
                for (int m = i + 2; m < sentence.End && m < i + 9; m++)
                {
                    if (MakerParticiples.Contains(sentence.Word(m)) || sentence.Word(m) is "assembled" or "built")
                    {
                        EntityMention? orderer = sentence.Word(i - 1) is "which" or "who" && i - 3 >= sentence.First && sentence.Word(i - 2) is ","
                            ? sentence.MentionAt(i - 3) : SubjectBefore(sentence, i, NoCompany);
                        EntityMention? madeBy = sentence.Word(m + 1) is "by" ? ActorAt(sentence, m + 2)
                            : sentence.Word(m + 1) is "in" or "at" && sentence.MentionAt(m + 2) is { Label: EntityLabel.Loc or EntityLabel.Facility } madeInTown ? OwnerOfTown(sentence, madeInTown) : null;
                        if (orderer is { Label: EntityLabel.Org } && madeBy is not null && madeBy.Name != orderer.Name)
                        {
                            results.Add((madeBy, orderer, "productionAgreement.had-made"));
                        }

                        break;
                    }

                    if (sentence.Word(m) is "," or ";" || sentence.MentionAt(m) is { Label: EntityLabel.Org })
                    {
                        break;
                    }
                }
            }

            // "Fisker, whose Ocean SUV Magna assembled from November 2022, …": the maker named in a relative clause about the
            // customer's product.
            if (word is "whose" && i - 2 >= sentence.First && sentence.Word(i - 1) is "," && sentence.MentionAt(i - 2) is { Label: EntityLabel.Org } productOwner)
            {
                for (int m = i + 1; m + 1 < sentence.End && m < i + 7; m++)
                {
                    if (sentence.MentionAt(m) is { Label: EntityLabel.Org } relativeMaker && BuildVerbs.Contains(sentence.Word(sentence.TokenAt(relativeMaker.End)))
                        && relativeMaker.Name != productOwner.Name)
                    {
                        results.Add((relativeMaker, productOwner, "productionAgreement.whose-product"));
                        break;
                    }

                    if (sentence.Word(m) is "," or ";")
                    {
                        break;
                    }
                }
            }

            // "Volkswagen supplies the MEB platform on which Ford builds the Explorer": the company that builds on what is supplied.
            if (word is "supply" or "supplies" or "supplied" or "provides" or "provided")
            {
                for (int w = i + 1; w + 2 < sentence.End && w < i + 9; w++)
                {
                    if (sentence.Word(w) is "which" or "that" && (sentence.Word(w - 1) is "on" or "in" or "into" || sentence.Word(w) is "that")
                        && sentence.MentionAt(w + 1) is { Label: EntityLabel.Org } user && sentence.TokenAt(user.End) is var userEnd
                        && (BuildVerbs.Contains(sentence.Word(userEnd)) || (sentence.Word(userEnd) is "will" or "now" or "also" && BuildVerbs.Contains(sentence.Word(userEnd + 1))))
                        && SubjectBefore(sentence, i, user) is { } platformSupplier && platformSupplier.Name != user.Name)
                    {
                        results.Add((platformSupplier, user, "productionAgreement.supply-to"));
                        break;
                    }

                    if (sentence.Word(w) is "," or ";" or "to")
                    {
                        break;
                    }
                }
            }

            // "X supplies P to Y", "P is sourced from X" (the subject buys).
            if (word is "supply" or "supplies" or "supplied" or "supplying" or "deliver" or "delivers" or "delivered" or "delivering" or "ship" or "ships"
                or "shipping" or "shipped")
            {
                // "… supplies MEB components to Ford, and to Mahindra & Mahindra": every buyer after "to".
                for (int t = i + 1; t < Math.Min(sentence.End, i + 20); t++)
                {
                    // Not "LG Chem, which supplies Renault, and Panasonic, which supplies batteries to Tesla": the "to" of another
                    // verb of supplying.
                    if (sentence.Word(t) is ";" or "supply" or "supplies" or "supplied" or "supplying" or "deliver" or "delivers" or "delivered" or "delivering"
                        or "ship" or "ships" or "shipped" or "shipping")
                    {
                        break;
                    }

                    if (sentence.Word(t) is "to" && (ActorAt(sentence, t + 1) ?? DescribedCustomerAt(sentence, t + 1)) is { } buyer
                        && (PronounSubject(sentence, i, buyer, implied) ?? SharedSubjectOwner(sentence, i, buyer) ?? SubjectPhraseOwner(sentence, i, buyer) ?? DescribedMakerOfClause(sentence, i) ?? SubjectBefore(sentence, i, buyer) ?? DescribedSubject(sentence, buyer)
                            ?? (IsPassive(sentence, i) && sentence.FindFirst(AgentWords, i, sentence.End) < 0 ? Unless(sentence.LastSubjectBefore(buyer.Name, notFinancier: true), buyer) : null)
                            ?? Antecedent(sentence, implied, buyer)) is { } seller)
                    {
                        results.Add((seller, buyer, "productionAgreement.supply-to"));

                        // "supplies cells to Tesla, BMW and Mercedes-Benz": every buyer of the list.
                        int next = sentence.TokenAt(buyer.End);
                        while (next + 1 < sentence.End && sentence.Word(next) is "," or "and" && ListedBuyerAt(sentence, sentence.Word(next + 1) is "and" ? next + 2 : next + 1) is { } listed
                            // Not "…, and Mitsubishi Motors builds …": a name that opens a clause of its own.
                            && (sentence.TokenAt(listed.End) >= sentence.End || sentence.Word(sentence.TokenAt(listed.End)) is "," or "and" or "." or ";" or "in" or "at" or "from" or "for" or "with" or "under" or "as"))
                        {
                            if (listed.Name != seller.Name && !SameGroup(listed, seller))
                            {
                                results.Add((seller, listed, "productionAgreement.supply-to"));
                            }

                            next = sentence.TokenAt(listed.End);
                        }
                    }
                }
            }

            if (word is "sourced" or "sources" or "source" or "sourcing" or "buys" or "bought" or "buying" or "buy" or "procures" or "procured" or "procure" or "purchases" or "purchased" or "purchase" or "gets" or "receives" or "takes"
                && sentence.FindFirst(FromWords, i + 1, i + 14) is >= 0 and var from && !BuysOwnership(sentence, i, from)
                && VendorsNamedAt(sentence, from + 1) is var vendorAt
                && (ActorAt(sentence, vendorAt) ?? PlantOwnerAt(sentence, vendorAt) ?? TownPlantOwner(sentence, vendorAt)) is { } vendor
                && (SubjectBefore(sentence, i, vendor) ?? BrandBefore(sentence, i, vendor) ?? DescribedCustomerAt(sentence, sentence.First) ?? Antecedent(sentence, implied, vendor)) is { } purchaser
                && purchaser.Name != vendor.Name)
            {
                results.Add((vendor, purchaser, "productionAgreement.sourced-from"));

                // "buys cells from CATL and Samsung SDI": every vendor of the coordination.
                EntityMention lastVendor = vendor;
                AddCoordinated(sentence, purchaser, ref lastVendor, "productionAgreement.sourced-from", results, listedBuild: true);
            }

            // "Magna Steyr assembles the Mercedes-Benz G-Class", "Renault builds the Nissan Micra": a model of another brand.
            // Not "the Nissan Livina, a rebadged version of its Xpander": a participle used as an adjective has no subject.
            // Not "Arnold Clark sells the Kia Sorento", "a dealer that markets the BYD Seal": selling a brand's model is no building.
            if ((BuildVerbs.Contains(word) || (word is "turned" or "turns" or "turn" or "turning" && sentence.Word(i + 1) is "out"))
                && word is not ("sell" or "sells" or "sold" or "selling" or "marketed")
                && !(i > sentence.First && sentence.Word(i - 1) is "a" or "an" or "the" && word.EndsWith("ed", StringComparison.Ordinal))
                && (word is not ("assembly" or "production" or "manufacturing" or "Assembly" or "Production" or "Manufacturing" or "outsourced" or "outsources" or "outsource" or "subcontracted"
                    // "Mitsubishi will source a rebadged Nissan Leaf from Nissan": the subject of sourcing buys.
                    or "source" or "sources" or "sourced" or "sourcing")
                    // "Renault Korea has begun trial production of the Polestar 4": a production started or ended by its subject.
                    || IsStartedProduction(sentence, i))
                && sentence.Word(i + 1) is not "by" && !IsPassive(sentence, i)
                && ProductAfter(sentence, i) is { } product && !OwnModel(sentence, product.Product) && !BrandBuildsItself(sentence, i, product.Brand)
                && !IsBaseModel(sentence, product.Product)
                && AssemblerAfter(sentence, sentence.TokenAt(product.Product.End)) is null
                // "builds the Hyryder for itself": the builder's own; "assembling the Leapmotor T03 for Leapmotor International":
                // the customer named after the model wins over the model's brand.
                && !(sentence.Word(sentence.TokenAt(product.Product.End)) is "for"
                    && (sentence.Word(sentence.TokenAt(product.Product.End) + 1) is "itself" or "themselves"
                        || (ActorAt(sentence, sentence.TokenAt(product.Product.End) + 1) is { } namedCustomer
                            && ((!SameGroup(namedCustomer, product.Brand) && namedCustomer.Name != product.Brand.Entry?.Parent && product.Brand.Name != namedCustomer.Entry?.Parent)
                                || namedCustomer.Name.Contains(product.Brand.Name, StringComparison.Ordinal)))))
                // "The plant also assembles the BMW Z4": the company a plant or pronoun subject stands for.
                && (SubjectBefore(sentence, i, product.Brand) ?? (implied is not null && FirstBuildVerb(sentence) == i ? Unless(implied, product.Brand) : null)) is { } builder2
                && builder2.Name != product.Brand.Name && builder2.Name != product.Brand.Entry?.Parent
                // Not "… to Stellantis, whose plant in the same city builds the Peugeot 208": the verb of a relative clause about another company.
                && !RelativeAboutAnother(sentence, builder2, i))
            {
                results.Add((builder2, product.Brand, "productionAgreement.builds-brand"));

                // "assembles the BMW Z4 and the Toyota GR Supra": each model of another brand joined to the first.
                int next = sentence.TokenAt(product.Product.End);
                while (next + 1 < sentence.End && sentence.Word(next) is "and" or ",")
                {
                    int at = sentence.Word(next + 1) is "the" ? next + 2 : next + 1;

                    // "the BMW Z4 and its twin, the Toyota GR Supra": a sister model set off by its description.
                    if (sentence.Word(next + 1) is "its" && sentence.Word(next + 2) is "twin" or "sibling" or "sister" or "cousin" or "clone")
                    {
                        int comma = sentence.Word(next + 3) is "," ? next + 3 : sentence.Word(next + 4) is "," ? next + 4 : -1;
                        at = comma < 0 ? at : sentence.Word(comma + 1) is "the" ? comma + 2 : comma + 1;
                    }

                    if (sentence.MentionAt(at) is not { Label: EntityLabel.Product } joined || BrandOf(sentence, joined) is not { } joinedBrand)
                    {
                        break;
                    }

                    if (joinedBrand.Name != builder2.Name && !SameGroup(joinedBrand, builder2) && builder2.Name != joinedBrand.Entry?.Parent)
                    {
                        results.Add((builder2, joinedBrand, "productionAgreement.builds-brand"));
                    }

                    next = sentence.TokenAt(joined.End);

                }
            }

            // "Batilly builds the large Master and its Nissan twin, the Interstar": another brand's twin of a model built is built
            // for that brand.
            if (TwinNouns.Contains(word) && i - 1 > sentence.First && sentence.MentionAt(i - 1) is { Label: EntityLabel.Org } twinBrand
                && sentence.TokenAt(twinBrand.Start) is var twinBrandAt && twinBrandAt > sentence.First && sentence.Word(twinBrandAt - 1) is "its" or "their"
                && sentence.Word(twinBrandAt - 2) is "and" or "alongside" or "with"
                && sentence.FindLast(BuildVerbs, Math.Max(sentence.First, twinBrandAt - 10), twinBrandAt) is >= 0 and var twinVerb
                && !IsPassive(sentence, twinVerb)
                // Not "assembles Maruti's Grand Vitara alongside its Toyota twin": "its" stands for the possessor of the model.
                && sentence.FindFirst(Possessives, twinVerb, twinBrandAt) < 0
                && (SubjectPhraseOwner(sentence, twinVerb, twinBrand) ?? PronounSubject(sentence, twinVerb, twinBrand, implied) ?? SubjectBefore(sentence, twinVerb, twinBrand)) is { } twinMaker
                && twinMaker.Name != twinBrand.Name && !SameGroup(twinMaker, twinBrand) && twinMaker.Name != twinBrand.Entry?.Parent && twinBrand.Name != twinMaker.Entry?.Parent)
            {
                results.Add((twinMaker, twinBrand, "productionAgreement.builds-brand"));
            }

            // "Magna Steyr will build Ineos's new off-roader", "Nissan will produce Mitsubishi's next van": the possessor of
            // the object built is the customer.
            // Not "Arnold Clark now sells Leapmotor cars": a dealer selling a brand's cars builds nothing.
            // "The plant also puts together Mazda's CX-5", "turns out Nissan's NV350": a verb of two words.
            bool twoWordVerb = IsTwoWordBuildVerb(sentence, i);
            if ((BuildVerbs.Contains(word) || twoWordVerb) && !SellVerbs.Contains(word) && !IsPassive(sentence, i) && sentence.Word(i + 1) is not "by")
            {
                // "supplies most of Nio's battery cells", "built every Nio car", "makes all of the Nio cars": quantities first.
                int o = twoWordVerb ? i + 2 : i + 1;
                while (o < sentence.End && o <= i + 4 && ObjectQuantifiers.Contains(sentence.Word(o)))
                {
                    o++;
                }

                // Not "will start making Rivian's own smaller R2": the possessor's own products are built in its own plant.
                // "assembles the roadster of Pardus Automotive": the goods' owner after "of".
                bool goodsOf = false;
                if (sentence.Word(o - 1) is "the" && GoodsOfOwnerAt(sentence, o) is > 0 and var ofOwner)
                {
                    o = ofOwner;
                    goodsOf = true;
                }

                if (sentence.MentionAt(o) is { Label: EntityLabel.Org } possessor
                    && (sentence.Word(sentence.TokenAt(possessor.End)) is "’s" or "'s" || ModelNouns.Contains(sentence.Word(sentence.TokenAt(possessor.End)))
                        || (sentence.Word(o - 1) is "the" && UnlistedModelName(sentence, sentence.TokenAt(possessor.End)))
                        || goodsOf || sentence.Word(o - 1) is "of" || BareApostrophePossessive(sentence, possessor))
                    && sentence.Word(sentence.TokenAt(possessor.End) + 1) is not "own"
                    && (PronounSubject(sentence, i, possessor, implied) ?? SubjectPhraseOwner(sentence, i, possessor) ?? SubjectBefore(sentence, i, possessor) ?? Unless(implied, possessor)) is { } builder4
                    && builder4.Name != possessor.Name && !BrandOwnerBefore(sentence, i, possessor) && possessor.Entry?.Parent != builder4.Name)
                {
                    results.Add((builder4, possessor, "productionAgreement.builds-possessed"));
                }
            }

            // "The G-Class has been assembled there since 1979", "… were built at the plant as well": a model built, with no
            // agent, at the plant the text spoke of — the company the text is about builds it for the model's brand.
            if (IsBuiltThere(sentence, i) && ModelBrandBefore(sentence, i) is { } brand2
                && sentence.LastSubjectBefore(brand2.Name, notFinancier: true) is { } topic && !SameGroup(topic, brand2))
            {
                results.Add((topic, brand2, "productionAgreement.built-there"));
            }

            // "Verlaine will assemble the Lumo One, a microcar designed by Paris start-up Lumo Mobility": the designer's model.
            if (word is "designed" or "developed" or "engineered" && sentence.Word(i + 1) is "by" && ActorAt(sentence, i + 2) is { } designer
                && FirstBuildVerb(sentence) is >= 0 and var builtAt && builtAt < i && !IsPassive(sentence, builtAt)
                && (PronounSubject(sentence, builtAt, designer, implied) ?? SubjectBefore(sentence, builtAt, designer)) is { } assembler && assembler.Name != designer.Name)
            {
                results.Add((assembler, designer, "productionAgreement.designed-by"));
            }

            // "AESC will manufacture Ferrion-designed cells": a product designed by a company the text names.
            if (DesignerCompound(sentence, i) is { } compoundDesigner && FirstBuildVerb(sentence) is >= 0 and var builtAt2 && builtAt2 < i && !IsPassive(sentence, builtAt2)
                && (PronounSubject(sentence, builtAt2, compoundDesigner, implied) ?? SubjectBefore(sentence, builtAt2, compoundDesigner) ?? Antecedent(sentence, implied, compoundDesigner)) is { } maker5
                && maker5.Name != compoundDesigner.Name)
            {
                results.Add((maker5, compoundDesigner, "productionAgreement.designed-by"));
            }

            // "A large truck maker will sell Amperline's depot charger under its own brand": a white-label product.
            if (SellVerbs.Contains(word) && sentence.MentionAt(i + 1) is { Label: EntityLabel.Org } whiteLabelMaker
                && sentence.Word(sentence.TokenAt(whiteLabelMaker.End)) is "’s" or "'s"
                && sentence.FindFirst(UnderWords, i, sentence.End) is >= 0 and var under && sentence.Word(under + 1) is "its" && sentence.Word(under + 2) is "own"
                && (SubjectBefore(sentence, i, whiteLabelMaker) ?? DescribedCustomerAt(sentence, sentence.First)) is { } brandOwner)
            {
                results.Add((whiteLabelMaker, brandOwner, "productionAgreement.white-label"));
            }

            // "Under a deal with Y, X will build …": the partner of the deal is the customer of the builder.
            if (word is "deal" or "agreement" or "contract" or "partnership" && sentence.Word(i + 1) is "with" && ActorAt(sentence, i + 2) is { } partner
                && NextBuildVerb(sentence, i + 2) is >= 0 and var buildVerb && SubjectBefore(sentence, buildVerb, partner) is { } contractor
                && sentence.TokenAt(contractor.Start) > i)
            {
                results.Add((contractor, partner, "productionAgreement.deal-with"));
            }

            // "it has been selected by a global carmaker to supply e-axles": the one chosen builds for the one choosing.
            if (word is "chosen" or "selected" or "picked" or "hired" or "tapped" or "appointed" or "commissioned" or "contracted" or "nominated"
                && sentence.Word(i + 1) is "by" && (ActorAt(sentence, i + 2) ?? DescribedCustomerAt(sentence, i + 2)) is { } chooser2
                && sentence.FindFirst(BuildVerbs, sentence.TokenAt(chooser2.End), sentence.TokenAt(chooser2.End) + 3) >= 0
                && (PronounSubject(sentence, i, chooser2, implied) ?? SubjectBefore(sentence, i, chooser2) ?? Unless(implied, chooser2)) is { } chosen2)
            {
                results.Add((chosen2, chooser2, "productionAgreement.chosen-to-build"));
            }

            // "Nissan's selection of American Axle to produce rear axles": the one chosen builds for the possessor of the choice.
            if (word is "selection" or "choice" && sentence.Word(i + 1) is "of" && i - 2 >= sentence.First && sentence.Word(i - 1) is "'s" or "’s"
                && sentence.MentionAt(i - 2) is { Label: EntityLabel.Org } choosing && ActorAt(sentence, i + 2) is { } choice
                && sentence.Word(sentence.TokenAt(choice.End)) is "to" && BuildVerbs.Contains(sentence.Word(sentence.TokenAt(choice.End) + 1))
                && !SameGroup(choosing, choice))
            {
                results.Add((choice, choosing, "productionAgreement.chosen-to-build"));
            }

            // "Opel will make two additional vehicles at its plant in Ruesselsheim, including a Buick destined for the United
            // States": a brand's vehicle among the goods the subject builds.
            if (word is "including" && i - 1 > sentence.First && sentence.Word(i - 1) is "," && sentence.Word(i + 1) is "a" or "an"
                && sentence.MentionAt(i + 2) is { Label: EntityLabel.Org } includedBrand && sentence.TokenAt(includedBrand.Start) == i + 2
                && includedBrand.Entry?.Kind is "brand" or "carmaker"
                && FirstBuildVerb(sentence) is >= 0 and var includingVerb && includingVerb < i && !IsPassive(sentence, includingVerb)
                && sentence.FindFirst(ContrastWords, includingVerb, i - 1) < 0
                && (SubjectBefore(sentence, includingVerb, includedBrand) ?? PronounSubject(sentence, includingVerb, includedBrand, implied)) is { } includingBuilder
                && !SameGroup(includingBuilder, includedBrand) && includedBrand.Entry?.Parent != includingBuilder.Name)
            {
                results.Add((includingBuilder, includedBrand, "productionAgreement.builds-brand"));
            }

            // "Ineos has chosen Magna Steyr to build the Fusilier": the chosen company builds for the one choosing.
            if (word is "chose" or "chosen" or "selected" or "picked" or "hired" or "tapped" or "appointed" or "commissioned" or "contracted"
                && (ActorAt(sentence, i + 1) ?? (sentence.Word(i + 1) is "the" ? DescribedCustomerAt(sentence, i + 1) : null)) is { } chosen
                && sentence.FindFirst(BuildVerbs, AfterApposition(sentence, ChosenEnd(sentence, i + 1, chosen)), AfterApposition(sentence, ChosenEnd(sentence, i + 1, chosen)) + 3) >= 0
                && SubjectBefore(sentence, i, chosen) is { } chooser && chooser.Name != chosen.Name)
            {
                results.Add((chosen, chooser, "productionAgreement.chosen-to-build"));
            }

            // "Inokom assembles Mazda, Hyundai and BYD models in Kulim": the brands of the models a company builds.
            // "will assemble 12-metre Yutong electric buses": past a measure before the brands and describing words after them.
            int brandsAt = i + 1 < sentence.End && sentence.Word(i + 1) is { Length: > 0 } measure && char.IsAsciiDigit(measure[0]) && measure.Contains('-') ? i + 2 : i + 1;
            if (BuildVerbs.Contains(word) && !SellVerbs.Contains(word) && !IsPassive(sentence, i) && sentence.MentionAt(brandsAt) is { Label: EntityLabel.Org } firstBrand
                && sentence.TokenAt(firstBrand.Start) == brandsAt
                && BrandListEnd(sentence, brandsAt) is > 0 and var brandsEnd && ModelNounAfterAdjectives(sentence, brandsEnd)
                // "The Vietnamese group already builds Kia, Mazda and Peugeot models there": a described subject or a pronoun.
                && (SubjectBefore(sentence, i, firstBrand) ?? PronounSubject(sentence, i, firstBrand, implied) ?? Unless(implied, firstBrand)) is { } brandsBuilder)
            {
                for (int b = brandsAt; b < brandsEnd; b++)
                {
                    if (sentence.MentionAt(b) is { Label: EntityLabel.Org } modelBrand && sentence.TokenAt(modelBrand.Start) == b
                        && modelBrand.Name != brandsBuilder.Name && !SameGroup(modelBrand, brandsBuilder) && !BrandOwnerBefore(sentence, i, modelBrand)
                        && modelBrand.Entry?.Parent != brandsBuilder.Name)
                    {
                        results.Add((brandsBuilder, modelBrand, "productionAgreement.builds-brand"));
                    }
                }
            }

            // "LG Energy Solution is the main battery supplier for GM's Ultium platform", "Bosch, the sole supplier of e-axles to
            // Lumeo, …": a company described as a customer's supplier.
            // "Panasonic is the main battery supplier of Tesla": a company right after "of" is the customer.
            if (IsSupplierNoun(sentence, i) && sentence.Word(i + 1) is "for" or "to" or "of" or "behind"
                && (sentence.Word(i + 1) is "of" && sentence.MentionAt(i + 2) is not { Label: EntityLabel.Org } ? ForOrToAfter(sentence, i + 2) : i + 1) is > 0 and var toAt
                && (ActorAt(sentence, toAt + 1) ?? ProductCustomerAt(sentence, toAt + 1) ?? DescribedCustomerAt(sentence, toAt + 1)) is { } supplied
                && SupplierDescribed(sentence, i, supplied) is { } supplierCompany)
            {
                results.Add((supplierCompany, supplied, "productionAgreement.supplier-of"));
                AddCoordinated(sentence, supplierCompany, ref supplied, "productionAgreement.supplier-of", results);
            }

            // "Avtotor assembles cars in Kaliningrad under an agreement with Kia", "built … under a contract assembly deal with
            // Volkswagen Group Rus": a deal with a company, after a verb of building in the same clause, makes it the customer.
            if (word is "under" && DealWithAfter(sentence, i) is > 0 and var dealWith && ActorAt(sentence, dealWith + 1) is { } dealCustomer
                && !IsFinancier(dealCustomer) && sentence.FindLast(BuildVerbs, Math.Max(sentence.First, i - 10), i) is >= 0 and var dealVerb
                && !SellVerbs.Contains(sentence.Word(dealVerb)) && !IsPassive(sentence, dealVerb) && sentence.FindFirst(ClauseBreaks, dealVerb, i) < 0
                && sentence.FindFirst(OwnWords, dealVerb, i) < 0
                && SubjectBefore(sentence, dealVerb, dealCustomer) is { } dealMaker && dealMaker.Name != dealCustomer.Name && !SameGroup(dealMaker, dealCustomer))
            {
                results.Add((dealMaker, dealCustomer, "productionAgreement.under-contract"));
            }

            // "Under contract to Tessaro Motors, Oakridge Assembly paints and assembles bodies": a contract phrase set before the
            // clause names the customer of the clause's builder.
            if (word is "Under" or "under" && sentence.Word(i + 1) is "contract" or "licence" or "license" && sentence.Word(i + 2) is "to" or "for" or "with" or "from"
                && ActorAt(sentence, i + 3) is { } contractClient && sentence.TokenAt(contractClient.End) is var clientEnd && sentence.Word(clientEnd) is ","
                && sentence.FindFirst(BuildVerbs, clientEnd + 1, Math.Min(sentence.End, clientEnd + 12)) is >= 0 and var contractVerb && !SellVerbs.Contains(sentence.Word(contractVerb))
                && SubjectBefore(sentence, contractVerb, contractClient) is { } contractMaker && contractMaker.Start > contractClient.Start
                && contractMaker.Name != contractClient.Name && !SameGroup(contractMaker, contractClient))
            {
                results.Add((contractMaker, contractClient, "productionAgreement.under-contract"));
            }

            // "Nissan's selection of American Axle to produce rear axles", "Renault's choice of LG as supplier": the company
            // selected builds for the one that selects it.
            if (word is "selection" or "choice" && i - 2 >= sentence.First && sentence.Word(i - 1) is "'s" or "’s" && sentence.MentionAt(i - 2) is { Label: EntityLabel.Org } selector
                && sentence.Word(i + 1) is "of" && ActorAt(sentence, i + 2) is { } selected && selected.Name != selector.Name
                && sentence.TokenAt(selected.End) is var afterSelected
                && ((sentence.Word(afterSelected) is "to" && BuildVerbs.Contains(sentence.Word(afterSelected + 1)) && !SellVerbs.Contains(sentence.Word(afterSelected + 1)))
                    || (sentence.Word(afterSelected) is "as" && sentence.FindFirst(SupplierNouns, afterSelected + 1, Math.Min(sentence.End, afterSelected + 4)) >= 0)))
            {
                results.Add((selected, selector, "productionAgreement.selected"));
            }

            // "Toyota will make a Suzuki-badged version of its Corolla Wagon": the brand a version of the goods is badged with.
            if (BuildVerbs.Contains(word) && !SellVerbs.Contains(word) && !IsPassive(sentence, i) && BadgedBrandAfter(sentence, i + 1) is { } badgeBrand
                && (SubjectBefore(sentence, i, badgeBrand) ?? Unless(implied, badgeBrand)) is { } badgeBuilder && badgeBuilder.Name != badgeBrand.Name && !SameGroup(badgeBuilder, badgeBrand))
            {
                results.Add((badgeBuilder, badgeBrand, "productionAgreement.badged-version"));
            }

            // "Suzuki also sells versions of its small SUVs to Mazda": versions of one's own vehicles sold to another carmaker.
            if (SellVerbs.Contains(word) && sentence.Word(i + 1) is "versions" or "version" or "rebadged" && sentence.FindFirst(ToWords, i + 2, Math.Min(sentence.End, i + 9)) is >= 0 and var versionsTo
                && ActorAt(sentence, versionsTo + 1) is { } versionsBuyer && SubjectBefore(sentence, i, versionsBuyer) is { } versionsSeller
                && versionsSeller.Name != versionsBuyer.Name && !SameGroup(versionsSeller, versionsBuyer))
            {
                results.Add((versionsSeller, versionsBuyer, "productionAgreement.versions-sold"));
            }

            // "Ghandhara has partnered with Chery to assemble Chery SUVs", "Chery signed a deal with Ghandhara to build the Tiggo 8":
            // of two partners joined to build, the one whose brand the goods carry is the customer, the other builds. Not
            // "to jointly produce" (joint production) nor goods of no brand named.
            if (word is "with" && PartneringBefore(sentence, i) && ActorAt(sentence, i + 1) is { } buildPartner
                && sentence.TokenAt(buildPartner.End) is var afterPartner
                && (sentence.Word(afterPartner) is "," ? afterPartner + 1 : afterPartner) is var partnerTo && sentence.Word(partnerTo) is "to"
                && (sentence.Word(partnerTo + 1) is "locally" ? partnerTo + 2 : partnerTo + 1) is var partnerBuild && BuildVerbs.Contains(sentence.Word(partnerBuild))
                && !SellVerbs.Contains(sentence.Word(partnerBuild)) && sentence.Word(partnerBuild) is not ("source" or "supply" or "buy" or "distribute" or "import")
                && SubjectBefore(sentence, i, buildPartner) is { } partnerSubject && partnerSubject.Name != buildPartner.Name && !SameGroup(partnerSubject, buildPartner)
                && GoodsBrand(sentence, partnerBuild + 1, Math.Min(sentence.End, partnerBuild + 9)) is { } partnersGoods)
            {
                // "Chery has partnered with Ebro Factory to produce Omoda models": a brand of the partner's group is its.
                if (partnersGoods.Name == buildPartner.Name || SameGroup(partnersGoods, buildPartner) || partnersGoods.Entry?.Parent == buildPartner.Name)
                {
                    results.Add((partnerSubject, buildPartner, "productionAgreement.partner-to-build"));
                }
                else if (partnersGoods.Name == partnerSubject.Name || SameGroup(partnersGoods, partnerSubject) || partnersGoods.Entry?.Parent == partnerSubject.Name)
                {
                    results.Add((buildPartner, partnerSubject, "productionAgreement.partner-to-build"));
                }
            }

            // "BMW ended its contract with Magna Steyr to build the Z4 in Graz": a contract with a builder to build.
            if (word is "contract" or "agreement" or "deal" or "partnership" && sentence.Word(i + 1) is "with" && ActorAt(sentence, i + 2) is { } hiredBuilder
                && sentence.TokenAt(hiredBuilder.End) is var afterContractor && sentence.Word(afterContractor) is "to" && BuildVerbs.Contains(sentence.Word(afterContractor + 1))
                && SubjectBefore(sentence, i, hiredBuilder) is { } hiringCompany && hiringCompany.Name != hiredBuilder.Name)
            {
                // "Navistar has reached an agreement with General Motors to manufacture GM's cutaway vans at its plant": goods of
                // the company the agreement is with are built by the subject.
                bool partnersGoodsBuilt = (GoodsBrand(sentence, afterContractor + 2, Math.Min(sentence.End, afterContractor + 10))
                        ?? CompanyOfGoodsAt(sentence, afterContractor + 2)) is { } contractGoods
                    && (contractGoods.Name == hiredBuilder.Name || SameGroup(contractGoods, hiredBuilder) || contractGoods.Entry?.Parent == hiredBuilder.Name);
                results.Add(partnersGoodsBuilt ? (hiringCompany, hiredBuilder, "productionAgreement.contract-with") : (hiredBuilder, hiringCompany, "productionAgreement.contract-with"));
            }

            // "BMW has entered a long-term supply contract with Swedish company Northvolt for battery cells", "Northvolt signed a
            // supply deal with BMW": a supply contract between a maker of parts and a carmaker; the maker of parts supplies.
            // "supply deals worth $27 billion with BMW and Volkswagen": past the worth of the deal, and every dealPartner of the
            // coordination.
            AddSupplyContract(sentence, i, results);

            // "Valmet Automotive has signed an agreement for manufacturing the next generation of Mercedes-Benz compact cars", "won a
            // contract to assemble Fisker's Ocean": a contract to build another company's vehicles; the subject builds for the brand.
            if (word is "contract" or "agreement" or "deal" or "order" && sentence.Word(i + 1) is "for" or "to" && BuildVerbs.Contains(sentence.Word(i + 2))
                && BrandOfGoods(sentence, i + 3, Math.Min(sentence.End, i + 11)) is { } goodsBrand
                && SubjectBefore(sentence, i, goodsBrand) is { } contractBuilder && contractBuilder.Name != goodsBrand.Name && !SameGroup(contractBuilder, goodsBrand))
            {
                results.Add((contractBuilder, goodsBrand, "productionAgreement.contract-for"));
            }

            // "The contract to build the Jaguar E-Pace went to Magna Steyr": a contract to build a model, awarded to a builder.
            if (word is "to" && i > sentence.First && sentence.Word(i - 1) is "went" or "goes" or "go" or "awarded" or "given" or "handed"
                && ActorAt(sentence, i + 1) is { } awardee)
            {
                for (int c = sentence.First; c + 2 < i; c++)
                {
                    if (sentence.Word(c) is "contract" or "order" or "deal" or "job" && sentence.Word(c + 1) is "to" && BuildVerbs.Contains(sentence.Word(c + 2))
                        && ProductAfter(sentence, c + 2) is { } awarded && awarded.Brand.Name != awardee.Name)
                    {
                        results.Add((awardee, awarded.Brand, "productionAgreement.contract-awarded"));
                        break;
                    }
                }
            }

            // "Toyota sells the Suzuki-built Swace": a maker glued to a participle.
            if (word.EndsWith("-built", StringComparison.Ordinal) || word.EndsWith("-made", StringComparison.Ordinal) || word.EndsWith("-produced", StringComparison.Ordinal)
                || word.EndsWith("-assembled", StringComparison.Ordinal))
            {
                if (sentence.MentionAt(i) is { Label: EntityLabel.Org } maker3 && SubjectBefore(sentence, i, maker3) is { } seller)
                {
                    results.Add((maker3, seller, "productionAgreement.maker-built"));
                }
            }

            // "with a Y badge", "under the Y badge": the product's maker is named before, or is the brand of a model named.
            if (word is "badge" or "badges" && i - 1 >= sentence.First && sentence.MentionAt(i - 1) is { Label: EntityLabel.Org } badge)
            {
                EntityMention? builder = ActorBefore(sentence, sentence.TokenAt(badge.Start), exclude: badge);
                if (builder is null || builder.Name == badge.Name)
                {
                    foreach (EntityMention mention in sentence.Mentions)
                    {
                        if (mention.Label == EntityLabel.Product && mention.Entry?.Parent is { } brand && brand != badge.Name)
                        {
                            builder = new EntityMention(mention.Start, mention.End, EntityLabel.Org, brand, 0.6, EntitySource.Lexicon);
                            break;
                        }
                    }
                }

                if (builder is not null && builder.Name != badge.Name)
                {
                    results.Add((builder, badge, "productionAgreement.rebadge"));
                }
            }
        }

        if (PartsForModelsBuiltBy(sentence, implied) is { } forBuilt)
        {
            results.Add((forBuilt.Maker, forBuilt.Customer, "productionAgreement.parts-for-models-built"));
        }

        AddFollowingCustomers(sentence, results);
        return results;
    }

    private static readonly SpanLookup ModelListWords = new(
        ["the", "and", "or", "of", "its", "new", "next", "current", "electric", "hybrid", "mild-hybrid", "versions", "version", "models", "model", "cars", "vans", "SUVs", "trucks", "pickups", ","]);

    // "harnesses for the Peugeot and Citroën models that Stellantis assembles", "seat sets for the Fiat Pulse and Fiat Fastback
    // that Stellantis builds at Betim": parts for models another company builds are made for that company (not for the
    // brands named), by the subject of the verb before "for".
    private static (EntityMention Maker, EntityMention Customer)? PartsForModelsBuiltBy(SentenceView sentence, EntityMention? implied)
    {
        for (int f = sentence.First + 2; f + 3 < sentence.End; f++)
        {
            if (sentence.Word(f) is not "for")
            {
                continue;
            }

            // Only model names, brands and words of a model list between "for" and "that".
            int k = f + 1;
            bool named = false;
            while (k < sentence.End && k <= f + 14)
            {
                if (sentence.MentionAt(k) is { Label: EntityLabel.Product or EntityLabel.Org } listed)
                {
                    named = true;
                    k = sentence.TokenAt(listed.End);
                }
                else if (ModelListWords.Contains(sentence.Word(k)))
                {
                    k++;
                }
                else
                {
                    break;
                }
            }

            if (!named || sentence.Word(k) is not ("that" or "which") || sentence.MentionAt(k + 1) is not { Label: EntityLabel.Org } builder
                || !(BuildVerbs.Contains(sentence.Word(sentence.TokenAt(builder.End))) && sentence.Word(sentence.TokenAt(builder.End)) is "builds" or "assembles" or "makes" or "produces" or "manufactures" or "built" or "assembled" or "made" or "produced"))
            {
                continue;
            }

            // The verb of building or supplying before "for", and its subject.
            int verb = sentence.FindLast(BuildVerbs, Math.Max(sentence.First, f - 8), f);
            if (verb < 0 || IsPassive(sentence, verb))
            {
                return null;
            }

            EntityMention? maker = PronounSubject(sentence, verb, builder, implied) ?? SubjectPhraseOwner(sentence, verb, builder) ?? SubjectBefore(sentence, verb, builder);
            return maker is not null && maker.Name != builder.Name && !SameGroup(maker, builder) && !IsFinancier(maker) ? (maker, builder) : null;
        }

        return null;
    }

    // "Vindhya Motors and Kaveri Energy will invest … in a battery pack plant at Hosur. … the Hosur factory will assemble packs
    // for Vindhya's trucks": a plant that stands for the customer itself, where the customer and a partner set up a joint
    // venture the text named, is the venture's; null otherwise.
    private static EntityMention? OwnersVenture(SentenceView sentence, EntityMention? implied, EntityMention client)
    {
        if (implied is null || !(SameParty(implied.Name, client.Name) || SameGroup(implied, client)))
        {
            return null;
        }

        return sentence.RecentVenture() is { } venture && !SameGroup(venture, client) && !SameGroup(venture, implied) ? venture : null;
    }

    // "Silkom makes seats for the vans Stellantis builds, and it welds trays for a Korean carmaker": "it" just before the
    // verb is the sentence's first organisation, or, where the sentence names none before it, the recent subject.
    // The builder of the first verb where "and" joins a second one to it: "Graz assembles …, and builds …".
    private static EntityMention? CoordinatedSubject(SentenceView sentence, int verb, EntityMention client, EntityMention? implied)
    {
        int and = verb - 1;
        while (and > sentence.First && sentence.Word(and) is "also" or "now" or "still" or "then")
        {
            and--;
        }

        // "… and until 2021 also produced the Movano for Opel": past a time adjunct of a preposition and a date.
        if (sentence.MentionAt(and) is { Label: EntityLabel.Date } date && sentence.TokenAt(date.Start) is var dateAt && dateAt - 1 > sentence.First
            && sentence.Word(dateAt - 1) is "until" or "till" or "since" or "from" or "in" or "between")
        {
            and = dateAt - 2;
        }

        if (and <= sentence.First || sentence.Word(and) is not "and" || sentence.FindLast(BuildVerbs, sentence.First, and) is not (>= 0 and var first))
        {
            return null;
        }

        return SubjectPhraseOwner(sentence, first, client) ?? PronounSubject(sentence, first, client, implied) ?? SubjectBefore(sentence, first, client);
    }

    private static EntityMention? PronounSubject(SentenceView sentence, int verb, EntityMention client, EntityMention? implied)
    {
        int it = -1;
        for (int k = verb - 1; k >= sentence.First && k >= verb - 4; k--)
        {
            if (sentence.Word(k) is "it" or "It")
            {
                it = k;
                break;
            }

            if (sentence.MentionAt(k) is not null || sentence.Word(k) is "," or "that" or "which")
            {
                return null;
            }
        }

        if (it < 0)
        {
            return null;
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) >= it)
            {
                break;
            }

            // "… a 7% stake in Hoshizora Battery, …, and that it will begin producing …": an object of a preposition is no
            // antecedent of the subject.
            int at = sentence.TokenAt(mention.Start);
            if (mention.Label == EntityLabel.Org && !(at > sentence.First && sentence.Word(at - 1) is "in" or "of" or "with" or "from" or "to" or "by" or "for")
                && !sentence.IsDescribedObjectOfPreposition(at))
            {
                return mention.Name != client.Name ? mention : null;
            }
        }

        return Unless(implied ?? sentence.LastSubjectBefore(client.Name, notFinancier: true), client);
    }

    // "built by Harlan Vehicle Works": after "by", a name ending in "Works" is the company, not a plant.
    private static EntityMention? WorksAt(SentenceView sentence, int i)
    {
        if (sentence.MentionAt(i) is { Label: EntityLabel.Facility } works && works.Name.EndsWith(" Works", StringComparison.Ordinal))
        {
            return new EntityMention(works.Start, works.End, EntityLabel.Org, works.Name, works.Confidence, works.Source);
        }

        return null;
    }

    // "some of its models have been built … by Magna Steyr": the company "its" stands for owns the models.
    private static EntityMention? PossessorOfModels(SentenceView sentence, int by, EntityMention maker)
    {
        for (int k = sentence.First; k < by - 1; k++)
        {
            if (sentence.Word(k) is "its" or "Its" && sentence.FindFirst(ModelNouns, k + 1, Math.Min(by, k + 5)) >= 0)
            {
                return Unless(sentence.LastSubjectBefore(maker.Name, notFinancier: true), maker);
            }
        }

        return null;
    }

    // "will not build", "never produced", "denied that …": a negation shortly before a build verb, or a denial; not a
    // "no" elsewhere ("for sister brand Hyundai, which has no plant of its own").
    // "could one day assemble", "might eventually outsource", "had hoped to build": within the few words before the verb (no
    // clause break between), a modal of possibility or a hope in the past perfect.
    private static readonly SpanLookup WeighingWords = new(["considering", "considers", "weighing", "weighs", "mulling", "mulls", "exploring", "explores", "studying", "studies", "evaluating", "evaluates", "contemplating"]);

    private static readonly SpanLookup SentenceBreaks = new([";", "but", "while", "whereas"]);

    private static bool Hypothetical(SentenceView sentence, int verb)
    {
        // "Nissan is considering using spare capacity at its Canton plant to produce pickups for Honda": a deal weighed.
        if (sentence.FindLast(WeighingWords, Math.Max(sentence.First, verb - 14), verb) >= 0 && sentence.FindFirst(SentenceBreaks, Math.Max(sentence.First, verb - 14), verb) < 0)
        {
            return true;
        }

        for (int k = verb - 1; k >= sentence.First && k >= verb - 4; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "could" or "might")
            {
                return true;
            }

            if (word is "hoped" && k - 1 >= sentence.First && sentence.Word(k - 1) is "had")
            {
                return true;
            }

            if (word is "," or ";" or "and" or "but" or "which" or "that" or "who")
            {
                return false;
            }
        }

        return false;
    }

    // "ZF, which supplies steering systems to Volvo Cars, reported higher orders": "reported" with an object of its own is a
    // company reporting its figures, no report of a rumoured deal ("reports that …", "media reported", "Reuters reported a
    // deal").
    private static bool ReportsResults(SentenceView sentence, int at) =>
        sentence.Word(at) is "reported" or "reports" && at + 1 < sentence.End
        && sentence.Word(at + 1) is "higher" or "lower" or "record" or "strong" or "weak" or "net" or "revenue" or "sales" or "profit"
            or "profits" or "earnings" or "orders" or "losses" or "loss" or "growth" or "results" or "quarterly" or "annual" or "first-half" or "first-quarter";

    private static bool IsNegated(SentenceView sentence)
    {
        for (int i = sentence.First; i < sentence.End; i++)
        {
            // "played down speculation that …", "reports that X would assemble … were 'simply wrong'": no deal is stated.
            if (sentence.Word(i) is "denied" or "denies" or "rejected" or "rejects" or "dismissed" or "dismisses" or "speculation" or "speculated" or "speculate" or "speculates"
                or "rumour" or "rumours" or "rumor" or "rumors" or "wrong" or "untrue" or "unfounded" or "reports" or "reported"
                && !IsTrailingAttribution(sentence, i) && !ReportsResults(sentence, i))
            {
                return true;
            }

        }

        // "… that Chaopraya does not identify, and it builds …": a negation in another clause says nothing of this verb.
        // "Hanbit does not make the chips; these are fabricated for it by …": a later verb of building that is not negated
        // states a deal, so only the sentence's last verb of building decides.
        for (int i = sentence.End - 1; i >= sentence.First; i--)
        {
            if ((BuildVerbs.Contains(sentence.Word(i)) || SourcingVerbs.Contains(sentence.Word(i))) && sentence.Word(i) is not ("assembly" or "production" or "manufacturing" or "Assembly" or "Production" or "Manufacturing"))
            {
                // "… in which Mahindra would have built Ford-badged SUVs": a deal that did not happen.
                if (i - 2 >= sentence.First && sentence.Word(i - 1) is "have" && sentence.Word(i - 2) is "would" or "could" or "might")
                {
                    return true;
                }

                // "If the talks succeed, Valmet could one day assemble cars for …", "Nissan had hoped to build a car for Honda": a
                // condition, a possibility or a hope unfulfilled states no deal.
                if (sentence.Word(sentence.First) is "If" or "Should" || Hypothetical(sentence, i))
                {
                    return true;
                }

                // "said there were \"no plans at this stage\" to supply Northstar": no plan or intention to build.
                if (sentence.FindLast(NoPlanWords, Math.Max(sentence.First, i - 10), i) is > 0 and var plans && sentence.Word(plans - 1) is "no"
                    && sentence.FindFirst(ClauseBreaks, plans, i) < 0)
                {
                    return true;
                }

                return sentence.FindLast(Negations, Math.Max(sentence.First, i - 5), i) is >= 0 and var negation && sentence.FindFirst(ClauseBreaks, negation, i) < 0;
            }
        }

        return false;
    }

    private static readonly SpanLookup NoPlanWords = new(["plans", "plan", "intention", "intentions", "interest"]);

    private static readonly SpanLookup RelativeWords = new(["which", "that", "where", "whereby", "while"]);

    private static readonly SpanLookup ClauseJoints = new([",", "and", ";", "while", "but"]);

    private static readonly SpanLookup ContrastWords = new(["while", "whereas", ";", "but"]);

    private static readonly SpanLookup ClauseBreaks = new([",", ";", "but", "while", "whereas"]);

    private static readonly SpanLookup CustomerPrepositions = new(["for", "by", "to"]);

    private static bool HasDescribedCustomer(SentenceView sentence)
    {
        for (int i = sentence.FindFirst(CustomerPrepositions, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(CustomerPrepositions, i + 1, sentence.End))
        {
            if (DescribedCustomerAt(sentence, i + 1) is not null || (sentence.Word(i) is "for" && ProductCustomerAt(sentence, i + 1) is { Source: EntitySource.Pattern }))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup ForWords = new(["for", "by"]);

    // "its models … by X", "by Harlan Vehicle Works": a party the sentence implies or names as a works.
    private static bool HasImpliedOwner(SentenceView sentence)
    {
        for (int k = sentence.First; k + 1 < sentence.End; k++)
        {
            if ((sentence.Word(k) is "its" or "Its" && sentence.FindFirst(ModelNouns, k + 1, Math.Min(sentence.End, k + 7)) >= 0 && sentence.FindFirst(AgentWords, k, sentence.End) >= 0)
                || (sentence.Word(k) is "by" && WorksAt(sentence, k + 1) is not null)
                || (sentence.Word(k) is "for" && (sentence.Word(k + 1) is "it" || (sentence.Word(k + 1) is "the" && CompanyDescriptions.Contains(sentence.Word(k + 2))))
                    && sentence.FindFirst(AgentWords, k, sentence.End) >= 0)
                // "builds the off-roader for its parent", "for its former owner": the builder's owner.
                || (sentence.Word(k) is "for" && sentence.Word(k + 1) is "its" && (sentence.Word(sentence.Word(k + 2) is "former" ? k + 3 : k + 2) is "parent" or "owner"))
                // "to the Finnish factory", "tapped the Austrian contract manufacturer": a plant or company the text is about.
                || (sentence.Word(k) is "the" && (PlantOfTopicAt(sentence, k) || DefiniteDescriptionEnd(sentence, k) > 0))
                || (k == sentence.First && sentence.Word(k) is "Its" or "Their" && sentence.FindFirst(GoVerbs, k, sentence.End) >= 0)
                // "which had its I-Pace made in Graz": the town's plant builds.
                || (sentence.Word(k) is "had" or "has" or "have" && sentence.Word(k + 1) is "its" or "their" && sentence.FindFirst(MakerParticiples, k + 2, Math.Min(sentence.End, k + 9)) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static EntityMention? Unless(EntityMention? implied, EntityMention other) =>
        implied is not null && implied.Name != other.Name ? implied : null;

    // The company "it" or "the maker" stands for, other than the customer: where the nearest subject is the customer
    // itself ("Foam works lands Nissan contract … The seat maker … will build seats for Nissan"), the company named
    // before it is meant.
    private static EntityMention? Antecedent(SentenceView sentence, EntityMention? implied, EntityMention other) =>
        implied is null ? null : implied.Name != other.Name ? implied : sentence.LastSubjectBefore(other.Name, notFinancier: true) is { } earlier && earlier.Name != other.Name ? earlier : null;

    // "it" just before a build verb (adverbs and auxiliaries between), or "The company"/"The group" opening the sentence,
    // when no organisation is named before that verb: the subject of a recent sentence.
    // "from the Changzhou factory": the company the text placed in that town.
    private static EntityMention? TownPlantOwner(SentenceView sentence, int at)
    {
        if (sentence.Word(at) is not "the" || sentence.MentionAt(at + 1) is not { Label: EntityLabel.Loc or EntityLabel.Facility } town)
        {
            return null;
        }

        int after = sentence.TokenAt(town.End);
        return town.Label == EntityLabel.Facility || PlantNouns.Contains(sentence.Word(after)) ? OwnerOfTown(sentence, town) : null;
    }

    // "the former General Motors plant", "a Nissan factory": a name that only says whose plant.
    private static bool ModifiesPlant(SentenceView sentence, EntityMention mention)
    {
        int token = sentence.TokenAt(mention.Start);
        return PlantNouns.Contains(sentence.Word(sentence.TokenAt(mention.End))) && token > sentence.First && sentence.Word(token - 1) is "the" or "a" or "former" or "its";
    }

    private static bool HasOrganizationBefore(SentenceView sentence, int verb)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org && sentence.TokenAt(mention.Start) < verb)
            {
                return true;
            }
        }

        return false;
    }

    // The subject of the last earlier sentence that names the same town or facility.
    private static EntityMention? OwnerOfTown(SentenceView sentence, EntityMention town)
    {
        string name = town.Label == EntityLabel.Facility ? town.Name.Split(' ')[0] : town.Name;
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        // Back over at most a few hundred mentions: the town is named in the same part of the text, and a long document
        // must not make this quadratic.
        int start = MentionSearch.FirstStartingAtOrAfter(all, sentence.Span.Start) - 1;

        // First the plainest evidence: "Magna's plant in Graz", "Magna's Graz plant", "Magna … at its plant in Graz".
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            EntityMention earlier = all[m];
            if (earlier.Label is EntityLabel.Loc or EntityLabel.Facility && (earlier.Name == name || earlier.Name.StartsWith(name + " ", StringComparison.Ordinal))
                && PossessedPlantOwner(sentence.Document, earlier) is { } possessor)
            {
                return possessor;
            }
        }

        int funded = -1;
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            EntityMention earlier = all[m];
            if (earlier.Label is EntityLabel.Loc or EntityLabel.Facility && (earlier.Name == name || earlier.Name.StartsWith(name + " ", StringComparison.Ordinal)))
            {
                // The first organisation of that sentence, after any dateline.
                int sentenceIndex = SentenceIndexOf(sentence.Document, earlier.Start);
                funded = funded < 0 && FundedOnly(sentence.Document, sentenceIndex) && IsPlantTown(sentence.Document, earlier) ? sentenceIndex : funded;
                Tokenization.Sentence owner = sentence.Document.Sentences[sentenceIndex];
                int body = sentence.Document.Tokens[SentenceView.AfterDateline(sentence.Document, owner)].Start;
                // Not a government that funded the plant ("the Michigan Strategic Fund approved a grant for the Ramos Arizpe plant"),
                // not a customer named after a preposition ("Graz has built the G-Class for Mercedes-Benz").
                int first = MentionSearch.FirstStartingAtOrAfter(all, body);
                for (int o = first; o < all.Length && all[o].Start < owner.End; o++)
                {
                    if (all[o].Label == EntityLabel.Org && !IsFinancier(all[o])
                        && !AfterPreposition(sentence.Document, all[o]))
                    {
                        // "Electrocab's Moroccan subsidiary, Atlas Faisceaux, already runs three plants …": the name set off
                        // after the possessor's unit is the subject.
                        return PossessorsUnitNamed(sentence.Document, all[o]) ?? all[o];
                    }
                }

                // "Since 2019, Orhangazi has also assembled …": a sentence that names the town but no company; an earlier one may.
                m = Math.Min(m, first);
            }
        }

        // "Business Finland has approved a loan for a second line at the battery plant in Salo": where only a financier is
        // named with the town, the plant is the company's the text was speaking of then.
        return funded >= 0 && funded != sentence.Index ? SentenceView.At(sentence.Document, funded).LastSubjectBefore(notFinancier: true) : null;
    }

    // "the battery plant in Salo", "a factory at Kecskemét": a town named as a plant's place.
    private static bool IsPlantTown(Document document, EntityMention town)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int at = TokenSearch.FirstAtOrAfter(tokens, town.Start, 0, tokens.Length);
        if (at < 2 || tokens[at - 1].Slice(document.Text) is not ("in" or "at" or "near"))
        {
            return false;
        }

        for (int k = at - 2; k >= 0 && k >= at - 4; k--)
        {
            if (PlantNouns.Contains(tokens[k].Slice(document.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // True where the sentence names organisations, and all of them are banks, funds or governments.
    private static bool FundedOnly(Document document, int index)
    {
        Tokenization.Sentence within = document.Sentences[index];
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        bool any = false;
        for (int o = MentionSearch.FirstStartingAtOrAfter(all, within.Start); o < all.Length && all[o].Start < within.End; o++)
        {
            if (all[o].Label == EntityLabel.Org)
            {
                if (!IsFinancier(all[o]))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    // "Electrocab's Moroccan subsidiary, Atlas Faisceaux, …": the organisation named in the apposition right after a possessor's
    // subsidiary, unit or arm; null where the possessive does not open such a phrase.
    private static EntityMention? PossessorsUnitNamed(Document document, EntityMention possessor)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int after = TokenSearch.FirstAtOrAfter(tokens, possessor.End, 0, tokens.Length);
        if (after + 3 >= tokens.Length || tokens[after].Slice(document.Text) is not ("’s" or "'s"))
        {
            return null;
        }

        for (int k = after + 1; k < tokens.Length && k <= after + 4; k++)
        {
            if (tokens[k].Slice(document.Text) is "subsidiary" or "unit" or "arm" or "affiliate" or "division")
            {
                if (k + 2 < tokens.Length && tokens[k + 1].Slice(document.Text) is "," && SentenceView.MentionStartingAt(document, tokens[k + 2].Start) is { Label: EntityLabel.Org } named)
                {
                    return named;
                }

                return null;
            }
        }

        return null;
    }

    // The carmaker (by the lexicon) named in the last earlier sentence that names the town.
    private static EntityMention? CarmakerOfTown(SentenceView sentence, EntityMention town)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int start = MentionSearch.FirstStartingAtOrAfter(all, sentence.Span.Start) - 1;
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            if (all[m].Label is EntityLabel.Loc && all[m].Name == town.Name)
            {
                Tokenization.Sentence named = sentence.Document.Sentences[SentenceIndexOf(sentence.Document, all[m].Start)];
                for (int o = MentionSearch.FirstStartingAtOrAfter(all, named.Start); o < all.Length && all[o].Start < named.End; o++)
                {
                    if (all[o] is { Label: EntityLabel.Org, Entry.Kind: "carmaker" })
                    {
                        return all[o];
                    }
                }
            }
        }

        return null;
    }

    // A name after a preposition, not one that possesses what follows ("home to Skoda Auto's plants").
    private static bool AfterPreposition(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int token = TokenSearch.FirstAtOrAfter(tokens, mention.Start, 0, tokens.Length);
        int after = TokenSearch.FirstAtOrAfter(tokens, mention.End, token, tokens.Length);
        return token > 0 && tokens[token - 1].Slice(document.Text) is "for" or "to" or "by" or "from" or "with" or "of" or "at" or "in"
            && !(after < tokens.Length && tokens[after].Slice(document.Text) is "’s" or "'s");
    }

    // The owner a town's mention is given by possession: "Magna's plant in Graz", "Magna's Graz plant", "Magna … its plant in
    // Graz", "Magna operates a plant in Graz"; null where the sentence does not say.
    private static EntityMention? PossessedPlantOwner(Document document, EntityMention town)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<char> text = document.Text;
        int at = TokenSearch.FirstAtOrAfter(tokens, town.Start, 0, tokens.Length);
        int sentenceIndex = SentenceIndexOf(document, town.Start);
        Tokenization.Sentence within = document.Sentences[sentenceIndex];

        // "Magna's Graz plant": possessive right before the town, a plant noun right after (or closing the facility's own name).
        int after = TokenSearch.FirstAtOrAfter(tokens, town.End, at, within.EndToken);
        if (at - 2 >= within.FirstToken && tokens[at - 1].Slice(text) is "’s" or "'s"
            && (town.Label == EntityLabel.Facility || (after < within.EndToken && PlantNouns.Contains(tokens[after].Slice(text))))
            && SentenceView.MentionEndingAt(document, tokens[at - 2].End) is { Label: EntityLabel.Org } named && !SentenceView.IsFinancierName(named.Name))
        {
            return named;
        }

        // "plants in Mladá Boleslav, Kvasiny and Vrchlabí": back over the towns listed before this one.
        while (at - 2 > within.FirstToken && tokens[at - 1].Slice(text) is "," or "and" or "as" or "well")
        {
            int previousEnd = tokens[at - 2].End;
            if (tokens[at - 2].Slice(text) is "," or "and" or "as" or "well")
            {
                at--;
                continue;
            }

            if (SentenceView.MentionEndingAt(document, previousEnd) is not { Label: EntityLabel.Loc } listed)
            {
                break;
            }

            at = TokenSearch.FirstAtOrAfter(tokens, listed.Start, within.FirstToken, within.EndToken);
        }

        // "… plant in Graz": look before the plant noun for "X's", "its" or a verb of running.
        if (at - 2 < within.FirstToken || tokens[at - 1].Slice(text) is not ("in" or "at" or "near"))
        {
            return null;
        }

        int noun = at - 2;
        while (noun > within.FirstToken && noun > at - 5 && !PlantNouns.Contains(tokens[noun].Slice(text)))
        {
            noun--;
        }

        if (!PlantNouns.Contains(tokens[noun].Slice(text)))
        {
            return null;
        }

        if (NamePlantOwner(document, within, noun) is { } modifier)
        {
            return modifier;
        }

        for (int k = noun - 1; k >= within.FirstToken && k >= noun - 4; k--)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(text);
            if (word is "’s" or "'s" && k > within.FirstToken && SentenceView.MentionEndingAt(document, tokens[k - 1].End) is { Label: EntityLabel.Org } possessor
                && !SentenceView.IsFinancierName(possessor.Name))
            {
                return possessor;
            }

            if (word is "its" or "Its" or "runs" or "operates" or "owns" or "has" or "opened" or "built" or "bought" or "acquired")
            {
                // The sentence's subject: its first organisation not after a preposition.
                ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
                int body = tokens[SentenceView.AfterDateline(document, within)].Start;
                for (int o = MentionSearch.FirstStartingAtOrAfter(all, body); o < all.Length && all[o].Start < tokens[k].Start; o++)
                {
                    if (all[o].Label == EntityLabel.Org && !SentenceView.IsFinancierName(all[o].Name) && !AfterPreposition(document, all[o]))
                    {
                        return PossessorsUnitNamed(document, all[o]) ?? all[o];
                    }
                }

                return null;
            }

            if (tokens[k].Kind != Tokenization.TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    // "The plant also assembles …": the last subject where its sentence spoke of a plant or town, else the owner of the plant
    // or town the last sentences spoke of ("Fisker, whose Ocean SUV Magna assembled, filed for bankruptcy. Graz has built …").
    private static EntityMention? PlantSubjectOwner(SentenceView sentence)
    {
        // "… invest $1.2 billion in a cell plant in Karawang through a joint venture named X. The plant …": the venture's plant.
        if (sentence.RecentVenture() is { } venture && SentenceHasPlantNoun(sentence.Document, SentenceIndexOf(sentence.Document, venture.Start)))
        {
            return venture;
        }

        EntityMention? subject = sentence.LastSubjectBefore(notFinancier: true);
        if (subject is not null)
        {
            Tokenization.Sentence said = sentence.Document.Sentences[SentenceIndexOf(sentence.Document, subject.Start)];
            ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
            for (int m = MentionSearch.FirstStartingAtOrAfter(all, said.Start); m < all.Length && all[m].Start < said.End; m++)
            {
                if (all[m].Label == EntityLabel.Facility || (all[m].Label == EntityLabel.Loc && all[m].Entry?.Kind is "city" or null))
                {
                    return subject;
                }
            }

            if (SentenceHasPlantNoun(sentence.Document, SentenceIndexOf(sentence.Document, subject.Start)))
            {
                return subject;
            }
        }

        return RecentPlantOwner(sentence) ?? subject;
    }

    private static bool SentenceHasPlantNoun(Document document, int index)
    {
        Tokenization.Sentence said = document.Sentences[index];
        for (int t = said.FirstToken; t < said.EndToken; t++)
        {
            if (PlantNouns.Contains(document.Tokens[t].Slice(document.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup PhaseOrdinals = new(["first", "second", "third", "initial", "next", "new"]);

    private static readonly SpanLookup PluralPlantNouns = new(["plants", "factories", "sites", "facilities", "gigafactories"]);

    private static readonly SpanLookup CountWords = new(["two", "three", "four", "five", "six", "both"]);

    // "SK On runs three Hungarian plants …": the sentence before counts plants (a number up to three words before a plural
    // plant noun).
    private static bool PreviousSentenceCountsPlants(SentenceView sentence)
    {
        if (sentence.Index == 0)
        {
            return false;
        }

        Document document = sentence.Document;
        Tokenization.Sentence before = document.Sentences[sentence.Index - 1];
        for (int t = before.FirstToken; t < before.EndToken; t++)
        {
            if (!PluralPlantNouns.Contains(document.Tokens[t].Slice(document.Text)))
            {
                continue;
            }

            for (int k = t - 1; k >= before.FirstToken && k >= t - 3; k--)
            {
                ReadOnlySpan<char> word = document.Tokens[k].Slice(document.Text);
                if (CountWords.Contains(word) || (word.Length > 0 && char.IsAsciiDigit(word[0])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "the plant stamped van bodies for …": the owner of the plant or town the last two sentences spoke of, or null.
    private static EntityMention? RecentPlantOwner(SentenceView sentence)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int from = sentence.Index >= 2 ? sentence.Document.Sentences[sentence.Index - 2].Start : 0;
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, sentence.Span.Start) - 1; m >= 0 && all[m].Start >= from; m--)
        {
            if ((all[m].Label == EntityLabel.Facility || (all[m].Label == EntityLabel.Loc && all[m].Entry?.Kind is "city" or null))
                && OwnerOfTown(sentence, all[m]) is { } owner)
            {
                return owner;
            }
        }

        return null;
    }

    private static int SentenceIndexOf(Document document, int offset)
    {
        int lo = 0, hi = document.Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (document.Sentences[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    // "put together", "turns out": a verb of building of two words, at its first word.
    private static bool IsTwoWordBuildVerb(SentenceView sentence, int i) =>
        (sentence.Word(i) is "put" or "puts" or "putting" && sentence.Word(i + 1) is "together")
        || (sentence.Word(i) is "turn" or "turns" or "turned" or "turning" && sentence.Word(i + 1) is "out");

    // The first build verb from a token on, "put together" and "turn out" included.
    private static int NextBuildVerb(SentenceView sentence, int from)
    {
        for (int i = from; i < sentence.End; i++)
        {
            ReadOnlySpan<char> word = sentence.Word(i);
            if (BuildVerbs.Contains(word) || IsTwoWordBuildVerb(sentence, i))
            {
                return i;
            }
        }

        return -1;
    }

    // The first build verb, not a noun ("assembly", "production"), or "turn out".
    private static int FirstBuildVerb(SentenceView sentence)
    {
        for (int i = sentence.First; i < sentence.End; i++)
        {
            ReadOnlySpan<char> word = sentence.Word(i);
            if ((BuildVerbs.Contains(word) && word is not ("assembly" or "production" or "manufacturing" or "Assembly" or "Production" or "Manufacturing"))
                || IsTwoWordBuildVerb(sentence, i)
                || (word is "go" or "goes" or "went" && sentence.Word(i + 1) is "to" or "into" && sentence.Word(sentence.First) is "Its" or "Their"))
            {
                return i;
            }
        }

        return sentence.FindFirst(BuildVerbs, sentence.First, sentence.End);
    }

    private static EntityMention? ImpliedSubject(SentenceView sentence)
    {
        int verb = FirstBuildVerb(sentence);
        if (verb < 0)
        {
            return null;
        }

        // "In the U.S., the Korean automaker will build …", "The Japanese carmaker has …": a description as the subject; a
        // nationality in it picks the company of that country the text named last.
        if (DescribedSubjectBefore(sentence, verb) is { } describedCompany)
        {
            return describedCompany;
        }

        // "The company …", "The plant will assemble …", "The joint venture will build …", "Hordain, in northern France, has built …".
        // "For most of its history the joint venture produced …", "From 2027 the plant will make …": past an opening phrase.
        int subject = SubjectStart(sentence);
        bool plantSubject = sentence.Word(subject) is "The" or "the" && sentence.Word(subject + 1) is "plant" or "factory" or "facility" or "site";
        bool described = sentence.Word(subject) is "The" or "the" && (CompanyDescriptions.Contains(sentence.Word(subject + 1))
            || sentence.Word(subject + 1) is "plant" or "factory" or "venture" or "joint" or "facility" or "site");
        // "The Dharwad plant will also produce …", "Until 2024, the Lumezzane plant also made …": a plant of the company the
        // text is about, named by its town.
        for (int k = sentence.First; !described && k + 1 < verb && k < verb; k++)
        {
            // "…, and the factory will also turn out …", "The existing hall already assembles …"
            int noun = sentence.Word(k + 1) is "existing" or "new" or "converted" or "second" or "first" or "main" or "old" ? k + 2 : k + 1;
            if (sentence.Word(k) is "the" or "The" && PlantNouns.Contains(sentence.Word(noun)) && noun + 1 <= verb && sentence.FindFirst(ForWords, k, verb) < 0)
            {
                described = true;
                break;
            }

            if (k + 2 >= verb)
            {
                continue;
            }

            if (sentence.Word(k) is "the" or "The" && sentence.MentionAt(k + 1) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
            {
                int after = sentence.TokenAt(town.End);
                bool plant = town.Label == EntityLabel.Facility && after <= verb;
                while (after < verb && after < sentence.TokenAt(town.End) + 2 && Entities.Names.NameCues.FacilityModifiers.Contains(sentence.Word(after)))
                {
                    after++;
                }

                plant |= after < verb && PlantNouns.Contains(sentence.Word(after));
                if (plant && !HasOrganizationBefore(sentence, verb))
                {
                    // The company whose plant the text placed in that town before ("Padana runs plants in Lumezzane, …").
                    return OwnerOfTown(sentence, town) ?? sentence.LastSubjectBefore(notFinancier: true);
                }
            }
        }

        EntityMention? subjectTown = null;

        // "The first phase will make prismatic cells for BMW", "The first phase at Ivancsa makes pouch cells for …": a phase of
        // the plant the text spoke of (or of the plant in the town named) stands for the plant.
        if (!described && sentence.Word(sentence.First) is "The" && PhaseOrdinals.Contains(sentence.Word(sentence.First + 1))
            && sentence.Word(sentence.First + 2) is "phase" or "stage" && sentence.First + 3 <= verb)
        {
            described = plantSubject = true;
            if (sentence.Word(sentence.First + 3) is "at" or "in" && sentence.MentionAt(sentence.First + 4) is { Label: EntityLabel.Loc or EntityLabel.Facility } phaseTown)
            {
                subjectTown = phaseTown;
            }
        }

        if (!described && sentence.MentionAt(sentence.First) is { Label: EntityLabel.Loc or EntityLabel.Facility } place
            && sentence.TokenAt(place.End) is var afterPlace && afterPlace < verb && sentence.Word(afterPlace) is "," or "has" or "will" or "is" or "builds" or "makes" or "produces" or "assembles" or "also"
                or "now" or "still" or "already" or "currently" or "then" or "later"
            && (afterPlace + 1 >= verb || sentence.Word(afterPlace) is "," || OnlyFillersBetween(sentence, afterPlace, verb)))
        {
            described = true;
            subjectTown = place;
        }

        // "Kvasiny at least keeps some group work: it assembles …": "it" after a colon stands for the town the clause opened with.
        if (!described && sentence.MentionAt(sentence.First) is { Label: EntityLabel.Loc } openingTown && openingTown.Entry?.Kind is "city"
            && sentence.FindFirst(Colons, sentence.TokenAt(openingTown.End), verb) is >= 0 and var colon && sentence.Word(colon + 1) is "it" && colon + 2 <= verb)
        {
            described = true;
            subjectTown = openingTown;
        }
        bool pronoun = false;
        for (int k = verb - 1; k >= sentence.First && k >= verb - 4; k--)
        {
            if (sentence.Word(k) is "it" or "It")
            {
                pronoun = k == sentence.First || sentence.Word(k - 1) is not ("with" or "of" or "for" or "to" or "by" or "from" or "make" or "makes" or "build" or "builds");
                break;
            }

            if (sentence.MentionAt(k) is not null || sentence.Word(k) is "," or "that" or "which")
            {
                break;
            }
        }

        // "It bought the former GM plant in Lordstown … and assembled the Endurance there": a second verb of "It".
        bool sharedIt = false;
        if (!pronoun && sentence.Word(sentence.First) is "It" && verb - 1 > sentence.First && sentence.Word(verb - 1) is "and")
        {
            pronoun = sharedIt = true;
        }

        // "SK On runs three Hungarian plants, two in Komárom and one in Iváncsa. They make pouch cells for …", "Both make cells
        // exclusively for GM": a plural pronoun opening the clause stands for the plants the sentence before counted.
        bool plantsPronoun = false;
        if (!described && !pronoun && sentence.Word(sentence.First) is "They" or "Both" && OnlyFillersBetween(sentence, sentence.First + 1, verb)
            && PreviousSentenceCountsPlants(sentence))
        {
            pronoun = plantsPronoun = true;
        }

        if (!described && !pronoun)
        {
            return null;
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org && sentence.TokenAt(mention.Start) < verb && !(sharedIt && ModifiesPlant(sentence, mention)))
            {
                return null;
            }
        }

        // "The Thika line has been idle. Until June 2023 it assembled …": "it" is the plant the sentence before opened with.
        // "Ellesmere Port also supplies …": the company the text placed in the town.
        // "The plant also assembles …": the owner of the plant or town the last sentences spoke of.
        if (plantsPronoun)
        {
            return sentence.LastSubjectBefore(notFinancier: true);
        }

        return (subjectTown is not null ? OwnerOfTown(sentence, subjectTown) : null) ?? (pronoun ? PreviousPlantSubjectOwner(sentence) : null)
            ?? (plantSubject ? PlantSubjectOwner(sentence) : null) ?? sentence.LastSubjectBefore(notFinancier: true);
    }

    // The owner of the plant that opens the sentence before ("The Thika line …", "That Saltillo line …", "The Tetouan
    // site …"): the company the text placed in its town; null where that sentence opens otherwise or names a company.
    private static readonly SpanLookup OpeningPrepositions = new(
        ["For", "From", "Since", "Until", "Till", "In", "At", "During", "After", "Before", "Over", "By", "Starting", "Today", "Now", "Currently", "Last", "Next", "This", "Earlier", "Later", "Between"]);

    // Where the subject starts after an opening phrase of time or place with no comma ("For most of its history the joint
    // venture produced …", "From 2027 the Tangier plant will also make …", "In 2019 it built …"): the "the", "The", "it" or
    // "It" that opens the subject; the sentence's first token otherwise. An opening phrase with a comma ends at the comma.
    private static int SubjectStart(SentenceView sentence)
    {
        if (!OpeningPrepositions.Contains(sentence.Word(sentence.First)))
        {
            return sentence.First;
        }

        for (int k = sentence.First + 1; k < sentence.End && k <= sentence.First + 8; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is ",")
            {
                return k + 1 < sentence.End ? k + 1 : sentence.First;
            }

            if (word is "the" or "The" or "it" or "It" && k > sentence.First + 1)
            {
                return k;
            }

            // Not "In Graz, …" read past a name, nor past a verb: the phrase holds only plain words and numbers.
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Person } || BuildVerbs.Contains(word) || IsFiniteVerbLike(word))
            {
                return sentence.First;
            }
        }

        return sentence.First;
    }

    private static EntityMention? PreviousPlantSubjectOwner(SentenceView sentence)
    {
        if (sentence.Index == 0)
        {
            return null;
        }

        Document document = sentence.Document;
        Tokenization.Sentence previous = document.Sentences[sentence.Index - 1];
        int k = SentenceView.AfterDateline(document, previous);
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Tokenization.Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        if (k + 2 >= previous.EndToken)
        {
            return null;
        }

        // "Sandouville, which makes the Trafic …, is preparing for a change. From 2026 it will produce …": a town that opens
        // the sentence before as its subject.
        int opening = MentionSearch.FirstStartingAtOrAfter(all, tokens[k].Start);
        bool bareTown = opening < all.Length && all[opening].Start == tokens[k].Start && all[opening] is { Label: EntityLabel.Loc, Entry.Kind: "city" }
            && TokenSearch.FirstAtOrAfter(tokens, all[opening].End, k, previous.EndToken) is var afterOpening && afterOpening < previous.EndToken
            && (tokens[afterOpening].Slice(text) is "," || SubjectFillers.Contains(tokens[afterOpening].Slice(text)) || BuildVerbs.Contains(tokens[afterOpening].Slice(text)));
        if (!bareTown && tokens[k].Slice(text) is not ("The" or "That" or "This"))
        {
            return null;
        }

        int at = bareTown ? opening : MentionSearch.FirstStartingAtOrAfter(all, tokens[k + 1].Start);
        if (!bareTown && (at >= all.Length || all[at].Start != tokens[k + 1].Start || all[at].Label is not (EntityLabel.Loc or EntityLabel.Facility)))
        {
            return null;
        }

        EntityMention town = all[at];
        int after = TokenSearch.FirstAtOrAfter(tokens, town.End, k, previous.EndToken);
        if (town.Label == EntityLabel.Loc && !bareTown)
        {
            while (after < previous.EndToken && Entities.Names.NameCues.FacilityModifiers.Contains(tokens[after].Slice(text)))
            {
                after++;
            }

            if (after >= previous.EndToken || !PlantNouns.Contains(tokens[after].Slice(text)))
            {
                return null;
            }
        }

        for (int m = at + 1; m < all.Length && all[m].Start < previous.End; m++)
        {
            if (all[m].Label == EntityLabel.Org)
            {
                return null;
            }
        }

        return OwnerOfTown(sentence, town);
    }

    private static readonly SpanLookup SubjectCompanyNouns = new(["carmaker", "automaker", "company", "group", "manufacturer", "maker", "supplier", "firm", "truckmaker", "subsidiary", "assembler", "contractor"]);

    // The company a description standing as the verb's subject means, where the sentence names no company before the verb:
    // "the Korean automaker will build" (the last Korean company named), "the carmaker has also assembled" (the last subject).
    private static EntityMention? DescribedSubjectBefore(SentenceView sentence, int verb)
    {
        int subject = SubjectStart(sentence);
        for (int k = sentence.First; k < verb - 1; k++)
        {
            if (!(k == sentence.First ? sentence.Word(k) is "The" : sentence.Word(k) is "the" && (k == subject || sentence.Word(k - 1) is "," or "and" or "but")))
            {
                continue;
            }

            int noun = k + 1;
            while (noun < verb && noun <= k + 3 && !SubjectCompanyNouns.Contains(sentence.Word(noun)))
            {
                // Lower-case words and nationalities ("the Korean automaker"); DescribedCompany reads the nationality.
                // "The Franconian firm", "the Coburg-based supplier": a regional adjective that names no company.
                if (!Entities.Lexicons.BuiltInLexicons.NationalityCodes.ContainsKey(sentence.Word(noun).ToString())
                    && (sentence.Tokens[noun].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(sentence.Word(noun)[0]))
                    && !(sentence.MentionAt(noun) is null or { Label: EntityLabel.Loc } && sentence.Tokens[noun].Kind == Tokenization.TokenKind.Word
                        && (sentence.Word(noun).EndsWith("-based", StringComparison.Ordinal) || sentence.Word(noun).EndsWith("ian", StringComparison.Ordinal))))
                {
                    break;
                }

                noun++;
            }

            // "The Bursa-based company, which until 2021 assembled the H350 for Hyundai, …": the verb of a relative clause on
            // the description is the description's too.
            bool relative = noun + 2 < verb && sentence.Word(noun + 1) is "," && sentence.Word(noun + 2) is "which" or "that"
                && sentence.FindFirst(Commas, noun + 3, verb) < 0;
            if (noun >= verb || !SubjectCompanyNouns.Contains(sentence.Word(noun)) || !(relative || OnlyFillersBetween(sentence, AfterRelativeClause(sentence, noun + 1), verb)))
            {
                continue;
            }

            foreach (EntityMention mention in sentence.Mentions)
            {
                if (mention.Label == EntityLabel.Org && sentence.TokenAt(mention.Start) < verb)
                {
                    return null;
                }
            }

            return sentence.DescribedCompany(noun);
        }

        return null;
    }

    private static EntityMention? OfCountry(EntityMention? company, string country) =>
        company?.Entry?.Attributes.GetValueOrDefault("country") == country ? company : null;

    // The company of a country (by the lexicon's country) named last before the sentence, or before an offset in it.
    private static EntityMention? LastCompanyOfCountry(SentenceView sentence, string country, int before = -1)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int start = MentionSearch.FirstStartingAtOrAfter(all, before < 0 ? sentence.Span.Start : before) - 1;
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            if (all[m].Label == EntityLabel.Org && all[m].Entry is { } entry && !IsFinancier(all[m])
                && (entry.Attributes.GetValueOrDefault("country") == country))
            {
                return all[m];
            }

            // "keep assembling the Seat Ateca … for the Spanish sister brand": a model's brand of that country.
            if (all[m].Label == EntityLabel.Product && all[m].Entry?.Parent is { } brand
                && Entities.Lexicons.LexiconRecognizer.Default.TryFindEntry(brand, out Entities.Lexicons.LexiconEntry brandEntry)
                && brandEntry.Attributes.GetValueOrDefault("country") == country)
            {
                return new EntityMention(all[m].Start, all[m].End, EntityLabel.Org, brand, 0.6, EntitySource.Lexicon) { Entry = brandEntry };
            }
        }

        return null;
    }

    private static readonly SpanLookup CustomerNouns = new(
        ["carmaker", "automaker", "manufacturer", "brand", "customer", "OEM", "maker", "company", "truckmaker", "carmakers", "developer", "operator", "start-up", "startup",
         "builder", "distributor", "importer", "assembler", "brands", "automakers", "makers", "customers", "manufacturers"]);

    // The brand (by the lexicon) of the last model named in the eight words before the "for" that precedes a customer at
    // <paramref name="at"/>; null where none is named there.
    private static EntityMention? ObjectModelBrandBefore(SentenceView sentence, int at)
    {
        int forAt = at - 1;
        while (forAt > sentence.First && sentence.Word(forAt) is not "for")
        {
            forAt--;
        }

        for (int k = forAt - 1; k >= sentence.First && k >= forAt - 8; k--)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Product } model && sentence.TokenAt(model.End) <= forAt)
            {
                return model.Entry?.Parent is not null ? BrandOf(sentence, model) : null;
            }

            if (sentence.Word(k) is ";" or "for")
            {
                return null;
            }
        }

        return null;
    }

    // A nationality word in the description ("the German brand") agrees with the lexicon's country of the brand, or there is
    // none (or the lexicon does not know the brand's country).
    private static bool DescriptionFitsCountry(SentenceView sentence, int from, int end, EntityMention brand) =>
        brand.Entry?.Attributes.GetValueOrDefault("country") is not { } country || NationalityIn(sentence, from + 1, end) is not { } code || code == country;

    // "for an unnamed European carmaker", "for a Korean carmaker’s European factory": a customer the text describes but
    // does not name, as written without its article.
    private static EntityMention? DescribedCustomerAt(SentenceView sentence, int i)
    {
        i = AfterAside(sentence, i);
        // "makes harnesses for the Melloussa plant", "moulds bumpers for the plant", "for the factory in Porriño": the plant's owner.
        if (sentence.Word(i) is "the" && PlantOwnerAsCustomer(sentence, i) is { } plantOwner)
        {
            return plantOwner;
        }

        // "… for General Motors' pickups, and in Silao it builds carriers for the same customer": the customer named before.
        if (sentence.Word(i) is "the" && sentence.Word(i + 1) is "same" && sentence.Word(i + 2) is "customer" or "carmaker" or "client" or "automaker")
        {
            for (int f = i - 1; f > sentence.First; f--)
            {
                if (sentence.Word(f) is "for" && ActorAt(sentence, f + 1) is { } earlierCustomer)
                {
                    return earlierCustomer;
                }
            }
        }

        // "deliver them to the carmaker": the carmaker the text named last, or described as "a European premium carmaker".
        if (sentence.Word(i) is "the" && sentence.Word(i + 1) is "carmaker" or "automaker" && sentence.MentionAt(i + 2) is null
            && LastCarmakerBefore(sentence, sentence.Tokens[i].Start) is { } plainCarmaker)
        {
            return plainCarmaker;
        }

        // "for the Chinese carmaker": the company named before that the description stands for — of that country, where the
        // lexicon knows the country of a company named before ("… and Mitsubishi Motors agreed that Foxtron will build an SUV
        // for the Japanese brand").
        if (sentence.Word(i) is "the" && DefiniteDescriptionEnd(sentence, i) is > 0 and var descriptionEnd)
        {
            // "the BMW Z4 roadster, which Graz makes for the Munich carmaker", "builds the Porsche Boxster for the sports-car
            // maker": the brand of the model named as the object before "for", unless the description's nationality says otherwise.
            if (ObjectModelBrandBefore(sentence, i) is { } modelBrand && DescriptionFitsCountry(sentence, i, descriptionEnd, modelBrand))
            {
                return modelBrand;
            }

            for (int n = i + 1; n < descriptionEnd; n++)
            {
                if (Entities.Lexicons.BuiltInLexicons.NationalityCodes.TryGetValue(sentence.Word(n).ToString(), out string? code)
                    && (OfCountry(sentence.LastSubjectBefore(notFinancier: true), code) ?? LastCompanyOfCountry(sentence, code, sentence.Tokens[i].Start)) is { } ofCountry)
                {
                    return ofCountry;
                }
            }

            // "for the German group" stands for no company where the text names none of that country.
            if (sentence.Word(descriptionEnd - 1) is "group")
            {
                return null;
            }

            // "deliver them to the carmaker": the carmaker the text named last, or described as "a European premium carmaker".
            if (sentence.Word(descriptionEnd - 1) is "carmaker" or "automaker" && LastCarmakerBefore(sentence, sentence.Tokens[i].Start) is { } carmaker)
            {
                return carmaker;
            }

            return sentence.LastSubjectBefore(notFinancier: true) is { } antecedent && !sentence.Mentions.Exists(m => m.Name == antecedent.Name) ? antecedent
                : MentionSearch.LastBefore(sentence.Document.Entities.AsSpan(), sentence.Span.Start, EntityLabel.Org);
        }

        // "to the Thai subsidiary of a Japanese motorcycle maker", "for the US unit of Toyota": the parent the unit belongs to.
        if (UnitOfParentAt(sentence, i) is { } parent)
        {
            return parent;
        }

        // "for two Japanese brands" (not "several": those the text does not count, it does not name either)
        if (sentence.Word(i) is not ("a" or "an" or "one" or "A" or "An" or "two" or "three" or "four"))
        {
            return null;
        }

        for (int k = i + 1; k < sentence.End && k <= i + 5; k++)
        {
            if (CustomerNouns.Contains(sentence.Word(k)) && k > i + 1)
            {
                // "a Japanese carmaker" without its article; "two Japanese brands" with its number.
                int from = sentence.Tokens[sentence.Word(i) is "two" or "three" or "four" ? i : i + 1].Start, to = sentence.Tokens[k].End;
                return new EntityMention(from, to, EntityLabel.Org, sentence.Document.Text[from..to], 0.5, EntitySource.Pattern);
            }

            // "a commercial van the startup plans": a determiner inside ends the description; "a second German carmaker" keeps its ordinal.
            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || (sentence.MentionAt(k) is { Label: not (EntityLabel.Loc or EntityLabel.Quantity) } && !(k == i + 1 && sentence.MentionAt(k) is { Label: EntityLabel.Ordinal }))
                || sentence.Word(k) is "the" or "a" or "an" or "its" or "their" or "that" or "which" or "of" or "another" or "should" or "would" or "if")
            {
                return null;
            }
        }

        return null;
    }

    // The owner of a plant named as where goods go: "the Melloussa plant" or "the factory in Porriño" (the company the text
    // placed a plant in that town), "the plant" (the plant the text spoke of last); null where the phrase names no plant or
    // its owner is not known.
    private static EntityMention? PlantOwnerAsCustomer(SentenceView sentence, int the)
    {
        int k = the + 1;
        EntityMention? town = null;
        if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } named && sentence.TokenAt(named.Start) == k)
        {
            town = named;
            k = sentence.TokenAt(named.End);
            if (named.Label == EntityLabel.Facility)
            {
                k--;
            }
        }

        if (!(sentence.Word(k) is "plant" or "factory" or "works" or "line" or "assembly" && (sentence.Word(k) is not "assembly" || sentence.Word(k + 1) is "plant" or "line")))
        {
            return null;
        }

        k = sentence.Word(k) is "assembly" ? k + 2 : k + 1;
        if (town is null && sentence.Word(k) is "in" or "at" && sentence.MentionAt(k + 1) is { Label: EntityLabel.Loc } placed)
        {
            town = placed;
        }

        // "casts cylinder blocks for the plant's diesel engines": the plant's goods; not "for the plant's own use", nor "for the
        // Guanajuato factory of a Japanese carmaker" (whose owner the phrase names); nor "production support for the plant":
        // only goods built by a verb go to a plant.
        if ((sentence.Word(k) is "'s" or "’s" && sentence.Word(k + 1) is "own" or "workers" or "employees" or "staff" or "owner" or "owners")
            || sentence.Word(k) is "of" || FirstBuildVerb(sentence) is not (>= 0 and var built)
            || sentence.Word(built) is "production" or "assembly" or "manufacturing" or "Production" or "Assembly" or "Manufacturing" or "deliveries" or "shipments")
        {
            return null;
        }

        return town is not null ? OwnerOfTown(sentence, town) : RecentPlantOwner(sentence);
    }

    // The carmaker a definite "the carmaker" stands for: the last organisation the lexicon knows as a carmaker named within the
    // last three sentences, or the last "a/an … carmaker" description there; null where there is neither.
    private static EntityMention? LastCarmakerBefore(SentenceView sentence, int before)
    {
        Document document = sentence.Document;
        int from = document.Sentences[Math.Max(0, sentence.Index - 3)].Start;
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        EntityMention? named = null;
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, from); m < all.Length && all[m].Start < before; m++)
        {
            if (all[m] is { Label: EntityLabel.Org, Entry.Kind: "carmaker" } && !IsFinancier(all[m]))
            {
                named = all[m];
            }
        }

        // "a European premium carmaker that it did not identify": an indefinite description named after the last carmaker.
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int first = TokenSearch.FirstAtOrAfter(tokens, Math.Max(from, named?.End ?? from));
        for (int k = first; k < tokens.Length && tokens[k].Start < before; k++)
        {
            if (tokens[k].Slice(document.Text) is "a" or "an")
            {
                for (int n = k + 1; n < tokens.Length && n <= k + 4 && tokens[n].Start < before; n++)
                {
                    ReadOnlySpan<char> word = tokens[n].Slice(document.Text);
                    if (word is "carmaker" or "automaker")
                    {
                        int start = tokens[k + 1].Start, end = tokens[n].End;
                        return new EntityMention(start, end, EntityLabel.Org, document.Text[start..end], 0.5, EntitySource.Pattern);
                    }

                    if (tokens[n].Kind != TokenKind.Word)
                    {
                        break;
                    }
                }
            }
        }

        return named;
    }

    private static readonly SpanLookup UnitNouns = new(["subsidiary", "unit", "arm", "affiliate"]);

    // "the Thai subsidiary of a Japanese motorcycle maker", "the US unit of Toyota": a unit (with at most two describing
    // words) of a named or described parent stands for the parent; null otherwise.
    private static EntityMention? UnitOfParentAt(SentenceView sentence, int i)
    {
        if (sentence.Word(i) is not "the")
        {
            return null;
        }

        for (int k = i + 1; k < sentence.End && k <= i + 3; k++)
        {
            if (UnitNouns.Contains(sentence.Word(k)))
            {
                return sentence.Word(k + 1) is "of" && k + 2 < sentence.End && sentence.Word(k + 2) is not "the"
                    ? ActorAt(sentence, k + 2) ?? DescribedCustomerAt(sentence, k + 2) : null;
            }

            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || sentence.MentionAt(k) is { Label: not EntityLabel.Loc })
            {
                return null;
            }
        }

        return null;
    }

    private static readonly SpanLookup BrandNouns = new(["brand", "marque", "label", "division", "badge"]);

    // "makes the Lexus RX for its luxury brand", "has built the Genesis GV70 for the group's luxury brand": the brand of
    // the model named just before "for", where the text calls it the builder's or group's brand.
    private static EntityMention? OwnBrandCustomerAt(SentenceView sentence, int at)
    {
        int k = sentence.Word(at) is "its" ? at + 1
            : sentence.Word(at) is "the" && sentence.Word(at + 1) is "group" or "company" && sentence.Word(at + 2) is "’s" or "'s" ? at + 3 : -1;
        if (k < 0)
        {
            return null;
        }

        if (sentence.Word(k) is "luxury" or "premium" or "upmarket" or "sister" or "performance" or "electric" or "budget" or "youth")
        {
            k++;
        }

        if (!BrandNouns.Contains(sentence.Word(k)))
        {
            return null;
        }

        for (int p = at - 2; p >= sentence.First && p >= at - 8; p--)
        {
            if (sentence.MentionAt(p) is { Label: EntityLabel.Product } model)
            {
                return BrandOf(sentence, model);
            }
        }

        return null;
    }

    // "the Chinese carmaker", "the Korean battery maker": the end of a definite description of a company, or -1.
    private static int DefiniteDescriptionEnd(SentenceView sentence, int the)
    {
        for (int k = the + 1; k < sentence.End && k <= the + 4; k++)
        {
            // "for the Japanese partner", "for the German group": a partner or group only with its nationality.
            if ((CustomerNouns.Contains(sentence.Word(k)) || (sentence.Word(k) is "partner" or "group" && NationalityBefore(sentence, the, k))) && k > the + 1)
            {
                return k + 1;
            }

            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || sentence.MentionAt(k) is { Label: not EntityLabel.Loc })
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool NationalityBefore(SentenceView sentence, int from, int to) => NationalityIn(sentence, from + 1, to) is not null;

    // The country code of the first nationality word in tokens [from, to) ("the Japanese partner" → JP), or null.
    private static string? NationalityIn(SentenceView sentence, int from, int to)
    {
        for (int n = from; n < to; n++)
        {
            if (Entities.Lexicons.BuiltInLexicons.NationalityCodes.TryGetValue(sentence.Word(n).ToString(), out string? code))
            {
                return code;
            }
        }

        return null;
    }

    private static EntityMention? PlantOwnerAt(SentenceView sentence, int i)
    {
        while (i < sentence.End && sentence.Word(i) is "a" or "an" or "the" or "its")
        {
            i++;
        }

        // "at the former Nissan plant": no longer the owner's.
        if (sentence.Word(i) is "former" or "ex")
        {
            return null;
        }

        if (sentence.MentionAt(i) is not { Label: EntityLabel.Org } owner)
        {
            return null;
        }

        int k = sentence.TokenAt(owner.End);
        if (sentence.Word(k) is "’s" or "'s")
        {
            k++;
        }

        // The plant noun may follow the owner directly or after a town or facility name ("Renault's Douai plant").
        // "at GM's Spring Hill, Tennessee, factory": a town and its state may stand between.
        for (int j = k; j < Math.Min(sentence.End, k + 6); j++)
        {
            if (PlantNouns.Contains(sentence.Word(j)) || sentence.MentionAt(j) is { Label: EntityLabel.Facility })
            {
                return owner;
            }
        }

        return null;
    }

    // "Italian-American", "Franco-German": words of nationality joined by hyphens, which name no company.
    private static bool IsDemonym(string name)
    {
        foreach (string part in name.Split('-'))
        {
            if (!Entities.Lexicons.BuiltInLexicons.NationalityCodes.ContainsKey(part) && part is not ("Franco" or "Anglo" or "Sino" or "Indo" or "Italo" or "Russo"))
            {
                return false;
            }
        }

        return true;
    }

    // "supplies axle modules to, among others, a German premium carmaker": past an aside set off by commas right after the
    // preposition.
    private static int AfterAside(SentenceView sentence, int i) =>
        sentence.Word(i) is "," && sentence.Word(i + 1) is "among" && sentence.Word(i + 2) is "others" && sentence.Word(i + 3) is "," ? i + 4 : i;

    private static readonly SpanLookup SupplyNouns = new(["supply", "sourcing", "procurement", "offtake", "off-take"]);

    private static readonly SpanLookup SupplierKinds = new(["supplier", "battery", "chip", "contract-manufacturer"]);

    private static readonly SpanLookup CarmakerKinds = new(["carmaker", "brand", "start-up"]);

    // Of a carmaker and a maker of parts bound by a supply contract, the one that supplies (by the lexicon's kinds; an
    // unlisted company beside a carmaker is taken for the supplier); null when the kinds do not tell.
    private static EntityMention? SupplierOfPair(EntityMention a, EntityMention b)
    {
        static bool Supplier(EntityMention m) => m.Entry?.Kind is { } kind && SupplierKinds.Contains(kind);
        static bool Carmaker(EntityMention m) => m.Entry?.Kind is { } kind && CarmakerKinds.Contains(kind);
        bool aSupplies = Supplier(a) || (Carmaker(b) && !Carmaker(a) && a.Entry is null);
        bool bSupplies = Supplier(b) || (Carmaker(a) && !Carmaker(b) && b.Entry is null);
        return aSupplies == bSupplies ? null : aSupplies ? a : b;
    }

    // The brand of the vehicles named in [from, to): a company before a model ("Fisker's Ocean", "the Mercedes-Benz
    // G-Class") or before a word for vehicles within two words ("Mercedes-Benz compact cars"); null past a comma, a
    // conjunction or a preposition of place.
    private static EntityMention? BrandOfGoods(SentenceView sentence, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (sentence.Word(k) is "," or ";" or "and" or "but" or "which" or "that" or "in" or "at")
            {
                return null;
            }

            if (sentence.MentionAt(k) is not { Label: EntityLabel.Org } brand || sentence.TokenAt(brand.Start) != k)
            {
                continue;
            }

            int after = sentence.TokenAt(brand.End);
            if (sentence.Word(after) is "'s" or "’s")
            {
                after++;
            }

            if (sentence.MentionAt(after) is { Label: EntityLabel.Product } || ModelNouns.Contains(sentence.Word(after)) || VehicleNouns.Contains(sentence.Word(after))
                || ModelNouns.Contains(sentence.Word(after + 1)) || VehicleNouns.Contains(sentence.Word(after + 1)))
            {
                return brand;
            }

            k = after - 1;
        }

        return null;
    }

    // ", which is currently built", ", which were assembled": the comma opening a relative clause whose verb is the passive
    // participle at <paramref name="participle"/>; -1 where the participle is in no such clause.
    private static int RelativeCommaBefore(SentenceView sentence, int participle)
    {
        for (int k = participle - 1; k > sentence.First && k >= participle - 5; k--)
        {
            if (sentence.Word(k) is "which" or "that")
            {
                return sentence.Word(k - 1) is "," ? k - 1 : -1;
            }

            if (sentence.Word(k) is not ("is" or "was" or "are" or "were" or "has" or "have" or "had" or "been" or "be" or "will" or "being") && !sentence.Word(k).EndsWith("ly", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    // The brand of the goods a relative clause hangs on: a model, or a brand before a word for vehicles, in the few words
    // before the comma at <paramref name="comma"/>.
    private static EntityMention? BrandBeforeComma(SentenceView sentence, int comma)
    {
        for (int k = comma - 1; k >= sentence.First && k >= comma - 5; k--)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Product } model)
            {
                return BrandOf(sentence, model);
            }

            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } brand && sentence.TokenAt(brand.End) is var after && after < comma
                && (ModelNouns.Contains(sentence.Word(after)) || VehicleNouns.Contains(sentence.Word(after)) || sentence.Word(after) is "'s" or "’s"
                    || UnlistedModelName(sentence, after)))
            {
                return brand;
            }

            if (sentence.Word(k) is "," or ";" or "and" or "which" or "that")
            {
                return null;
            }
        }

        return null;
    }

    // The brand of goods named between two tokens: a brand before a model or a word for vehicles, else the brand of the
    // first model named.
    private static EntityMention? GoodsBrand(SentenceView sentence, int from, int to)
    {
        if (BrandOfGoods(sentence, from, to) is { } brand)
        {
            return brand;
        }

        for (int k = from; k < to; k++)
        {
            if (sentence.Word(k) is "," or ";" or "and" or "but" or "which" or "that" or "in" or "at" or "for")
            {
                return null;
            }

            if (sentence.MentionAt(k) is { Label: EntityLabel.Product } model)
            {
                return BrandOf(sentence, model);
            }
        }

        return null;
    }

    // The company whose name opens the goods at <paramref name="at"/>, past an article: "GM's vans", "the Chevrolet Express";
    // null where the goods open otherwise.
    private static EntityMention? CompanyOfGoodsAt(SentenceView sentence, int at)
    {
        at = sentence.Word(at) is "the" or "a" or "an" ? at + 1 : at;
        return sentence.MentionAt(at) is { Label: EntityLabel.Org } company && sentence.TokenAt(company.Start) == at
            && sentence.TokenAt(company.End) is var after && after < sentence.End && sentence.Tokens[after].Kind is TokenKind.Word or TokenKind.Clitic ? company : null;
    }

    // "has partnered with", "teamed up with", "signed a deal with", "an agreement with": a word of partnering right before
    // "with" (token <paramref name="with"/>), a particle or an adjective between.
    private static bool PartneringBefore(SentenceView sentence, int with)
    {
        int k = with - 1;
        if (k >= sentence.First && sentence.Word(k) is "up" or "forces")
        {
            k--;
        }

        if (k >= sentence.First && sentence.Word(k) is "partnered" or "teamed" or "tied" or "allied" or "joined" or "agreement" or "deal" or "contract" or "pact" or "partnership"
            or "alliance" or "memorandum" or "MoU" or "MOU" or "accord")
        {
            return true;
        }

        return false;
    }

    // The company named right after "at" (token <paramref name="at"/>) where a passive participle of building comes just
    // before: "will be built at Magna Steyr", "is now assembled at Inokom"; null otherwise.
    private static EntityMention? CompanyAsPlaceAt(SentenceView sentence, int at) =>
        BuiltParticipleBefore(sentence, at) && sentence.MentionAt(at + 1) is { Label: EntityLabel.Org } company && sentence.TokenAt(company.Start) == at + 1
            ? company : null;

    // "will be built at", "is already assembled at": a participle of building right before (an adverb between) and a form
    // of "be" before it.
    private static bool BuiltParticipleBefore(SentenceView sentence, int at)
    {
        int k = at - 1;
        if (k > sentence.First && sentence.Word(k).EndsWith("ly", StringComparison.Ordinal))
        {
            k--;
        }

        if (k <= sentence.First || !BuildVerbs.Contains(sentence.Word(k)) || !(sentence.Word(k).EndsWith("ed", StringComparison.Ordinal) || sentence.Word(k) is "built" or "made"))
        {
            return false;
        }

        // "is now assembled", "will also be built".
        int be = k - 1;
        if (be > sentence.First && sentence.Word(be) is "now" or "already" or "also" or "still" or "currently" or "soon" or "then")
        {
            be--;
        }

        return sentence.Word(be) is "be" or "is" or "are" or "was" or "were" or "been" or "being";
    }

    // Whether "to" follows a name, past a bracketed aside: the name is the goods of "supply X to Y".
    private static bool GoodsBeforeTo(SentenceView sentence, EntityMention name)
    {
        int k = sentence.TokenAt(name.End);
        if (sentence.Word(k) is "(")
        {
            for (int close = k + 1; close < Math.Min(sentence.End, k + 12); close++)
            {
                if (sentence.Word(close) is ")")
                {
                    k = close + 1;
                    break;
                }
            }
        }

        return sentence.Word(k) is "to";
    }

    private static EntityMention? ActorAt(SentenceView sentence, int i)
    {
        i = AfterAside(sentence, i);
        // "with the likes of BMW and VW", "for companies such as Audi": the names the phrase leads to.
        if (sentence.Word(i) is "the" && sentence.Word(i + 1) is "likes" && sentence.Word(i + 2) is "of")
        {
            i += 3;
        }

        // "for customers including Volkswagen", "for carmakers such as BMW": the names the phrase leads to.
        if (sentence.Word(i) is "customers" or "clients" or "carmakers" or "automakers" or "brands" or "companies" or "manufacturers")
        {
            int listed = sentence.Word(i + 1) is "including" or "like" ? i + 2 : sentence.Word(i + 1) is "such" && sentence.Word(i + 2) is "as" ? i + 3 : -1;
            if (listed > 0 && sentence.MentionAt(listed) is { Label: EntityLabel.Org } first && sentence.TokenAt(first.Start) == listed)
            {
                return first;
            }
        }

        int opened = i;
        while (i < sentence.End && sentence.Word(i) is "the" or "The" or "its" or "a" or "an")
        {
            i++;
        }

        bool determiner = i > opened;

        // "for Italian start-up Lumina Bus", "by Finnish engineering firm Koski", "for Delhi-based Kartex Logistics".
        if (sentence.SkipCompanyDescription(i) is var described0 && described0 != i)
        {
            return sentence.MentionAt(described0);
        }

        // "for bus builder Alexander Dennis", "for sister brand Cupra": a short lower-case description before the name.
        int k = i;
        while (k < sentence.End && k - i < 3 && sentence.MentionAt(k) is null && sentence.Tokens[k].Kind == Tokenization.TokenKind.Word
            && Text.CharClass.IsLower(sentence.Word(k)[0]) && sentence.Word(k) is not ("by" or "from" or "to" or "in" or "at" or "with" or "for" or "of" or "on" or "and" or "or"
                or "that" or "which" or "who" or "whose" or "using" or "including" or "while"))
        {
            k++;
        }

        if (k > i && sentence.MentionAt(k) is { Label: EntityLabel.Org } described)
        {
            return described;
        }

        // "for its former owner, Mercedes-Benz": the name set off after a description of a company.
        if (k > i && sentence.Word(k) is "," && (sentence.Word(k - 1) is "owner" or "parent" or "partner" || CompanyDescriptions.Contains(sentence.Word(k - 1)))
            && sentence.MentionAt(k + 1) is { Label: EntityLabel.Org } setOff && sentence.TokenAt(setOff.Start) == k + 1)
        {
            return setOff;
        }

        // "for bus builder Alexander Dennis": after a company noun, a name that looks like a person's is a company's.
        if (k > i && CompanyDescriptions.Contains(sentence.Word(k - 1)) && sentence.MentionAt(k) is { Label: EntityLabel.Person } named)
        {
            return new EntityMention(named.Start, named.End, EntityLabel.Org, named.Name, named.Confidence, named.Source);
        }

        // Not "the Citadine city car": a name before a word for a vehicle names a model. Not "for the Volt": one unlisted word
        // after a determiner names a model, not a company.
        if (sentence.MentionAt(i) is null && sentence.UnlistedNameAt(i) is { } unlisted && !VehicleWords.Contains(sentence.Word(sentence.TokenAt(unlisted.End)))
            && !(determiner && sentence.TokenAt(unlisted.End) == i + 1)
            && !IsDemonym(unlisted.Name)
            && sentence.Word(sentence.TokenAt(unlisted.End)) is not ("markets" or "customers" or "buyers" or "consumers" or "drivers" or "fleets" or "market")
            // Not "for North American Mustang Mach-E models": words before a model describe it.
            && sentence.MentionAt(sentence.TokenAt(unlisted.End)) is not { Label: EntityLabel.Product })
        {
            return unlisted;
        }

        // Not "the Geely-controlled Swedish brand", "Tata-owned Jaguar Land Rover": a name inside a compound of ownership
        // describes the company named or described after it.
        if (sentence.MentionAt(i) is { Label: EntityLabel.Org } owner && InsideWord(sentence, owner) && OwnershipCompound(sentence, owner))
        {
            return ActorAt(sentence, i + 1);
        }

        // "to Mercedes-Benz parent company Daimler", "for Jeep owner Stellantis": the parent named after the brand.
        if (sentence.MentionAt(i) is { Label: EntityLabel.Org } brand && sentence.TokenAt(brand.End) is var afterBrand
            && sentence.Word(afterBrand) is "parent" or "owner" or "maker"
            && (sentence.Word(afterBrand + 1) is "company" or "group" ? afterBrand + 2 : afterBrand + 1) is var parentAt
            && sentence.MentionAt(parentAt) is { Label: EntityLabel.Org } parent && sentence.TokenAt(parent.Start) == parentAt)
        {
            return parent;
        }

        return sentence.MentionAt(i) is { Label: EntityLabel.Org } mention ? mention : null;
    }

    private static readonly SpanLookup AwardNouns = new(["business", "contract", "contracts", "order", "orders"]);

    private static readonly SpanLookup ToWords = new(["to"]);

    // "… for lithium-ion battery cells", "… for the supply of axles": "for" right after a partner, then goods in lower case.
    private static bool GoodsForAfter(SentenceView sentence, int at) =>
        sentence.Word(at) is "for" && at + 1 < sentence.End && sentence.MentionAt(at + 1) is null && sentence.Tokens[at + 1].Kind == TokenKind.Word
        && sentence.Word(at + 1) is { Length: > 0 } first && char.IsLower(first[0]) && first is not ("the" or "a" or "an" or "its" or "their" or "up" or "years" or "research" or "development");

    // "a Suzuki-badged version", "a Mazda-branded pickup": within the few words of an object, a brand joined to "-badged" or
    // "-branded".
    private static EntityMention? BadgedBrandAfter(SentenceView sentence, int at)
    {
        for (int k = at; k < sentence.End && k <= at + 3; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } brand && InsideWord(sentence, brand))
            {
                int token = sentence.TokenAt(brand.Start);
                ReadOnlySpan<char> rest = sentence.Word(token)[(brand.End - sentence.Tokens[token].Start)..];
                return rest is "-badged" or "-branded" ? brand : null;
            }

            if (sentence.Word(k) is "for" or "to" or "at" or "in" or "," or "." or "by")
            {
                return null;
            }
        }

        return null;
    }

    // A company in a list of buyers: the name at the token, or the parent a brand is described by ("Mercedes-Benz parent
    // company Daimler").
    private static EntityMention? ListedBuyerAt(SentenceView sentence, int at)
    {
        if (sentence.MentionAt(at) is not { Label: EntityLabel.Org } listed)
        {
            return null;
        }

        return sentence.Word(sentence.TokenAt(listed.End)) is "parent" or "owner" ? ActorAt(sentence, at) : listed;
    }

    // "Geely-controlled", "Tata-owned", "state-backed": the rest of the word after a name is a participle of ownership.
    private static bool OwnershipCompound(SentenceView sentence, EntityMention name)
    {
        int token = sentence.TokenAt(name.Start);
        ReadOnlySpan<char> rest = sentence.Word(token)[(name.End - sentence.Tokens[token].Start)..];
        return rest is "-controlled" or "-owned" or "-backed" or "-led" or "-funded" or "-majority-owned";
    }

    // "for Ultium Cells, GM's cell-making partnership with LG": a possessive that opens a description of the customer just
    // named (a lower-case noun phrase after "'s"), no second customer.
    private static bool PossessiveApposition(SentenceView sentence, int at, EntityMention possessor)
    {
        int after = sentence.TokenAt(possessor.End);
        if (sentence.TokenAt(possessor.Start) != at || sentence.Word(after) is not ("’s" or "'s"))
        {
            return false;
        }

        for (int k = after + 1; k < sentence.End && k <= after + 4; k++)
        {
            // "Scania's Czech subsidiary": a nationality or place may describe it too.
            bool describing = Entities.Lexicons.BuiltInLexicons.NationalityCodes.ContainsKey(sentence.Word(k).ToString()) || sentence.MentionAt(k) is { Label: EntityLabel.Loc };
            if (!describing && (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || sentence.MentionAt(k) is not null || !Text.CharClass.IsLower(sentence.Word(k)[0])))
            {
                return false;
            }

            if (sentence.Word(k) is "partnership" or "venture" or "subsidiary" or "unit" or "arm" or "affiliate" or "division" or "partner" or "supplier")
            {
                return true;
            }
        }

        return false;
    }

    // "…, while a Korean cathode maker that did not want to be named has agreed to supply cathode material to EVE": an
    // unnamed maker that opens the verb's clause, as written without its article; null where the clause opens otherwise or
    // names a company before the verb.
    private static EntityMention? DescribedMakerOfClause(SentenceView sentence, int verb)
    {
        int start = sentence.First;
        for (int k = verb - 1; k > sentence.First; k--)
        {
            if (sentence.Word(k) is "while" or "whereas" && sentence.Word(k - 1) is ",")
            {
                start = k + 1;
                break;
            }
        }

        if (sentence.Word(start) is not ("a" or "an" or "A" or "An"))
        {
            return null;
        }

        for (int k = start + 1; k < verb && k <= start + 4; k++)
        {
            if (SubjectCompanyNouns.Contains(sentence.Word(k)) && k > start + 1)
            {
                for (int o = k + 1; o < verb; o++)
                {
                    if (sentence.MentionAt(o) is { Label: EntityLabel.Org })
                    {
                        return null;
                    }
                }

                int from = sentence.Tokens[start + 1].Start, to = sentence.Tokens[k].End;
                return new EntityMention(from, to, EntityLabel.Org, sentence.Document.Text[from..to], 0.5, EntitySource.Pattern);
            }

            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || sentence.MentionAt(k) is { Label: not EntityLabel.Loc }
                || !(Text.CharClass.IsLower(sentence.Word(k)[0]) || Entities.Lexicons.BuiltInLexicons.NationalityCodes.ContainsKey(sentence.Word(k).ToString())))
            {
                return null;
            }
        }

        return null;
    }

    private static int ForIndex(SentenceView sentence, int from)
    {
        for (int i = from; i + 1 < sentence.End && i < from + 10; i++)
        {
            if (sentence.Word(i) is "for" && ActorAt(sentence, i + 1) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    // The organisation nearest before a verb that is not a partner or owner mentioned in passing ("its joint venture with Stellantis").
    private static EntityMention? SubjectBefore(SentenceView sentence, int verb, EntityMention exclude)
    {
        // "PSA will supply Toyota with a van from its plant in Vigo, which has started producing …": the relative clause
        // speaks of the plant of the sentence's subject, not of the object named between.
        if (OwnPlantRelativeOwner(sentence, verb) is { } plantOwner && plantOwner.Name != exclude.Name)
        {
            return plantOwner;
        }

        EntityMention? found = null;
        EntityMention? beforeApposition = null;
        foreach (EntityMention mention in sentence.Mentions)
        {
            int token = sentence.TokenAt(mention.Start);
            if (token >= verb)
            {
                break;
            }

            // "… come from CATL’s factory, which will make cells for BMW": a plant's owner builds, whatever precedes it.
            int afterMention = sentence.TokenAt(mention.End);
            // "Volkswagen's Bratislava plant, which assembles …": up to two words between the possessive and the plant.
            bool ownsPlant = (sentence.Word(afterMention) is "’s" or "'s"
                && (PlantNouns.Contains(sentence.Word(afterMention + 1)) || PlantNouns.Contains(sentence.Word(afterMention + 2)) || PlantNouns.Contains(sentence.Word(afterMention + 3))))
                // "The Graz plant of Magna Steyr builds …", "The Szeged plant, which belongs to Pardus, produces …".
                || PlantOwnerPhrase(sentence, token);
            // Not "It bought the former General Motors plant in Lordstown and assembled …": a name that modifies a plant noun.
            bool modifiesPlant = ModifiesPlant(sentence, mention);
            // Not "Batilly builds the Master and its Nissan twin, the Interstar": a brand after a possessive determiner names
            // a model, not who builds.
            bool modifiesNoun = token > sentence.First && sentence.Word(token - 1) is "its" or "their"
                && (TwinNouns.Contains(sentence.Word(afterMention)) || sentence.Word(afterMention) is "version" or "versions" or "model" or "models");
            if (mention.Label == EntityLabel.Org && mention.Name != exclude.Name && !modifiesPlant && !modifiesNoun
                && (ownsPlant || !(token > sentence.First && sentence.Word(token - 1) is "with" or "of" or "from" or "to" or "by" or "(" or "for")) && !sentence.IsDescribedObjectOfPreposition(token)
                && (ownsPlant || !CoordinatedPrepositionObject(sentence, token)))
            {
                found = mention;

                // "Ford Otosan, a joint venture between Ford and Koç Holding, builds …": the name before the apposition.
                if (sentence.Word(sentence.TokenAt(mention.End)) is "," && beforeApposition is null)
                {
                    beforeApposition = mention;
                }
            }
        }

        return beforeApposition is not null && found is not null && found != beforeApposition
            && sentence.FindFirst(Commas, sentence.TokenAt(found.End), verb) >= 0 ? beforeApposition : found;
    }

    // "Talvik Industries' electric tractor": an apostrophe alone after a name ending in "s", a lower-case word or a model after.
    private static bool BareApostrophePossessive(SentenceView sentence, EntityMention name)
    {
        int after = sentence.TokenAt(name.End);
        return after + 1 < sentence.End && sentence.Word(after) is "'" or "’" && sentence.Tokens[after].Start == name.End
            && sentence.Word(after - 1) is { Length: > 1 } last && last[^1] is 's'
            && (sentence.MentionAt(after + 1) is { Label: EntityLabel.Product } || (sentence.Word(after + 1) is { Length: > 0 } next && char.IsLower(next[0])));
    }

    // "the roadster of Pardus Automotive", "the compact sedan of Brightwater", "the electric city car of Mistral": one to three
    // lower-case words ending in a word for vehicles, then "of" and a company: the token of the company, or -1.
    private static int GoodsOfOwnerAt(SentenceView sentence, int at)
    {
        for (int k = at; k < sentence.End && k <= at + 5; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "of")
            {
                // "the electric truck of Swiss start-up Wattway": past a short description of the owner.
                int name = sentence.SkipCompanyDescription(k + 1);
                return k > at && Entities.Names.NameCues.ProductNouns.Contains(sentence.Word(k - 1))
                    && sentence.MentionAt(name) is { Label: EntityLabel.Org } owner && sentence.TokenAt(owner.Start) == name ? name : -1;
            }

            // "the 19-tonne electric distribution truck of …": a measure before the noun.
            if (k == at && word.Length > 0 && char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word || word.Length == 0 || !char.IsLower(word[0]) || sentence.MentionAt(k) is not null)
            {
                return -1;
            }
        }

        return -1;
    }

    // "the Graz plant of Magna Steyr", "the factory of Pardus", "the Szeged plant, which belongs to Pardus", "the plant, owned
    // by Pardus,": a name (at <paramref name="token"/>) that says whose the plant just before it is.
    private static bool PlantOwnerPhrase(SentenceView sentence, int token)
    {
        if (token - 2 < sentence.First)
        {
            return false;
        }

        if (sentence.Word(token - 1) is "of")
        {
            return PlantNouns.Contains(sentence.Word(token - 2));
        }

        if (!((sentence.Word(token - 1) is "to" && sentence.Word(token - 2) is "belongs" or "belonged" or "belonging")
            || (sentence.Word(token - 1) is "by" && sentence.Word(token - 2) is "owned" or "run" or "operated")))
        {
            return false;
        }

        for (int k = token - 3; k >= sentence.First && k >= token - 6; k--)
        {
            if (PlantNouns.Contains(sentence.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // The subject of the sentence where the verb opens a relative clause ("which", "that") on "its/their [new] plant …" (past
    // a place apposition): the plant is the subject's. Null otherwise.
    private static EntityMention? OwnPlantRelativeOwner(SentenceView sentence, int verb)
    {
        int relative = -1;
        for (int k = verb - 1; k >= sentence.First && k >= verb - 6; k--)
        {
            if (sentence.Word(k) is "which" or "that")
            {
                relative = k;
                break;
            }
        }

        if (relative < 0)
        {
            return null;
        }

        for (int k = relative - 1; k > sentence.First && k >= relative - 10; k--)
        {
            if (PlantNouns.Contains(sentence.Word(k)) && (sentence.Word(k - 1) is "its" or "their" || (k - 2 >= sentence.First && sentence.Word(k - 2) is "its" or "their")))
            {
                int its = sentence.Word(k - 1) is "its" or "their" ? k - 1 : k - 2;
                foreach (EntityMention mention in sentence.Mentions)
                {
                    int at = sentence.TokenAt(mention.Start);
                    if (at >= its)
                    {
                        return null;
                    }

                    // The sentence's subject: the first organisation, not the object of a preposition.
                    if (mention.Label == EntityLabel.Org && !(at > sentence.First && sentence.Word(at - 1) is "with" or "of" or "from" or "to" or "by" or "for" or "in"))
                    {
                        return mention;
                    }
                }

                return null;
            }
        }

        return null;
    }

    // "the L-H Battery venture, owned by Honda and LG Energy Solution, will supply …": the second of two names joined after a
    // preposition is its object too, not a subject.
    // "a project of EcoPro BM, SK On and Ford": every name of a list joined by "and" after a preposition.
    private static bool CoordinatedPrepositionObject(SentenceView sentence, int token)
    {
        bool joined = sentence.Word(token - 1) is "and"
            || (sentence.MentionAt(token) is { } self && sentence.Word(sentence.TokenAt(self.End)) is "and" && sentence.MentionAt(sentence.TokenAt(self.End) + 1) is { Label: EntityLabel.Org });
        int k = token - 1;
        int steps = 0;
        while (k - 1 >= sentence.First && sentence.Word(k) is "and" or "," && sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } previous)
        {
            joined |= sentence.Word(k) is "and";
            k = sentence.TokenAt(previous.Start) - 1;
            steps++;
        }

        return joined && steps > 0 && k >= sentence.First && sentence.Word(k) is "by" or "with" or "of" or "from" or "to" or "for" or "between";
    }

    private static readonly SpanLookup OwnWords = new(["own"]);

    // "under a contract assembly deal with", "under an agreement with", "under a long-term contract with": the "with" after
    // "under" and a noun of agreement (a few describing words between), or -1.
    private static int DealWithAfter(SentenceView sentence, int under)
    {
        bool agreement = false;
        for (int k = under + 1; k < sentence.End && k <= under + 6; k++)
        {
            if (sentence.Word(k) is "with")
            {
                return agreement ? k : -1;
            }

            agreement |= sentence.Word(k) is "contract" or "agreement" or "deal" or "licence" or "license" or "arrangement" or "partnership";
            if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != TokenKind.Word || !char.IsLower(sentence.Word(k)[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Mazda sells a version of the Yaris Hybrid": the subject of a verb of selling whose object is a version of the model.
    private static EntityMention? VersionSeller(SentenceView sentence, EntityMention model, EntityMention maker)
    {
        int at = sentence.TokenAt(model.Start);
        int k = sentence.Word(at - 1) is "the" ? at - 2 : at - 1;
        if (k - 1 < sentence.First || sentence.Word(k) is not "of" || sentence.Word(k - 1) is not ("version" or "versions" or "variant" or "twin"))
        {
            return null;
        }

        int verb = k - 2;
        while (verb >= sentence.First && verb >= k - 5 && !SellVerbs.Contains(sentence.Word(verb)))
        {
            verb--;
        }

        return verb >= sentence.First && SellVerbs.Contains(sentence.Word(verb)) && SubjectBefore(sentence, verb, maker) is { } seller
            && seller.Name != maker.Name && !SameGroup(seller, maker) ? seller : null;
    }

    // ", Brightwater EV said": the company of a trailing attribution, other than the one excluded.
    private static EntityMention? TrailingSayer(SentenceView sentence, EntityMention exclude)
    {
        int end = sentence.Word(sentence.End - 1) is "." ? sentence.End - 1 : sentence.End;
        int said = end - 1;
        if (said - 2 < sentence.First || sentence.Word(said) is not ("said" or "says" or "announced" or "confirmed"))
        {
            return null;
        }

        return sentence.MentionAt(said - 1) is { Label: EntityLabel.Org } sayer && sayer.Name != exclude.Name && sentence.TokenAt(sayer.Start) is var at
            && at - 1 >= sentence.First && sentence.Word(at - 1) is "," ? sayer : null;
    }

    // The comma that ends a prepositional phrase opening the sentence ("At this year's IAA Mobility Show,", "In a deal with
    // Ford,"), or the sentence's first token where none opens it.
    private static int OpeningPhraseEnd(SentenceView sentence)
    {
        // Not "After Isuzu ended its own car production, it was supplied …": words that open clauses as well as phrases.
        if (sentence.Word(sentence.First) is not ("At" or "In" or "On" or "During" or "Besides" or "Alongside" or "Unlike"))
        {
            return sentence.First;
        }

        for (int k = sentence.First + 1; k < sentence.End && k <= sentence.First + 12; k++)
        {
            if (sentence.Word(k) is ",")
            {
                return k;
            }
        }

        return sentence.First;
    }

    private static EntityMention? ActorBefore(SentenceView sentence, int before, EntityMention exclude, bool nearest = false, bool skipAgents = false)
    {
        EntityMention? found = null;
        // "At this year's IAA Mobility Show, GAC announced that its Aion V will be built at Magna Steyr": a name inside a
        // prepositional phrase that opens the sentence is no party.
        int opening = OpeningPhraseEnd(sentence);
        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (at >= before)
            {
                break;
            }

            if (at < opening)
            {
                continue;
            }

            // "assembled by Valmet …, and its cells are supplied by CATL": another passive's agent is not the customer.
            if (skipAgents && at > sentence.First && sentence.Word(at - 1) is "by")
            {
                continue;
            }

            if (mention.Label == EntityLabel.Org && mention.Name != exclude.Name && !SameGroup(mention, exclude))
            {
                found = nearest || found is null ? mention : found;
            }
        }

        return found;
    }

    // "the Qingyun Q7", "the Norvik N7 SUV": after a brand, a word the lexicon does not know that carries a digit or a
    // capital and ends the noun phrase (or comes before a word for vehicles) is the brand's model. Not "the Qingyun plant".
    private static bool UnlistedModelName(SentenceView sentence, int at, SpanLookup? alsoBefore = null)
    {
        if (at >= sentence.End || sentence.MentionAt(at) is not null || sentence.Tokens[at].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> word = sentence.Word(at);
        if (word.Length == 0 || !(char.IsUpper(word[0]) || word.IndexOfAnyInRange('0', '9') >= 0) || PlantNouns.Contains(word) || Entities.Names.NameCues.CompanyDescriptors.Contains(word))
        {
            return false;
        }

        int next = at + 1;
        if (next < sentence.End && sentence.Tokens[next].Kind is TokenKind.Number or TokenKind.Word && sentence.MentionAt(next) is null
            && sentence.Word(next) is { Length: > 0 } second && second.IndexOfAnyInRange('0', '9') >= 0 && char.IsDigit(second[0]))
        {
            next++;
        }

        return next >= sentence.End || ModelNouns.Contains(sentence.Word(next)) || Entities.Names.NameCues.ProductNouns.Contains(sentence.Word(next))
            || sentence.Word(next) is "for" or "at" or "in" or "from" or "," or "." or "and" or "under" or "on" or "alongside" or "with" or ";"
            || (alsoBefore is not null && alsoBefore.Contains(sentence.Word(next)));
    }

    // "builds the Puma and …": capitalised words right after the verb and an article, that no mention covers — a model the
    // lexicons do not know; an empty span where there is none.
    private static TextSpan UnlistedModelAfter(SentenceView sentence, int verb)
    {
        int k = verb + 1;
        if (k < sentence.End && sentence.Word(k) is "the")
        {
            k++;
        }

        // "the Qingyun Q7 SUV": a brand and a model the lexicon does not know.
        if (k < sentence.End && sentence.Word(k - 1) is "the" && sentence.MentionAt(k) is { Label: EntityLabel.Org } brand && sentence.TokenAt(brand.Start) == k
            && sentence.TokenAt(brand.End) is var modelAt && UnlistedModelName(sentence, modelAt))
        {
            int last = modelAt + 1 < sentence.End && sentence.MentionAt(modelAt + 1) is null && sentence.Word(modelAt + 1) is { Length: > 0 } number && char.IsDigit(number[0]) ? modelAt + 1 : modelAt;
            return new TextSpan(brand.Start, sentence.Tokens[last].End);
        }

        int start = k;
        while (k < sentence.End && k < start + 3 && sentence.Tokens[k].Kind == TokenKind.Word && sentence.Word(k) is { Length: > 1 } word
            && char.IsUpper(word[0]) && sentence.MentionAt(k) is null)
        {
            k++;
        }

        return k > start && sentence.Word(start - 1) is "the" ? new TextSpan(sentence.Tokens[start].Start, sentence.Tokens[k - 1].End) : default;
    }

    // The goods a build verb takes when no model names them: "makes cylindrical cells for BMW", "will assemble battery packs
    // for …", "casts rear underbody structures at Landshut". Not a pronoun ("builds them for …"), a company ("supplies
    // Nissan with …") or a nominal verb ("production of …"); at most eight words, up to the preposition that ends them.
    private static string? ObjectPhrase(Document document, SentenceView sentence, int verb)
    {
        if (verb < sentence.First || verb >= sentence.End || !BuildVerbs.Contains(sentence.Word(verb))
            || sentence.Word(verb) is "production" or "assembly" or "manufacturing" or "Production" or "Assembly" or "Manufacturing" or "deliveries" or "shipments"
                or "supply" or "source" or "sourced" or "sources" or "sourcing" or "sold" or "sell" or "sells" or "marketed")
        {
            return null;
        }

        int start = verb + 1;
        // "paints and assembles bodies": the object of the verbs joined.
        if (sentence.Word(start) is "and" or "or" && BuildVerbs.Contains(sentence.Word(start + 1)))
        {
            start += 2;
        }

        while (start < sentence.End && sentence.Word(start) is "the" or "a" or "an" or "its" or "their")
        {
            start++;
        }

        for (int k = start; k < sentence.End && k < start + 8; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "for" or "to" or "at" or "in" or "on" or "from" or "under" or "," or "." or ";")
            {
                return k > start && sentence.Word(k - 1) is not ("and" or "or")
                    ? document.Slice(new TextSpan(sentence.Tokens[start].Start, sentence.Tokens[k - 1].End)).ToString() : null;
            }

            bool wordLike = sentence.Tokens[k].Kind is TokenKind.Word or TokenKind.Number;
            if (!wordLike || sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Person or EntityLabel.Loc }
                || word is "them" or "it" or "those" or "these" or "this" or "that" or "which" or "who" or "with" or "by" or "as" or "more" or "up" or "out"
                || (word is "and" or "or" && !(k + 1 < sentence.End && sentence.Word(k + 1) is { Length: > 0 } next && char.IsLower(next[0]))))
            {
                return null;
            }
        }

        return null;
    }

    // The model the deal is about: the first one whose brand is the customer ("builds the EX90 and the Polestar 3 for
    // Polestar" → Polestar 3), else the first that is not the manufacturer's own, else the first named.
    private static EntityMention? CustomersProduct(SentenceView sentence, EntityMention customer, EntityMention manufacturer)
    {
        EntityMention? first = null;
        EntityMention? notMakers = null;
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label != EntityLabel.Product)
            {
                continue;
            }

            first ??= mention;
            string? brand = BrandOf(sentence, mention)?.Name;
            if (brand is not null && SameParty(brand, customer.Name))
            {
                return mention;
            }

            if (notMakers is null && (brand is null || !SameParty(brand, manufacturer.Name)))
            {
                notMakers = mention;
            }
        }

        return notMakers ?? first;
    }

    private static EntityMention? ProductIn(SentenceView sentence)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Product && !OwnModel(sentence, mention))
            {
                return mention;
            }
        }

        return null;
    }

    // "is built", "was being assembled" — not "is building", which is active.
    private static bool IsPassive(SentenceView sentence, int verb) =>
        verb > sentence.First && !sentence.Word(verb).EndsWith("ing", StringComparison.Ordinal)
        && (PassiveAuxiliaries.Contains(sentence.Word(verb - 1)) || (verb - 1 > sentence.First && PassiveAuxiliaries.Contains(sentence.Word(verb - 2))));

    // The model built, with the organisation whose model it is: the brand named before it, or the lexicon's brand.
    private static (EntityMention Product, EntityMention Brand)? ProductAfter(SentenceView sentence, int verb)
    {
        for (int t = verb + 1; t < Math.Min(sentence.End, verb + 8); t++)
        {
            // "has turned out the Nissan Livina": a brand and a model name the lexicons do not know.
            if (sentence.MentionAt(t) is { Label: EntityLabel.Org, Entry.Kind: "brand" or "carmaker" or "start-up" } brandName && t > verb + 1 && sentence.Word(t - 1) is "the" or "a"
                && sentence.TokenAt(brandName.End) is var model && model < sentence.End && sentence.MentionAt(model) is null && sentence.Tokens[model - 1].End == brandName.End && sentence.Tokens[model].Start > brandName.End
                && sentence.Tokens[model].Kind is Tokenization.TokenKind.Word or Tokenization.TokenKind.Number && (char.IsUpper(sentence.Word(model)[0]) || char.IsDigit(sentence.Word(model)[0]))
                && !Entities.Names.NameCues.CorporateWords.Contains(sentence.Word(model))
                // Not where the sentence names the customer after the model ("the Omoda 5 … for Chery").
                && sentence.FindFirst(ForWords, model, sentence.End) < 0)
            {
                int modelEnd = sentence.Tokens[model].End;
                return (new EntityMention(brandName.Start, modelEnd, EntityLabel.Product, sentence.Document.Text[brandName.Start..modelEnd], 0.5, EntitySource.Pattern), brandName);
            }

            if (sentence.MentionAt(t) is not { Label: EntityLabel.Product } product)
            {
                continue;
            }

            int at = sentence.TokenAt(product.Start);
            if (at > sentence.First && sentence.MentionAt(at - 1) is { Label: EntityLabel.Org } owner && owner.End == sentence.Tokens[at - 1].End)
            {
                return (product, owner);
            }

            if (product.Entry?.Parent is { } brand)
            {
                Entities.Lexicons.LexiconRecognizer.Default.TryFindEntry(brand, out Entities.Lexicons.LexiconEntry brandEntry);
                return (product, new EntityMention(product.Start, product.End, EntityLabel.Org, brand, 0.6, EntitySource.Lexicon) { Entry = brandEntry });
            }

            return null;
        }

        return null;
    }

    // "The group supplies …", "It builds …": the organisation the document named last before the sentence.
    private static EntityMention? DescribedSubject(SentenceView sentence, EntityMention exclude)
    {
        if (!(sentence.Word(sentence.First) is "It" || (sentence.Word(sentence.First) is "The" && sentence.Word(sentence.First + 1) is "group" or "company" or "carmaker" or "automaker" or "firm" or "supplier" or "maker")))
        {
            return null;
        }

        return MentionSearch.LastBefore(sentence.Document.Entities.AsSpan(), sentence.Span.Start, EntityLabel.Org, exclude.Name);
    }

    // "built by X for Y … where the Z4 is produced for BMW": the agent named with "by" builds.
    private static EntityMention? AgentBefore(SentenceView sentence, int before, EntityMention exclude)
    {
        for (int i = before - 1; i > sentence.First; i--)
        {
            // "Built by Nissan and Daimler as a joint venture, the factory assembled the GLA for …": the agent of a participle
            // before the active verb that governs "for" builds nothing of what follows.
            if (BuildVerbs.Contains(sentence.Word(i)) && sentence.MentionAt(i) is null && !IsPassive(sentence, i) && !sentence.Word(i).EndsWith("ing", StringComparison.Ordinal)
                && sentence.Word(i - 1) is not ("," or "and" or "the" or "a" or "an" or "that" or "which" or "who"))
            {
                return null;
            }

            if (sentence.Word(i - 1) is "by" && sentence.MentionAt(i) is { Label: EntityLabel.Org } agent && agent.Name != exclude.Name
                && !OwnershipAgent(sentence, i - 1))
            {
                return agent;
            }
        }

        return null;
    }

    private static readonly SpanLookup OwnershipParticiples = new(["owned", "controlled", "held", "backed", "funded", "financed", "founded", "acquired", "bought", "led"]);

    // "LG Magna e-Powertrain, owned 51% by LG Electronics and 49% by Magna International, builds …": the agent of an
    // ownership participle owns the builder, it builds nothing.
    private static bool OwnershipAgent(SentenceView sentence, int by)
    {
        int from = Math.Max(sentence.First, by - 12);
        return sentence.FindLast(OwnershipParticiples, from, by) is >= 0 and var owned && sentence.FindFirst(BuildVerbs, owned, by) < 0;
    }

    // "The previous petrol Micra was also assembled … at Renault’s Flins factory": a model's brand is the customer.
    private static EntityMention? BrandBefore(SentenceView sentence, int before, EntityMention exclude)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) >= before)
            {
                break;
            }

            if (mention.Label == EntityLabel.Product && mention.Entry?.Parent is { } brand && brand != exclude.Name && brand != exclude.Entry?.Parent)
            {
                return new EntityMention(mention.Start, mention.End, EntityLabel.Org, brand, 0.6, EntitySource.Lexicon);
            }
        }

        return null;
    }

    // "Rathore" and "Rathore Automotive": one name, or one the other's first words.
    private static bool SameParty(string? a, string b) =>
        a is not null && (a == b || (a.Length > b.Length && a.StartsWith(b, StringComparison.Ordinal) && a[b.Length] == ' ')
            || (b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal) && b[a.Length] == ' '));

    private static bool HasVerbBetween(SentenceView sentence, int from, int to)
    {
        if (sentence.FindFirst(BuildVerbs, from, to) >= 0)
        {
            return true;
        }

        // "was put together in Stellantis's Tychy factory".
        for (int k = Math.Max(from, sentence.First); k + 1 < to; k++)
        {
            if (sentence.Word(k) is "put" && sentence.Word(k + 1) is "together")
            {
                return true;
            }
        }

        return false;
    }

    // Parties named in the sentence: organisations, and the brands of the models named ("the Toyota Glanza").
    private static int CountOrganizations(SentenceView sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org)
            {
                names.Add(mention.Name);
            }
            else if (mention.Label == EntityLabel.Product && mention.Entry?.Parent is { } brand)
            {
                names.Add(brand);
            }
            else if (mention.Label == EntityLabel.Person && sentence.TokenAt(mention.Start) is var at && at > sentence.First
                && CompanyDescriptions.Contains(sentence.Word(at - 1)))
            {
                // "bus builder Alexander Dennis": a company whose name reads like a person's.
                names.Add(mention.Name);
            }
        }

        return names.Count;
    }

    // Building one's own models is not an agreement, nor is a group building its namesake brand's ("Volkswagen Group"
    // and "Volkswagen Passenger Cars"); building for a differently named sister brand or company is ("Audi", "Dacia").
    // The same company or group: a brand and its parent sharing a first word, or one name extended by corporate words
    // only ("Leapmotor International" and "Leapmotor"). Sister companies ("Hyundai Mobis" for "Hyundai") stay apart.
    private static bool SameGroup(EntityMention a, EntityMention b)
    {
        // "GENERAL Motors" in a capitalised dateline is "General Motors".
        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Not "Toyota Auto Body builds the Land Cruiser for its parent": a contract manufacturer builds for its parent under
        // contract, as for anyone else.
        if (FirstWord(a.Name) == FirstWord(b.Name) && ((a.Entry?.Parent == b.Name && !BuildsForCarmaker(a, b)) || (b.Entry?.Parent == a.Name && !BuildsForCarmaker(b, a))))
        {
            return true;
        }

        return ExtendsWithCorporateWords(a.Name, b.Name) || ExtendsWithCorporateWords(b.Name, a.Name);
    }

    private static bool BuildsForCarmaker(EntityMention child, EntityMention parent) => child.Entry?.Kind == "contract-manufacturer" && parent.Entry?.Kind == "carmaker";

    private static bool ExtendsWithCorporateWords(string longer, string shorter)
    {
        if (longer.Length <= shorter.Length + 1 || !longer.StartsWith(shorter, StringComparison.Ordinal) || longer[shorter.Length] != ' ')
        {
            return false;
        }

        foreach (string word in longer[(shorter.Length + 1)..].Split(' '))
        {
            if (!Entities.Names.NameCues.CorporateWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstWord(string name) => name.IndexOf(' ') is > 0 and var space ? name[..space] : name;

    private static EntityMention? SiteNear(SentenceView sentence, int verb, EntityMention manufacturer, EntityMention customer)
    {
        // The site nearest the customer: "… makes seats in Gliwice for Stellantis, and it welds trays at Ostrava for Hyundai".
        EntityMention? best = null;
        int bestDistance = int.MaxValue;
        // "… builds cockpit modules for Volkswagen, and the Győr plant supplies …": a later clause with its own subject too.
        int clause = LaterClauseStart(sentence);
        int clauseStart = clause > 0 ? sentence.Tokens[clause].Start : int.MaxValue;
        foreach (EntityMention mention in sentence.Mentions)
        {
            // Not a party ("Harlan Vehicle Works"), nor the town of a "Delhi-based" description.
            // Nor "Paris" in "Paris start-up Lumo Mobility" or "Coventry engineering firm": a town describing a company.
            if (IsSitePlace(sentence, mention)
                && mention.Start != manufacturer.Start && mention.Start != customer.Start && !InsideWord(sentence, mention)
                && !Entities.Names.NameCues.CompanyDescriptors.Contains(sentence.Word(sentence.TokenAt(mention.End)))
                && !(Text.CharClass.IsLower(sentence.Word(sentence.TokenAt(mention.End)) is { Length: > 0 } next ? next[0] : 'A')
                    && Entities.Names.NameCues.CompanyDescriptors.Contains(sentence.Word(sentence.TokenAt(mention.End) + 1))))
            {
                // "Melfi assembles packs for Stellantis, while Modena builds packs for Ferrari": a site in another clause
                // is farther than any in the customer's own.
                int distance = Math.Abs(mention.Start - customer.Start);
                int from = sentence.TokenAt(Math.Min(mention.Start, customer.Start)), to = sentence.TokenAt(Math.Max(mention.Start, customer.Start));
                if (sentence.FindFirst(ContrastWords, from, to) >= 0 || (mention.Start < clauseStart) != (customer.Start < clauseStart))
                {
                    distance += 100_000;
                }

                if (distance < bestDistance)
                {
                    best = mention;
                    bestDistance = distance;
                }
            }
        }

        if (best is not null)
        {
            return best;
        }

        return null;
    }

    // A place that can be a site: a facility, a town of the gazetteer, and after "in" or "at" a place the gazetteer does not
    // know ("its plant in Zwettlbach") or a province a town shares its name with ("a plant in Rayong"). Not a country, nor a
    // state or province of its own.
    private static bool IsSitePlace(SentenceView sentence, EntityMention mention)
    {
        if (mention.Label == EntityLabel.Facility)
        {
            return true;
        }

        if (mention.Label != EntityLabel.Loc)
        {
            return false;
        }

        if (mention.Entry?.Kind == "city")
        {
            return true;
        }

        int at = sentence.TokenAt(mention.Start);

        if (at - 1 < sentence.First || sentence.Word(at - 1) is not ("in" or "at"))
        {
            return false;
        }

        return mention.Entry is null
            || (mention.Entry is { Kind: "region" } region && region.Attributes.ContainsKey("homonyms") && at - 2 >= sentence.First && PlantNouns.Contains(sentence.Word(at - 2)));
    }

    private static bool InsideWord(SentenceView sentence, EntityMention mention)
    {
        int token = sentence.TokenAt(mention.Start);
        return token < sentence.End && sentence.Tokens[token].End > mention.End;
    }

    private static EntityRef SiteRef(Document document, EntityMention site)
    {
        EntityRef reference = EntityRef.From(document, site);
        if (site.Label != EntityLabel.Facility)
        {
            return reference;
        }

        string[] words = site.Name.Split(' ');
        int keep = words.Length;
        while (keep > 1 && (Entities.Names.NameCues.FacilityHeads.Contains(words[keep - 1]) || Entities.Names.NameCues.FacilityModifiers.Contains(words[keep - 1])))
        {
            keep--;
        }

        return reference with { Name = string.Join(' ', words, 0, keep) };
    }

    private static FactStatus Status(SentenceView sentence)
    {
        for (int i = sentence.First; i < sentence.End; i++)
        {
            if (sentence.Word(i) is "will" or "’ll" or "'ll" or "plans" or "planned" or "to")
            {
                return FactStatus.Planned;
            }
        }

        return FactStatus.Completed;
    }

    // "The Chinese battery maker, which is investing 7 billion euros in the site, expects to ship …": past a relative clause
    // set off by commas after a described subject, and past a verb of intent before "to"; <paramref name="at"/> itself
    // where neither follows.
    private static int AfterRelativeClause(SentenceView sentence, int at)
    {
        int k = sentence.Word(at) is "," && sentence.Word(at + 1) is "which" or "who" ? sentence.AfterEnclosed(at, ",", ",", 16) : at;
        return sentence.Word(k) is "expects" or "expected" or "plans" or "planned" or "intends" or "aims" or "hopes" && sentence.Word(k + 1) is "to" ? k + 1 : k;
    }

    // "expects to ship its first cells to BMW early next year, with Mercedes-Benz to follow later in 2026": a company that
    // is to follow the customer of a supply receives the same goods from the same supplier.
    private static void AddFollowingCustomers(SentenceView sentence, List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> results)
    {
        int count = results.Count;
        for (int r = 0; r < count; r++)
        {
            (EntityMention maker, EntityMention customer, string rule) = results[r];
            if (rule != "productionAgreement.supply-to")
            {
                continue;
            }

            for (int k = sentence.TokenAt(customer.End); k + 3 < sentence.End; k++)
            {
                if (sentence.Word(k) is "," && sentence.Word(k + 1) is "with" && sentence.MentionAt(k + 2) is { Label: EntityLabel.Org } next
                    && sentence.TokenAt(next.End) is var after && after + 1 < sentence.End
                    && ((sentence.Word(after) is "to" && sentence.Word(after + 1) is "follow") || sentence.Word(after) is "following")
                    && next.Name != maker.Name && next.Name != customer.Name && !SameGroup(next, maker))
                {
                    results.Add((maker, next, rule));
                    break;
                }
            }
        }
    }

    // "One produces the Toyota Corolla Cross, the other turns out the Mazda CX-50", "one assembles the Corolla Cross for
    // Toyota, the other the CX-50 for Mazda": the two lines of a plant split between two brands; the company the text
    // spoke of just before (the venture or the plant's owner) builds for each of them.
    private static void AddLinesForTwoBrands(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        int one = -1;
        for (int k = sentence.First; k < sentence.End; k++)
        {
            if (sentence.Word(k) is "One" or "one" && (k == sentence.First || sentence.Word(k - 1) is ":" or ";"))
            {
                one = k;
                break;
            }
        }

        if (one < 0)
        {
            return;
        }

        int verb = sentence.Word(one + 1) is "line" or "hall" or "shift" ? one + 2 : one + 1;
        bool turnsOut = sentence.Word(verb) is "turns" or "turned" && sentence.Word(verb + 1) is "out";
        if (!turnsOut && !(BuildVerbs.Contains(sentence.Word(verb)) && !sentence.Word(verb).EndsWith("ing", StringComparison.Ordinal)))
        {
            return;
        }

        int other = -1;
        for (int k = verb + 2; k + 1 < sentence.End; k++)
        {
            if (sentence.Word(k) is "the" && sentence.Word(k + 1) is "other" && sentence.Word(k - 1) is "," or ";" or "and" or "while")
            {
                other = k;
                break;
            }
        }

        if (other < 0 || LineCustomer(sentence, verb + 1, other) is not { } first || LineCustomer(sentence, other + 2, sentence.End) is not { } second
            || SameGroup(first, second) || LineOwner(sentence, one, first, second) is not { } builder)
        {
            return;
        }

        if (seen.Add((builder.Name, first.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, verb, builder, first, "productionAgreement.lines-for-two-brands", output);
        }

        if (seen.Add((builder.Name, second.Name, sentence.Index, string.Empty)))
        {
            Add(document, sentence, other, builder, second, "productionAgreement.lines-for-two-brands", output);
        }
    }

    // The brand a line builds for, in the words [from, to): the company after "for", else the brand of the first model named.
    private static EntityMention? LineCustomer(SentenceView sentence, int from, int to)
    {
        for (int k = from; k < to && k < sentence.End; k++)
        {
            if (sentence.Word(k) is "for" && sentence.MentionAt(k + 1) is { Label: EntityLabel.Org } named && sentence.TokenAt(named.Start) == k + 1)
            {
                return named;
            }
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (at >= from && at < to && mention.Label == EntityLabel.Product)
            {
                return BrandOf(sentence, mention);
            }
        }

        return null;
    }

    // The company a sentence's two lines belong to: the first organisation other than the two brands named as a subject
    // (among the first words) of this sentence before the lines, or of one of the two sentences before.
    private static EntityMention? LineOwner(SentenceView sentence, int one, EntityMention first, EntityMention second)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        for (int s = sentence.Index; s >= 0 && s >= sentence.Index - 2; s--)
        {
            Sentence previous = sentence.Document.Sentences[s];
            int limit = s == sentence.Index ? one : previous.FirstToken + 6;
            for (int m = MentionSearch.FirstStartingAtOrAfter(all, previous.Start); m < all.Length && all[m].Start < previous.End; m++)
            {
                EntityMention mention = all[m];
                if (TokenSearch.FirstAtOrAfter(sentence.Tokens, mention.Start, previous.FirstToken, previous.EndToken) >= limit)
                {
                    break;
                }

                if (mention.Label == EntityLabel.Org && !IsFinancier(mention) && !SameGroup(mention, first) && !SameGroup(mention, second))
                {
                    return mention;
                }
            }
        }

        return null;
    }

    // "Hasler Kunststoff said it had won an order from a Bavarian carmaker to mould trim parts", "Kelvar has landed a contract
    // from Renault for seat frames": the company winning an order from another builds for it. Not in the headline, which
    // restates a deal the body tells with its product.
    // "Audi has awarded American Axle new transmission differential business", "awarded Bosch a contract": the company
    // awarded the business builds for the one that awards it.
    private static void AddAwarded(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int k = sentence.First + 1; k + 2 < sentence.End; k++)
        {
            if (sentence.Word(k) is not ("awarded" or "awards" or "award") || IsPassive(sentence, k) || ActorAt(sentence, k + 1) is not { } awardee
                || sentence.FindFirst(AwardNouns, sentence.TokenAt(awardee.End), Math.Min(sentence.End, sentence.TokenAt(awardee.End) + 6)) < 0
                || SubjectBefore(sentence, k, awardee) is not { } awarder || awarder.Name == awardee.Name || SameGroup(awarder, awardee)
                || IsFinancier(awarder) || IsFinancier(awardee) || IsNegated(sentence))
            {
                continue;
            }

            if (seen.Add((awardee.Name, awarder.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, k, awardee, awarder, "productionAgreement.awarded", output);
            }
        }
    }

    // "Magna Steyr's contract for the Jaguar E-Pace ended", "lost its contracts for Jaguar's E-Pace and I-Pace": a contract
    // for a brand's model, held by the possessor before the noun or, after "its", by the subject.
    private static void AddContractsForModels(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int k = sentence.First + 1; k + 2 < sentence.End; k++)
        {
            if (sentence.Word(k) is not ("contract" or "contracts") || sentence.Word(k + 1) is not "for" || BuildVerbs.Contains(sentence.Word(k + 2))
                || GoodsBrand(sentence, k + 2, Math.Min(sentence.End, k + 6)) is not { } brand)
            {
                continue;
            }

            EntityMention? holder = k - 2 >= sentence.First && sentence.Word(k - 1) is "'s" or "’s" && sentence.MentionAt(k - 2) is { Label: EntityLabel.Org } possessor ? possessor
                : sentence.Word(k - 1) is "its" or "their" ? SubjectBefore(sentence, k, brand) : null;
            if (holder is null || holder.Name == brand.Name || SameGroup(holder, brand) || IsFinancier(holder) || IsNegated(sentence))
            {
                continue;
            }

            if (seen.Add((holder.Name, brand.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, k, holder, brand, "productionAgreement.contract-for", output);
            }
        }
    }

    // "BMW has entered a long-term supply contract with Swedish company Northvolt for battery cells", "Northvolt signed a
    // supply deal with BMW": a supply contract between a maker of parts and a carmaker at token <paramref name="i"/>; the maker
    // of parts supplies. "supply deals worth $27 billion with BMW and Volkswagen": past the worth of the deal, and every
    // partner of the coordination. "an agreement with Panasonic for lithium-ion battery cells": goods after the partner, where
    // "supply" does not say it; a carmaker's partner for goods that the lexicon knows as no carmaker supplies them.
    private static void AddSupplyContract(SentenceView sentence, int i, List<(EntityMention Manufacturer, EntityMention Customer, string Rule)> results)
    {
        if (sentence.Word(i) is not ("contract" or "contracts" or "agreement" or "agreements" or "deal" or "deals") || WithAfterDeal(sentence, i) is not (> 0 and var withAt)
            || ActorAt(sentence, withAt + 1) is not { } contractPartner)
        {
            return;
        }

        bool supplyNamed = sentence.FindLast(SupplyNouns, Math.Max(sentence.First, i - 3), i) >= 0;
        bool goodsNamed = GoodsForAfter(sentence, sentence.TokenAt(contractPartner.End));
        if (!(supplyNamed || goodsNamed) || SubjectBefore(sentence, i, contractPartner) is not { } contractSubject)
        {
            return;
        }

        for (EntityMention? dealPartner = contractPartner; dealPartner is not null; dealPartner = NextCoordinated(sentence, dealPartner))
        {
            if (contractSubject.Name == dealPartner.Name || SameGroup(contractSubject, dealPartner))
            {
                continue;
            }

            // "Tesla … an agreement with Panasonic for … battery cells": a carmaker's partner the lexicon does not know as a carmaker.
            EntityMention? contractSupplier = SupplierOfPair(contractSubject, dealPartner)
                ?? (goodsNamed && contractSubject.Entry?.Kind is { } subjectKind && CarmakerKinds.Contains(subjectKind) && dealPartner.Entry?.Kind is null or "other" ? dealPartner : null);
            if (contractSupplier is not null)
            {
                results.Add(contractSupplier == contractSubject
                    ? (contractSubject, dealPartner, "productionAgreement.supply-contract")
                    : (dealPartner, contractSubject, "productionAgreement.supply-contract"));
            }
        }
    }

    // "BMW has signed a contract with Northvolt for battery cells": a supply contract in a sentence without a verb of
    // building or a supplier noun, which the other rules need before they read a sentence.
    private static void AddDealsForGoods(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        List<(EntityMention Manufacturer, EntityMention Customer, string Rule)>? deals = null;
        for (int k = sentence.First + 1; k + 3 < sentence.End; k++)
        {
            if (sentence.Word(k) is "contract" or "contracts" or "agreement" or "agreements" or "deal" or "deals"
                && !IsNegated(sentence) && sentence.Word(sentence.First) is not ("If" or "Should") && !Hypothetical(sentence, k))
            {
                AddSupplyContract(sentence, k, deals ??= []);
                foreach (var (supplier, customer, rule) in deals)
                {
                    if (seen.Add((supplier.Name, customer.Name, sentence.Index, string.Empty)))
                    {
                        Add(document, sentence, k, supplier, customer, rule, output);
                    }
                }

                deals.Clear();
            }
        }
    }

    private static void AddOrderFrom(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int k = sentence.Index == 0 ? sentence.End : sentence.First + 1; k + 2 < sentence.End; k++)
        {
            if (!(sentence.Word(k) is "order" or "orders" or "contract" or "contracts" && sentence.Word(k + 1) is "from"))
            {
                continue;
            }

            int won = -1;
            for (int w = k - 1; w >= sentence.First && w >= k - 4; w--)
            {
                if (sentence.Word(w) is "won" or "wins" or "win" or "secured" or "secures" or "landed" or "lands" or "received" or "receives" or "clinched" or "bagged")
                {
                    won = w;
                    break;
                }
            }

            if (won < 0 || (won - 1 >= sentence.First && sentence.Word(won - 1) is "not" or "never" or "n't" or "’t") || IsNegated(sentence)
                || (ActorAt(sentence, k + 2) ?? DescribedCustomerAt(sentence, k + 2)) is not { } customer
                || (PronounSubject(sentence, won, customer, null) ?? SubjectBefore(sentence, won, customer)) is not { } supplier
                || SameGroup(supplier, customer) || IsFinancier(supplier) || IsFinancier(customer))
            {
                continue;
            }

            if (seen.Add((supplier.Name, customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, won, supplier, customer, "productionAgreement.order-from", output);
            }
        }
    }

    private static readonly SpanLookup WorkforceNouns = new(["workforce", "workers", "employees", "staff"]);

    // "would see the Osnabrück workforce assemble military vehicles for Rheinmetall", "the Tarnowo workers will build vans for
    // Renault": the workers of a town's plant stand for the plant, whose owner (the company the text placed in the town)
    // builds for the company after "for".
    private static void AddWorkforceBuilds(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int k = sentence.First + 2; k + 2 < sentence.End; k++)
        {
            if (!WorkforceNouns.Contains(sentence.Word(k)) || sentence.MentionAt(k - 1) is not { Label: EntityLabel.Loc } town
                || sentence.TokenAt(town.Start) is var townAt && (townAt <= sentence.First || sentence.Word(townAt - 1) is not ("the" or "The")))
            {
                continue;
            }

            int verb = k + 1;
            while (verb < k + 3 && sentence.Word(verb) is "will" or "would" or "could" or "to" or "also" or "now" or "soon")
            {
                verb++;
            }

            if (!BuildVerbs.Contains(sentence.Word(verb)) || sentence.Word(verb) is "production" or "assembly" or "manufacturing")
            {
                continue;
            }

            for (int f = verb + 1; f + 1 < sentence.End && f < verb + 12 && sentence.Word(f) is not (";" or "while" or "but"); f++)
            {
                if (sentence.Word(f) is "for" && sentence.MentionAt(f + 1) is { Label: EntityLabel.Org } customer && sentence.TokenAt(customer.Start) == f + 1
                    && OwnerOfTown(sentence, town) is { } owner && !SameGroup(owner, customer) && !IsFinancier(customer))
                {
                    if (!IsNegated(sentence) && seen.Add((owner.Name, customer.Name, sentence.Index, string.Empty)))
                    {
                        Add(document, sentence, verb, owner, customer, "productionAgreement.workforce-builds", output);
                    }

                    break;
                }
            }
        }
    }

    // "has left the Volkswagen plant in Osnabrück": a company's name right before the plant noun, after "the", owns it.
    private static EntityMention? NamePlantOwner(Document document, Tokenization.Sentence within, int noun)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        if (noun - 1 <= within.FirstToken || SentenceView.MentionEndingAt(document, tokens[noun - 1].End) is not { Label: EntityLabel.Org } named
            || SentenceView.IsFinancierName(named.Name))
        {
            return null;
        }

        int first = TokenSearch.FirstAtOrAfter(tokens, named.Start, within.FirstToken, within.EndToken);
        return first > within.FirstToken && tokens[first - 1].Slice(document.Text) is "the" or "The" ? named : null;
    }

    // "the Pinerolo site will also assemble the battery packs that power the Iveco eDaily electric van", "Kelvar builds the
    // seats that go into the Renault Master": parts built for the vehicle of a brand are built for that brand.
    private static void AddPartsThatPower(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int k = sentence.First + 3; k + 3 < sentence.End; k++)
        {
            if (sentence.Word(k) is not ("that" or "which"))
            {
                continue;
            }

            int at = sentence.Word(k + 1) is "power" or "powers" or "equip" or "equips" ? k + 2
                : sentence.Word(k + 1) is "go" or "goes" && sentence.Word(k + 2) is "into" ? k + 3 : -1;
            if (at < 0)
            {
                continue;
            }

            at = sentence.Word(at) is "the" ? at + 1 : at;
            int verb = sentence.FindLast(BuildVerbs, Math.Max(sentence.First, k - 8), k);
            if (verb < 0 || sentence.Word(verb) is "production" or "assembly" or "manufacturing" || sentence.Word(verb).EndsWith("ing", StringComparison.Ordinal)
                || sentence.FindFirst(ForWords, verb, k) >= 0 || IsNegated(sentence))
            {
                return;
            }

            EntityMention? customer = sentence.MentionAt(at) is { Label: EntityLabel.Org } brand && sentence.TokenAt(brand.Start) == at ? brand
                : sentence.MentionAt(at) is { Label: EntityLabel.Product } model && sentence.TokenAt(model.Start) == at ? BrandOf(sentence, model) : null;
            if (customer is null || (SubjectBefore(sentence, verb, customer) ?? ImpliedSubject(sentence)) is not { } builder
                || SameGroup(builder, customer) || IsFinancier(builder) || IsFinancier(customer))
            {
                return;
            }

            if (seen.Add((builder.Name, customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, verb, builder, customer, "productionAgreement.parts-that-power", output);
            }

            return;
        }
    }

    // "Mazda confirmed that Panasonic will provide cylindrical cells for its Japanese-built electric models", "Kia said Borvik
    // will supply packs for its European models": "its" after a reported supplier stands for the company reporting it.
    private static void AddForReportersOwn(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int r = sentence.First + 1; r + 4 < sentence.End; r++)
        {
            if (sentence.Word(r) is not ("said" or "says" or "confirmed" or "confirms" or "announced" or "announces")
                || sentence.MentionAt(r - 1) is not { Label: EntityLabel.Org } reporter || sentence.TokenAt(reporter.End) != r)
            {
                continue;
            }

            int at = sentence.Word(r + 1) is "that" ? r + 2 : r + 1;
            if (sentence.MentionAt(at) is not { Label: EntityLabel.Org } supplier || sentence.TokenAt(supplier.Start) != at)
            {
                return;
            }

            int verb = sentence.TokenAt(supplier.End);
            while (verb < sentence.End && verb < sentence.TokenAt(supplier.End) + 3 && sentence.Word(verb) is "will" or "would" or "is" or "to" or "also" or "has" or "had" or "already")
            {
                verb++;
            }

            if (!(BuildVerbs.Contains(sentence.Word(verb)) || sentence.Word(verb) is "provide" or "provides" or "provided") || sentence.Word(verb) is "production" or "assembly" or "manufacturing"
                || SameGroup(supplier, reporter) || IsFinancier(supplier) || IsFinancier(reporter) || IsNegated(sentence))
            {
                return;
            }

            for (int f = verb + 1; f + 1 < sentence.End && f < verb + 10 && sentence.Word(f) is not ("," or ";" or "and" or "while"); f++)
            {
                if (sentence.Word(f) is "for" && sentence.Word(f + 1) is "its" or "their")
                {
                    if (seen.Add((supplier.Name, reporter.Name, sentence.Index, string.Empty)))
                    {
                        Add(document, sentence, verb, supplier, reporter, "productionAgreement.for-reporters-own", output);
                    }

                    return;
                }
            }

            return;
        }
    }

    // After the other rules (a pair they found in a sentence is not added again): "for the carmaker" in every sentence.
    private static void AddForTheCarmakerAll(Document document, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        foreach (SentenceView sentence in SentenceView.All(document))
        {
            AddForTheCarmaker(document, sentence, seen, output);
        }
    }

    // "inside Tesla's Gigafactory near Sparks, where Panasonic has produced cells for the carmaker since 2017": "the carmaker"
    // after "for" stands for the carmaker named last (in this sentence or the one before), and the subject builds for it.
    private static void AddForTheCarmaker(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        for (int f = sentence.First + 2; f + 2 < sentence.End; f++)
        {
            if (!(sentence.Word(f) is "for" && sentence.Word(f + 1) is "the" && sentence.Word(f + 2) is "carmaker" or "automaker" or "truckmaker")
                || (f + 3 < sentence.End && sentence.MentionAt(f + 3) is not null))
            {
                continue;
            }

            int verb = sentence.FindLast(BuildVerbs, Math.Max(sentence.First, f - 8), f);
            if (verb < 0 || sentence.Word(verb) is "production" or "assembly" or "manufacturing" || IsNegated(sentence))
            {
                return;
            }

            if (NearestSubjectBefore(sentence, verb) is not { } builder || LastCarmakerBefore(sentence, sentence.Tokens[f].Start, builder) is not { } customer
                || IsFinancier(builder))
            {
                return;
            }

            if (seen.Add((builder.Name, customer.Name, sentence.Index, string.Empty)))
            {
                Add(document, sentence, verb, builder, customer, "productionAgreement.for-the-carmaker", output);
            }

            return;
        }
    }

    // The organisation right before a verb (auxiliaries and adverbs between): "where Panasonic has produced".
    private static EntityMention? NearestSubjectBefore(SentenceView sentence, int verb)
    {
        int k = verb - 1;
        while (k > sentence.First && k > verb - 4 && sentence.Word(k) is "has" or "have" or "had" or "will" or "would" or "also" or "already" or "now" or "still" or "long" or "been")
        {
            k--;
        }

        return sentence.MentionAt(k) is { Label: EntityLabel.Org } subject && sentence.TokenAt(subject.End) == k + 1 ? subject : null;
    }

    // The last carmaker or brand (by the lexicon) named before an offset, in this sentence or the one before, that is not the
    // builder's group.
    private static EntityMention? LastCarmakerBefore(SentenceView sentence, int before, EntityMention builder)
    {
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int from = sentence.Index > 0 ? sentence.Document.Sentences[sentence.Index - 1].Start : sentence.Span.Start;
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, before) - 1; m >= 0 && all[m].Start >= from; m--)
        {
            if (all[m].Label == EntityLabel.Org && all[m].Entry?.Kind is "carmaker" or "brand" && !SameGroup(all[m], builder))
            {
                return all[m];
            }
        }

        return null;
    }

    // "X has won an order to supply cells …, Korean media reported, citing a filing": a report named after the statement it
    // attributes (set off by a comma, a few words back, closing the sentence or followed by a comma) denies nothing.
    private static bool IsTrailingAttribution(SentenceView sentence, int reported)
    {
        // "…, state media reported on Sunday.", "…, the newspaper reported last week.": a time may follow the attribution.
        bool timeAfter = sentence.Word(reported + 1) is "on" or "last" or "this" or "earlier" or "late" or "yesterday" or "today" or "Monday" or "Tuesday" or "Wednesday"
            or "Thursday" or "Friday" or "Saturday" or "Sunday" && sentence.End - reported <= 5;
        if (sentence.Word(reported) is not "reported" || !(reported + 1 >= sentence.End || sentence.Word(reported + 1) is "," or "." || timeAfter))
        {
            return false;
        }

        for (int k = reported - 1; k > sentence.First + 3 && k >= reported - 5; k--)
        {
            if (sentence.Word(k) is ",")
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != Tokenization.TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // The trigger words of the loop's passes and scans, by class: a sentence's classes tell which of them it holds.
    [Flags]
    private enum WordClass
    {
        None = 0,
        Build = 1,
        TurnPutGo = 2,
        Sourcing = 4,
        SupplierNoun = 8,
        Reserve = 16,
        Go = 32,
        Come = 64,
        Arrive = 128,
        Supplied = 256,
        MakerParticiple = 512,
        CausativeHave = 1024,
        Workforce = 2048,
        CustomerHead = 4096,
        Choosing = 8192,
        Take = 16384,
    }

    // The classes of the words of [First, End), one hash look-up a token.
    private static WordClass ClassesOf(SentenceView sentence) => (WordClass)WordClasses.Table.ClassesOf(sentence);

    // Built from the same word lists the passes test (in a nested class, so that those lists are set first), plus the other
    // words FirstBuildVerb and ComesFromVerb accept: "turn out", "put together", "goes to", "arrives from".
    private static class WordClasses
    {
        public static readonly TriggerTable Table = new(
            (BuildVerbs, (uint)WordClass.Build),
            (new SpanLookup(["turn", "turns", "turned", "turning", "put", "puts", "putting", "go", "goes", "went"]), (uint)WordClass.TurnPutGo),
            (SourcingVerbs, (uint)WordClass.Sourcing),
            (SupplierNouns, (uint)WordClass.SupplierNoun),
            (ReserveVerbs, (uint)WordClass.Reserve),
            (GoVerbs, (uint)WordClass.Go),
            (ComeVerbs, (uint)WordClass.Come),
            (new SpanLookup(["come", "comes", "came", "arrive", "arrives", "arrived"]), (uint)WordClass.Arrive),
            (SuppliedParticiples, (uint)WordClass.Supplied),
            (MakerParticiples, (uint)WordClass.MakerParticiple),
            (CausativeHaves, (uint)WordClass.CausativeHave),
            (WorkforceNouns, (uint)WordClass.Workforce),
            (CustomerHeads, (uint)WordClass.CustomerHead),
            (ChoosingVerbs, (uint)WordClass.Choosing),
            (TakeVerbs, (uint)WordClass.Take));
    }
}
