using System;
using System.Collections.Generic;
using FactExtractor.Entities;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Facts.ProductionAgreements;

/// <summary>Supply of goods to a customer: "provides cells to Y", "Y's packs are provided by X", "supplies Y with P".</summary>
public sealed partial class ProductionAgreementExtractor
{
    private static readonly SpanLookup ProvideVerbs = new(["provide", "provides", "provided", "providing"]);

    // Goods a supplier hands over: parts, batteries and vehicles (not "funding", "support", "jobs", "land").
    private static readonly SpanLookup SuppliedGoods = new(
    [
        "cell", "cells", "pack", "packs", "battery", "batteries", "module", "modules", "seats", "axles", "e-axles", "motors", "engines", "harnesses",
        "castings", "chips", "components", "parts", "powertrains", "enclosures", "housings", "gearboxes", "transmissions", "inverters",
        "pressings", "trays", "panels", "bodies", "cabs", "frames", "chassis", "platform", "platforms", "units", "systems", "drivetrains",
        "vehicles", "vans", "cars", "trucks", "buses", "pickups", "SUVs", "models", "tyres", "tires", "wheels", "brakes", "sensors", "lamps",
        "headlamps", "bumpers", "doors", "mirrors", "radiators", "pumps", "valves", "cathodes", "anodes", "separators", "stators", "rotors",
        "liners", "carpets", "covers", "consoles", "cockpits", "headliners", "dashboards", "airbags", "exhausts", "shelves", "trims", "fascias",
        "grilles", "tanks", "cables", "laminations", "discs", "calipers", "dampers", "springs", "subframes", "drives", "e-motors",
    ]);

    // Words that say work or a deal ended or is ending: "is ending", "stopped", "expired", "came to an end".
    private static readonly SpanLookup EndWords = new(
        ["ending", "ended", "ends", "end", "stopped", "stops", "ceased", "ceases", "halted", "expired", "expires", "terminated", "cancelled", "canceled",
         "finished", "lapsed", "discontinued"]);

    private static readonly SpanLookup WorkNouns = new(["output", "production", "assembly", "manufacture", "manufacturing", "Output", "Production", "Assembly"]);

    private static readonly SpanLookup DealWords = new(["contract", "order", "deal", "agreement", "arrangement", "programme", "program"]);

    private static readonly SpanLookup InfinitiveSupplyVerbs = new(["supply", "deliver", "ship", "provide"]);

    // The words between a subject and "to supply" that say it agreed to supply: "has signed a long-term contract", "has agreed",
    // "is due", "won a deal".
    private static readonly SpanLookup AgreementWords = new(
    [
        "has", "have", "had", "will", "is", "are", "was", "were", "also", "already", "now", "recently", "signed", "agreed", "won", "secured", "landed",
        "struck", "reached", "inked", "a", "an", "the", "long-term", "multi-year", "multiyear", "new", "firm", "binding", "framework", "supply", "contract",
        "deal", "agreement", "memorandum", "order", "due", "set", "expected", "scheduled", "planned", "plans", "plan", "aims", "intends", "hopes",
        "of", "understanding", "to", "been", "chosen", "selected", "picked", "nominated",
    ]);

    // The trigger words of the supply passes, one look-up a token: a pass whose words are absent is skipped.
    private static class SupplyWordClasses
    {
        public const uint Provide = 1;
        public const uint End = 2;
        public const uint Work = 4;
        public const uint Infinitive = 8;
        public const uint Later = 16;
        public const uint What = 32;
        public const uint Relation = 64;
        public const uint Switch = 128;

        public static readonly TriggerTable Table = new(
            (ProvideVerbs, Provide), (EndWords, End), (WorkNouns, Work), (DealWords, Work), (InfinitiveSupplyVerbs, Infinitive), (LaterSupplyVerbs, Later),
            (WhatWords, What), (RelationWords, Relation), (SwitchVerbs, Switch));
    }

    // The supply constructions, each one fact per pair and sentence.
    private static void AddSupply(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        uint classes = SupplyWordClasses.Table.ClassesOf(sentence);
        if (classes == 0 || IsNegated(sentence))
        {
            return;
        }

        // "output of the E-Pace for Jaguar Land Rover is ending", "the site's contract for the I-Pace came to an end".
        if ((classes & (SupplyWordClasses.End | SupplyWordClasses.Work)) == (SupplyWordClasses.End | SupplyWordClasses.Work))
        {
            for (int n = sentence.First; n < sentence.End; n++)
            {
                if ((WorkNouns.Contains(sentence.Word(n)) || DealWords.Contains(sentence.Word(n))) && EndedWork(sentence, n) is var (maker, customer)
                    && maker.Name != customer.Name && !SameGroup(maker, customer) && maker.Name != customer.Entry?.Parent && customer.Name != maker.Entry?.Parent
                    && !IsFinancier(maker) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, n, maker, customer, "productionAgreement.ended-work", output);
                }
            }
        }

