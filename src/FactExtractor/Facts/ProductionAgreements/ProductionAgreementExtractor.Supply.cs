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
    ]);

    // The trigger words of the supply passes, one look-up a token: a pass whose words are absent is skipped.
    private static class SupplyWordClasses
    {
        public const uint Provide = 1;

        public static readonly TriggerTable Table = new((ProvideVerbs, Provide));
    }

    // The supply constructions, each one fact per pair and sentence.
    private static void AddSupply(Document document, SentenceView sentence, HashSet<(string, string, int, string)> seen, ICollection<Fact> output)
    {
        uint classes = SupplyWordClasses.Table.ClassesOf(sentence);
        if (classes == 0 || IsNegated(sentence))
        {
            return;
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

                if (ProvidedGoods(sentence, i, implied) is var (maker, customer) && maker.Name != customer.Name && !SameGroup(maker, customer)
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
}