        // "The Korean group has signed a long-term contract to supply cells to Y", "We signed a memorandum with Y to supply …".
        if ((classes & SupplyWordClasses.Infinitive) != 0)
        {
            for (int i = sentence.FindFirst(InfinitiveSupplyVerbs, sentence.First + 2, sentence.End); i >= 0; i = sentence.FindFirst(InfinitiveSupplyVerbs, i + 1, sentence.End))
            {
                if (sentence.Word(i - 1) is "to" && !NegatedNear(sentence, i - 1) && AgreedSupply(sentence, i) is var (maker, customer) && maker.Name != customer.Name && !SameGroup(maker, customer)
                    && !IsFinancier(maker) && !IsFinancier(customer) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, i, maker, customer, "productionAgreement.agreed-supply", output);
                }
            }
        }

        // "Yanfeng supplies the seats for the car", "Both models ride on …, with the drive units supplied by X": parts for the
        // vehicles the sentence before said a company builds.
        if ((classes & SupplyWordClasses.Later) != 0 && sentence.Index > 0)
        {
            for (int i = sentence.FindFirst(LaterSupplyVerbs, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(LaterSupplyVerbs, i + 1, sentence.End))
            {
                if (PartsForVehiclesBefore(sentence, i) is var (maker, customer) && maker.Name != customer.Name && !SameGroup(maker, customer)
                    && !IsFinancier(maker) && !IsFinancier(customer) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, i, maker, customer, "productionAgreement.parts-for-vehicles-before", output);
                }
            }
        }

        // "most of what Skellefteå makes goes to Scania", "all of what the plant produces will go to Y".
        if ((classes & SupplyWordClasses.What) == SupplyWordClasses.What)
        {
            for (int i = sentence.FindFirst(WhatWords, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(WhatWords, i + 1, sentence.End))
            {
                if (WhatIsMadeGoesTo(sentence, i) is var (maker, customer, verb) && maker.Name != customer.Name && !SameGroup(maker, customer)
                    && !IsFinancier(maker) && !IsFinancier(customer) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, verb, maker, customer, "productionAgreement.what-is-made-goes-to", output);
                }
            }
        }

        // "Y relies on X for P", "P supplied by X to Y", "Y awarded X a contract to supply P", "X will start deliveries of P to Y",
        // "X is Y's main supplier", "Y is X's largest customer", "X counts Y among its customers", "X sells modules to Y".
        if ((classes & SupplyWordClasses.Relation) != 0)
        {
            for (int i = sentence.FindFirst(RelationWords, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(RelationWords, i + 1, sentence.End))
            {
                if (!NegatedNear(sentence, i) && SupplyRelation(sentence, i) is var (maker, customer, rule) && maker.Name != customer.Name && !SameGroup(maker, customer)
                    && !IsFinancier(maker) && !IsFinancier(customer) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, i, maker, customer, rule, output);
                }
            }
        }

        // "X supplies both Y and Z with P": every receiver of the coordination.
        if ((classes & SupplyWordClasses.Later) != 0)
        {
            for (int i = sentence.FindFirst(LaterSupplyVerbs, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(LaterSupplyVerbs, i + 1, sentence.End))
            {
                if (!NegatedNear(sentence, i) && sentence.Word(i) is "supply" or "supplies" or "supplied" or "provide" or "provides" or "provided" && !IsPassive(sentence, i)
                    && CoordinatedReceivers(sentence, i) is var (first, second) && (SubjectPhraseOwner(sentence, i, first) ?? SubjectBefore(sentence, i, first)) is { } both)
                {
                    for (int n = 0; n < 2; n++)
                    {
                        EntityMention receiver = n == 0 ? first : second;
                        if (both.Name != receiver.Name && !SameGroup(both, receiver) && !IsFinancier(receiver) && seen.Add((both.Name, receiver.Name, sentence.Index, string.Empty)))
                        {
                            Add(document, sentence, i, both, receiver, "productionAgreement.supply", output);
                        }
                    }
                }
            }
        }

        // "Y has switched its battery supply from X to Z": both suppliers, the old and the new, build for Y.
        if ((classes & SupplyWordClasses.Switch) != 0)
        {
            for (int i = sentence.FindFirst(SwitchVerbs, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(SwitchVerbs, i + 1, sentence.End))
            {
                if (!NegatedNear(sentence, i) && SwitchedSupply(sentence, i) is var (old, next, customer))
                {
                    for (int n = 0; n < 2; n++)
                    {
                        EntityMention maker = n == 0 ? old : next;
                        if (maker.Name != customer.Name && !SameGroup(maker, customer) && !IsFinancier(maker) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                        {
                            Add(document, sentence, i, maker, customer, "productionAgreement.switched-supply", output);
                        }
                    }
                }
            }
        }

        // "Kia ended its supply contract with X", "the contract with X to build the Sorento ended": a deal with a maker to supply or build.
        if ((classes & SupplyWordClasses.Work) != 0)
        {
            for (int i = sentence.FindFirst(DealWords, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(DealWords, i + 1, sentence.End))
            {
                if (DealWithMaker(sentence, i) is var (maker, customer) && maker.Name != customer.Name && !SameGroup(maker, customer)
                    && !IsFinancier(maker) && !IsFinancier(customer) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, i, maker, customer, "productionAgreement.deal-with-maker", output);
                }
            }
        }

        if ((classes & SupplyWordClasses.Provide) != 0)
        {
            EntityMention? implied = null;
            bool impliedRead = false;
            for (int i = sentence.FindFirst(ProvideVerbs, sentence.First, sentence.End); i >= 0; i = sentence.FindFirst(ProvideVerbs, i + 1, sentence.End))
            {
                if (!impliedRead)
                {
                    implied = ImpliedSubject(sentence);
                    impliedRead = true;
                }

                if (!NegatedNear(sentence, i) && ProvidedGoods(sentence, i, implied) is var (maker, customer) && maker.Name != customer.Name && !SameGroup(maker, customer)
                    && !IsFinancier(maker) && !IsFinancier(customer) && seen.Add((maker.Name, customer.Name, sentence.Index, string.Empty)))
                {
                    Add(document, sentence, i, maker, customer, "productionAgreement.provides", output);
                }
            }
        }
    }

    // "X provides P to Y", "X provides Y with P", "X provides most of Y's P", "P for Y's vans are provided by X": goods that one
    // company provides to another.
    private static (EntityMention Maker, EntityMention Customer)? ProvidedGoods(SentenceView sentence, int verb, EntityMention? implied)
    {
        // "The cells used in Y's packs are provided by X": the possessor in the goods phrase before the passive verb is the customer.
        if (IsPassive(sentence, verb))
        {
            if (sentence.Word(verb + 1) is not "by" || ActorAt(sentence, verb + 2) is not { } agent)
            {
                return null;
            }

            return GoodsOwnerBefore(sentence, verb, agent) is { } owner ? (agent, owner) : null;
        }

        EntityMention? customer = null;
        int o = verb + 1;
        while (o < sentence.End && o <= verb + 4 && ObjectQuantifiers.Contains(sentence.Word(o)))
        {
            o++;
        }

        // "provides Y with P": the receiver right after the verb, the goods after "with".
        if (ActorAt(sentence, verb + 1) is { } receiver && sentence.TokenAt(receiver.End) is var afterReceiver && sentence.Word(afterReceiver) is "with"
            && sentence.FindFirst(SuppliedGoods, afterReceiver + 1, Math.Min(sentence.End, afterReceiver + 8)) >= 0)
        {
            customer = receiver;
        }

        // "provides most of Y's battery cells": the possessor of the goods.
        else if (sentence.MentionAt(o) is { Label: EntityLabel.Org } possessor && sentence.TokenAt(possessor.End) is var afterPossessor
            && sentence.Word(afterPossessor) is "’s" or "'s" or "’" or "'" && sentence.Word(afterPossessor + 1) is not "own"
            && sentence.FindFirst(SuppliedGoods, afterPossessor + 1, Math.Min(sentence.End, afterPossessor + 5)) >= 0)
        {
            customer = possessor;
        }

        // "provides battery modules to Y": goods, then "to" and the receiver.
        else
        {
            for (int t = verb + 1; t < sentence.End && t <= verb + 10; t++)
            {
                if (sentence.Word(t) is ";" or "while" or "but" or "which" or "that" or "where")
                {
                    break;
                }

                if (sentence.Word(t) is "to" && sentence.FindFirst(SuppliedGoods, verb + 1, t) >= 0)
                {
                    customer = ActorAt(sentence, t + 1) ?? DescribedCustomerAt(sentence, t + 1);
                    break;
                }
            }
        }

        if (customer is null)
        {
            return null;
        }

        EntityMention? maker = PronounSubject(sentence, verb, customer, implied) ?? SubjectPhraseOwner(sentence, verb, customer)
            ?? SubjectBefore(sentence, verb, customer) ?? Antecedent(sentence, implied, customer);
        return maker is null ? null : (maker, customer);
    }

    // The company whose goods a subject before a verb names: "Cells for Y's vans", "The packs used in Y's trucks", "Y's seats".
    private static EntityMention? GoodsOwnerBefore(SentenceView sentence, int verb, EntityMention agent)
    {
        if (sentence.FindFirst(SuppliedGoods, sentence.First, verb) < 0)
        {
            return null;
        }

        for (int k = sentence.First; k < verb; k++)
        {
            if (sentence.Word(k) is "," or ";" && k > sentence.First + 1)
            {
                return null;
            }

            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } owner && owner.Name != agent.Name && sentence.TokenAt(owner.End) is var after
                && (sentence.Word(after) is "’s" or "'s" or "’" or "'" || (k > sentence.First && sentence.Word(k - 1) is "for")))
            {
                return owner;
            }
        }

        return null;
    }

    // "output of the E-Pace and I-Pace for Y is ending", "production of the Ocean at X's plant stopped", "the site's contract
    // for the I-Pace came to an end", "a contract to supply pumps for the 208 built by Y expired", "Y ended its order for the
    // E-Pace": work or a deal for a customer's models that ended. The customer is named after "for", by "built by", as the
    // subject that ended the order, or is the model's brand; the maker is the plant's owner, else the company the text is about.
    private static (EntityMention Maker, EntityMention Customer)? EndedWork(SentenceView sentence, int noun)
    {
        int k = noun + 1;
        bool deal = DealWords.Contains(sentence.Word(noun));
        if (deal)
        {
            // "contract to supply electric coolant pumps for …": the work the deal is for, up to its "for".
            if (sentence.Word(k) is "to" && (BuildVerbs.Contains(sentence.Word(k + 1)) || ProvideVerbs.Contains(sentence.Word(k + 1))))
            {
                int limit = Math.Min(sentence.End, k + 9);
                while (k < limit && sentence.Word(k) is not "for")
                {
                    k++;
                }
            }

            if (sentence.Word(k) is not "for")
            {
                return null;
            }
        }
        else if (sentence.Word(k) is not "of")
        {
            return null;
        }

        k++;
        while (k < sentence.End && sentence.Word(k) is "the" or "its" or "their")
        {
            k++;
        }

        // "Production of Kia's Sorento", "output of Halvard's vans": the possessor is the customer.
        EntityMention? possessed = null;
        if (sentence.MentionAt(k) is { Label: EntityLabel.Org } owner && sentence.Word(sentence.TokenAt(owner.End)) is "’s" or "'s" or "’" or "'")
        {
            possessed = owner;
            k = sentence.TokenAt(owner.End) + 1;
            if (sentence.MentionAt(k) is not { Label: EntityLabel.Product } && (SuppliedGoods.Contains(sentence.Word(k)) || VehicleWords.Contains(sentence.Word(k))))
            {
                int ended0 = EndAfter(sentence, k + 1);
                EntityMention? maker0 = ended0 < 0 ? null : ended0 + 1 < sentence.End && sentence.Word(ended0 + 1) is "there" ? RecentPlantOwner(sentence) : TopicUnlessCustomer(sentence, owner);
                return maker0 is null ? null : (maker0, owner);
            }
        }

        if (sentence.MentionAt(k) is not { Label: EntityLabel.Product } product)
        {
            return null;
        }

        // "the E-Pace and I-Pace": further models joined to the first.
        k = sentence.TokenAt(product.End);
        while (k + 1 < sentence.End && sentence.Word(k) is "and" or "," && sentence.MentionAt(sentence.Word(k + 1) is "the" ? k + 2 : k + 1) is { Label: EntityLabel.Product } joined)
        {
            k = sentence.TokenAt(joined.End);
        }

        EntityMention? customer = possessed;
        EntityMention? maker = null;
        if (sentence.Word(k) is "for" && ActorAt(sentence, k + 1) is { } named)
        {
            customer = named;
            k = sentence.TokenAt(named.End);
        }
        else if (MakerParticiples.Contains(sentence.Word(k)) && sentence.Word(k + 1) is "by" && ActorAt(sentence, k + 2) is { } builder)
        {
            // "pumps for the Peugeot 208 built by Stellantis in Trnava": the carmaker that builds the model buys the parts.
            customer = builder;
            k = sentence.TokenAt(builder.End);
        }

        // "at Magna's Graz plant", "in Graz": the plant's owner made the models.
        if (sentence.Word(k) is "at" or "in")
        {
            maker = PlantOwnerAt(sentence, k + 1)
                ?? (sentence.MentionAt(sentence.Word(k + 1) is "the" ? k + 2 : k + 1) is { Label: EntityLabel.Loc or EntityLabel.Facility } place ? OwnerOfTown(sentence, place) : null)
                ?? (sentence.Word(k) is "at" && sentence.MentionAt(k + 1) is { Label: EntityLabel.Org } atCompany ? atCompany : null);
            k = AfterPlace(sentence, k + 1);
        }

        int ended = EndAfter(sentence, k);
        int endedBefore = -1;
        // "Y ended its order for the E-Pace": the subject that ended its own deal is the customer.
        if (ended < 0 && deal && noun - 2 >= sentence.First && sentence.Word(noun - 1) is "its" or "their" && EndWords.Contains(sentence.Word(noun - 2)))
        {
            endedBefore = noun - 2;
            customer = SubjectBefore(sentence, endedBefore, NoCompany) ?? customer;
        }

        if (ended < 0 && endedBefore < 0)
        {
            return null;
        }

        customer ??= BrandOf(sentence, product);
        if (customer is null)
        {
            return null;
        }

        // "… ended there": the owner of the plant the sentences before spoke of.
        if (maker is null && ended >= 0 && sentence.Word(ended + 1) is "there")
        {
            maker = RecentPlantOwner(sentence);
            return maker is null ? null : (maker, customer);
        }

        maker ??= OwnerBefore(sentence, noun, customer) ?? TopicUnlessCustomer(sentence, customer);
        return maker is null ? null : (maker, customer);
    }

    // The verb that ends the work named before "from": "is ending", "stopped abruptly", "came to an end", "has expired"; or -1.
    private static int EndAfter(SentenceView sentence, int from)
    {
        for (int k = from; k < sentence.End && k < from + 6; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (EndWords.Contains(word) && word is not "end" and not "ends")
            {
                return k;
            }

            if ((word is "came" or "come" or "comes" or "coming" && sentence.Word(k + 1) is "to" && sentence.Word(k + 2) is "an" && sentence.Word(k + 3) is "end")
                || (word is "ran" or "runs" or "run" && sentence.Word(k + 1) is "out"))
            {
                return k;
            }

            // "… built in Trnava, Slovakia, expired": the comma that closes a place.
            if (word is not ("is" or "was" or "has" or "had" or "have" or "been" or "will" or "be" or "are" or "were" or "abruptly" or "finally" or "also" or "now" or "then" or "quietly")
                && !(word is "," && k == from))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Magna's contract": the company a possessive before the noun names ("the site's contract" names none).
    private static EntityMention? OwnerBefore(SentenceView sentence, int noun, EntityMention customer)
    {
        for (int k = noun - 1; k >= sentence.First && k >= noun - 4; k--)
        {
            if (sentence.Word(k) is "’s" or "'s")
            {
                if (sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } possessor && possessor.Name != customer.Name)
                {
                    return possessor;
                }

                return null;
            }
        }

        return null;
    }

    // The token after a place phrase: "Trnava, Slovakia", "the plant", "Magna's Graz plant".
    private static int AfterPlace(SentenceView sentence, int at)
    {
        int k = at;
        while (k < sentence.End && k < at + 8)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility or EntityLabel.Org } place)
            {
                k = sentence.TokenAt(place.End);
            }
            else if (sentence.Word(k) is "the" or "its" or "’s" or "'s" || PlantNouns.Contains(sentence.Word(k))
                || (sentence.Word(k) is "," && sentence.MentionAt(k + 1) is { Label: EntityLabel.Loc }))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    // The company the text is about, unless that is the customer or its group: "Production of the Sorento ended" in an
    // article about Kia is Kia's own work.
    private static EntityMention? TopicUnlessCustomer(SentenceView sentence, EntityMention customer) =>
        sentence.MostNamedOrganization(sentence.Span.Start, mention => !IsFinancier(mention)) is { } topic
        && topic.Name != customer.Name && !SameGroup(topic, customer) && topic.Name != customer.Entry?.Parent && customer.Name != topic.Entry?.Parent
            ? topic : null;

    // "…, and the Győr plant supplies door panels to Audi": a brand named as the one goods are supplied to is a customer of its
    // own, even where its group is the customer of another clause.
    private static bool NamedRecipient(SentenceView sentence, EntityMention customer, string rule) =>
        rule == "productionAgreement.supply-to" && sentence.TokenAt(customer.Start) is var at && at > sentence.First && sentence.Word(at - 1) is "to"
        && sentence.MentionAt(at) is { Label: EntityLabel.Org };

    // "X has signed a contract to supply P to Y", "The Korean group has agreed to deliver P to Y", "It signed a memorandum with Y to
    // supply P": the subject of the clause that agreed supplies goods to the company after "to", else to the partner after "with".
    private static (EntityMention Maker, EntityMention Customer)? AgreedSupply(SentenceView sentence, int verb)
    {
        EntityMention? customer = null;
        for (int t = verb + 1; t < sentence.End && t <= verb + 10; t++)
        {
            if (sentence.Word(t) is ";" or "while" or "but" or "which" or "that" or "where" or "for")
            {
                break;
            }

            if (sentence.Word(t) is "to" && sentence.FindFirst(SuppliedGoods, verb + 1, t) >= 0)
            {
                customer = ActorAt(sentence, t + 1) ?? DescribedCustomerAt(sentence, t + 1);
                break;
            }
        }

        // Back over the words of agreeing to the subject: "has signed a long-term contract (with Y) to".
        int k = verb - 2;
        EntityMention? partner = null;
        while (k >= sentence.First && k >= verb - 14)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } named && k > sentence.First && sentence.Word(sentence.TokenAt(named.Start) - 1) is "with")
            {
                partner = named;
                k = sentence.TokenAt(named.Start) - 2;
                continue;
            }

            if (!AgreementWords.Contains(sentence.Word(k)))
            {
                break;
            }

            k--;
        }

        if (k < sentence.First || k == verb - 2 || (customer is null && (partner is null || sentence.FindFirst(SuppliedGoods, verb + 1, Math.Min(sentence.End, verb + 8)) < 0)))
        {
            return null;
        }

        // The subject ends at k: a company, "it", or a description ("The Korean group").
        EntityMention? maker = sentence.MentionAt(k) is { Label: EntityLabel.Org } subject && (sentence.TokenAt(subject.Start) == sentence.First || sentence.Word(sentence.TokenAt(subject.Start) - 1) is "," or "and")
            ? subject
            : sentence.Word(k) is "it" or "It" && k == sentence.First ? sentence.LastSubjectBefore(customer?.Name ?? partner?.Name, notFinancier: true)
            : DescribedSubjectBefore(sentence, k + 1);
        customer ??= partner;
        if (maker is null || customer is null)
        {
            return null;
        }

        // "BMW signed a deal with Korvane to supply cells": a carmaker's supplier partner supplies it.
        return customer == partner && (sentence.Word(k) is "carmaker" or "automaker" or "truckmaker" || maker.Entry?.Kind is "carmaker" or "brand" or "start-up")
            && partner.Entry?.Kind is null or "supplier" or "battery" or "chip" or "contract-manufacturer"
            ? (partner, maker) : (maker, customer);
    }

    // What is supplied but not built: "supplies electricity to", "delivers software updates to", "ships raw lithium to".
    private static readonly SpanLookup NoGoodsWords = new(
    [
        "electricity", "power", "energy", "water", "gas", "heat", "steam", "hydrogen", "software", "services", "service", "data", "funding", "capital",
        "financing", "land", "support", "expertise", "know-how", "licences", "licenses", "ore", "lithium", "nickel", "cobalt", "graphite", "steel",
        "aluminium", "aluminum", "copper", "scrap",
    ]);

    // Whether the object between a supply verb and its "to" names no built goods: "supplies electricity to Y".
    private static bool SuppliesNoGoods(SentenceView sentence, int verb, int to) =>
        sentence.FindFirst(NoGoodsWords, verb + 1, to) >= 0 && sentence.FindFirst(SuppliedGoods, verb + 1, to) < 0;

    // "China's BYD", "South Korea's LG Energy Solution": a company after its country's possessive, or null.
    private static EntityMention? CountryPossessedActor(SentenceView sentence, int at)
    {
        if (sentence.MentionAt(at) is not { Label: EntityLabel.Loc } country)
        {
            return null;
        }

        int after = sentence.TokenAt(country.End);
        if (sentence.Word(after) is not ("’s" or "'s"))
        {
            return null;
        }

        return sentence.MentionAt(after + 1) is { Label: EntityLabel.Org } company ? company : null;
    }

    // "X will supply the harnesses for the e Vitara, while the cells come from BYD": parts that come from a maker in a clause set
    // against another supplier's are for the brand of the model that supplier's goods are for.
    private static EntityMention? ParallelSupplierModelBrand(SentenceView sentence, int verb, EntityMention source)
    {
        int contrast = sentence.FindLast(ContrastWords, sentence.First, verb);
        if (contrast < 0 || FirstOrganizationBefore(sentence, contrast, source) is not { } first || sentence.FindFirst(BuildVerbs, sentence.TokenAt(first.End), Math.Min(contrast, sentence.TokenAt(first.End) + 10)) is not (>= 0 and var supplied))
        {
            return null;
        }

        for (int k = supplied + 1; k + 1 < contrast; k++)
        {
            if (sentence.Word(k) is "for" && sentence.MentionAt(sentence.Word(k + 1) is "the" ? k + 2 : k + 1) is { Label: EntityLabel.Product } model)
            {
                return BrandOf(sentence, model) is { } brand && brand.Name != source.Name && !SameGroup(brand, source) ? brand : null;
            }
        }

        return null;
    }

    private static readonly SpanLookup LaterSupplyVerbs = new(
        ["supply", "supplies", "supplied", "supplying", "deliver", "delivers", "delivered", "delivering", "provide", "provides", "provided", "providing", "ship", "ships", "shipping"]);

    // The words between a later supplier and its verb: "is due to deliver", "will also supply", "has begun shipping".
    private static readonly SpanLookup SupplyAuxiliaries = new(
        ["is", "are", "was", "will", "would", "also", "now", "soon", "due", "set", "expected", "scheduled", "to", "has", "have", "begun", "began", "start", "started", "starts", "already"]);

    // "Cells for the vans are supplied by CATL, while ACC, the venture Stellantis owns with …, is due to deliver cells from its plant
    // in Billy-Berclau": a later supplier, after an apposition and auxiliaries, that names no customer of its own supplies the
    // customer of the deal before.
    private static (EntityMention Supplier, int Verb)? LaterSupplier(SentenceView sentence, int verb, EntityMention manufacturer, EntityMention customer)
    {
        int from = Math.Max(verb, Math.Max(sentence.TokenAt(manufacturer.End), sentence.TokenAt(customer.End)));
        int contrast = sentence.FindFirst(ContrastWords, from, sentence.End);
        if (contrast < 0 || sentence.Word(contrast) is ";" || sentence.MentionAt(contrast + 1) is not { Label: EntityLabel.Org } supplier
            || supplier.Name == manufacturer.Name || supplier.Name == customer.Name || IsFinancier(supplier) || SameGroup(supplier, customer))
        {
            return null;
        }

        int v = AfterApposition(sentence, sentence.TokenAt(supplier.End));
        for (int limit = v + 5; v < sentence.End && v < limit && SupplyAuxiliaries.Contains(sentence.Word(v)); v++)
        {
        }

        if (v >= sentence.End || !LaterSupplyVerbs.Contains(sentence.Word(v)) || IsPassive(sentence, v))
        {
            return null;
        }

        // The goods, then the end of the clause, an origin ("from its plant in …") or a date: no customer of its own.
        int k = v + 1;
        while (k < sentence.End && k <= v + 6 && !SuppliedGoods.Contains(sentence.Word(k)))
        {
            if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != Tokenization.TokenKind.Word)
            {
                return null;
            }

            k++;
        }

        if (k >= sentence.End || !SuppliedGoods.Contains(sentence.Word(k)))
        {
            return null;
        }

        for (int t = k + 1; t < sentence.End; t++)
        {
            if (sentence.Word(t) is "to" or "for" && (ActorAt(sentence, t + 1) is not null || DescribedCustomerAt(sentence, t + 1) is not null))
            {
                return null;
            }
        }

        return (supplier, v);
    }

    private static readonly SpanLookup WithWords = new(["with"]);

    private static readonly SpanLookup AnaphoricVehicles = new(
        ["car", "cars", "model", "models", "vehicle", "vehicles", "van", "vans", "SUV", "SUVs", "pickup", "pickups", "truck", "trucks", "crossover", "hatchback", "sedan", "both"]);

    // The supplier and customer of "X supplies P for the car" or "…, with P supplied by X" where the vehicles are those the sentence
    // before said a company builds ("Stellantis has started building the Grande Panda at Kragujevac."); the customer is that company.
    private static (EntityMention Maker, EntityMention Customer)? PartsForVehiclesBefore(SentenceView sentence, int verb)
    {
        EntityMention? supplier;
        if (sentence.Word(verb + 1) is "by")
        {
            // "…, with the drive units and battery systems supplied by X", in a sentence whose subject names the vehicles.
            int with = sentence.FindLast(WithWords, Math.Max(sentence.First, verb - 8), verb);
            if (with < 0 || sentence.FindFirst(SuppliedGoods, with + 1, verb) < 0 || ActorAt(sentence, verb + 2) is not { } agent
                || !(sentence.Word(sentence.First) is "Both" or "The" or "It" or "They" && AnaphoricVehicles.Contains(sentence.Word(sentence.First + 1)) || sentence.Word(sentence.First) is "Both" or "It" or "They"))
            {
                return null;
            }

            supplier = agent;
        }
        else
        {
            // "X supplies the seats for the car": goods, then "for the" and a vehicle noun that ends the phrase.
            if (IsPassive(sentence, verb) || (SubjectPhraseOwner(sentence, verb, NoCompany) ?? SubjectBefore(sentence, verb, NoCompany)) is not { } subject)
            {
                return null;
            }

            // "Halvard builds vans in Szeged. Korvane is due to deliver cells from its plant in Debrecen.": goods to be delivered, the
            // sentence naming no other company and no receiver, are for the builder of the sentence before.
            if (sentence.Word(verb) is "supply" or "deliver" or "ship" or "provide" && sentence.Word(verb - 1) is "to" or "will" or "also"
                && sentence.FindFirst(SuppliedGoods, verb + 1, Math.Min(sentence.End, verb + 4)) >= 0 && OnlyCompanyNamed(sentence, subject)
                && sentence.FindFirst(ForOrToWords, verb + 1, sentence.End) < 0)
            {
                return BuilderOfVehiclesBefore(sentence, subject) is { } receiver ? (subject, receiver) : null;
            }

            int forAt = -1;
            for (int k = verb + 1; k < sentence.End && k <= verb + 8; k++)
            {
                if (sentence.MentionAt(k) is not null || sentence.Word(k) is "," or ";" or "to")
                {
                    return null;
                }

                if (sentence.Word(k) is "for")
                {
                    forAt = k;
                    break;
                }
            }

            if (forAt < 0 || sentence.FindFirst(SuppliedGoods, verb + 1, forAt) < 0 || sentence.Word(forAt + 1) is not ("the" or "both")
                || !AnaphoricVehicles.Contains(sentence.Word(sentence.Word(forAt + 1) is "both" ? forAt + 1 : forAt + 2)))
            {
                return null;
            }

            // "for both", "for both pickups", "for the car".
            int after = sentence.Word(forAt + 1) is "both" ? (AnaphoricVehicles.Contains(sentence.Word(forAt + 2)) ? forAt + 3 : forAt + 2) : forAt + 3;
            if (after < sentence.End && sentence.Word(after) is not ("." or "," or ";" or "from" or "at" or "in" or "since" or "until" or "and" or "under" or "on"))
            {
                return null;
            }

            supplier = subject;
        }

        return BuilderOfVehiclesBefore(sentence, supplier) is { } builder ? (supplier, builder) : null;
    }

    // The company that the sentence before says builds a model: "Stellantis has started building the Grande Panda at Kragujevac".
    private static EntityMention? BuilderOfVehiclesBefore(SentenceView sentence, EntityMention supplier)
    {
        SentenceView previous = SentenceView.At(sentence.Document, sentence.Index - 1);
        int verb = FirstBuildVerb(previous);
        if (verb < 0 || IsPassive(previous, verb) || SellVerbs.Contains(previous.Word(verb)) || previous.FindFirst(SuppliedGoods, verb + 1, Math.Min(previous.End, verb + 6)) >= 0)
        {
            return null;
        }

        // A model the lexicon knows, or a name it does not ("more than 100,000 electric Explorers and Capris").
        bool model = false;
        foreach (EntityMention mention in previous.Mentions)
        {
            model |= mention.Label == EntityLabel.Product && previous.TokenAt(mention.Start) > verb;
        }

        for (int k = verb + 1; !model && k < previous.End && k <= verb + 8 && previous.Word(k) is not ("in" or "at" or "for" or "," or "since"); k++)
        {
            model = previous.MentionAt(k) is null && previous.Tokens[k].Kind == Tokenization.TokenKind.Word && char.IsUpper(previous.Word(k)[0]);
        }

        return model && SubjectBefore(previous, verb, supplier) is { } builder && builder.Name != supplier.Name ? builder : null;
    }

    private static readonly SpanLookup WhatWords = new(["what", "What"]);

    // "most of what Skellefteå makes goes to Scania", "all of what the plant produces will go to Y": the output of a company, of
    // a town's plant or of the plant the text is about goes to a customer.
    private static (EntityMention Maker, EntityMention Customer, int Verb)? WhatIsMadeGoesTo(SentenceView sentence, int what)
    {
        int k = what + 1;
        EntityMention? maker = null;
        if (sentence.MentionAt(k) is { Label: EntityLabel.Org } company)
        {
            maker = company;
            k = sentence.TokenAt(company.End);
        }
        else if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
        {
            maker = OwnerOfTown(sentence, town);
            k = sentence.TokenAt(town.End);
        }
        else if (sentence.Word(k) is "the" or "its" && PlantNouns.Contains(sentence.Word(k + 1)))
        {
            maker = RecentPlantOwner(sentence) ?? sentence.LastSubjectBefore(notFinancier: true);
            k += 2;
        }

        while (k < sentence.End && sentence.Word(k) is "now" or "currently" or "still" or "also")
        {
            k++;
        }

        if (maker is null || !BuildVerbs.Contains(sentence.Word(k)) || SellVerbs.Contains(sentence.Word(k)))
        {
            return null;
        }

        int go = k + 1;
        while (go < sentence.End && go <= k + 3 && sentence.Word(go) is "will" or "would" or "is" or "also" or "now" or "still" or "currently")
        {
            go++;
        }

        return sentence.Word(go) is "goes" or "go" or "went" or "going" && sentence.Word(go + 1) is "to" && ActorAt(sentence, go + 2) is { } customer
            ? (maker, customer, go) : null;
    }

    // The head words of the supply relations: a verb, a participle or a noun.
    private static readonly SpanLookup RelationWords = new(
    [
        "relies", "rely", "relied", "relying", "depends", "depend", "depended", "supplied", "delivered", "shipped", "provided", "awarded", "awards", "award",
        "deliveries", "shipments", "supplier", "suppliers", "provider", "customer", "customers", "client", "clients", "sells", "sell", "sold", "selling",
        "get", "got", "getting", "obtains", "obtain", "obtained", "imports", "import", "imported", "equip", "equips", "equipped", "fit", "fits", "fitted",
        "supplying", "used", "power", "powers", "uses", "use", "using", "supply", "supplies", "deliver", "delivers", "delivering", "ship", "ships",
        "serve", "serves", "served", "serving", "under", "whereby",
    ]);

    // Parts a supplier sells to a carmaker (not whole vehicles, which a fleet or a dealer may buy).
    private static readonly SpanLookup SoldParts = new(
    [
        "cell", "cells", "pack", "packs", "module", "modules", "seats", "axles", "e-axles", "motors", "engines", "harnesses", "castings", "chips",
        "components", "parts", "inverters", "gearboxes", "transmissions", "batteries", "powertrains", "drivetrains", "enclosures", "housings",
    ]);

    private static (EntityMention Maker, EntityMention Customer, string Rule)? SupplyRelation(SentenceView sentence, int i)
    {
        ReadOnlySpan<char> word = sentence.Word(i);

        // "Y relies on X for P", "Y depends on X for its battery packs".
        if (word is "relies" or "rely" or "relied" or "relying" or "depends" or "depend" or "depended" && sentence.Word(i + 1) is "on" or "upon"
            && ActorAt(sentence, i + 2) is { } reliedOn && sentence.Word(sentence.TokenAt(reliedOn.End)) is "for" && sentence.TokenAt(reliedOn.End) is var reliedFor
            && sentence.FindFirst(SuppliedGoods, reliedFor + 1, Math.Min(sentence.End, reliedFor + 6)) >= 0
            && SubjectBefore(sentence, i, reliedOn) is { } relier)
        {
            return (reliedOn, relier, "productionAgreement.relies-on");
        }

        // "Battery packs supplied by X to Y": a passive supply with both parties.
        if (word is "supplied" or "delivered" or "shipped" or "provided" && sentence.Word(i + 1) is "by" && ActorAt(sentence, i + 2) is { } agent
            && sentence.TokenAt(agent.End) is var afterAgent && sentence.Word(afterAgent) is "to" && ActorAt(sentence, afterAgent + 1) is { } recipient
            && sentence.FindFirst(SuppliedGoods, Math.Max(sentence.First, i - 6), i) >= 0)
        {
            return (agent, recipient, "productionAgreement.supplied-by-to");
        }

        // "Y has awarded X a contract to supply P", "Y awarded X an order for P".
        if (word is "awarded" or "awards" or "award" && !IsPassive(sentence, i) && ActorAt(sentence, i + 1) is { } awardee
            && sentence.TokenAt(awardee.End) is var afterAwardee && sentence.Word(afterAwardee) is "a" or "an" or "the"
            && sentence.FindFirst(DealWords, afterAwardee + 1, Math.Min(sentence.End, afterAwardee + 4)) is >= 0 and var awardDeal
            && (sentence.FindFirst(SuppliedGoods, awardDeal + 1, Math.Min(sentence.End, awardDeal + 8)) >= 0 || ProductAfterWords(sentence, awardDeal + 1, 6))
            && (SubjectBefore(sentence, i, awardee) ?? DescribedSubjectBefore(sentence, i)) is { } awarder)
        {
            return (awardee, awarder, "productionAgreement.awarded");
        }

        // "X will start deliveries of P to Y", "Shipments of modules to Y began": the subject, else the company that reports it.
        if (word is "deliveries" or "shipments" && sentence.Word(i + 1) is "of" && sentence.FindFirst(SuppliedGoods, i + 2, Math.Min(sentence.End, i + 7)) >= 0)
        {
            for (int t = i + 2; t < sentence.End && t <= i + 8; t++)
            {
                if (sentence.Word(t) is "to" && ActorAt(sentence, t + 1) is { } receiver)
                {
                    EntityMention? deliverer = SubjectBefore(sentence, i, receiver) ?? ReporterAfter(sentence, t, receiver);
                    return deliverer is null ? null : (deliverer, receiver, "productionAgreement.deliveries-to");
                }

                if (sentence.Word(t) is "," or ";" or "from" or "for")
                {
                    break;
                }
            }
        }

        // "X is Y's main supplier (of P)", "Y's battery supplier X", "X, Y's main supplier of packs, …".
        if (word is "supplier" or "provider" or "suppliers" or "providers" && CustomerPossessive(sentence, i) is { } supplied
            && (CopulaSubject(sentence, sentence.TokenAt(supplied.Start))
                ?? (sentence.MentionAt(i + 1) is { Label: EntityLabel.Org } named ? named : null)
                ?? (sentence.TokenAt(supplied.Start) - 1 is var comma && comma - 1 >= sentence.First && sentence.Word(comma) is "," && sentence.MentionAt(comma - 1) is { Label: EntityLabel.Org } apposed ? apposed : null)) is { } supplierCompany)
        {
            return (supplierCompany, supplied, "productionAgreement.possessed-supplier");
        }

        // "Y dropped X as its battery supplier", "X lost Y as a customer", "X won Y as a client": the company before "as".
        if (word is "supplier" or "provider" or "customer" or "client" && AsRoleCompany(sentence, i) is { } inRole
            && SubjectBefore(sentence, sentence.TokenAt(inRole.Start), inRole) is { } other && !RoleDenied(sentence, sentence.TokenAt(inRole.Start)))
        {
            return word is "supplier" or "provider" ? (inRole, other, "productionAgreement.as-supplier") : (other, inRole, "productionAgreement.as-customer");
        }

        // "X supplies battery systems and axles to Cologne", "X delivers packs to the Cologne plant": goods sent to a town's plant
        // are for the company whose plant the text placed there.
        if (word is "supply" or "supplies" or "supplied" or "supplying" or "deliver" or "delivers" or "delivered" or "delivering" or "ship" or "ships" or "shipped"
            && !IsPassive(sentence, i) && !IsSupplyNoun(sentence, i))
        {
            for (int t = i + 1; t < sentence.End && t <= i + 10; t++)
            {
                if (sentence.MentionAt(t) is not null || sentence.Word(t) is ";" or "which" or "that" or "for")
                {
                    break;
                }

                if (sentence.Word(t) is "to" && sentence.FindFirst(SuppliedGoods, i + 1, t) >= 0 && SuppliedTown(sentence, t + 1) is { } town
                    && OwnerOfTown(sentence, town) is { } townOwner && (SubjectPhraseOwner(sentence, i, townOwner) ?? SubjectBefore(sentence, i, townOwner)) is { } townSupplier)
                {
                    return (townSupplier, townOwner, "productionAgreement.supply-to-town");
                }
            }
        }

        // "The Szeged plant will serve Y", "X opened a plant in T to serve Y": a plant that serves a company builds for it.
        if (word is "serve" or "serves" or "served" or "serving" && sentence.FindLast(PlantNouns, Math.Max(sentence.First, i - 7), i) is >= 0 and var servingPlant
            && sentence.FindFirst(ClauseBreaks, servingPlant, i) < 0)
        {
            int at = i + 1;
            while (at < sentence.End && sentence.Word(at) is "mainly" or "mostly" or "chiefly" or "primarily" or "also" or "both" or "only")
            {
                at++;
            }

            if (ActorAt(sentence, at) is { } served
                && (SubjectBefore(sentence, servingPlant, served) ?? ServingPlantOwner(sentence, servingPlant)) is { } server)
            {
                return (server, served, "productionAgreement.plant-serves");
            }
        }

        // "X and Y signed a deal under which X will supply P", "…, whereby Y will build the vans for X": the other of the pair named
        // before the deal is the customer.
        if ((word is "whereby" || (word is "under" && sentence.Word(i + 1) is "which")) && sentence.MentionAt(word is "whereby" ? i + 1 : i + 2) is { Label: EntityLabel.Org } party
            && sentence.TokenAt(party.End) is var partyEnd && NextBuildVerb(sentence, partyEnd) is >= 0 and var partyVerb && partyVerb <= partyEnd + 3
            && !SellVerbs.Contains(sentence.Word(partyVerb)) && sentence.FindFirst(DealWords, Math.Max(sentence.First, i - 4), i) >= 0
            && PairNamedBefore(sentence, i) is var (one, two) && (one.Name == party.Name || two.Name == party.Name)
            && sentence.FindFirst(ForOrToWords, partyVerb + 1, Math.Min(sentence.End, partyVerb + 8)) < 0)
        {
            return (party, one.Name == party.Name ? two : one, "productionAgreement.deal-under-which");
        }

        // "Y will get its battery packs from X", "Y imports cells from X": goods, then "from" and their maker.
        if (word is "get" or "got" or "getting" or "obtains" or "obtain" or "obtained" or "imports" or "import" or "imported" && !IsPassive(sentence, i)
            && sentence.FindFirst(FromWords, i + 1, Math.Min(sentence.End, i + 7)) is >= 0 and var gotFrom && sentence.FindFirst(SuppliedGoods, i + 1, gotFrom) >= 0
            && ActorAt(sentence, gotFrom + 1) is { } vendor && SubjectBefore(sentence, i, vendor) is { } getter)
        {
            return (vendor, getter, "productionAgreement.gets-from");
        }

        // "X will equip Y's vans with packs"; "Y's vans are fitted with seats from X", "… equipped with X's cells".
        if (word is "equip" or "equips" or "equipped" or "fit" or "fits" or "fitted" && sentence.Word(i + 1) is not "in" and not "into")
        {
            if (!IsPassive(sentence, i) && sentence.MentionAt(i + 1) is { Label: EntityLabel.Org } owner && sentence.Word(sentence.TokenAt(owner.End)) is "’s" or "'s" or "’" or "'"
                && sentence.FindFirst(WithWords, sentence.TokenAt(owner.End), Math.Min(sentence.End, sentence.TokenAt(owner.End) + 6)) is >= 0 and var with
                && sentence.FindFirst(SuppliedGoods, with + 1, Math.Min(sentence.End, with + 5)) >= 0 && SubjectBefore(sentence, i, owner) is { } fitter)
            {
                return (fitter, owner, "productionAgreement.equips");
            }

            if (IsPassive(sentence, i) && sentence.Word(i + 1) is "with" && GoodsOwnerBefore(sentence, i, NoCompany) is { } fitted
                && MakerOfGoodsAfter(sentence, i + 2) is { } partsMaker && partsMaker.Name != fitted.Name)
            {
                return (partsMaker, fitted, "productionAgreement.equipped-with");
            }
        }

        // "X started supplying Y in 2020", "X has been supplying Y since 2019".
        if (word is "supplying" && i > sentence.First && sentence.Word(i - 1) is "started" or "began" or "begun" or "been" or "start" or "continue" or "continues" or "keeps" or "stopped"
            && sentence.Word(i + 1) is not ("its" or "their" or "the") && sentence.MentionAt(i + 1) is { Label: EntityLabel.Org } suppliedDirectly
            && SubjectBefore(sentence, i, suppliedDirectly) is { } directSupplier)
        {
            return (directSupplier, suppliedDirectly, "productionAgreement.supplying");
        }

        // "X's packs will be used in Y's vans", "X's cells power Y's vans".
        if ((word is "used" && IsPassive(sentence, i) && sentence.Word(i + 1) is "in" or "by") || (word is "power" or "powers" && !IsPassive(sentence, i)))
        {
            int at = word is "used" ? i + 2 : i + 1;
            while (at < sentence.End && sentence.Word(at) is "the" or "all" or "most" or "of")
            {
                at++;
            }

            if (sentence.MentionAt(at) is { Label: EntityLabel.Org } user && sentence.Word(sentence.TokenAt(user.End)) is "’s" or "'s" or "’" or "'"
                && GoodsMakerBefore(sentence, i) is { } goodsMaker && goodsMaker.Name != user.Name)
            {
                return (goodsMaker, user, "productionAgreement.goods-used-in");
            }
        }

        // "Y's M uses cells from X", "the Y M uses X's cells": parts of another maker in a customer's model.
        if (word is "uses" or "use" or "using" && !IsPassive(sentence, i) && MakerOfGoodsAfter(sentence, i + 1) is { } usedMaker
            && (ModelBrandBefore(sentence, i) ?? GoodsOwnerBefore(sentence, i, usedMaker) ?? (sentence.MentionAt(sentence.First) is { Label: EntityLabel.Org } userSubject && sentence.TokenAt(userSubject.End) == i ? userSubject : null)) is { } modelOwner
            && modelOwner.Name != usedMaker.Name)
        {
            return (usedMaker, modelOwner, "productionAgreement.uses-parts-from");
        }

        // "Y is X's largest customer", "X counts Y among its customers".
        if (word is "customer" or "customers" or "client" or "clients")
        {
            if (CustomerPossessive(sentence, i) is { } supplier && CopulaSubject(sentence, sentence.TokenAt(supplier.Start)) is { } buyer)
            {
                return (supplier, buyer, "productionAgreement.possessed-customer");
            }

            // "Its former customer Y", "its biggest client, Y,": the company "its" stands for supplies the customer named after.
            if (OwnRoleDeterminer(sentence, i) is >= 0 and var its && sentence.MentionAt(sentence.Word(i + 1) is "," ? i + 2 : i + 1) is { Label: EntityLabel.Org } itsCustomer
                && (FirstOrganizationBefore(sentence, its, itsCustomer) ?? sentence.LastSubjectBefore(itsCustomer.Name, notFinancier: true)) is { } itsSupplier)
            {
                return (itsSupplier, itsCustomer, "productionAgreement.its-customer");
            }

            // "Y, a long-standing customer of X,": the customer named before its description.
            if (sentence.Word(i + 1) is "of" && ActorAt(sentence, i + 2) is { } customerOf && NounAppositionHead(sentence, i) is { } described && described.Name != customerOf.Name)
            {
                return (customerOf, described, "productionAgreement.customer-of");
            }

            if (i - 3 >= sentence.First && sentence.Word(i - 1) is "its" or "their" && sentence.Word(i - 2) is "among" && sentence.MentionAt(i - 3) is { Label: EntityLabel.Org } counted
                && sentence.TokenAt(counted.Start) - 1 is var counts && counts >= sentence.First && sentence.Word(counts) is "counts" or "count" or "counted" or "includes"
                && SubjectBefore(sentence, counts, counted) is { } counter)
            {
                return (counter, counted, "productionAgreement.counts-among-customers");
            }
        }

        // "X sells battery modules to Y": parts, not vehicles.
        if (word is "sells" or "sell" or "sold" or "selling" && !IsPassive(sentence, i))
        {
            for (int t = i + 1; t < sentence.End && t <= i + 7; t++)
            {
                if (sentence.MentionAt(t) is not null || sentence.Word(t) is "," or ";")
                {
                    break;
                }

                if (sentence.Word(t) is "to" && sentence.FindFirst(SoldParts, i + 1, t) >= 0 && sentence.FindFirst(VehicleWords, i + 1, t) < 0
                    && ActorAt(sentence, t + 1) is { } partsBuyer && SubjectBefore(sentence, i, partsBuyer) is { } seller)
                {
                    return (seller, partsBuyer, "productionAgreement.sells-parts-to");
                }
            }
        }

        return null;
    }

    // Whether a model the lexicon knows is named within a few words from a token.
    private static bool ProductAfterWords(SentenceView sentence, int from, int reach)
    {
        for (int k = from; k < sentence.End && k < from + reach; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Product })
            {
                return true;
            }
        }

        return false;
    }

    // The company of "Y's (main|largest|sole …) supplier|customer" before the noun at i, or null.
    private static EntityMention? CustomerPossessive(SentenceView sentence, int noun)
    {
        for (int k = noun - 1; k > sentence.First && k >= noun - 4; k--)
        {
            if (sentence.Word(k) is "’s" or "'s" or "’" or "'")
            {
                return sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } possessor ? possessor : null;
            }

            if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(sentence.Word(k)[0]))
            {
                return null;
            }
        }

        return null;
    }

    // The subject of "X is|was|became|remains|has become <phrase at>": the company right before the copula.
    private static EntityMention? CopulaSubject(SentenceView sentence, int at)
    {
        // "X is one of Y's suppliers", "X remains among Y's biggest customers".
        int copula = at - 1;
        while (copula > sentence.First && sentence.Word(copula) is "also" or "now" or "still" or "already" or "the" or "one" or "of" or "among")
        {
            copula--;
        }

        if (copula - 1 < sentence.First || sentence.Word(copula) is not ("is" or "was" or "became" or "becomes" or "remains" or "remained" or "become" or "be"))
        {
            return null;
        }

        int before = copula - 1;
        while (before > sentence.First && sentence.Word(before) is "has" or "have" or "will" or "had" or "would")
        {
            before--;
        }

        return sentence.MentionAt(before) is { Label: EntityLabel.Org } subject ? subject : null;
    }

    // "its battery supply from X", "the supply chain", "supply deals": "supply" used as a noun, not as a verb.
    private static bool IsSupplyNoun(SentenceView sentence, int i) =>
        sentence.Word(i) is "supply" or "supplies"
        && (sentence.Word(i + 1) is "from" or "chain" or "chains" or "deal" or "deals" or "contract" or "contracts" or "agreement" or "agreements" or "of" or "base" or "shortages"
            || (i > sentence.First && sentence.Word(i - 1) is "its" or "their" or "the" or "a" or "our" or "battery" or "cell" or "parts" or "component" or "components" or "’s" or "'s"));

    private static readonly SpanLookup SwitchVerbs = new(["switched", "switches", "switch", "switching", "shifted", "shifts", "moved", "moves"]);

    // "Y has switched its battery supply from X to Z", "Y moved its seat orders from X to Z": the old supplier, the new one and Y.
    private static (EntityMention Old, EntityMention Next, EntityMention Customer)? SwitchedSupply(SentenceView sentence, int verb)
    {
        int from = sentence.FindFirst(FromWords, verb + 1, Math.Min(sentence.End, verb + 7));
        if (from < 0 || sentence.FindFirst(SwitchedThings, verb + 1, from) < 0 || ActorAt(sentence, from + 1) is not { } old
            || sentence.Word(sentence.TokenAt(old.End)) is not "to" || ActorAt(sentence, sentence.TokenAt(old.End) + 1) is not { } next
            || (SubjectBefore(sentence, verb, old) ?? DescribedSubjectBefore(sentence, verb)) is not { } customer || customer.Name == next.Name)
        {
            return null;
        }

        return (old, next, customer);
    }

    // What a customer switches between suppliers: its supply, orders, sourcing or the goods themselves.
    private static readonly SpanLookup SwitchedThings = new(
    [
        "supply", "supplies", "orders", "order", "sourcing", "business", "contract", "purchases", "cells", "packs", "batteries", "seats", "modules", "parts",
        "components", "harnesses", "axles", "chips", "motors", "engines",
    ]);

    private static readonly SpanLookup DealKinds = new(["supply", "manufacturing", "production", "assembly", "contract-manufacturing", "sourcing"]);

    // "Y ended its supply contract with X", "Y signed a manufacturing agreement with X": a deal of supply or manufacture with a
    // partner, the maker being the one the lexicon knows as a supplier or contract maker, or the partner of a known carmaker.
    // "The contract with X to build the Sorento ended": a deal with a maker to build a model, for the model's brand.
    private static (EntityMention Maker, EntityMention Customer)? DealWithMaker(SentenceView sentence, int deal)
    {
        if (sentence.Word(deal + 1) is not "with" || ActorAt(sentence, deal + 2) is not { } partner)
        {
            return null;
        }

        int after = sentence.TokenAt(partner.End);
        if (sentence.Word(after) is "to" && BuildVerbs.Contains(sentence.Word(after + 1)) && !SellVerbs.Contains(sentence.Word(after + 1))
            && ProductAfter(sentence, after + 1) is { } built)
        {
            // "Its deal with Kia to assemble the Sorento": the partner's own model, built by the deal's holder.
            if (partner.Name == built.Brand.Name || SameGroup(partner, built.Brand) || partner.Name == built.Brand.Entry?.Parent)
            {
                EntityMention? holder = deal - 1 >= sentence.First && sentence.Word(deal - 1) is "its" or "Its" or "their" or "Their"
                    ? FirstOrganizationBefore(sentence, deal, partner) ?? sentence.LastSubjectBefore(partner.Name, notFinancier: true)
                    : deal - 2 >= sentence.First && sentence.Word(deal - 1) is "’s" or "'s" && sentence.MentionAt(deal - 2) is { Label: EntityLabel.Org } possessor ? possessor : null;
                return holder is null ? null : (holder, partner);
            }

            return SubjectBefore(sentence, deal, partner) is null ? (partner, built.Brand) : null;
        }

        if (!DealKinds.Contains(sentence.Word(deal - 1)) && !(deal - 2 >= sentence.First && DealKinds.Contains(sentence.Word(deal - 2))))
        {
            return null;
        }

        int k = deal - 1;
        while (k > sentence.First && k >= deal - 5 && sentence.MentionAt(k) is null)
        {
            k--;
        }

        if (SubjectBefore(sentence, k + 1, partner) is not { } subject)
        {
            return null;
        }

        bool partnerMakes = partner.Entry?.Kind is "supplier" or "battery" or "chip" or "contract-manufacturer";
        bool subjectMakes = subject.Entry?.Kind is "supplier" or "battery" or "chip" or "contract-manufacturer";
        bool partnerBuys = partner.Entry?.Kind is "carmaker" or "brand" or "start-up";
        bool subjectBuys = subject.Entry?.Kind is "carmaker" or "brand" or "start-up";
        // One side known is enough where the other is not known as the same: a carmaker's partner makes, a supplier's partner buys.
        return (subjectBuys && !partnerBuys) || (partnerMakes && !subjectMakes) ? (partner, subject)
            : (partnerBuys && !subjectBuys) || (subjectMakes && !partnerMakes) ? (subject, partner) : null;
    }

    // The maker of goods named from a token: "battery packs from X", "X's cells", "seats made by X", "X cells".
    private static EntityMention? MakerOfGoodsAfter(SentenceView sentence, int from)
    {
        for (int k = from; k < sentence.End && k < from + 7; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } company)
            {
                int after = sentence.TokenAt(company.End);
                bool possessive = sentence.Word(after) is "’s" or "'s" or "’" or "'";
                bool modifier = SuppliedGoods.Contains(sentence.Word(after)) || (possessive && sentence.FindFirst(SuppliedGoods, after + 1, Math.Min(sentence.End, after + 4)) >= 0);
                bool source = k > sentence.First && (sentence.Word(k - 1) is "from" || (sentence.Word(k - 1) is "by" && k - 2 >= sentence.First && (MakerParticiples.Contains(sentence.Word(k - 2)) || SuppliedParticiples.Contains(sentence.Word(k - 2)))))
                    && sentence.FindFirst(SuppliedGoods, from, k) >= 0;
                return modifier || source ? company : null;
            }

            if (sentence.Word(k) is "," or ";" or "and" or "which" or "that" or "for" or "to" or "in")
            {
                return null;
            }
        }

        return null;
    }

    // The company whose goods a possessive opens the subject with: "X's battery packs will be used in …".
    private static EntityMention? GoodsMakerBefore(SentenceView sentence, int verb)
    {
        for (int k = verb - 1; k >= sentence.First && k >= verb - 7; k--)
        {
            if (sentence.Word(k) is "’s" or "'s" or "’" or "'")
            {
                return sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } maker && sentence.FindFirst(SuppliedGoods, k + 1, verb) >= 0 ? maker : null;
            }

            if (sentence.Word(k) is "," or ";" or "which" or "that")
            {
                return null;
            }
        }

        return null;
    }

    // The company of "X as its (battery) supplier", "Y as a customer": the name right before "as", lower-case words between.
    private static EntityMention? AsRoleCompany(SentenceView sentence, int noun)
    {
        for (int k = noun - 1; k > sentence.First + 1 && k >= noun - 4; k--)
        {
            if (sentence.Word(k) is "as")
            {
                return sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } company && k + 1 < noun && sentence.Word(k + 1) is "its" or "their" or "a" or "an" or "the" ? company : null;
            }

            if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(sentence.Word(k)[0]))
            {
                return null;
            }
        }

        return null;
    }

    // "ruled out X as its supplier", "rejected Y as a customer", "has not selected X as …": the verb before the company denies the role.
    private static bool RoleDenied(SentenceView sentence, int company) =>
        company - 1 >= sentence.First && (sentence.Word(company - 1) is "rejected" or "excluded" or "refused"
            || sentence.FindFirst(Negations, Math.Max(sentence.First, company - 4), company) >= 0
            || (company - 2 >= sentence.First && sentence.Word(company - 2) is "ruled" && sentence.Word(company - 1) is "out"));

    // "does not rely on", "has never supplied", "will not deliver": a negation up to four words before, in the same clause.
    private static bool NegatedNear(SentenceView sentence, int i) =>
        sentence.FindLast(Negations, Math.Max(sentence.First, i - 4), i) is >= 0 and var negation && sentence.FindFirst(ClauseBreaks, negation, i) < 0
        && !(sentence.Word(negation) is "no" && sentence.Word(negation + 1) is "longer");

    // The town of "to Cologne", "to the Cologne plant", "to its Cologne factory", or null.
    private static EntityMention? SuppliedTown(SentenceView sentence, int at)
    {
        int k = sentence.Word(at) is "the" ? at + 1 : at;
        if (sentence.MentionAt(k) is not { Label: EntityLabel.Loc or EntityLabel.Facility } town || (town.Label == EntityLabel.Loc && town.Entry?.Kind is not ("city" or null)))
        {
            return null;
        }

        int after = sentence.TokenAt(town.End);
        bool plant = town.Label == EntityLabel.Facility || PlantNouns.Contains(sentence.Word(after));
        return plant || (k == at && (after >= sentence.End || sentence.Word(after) is not ("’s" or "'s" or "-based" or "region" or "area" or "airport" or "port"))) ? town : null;
    }

    // The two receivers of "supplies (both) Y and Z with P", or null.
    private static (EntityMention First, EntityMention Second)? CoordinatedReceivers(SentenceView sentence, int verb)
    {
        int at = sentence.Word(verb + 1) is "both" ? verb + 2 : verb + 1;
        if (sentence.MentionAt(at) is not { Label: EntityLabel.Org } first)
        {
            return null;
        }

        int and = sentence.TokenAt(first.End);
        if (sentence.Word(and) is not "and" || sentence.MentionAt(and + 1) is not { Label: EntityLabel.Org } second)
        {
            return null;
        }

        int with = sentence.TokenAt(second.End);
        return sentence.Word(with) is "with" && sentence.FindFirst(SuppliedGoods, with + 1, Math.Min(sentence.End, with + 6)) >= 0 ? (first, second) : null;
    }

    // The "its" of "its (former|biggest …) customer", lower-case words between, not after "among"; or -1.
    private static int OwnRoleDeterminer(SentenceView sentence, int noun)
    {
        for (int k = noun - 1; k >= sentence.First && k >= noun - 3; k--)
        {
            if (sentence.Word(k) is "its" or "Its" or "their" or "Their")
            {
                return k > sentence.First && sentence.Word(k - 1) is "among" or "of" or "to" or "for" or "with" ? -1 : k;
            }

            if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(sentence.Word(k)[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    // The company of "Y, a (long-standing) customer …": the name before the comma that opens the description at the noun.
    private static EntityMention? NounAppositionHead(SentenceView sentence, int noun)
    {
        for (int k = noun - 1; k > sentence.First && k >= noun - 4; k--)
        {
            if (sentence.Word(k) is "a" or "an" or "the")
            {
                return sentence.Word(k - 1) is "," && k - 2 >= sentence.First && sentence.MentionAt(k - 2) is { Label: EntityLabel.Org } head ? head : null;
            }

            if (sentence.MentionAt(k) is not null || sentence.Tokens[k].Kind != Tokenization.TokenKind.Word || !Text.CharClass.IsLower(sentence.Word(k)[0]))
            {
                return null;
            }
        }

        return null;
    }

    // The owner of the plant a sentence opens with: "The Szeged plant" (the company the text placed in Szeged), "The new line"
    // (the plant the text spoke of, else the company it is about).
    private static EntityMention? ServingPlantOwner(SentenceView sentence, int plant)
    {
        for (int k = sentence.First; k < plant; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Loc or EntityLabel.Facility } town)
            {
                return OwnerOfTown(sentence, town);
            }

            if (sentence.MentionAt(k) is not null)
            {
                return null;
            }
        }

        return sentence.Word(sentence.First) is "The" or "Its" ? RecentPlantOwner(sentence) ?? sentence.LastSubjectBefore(notFinancier: true) : null;
    }

    private static readonly SpanLookup ForOrToWords = new(["for", "to"]);

    // Whether the sentence names no company but the one given.
    private static bool OnlyCompanyNamed(SentenceView sentence, EntityMention company)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org && mention.Name != company.Name)
            {
                return false;
            }
        }

        return true;
    }

    // The town of "for the Kenitra line" before a verb (parts for a town's assembly line are the carmaker's of that town), or null.
    private static EntityMention? TownLineAt(SentenceView sentence, int verb)
    {
        for (int k = sentence.First; k + 3 < verb; k++)
        {
            if (sentence.Word(k) is "for" && sentence.Word(k + 1) is "the" && sentence.MentionAt(k + 2) is { Label: EntityLabel.Loc } town
                && sentence.Word(sentence.TokenAt(town.End)) is "line" or "lines" or "assembly")
            {
                return town;
            }
        }

        return null;
    }
}
