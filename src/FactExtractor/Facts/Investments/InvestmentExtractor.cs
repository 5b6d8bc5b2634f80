using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactExtractor.Entities;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Facts.Investments;

/// <summary>
/// Finds investments: an amount of money in a sentence with an investment word (invest, stake, funding round, raise,
/// inject, back, pour, earmark, state aid, …) and without a word that makes the amount something else (revenue, profit,
/// valuation, price, order value). Investors are the organisations that act — the subject before the word, several
/// when joined by "and", the lead of a round ("led by X") — or, for "the $90 million X hopes to put in", the one right
/// after the amount. The investee follows "in"/"into" (or is the subject of "raised"); when the sentence has none, the
/// previous sentence's "in X" is used. Status comes from the verb: completed (has invested, raised), planned (will,
/// plans to, agreed), intended (wants to, is ready to, considers). Negated and denied plans give nothing.
/// </summary>
public sealed class InvestmentExtractor : IFactExtractor
{
    private static readonly SpanLookup Triggers = new(
    [
        "invest", "invests", "invested", "investing", "investment", "investments", "investor", "investors", "stake", "stakes",
        "funding", "round", "raise", "raises", "raised", "raising", "inject", "injects", "injected", "injection", "back", "backs",
        "backed", "backing", "pour", "pours", "poured", "pump", "pumps", "pumped", "earmark", "earmarks", "earmarked", "bankroll",
        "bankrolled", "fund", "funds", "funded", "financing", "finance", "commit", "commits", "committed", "commitment", "contribute",
        "contributes", "contributed", "grant", "grants", "aid", "subsidy", "subsidies", "capital", "offer", "offers", "put", "puts",
        "spend", "spends", "spending", "outlay", "Series", "financed", "infuse", "infuses", "infused", "infusion", "allocate",
        "allocates", "allocated", "allocation", "secured", "secures", "paid", "pays", "incentive", "incentives", "capex",
        "pumping", "pouring", "earmarking", "injecting", "bankrolling", "committing", "contributing", "allocating", "infusing",
        "securing", "spent", "funnel", "funnels", "funnelled", "funneled", "plough", "ploughs", "ploughed", "plow", "plowed",
        "channel", "channels", "channelled", "underwrite", "underwrites", "underwrote", "underwritten", "stump", "stumped",
        "support", "supports", "supported", "supporting", "award", "awards", "awarded", "loan", "loans", "lent", "package",
        "provide", "provides", "provided", "providing", "pledge", "pledges", "pledged", "pledging", "granted", "granting", "putting",
        "sink", "sinks", "sank", "sunk", "sinking", "lend", "lends", "lending", "offering", "promised", "promises", "pay", "paying",
        "cover", "covers", "covering", "obtained", "obtains", "credit", "credits", "subscribe", "subscribes", "subscribed", "subscribing",
        "received", "receives", "receive", "add", "adds", "added", "adding", "approved", "approves", "transfer", "transfers", "transferred",
        "transferring", "handed", "hands",
        // "Moment Energy got $15 million from …": money a company gets from named backers (the rule asks for "from").
        "got", "gets", "landed", "lands", "attracted", "attracts", "bagged", "bags", "netted",
    ]);

    // Triggers that say only that money came in; they count only where no other trigger is near the amount, and then only
    // with the backers named after "from".
    private static readonly SpanLookup GettingVerbs = new(["got", "gets", "landed", "lands", "attracted", "attracts", "bagged", "bags", "netted"]);

    private static readonly SpanLookup NotInvestment = new(
    [
        "revenue", "revenues", "sales", "profit", "profits", "loss", "losses", "valuation", "valued", "value", "worth", "price",
        "prices", "priced", "cost", "costs", "costing", "order", "orders", "turnover", "backlog", "earnings", "income", "margin",
        "capitalisation", "capitalization", "shares", "dividend", "salary", "wages", "tariff", "tariffs", "fine", "debt", "savings",
        "lost", "lose", "loses", "values", "valuing", "save", "saves", "saved", "cost-cutting", "restructuring", "buyback", "buy-back",
    ]);

    private static readonly SpanLookup StrongNotInvestment = new(
    [
        "valued", "valuing", "values", "value", "valuation", "capitalisation", "capitalization", "worth", "revenue", "revenues",
        "sales", "profit", "price", "priced", "cost", "costs", "costing", "save",
        "saves", "saved", "savings", "lost", "loss", "losses", "turnover", "repaid", "repay", "repays", "repaying", "repayment",
    ]);

    private static readonly SpanLookup Intended = new(
        ["wants", "want", "wanted", "ready", "considers", "considering", "consider", "could", "may", "might", "aims", "aim", "hopes", "intends", "willing", "offer", "offers", "offered", "offering", "seeks", "eyeing", "mulls", "weighs"]);

    private static readonly SpanLookup Planned = new(
        ["will", "'ll", "’ll", "plans", "plan", "planned", "planning", "to", "agreed", "announced", "announces", "set", "expects", "expected", "is", "are", "shall", "would", "pledged", "pledges", "earmarked", "promised", "promises",
         // "has committed $13.9 billion to the plant": money promised, not yet spent.
         "committed", "commits", "commit"]);

    private static readonly SpanLookup Completed = new(
        ["has", "have", "had", "invested", "raised", "closed", "completed", "signed", "obtained", "injected", "poured", "pumped", "bought", "acquired", "took", "put",
         "backed", "funded", "contributed", "spent", "paid", "secured", "received", "infused", "provided", "granted", "approved", "allocated", "financed", "led",
         "supported", "purchased", "awarded", "gave", "handed", "transferred", "lent", "extended", "was", "were", "holds", "held", "owns", "owned", "controls", "followed", "came", "arrived", "added",
         "got", "landed", "attracted", "bagged", "netted"]);

    private static readonly SpanLookup Negations = new(["not", "n't", "n’t", "no", "never", "denied", "denies", "deny", "rejected", "ruled", "rules", "rule"]);

    private static readonly SpanLookup Cancellations = new(["scrapped", "scraps", "scrap", "cancelled", "canceled", "cancels", "abandoned", "abandons", "shelved", "shelves", "withdrew", "withdrawn"]);

    private static readonly SpanLookup AmountlessTriggers = new(["stake", "stakes", "aid", "grants", "subsidies", "subsidy", "undisclosed", "holding", "incentives", "incentive", "exemption", "grant", "breaks"]);

    private static readonly SpanLookup RaiseVerbs = new(
        ["raised", "raises", "raise", "secured", "secures", "secure", "received", "receives", "receive", "obtained", "obtain", "obtains", "attracted", "attracts", "won", "landed", "lands", "bags", "bagged", "netted", "get", "gets", "got"]);

    private static readonly SpanLookup FromWords = new(["from"]);

    private static readonly SpanLookup Commas = new([",", ";"]);

    // Verbs whose object receives the money: "backed Velora Motors with $60 million", "supported the plant with …".
    private static readonly SpanLookup BackingVerbs = new(
        ["back", "backs", "backed", "backing", "support", "supports", "supported", "supporting", "fund", "funds", "funded",
         "finance", "finances", "financed", "bankroll", "bankrolls", "bankrolled"]);

    // Verbs whose first object receives the money their second object is: "awarded Voltcore a grant of €120 million".
    private static readonly SpanLookup GivingVerbs = new(
        ["award", "awards", "awarded", "offer", "offers", "offered", "grant", "grants", "granted", "give", "gives", "gave", "hand",
         "hands", "handed", "promise", "promises", "promised", "lend", "lends", "lent", "extend", "extends", "extended",
         "giving", "awarding", "offering", "granting", "handing", "lending"]);

    // Nouns of support that an amount is "worth": "an incentive package worth $1.8 billion", "grants worth €90 million".
    private static readonly SpanLookup SupportNouns = new(
        ["package", "packages", "incentive", "incentives", "grant", "grants", "aid", "subsidy", "subsidies", "support", "loan", "loans",
         "funding", "financing", "investment", "investments", "injection", "commitment", "stake", "deal"]);

    private static readonly SpanLookup BuyVerbs = new(["buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "acquire", "acquires", "acquired", "acquiring", "take", "takes", "took"]);

    private static readonly SpanLookup PassiveGivings = new(["awarded", "granted", "provided", "pledged", "approved", "given", "offered", "promised", "allocated", "committed", "lent", "extended"]);

    private static readonly SpanLookup OfWords = new(["of"]);

    private static readonly SpanLookup Approvals = new(["approved", "cleared", "sanctioned"]);

    private static readonly SpanLookup SoldEquity = new(["stake", "shares", "notes", "bonds", "equity", "%", "holding", "convertible", "stock"]);

    private static readonly SpanLookup PartnerNouns = new(["companies", "partners", "carmakers", "groups", "firms", "sides", "parents", "owners", "shareholders"]);

    private static readonly SpanLookup ForecastVerbs = new(["estimates", "estimate", "forecasts", "forecast", "predicts", "predict", "reckons", "reckon", "calculates", "projects"]);

    // Nouns of a company or its unit that a word of money can modify: "its sales company", "the price-comparison unit".
    private static readonly SpanLookup BusinessUnitNouns = new(
        ["company", "companies", "unit", "units", "arm", "subsidiary", "subsidiaries", "division", "business", "network", "office", "offices", "venture", "operation", "operations"]);

    // Words after which a forecast verb is a noun: "the projects", "such estimates".
    private static readonly SpanLookup NounDeterminers = new(
        ["the", "a", "an", "its", "their", "these", "those", "such", "other", "many", "several", "new", "his", "her", "our", "all", "some", "any", "no"]);

    // Words after which a forecast verb is a noun: "projects, …", "estimates of …", "projects in …".
    private static readonly SpanLookup NounFollowers = new(
        ["of", "in", "for", "at", "across", "with", "which", "like", "such", "and", "or", "on", "to", "from", ",", ";", ".", "(", ")"]);

    // "that funds climate projects", "consensus estimates of …": a forecast word used as a noun, no forecast.
    private static bool IsForecastNoun(SentenceView sentence, int at) =>
        (at > sentence.First && NounDeterminers.Contains(sentence.Word(at - 1))) || at + 1 >= sentence.End || NounFollowers.Contains(sentence.Word(at + 1));

    private static readonly SpanLookup AidNouns = new(["aid", "subsidies", "subsidy", "grants", "funding", "support", "money"]);

    private static readonly SpanLookup FractionWords = new(["third", "quarter", "half", "fifth", "tenth", "two-thirds", "three-quarters", "majority", "minority"]);

    // The token after a share held, named by its percentage ("about 8%") or a fraction ("a third", "half", "a majority"),
    // within a few words after the verb; -1 where there is none.
    private static int ShareEnd(SentenceView sentence, int verb)
    {
        for (int p = verb + 1; p < sentence.End && p < verb + 4; p++)
        {
            if (sentence.MentionAt(p) is { Label: EntityLabel.Percent } percent)
            {
                return sentence.TokenAt(percent.End);
            }

            if (FractionWords.Contains(sentence.Word(p)))
            {
                return sentence.Word(p + 1) is "stake" or "share" or "holding" ? p + 2 : p + 1;
            }
        }

        return -1;
    }

    // The second holder of a split after the first holder's share (the token after the held company): "… and Leapmotor the
    // remaining 49%", "… and Zhejiang Leapmotor Technology holds 49%", "… and the IDC 35%", "… and POSCO Future M the balance",
    // "… when it was set up in 2024, and Leapmotor took the remaining 49%" (a later clause of its own verb); null where none.
    private static EntityMention? SecondHolderAt(SentenceView sentence, int heldEnd)
    {
        int second = sentence.Word(heldEnd) is "and" or "," or "while" ? heldEnd + 1 : -1;
        if (second < 0 && sentence.FindFirst(AndWords, heldEnd, Math.Min(sentence.End, heldEnd + 10)) is >= 0 and var laterAnd
            && sentence.MentionAt(laterAnd + 1) is { Label: EntityLabel.Org } laterHolder && HoldVerbs.Contains(sentence.Word(sentence.TokenAt(laterHolder.End))))
        {
            second = laterAnd + 1;
        }

        second = second > 0 && sentence.Word(second) is "the" ? second + 1 : second;
        return second > 0 && sentence.MentionAt(second) is { Label: EntityLabel.Org } other && SecondShareAfter(sentence, sentence.TokenAt(other.End)) ? other : null;
    }

    // "X, owned 51% by A and 49% by B", "X, owned in equal parts by A and B", "X, which is owned equally by A and B": the
    // holders of a split stated in the passive, after the company they hold (an apposition or its relative clause). Plain
    // ownership ("owned by Tata") is no split and gives none.
    private static List<EntityMention>? PassiveSplitOwners(SentenceView sentence, out EntityMention? owned)
    {
        owned = null;
        List<EntityMention>? owners = null;
        for (int h = sentence.First + 2; h < sentence.End; h++)
        {
            if (sentence.Word(h) is not "owned")
            {
                continue;
            }

            int head = h - 1;
            if (sentence.Word(head) is "is" or "was" && sentence.Word(head - 1) is "which")
            {
                head -= 2;
            }

            if (sentence.Word(head) is not "," || head - 1 < sentence.First || sentence.MentionAt(head - 1) is not { Label: EntityLabel.Org } company)
            {
                continue;
            }

            int at = h + 1;
            // "owned in equal parts by A and B", "owned equally by A and B".
            bool equal = sentence.Word(at) is "equally" || (sentence.Word(at) is "in" && sentence.Word(at + 1) is "equal" && sentence.Word(at + 2) is "parts" or "shares" or "measure");
            if (equal)
            {
                at = sentence.Word(at) is "equally" ? at + 1 : at + 3;
                if (sentence.Word(at) is "by" && sentence.MentionAt(at + 1) is { Label: EntityLabel.Org } first
                    && sentence.TokenAt(first.End) is var and && sentence.Word(and) is "and" && sentence.MentionAt(and + 1) is { Label: EntityLabel.Org } second
                    && first.Name != company.Name && second.Name != company.Name)
                {
                    owners = [first, second];
                }
            }
            else
            {
                // "owned 51% by A and 49% by B": each share with its holder.
                while (sentence.MentionAt(at) is { Label: EntityLabel.Percent } percent && sentence.Word(sentence.TokenAt(percent.End)) is "by"
                    && sentence.MentionAt(sentence.TokenAt(percent.End) + 1) is { Label: EntityLabel.Org } holder && holder.Name != company.Name)
                {
                    (owners ??= []).Add(holder);
                    at = sentence.TokenAt(holder.End);
                    at = sentence.Word(at) is "and" or "," ? at + 1 : sentence.End;
                }

                if (owners is { Count: < 2 })
                {
                    owners = null;
                }
            }

            if (owners is not null)
            {
                owned = company;
                return owners;
            }
        }

        return null;
    }

    // "X, in which A and B each own 41%", "X, the Turkish company in which A and B each hold half": the two holders before the
    // token (at "each"/"jointly") and the company before "in which" (after at most six words of description); null where none.
    private static (EntityMention A, EntityMention B, EntityMention Held)? JointRelativeHolders(SentenceView sentence, int at)
    {
        if (sentence.MentionAt(at - 1) is not { Label: EntityLabel.Org } second)
        {
            return null;
        }

        int and = sentence.TokenAt(second.Start) - 1;
        if (sentence.Word(and) is not "and" || sentence.MentionAt(and - 1) is not { Label: EntityLabel.Org } first || first.Name == second.Name)
        {
            return null;
        }

        int which = sentence.TokenAt(first.Start) - 1;
        if (sentence.Word(which) is not "which" || sentence.Word(which - 1) is not "in")
        {
            return null;
        }

        // Back over the description to the comma after the held company: "Ford Otosan, the Turkish company in which".
        for (int k = which - 2; k > sentence.First && k >= which - 8; k--)
        {
            if (sentence.Word(k) is ",")
            {
                return sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } held && held.Name != first.Name && held.Name != second.Name ? (first, second, held) : null;
            }

            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } || sentence.Word(k) is ";" or "and" or "which" or "that")
            {
                return null;
            }
        }

        return null;
    }

    // The company a relative "in which" (at "which") describes: "Leapmotor International, in which …", or after an apposition
    // that starts with an article and names a business ("Leapmotor International, the Amsterdam-based joint venture in which …",
    // "X, the venture that sells Y models outside China and in which …"); null where none.
    private static EntityMention? RelativeHeldCompany(SentenceView sentence, int which)
    {
        if (which - 2 < sentence.First || sentence.Word(which) is not "which" || sentence.Word(which - 1) is not "in")
        {
            return null;
        }

        if (sentence.Word(which - 2) is ",")
        {
            return sentence.MentionAt(which - 3) is { Label: EntityLabel.Org } direct ? direct : null;
        }

        bool business = false;
        for (int k = which - 2; k > sentence.First && k >= which - 16; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is ",")
            {
                return business && sentence.Word(k + 1) is "the" or "a" or "an" && sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } held ? held : null;
            }

            if (word is ";" or "which" or "who" or "(" or ")" or "said" or "says")
            {
                return null;
            }

            business |= BusinessNouns.Contains(word);
        }

        return null;
    }

    private static readonly SpanLookup BusinessNouns = new(["venture", "company", "carmaker", "automaker", "firm", "maker", "unit", "subsidiary", "group", "manufacturer", "supplier", "start-up", "startup", "partnership", "business"]);

    // "took over PSA's 50 per cent stake", "bought PSA's half of the venture", "acquired Nissan's stake": after a buying verb
    // (and "over"), another organisation's possessive and its share (a percentage or fraction and/or a stake noun). The seller
    // and the token after the share.
    // "bought out Northvolt's half of Novo Energy" too; "bought out Daihatsu's minority shareholders": the company's other
    // holders bought out, a share of the company itself (sellerHeld).
    private static bool BoughtShareOf(SentenceView sentence, int verb, out EntityMention? seller, out int end) =>
        BoughtShareOf(sentence, verb, out seller, out end, out _);

    private static bool BoughtShareOf(SentenceView sentence, int verb, out EntityMention? seller, out int end, out bool sellerHeld)
    {
        seller = null;
        end = -1;
        sellerHeld = false;
        int k = sentence.Word(verb + 1) is "over" or "out" ? verb + 2 : verb + 1;
        if (sentence.MentionAt(k) is not { Label: EntityLabel.Org } from)
        {
            return false;
        }

        k = sentence.TokenAt(from.End);
        if (sentence.Word(k) is not ("’s" or "'s"))
        {
            return false;
        }

        k++;
        bool share = false;
        if (sentence.Word(verb + 1) is "out" && sentence.Word(k) is "minority" or "other" or "remaining" && sentence.Word(k + 1) is "shareholders" or "investors" or "owners")
        {
            seller = from;
            end = k + 2;
            sellerHeld = true;
            return true;
        }

        if (sentence.Word(k) is "remaining" or "entire" or "whole")
        {
            k++;
        }

        if (sentence.MentionAt(k) is { Label: EntityLabel.Percent } percent)
        {
            k = sentence.TokenAt(percent.End);
            share = true;
        }
        else if (FractionWords.Contains(sentence.Word(k)))
        {
            k++;
            share = true;
        }

        if (sentence.Word(k) is "stake" or "stakes" or "holding" or "shareholding" or "share")
        {
            k++;
            share = true;
        }

        seller = from;
        end = k;
        return share;
    }

    // The share of a second holder after its name: "49%", "the remaining 49%", "the balance", "the rest", "the other half",
    // or one of these after a verb of holding ("holds 49%", "took the remaining 49%").
    private static bool SecondShareAfter(SentenceView sentence, int at)
    {
        if (HoldVerbs.Contains(sentence.Word(at)))
        {
            at++;
        }

        if (sentence.Word(at) is "about" or "around" or "roughly" or "nearly" or "almost")
        {
            at++;
        }

        return sentence.MentionAt(at) is { Label: EntityLabel.Percent }
            || (sentence.Word(at) is "the" && (sentence.MentionAt(at + 2) is { Label: EntityLabel.Percent }
                || sentence.Word(at + 1) is "balance" or "rest" or "remainder" || (sentence.Word(at + 1) is "other" or "remaining" && sentence.Word(at + 2) is "half")));
    }

    private static readonly SpanLookup ShareWords = new(["stake", "stakes", "holding", "shareholding", "shares", "equity", "%", "percent", "cent"]);

    // An equal split of what was just invested, within a few words after the amount and before a semicolon: "split 50-50",
    // "split equally", "(which) the two own in equal shares", "owned equally". Sets the venture named right before ", a venture
    // …" where the split describes it.
    private static bool EqualSplitAfter(SentenceView sentence, int moneyEnd, out EntityMention? venture)
    {
        venture = null;
        for (int i = moneyEnd; i < sentence.End && i < moneyEnd + 16 && sentence.Word(i) is not ";"; i++)
        {
            // The split states the investment's shares: right after a comma ("…, again split 50-50", ", owned equally"), or owned by
            // the investors themselves ("a venture the two own in equal shares"); not "output will be split equally".
            int before = sentence.Word(i - 1) is "again" or "also" or "likewise" ? i - 2 : i - 1;
            bool ofInvestment = sentence.Word(i) is "split" or "shared" or "owned" or "held" ? sentence.Word(before) is ","
                : sentence.Word(i) is "own" or "hold" && sentence.Word(i - 1) is "two" or "both" or "they" or "partners" or "companies";
            if (!ofInvestment)
            {
                continue;
            }

            bool equal = sentence.Word(i + 1) is "50-50" or "50:50" or "equally" or "evenly"
                || (sentence.Word(i + 1) is "50" && sentence.Word(i + 2) is "-" or "–" or "/" && sentence.Word(i + 3) is "50")
                || (sentence.Word(i + 1) is "in" && sentence.Word(i + 2) is "equal" && sentence.Word(i + 3) is "shares" or "parts" or "stakes");
            if (!equal)
            {
                continue;
            }

            // "HL-GA Battery Company, a venture the two own …".
            for (int k = i - 1; k > moneyEnd; k--)
            {
                if (sentence.Word(k) is "," && sentence.Word(k + 1) is "a" or "the" && sentence.Word(k + 2) is "venture" or "joint")
                {
                    for (int nameAt = k - 1; nameAt > moneyEnd && nameAt >= k - 6; nameAt--)
                    {
                        if (sentence.MentionAt(nameAt) is { Label: EntityLabel.Org } named && sentence.TokenAt(named.End) == k)
                        {
                            venture = named;
                            break;
                        }
                    }

                    break;
                }
            }

            return true;
        }

        return false;
    }

    // The company a stake is held in, named by a description: "a stake of about 1% in the Chinese firm", "a 5% stake in the
    // Japanese carmaker". Null where no description follows within a few words.
    private static EntityMention? DescribedStakeCompany(SentenceView sentence, int stake)
    {
        int inAt = sentence.FindFirst(InWords, stake + 1, Math.Min(sentence.End, stake + 6));
        if (inAt < 0 || sentence.Word(inAt + 1) is not "the")
        {
            return null;
        }

        for (int noun = inAt + 2; noun < inAt + 5 && noun < sentence.End; noun++)
        {
            if (sentence.Word(noun) is "firm" or "company" or "carmaker" or "automaker" or "group" or "supplier" or "manufacturer" or "maker" or "start-up" or "startup")
            {
                // A described company needs a word of description: not "the company" alone, which the text's subject may be.
                return noun > inAt + 2 ? sentence.DescribedCompany(noun) : null;
            }

            if (sentence.MentionAt(noun) is not null)
            {
                return null;
            }
        }

        return null;
    }

    private static readonly SpanLookup InWords = new(["in"]);

    // The rest of a share after a verb of holding: "hold the other half", "takes the remaining 49%", "owns the rest", "the
    // balance". The token after it, or -1.
    private static int RestOfShareEnd(SentenceView sentence, int verb)
    {
        int at = verb + 1;
        if (sentence.Word(at) is not "the")
        {
            return -1;
        }

        if (sentence.Word(at + 1) is "balance" or "rest" or "remainder")
        {
            return at + 2;
        }

        if (sentence.Word(at + 1) is "other" or "remaining" && sentence.Word(at + 2) is "half")
        {
            return at + 3;
        }

        return sentence.Word(at + 1) is "remaining" && sentence.MentionAt(at + 2) is { Label: EntityLabel.Percent } rest ? sentence.TokenAt(rest.End) : -1;
    }

    // The company a share is held in: a name, or "the venture" / "the joint venture" the text just named; the token after it.
    // Where "the venture" names none the text just named, the mention is null and unnamedVenture is set.
    private static EntityMention? HeldCompanyAt(SentenceView sentence, int at, out int end, out bool unnamedVenture)
    {
        unnamedVenture = false;
        if (sentence.MentionAt(at) is { Label: EntityLabel.Org } named)
        {
            end = sentence.TokenAt(named.End);
            return named;
        }

        int noun = sentence.Word(at) is "the" ? (sentence.Word(at + 1) is "joint" ? at + 2 : at + 1) : -1;
        end = noun + 1;
        EntityMention? venture = noun > 0 && sentence.Word(noun) is "venture" ? sentence.RecentVenture() : null;
        unnamedVenture = venture is null && noun > 0 && sentence.Word(noun) is "venture";
        return venture;
    }

    private static readonly SpanLookup AidGivingNouns = new(["incentives", "incentive", "aid", "subsidies", "subsidy", "grants", "grant", "support", "loans", "loan", "funding"]);

    private static readonly SpanLookup WithGivingVerbs = new(["adding", "contributing", "putting", "providing", "investing", "injecting", "chipping", "supplying", "lending"]);

    private static readonly SpanLookup AddVerbs = new(["add", "adds", "added", "adding"]);

    private static readonly SpanLookup AndWords = new(["and"]);

    private static readonly SpanLookup FutureWords = new(["will", "would", "to", "'ll", "’ll", "shall"]);

    private static readonly SpanLookup HoldVerbs = new(["holds", "held", "owns", "owned", "controls", "hold", "own", "control", "took", "take", "takes", "taking"]);

    // Verbs of a share held or taken, named by its percentage: "holds 8% of", "took 51% of", "bought nearly 10% of".
    private static readonly SpanLookup PercentTakingVerbs = new(
        ["holds", "held", "owns", "owned", "controls", "hold", "own", "control", "took", "take", "takes", "taking",
         "bought", "buy", "buys", "buying", "acquired", "acquire", "acquires", "acquiring", "purchased", "purchase", "purchases"]);

    private static readonly SpanLookup EachWords = new(["each"]);

    private static readonly SpanLookup HolderNouns = new(["shareholder", "investor", "backer", "stakeholder"]);

    // A holder named by a possessed role: "Y's largest shareholder is X", "Y, whose biggest investor is X", "X is Y's largest
    // shareholder", "X, Y's largest shareholder, …".
    private static bool PossessedRole(SentenceView sentence, int noun, out EntityMention? holder, out EntityMention? held)
    {
        holder = null;
        held = null;
        int k = noun - 1;
        while (k > sentence.First && k >= noun - 3 && sentence.Word(k) is "largest" or "biggest" or "main" or "major" or "single" or "controlling"
            or "top" or "second-largest" or "principal" or "dominant" or "anchor" or "strategic")
        {
            k--;
        }

        bool whose = sentence.Word(k) is "whose";
        if (whose && k - 2 >= sentence.First && sentence.Word(k - 1) is "," && sentence.MentionAt(k - 2) is { Label: EntityLabel.Org } relativeHead)
        {
            held = relativeHead;
        }
        else if (sentence.Word(k) is "’s" or "'s" && k - 1 >= sentence.First && sentence.MentionAt(k - 1) is { Label: EntityLabel.Org } possessor)
        {
            held = possessor;
            k = sentence.TokenAt(possessor.Start);
        }
        else if (sentence.Word(k) is "its" && k - 2 > sentence.First
            && (sentence.Word(k - 1) is "is" or "was" or "remains" or "became" || (sentence.Word(k - 1) is "now" or "also" or "still" or "already" && sentence.Word(k - 2) is "is" or "was" or "remains" or "became"))
            && sentence.Mentions.Count > 0 && sentence.Mentions[0] is { Label: EntityLabel.Org } opening && sentence.TokenAt(opening.Start) <= sentence.First + 1)
        {
            // "Volkswagen, which first invested in Northvolt in 2019, holds about 21% and is its largest shareholder": the subject
            // holds; "its" is the company named last before it, else the company the text is about.
            holder = opening;
            for (int m = sentence.Mentions.Count - 1; m >= 0 && held is null; m--)
            {
                if (sentence.Mentions[m] is { Label: EntityLabel.Org } named && sentence.TokenAt(named.End) <= k && named.Name != opening.Name)
                {
                    held = named;
                }
            }

            held ??= sentence.LastSubjectBefore(opening.Name, notFinancier: true);
            return held is not null && held.Name != holder.Name;
        }
        else
        {
            return false;
        }

        // The holder after the role ("… is Volkswagen"), or before the possessor ("Nissan is Mitsubishi's …", "Nissan, Mitsubishi's …").
        if (sentence.Word(noun + 1) is "is" or "was" or "remains" && sentence.MentionAt(noun + 2) is { Label: EntityLabel.Org } after)
        {
            holder = after;
        }
        else if (!whose && k - 2 >= sentence.First && sentence.Word(k - 1) is "is" or "was" or "remains" or "became" or "," && sentence.MentionAt(k - 2) is { Label: EntityLabel.Org } before)
        {
            holder = before;
        }

        return holder is not null && holder.Name != held!.Name;
    }

    // The company a role noun describes: "X is (also) a (major) shareholder in", "X, an early investor in": the organisation
    // before the noun, with only a copula or a comma, articles and adjectives between.
    private static EntityMention? RoleHolderBefore(SentenceView sentence, int noun)
    {
        bool linked = false;
        for (int k = noun - 1; k >= sentence.First && k >= noun - 7; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (sentence.MentionAt(k) is { } mention)
            {
                return mention.Label == EntityLabel.Org && linked ? mention : null;
            }

            if (word is "is" or "was" or "became" or "becomes" or "remains" or "remained" or "been" or ",")
            {
                linked = true;
            }
            else if (!(word is "a" or "an" or "the" or "also" or "already" or "now" or "still" or "has" or "had" or "will" or "be"
                || (word.Length > 0 && char.IsLower(word[0]) && !word.EndsWith("s", StringComparison.Ordinal) && word is not ("no" or "not" or "never" or "former" or "potential" or "possible"))))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly SpanLookup PayVerbs = new(["pay", "pays", "paid", "paying"]);

    private static readonly SpanLookup StakeNouns = new(["stake", "stakes", "holding", "shareholding"]);

    private static readonly SpanLookup StakeOrShares = new(["stake", "stakes", "holding", "shareholding", "shares", "stock", "equity"]);

    private static readonly SpanLookup ShareNouns = new(["shares", "stock", "stocks", "equity", "bonds", "notes", "debentures"]);

    private static readonly SpanLookup InvesteeWords = new(["in", "into", "to", "on", "for"]);

    private static readonly SpanLookup FacilityNouns = new(["plant", "factory", "gigafactory", "facility", "campus", "complex", "hub", "hall", "shop", "line", "plan", "programme", "program", "project"]);

    private static readonly SpanLookup ClauseBreaks = new(["while", "whereas", "but", ";", "although", "and"]);

    private static readonly SpanLookup PublicBodies = new(
        ["city", "state", "province", "region", "government", "municipality", "county", "City", "State", "Province", "Region",
         "Government", "Municipality", "County", "Republic", "Kingdom"]);

    private static readonly SpanLookup VerbPhraseWords = new(
        ["has", "have", "had", "will", "would", "could", "may", "also", "agreed", "to", "plans", "planned", "is", "was", "already", "now", "then", "said", "it"]);

    private static readonly SpanLookup Denials = new(["denied", "denies", "deny", "dismissed", "rejected"]);

    private static readonly SpanLookup Totals = new(["total", "totals", "totalling", "totaling", "cumulative", "brings", "bringing"]);

    private static readonly SpanLookup Approximations = new(["about", "roughly", "around", "approximately", "approx.", "some", "or", "equivalent", "nearly", "almost"]);

    private static readonly SpanLookup FinancierNouns = new(["bank", "lender", "fund"]);

    private static readonly SpanLookup CompanyNouns = new(["company", "group", "carmaker", "automaker", "firm", "start-up", "startup", "maker", "supplier", "manufacturer", "giant", "conglomerate", "producer", "multinational", "it", "It"]);

    private static readonly SpanLookup Joiners = new(["and", ",", "&", "together", "with", "as", "well"]);

    /// <inheritdoc />
    public string Name => "investment";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public void Extract(Document document, ICollection<Fact> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var seen = new HashSet<(string, decimal)>();
        // The denials of the document, read once and only where a rumour needs them.
        Dictionary<string, List<SentenceView>>? deniedNames = null;
        Dictionary<string, List<SentenceView>> DeniedOnce() => deniedNames ??= DeniedNames(document);
        EntityMention? previousInvestee = null;
        // The investee of the sentence before is looked for only where a rule asks for it: most sentences with a trigger word
        // are followed by none that needs it. Until then previousSentence and previousAt keep where to look (FindInvestee only
        // reads the document, so looking later finds the same).
        SentenceView? previousSentence = null;
        int previousAt = -1;
        EntityMention? PreviousInvestee()
        {
            if (previousSentence is not null)
            {
                previousInvestee = FindInvestee(previousSentence, previousAt, []);
                previousSentence = null;
            }

            return previousInvestee;
        }

        // Whether the sentence before spoke of a stake or a percentage ("a 50% stake in …"): the share whose rest another holds.
        bool previousShare = false;
        InvestmentFact? lastInvestment = null;
        InvestmentFact? lastWithInvestee = null;
        EntityMention? lastInvestor = null;
        int lastInvestorSentence = -1;
        List<(EntityMention Raiser, MoneyAmount Amount, FactStatus? Status, int Sentence, TextSpan Evidence)>? pendingRounds = null;
        foreach (SentenceView sentence in SentenceView.All(document))
        {
            // Which words of the sentence-wide scans below the sentence holds, with one look-up a token: a scan whose words are
            // absent finds nothing and is skipped (each skip is exactly the case in which the scan would have found nothing).
            WordClass classes = ClassesOf(sentence);
            EntityMention? investeeHere = null;
            int factsBeforeSentence = output.Count;
            foreach (EntityMention money in sentence.Mentions)
            {
                if (money.Label != EntityLabel.Money || money.Value is not MoneyValue value)
                {
                    continue;
                }

                int moneyStart = sentence.TokenAt(money.Start);
                int moneyEnd = sentence.TokenAt(money.End);

                // "(about €190 million)" after an amount converts it; "total funding to $480 million" sums earlier rounds.
                // "brings the total the company has raised since 2021 to SEK 1.6 billion": a total, however far its noun.
                bool spendsTotal = (moneyStart - 3 >= sentence.First && sentence.Word(moneyStart - 1) is "of" && sentence.Word(moneyStart - 2) is "total"
                    && sentence.Word(moneyStart - 3) is "a" && moneyStart - 4 >= sentence.First && Triggers.Contains(sentence.Word(moneyStart - 4)))
                    // "a total investment of up to US$6.5 billion": a planned total, not a sum of earlier rounds.
                    || TotalInvestmentBefore(sentence, moneyStart);
                // "Of the total, $9bn will go into …": a part of a total, not the total.
                spendsTotal |= sentence.Word(moneyStart - 1) is "," && sentence.Word(moneyStart - 2) is "total" && sentence.Word(moneyStart - 4) is "Of" or "of";
                if (IsConversion(sentence, moneyStart) || (!spendsTotal && sentence.FindFirst(Totals, Math.Max(sentence.First, moneyStart - 4), moneyStart) >= 0)
                    // "In total the German group has committed up to $5.8 billion": a ceiling ("up to") is no total reached.
                    || (!spendsTotal && sentence.Word(moneyStart - 1) is "to" && sentence.Word(moneyStart - 2) is not "up"
                        && sentence.FindFirst(Totals, Math.Max(sentence.First, moneyStart - 16), moneyStart) >= 0))
                {
                    continue;
                }

                // "Daimler was also part of Tesla's $82.5m series F round", "SoftBank joined Wayve's $1 billion round": a company that
                // takes part in another's round invests in it.
                if (RoundJoined(sentence, moneyStart, moneyEnd) is var (joiner, joinedRaiser) && !IsNegated(sentence, moneyStart)
                    && AddOnce(seen, joiner.Name, string.Empty, value.Amount, sentence.Index))
                {
                    lastInvestment = new InvestmentFact([EntityRef.From(document, joiner)], EntityRef.From(document, joinedRaiser),
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                        sentence.FindFirst(Intended, sentence.TokenAt(joiner.End), moneyStart) >= 0 ? FactStatus.Intended
                            : sentence.FindFirst(FutureWords, sentence.TokenAt(joiner.End), moneyStart) >= 0 ? FactStatus.Planned : FactStatus.Completed,
                        sentence.Span, 0.6, "investment.round-joined");
                    output.Add(lastInvestment);
                    continue;
                }

                // "The Narasapura plant would see a total investment of Rs 1,350 crore": a plant that receives an investment, from
                // the company the text spoke of before.
                if (PlantReceivingInvestment(sentence, moneyStart) is { } receivingPlant && !IsNegated(sentence, moneyStart)
                    && sentence.LastSubjectBefore(notFinancier: true) is { } plantInvestor
                    && AddOnce(seen, plantInvestor.Name, string.Empty, value.Amount, sentence.Index))
                {
                    lastInvestment = new InvestmentFact([EntityRef.From(document, plantInvestor)], EntityRef.Describe(document, receivingPlant),
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                        StatusOf(sentence, sentence.First, moneyStart) ?? FactStatus.Planned, sentence.Span, 0.5, "investment.plant-receives");
                    output.Add(lastInvestment);
                    continue;
                }

                // "bought ¥48 billion worth of Toyota shares": an equity purchase, though "worth" and "shares" usually mean otherwise.
                int purchase = EquityPurchase(sentence, moneyStart, moneyEnd, out EntityMention? issuer);

                // "a €120 million loan that L-Bank extended": the providers of a financing, read once for the trigger, the
                // credit-line test and the investors.
                List<EntityMention> providers = FinancingProviders(sentence, moneyStart, moneyEnd, out EntityMention? financed);

                // "the £80 million Kestrel is willing to commit": an actor right after the amount takes the verb after it.
                int giving = GivingVerbBefore(sentence, moneyStart, out EntityMention? recipient);
                int followed = FollowedWith(sentence, moneyStart, out EntityMention? follower);
                int trigger = purchase >= 0 ? purchase
                    : giving >= 0 ? giving
                    : followed >= 0 ? followed
                    : BackingVerbBefore(sentence, moneyStart) is >= 0 and var backing ? backing
                    : sentence.MentionAt(moneyEnd) is { Label: EntityLabel.Org } afterAmount && !ModifiesInvestmentNoun(sentence, afterAmount)
                        && sentence.FindFirst(Triggers, moneyEnd, moneyEnd + 8) is >= 0 and var forward
                    ? forward
                    : GovernmentOffer(sentence, moneyStart) is >= 0 and var offered ? offered
                    : NearestTrigger(sentence, moneyStart, moneyEnd) is >= 0 and var nearest ? nearest
                    : CameFrom(sentence, moneyEnd) is >= 0 and var came ? came
                    // "a $1 billion convertible note that Volkswagen bought": financing with a named provider needs no other word.
                    : providers.Count > 0 ? moneyStart
                    // "The German federal government's €437 million for Kaiserslautern": a government's money for a project.
                    : moneyStart - 2 >= sentence.First && sentence.Word(moneyStart - 1) is "’s" or "'s" && sentence.MentionAt(moneyStart - 2) is { Label: EntityLabel.Org } giver
                        && (SentenceView.IsPublicBody(giver.Name) || giver.Name.Contains("government", StringComparison.OrdinalIgnoreCase) || giver.Entry?.Kind is "government" or "agency")
                        && sentence.Word(moneyEnd) is "for" or "to" ? moneyStart : -1;
                // "Renault's own share of the round came to €100m", "Mubadala's own cheque was about $40 million": the possessor's
                // part of an investment, stated by the noun of its part and a copula.
                if (PossessedPartGiver(sentence, moneyStart, out int partVerb) is { } partGiver && !IsNegated(sentence, moneyStart) && AddOnce(seen, partGiver.Name, string.Empty, value.Amount, sentence.Index))
                {
                    // The part of the round just raised, else of the last investment, else of the investee just named.
                    EntityMention? partOfMention = pendingRounds is { Count: > 0 } && pendingRounds[^1].Sentence >= sentence.Index - 2 ? pendingRounds[^1].Raiser : PreviousInvestee();
                    EntityRef? partOf = lastInvestment?.Investee ?? (partOfMention is null ? null : EntityRef.From(document, partOfMention));
                    FactStatus partStatus = sentence.Word(partVerb) is "will" ? FactStatus.Planned
                        : sentence.FindFirst(Intended, sentence.TokenAt(partGiver.Start), moneyStart) >= 0 ? FactStatus.Intended : FactStatus.Completed;
                    output.Add(new InvestmentFact([EntityRef.From(document, partGiver)], partOf,
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()), partStatus, sentence.Span, 0.55,
                        "investment.possessed-part"));
                    continue;
                }

                // "A further $4 billion could follow", "An extra $2.5 billion followed in 2022": a top-up of the last investment.
                string tranche = TrancheMark(sentence, moneyStart);
                if (trigger < 0 && lastInvestment is not null && IsTopUp(sentence, moneyStart, moneyEnd, output.Count > factsBeforeSentence) && !IsNegated(sentence, moneyStart)
                    && AddOnce(seen, lastInvestment.Investors[0].Name, tranche, value.Amount, sentence.Index))
                {
                    output.Add(new InvestmentFact(
                        lastInvestment.Investors,
                        lastInvestment.Investee,
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                        TrancheStatus(sentence, moneyEnd) ?? StatusOf(sentence, moneyStart, Math.Min(sentence.End, moneyEnd + 3)),
                        sentence.Span,
                        0.55,
                        "investment.top-up"));
                    continue;
                }

                // "Mississippi's Blue Springs plant will get $125 million", "West Virginia receives the largest portion of the
                // investment at $453 million": a plant or a place receiving a part of the investment stated a few sentences before.
                if (lastInvestment is { Amount: { } wholeAmount } && wholeAmount.Currency == value.Currency && value.Amount < wholeAmount.Value
                    && lastInvestment.Evidence.End >= document.Sentences[Math.Max(0, sentence.Index - 8)].Start
                    && ReceivingPlace(sentence, moneyStart) is { } receiving && !IsNegated(sentence, moneyStart)
                    && AddOnce(seen, lastInvestment.Investors[0].Name, "@" + receiving.Name, value.Amount, sentence.Index))
                {
                    output.Add(new InvestmentFact(lastInvestment.Investors, EntityRef.From(document, receiving),
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                        lastInvestment.Status, sentence.Span, 0.5, "investment.allocated"));
                    continue;
                }

                // "Of the total, $9bn will go into vehicle production", "The largest part, about $1.3 billion, will flow over the
                // coming years into Volkswagen Group Technologies": a smaller part of the investment stated just before, flowing
                // into a part of the project, is the same investors' investment there.
                if (lastInvestment is { Amount: { } totalAmount } && totalAmount.Currency == value.Currency
                    && (value.Amount < totalAmount.Value || sentence.FindFirst(PartOfWholeWords, Math.Max(sentence.First, moneyStart - 6), moneyStart) >= 0)
                    && lastInvestment.Evidence.End >= document.Sentences[Math.Max(0, sentence.Index - 2)].Start
                    && FlowsInto(sentence, moneyEnd) is >= 0 and var into && !IsNegated(sentence, moneyStart)
                    && AddOnce(seen, lastInvestment.Investors[0].Name, string.Empty, value.Amount, sentence.Index))
                {
                    EntityRef? part = sentence.MentionAt(into + 1) is { Label: EntityLabel.Org or EntityLabel.Facility or EntityLabel.Loc } partMention
                        ? EntityRef.From(document, partMention) : null;
                    output.Add(new InvestmentFact(lastInvestment.Investors, part,
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                        StatusOf(sentence, moneyStart, into) ?? lastInvestment.Status, sentence.Span, 0.5, "investment.part-flows"));
                    continue;
                }

                // "a $5.8 billion steel mill in Louisiana that Hyundai Steel will build", "The R11 billion plant that BAIC built with
                // the IDC", "a C$1.2 billion project of EcoPro BM, SK On and Ford": a facility's amount, its builders named after it.
                if (BuiltFacility(sentence, moneyEnd, out List<EntityMention>? builders, out int builtVerb) is >= 0 and var builtNoun
                    && !IsNegated(sentence, moneyStart) && builders![0].Name is var builderName && AddOnce(seen, builderName, string.Empty, value.Amount, sentence.Index))
                {
                    var builderRefs = ImmutableArray.CreateBuilder<EntityRef>(builders.Count);
                    foreach (EntityMention builder in builders)
                    {
                        builderRefs.Add(EntityRef.From(document, builder));
                    }

                    output.Add(new InvestmentFact(builderRefs.ToImmutable(), EntityRef.From(document, FacilityPhrase(sentence, moneyEnd - 1, builtNoun + 1)),
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                        BuiltStatus(sentence, builtVerb), sentence.Span, 0.5, "investment.built-facility"));
                    continue;
                }

                // "The plant will cost $2 billion", "a facility that cost the Shenzhen-based group about 17.9 billion baht": the
                // capital cost of a plant is its owner's investment.
                if ((trigger < 0 || RequiredInvestment(sentence, trigger)) && FacilityCost(sentence, moneyStart, out EntityMention? costPayer, out EntityMention? costCoPayer) is { } facility && costPayer is not null
                    && !IsNegated(sentence, moneyStart) && AddOnce(seen, costPayer.Name, string.Empty, value.Amount, sentence.Index))
                {
                    // "could cost as much as": the amount is uncertain, not the plan.
                    FactStatus? costStatus = StatusOf(sentence, Math.Max(sentence.First, moneyStart - 6), moneyStart);
                    output.Add(new InvestmentFact(
                        costCoPayer is null ? [EntityRef.From(document, costPayer)] : [EntityRef.From(document, costPayer), EntityRef.From(document, costCoPayer)],
                        facility.Label == EntityLabel.Money ? null : EntityRef.From(document, facility),
                        new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                        costStatus is FactStatus.Intended ? FactStatus.Planned : costStatus, sentence.Span, 0.5, "investment.facility-cost"));
                    continue;
                }

                if (trigger < 0 || (purchase < 0 && IsOtherMoney(sentence, moneyStart, moneyEnd, trigger, providers.Count > 0)) || IsNegated(sentence, Math.Min(trigger, moneyStart))
                    || SoldOwnStake(sentence, Math.Min(trigger, moneyStart))
                    || sentence.FindFirst(Denials, sentence.First, moneyStart) >= 0 || EstimatedByOthers(sentence, moneyStart))
                {
                    continue;
                }

                // "the company is in talks with the European Investment Bank about a loan of up to €150 million": the
                // partner of the talks would invest; nothing is agreed yet.
                EntityMention? raiser = null;
                EntityMention? partner = TalksPartner(sentence, Math.Min(trigger, moneyStart));
                bool talks = partner is not null;
                List<EntityMention> investors = partner is not null ? [partner]
                    : providers.Count > 0 ? UseRaiser(providers, financed, out raiser)
                    : DistinctNames(FindInvestors(sentence, trigger, moneyStart, moneyEnd, out raiser));
                // "SK On and Ford established BlueOval SK in 2022, with plans to invest 16 trillion won": a plan added after a comma
                // is the plan of the sentence's subject, not of the company the clause before named as its object.
                if (providers.Count == 0 && partner is null && WithPlansBefore(sentence, trigger) && sentence.MentionAt(sentence.First) is { Label: EntityLabel.Org }
                    && ActorsFrom(sentence, sentence.First) is { Count: > 0 } planners)
                {
                    investors = DistinctNames(planners);
                    raiser = null;
                }

                // "Nissan was given $1.45 billion to support …", "Nissan was awarded a $1.45 billion loan": the subject of a passive
                // giving receives the money; only the agent after "by" gives it.
                if (PassiveRecipientBefore(sentence, moneyStart) is { } passiveRecipient && investors.Exists(investor => investor.Name == passiveRecipient.Name))
                {
                    investors = investors.FindAll(investor => investor.Name != passiveRecipient.Name);
                    raiser = null;
                }

                // "…, and Ford followed a few months later with $500m of its own": the follower invests.
                if (follower is not null && trigger == followed && providers.Count == 0 && partner is null)
                {
                    investors = [follower];
                    raiser = null;
                }
                // "KfW bought €600 million of bonds issued by Northvolt": the agent of "issued by" is the issuer, the buyer invests.
                if (purchase >= 0 && issuer is not null && OnlyName(investors, issuer.Name) && NearestOrganizationBefore(sentence, purchase, 6) is { } securitiesBuyer
                    && securitiesBuyer.Name != issuer.Name)
                {
                    investors = [securitiesBuyer];
                }

                // "Volkswagen completes second $1 billion Rivian investment": the name after the amount that modifies the investment
                // noun is invested in; the organisation acting before the amount invests, and without one nobody named does.
                EntityMention? modifierInvestee = null;
                if (investors.Count == 1 && investors[0].Start >= money.End && ModifiesInvestmentNoun(sentence, investors[0]))
                {
                    modifierInvestee = investors[0];
                    investors = NearestOrganizationBefore(sentence, moneyStart, 8) is { } actorBefore && actorBefore.Name != modifierInvestee.Name ? [actorBefore] : [];
                }

                EntityMention? namedInvestee = raiser ?? issuer ?? recipient ?? modifierInvestee ?? FindInvestee(sentence, Math.Min(trigger, moneyStart), investors);
                EntityMention? investee = namedInvestee ?? (sentence.FindFirst(InvesteeWords, Math.Min(trigger, moneyStart), sentence.End) < 0 ? PreviousInvestee() : null);
                // "KDB agreed to lend it 280 billion won. …, where the company plans to spend 450 billion won": the investee of the
                // last sentence, now the actor, spends its own money; it is no investee here.
                if (namedInvestee is null && investee is not null && investors.Exists(investor => investor.Name == investee.Name))
                {
                    investee = null;
                }

                // "The São Paulo state government said it would allow Toyota to use up to R$1 billion of tax credits": the
                // government that allows it gives the money; the company allowed receives it.
                if (AllowedBeneficiary(sentence, moneyStart, out int allowAt) is { } allowed && FirstActor(sentence, sentence.First, allowAt) is { } allower
                    && IsGovernment(allower) && allower.Name != allowed.Name)
                {
                    investors = [allower];
                    investee = allowed;
                }

                investors.RemoveAll(investor => investee is not null && investor.Name == investee.Name);
                if (investors.Count == 0 && investee is not null && sentence.FindFirst(CompanyNouns, sentence.First, Math.Min(trigger, moneyStart)) is >= 0 and var noun
                    && !(noun > sentence.First && sentence.Word(noun - 1) is "a" or "an") && !(noun - 2 >= sentence.First && sentence.Word(noun - 2) is "a" or "an")
                    // Not "It is the largest round since Swedish scaleup H2 Green Steel raised €1.5bn": a company that raised the
                    // money received it, and the noun describing it, or another clause's "it", names no investor.
                    && raiser is null && sentence.TokenAt(investee.Start) != noun + 1
                    && LastOrganizationBefore(sentence, investee.Name) is { } described)
                {
                    // "the German group will invest $1 billion in Rivian": the organisation named before, other than the investee.
                    investors.Add(described);
                }
                // "VW already paid $1 billion in June …, and it handed over $1.3 billion at the venture's formation": "and it"
                // before a second amount of the sentence continues the investor of the first.
                if (lastInvestor is not null && lastInvestorSentence == sentence.Index && (AndItBefore(sentence, moneyStart) || EarlierOwnInvestment(sentence, moneyStart, moneyEnd))
                    && !(investors.Count == 1 && investors[0].Name == lastInvestor.Name)
                    && (investee is null || investee.Name != lastInvestor.Name))
                {
                    investors = [lastInvestor];
                }

                // "Banco del Norte and two other Mexican lenders have provided a $150 million loan": the named one of the group.
                if (investors.Count == 0 && NamedWithOthersBefore(sentence, Math.Min(trigger, moneyStart)) is { } namedLender && (investee is null || investee.Name != namedLender.Name))
                {
                    investors.Add(namedLender);
                }

                // "Georgia has been generous. The state approved an incentive package worth $2.1 billion": the state the text just named.
                if (investors.Count == 0 && DescribedState(sentence) is { } state && (investee is null || investee.Name != state.Name))
                {
                    investors.Add(state);
                }

                if (investors.Count == 0)
                {
                    // "The first $250 million was paid in December": no payer named, a part of the last investment.
                    // "A $1 billion loan to Rivian, to be drawn in 2026, completes the package": a financing of the last investee, a
                    // part of its own kind ("#loan") even where an equity part had the same amount.
                    bool financesLast = lastWithInvestee is not null && FinancesLastInvestee(sentence, moneyEnd, lastWithInvestee);
                    InvestmentFact? partOfDeal = financesLast ? lastWithInvestee : IsTopUp(sentence, moneyStart, moneyEnd, output.Count > factsBeforeSentence) ? lastInvestment : null;
                    string part = financesLast && tranche.Length == 0 ? "#" + sentence.Word(moneyEnd).ToString() : tranche;
                    if (partOfDeal is not null && !IsNegated(sentence, moneyStart)
                        && AddOnce(seen, partOfDeal.Investors[0].Name, part, value.Amount, sentence.Index))
                    {
                        output.Add(new InvestmentFact(partOfDeal.Investors, partOfDeal.Investee,
                            new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                            TrancheStatus(sentence, moneyEnd) ?? StatusOf(sentence, moneyStart, Math.Min(sentence.End, moneyEnd + 3)), sentence.Span, 0.55, "investment.top-up"));
                    }
                    else if (raiser is not null && RaiseVerbBefore(sentence, moneyStart) && !IsNegated(sentence, moneyStart))
                    {
                        // "Valmet Automotive has raised 80 million euros from its shareholders." — the investors may follow.
                        (pendingRounds ??= []).Add((raiser, new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString()),
                            StatusOf(sentence, moneyStart, Math.Min(sentence.End, moneyEnd + 3)), sentence.Index, sentence.Span));
                    }

                    continue;
                }

                // "The Transporter is part of a €2 billion programme that Ford Otosan began … The company committed a further
                // €490 million to its plant in Craiova": a sentence that opens on "The company" or "It", its subject looked up
                // outside the sentence, continues the company that invested in the sentence just before (no financier).
                if (investors.Count == 1 && investors[0].Start < sentence.Span.Start && OpensOnDescribedCompany(sentence) && lastInvestor is not null
                    && lastInvestorSentence == sentence.Index - 1 && !SentenceView.IsFinancierMention(lastInvestor) && lastInvestor.Name != investors[0].Name
                    && (investee is null || investee.Name != lastInvestor.Name))
                {
                    investors = [lastInvestor];
                }

                // The same amount from one of the same investors is the same investment restated (headline and body).
                bool restated = false;
                foreach (EntityMention investor in investors)
                {
                    restated |= IsRecorded(seen, investor.Name, tranche, value.Amount);
                }

                if (restated || (IsRumour(sentence) && IsDeniedRumour(sentence, investors, investee, DeniedOnce())))
                {
                    continue;
                }

                foreach (EntityMention investor in investors)
                {
                    AddOnce(seen, investor.Name, tranche, value.Amount, sentence.Index);
                }

                investeeHere ??= investee;
                var amount = new MoneyAmount(value.Amount, value.Currency, document.Slice(money.Span).ToString());
                var refs = ImmutableArray.CreateBuilder<EntityRef>(investors.Count);
                foreach (EntityMention investor in investors)
                {
                    refs.Add(EntityRef.From(document, investor));
                }

                lastInvestor = investors.Count == 1 ? investors[0] : null;
                lastInvestorSentence = sentence.Index;
                lastInvestment = new InvestmentFact(
                    refs.ToImmutable(),
                    investee is null ? null : EntityRef.From(document, investee),
                    amount,
                    talks ? FactStatus.Intended : IsBoardApproval(sentence, moneyStart) ? FactStatus.Planned
                        : IsHeadlineReport(sentence, trigger) ? FactStatus.Completed
                        : StatusOf(sentence, StatusFrom(sentence, investors, Math.Min(trigger, moneyStart)), Math.Max(trigger, moneyEnd)),
                    sentence.Span,
                    investee is null ? 0.6 : 0.75,
                    raiser is not null ? "investment.funding-round" : trigger < moneyStart ? "investment.verb-amount" : "investment.amount-verb");
                lastWithInvestee = investee is null ? lastWithInvestee : lastInvestment;

                // "BMW and Bosch each put in €75 million": one investment per investor. Not "… will each contribute 1.2 trillion
                // rupiah to a 2.4 trillion rupiah upgrade": an amount after another one that "each" measures is the investors' joint total.
                if (investors.Count > 1 && sentence.FindFirst(EachWords, sentence.TokenAt(investors[^1].End), moneyStart) is >= 0 and var each
                    && !MoneyBetween(sentence, each, moneyStart))
                {
                    foreach (EntityRef investor in lastInvestment.Investors)
                    {
                        output.Add(new InvestmentFact([investor], lastInvestment.Investee, lastInvestment.Amount, lastInvestment.Status,
                            lastInvestment.Evidence, lastInvestment.Confidence, "investment.each"));
                    }

                    continue;
                }

                output.Add(lastInvestment);

                // "Hyundai and SK On are spending about $5 billion on a second cell plant, again split 50-50", "… through HL-GA
                // Battery Company, a venture the two own in equal shares": two investors sharing what they invest in equally each
                // hold a stake in it.
                if (investors.Count == 2 && EqualSplitAfter(sentence, moneyEnd, out EntityMention? splitVenture) && !IsNegated(sentence, moneyStart))
                {
                    EntityRef? shared = splitVenture is null ? lastInvestment.Investee : EntityRef.From(document, splitVenture);
                    foreach (EntityMention investor in investors)
                    {
                        if ((shared is null || shared.Name != investor.Name) && seen.Add((investor.Name + ">" + (shared?.Name ?? "?"), 0m)))
                        {
                            output.Add(new InvestmentFact([EntityRef.From(document, investor)], shared, null, lastInvestment.Status,
                                sentence.Span, 0.5, "investment.equal-split"));
                        }
                    }
                }
            }

            // Stakes and state aid stated without an amount: "Toyota holds a stake of about 4.9% in Suzuki", one per clause
            // ("…, and Suzuki owns a much smaller stake in Toyota").
            // "…, and the Mohammed VI Investment Fund will take a minority stake in Gotion Morocco": a clause without an amount.
            if ((classes & WordClass.Denial) == 0 || sentence.FindFirst(Denials, sentence.First, sentence.End) < 0)
            {
                int clauseStart = sentence.First;
                for (int bare = (classes & WordClass.Amountless) != 0 ? sentence.FindFirst(AmountlessTriggers, sentence.First, sentence.End) : -1; bare >= 0;
                     bare = sentence.FindFirst(AmountlessTriggers, bare + 1, sentence.End))
                {
                    // "tax breaks" are aid; "breaks" otherwise are not.
                    if (sentence.Word(bare) is "breaks" && sentence.Word(bare - 1) is not "tax")
                    {
                        continue;
                    }

                    // "its holding" is a stake; "the group's holding company" is not.
                    if (sentence.Word(bare) is "holding" && (sentence.Word(bare + 1) is "company" or "companies" or "group" or "firm" or "structure"
                        || sentence.Word(bare - 1) is not ("its" or "their" or "a" or "the")))
                    {
                        continue;
                    }

                    int clauseBreak = sentence.FindLast(Commas, clauseStart, bare);
                    clauseStart = clauseBreak >= 0 ? clauseBreak : clauseStart;
                    // "… is due to buy a 10 per cent stake, in a deal that values Horse at €7.4 billion": a stake bought where the
                    // sentence's only amount values the company bought into.
                    bool boughtValued = sentence.Word(bare) is "stake" && sentence.FindFirst(BuyVerbs, Math.Max(clauseStart, bare - 5), bare) >= 0
                        && OnlyValuationMoney(sentence);
                    if (IsNegated(sentence, bare) || ((investeeHere is not null || HasMoney(sentence)) && !IsOwnClauseWithoutMoney(sentence, bare) && !boughtValued))
                    {
                        continue;
                    }

                    if (SoldOwnStake(sentence, bare + 1))
                    {
                        continue;
                    }

                    List<EntityMention> holders = DistinctNames(FindInvestors(sentence, bare, bare, bare + 1, out EntityMention? stakeSeller));

                    // "an incentive certificate", "tax breaks": aid only where a government gives it.
                    if (sentence.Word(bare) is "incentive" or "breaks" && !(holders.Count > 0 ? IsGovernment(holders[0]) : DescribedState(sentence) is not null))
                    {
                        continue;
                    }

                    // "Nordkabel has agreed to sell a 25% stake in the company to a Canadian pension fund": the seller's own shares.
                    EntityMention? target = FindInvestee(sentence, bare, holders) ?? AidRecipient(sentence, bare)
                        ?? (sentence.Word(bare) is "stake" or "stakes" ? stakeSeller ?? (boughtValued ? ValuedCompany(sentence, bare) : null) ?? DescribedStakeCompany(sentence, bare) : PreviousInvestee());
                    if (holders.Count > 0 && target is not null && holders[0].Name != target.Name && !(IsRumour(sentence) && IsDeniedRumour(sentence, holders, target, DeniedOnce()))
                        && seen.Add((holders[0].Name + ">" + target.Name, 0m)))
                    {
                        var refs = ImmutableArray.CreateBuilder<EntityRef>();
                        foreach (EntityMention holder in holders)
                        {
                            refs.Add(EntityRef.From(document, holder));
                        }

                        // "Toyota takes minority stake in Tesla": a headline reports what happened in the present tense.
                        int headlineVerb = sentence.FindLast(HeadlinePresentVerbs, Math.Max(clauseStart, bare - 6), bare);
                        output.Add(new InvestmentFact(refs.ToImmutable(), EntityRef.From(document, target), null,
                            headlineVerb >= 0 && IsHeadlineReport(sentence, headlineVerb) ? FactStatus.Completed : StatusOf(sentence, Math.Max(clauseStart, bare - 6), bare + 1),
                            sentence.Span, 0.5, "investment.amountless"));
                    }
                    // "… to invest Rs 20,000 crore in a greenfield plant. The state has offered incentives": a government the text
                    // describes gives aid to the last investee too.
                    else if ((target is null || holders.Count == 0) && (holders.Count > 0 ? holders[0] : AidGiver(sentence, bare) ?? DescribedState(sentence)) is { } government
                        && IsGovernment(government) && (ApprovedAidFor(sentence, bare) || AidGiver(sentence, bare) is not null)
                        && seen.Add((government.Name + ">?", 0m)))
                    {
                        holders = [government];
                        // "The Maharashtra government has approved incentives for the Chakan investment": aid approved by a
                        // government for a project the text names only by words.
                        EntityMention? aided = sentence.MentionAt(bare + 2) is { Label: EntityLabel.Org or EntityLabel.Facility } named && named.Name != holders[0].Name ? named
                            : target is not null && target.Name != holders[0].Name ? target : null;
                        output.Add(new InvestmentFact([EntityRef.From(document, holders[0])], aided is null ? null : EntityRef.From(document, aided), null,
                            FactStatus.Planned, sentence.Span, 0.45, "investment.amountless"));
                    }
                }
            }

            // "through a joint venture in which it holds 75% and Honda 25%": whatever the sentence's amount pays for.
            if ((classes & WordClass.Hold) != 0)
            {
                AddItsVentureSplit(document, sentence, seen, output);
            }

            // "Foxconn invested in troubled EV start-up Byton", "Volkswagen, which first invested in Northvolt in 2019, …": an
            // investment in a company named, stated without an amount.
            for (int v = (classes & WordClass.Trigger) != 0 ? sentence.FindFirst(InvestVerbs, sentence.First, sentence.End) : -1; v >= 0; v = sentence.FindFirst(InvestVerbs, v + 1, sentence.End))
            {
                if (sentence.Word(v + 1) is "in" or "into" && (IsOwnClauseWithoutMoney(sentence, v) || MoneyOnlyInEarlierClause(sentence, v)) && sentence.SkipCompanyDescription(v + 2) is var investedAt
                    && sentence.MentionAt(investedAt) is { Label: EntityLabel.Org } investedIn && !IsGovernment(investedIn)
                    && AmountlessInvestor(sentence, v) is { } amountlessInvestor && amountlessInvestor.Name != investedIn.Name
                    && !IsNegated(sentence, v) && !IsRumour(sentence) && seen.Add((amountlessInvestor.Name + ">" + investedIn.Name, 0m)))
                {
                    output.Add(new InvestmentFact([EntityRef.From(document, amountlessInvestor)], EntityRef.From(document, investedIn), null,
                        StatusOf(sentence, Math.Max(sentence.First, v - 3), v + 1) ?? FactStatus.Completed, sentence.Span, 0.5, "investment.amountless"));
                }
            }

            // "Valeo also holds about 8% of Opteris": a share held, named by its percentage.
            if (investeeHere is null && !HasMoney(sentence))
            {
                // "LG Magna e-Powertrain, owned 51% by LG Electronics and 49% by Magna International, …", "Nemaska Lithium, owned in
                // equal parts by Investissement Québec and Rio Tinto": an ownership split in the passive, each holder a stake.
                foreach (EntityMention owner in PassiveSplitOwners(sentence, out EntityMention? ownedCompany) ?? (IEnumerable<EntityMention>)[])
                {
                    if (!IsNegated(sentence, sentence.TokenAt(owner.Start)) && seen.Add((owner.Name + ">" + ownedCompany!.Name, 0m)))
                    {
                        output.Add(new InvestmentFact([EntityRef.From(document, owner)], EntityRef.From(document, ownedCompany), null, FactStatus.Completed,
                            sentence.Span, 0.5, "investment.amountless"));
                    }
                }

                // "Toyota took over PSA's 50 per cent stake in 2021", "Toyota bought PSA's half of the venture": another holder's
                // share bought, of the company named after it or the venture the text just named.
                for (int b = (classes & WordClass.Buy) != 0 ? sentence.FindFirst(BuyVerbs, sentence.First, sentence.End) : -1; b >= 0; b = sentence.FindFirst(BuyVerbs, b + 1, sentence.End))
                {
                    // "Last year it also bought out …": the company "it" stands for buys.
                    if (BoughtShareOf(sentence, b, out EntityMention? boughtFrom, out int shareEnd, out bool sellerHeld)
                        && (NearestOrganizationBefore(sentence, b, 3)
                            ?? (sentence.Word(b - 1) is "it" || (sentence.Word(b - 1) is "also" && sentence.Word(b - 2) is "it")
                                ? sentence.LastSubjectBefore(boughtFrom!.Name, notFinancier: true) : null)) is { } shareBuyer
                        && shareBuyer.Name != boughtFrom!.Name && !IsNegated(sentence, b))
                    {
                        EntityMention? shareOf = sellerHeld ? boughtFrom
                            : sentence.Word(shareEnd) is "of" or "in" ? HeldCompanyAt(sentence, shareEnd + 1, out _, out _) : sentence.RecentVenture();
                        if (shareOf is not null && (shareOf.Name == shareBuyer.Name || (!sellerHeld && shareOf.Name == boughtFrom.Name)))
                        {
                            continue;
                        }

                        if (seen.Add((shareBuyer.Name + ">" + (shareOf?.Name ?? "?"), 0m)))
                        {
                            output.Add(new InvestmentFact([EntityRef.From(document, shareBuyer)], shareOf is null ? null : EntityRef.From(document, shareOf), null,
                                StatusOf(sentence, Math.Max(sentence.First, b - 3), b + 1), sentence.Span, 0.5, "investment.amountless"));
                        }
                    }
                }

                // "… will pay $2 billion for a 50% stake in Rivian and VW Group Technology. Rivian will hold the other half": the rest
                // of a company whose stake the sentence before reported, held by the subject.
                for (int h = (classes & WordClass.Hold) != 0 ? sentence.FindFirst(HoldVerbs, sentence.First, sentence.End) : -1; h >= 0 && PreviousInvestee() is not null && previousShare;
                     h = sentence.FindFirst(HoldVerbs, h + 1, sentence.End))
                {
                    if (PreviousInvestee() is { } restOf && RestOfShareEnd(sentence, h) is > 0 and var restEnd && sentence.Word(restEnd) is not ("of" or "in")
                        && NearestOrganizationBefore(sentence, h, 4) is { } restHolder && restHolder.Name != restOf.Name
                        && !IsNegated(sentence, h) && seen.Add((restHolder.Name + ">" + restOf.Name, 0m)))
                    {
                        output.Add(new InvestmentFact([EntityRef.From(document, restHolder)], EntityRef.From(document, restOf), null,
                            StatusOf(sentence, Math.Max(sentence.First, h - 3), h + 1), sentence.Span, 0.5, "investment.amountless"));
                    }
                }

                // "CATL is also a shareholder in Nio Power", "Amazon, an early investor in Rivian, …": a holder named by its role.
                for (int n = (classes & WordClass.HolderNoun) != 0 ? sentence.FindFirst(HolderNouns, sentence.First, sentence.End) : -1; n >= 0; n = sentence.FindFirst(HolderNouns, n + 1, sentence.End))
                {
                    // "Gotion, whose largest shareholder is Volkswagen", "Nissan is Mitsubishi's largest shareholder".
                    if (PossessedRole(sentence, n, out EntityMention? roleOwner, out EntityMention? roleHeld) && !IsNegated(sentence, n)
                        && seen.Add((roleOwner!.Name + ">" + roleHeld!.Name, 0m)))
                    {
                        output.Add(new InvestmentFact([EntityRef.From(document, roleOwner)], EntityRef.From(document, roleHeld), null, FactStatus.Completed,
                            sentence.Span, 0.5, "investment.amountless"));
                        continue;
                    }

                    if (sentence.Word(n + 1) is "in" or "of" && sentence.MentionAt(n + 2) is { Label: EntityLabel.Org } heldByRole
                        && RoleHolderBefore(sentence, n) is { } roleHolder && roleHolder.Name != heldByRole.Name && !IsNegated(sentence, n)
                        && seen.Add((roleHolder.Name + ">" + heldByRole.Name, 0m)))
                    {
                        output.Add(new InvestmentFact([EntityRef.From(document, roleHolder)], EntityRef.From(document, heldByRole), null, FactStatus.Completed,
                            sentence.Span, 0.5, "investment.amountless"));
                    }
                }

                // "Daimler bought nearly 10% of Tesla for an undisclosed sum": a share bought, named by its percentage, too.
                for (int h = (classes & (WordClass.Hold | WordClass.Buy)) != 0 ? sentence.FindFirst(PercentTakingVerbs, sentence.First, sentence.End) : -1; h >= 0;
                     h = sentence.FindFirst(PercentTakingVerbs, h + 1, sentence.End))
                {
                    // "Leapmotor International, in which Stellantis holds 51%": the company before "in which" is held; "X, the
                    // Amsterdam-based joint venture in which Stellantis holds 51 per cent and Leapmotor 49 per cent": after a
                    // described apposition, and a second holder of the split.
                    if (ShareEnd(sentence, h) is > 0 and var relativeShareEnd && NearestOrganizationBefore(sentence, h, 4) is { } relativeHolder
                        && sentence.TokenAt(relativeHolder.Start) is var relativeAt
                        && RelativeHeldCompany(sentence, relativeAt - 1) is { } heldBefore && heldBefore.Name != relativeHolder.Name
                        && !IsNegated(sentence, h))
                    {
                        // The split's second holder is named with the first: one statement of the venture's owners.
                        EntityMention? relativeOther = SecondHolderAt(sentence, relativeShareEnd) is { } second && second.Name != heldBefore.Name
                            && second.Name != relativeHolder.Name ? second : null;
                        if (seen.Add((relativeHolder.Name + ">" + heldBefore.Name, 0m)) | (relativeOther is not null && seen.Add((relativeOther.Name + ">" + heldBefore.Name, 0m))))
                        {
                            output.Add(new InvestmentFact(relativeOther is null ? [EntityRef.From(document, relativeHolder)]
                                : [EntityRef.From(document, relativeHolder), EntityRef.From(document, relativeOther)], EntityRef.From(document, heldBefore), null,
                                FactStatus.Completed, sentence.Span, 0.5, "investment.amountless"));
                        }

                        continue;
                    }

                    // "Ford Otosan, the Turkish company in which Ford and Koç Holding each own 41%": two holders of a company
                    // described before "in which".
                    if (ShareEnd(sentence, h) > 0 && sentence.Word(h - 1) is "each" or "jointly" && JointRelativeHolders(sentence, h - 1) is var (holderA, holderB, heldCompany)
                        && !IsNegated(sentence, h))
                    {
                        foreach (EntityMention jointHolder in (ReadOnlySpan<EntityMention>)[holderA, holderB])
                        {
                            if (seen.Add((jointHolder.Name + ">" + heldCompany.Name, 0m)))
                            {
                                output.Add(new InvestmentFact([EntityRef.From(document, jointHolder)], EntityRef.From(document, heldCompany), null, FactStatus.Completed,
                                    sentence.Span, 0.5, "investment.amountless"));
                            }
                        }

                        continue;
                    }

                    // "Stellantis took 51% of the venture", "Geely will take 26.4% of Renault do Brasil": a share taken, of its tense;
                    // "The online retailer also owns about 16% of Rivian": a described holder, the company the text is about.
                    FactStatus? holdStatus = sentence.Word(h) is "took" or "take" or "takes" or "taking" || BuyVerbs.Contains(sentence.Word(h))
                        ? StatusOf(sentence, Math.Max(sentence.First, h - 4), h + 1) : FactStatus.Completed;
                    if (ShareEnd(sentence, h) is > 0 and var afterPercent
                        && sentence.Word(afterPercent) is "of" or "in" && HeldCompanyAt(sentence, afterPercent + 1, out int heldEnd, out bool unnamedVenture) is var held
                        // "Mahindra will hold 51% of the venture": a split planned for a venture not yet named is no stake held.
                        // "BAIC holds 65% of the venture and the IDC 35%": a venture the text does not name counts in a split of it.
                        && (held is not null || (unnamedVenture && sentence.FindFirst(FutureWords, Math.Max(sentence.First, h - 2), h) < 0 && SecondHolderAt(sentence, heldEnd) is not null))
                        && !IsNegated(sentence, h)
                        && (HeadOfRelativeClause(sentence, NearestOrganizationBefore(sentence, h, 4), h)
                            ?? (sentence.Word(sentence.First) is "The" or "It" && FirstActor(sentence, sentence.First, h) is null ? sentence.LastSubjectBefore(held?.Name, notFinancier: true) : null)) is { } holder
                        && holder.Name != (held?.Name ?? "?")
                        && !(held is not null && JointlyInvestedIn(output, holder.Name, held.Name))
                        && seen.Add((holder.Name + ">" + (held?.Name ?? "?"), 0m)))
                    {
                        // "BAIC holds 65% of the venture": a venture the text does not name is no investee, though the share is held.
                        string heldName = held?.Name ?? "?";
                        EntityRef? heldRef = held is null ? null : EntityRef.From(document, held);
                        output.Add(new InvestmentFact([EntityRef.From(document, holder)], heldRef, null, holdStatus,
                            sentence.Span, 0.5, "investment.amountless"));

                        // "Mercedes-Benz and Stellantis each hold a third of ACC": the holder joined before.
                        int holderAt = sentence.TokenAt(holder.Start);
                        if (sentence.Word(h - 1) is "each" && holderAt - 2 >= sentence.First && sentence.Word(holderAt - 1) is "and"
                            && sentence.MentionAt(holderAt - 2) is { Label: EntityLabel.Org } firstHolder && firstHolder.Name != heldName
                            && seen.Add((firstHolder.Name + ">" + heldName, 0m)))
                        {
                            output.Add(new InvestmentFact([EntityRef.From(document, firstHolder)], heldRef, null, holdStatus,
                                sentence.Span, 0.5, "investment.amountless"));
                        }

                        // "Toyota holds about 20% of Subaru and 5% of Mazda": further shares of the same holder.
                        for (int more = heldEnd; more + 3 < sentence.End && sentence.Word(more) is "and" or ",";)
                        {
                            int percentAt = sentence.Word(more + 1) is "about" or "around" or "roughly" or "nearly" or "almost" ? more + 2 : more + 1;
                            if (sentence.MentionAt(percentAt) is not { Label: EntityLabel.Percent } morePercent)
                            {
                                break;
                            }

                            int ofAt = sentence.TokenAt(morePercent.End);
                            if (sentence.Word(ofAt) is not ("of" or "in") || sentence.MentionAt(ofAt + 1) is not { Label: EntityLabel.Org } alsoHeld)
                            {
                                break;
                            }

                            if (alsoHeld.Name != holder.Name && seen.Add((holder.Name + ">" + alsoHeld.Name, 0m)))
                            {
                                output.Add(new InvestmentFact([EntityRef.From(document, holder)], EntityRef.From(document, alsoHeld), null, holdStatus,
                                    sentence.Span, 0.5, "investment.amountless"));
                            }

                            more = sentence.TokenAt(alsoHeld.End);
                        }

                        // "Stellantis owns 51% of the venture and Leapmotor the remaining 49%": a second holder.
                        if (SecondHolderAt(sentence, heldEnd) is { } other && other.Name != heldName
                            && seen.Add((other.Name + ">" + heldName, 0m)))
                        {
                            output.Add(new InvestmentFact([EntityRef.From(document, other)], heldRef, null, holdStatus,
                                sentence.Span, 0.5, "investment.amountless"));
                        }
                    }
                }
            }

            // An investee named with "in X" here is the one the next sentence means when it names none.
            int inAt = (classes & WordClass.Trigger) != 0 ? sentence.FindFirst(Triggers, sentence.First, sentence.End) : -1;
            previousInvestee = inAt >= 0 ? investeeHere : null;
            previousSentence = inAt >= 0 && investeeHere is null ? sentence : null;
            previousAt = inAt;
            previousShare = (classes & WordClass.Share) != 0 && sentence.Contains(ShareWords);
        }

        if (pendingRounds is not null)
        {
            AddRoundsWithLaterInvestors(document, pendingRounds, output);
        }

        RemoveMediaInvestments(output);
        RemoveHeadlineRestatements(document, output);
    }

    // "Toyota takes minority stake in Tesla" over a body that states Toyota's $50 million in Tesla: a headline's investment
    // without an amount restates the body's investment of the same parties with one.
    private static void RemoveHeadlineRestatements(Document document, ICollection<Fact> output)
    {
        if (document.Sentences.Length < 2)
        {
            return;
        }

        int headlineEnd = document.Sentences[0].End;
        List<Fact>? restated = null;
        foreach (Fact fact in output)
        {
            if (fact is not InvestmentFact { Amount: null, Investee: { } investee, Investors.Length: > 0 } headline || headline.Evidence.Start >= headlineEnd)
            {
                continue;
            }

            foreach (Fact other in output)
            {
                if (other is InvestmentFact { Amount: not null, Investee: { } bodyInvestee, Investors.Length: > 0 } body && body.Evidence.Start >= headlineEnd
                    && bodyInvestee.Name == investee.Name && body.Investors[0].Name == headline.Investors[0].Name)
                {
                    (restated ??= []).Add(fact);
                    break;
                }
            }
        }

        foreach (Fact fact in restated ?? [])
        {
            output.Remove(fact);
        }
    }

    // "Bloomberg News first reported the subsidy": a news organisation that reports money is not its investor, however a rule
    // reached it through the document.
    private static void RemoveMediaInvestments(ICollection<Fact> output)
    {
        List<Fact>? media = null;
        foreach (Fact fact in output)
        {
            if (fact is not InvestmentFact { Investors.Length: > 0 } investment)
            {
                continue;
            }

            bool reported = true;
            foreach (EntityRef investor in investment.Investors)
            {
                reported &= SentenceView.IsNewsMedia(investor.Name);
            }

            if (reported)
            {
                (media ??= []).Add(fact);
            }
        }

        foreach (Fact fact in media ?? [])
        {
            output.Remove(fact);
        }
    }

    // "Valmet has raised €80 million from its shareholders. Pontos and Tesi each put in €35 million, and CATL the remaining
    // €10 million.": a round whose investors the next two sentences name, by their own investments in the raiser.
    private static void AddRoundsWithLaterInvestors(Document document, List<(EntityMention Raiser, MoneyAmount Amount, FactStatus? Status, int Sentence, TextSpan Evidence)> rounds,
        ICollection<Fact> output)
    {
        var facts = new List<InvestmentFact>();
        foreach (Fact fact in output)
        {
            if (fact is InvestmentFact investment)
            {
                facts.Add(investment);
            }
        }

        foreach (var round in rounds)
        {
            // Not a government or a fund raising money, nor a round another fact already reports.
            if (SentenceView.IsFinancierMention(round.Raiser) || facts.Exists(fact => fact.Amount is not null && fact.Amount.Value == round.Amount.Value))
            {
                continue;
            }

            int from = round.Sentence + 1 < document.Sentences.Length ? document.Sentences[round.Sentence + 1].Start : int.MaxValue;
            int to = document.Sentences[Math.Min(document.Sentences.Length - 1, round.Sentence + 2)].End;
            var investors = ImmutableArray.CreateBuilder<EntityRef>();
            var names = new HashSet<string>(StringComparer.Ordinal) { round.Raiser.Name };
            foreach (InvestmentFact later in facts)
            {
                if (later.Evidence.Start < from || later.Evidence.Start >= to || later.Amount is null || later.Amount.Value >= round.Amount.Value
                    || (later.Investee is not null && later.Investee.Name != round.Raiser.Name))
                {
                    continue;
                }

                foreach (EntityRef investor in later.Investors)
                {
                    if (names.Add(investor.Name))
                    {
                        investors.Add(investor);
                    }
                }
            }

            if (investors.Count > 0)
            {
                output.Add(new InvestmentFact(investors.ToImmutable(), EntityRef.From(document, round.Raiser), round.Amount, round.Status, round.Evidence, 0.5,
                    "investment.round-investors-later"));
            }
        }
    }

    private static readonly SpanLookup RumourWords = new(
        ["reported", "report", "reports", "reportedly", "familiar", "sources", "speculation", "rumour", "rumours", "rumor", "rumors", "media"]);

    // A sentence citing unnamed sources or media: a rumour word, but not an official publication ("according to Leapmotor's
    // annual report", "its quarterly report").
    private static bool IsRumour(SentenceView sentence)
    {
        for (int r = sentence.FindFirst(RumourWords, sentence.First, sentence.End); r >= 0; r = sentence.FindFirst(RumourWords, r + 1, sentence.End))
        {
            if (!(sentence.Word(r) is "report" or "reports" && OfficialReports.Contains(sentence.Word(r - 1))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup OfficialReports = new(
        ["annual", "quarterly", "interim", "financial", "half-year", "half-yearly", "earnings", "results", "sustainability", "regulatory", "stock-exchange"]);

    // The organisations a sentence of denial names: "Huayan denied a report …", "“There is no equity discussion,” a Great
    // Wall spokesperson said", "Nobody from Renault has offered to invest".
    private static Dictionary<string, List<SentenceView>> DeniedNames(Document document)
    {
        var names = new Dictionary<string, List<SentenceView>>(StringComparer.Ordinal);
        foreach (SentenceView sentence in SentenceView.All(document))
        {
            for (int i = sentence.First; i < sentence.End; i++)
            {
                ReadOnlySpan<char> word = sentence.Word(i);
                EntityMention? denier = null;
                // Not "rejected that view", "dismissed the criticism": an opinion rejected, no report denied.
                if (word is "denied" or "denies" or "deny" or "dismissed" or "dismisses" or "rejected" or "rejects" && !RejectsOpinion(sentence, i))
                {
                    // "Huayan denied …", "… was dismissed by the company": the organisation just before, or after "by".
                    denier = sentence.Word(i + 1) is "by" && sentence.MentionAt(i + 2) is { Label: EntityLabel.Org } agent ? agent : NearestOrganizationBefore(sentence, i, 6);
                }
                else if (word is "no" or "No" && (sentence.Word(i + 1) is "plans" or "plan" or "talks" or "equity" or "discussion" or "discussions" or "intention"
                    || (sentence.Word(i + 1) is "such" && sentence.Word(i + 2) is "talks" or "discussions" or "plans" or "deal")))
                {
                    // "Hyundai has no plans to …", "a Great Wall spokesperson said: there is no equity discussion".
                    denier = NearestOrganizationBefore(sentence, i, 8) ?? FirstOrganization(sentence);
                }
                else if (word is "Nobody" or "nobody" && sentence.Word(i + 1) is "from" or "at" && sentence.MentionAt(i + 2) is { Label: EntityLabel.Org } from)
                {
                    denier = from;
                }

                // "Both companies denied this": every organisation of the sentence before.
                if (word is "denied" or "denies" or "rejected" or "dismissed" && i - 2 >= sentence.First && sentence.Word(i - 1) is "companies" or "sides" or "groups"
                    && sentence.Word(i - 2) is "Both" or "both" or "two" && sentence.Index > 0)
                {
                    foreach (EntityMention mention in document.Entities)
                    {
                        if (mention.Label == EntityLabel.Org && mention.Start >= document.Sentences[sentence.Index - 1].Start && mention.End <= document.Sentences[sentence.Index - 1].End)
                        {
                            if (!names.TryGetValue(mention.Name, out List<SentenceView>? both))
                            {
                                names[mention.Name] = both = [];
                            }

                            both.Add(sentence);
                        }
                    }
                }

                if (denier is not null)
                {
                    if (!names.TryGetValue(denier.Name, out List<SentenceView>? where))
                    {
                        names[denier.Name] = where = [];
                    }

                    where.Add(sentence);
                }
            }
        }

        return names;
    }

    private static readonly SpanLookup OpinionNouns = new(
        ["view", "views", "criticism", "criticisms", "critique", "argument", "arguments", "concern", "concerns", "notion", "characterisation",
         "characterization", "comparison", "assessment", "idea", "fears", "worries", "doubts"]);

    // "rejected that view", "dismissed those concerns": the verb's object is an opinion (after a determiner).
    private static bool RejectsOpinion(SentenceView sentence, int verb)
    {
        int noun = sentence.Word(verb + 1) is "that" or "the" or "this" or "those" or "these" or "such" ? verb + 2 : verb + 1;
        return OpinionNouns.Contains(sentence.Word(noun));
    }

    private static EntityMention? NearestOrganizationBefore(SentenceView sentence, int before, int reach)
    {
        for (int k = before - 1; k >= sentence.First && k >= before - reach; k--)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } mention)
            {
                return mention;
            }
        }

        return null;
    }

    private static EntityMention? FirstOrganization(SentenceView sentence)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Org)
            {
                return mention;
            }
        }

        return null;
    }

    // A rumour ("people familiar with the matter said X was considering …") about a party that the text shows denying it:
    // in the same sentence, or in a sentence about the same places or amounts, or in a denial that names no particular
    // town or country ("no plans to build a factory in Europe", "there is no equity discussion").
    private static bool IsDeniedRumour(SentenceView sentence, List<EntityMention> investors, EntityMention? investee, Dictionary<string, List<SentenceView>> denied)
    {
        if (!IsRumour(sentence))
        {
            return false;
        }

        // The investee's denial counts where it stands in the same sentence ("…, and Sedna said “no such discussions” had taken place").
        if (investee is not null && denied.TryGetValue(investee.Name, out List<SentenceView>? own) && own.Exists(d => d.Index == sentence.Index))
        {
            return true;
        }

        foreach (EntityMention party in investors)
        {
            if (!denied.TryGetValue(party.Name, out List<SentenceView>? denials))
            {
                continue;
            }

            foreach (SentenceView denial in denials)
            {
                if (denial.Index == sentence.Index || SharesPlaceOrAmount(denial, sentence) || !NamesParticularPlace(denial))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SharesPlaceOrAmount(SentenceView a, SentenceView b)
    {
        foreach (EntityMention x in a.Mentions)
        {
            if (x.Label is EntityLabel.Loc or EntityLabel.Facility or EntityLabel.Money && b.Mentions.Exists(y => y.Label == x.Label && y.Name == x.Name))
            {
                return true;
            }
        }

        return false;
    }

    // A town, region or country, not one after "outside" ("outside China") and not a continent ("in Europe").
    private static bool NamesParticularPlace(SentenceView sentence)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            int at = sentence.TokenAt(mention.Start);
            if (mention.Label == EntityLabel.Loc && mention.Entry?.Kind is not ("continent" or "macroregion") && !(at > sentence.First && sentence.Word(at - 1) is "outside"))
            {
                return true;
            }
        }

        return false;
    }

    // "bought ¥48 billion worth of Toyota shares", "purchased $500 million of stock in Joby", "acquired €2bn of Renault's
    // shares": a buying verb shortly before the amount and share nouns after it. Returns the verb, or -1; the company
    // whose shares are bought, where named, comes out as the issuer.
    private static int EquityPurchase(SentenceView sentence, int moneyStart, int moneyEnd, out EntityMention? issuer)
    {
        issuer = null;

        // "Geely will pay 1.15 billion yuan (about €146 million) for the shares": the price of shares or a stake.
        int pay = sentence.FindLast(PayVerbs, Math.Max(sentence.First, moneyStart - 3), moneyStart);
        if (pay >= 0)
        {
            int f = AfterConversion(sentence, moneyEnd);
            if (sentence.Word(f) is "for" && sentence.FindFirst(StakeOrShares, f + 1, Math.Min(sentence.End, f + 5)) is >= 0 and var held)
            {
                // "paid $2.2 billion for new Nio shares", "for a 21% stake in Leapmotor": the company whose shares they are.
                for (int m = f + 1; m < held && issuer is null; m++)
                {
                    issuer = sentence.MentionAt(m) is { Label: EntityLabel.Org } shareIssuer ? shareIssuer : null;
                }

                if (issuer is null && sentence.Word(held + 1) is "in" or "of" && sentence.MentionAt(held + 2) is { Label: EntityLabel.Org } heldIn)
                {
                    issuer = heldIn;
                }

                return pay;
            }
        }

        // "CYVN Holdings will buy new Nio shares for $2.2 billion": shares of a company bought for an amount.
        if (sentence.Word(moneyStart - 1) is "for" && sentence.FindLast(BuyVerbs, Math.Max(sentence.First, moneyStart - 8), moneyStart) is >= 0 and var buyer
            && sentence.FindFirst(ShareNouns, buyer + 1, moneyStart - 1) is >= 0 and var shares)
        {
            for (int m = buyer + 1; m < shares; m++)
            {
                if (sentence.MentionAt(m) is { Label: EntityLabel.Org } company)
                {
                    issuer = company;
                    break;
                }
            }

            if (issuer is null && sentence.Word(shares + 1) is "in" or "of" && sentence.MentionAt(shares + 2) is { Label: EntityLabel.Org } held)
            {
                issuer = held;
            }

            if (issuer is not null)
            {
                return buyer;
            }
        }

        // "Suzuki bought Toyota shares worth 48 billion yen", "acquired new Nio shares worth $2 billion": shares of a company
        // bought, their worth after them.
        int worth = moneyStart - 1;
        while (worth > sentence.First && Approximations.Contains(sentence.Word(worth)))
        {
            worth--;
        }

        if (sentence.Word(worth) is "worth" && ShareNouns.Contains(sentence.Word(worth - 1))
            && sentence.FindLast(BuyVerbs, Math.Max(sentence.First, worth - 6), worth - 1) is >= 0 and var shareBuyer)
        {
            for (int m = shareBuyer + 1; m < worth - 1; m++)
            {
                if (sentence.MentionAt(m) is { Label: EntityLabel.Org } company)
                {
                    issuer = company;
                    return shareBuyer;
                }
            }
        }

        int verb = sentence.FindLast(BuyVerbs, Math.Max(sentence.First, moneyStart - 4), moneyStart);
        if (verb < 0)
        {
            return -1;
        }

        int k = moneyEnd;
        if (sentence.Word(k) is "worth")
        {
            k++;
        }

        if (sentence.Word(k) is not ("of" or "in"))
        {
            return -1;
        }

        k++;
        if (sentence.Word(k) is "the" or "new" or "its" or "their")
        {
            k++;
        }

        if (sentence.MentionAt(k) is { Label: EntityLabel.Org } owner)
        {
            issuer = owner;
            k = sentence.TokenAt(owner.End);
            if (sentence.Word(k) is "’s" or "'s" or "’" or "'")
            {
                k++;
            }
        }

        // "newly issued shares", "preferred stock": up to two words before the share noun.
        int noun = sentence.FindFirst(ShareNouns, k, Math.Min(sentence.End, k + 3));
        if (noun < 0)
        {
            issuer = null;
            return -1;
        }

        if (issuer is null && sentence.Word(noun + 1) is "in" or "of" && sentence.MentionAt(noun + 2) is { Label: EntityLabel.Org } named)
        {
            issuer = named;
        }

        // "bought €600 million of convertible bonds issued by Northvolt": the issuer of the securities.
        if (issuer is null && sentence.Word(noun + 1) is "issued" && sentence.Word(noun + 2) is "by" && sentence.MentionAt(noun + 3) is { Label: EntityLabel.Org } issuing)
        {
            issuer = issuing;
        }

        return verb;
    }

    // "awarded Voltcore a grant of €120 million", "offered Norrvolt a package worth €700 million", "gave the plant €50 million":
    // a giving verb, its first object (a company or facility) and then the amount or an article before it, in one clause.
    // Returns the verb, or -1; the first object is the recipient.
    private static int GivingVerbBefore(SentenceView sentence, int moneyStart, out EntityMention? recipient)
    {
        recipient = null;
        for (int v = moneyStart - 1; v >= sentence.First && v >= moneyStart - 12; v--)
        {
            if (sentence.Word(v) is "," or ";")
            {
                return -1;
            }

            if (!GivingVerbs.Contains(sentence.Word(v)))
            {
                continue;
            }

            int k = v + 1;
            if (sentence.Word(k) is "the" or "its" or "their")
            {
                k++;
            }

            // "a grant of …" is the noun: look further back for the verb. "give the company a grant", "gave it €5m": the company
            // the text is about.
            EntityMention? first = sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Facility } named ? named
                : sentence.Word(v + 1) is "it" || (sentence.Word(v + 1) is "the" && CompanyNouns.Contains(sentence.Word(v + 2))) ? DescribedRecipient(sentence, v)
                : sentence.UnlistedNameAt(k);
            int after = first is null ? -1 : sentence.TokenAt(first.End);
            if (first is not null && (after == moneyStart || sentence.Word(after) is "a" or "an" or "another" or "further" or "fresh" || OnlyQualifiers(sentence, after, moneyStart)))
            {
                recipient = first;
                return v;
            }
        }

        return -1;
    }

    private static readonly SpanLookup SellVerbs = new(["sold", "sells", "sell", "selling", "divested", "divests", "divest", "offloaded", "offloads", "unloaded", "exited"]);

    // "The American company sold its 35 per cent stake in Mazda in 2010", "Ford sold its 33% stake in Mazda for $540
    // million": a holder selling its own stake with no buyer named ("to X", which makes the buyer the investor) divests.
    private static bool SoldOwnStake(SentenceView sentence, int at)
    {
        for (int v = at - 1; v >= sentence.First && v >= at - 10; v--)
        {
            if (sentence.Word(v) is ";" || (sentence.Word(v) is "," && v < at - 1))
            {
                return false;
            }

            if (!SellVerbs.Contains(sentence.Word(v)))
            {
                continue;
            }

            if (sentence.Word(v + 1) is not ("its" or "their" or "his" or "her" or "the" or "a" or "part" or "all") || sentence.FindFirst(SoldEquity, v + 1, Math.Min(sentence.End, v + 8)) < 0)
            {
                return false;
            }

            for (int t = v + 1; t < sentence.End && t < v + 14; t++)
            {
                if (sentence.Word(t) is "to" && sentence.MentionAt(sentence.SkipCompanyDescription(t + 1)) is { Label: EntityLabel.Org })
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    // ", with plans to invest", ", with a plan to spend": the trigger right after "with plans to" that follows a comma.
    private static bool WithPlansBefore(SentenceView sentence, int trigger) =>
        trigger - 4 >= sentence.First && sentence.Word(trigger - 1) is "to"
        && ((sentence.Word(trigger - 2) is "plans" && sentence.Word(trigger - 3) is "with" && sentence.Word(trigger - 4) is ",")
            || (sentence.Word(trigger - 2) is "plan" && sentence.Word(trigger - 3) is "a" && trigger - 5 >= sentence.First && sentence.Word(trigger - 4) is "with" && sentence.Word(trigger - 5) is ","));

    private static readonly SpanLookup PlantWords = new(["plant", "factory", "facility", "site", "works", "complex"]);

    private static readonly SpanLookup ReceiveVerbs = new(["receive", "receives", "received", "get", "gets", "got"]);

    // The plant or place that receives the amount at <paramref name="moneyStart"/>: the subject of a verb of receiving a few
    // words before the amount ("the Jackson casting plant receives $71.4 million", "West Virginia receives the largest
    // portion of the investment at $453 million"), past auxiliaries and lower-case words; null otherwise.
    private static EntityMention? ReceivingPlace(SentenceView sentence, int moneyStart)
    {
        int verb = sentence.FindLast(ReceiveVerbs, Math.Max(sentence.First, moneyStart - 8), moneyStart);
        if (verb < 0 || HasClauseBreak(sentence, verb, moneyStart))
        {
            return null;
        }

        // Past auxiliaries and the lower-case words of the plant's description ("casting plant", "engine factory").
        int k = verb - 1;
        while (k > sentence.First && k >= verb - 5 && sentence.MentionAt(k) is null && sentence.Tokens[k].Kind == Tokenization.TokenKind.Word
            && Text.CharClass.IsLower(sentence.Word(k)[0]))
        {
            k--;
        }

        // "Tennessee's Jackson casting plant receives …": an unlisted capitalised word opening the plant's description names it.
        EntityMention? named = sentence.MentionAt(k);
        if (named is null && sentence.Tokens[k].Kind == Tokenization.TokenKind.Word && Text.CharClass.IsUpper(sentence.Word(k)[0])
            && sentence.FindLast(PlantWords, k + 1, verb) is >= 0 and var plantNoun)
        {
            int from = sentence.Tokens[k].Start, to = sentence.Tokens[plantNoun].End;
            named = new EntityMention(from, to, EntityLabel.Facility, sentence.Document.Text[from..to], 0.5, EntitySource.Pattern);
        }

        // Not "cleared by Brussels to receive €267 million in state aid from the Slovak government": an agent, or a giver named
        // after the amount, makes it other money.
        if (named is not { Label: EntityLabel.Facility or EntityLabel.Loc } place || sentence.TokenAt(place.End) <= k
            || sentence.Word(sentence.TokenAt(place.Start) - 1) is "by"
            || sentence.FindFirst(FromWords, moneyStart, Math.Min(sentence.End, moneyStart + 8)) >= 0)
        {
            return null;
        }

        return place;
    }

    // Words that qualify an amount: "give Volkswagen up to $13 billion", "offered it about €40 million".
    private static readonly SpanLookup AmountQualifiers = new(["up", "to", "about", "around", "some", "nearly", "almost", "roughly", "approximately", "more", "than", "as", "much", "over", "at", "least"]);

    // Whether the tokens [from, to) are one to three amount qualifiers.
    private static bool OnlyQualifiers(SentenceView sentence, int from, int to)
    {
        if (to <= from || to - from > 3)
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            if (!AmountQualifiers.Contains(sentence.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    // Aid without an amount and its recipient: "has granted the company tax incentives", "granted VoltPack an eight-year tax
    // exemption", "is ready to back the plant with grants", "agreed to support the project with state aid".
    private static EntityMention? AidRecipient(SentenceView sentence, int aid)
    {
        if (sentence.Word(aid) is "stake" or "stakes" or "holding" or "undisclosed")
        {
            return null;
        }

        for (int v = aid - 1; v >= sentence.First && v >= aid - 10; v--)
        {
            if (sentence.Word(v) is "," or ";")
            {
                return null;
            }

            bool giving = GivingVerbs.Contains(sentence.Word(v));
            if (!giving && !BackingVerbs.Contains(sentence.Word(v)))
            {
                continue;
            }

            int k = sentence.Word(v + 1) is "the" or "its" or "their" ? v + 2 : v + 1;
            EntityMention? recipient = sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Facility } named ? named
                : sentence.Word(v + 1) is "it" || (sentence.Word(v + 1) is "the" && CompanyNouns.Contains(sentence.Word(v + 2))) ? DescribedRecipient(sentence, v)
                : sentence.Word(v + 1) is "the" && FacilityNouns.Contains(sentence.Word(v + 2)) ? FacilityPhrase(sentence, v + 1, v + 3)
                : sentence.UnlistedNameAt(k);
            if (recipient is null)
            {
                return null;
            }

            // Only words of description between the recipient and the aid ("tax", "an eight-year", "with state").
            for (int t = sentence.TokenAt(recipient.End); t < aid; t++)
            {
                if (sentence.Tokens[t].Kind != Tokenization.TokenKind.Word || sentence.MentionAt(t) is { Label: EntityLabel.Org } || t > sentence.TokenAt(recipient.End) + 5)
                {
                    return null;
                }
            }

            return recipient;
        }

        return null;
    }

    private static EntityMention FacilityPhrase(SentenceView sentence, int from, int to)
    {
        int start = sentence.Tokens[from].Start, end = sentence.Tokens[to - 1].End;
        return new EntityMention(start, end, EntityLabel.Facility, sentence.Document.Text[sentence.Tokens[from + 1].Start..end], 0.4, EntitySource.Pattern);
    }

    // "the company" or "it" as a recipient, as a mention spanning those words and naming the recent subject.
    private static EntityMention? DescribedRecipient(SentenceView sentence, int verb)
    {
        int end = sentence.Word(verb + 1) is "it" ? verb + 2 : verb + 3;
        if (sentence.LastSubjectBefore() is not { } company)
        {
            return null;
        }

        int from = sentence.Tokens[verb + 1].Start, to = sentence.Tokens[end - 1].End;
        return new EntityMention(from, to, EntityLabel.Org, company.Name, 0.5, EntitySource.Pattern);
    }

    // "supported the project with TRY 7 billion", "backed Velora Motors with $30 million": the verb governs the amount
    // that "with" introduces, whatever investment nouns follow it ("… in incentives").
    private static int BackingVerbBefore(SentenceView sentence, int moneyStart)
    {
        int with = moneyStart - 1;
        if (with <= sentence.First || sentence.Word(with) is not "with")
        {
            return -1;
        }

        for (int i = with - 1; i >= sentence.First && i >= with - 8; i--)
        {
            if (sentence.Word(i) is "," or ";")
            {
                return -1;
            }

            if (BackingVerbs.Contains(sentence.Word(i)))
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly SpanLookup TalkNouns = new(["talks", "negotiations", "discussions", "negotiating", "talking"]);

    // "in talks with X about a loan", "negotiating with X over an investment": X, where the talks stand shortly before.
    private static EntityMention? TalksPartner(SentenceView sentence, int before)
    {
        int talk = sentence.FindLast(TalkNouns, Math.Max(sentence.First, before - 10), before);
        if (talk < 0 || sentence.Word(talk + 1) is not "with" || sentence.FindFirst(Commas, talk, before) >= 0)
        {
            return null;
        }

        List<EntityMention> partners = ActorsFrom(sentence, talk + 2);
        return partners.Count > 0 ? partners[0] : null;
    }

    // "The remaining €50 million came from Isarstein Capital": the amount's source, named after a verb of coming.
    private static int CameFrom(SentenceView sentence, int moneyEnd)
    {
        // "$500 million came from Amazon", "A further €600 million of debt came from the European Investment Bank".
        for (int k = moneyEnd; k < Math.Min(sentence.End, moneyEnd + 6); k++)
        {
            if (sentence.Word(k) is "," or ";" or "and" or "which" or "that")
            {
                return -1;
            }

            if (sentence.Word(k) is "came" or "comes" or "come" or "coming" && sentence.Word(k + 1) is "from" && ActorsFrom(sentence, k + 2).Count > 0)
            {
                return k;
            }
        }

        return -1;
    }

    private static readonly SpanLookup TopUpWords = new(["further", "extra", "additional", "another", "second", "third", "fresh"], ignoreCase: true);

    private static readonly SpanLookup FollowVerbs = new(["follow", "follows", "followed", "following", "came", "come", "comes", "arrived"]);

    // "a further $4 billion could follow", "an extra $2.5 billion followed": a word of addition before the amount and a
    // verb of following soon after it.
    // "The first $250 million was paid in December", "A first tranche of €1.3 billion is due before June", "a second $1 billion
    // is due next year": a part of the last investment, named by its order, that is paid or due.
    // afterInvestment: an investment was already found in this sentence, so that a coordinated tranche without its verb may follow.
    private static bool IsTopUp(SentenceView sentence, int moneyStart, int moneyEnd, bool afterInvestment)
    {
        int before = Math.Max(sentence.First, moneyStart - 2);
        bool ordered = sentence.FindFirst(TopUpWords, before, moneyStart) >= 0 || sentence.FindFirst(TrancheOrdinals, before, moneyStart) >= 0
            || (moneyStart - 2 >= sentence.First && sentence.Word(moneyStart - 1) is "of" && sentence.Word(moneyStart - 2) is "tranche" or "instalment" or "installment" or "payment");
        // Not "its last $250 million bond is due", "the first $250 million of revenue was booked": other money. "Another $1 billion
        // in Rivian shares": shares of the investee are the investment.
        int tail = sentence.Word(moneyEnd) is "in" && sentence.MentionAt(moneyEnd + 1) is { Label: EntityLabel.Org } issuer
            && sentence.Word(sentence.TokenAt(issuer.End)) is "shares" or "stock" or "equity" ? sentence.TokenAt(issuer.End) + 1 : moneyEnd;
        if (!ordered || sentence.FindFirst(NotInvestment, tail, Math.Min(sentence.End, tail + 3)) >= 0
            || sentence.Word(moneyEnd) is "bond" or "bonds" or "note" or "notes" or "coupon" or "dividend" or "fine" or "order")
        {
            return false;
        }

        // "A further $1 billion is scheduled for 2025 and another $1 billion for 2026": a tranche coordinated with the one before,
        // its verb left out, its date after it.
        int and = sentence.Word(moneyStart - 2) is "a" or "an" ? moneyStart - 3 : moneyStart - 2;
        if (afterInvestment && sentence.Word(and) is "and" && TopUpWords.Contains(sentence.Word(moneyStart - 1)) && sentence.Word(moneyEnd) is "for" or "in"
            && sentence.MentionAt(moneyEnd + 1) is { Label: EntityLabel.Date })
        {
            return true;
        }

        // "… followed in 2022", "The first $250 million closed this week".
        if (sentence.FindFirst(FollowVerbs, moneyEnd, Math.Min(sentence.End, moneyEnd + 3)) >= 0 || sentence.Word(moneyEnd) is "closed")
        {
            return true;
        }

        // "… was paid in December", "… is due by 2027", "… will be released once …", "… is scheduled for 2025", "… is tied to
        // engineering milestones", "… is pencilled in for 2026": within the clause of the amount.
        for (int k = moneyEnd; k + 1 < sentence.End && k < moneyEnd + 9; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "," or ";" or "and" or "but" or "while" or "which")
            {
                return false;
            }

            if (word is "is" or "are" or "was" or "were" or "be" or "been" && TrancheDueWords.Contains(sentence.Word(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // The words that mark a tranche as another part of a deal already reported: "another $1 billion", "a second $250 million".
    private static readonly SpanLookup TrancheMarks = new(["another", "further", "additional", "second", "third", "fourth", "fifth"], ignoreCase: true);

    // "Another $1 billion in Rivian shares is due", "a second $250 million is due later this year": a part of a deal named by
    // a word of order or addition right before the amount (an article or an approximation between), as "#word"; else "".
    // An investor's marked amount is a new part even where the same amount was reported before; restated with the same word,
    // it is the same part.
    private static string TrancheMark(SentenceView sentence, int moneyStart)
    {
        int k = moneyStart - 1;
        while (k > sentence.First && k >= moneyStart - 3 && Approximations.Contains(sentence.Word(k)))
        {
            k--;
        }

        return k >= sentence.First && TrancheMarks.Contains(sentence.Word(k)) ? "#" + sentence.Word(k).ToString().ToLowerInvariant() : string.Empty;
    }

    // Whether an investor's amount, with its tranche mark, was recorded. A marked amount is new even where the same amount was
    // reported unmarked in the body ("has bought a $1 billion note … Another $1 billion is due"), not where the headline
    // reported it ("Honda adds 40 billion yen to EV hub" … "would put another 40 billion yen into the Ohio hub").
    // The headline's investor may be named shorter than the body's ("Hyundai lifts US spending plan to $21bn" … "Hyundai Motor
    // Group will invest $21 billion"): the same amount from a company named with the same first word restates it.
    private static bool IsRecorded(HashSet<(string, decimal)> seen, string name, string tranche, decimal amount) =>
        seen.Contains((name + tranche, amount)) || (tranche.Length > 0 && seen.Contains((name + "#headline", amount)))
        || (tranche.Length == 0 && seen.Contains((HeadwordKey(name), amount)));

    // The headline's first word of an investor, whatever its case ("Federal government giving …" against "the federal government").
    private static string HeadwordKey(string name) => FirstWordOf(name).ToLowerInvariant() + "#headword";

    private static string FirstWordOf(string name) => name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space ? name[..space] : name;

    // Records an investor's amount, under its tranche mark too; true where it was not yet recorded. A marked amount also
    // records the unmarked one, so that a later plain restatement ("the $1 billion") is the same investment; an unmarked
    // amount of the headline (sentence 0) is recorded as the headline's.
    private static bool AddOnce(HashSet<(string, decimal)> seen, string name, string tranche, decimal amount, int sentenceIndex)
    {
        bool added = !IsRecorded(seen, name, tranche, amount);
        seen.Add((name + tranche, amount));
        if (tranche.Length > 0)
        {
            seen.Add((name, amount));
        }
        else if (sentenceIndex == 0)
        {
            seen.Add((name + "#headline", amount));
            seen.Add((HeadwordKey(name), amount));
        }

        return added;
    }

    // "…, and it handed over $1.3 billion", "and it will pay $1.3 billion": "and it" opening the clause of the amount, with no
    // name between it and the amount.
    private static bool AndItBefore(SentenceView sentence, int moneyStart)
    {
        for (int k = moneyStart - 1; k > sentence.First && k >= moneyStart - 8; k--)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "it" && sentence.Word(k - 1) is "and")
            {
                return true;
            }

            if (word is "," or ";" || sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Person })
            {
                return false;
            }
        }

        return false;
    }

    // "The state …", "The provincial government …" opening a sentence: the government or region the text named last, in this
    // sentence's opening or the two before; null where the sentence opens otherwise or none is named.
    private static EntityMention? DescribedState(SentenceView sentence)
    {
        if (sentence.Word(sentence.First) is not "The" || sentence.Word(sentence.First + 1) is not ("state" or "province" or "provincial" or "regional"))
        {
            return null;
        }

        IReadOnlyList<Tokenization.Sentence> sentences = sentence.Document.Sentences;
        int from = sentences[Math.Max(0, sentence.Index - 2)].Start;
        EntityMention? found = null;
        foreach (EntityMention mention in sentence.Document.Entities)
        {
            if (mention.Start >= sentence.Span.Start)
            {
                break;
            }

            if (mention.Start >= from && ((mention.Label == EntityLabel.Org && (IsGovernment(mention) || mention.Name.Contains("government", StringComparison.OrdinalIgnoreCase)))
                || (mention.Label == EntityLabel.Loc && mention.Entry?.Kind is "region")))
            {
                found = mention;
            }
        }

        return found;
    }

    // "a $1 billion loan to Rivian", "a $500 million note to Rivian": a financing noun right after the amount and "to" the
    // company the last investment with a named investee went into.
    private static bool FinancesLastInvestee(SentenceView sentence, int moneyEnd, InvestmentFact last) =>
        last.Investee is { } lastInvestee && sentence.Word(moneyEnd) is "loan" or "note" or "tranche" or "credit" or "instalment" or "installment"
        && sentence.Word(moneyEnd + 1) is "to" && sentence.MentionAt(moneyEnd + 2) is { Label: EntityLabel.Org } to && to.Name == lastInvestee.Name;

    // "X and two other lenders have provided", "X and several other investors will put": the organisation named in a subject
    // that counts the others, right before the verb (auxiliaries between); null where none.
    private static EntityMention? NamedWithOthersBefore(SentenceView sentence, int verb)
    {
        int k = verb - 1;
        while (k > sentence.First && sentence.Word(k) is "has" or "have" or "had" or "will" or "would" or "also" or "jointly" or "together" or "each")
        {
            k--;
        }

        if (sentence.MentionAt(k) is not { Label: EntityLabel.Quantity } others || sentence.FindFirst(OtherWords, sentence.TokenAt(others.Start), k + 1) < 0)
        {
            return null;
        }

        int and = sentence.TokenAt(others.Start) - 1;
        return sentence.Word(and) is "and" && sentence.MentionAt(and - 1) is { Label: EntityLabel.Org } named ? named : null;
    }

    private static readonly SpanLookup OtherWords = new(["other", "more"]);

    // "The company …", "The group …", "It …": a sentence whose subject is the company the text is about.
    private static bool OpensOnDescribedCompany(SentenceView sentence) =>
        sentence.Word(sentence.First) is "It" || (sentence.Word(sentence.First) is "The" && sentence.Word(sentence.First + 1) is "company" or "group" or "carmaker" or "automaker" or "firm" or "manufacturer" or "supplier" or "maker");

    // The nouns of one party's part of an investment: "Renault's own share of the round", "Hon Hai's portion".
    private static readonly SpanLookup PartNouns = new(["share", "portion", "part", "cheque", "check", "contribution", "slice", "piece"]);

    // The verbs that state a part's size: "came to", "was", "amounted to", "totalled".
    private static readonly SpanLookup PartVerbs = new(["came", "comes", "come", "was", "is", "will", "amounted", "amounts", "totalled", "totaled", "totals", "reached", "stood"]);

    // "Renault's own share of the round came to €100m", "Hon Hai's portion came to 2.55 billion New Taiwan dollars", "Mubadala's
    // own cheque was about $40 million", "Renault's own contribution to the round was about €100 million": an organisation's
    // possessive, a noun of its part (a short "of"/"to"/"in" phrase may follow), a verb of size and the amount. Returns the
    // organisation (and the verb), or null.
    private static EntityMention? PossessedPartGiver(SentenceView sentence, int moneyStart, out int verb)
    {
        int k = moneyStart - 1;
        verb = -1;
        while (k > sentence.First && (Approximations.Contains(sentence.Word(k)) || sentence.Word(k) is "to" or "at" or "be" or "up"))
        {
            k--;
        }

        if (!PartVerbs.Contains(sentence.Word(k)) || (sentence.Word(k) is "will" && sentence.Word(k + 1) is not "be")
            || (sentence.Word(k) is "stood" && sentence.Word(k + 1) is not "at"))
        {
            return null;
        }

        // The part noun within a few words before the verb: "share of the round", "contribution to the new round".
        for (int noun = k - 1; noun > sentence.First + 1 && noun >= k - 6; noun--)
        {
            ReadOnlySpan<char> word = sentence.Word(noun);
            if (word is "," or ";" or "and" or "which" or "that")
            {
                return null;
            }

            if (!PartNouns.Contains(word))
            {
                continue;
            }

            // Only "of"/"to"/"in" phrases between the noun and the verb: not "the share price was", "its share of revenue was".
            if ((noun + 1 < k && sentence.Word(noun + 1) is not ("of" or "to" or "in")) || sentence.FindFirst(NotInvestment, noun + 1, k) >= 0)
            {
                return null;
            }

            int possessive = sentence.Word(noun - 1) is "own" ? noun - 2 : noun - 1;
            verb = k;
            return sentence.Word(possessive) is "’s" or "'s" && sentence.MentionAt(possessive - 1) is { Label: EntityLabel.Org } giver ? giver : null;
        }

        return null;
    }

    // The status a tranche's own clause states: "… is due later this year" planned, "… was paid in December", "… closed this
    // week" completed; null where the clause says neither.
    private static FactStatus? TrancheStatus(SentenceView sentence, int moneyEnd)
    {
        for (int k = moneyEnd; k < sentence.End && k < moneyEnd + 9; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (word is "," or ";" or "and" or "but" or "while" or "which")
            {
                return null;
            }

            if (word is "due" or "scheduled" or "slated" or "tied" or "pencilled" or "penciled" or "conditional" or "contingent" or "will" or "would")
            {
                return FactStatus.Planned;
            }

            if (word is "paid" or "closed" or "transferred" or "disbursed" or "wired" or "followed" or "came" or "arrived")
            {
                return FactStatus.Completed;
            }
        }

        return null;
    }

    // What a tranche "is": due, paid, scheduled, tied to milestones.
    private static readonly SpanLookup TrancheDueWords = new(
        ["due", "paid", "transferred", "released", "disbursed", "payable", "drawn", "wired", "scheduled", "slated", "tied", "pencilled", "penciled", "conditional", "contingent"]);

    private static readonly SpanLookup TrancheOrdinals = new(["first", "second", "third", "fourth", "final", "remaining", "initial", "last", "next"], ignoreCase: true);

    // "second $1 billion Rivian investment", "Rivian commitment": a name right before an investment noun is what is
    // invested in, not who invests.
    private static bool ModifiesInvestmentNoun(SentenceView sentence, EntityMention mention) =>
        sentence.Word(sentence.TokenAt(mention.End)) is "investment" or "investments" or "commitment" or "stake" or "funding" or "deal" or "round" or "tranche" or "holding";

    // "Toyota, which holds a 20% stake in Subaru, also owns about 5% of Mazda": a name inside a relative clause before the
    // verb is not its subject; the head of the clause is.
    private static EntityMention? HeadOfRelativeClause(SentenceView sentence, EntityMention? mention, int verb) =>
        mention is null ? null : InsideRelativeClause(sentence, sentence.TokenAt(mention.Start), verb) ?? mention;

    private static readonly SpanLookup AllowVerbs = new(["allow", "allows", "allowed", "allowing", "let", "lets", "permit", "permits", "permitted", "permitting"]);

    private static readonly SpanLookup UseOfMoneyVerbs = new(["use", "keep", "retain", "deduct", "offset", "claim", "draw", "defer", "tap"]);

    // "allow Toyota to use up to R$1 billion", "let Hanwa keep 40 billion won": the company allowed to use the money, and the
    // token of the allowing verb.
    private static EntityMention? AllowedBeneficiary(SentenceView sentence, int moneyStart, out int allowAt)
    {
        for (allowAt = moneyStart - 1; allowAt >= sentence.First && allowAt >= moneyStart - 10; allowAt--)
        {
            if (!AllowVerbs.Contains(sentence.Word(allowAt)) || sentence.MentionAt(allowAt + 1) is not { Label: EntityLabel.Org } allowed)
            {
                continue;
            }

            // "allow X to use", "let X claim".
            int use = sentence.TokenAt(allowed.End) is var after && sentence.Word(after) is "to" ? after + 1 : after;
            return UseOfMoneyVerbs.Contains(sentence.Word(use)) && use < moneyStart && moneyStart - use <= 4 ? allowed : null;
        }

        allowAt = -1;
        return null;
    }

    // "X and Y are jointly investing $3.1 billion in HS Cell America … X holds 60% of the venture and Y 40%": the split of a
    // joint investment the text has already stated restates that deal.
    private static bool JointlyInvestedIn(ICollection<Fact> output, string holder, string held)
    {
        foreach (Fact fact in output)
        {
            if (fact is InvestmentFact { Amount: not null, Investors.Length: >= 2 } joint && joint.Investee?.Name == held)
            {
                foreach (EntityRef investor in joint.Investors)
                {
                    if (investor.Name == holder)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "Tennova Cells, a joint venture with Daesan Motor": the venture an apposition describes is no partner of itself.
    private static bool IsNamedVenture(Document document, EntityMention mention, Tokenization.Sentence sentence)
    {
        ReadOnlySpan<Tokenization.Token> tokens = document.Tokens.AsSpan();
        int after = Tokenization.TokenSearch.FirstAtOrAfter(tokens, mention.End, sentence.FirstToken, sentence.EndToken);
        if (after >= sentence.EndToken || tokens[after].Slice(document.Text) is not ",")
        {
            return false;
        }

        for (int k = after + 1; k < sentence.EndToken && k <= after + 4; k++)
        {
            if (tokens[k].Slice(document.Text) is "venture")
            {
                return tokens[after + 1].Slice(document.Text) is "a" or "the" or "its" or "their";
            }
        }

        return false;
    }

    private static readonly SpanLookup DealNouns = new(["deal", "deals", "contract", "contracts", "order", "orders", "tie-up", "agreement"]);

    // "wins Vireo cell deal", "lands Orvik supply contract": an object name before at most one lower-case noun and a deal noun.
    private static bool ModifiesDealNoun(SentenceView sentence, EntityMention mention)
    {
        int token = sentence.TokenAt(mention.Start);
        int after = sentence.TokenAt(mention.End);
        if (token <= sentence.First || sentence.Word(token - 1) is not { Length: > 0 } verb || !Text.CharClass.IsLower(verb[0]))
        {
            return false;
        }

        return DealNouns.Contains(sentence.Word(after))
            || (sentence.Word(after) is { Length: > 0 } noun && Text.CharClass.IsLower(noun[0]) && DealNouns.Contains(sentence.Word(after + 1)));
    }

    private static readonly SpanLookup EstimateVerbs = new(["put", "puts", "estimated", "estimate", "estimates", "pegged", "peg", "pegs", "valued", "reckoned"]);

    private static readonly SpanLookup Estimators = new(["newspapers", "newspaper", "analysts", "analyst", "reports", "media", "press", "observers", "sources", "commentators"]);

    // "… support for the project, which newspapers have put at around £500 million": an outsiders' estimate of an amount the
    // parties have not stated.
    private static bool EstimatedByOthers(SentenceView sentence, int moneyStart)
    {
        int k = moneyStart - 1;
        while (k > sentence.First && Approximations.Contains(sentence.Word(k)))
        {
            k--;
        }

        if (sentence.Word(k) is not "at" || !EstimateVerbs.Contains(sentence.Word(k - 1)))
        {
            return false;
        }

        return sentence.FindFirst(Estimators, Math.Max(sentence.First, k - 5), k - 1) >= 0;
    }

    private static readonly SpanLookup EarlierWords = new(["first", "earlier", "previous", "initial", "prior"]);

    // "It paid $2.2 billion for new shares, six months after a first $738.5m investment": an earlier investment of the same
    // investor, named by "after a first … investment".
    private static bool EarlierOwnInvestment(SentenceView sentence, int moneyStart, int moneyEnd) =>
        moneyStart - 3 >= sentence.First && EarlierWords.Contains(sentence.Word(moneyStart - 1)) && sentence.Word(moneyStart - 2) is "a" or "an" or "its" or "the"
        && sentence.Word(moneyStart - 3) is "after" or "following" && sentence.Word(moneyEnd) is "investment" or "injection" or "stake" or "tranche" or "purchase";

    private static bool IsGovernment(EntityMention mention) =>
        SentenceView.IsPublicBody(mention.Name) || mention.Entry?.Kind is "government" or "agency";

    // "has approved incentives for …", "approved a grant for …": an approval verb before the aid and "for" after it.
    private static bool ApprovedAidFor(SentenceView sentence, int aid)
    {
        bool approved = false;
        for (int v = aid - 1; v >= sentence.First && v >= aid - 5; v--)
        {
            if (sentence.Word(v) is "approved" or "granted" or "awarded" or "offered" or "pledged" or "promised" or "cleared")
            {
                approved = true;
                break;
            }
        }

        return approved && sentence.Word(aid + 1) is "for" or "to";
    }

    // "The Moroccan state has offered land and an investment grant", "The Bahia state government has granted the project tax
    // breaks", "Turkey's ministry has approved an investment incentive certificate": a verb of giving or approval before the aid
    // in the same clause, its subject a government named just before it ("has", "also", "already" between) or "The state …".
    // Returns that government; null where the clause reads otherwise.
    private static EntityMention? AidGiver(SentenceView sentence, int aid)
    {
        for (int v = aid - 1; v > sentence.First && v >= aid - 6; v--)
        {
            if (sentence.Word(v) is "," or ";" or "which" or "that" || sentence.MentionAt(v) is { Label: EntityLabel.Org })
            {
                return null;
            }

            if (!GivingVerbs.Contains(sentence.Word(v)) && !Approvals.Contains(sentence.Word(v)) && sentence.Word(v) is not ("contributing" or "contributed" or "contributes"))
            {
                continue;
            }

            int subject = v - 1;
            while (subject > sentence.First && subject >= v - 3 && sentence.Word(subject) is "has" or "have" or "had" or "also" or "already" or "will" or "is" or "was")
            {
                subject--;
            }

            return sentence.MentionAt(subject) is { Label: EntityLabel.Org } named && IsGovernment(named) ? named
                : sentence.Word(subject) is "state" or "government" && subject - 1 == sentence.First ? DescribedState(sentence) : null;
        }

        return null;
    }

    private static readonly SpanLookup CostVerbs = new(["cost", "costs", "costing", "require", "requires", "required", "requiring", "need", "needs"]);

    // Verbs of needing, which cost an amount only where an investment noun follows them ("will require an investment of").
    private static readonly SpanLookup NeedVerbs = new(["require", "requires", "required", "requiring", "need", "needs"]);

    // Verbs whose subject builds the facility a relative clause describes: "a $5.8 billion steel mill that Hyundai Steel will build".
    private static readonly SpanLookup BuildVerbs = new(["build", "builds", "built", "building", "develop", "develops", "developed", "developing", "erect", "erected"]);

    // "that X built", "that X has developed": completed; "that X will build", "is building", "the project of X": planned.
    private static FactStatus BuiltStatus(SentenceView sentence, int verb) =>
        verb >= 0 && sentence.Word(verb) is "built" or "developed" or "erected" && sentence.Word(verb - 1) is not ("will" or "would" or "be" or "to")
            ? FactStatus.Completed : FactStatus.Planned;

    // Nouns of a built facility an amount can measure: "a $5.8 billion steel mill", "a C$1.2 billion project".
    private static readonly SpanLookup BuiltNouns = new(["plant", "factory", "gigafactory", "facility", "complex", "mill", "project", "campus", "refinery", "hub"]);

    // "a $5.8 billion steel mill in Louisiana that Hyundai Steel will build", "The R11 billion plant that BAIC built with the
    // state-owned IDC", "a C$1.2 billion project of EcoPro BM, SK On and Ford,": an amount right before a facility noun (after at
    // most two words of description), the facility's builders named after it — the subject of a relative clause with a verb of
    // building (a partner after "with" builds too), or the owners after "of" that close the phrase. Returns the noun, or -1;
    // builtVerb is the verb of building, or -1.
    private static int BuiltFacility(SentenceView sentence, int moneyEnd, out List<EntityMention>? builders, out int builtVerb)
    {
        builders = null;
        builtVerb = -1;
        int noun = moneyEnd;
        while (noun < moneyEnd + 3 && noun < sentence.End && !BuiltNouns.Contains(sentence.Word(noun)))
        {
            if (sentence.MentionAt(noun) is not null || sentence.Word(noun) is not { Length: > 1 } word || !char.IsLower(word[0])
                || InvesteeWords.Contains(word) || word is "the" or "an" or "of" or "its" or "their")
            {
                return -1;
            }

            noun++;
        }

        if (noun >= sentence.End || !BuiltNouns.Contains(sentence.Word(noun)))
        {
            return -1;
        }

        int k = noun + 1;
        // "in Louisiana", "at Pesquería": one place after the noun.
        if (sentence.Word(k) is "in" or "at" or "near" && sentence.MentionAt(k + 1) is { Label: EntityLabel.Loc or EntityLabel.Facility } place)
        {
            k = sentence.TokenAt(place.End);
        }

        bool relative = sentence.Word(k) is "that" or "which";
        if (!relative && !(sentence.Word(k) is "of" && sentence.Word(noun) is "project"))
        {
            return -1;
        }

        var found = new List<EntityMention>();
        k++;
        int afterBuilders = k;
        while (sentence.MentionAt(k) is { Label: EntityLabel.Org } builder)
        {
            found.Add(builder);
            k = afterBuilders = sentence.TokenAt(builder.End);
            if (sentence.Word(k) is "," && sentence.Word(k + 1) is "and")
            {
                k++;
            }

            if (sentence.Word(k) is not ("and" or ","))
            {
                break;
            }

            k++;
        }

        k = afterBuilders;
        if (found.Count == 0)
        {
            return -1;
        }

        if (!relative)
        {
            // The owners close the phrase: "…, SK On and Ford, is designed …".
            if (k < sentence.End && sentence.Word(k) is not ("," or ")" or ";" or "."))
            {
                return -1;
            }

            builders = found;
            return noun;
        }

        int verb = k;
        while (verb < k + 3 && sentence.Word(verb) is "will" or "would" or "has" or "had" or "have" or "is" or "was" or "are" or "were" or "plans" or "planned" or "to" or "also" or "jointly")
        {
            verb++;
        }

        if (!BuildVerbs.Contains(sentence.Word(verb)))
        {
            return -1;
        }

        // "… that BAIC built with the state-owned Industrial Development Corporation": the partner builds too.
        int with = verb + 1;
        if (sentence.Word(with) is "with")
        {
            int partnerAt = sentence.Word(with + 1) is "the" ? with + 2 : with + 1;
            while (partnerAt < with + 5 && sentence.MentionAt(partnerAt) is null && sentence.Word(partnerAt) is { Length: > 1 } lower && char.IsLower(lower[0]))
            {
                partnerAt++;
            }

            if (sentence.MentionAt(partnerAt) is { Label: EntityLabel.Org } partner && partner.Name != found[0].Name)
            {
                found.Add(partner);
            }
        }

        builders = found;
        builtVerb = verb;
        return noun;
    }

    private static readonly SpanLookup GenericWords = new(["typically", "usually", "generally", "average", "typical", "normally", "often"]);

    // "will require an investment of …": the investment noun a verb of needing governs.
    private static bool RequiredInvestment(SentenceView sentence, int trigger)
    {
        if (!CapitalNouns.Contains(sentence.Word(trigger)))
        {
            return false;
        }

        for (int k = trigger - 1; k >= sentence.First && k >= trigger - 3; k--)
        {
            if (NeedVerbs.Contains(sentence.Word(k)))
            {
                // Not "Brokerage X estimates that the plant could eventually need investment of about …": a guess.
                return sentence.FindFirst(GuessWords, sentence.First, k) < 0;
            }
        }

        return false;
    }

    private static readonly SpanLookup GuessWords = new(
        ["could", "might", "may", "estimates", "estimated", "estimate", "reckons", "forecasts", "predicts", "projects", "calculates", "analysts", "analyst"]);

    private static readonly SpanLookup CapitalNouns = new(["investment", "investments", "capex", "capital", "outlay", "spending"]);

    private static readonly SpanLookup CostedFacilities = new(["plant", "factory", "gigafactory", "facility", "venture", "site", "complex", "line", "phase", "hall", "mill", "project"]);

    // "The plant will cost $2 billion", "a facility that cost the group about 17.9 billion baht", "an opening phase costing
    // about £1.2bn", "the venture cost the partners US$1 billion": a facility noun, a cost verb and the amount, in one clause.
    // Returns the facility (a mention, or the amount's own mention where the facility has no name) and sets the payer: the
    // organisation the cost falls on, else the company the text is about.
    private static EntityMention? FacilityCost(SentenceView sentence, int moneyStart, out EntityMention? payer, out EntityMention? coPayer)
    {
        payer = null;
        coPayer = null;
        int verb = sentence.FindLast(CostVerbs, Math.Max(sentence.First, moneyStart - 8), moneyStart);
        int relativeNoun = RelativeCostNoun(sentence, moneyStart, ref verb);
        int noun = relativeNoun;
        if (verb < 0 || sentence.FindFirst(Commas, verb, moneyStart) >= 0
            || (relativeNoun < 0 && (sentence.FindLast(CostedFacilities, Math.Max(sentence.First, verb - 5), verb) is not (>= 0 and var nearNoun)
                || HasClauseBreak(sentence, noun = nearNoun, verb))))
        {
            return null;
        }

        // "The new line will require an investment of roughly ¥100 billion": a verb of needing, with the investment it needs.
        if (NeedVerbs.Contains(sentence.Word(verb))
            && sentence.FindFirst(CapitalNouns, verb + 1, Math.Min(moneyStart, verb + 4)) < 0)
        {
            return null;
        }

        // Not "cost savings", "the cost of the car": the verb, not the noun. Not "a greenfield plant typically costs …": a
        // particular facility — "the", "its" or a possessive before the noun, or a relative clause after it.
        if (sentence.Word(verb - 1) is "the" or "a" or "its" or "their" || sentence.Word(verb + 1) is "of" or "savings" or "cuts"
            || sentence.FindFirst(GenericWords, Math.Max(sentence.First, noun - 4), moneyStart) >= 0)
        {
            return null;
        }

        bool particular = relativeNoun >= 0 || sentence.Word(noun + 1) is "that" or "which" || sentence.Word(noun) is "phase";
        for (int k = noun - 1; !particular && k >= sentence.First && k >= noun - 4; k--)
        {
            particular = sentence.Word(k) is "the" or "The" or "its" or "Its" or "their" or "Their" or "This" or "this" or "’s" or "'s";
        }

        if (!particular)
        {
            return null;
        }

        for (int k = verb + 1; k < moneyStart; k++)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } named)
            {
                payer = named;
                break;
            }

            if (sentence.Word(k) is "partners" or "owners" or "parents" && sentence.JointVentureParents() is var (first, second))
            {
                payer = first;
                coPayer = second;
                break;
            }

            if (CompanyNouns.Contains(sentence.Word(k)))
            {
                payer = sentence.DescribedCompany(k);
                break;
            }
        }

        // "The Chinese battery maker has agreed with the Moroccan government on a gigafactory that could cost …": a partner after
        // a preposition does not pay; the described subject, the company the text is about, does.
        payer ??= FirstActor(sentence, sentence.First, noun) is { } actor && !AfterPreposition(sentence, actor) ? actor : sentence.LastSubjectBefore(notFinancier: true);
        EntityMention? facility = null;
        for (int k = noun; k >= sentence.First && k >= noun - 3; k--)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Facility or EntityLabel.Loc } place)
            {
                facility = place;
                break;
            }
        }

        return facility ?? sentence.MentionAt(moneyStart);
    }

    // "a gigafactory in Kenitra, which could cost as much as $6.5 billion", "a third plant, which could absorb up to ₹20,000
    // crore", "The first phase, worth $1.3 billion, …": the facility noun before a comma, then a relative clause with a verb of
    // cost (or "worth" in apposition) and the amount. Sets the verb (a cost verb, or "worth") and returns the noun, or -1.
    private static int RelativeCostNoun(SentenceView sentence, int moneyStart, ref int verb)
    {
        int at = verb;
        if (sentence.Word(moneyStart - 1) is "worth" || (sentence.Word(moneyStart - 2) is "worth" && Approximations.Contains(sentence.Word(moneyStart - 1))))
        {
            at = sentence.Word(moneyStart - 1) is "worth" ? moneyStart - 1 : moneyStart - 2;
            if (sentence.Word(at - 1) is not ",")
            {
                return -1;
            }
        }
        else if (at < 0 && (sentence.FindLast(RelativeCostVerbs, Math.Max(sentence.First, moneyStart - 5), moneyStart) is not (>= 0 and var other) || (at = other) < 0))
        {
            return -1;
        }

        int k = at - 1;
        if (sentence.Word(at) is not "worth")
        {
            while (k > sentence.First && k >= at - 3 && sentence.Word(k) is "could" or "would" or "will" or "may" or "might" or "eventually" or "ultimately" or "also" or "is" or "was" or "to" or "expected" or "likely")
            {
                k--;
            }

            if (sentence.Word(k) is not ("which" or "that"))
            {
                return -1;
            }

            // "a plant near Chhatrapati Sambhajinagar that could absorb …": a restrictive clause needs no comma.
            if (sentence.Word(k) is "that")
            {
                k++;
            }

            k--;
        }
        else
        {
            k = at - 1;
        }

        if (sentence.Word(k) is not ("," or "that"))
        {
            return -1;
        }

        int noun = sentence.FindLast(CostedFacilities, Math.Max(sentence.First, k - 5), k);
        if (noun < 0 || sentence.FindFirst(Commas, noun, k) >= 0)
        {
            return -1;
        }

        verb = at;
        return noun;
    }

    // "with the Moroccan government", "to Renault": a name that is the object of a preposition, "the" allowed between.
    private static bool AfterPreposition(SentenceView sentence, EntityMention mention)
    {
        int at = sentence.TokenAt(mention.Start) - 1;
        if (sentence.Word(at) is "the")
        {
            at--;
        }

        return sentence.Word(at) is "with" or "to" or "from" or "for" or "by";
    }

    // Words naming the part of a whole before an amount: "The rest of the money, about $1.3 billion, …".
    private static readonly SpanLookup PartOfWholeWords = new(["rest", "remainder", "part", "portion", "bulk", "most", "half", "majority", "share"]);

    // "$9bn will go into vehicle production", "about $1.3 billion, will flow over the coming years into …", "€200 million is
    // to be spent on the paint shop": the amount as the subject of a verb of flowing, then its destination. Returns the token
    // of "into"/"to"/"on"/"towards", or -1.
    private static int FlowsInto(SentenceView sentence, int moneyEnd)
    {
        int k = sentence.Word(moneyEnd) is "," ? moneyEnd + 1 : moneyEnd;
        int verb = -1;
        for (int limit = k + 4; k < sentence.End && k <= limit; k++)
        {
            if (sentence.Word(k) is "go" or "goes" or "went" or "flow" or "flows" or "flowed" or "spent" or "channelled" or "channeled" or "earmarked")
            {
                verb = k;
                break;
            }

            if (sentence.Word(k) is not ("will" or "would" or "is" or "are" or "was" or "were" or "to" or "be" or "been" or "has" or "have" or "being" or "set" or "due" or "mostly" or "largely" or "also"))
            {
                return -1;
            }
        }

        for (int i = verb + 1; verb >= 0 && i < sentence.End && i <= verb + 6; i++)
        {
            if (sentence.Word(i) is "," or ";")
            {
                return -1;
            }

            if (sentence.Word(i) is "into" or "to" or "towards" or "toward" or "on" or "for")
            {
                return i;
            }
        }

        return -1;
    }

    // Verbs that state a facility's cost only in a relative clause after it: "which could absorb up to ₹20,000 crore".
    private static readonly SpanLookup RelativeCostVerbs = new(["absorb", "absorbs", "require", "requires", "required", "involve", "involves"]);

    // "its board approved a 3.6 billion peso plan": money a board approved is planned, not spent.
    private static bool IsBoardApproval(SentenceView sentence, int moneyStart) => BoardApprovalAt(sentence, moneyStart - 8, moneyStart, moneyStart) >= 0;

    // "its board approved", "the board has approved": a "board" token between two tokens, with its verb of approval within
    // a few words, in the clause of the amount; the token, or -1.
    private static int BoardApprovalAt(SentenceView sentence, int from, int to, int moneyStart)
    {
        for (int b = Math.Max(sentence.First + 1, from); b < to; b++)
        {
            if (sentence.Word(b) is "board" && sentence.Word(b - 1) is "its" or "the" or "Its" or "The" or "whose"
                && sentence.FindFirst(BoardVerbs, b + 1, Math.Min(sentence.End, b + 5)) >= 0 && !HasClauseBreak(sentence, b, moneyStart))
            {
                return b;
            }
        }

        return -1;
    }

    private static readonly SpanLookup BoardVerbs = new(["approved", "approves", "approve", "signed", "endorsed", "backed", "cleared"]);

    // The organisation nearest before a token in the sentence, no financier.
    private static EntityMention? NearestCompanyBefore(SentenceView sentence, int before)
    {
        for (int k = before - 1; k >= sentence.First; k--)
        {
            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } mention && !SentenceView.IsFinancierName(mention.Name))
            {
                return mention;
            }
        }

        return null;
    }

    // True where every mention (and at least none) has the name: an empty list too.
    private static bool OnlyName(List<EntityMention> mentions, string name)
    {
        foreach (EntityMention mention in mentions)
        {
            if (mention.Name != name)
            {
                return false;
            }
        }

        return true;
    }

    // One investor named twice ("Toyota …, and Toyota …") is one investor.
    private static List<EntityMention> DistinctNames(List<EntityMention> mentions)
    {
        for (int i = mentions.Count - 1; i > 0; i--)
        {
            for (int j = 0; j < i; j++)
            {
                if (mentions[j].Name == mentions[i].Name)
                {
                    mentions.RemoveAt(i);
                    break;
                }
            }
        }

        return mentions;
    }

    // "The Styrian regional government has offered 12 million euros toward retraining", "the regional council has voted €3.8
    // million to train staff": a government's offer or vote of money right before the amount; the verb, or -1. A company's
    // offer ("offered €5 million for the brand") is a bid, not an investment.
    private static int GovernmentOffer(SentenceView sentence, int moneyStart)
    {
        int verb = moneyStart - 1;
        while (verb > sentence.First && verb >= moneyStart - 3 && (Approximations.Contains(sentence.Word(verb)) || sentence.Word(verb) is "up" or "to"))
        {
            verb--;
        }

        return sentence.Word(verb) is "offered" or "voted" && NearestOrganizationBefore(sentence, verb, 4) is { } giver && IsGovernment(giver) ? verb : -1;
    }

    // The trigger closest to the amount in its clause (a comma or semicolon far away ends the search).
    private static int NearestTrigger(SentenceView sentence, int moneyStart, int moneyEnd)
    {
        // "has taken a 20% stake in X, a developer of …, for ¥9.6 billion": the price of a stake or a purchase, however far;
        // "acquired 4.9 per cent of Suzuki for about ¥96 billion": an approximate price.
        int priceFor = moneyStart - 1;
        while (priceFor > sentence.First && priceFor >= moneyStart - 2 && Approximations.Contains(sentence.Word(priceFor)))
        {
            priceFor--;
        }

        if (priceFor > sentence.First && sentence.Word(priceFor) is "for"
            && (sentence.FindLast(StakeNouns, sentence.First, moneyStart) is >= 0 and var stake ? stake : sentence.FindLast(BuyVerbs, sentence.First, moneyStart)) is >= 0 and var bought
            // An approximate price is a share's only: "bought 10 trucks for about $40 million" buys goods.
            && (priceFor == moneyStart - 1 || StakeNouns.Contains(sentence.Word(bought)) || ShareEnd(sentence, bought) is > 0 and var shareEnd && shareEnd <= priceFor))
        {
            return bought;
        }

        // "a £4 billion cell plant", "its £4bn gigafactory": money that a facility is made of; not "the remaining C$825 million
        // of the project's cost", a part of something else.
        for (int k = moneyEnd; k < Math.Min(sentence.End, moneyEnd + 3) && sentence.Word(k) is not "of"; k++)
        {
            if (FacilityNouns.Contains(sentence.Word(k)))
            {
                return k;
            }
        }

        int best = -1, bestDistance = int.MaxValue, getting = -1;
        for (int i = sentence.First; i < sentence.End; i++)
        {
            if (!Triggers.Contains(sentence.Word(i)) || (i >= moneyStart && i < moneyEnd))
            {
                continue;
            }

            int distance = i < moneyStart ? moneyStart - i : i - moneyEnd + 1;
            // "Ferrion Cells bags £120m Series B": the round, not the getting; a verb of getting only where nothing else is near.
            if (GettingVerbs.Contains(sentence.Word(i)))
            {
                getting = getting < 0 && distance <= 12 ? i : getting;
                continue;
            }

            if (distance < bestDistance && distance <= 12)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best >= 0 ? best : getting;
    }

    // "revenue of €322bn", "valued at $1.4bn", "an order worth USD 2bn": money that is not put into anything.
    private static bool IsOtherMoney(SentenceView sentence, int moneyStart, int moneyEnd, int trigger, bool namedProvider)
    {
        // "valued the company at $1.4 billion", "would save $2.25 billion": these words decide, however near the trigger.
        // "She estimates Atlas will need to spend at least $1 billion": a forecast, not an investment.
        for (int f = sentence.FindFirst(ForecastVerbs, sentence.First, moneyStart); f >= 0; f = sentence.FindFirst(ForecastVerbs, f + 1, moneyStart))
        {
            if (!IsForecastNoun(sentence, f))
            {
                return true;
            }
        }

        // "¥14,000 per kilowatt-hour": a price per unit.
        if (sentence.Word(moneyEnd) is "per" or "/" or "apiece" or "each")
        {
            return true;
        }

        // "its €20 million fund", "a $500 million credit facility": the size of a fund or a line of credit — unless the text
        // names who provides the credit ("a $150 million credit facility arranged by Banorte").
        if (sentence.Word(moneyEnd) is "fund" or "funds"
            || (sentence.Word(moneyEnd) is "credit" && sentence.Word(moneyEnd + 1) is "facility" or "line" && !namedProvider))
        {
            return true;
        }

        // "adding roughly 1.9 trillion won to the company's market value": what was added to.
        if (sentence.FindFirst(AddVerbs, Math.Max(sentence.First, moneyStart - 3), moneyStart) >= 0
            && sentence.FindFirst(NotInvestment, moneyEnd, Math.Min(sentence.End, moneyEnd + 14)) >= 0)
        {
            return true;
        }

        for (int strong = sentence.FindFirst(StrongNotInvestment, moneyStart - 6, moneyStart); strong >= 0;
             strong = sentence.FindFirst(StrongNotInvestment, strong + 1, moneyStart))
        {
            if (!IsSupportWorth(sentence, strong) && !BusinessUnitNouns.Contains(sentence.Word(strong + 1)))
            {
                return true;
            }
        }

        // "put the value of the seven-year supply contract at about €420 million": a value set "at" an amount, however long the
        // thing valued.
        int at = moneyStart - 1;
        while (at > sentence.First && (Approximations.Contains(sentence.Word(at)) || sentence.Word(at) is "an" or "a" or "estimated" or "somewhere" or "between"))
        {
            at--;
        }

        if (sentence.Word(at) is "at" && sentence.FindFirst(StrongNotInvestment, Math.Max(sentence.First, at - 12), at) >= 0)
        {
            return true;
        }

        int from = Math.Max(sentence.First, moneyStart - 5), to = Math.Min(sentence.End, moneyEnd + 3);
        int other = -1;
        for (int i = from; i < to; i++)
        {
            // "€1.3 billion in debt from the European Investment Bank": debt taken from a lender is financing.
            // "€600 million of debt came from the European Investment Bank": so is debt that came from one.
            // Not "a stake in Qingyun's Thai sales company": a word of money modifying a company noun names the company.
            if (NotInvestment.Contains(sentence.Word(i)) && !IsSupportWorth(sentence, i) && !BusinessUnitNouns.Contains(sentence.Word(i + 1))
                && !(sentence.Word(i) is "debt" && (sentence.Word(i + 1) is "from" or "financing" || (sentence.Word(i + 1) is "came" or "comes" or "will" && sentence.Word(i + 2) is "from" or "come"))))
            {
                other = i;
                break;
            }
        }

        if (other < 0)
        {
            return false;
        }

        int otherDistance = Math.Min(Math.Abs(other - moneyStart), Math.Abs(other - moneyEnd));
        int triggerDistance = Math.Min(Math.Abs(trigger - moneyStart), Math.Abs(trigger - moneyEnd));
        return otherDistance <= triggerDistance;
    }

    // "an incentive package worth about $1.8 billion": "worth" after a noun of support measures the support.
    // "a 9.7% stake in Daimler worth about $9 billion": a stake named just before, with its company.
    private static bool IsSupportWorth(SentenceView sentence, int worth) =>
        sentence.Word(worth) is "worth" && worth - 1 >= sentence.First
        && (SupportNouns.Contains(sentence.Word(worth - 1)) || (sentence.Word(worth - 1) is "increase" && sentence.Word(worth - 2) is "capital")
            || (sentence.MentionAt(worth - 1) is { Label: EntityLabel.Org } held && sentence.TokenAt(held.Start) is var heldAt
                && sentence.Word(heldAt - 1) is "in" && sentence.Word(heldAt - 2) is "stake" or "holding" or "shareholding"))
        && sentence.FindFirst(StrongNotInvestment, worth + 1, Math.Min(sentence.End, worth + 4)) < 0;

    // "…, and the Mohammed VI Investment Fund will take a minority stake in Gotion Morocco": a clause of its own, opened by
    // "and" and a name after a comma, with no amount in it.
    // "Hyundai bought a minority stake in Radicon for an undisclosed sum, and Stellantis has said it could invest up to
    // €100 million …": every amount of the sentence lies beyond such a clause boundary.
    private static bool IsOwnClauseWithoutMoney(SentenceView sentence, int at)
    {
        if (HasMoneyInClause(sentence, at))
        {
            return false;
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label != EntityLabel.Money)
            {
                continue;
            }

            int money = sentence.TokenAt(mention.Start);
            int from = Math.Min(money, at), to = Math.Max(money, at);
            bool separated = false;
            for (int comma = sentence.FindFirst(Commas, from, to); comma >= 0 && !separated; comma = sentence.FindFirst(Commas, comma + 1, to))
            {
                int subject = sentence.Word(comma + 1) is "and" or "while" or "whereas" or "but" ? comma + 2 : -1;
                subject = subject > 0 && sentence.Word(subject) is "the" or "The" ? subject + 1 : subject;
                // ", and industrial groups Arkema and Capgemini each put …": a described subject of its own.
                int named = subject;
                while (named > 0 && named < subject + 3 && sentence.MentionAt(named) is null && sentence.Word(named) is { Length: > 0 } lower && char.IsLower(lower[0]))
                {
                    named++;
                }

                separated = subject > 0 && sentence.MentionAt(named) is { Label: EntityLabel.Org };
            }

            if (!separated)
            {
                return false;
            }
        }

        return true;
    }

    // Verbs of a valuation that name the company valued before "at" and the amount: "a deal that values Horse at €7.4 billion".
    private static readonly SpanLookup ValuingVerbs = new(["values", "valuing", "valued", "value"]);

    // The company a valuation after a token names: "…, in a deal that values Horse at €7.4 billion", "…, valuing Kestrel at $2
    // billion". Null where none follows.
    private static EntityMention? ValuedCompany(SentenceView sentence, int after)
    {
        for (int v = sentence.FindFirst(ValuingVerbs, after + 1, sentence.End); v >= 0; v = sentence.FindFirst(ValuingVerbs, v + 1, sentence.End))
        {
            int nameAt = sentence.Word(v + 1) is "the" ? v + 2 : v + 1;
            if (sentence.MentionAt(nameAt) is { Label: EntityLabel.Org } valued && sentence.TokenAt(valued.End) is var afterName
                && sentence.Word(afterName) is "at" && sentence.MentionAt(afterName + 1) is { Label: EntityLabel.Money })
            {
                return valued;
            }
        }

        return null;
    }

    // True where every amount of the sentence is a valuation: "at" after "values X" or "valuing X", or "a valuation of".
    private static bool OnlyValuationMoney(SentenceView sentence)
    {
        bool any = false;
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label != EntityLabel.Money)
            {
                continue;
            }

            any = true;
            int money = sentence.TokenAt(mention.Start);
            bool valuation = (sentence.Word(money - 1) is "of" && sentence.Word(money - 2) is "valuation")
                || (sentence.Word(money - 1) is "at" && sentence.FindFirst(ValuingVerbs, Math.Max(sentence.First, money - 6), money - 1) >= 0);
            if (!valuation)
            {
                return false;
            }
        }

        return any;
    }

    // An amount in the clause around a token: between the commas or semicolons before and after it.
    private static bool HasMoneyInClause(SentenceView sentence, int at)
    {
        int from = sentence.FindLast(Commas, sentence.First, at);
        int to = sentence.FindFirst(Commas, at, sentence.End);
        from = from < 0 ? sentence.First : from;
        to = to < 0 ? sentence.End : to;
        foreach (EntityMention mention in sentence.Mentions)
        {
            int token = sentence.TokenAt(mention.Start);
            if (mention.Label == EntityLabel.Money && token >= from && token < to)
            {
                return true;
            }
        }

        return false;
    }

    // True where an amount starts strictly between two tokens.
    private static bool MoneyBetween(SentenceView sentence, int from, int to)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Money && sentence.TokenAt(mention.Start) is var token && token > from && token < to)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMoney(SentenceView sentence)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Money)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TotalInvestmentBefore(SentenceView sentence, int moneyStart)
    {
        int k = moneyStart - 1;
        while (k > sentence.First && (Approximations.Contains(sentence.Word(k)) || sentence.Word(k) is "up" or "to"))
        {
            k--;
        }

        return k - 2 >= sentence.First && sentence.Word(k) is "of" && sentence.Word(k - 1) is "investment" or "investments" && sentence.Word(k - 2) is "total";
    }

    private static bool IsConversion(SentenceView sentence, int moneyStart)
    {
        int k = moneyStart - 1;
        while (k >= sentence.First && Approximations.Contains(sentence.Word(k)))
        {
            k--;
        }

        if (k < sentence.First || sentence.Word(k) is not ("(" or "—" or "–" or ","))
        {
            return false;
        }

        // The token before the bracket ends another amount, or a bracket follows the amount's noun: "a HUF 32 billion grant
        // (roughly €80 million)".
        if (k - 1 >= sentence.First && sentence.MentionAt(k - 1) is { Label: EntityLabel.Money })
        {
            return true;
        }

        return sentence.Word(k) is "(" && k - 2 >= sentence.First && sentence.Tokens[k - 1].Kind == Tokenization.TokenKind.Word
            && Text.CharClass.IsLower(sentence.Word(k - 1)[0]) && sentence.MentionAt(k - 2) is { Label: EntityLabel.Money };
    }

    private static bool IsNegated(SentenceView sentence, int before)
    {
        for (int i = Math.Max(sentence.First, before - 6); i < before; i++)
        {
            if (Negations.Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        // "it had pulled out of a far larger plan, …, an 11 trillion won scheme", "scrapped a €2 billion plant": a plan given up.
        for (int i = Math.Max(sentence.First, before - 14); i < before; i++)
        {
            // Not "recovers cobalt from scrapped batteries": the verb, before its object's article or "plans".
            if ((Cancellations.Contains(sentence.Word(i)) && sentence.Word(i + 1) is "a" or "an" or "the" or "its" or "their" or "plans" or "plan" or "his" or "her")
                || (sentence.Word(i) is "pulled" or "pulls" or "backed" or "walked" && sentence.Word(i + 1) is "out" && sentence.Word(i + 2) is "of"))
            {
                return true;
            }
        }

        // "talks … over a funding round of €50 million had ended without agreement", "… collapsed", "… were called off".
        for (int i = before; i < sentence.End; i++)
        {
            bool withoutDeal = sentence.Word(i) is "without"
                && (sentence.Word(i + 1) is "agreement" || (sentence.Word(i + 1) is "a" or "an" && sentence.Word(i + 2) is "deal" or "agreement"));
            if (withoutDeal || sentence.Word(i) is "collapsed" || (sentence.Word(i) is "called" && sentence.Word(i + 1) is "off")
                || (sentence.Word(i) is "fell" && sentence.Word(i + 1) is "through"))
            {
                return true;
            }
        }

        return false;
    }

    private static List<EntityMention> UseRaiser(List<EntityMention> providers, EntityMention? financed, out EntityMention? raiser)
    {
        raiser = financed;
        return DistinctNames(providers);
    }

    // Nouns of financing a company takes from others: "a capital increase", "a rights issue", "a term loan", "a credit line".
    private static readonly SpanLookup FinancingNouns = new(
        ["loan", "loans", "increase", "issue", "line", "facility", "facilities", "bond", "bonds", "note", "notes", "shares", "placement", "debenture", "debentures"]);

    // Participles whose agent after "by" provides the financing: "subscribed by", "arranged by", "underwritten by".
    private static readonly SpanLookup ProviderParticiples = new(
        ["subscribed", "arranged", "underwritten", "provided", "extended", "granted", "guaranteed", "led", "backed", "funded", "financed", "taken", "bought"]);

    // Verbs whose subject provides the financing: "that L-Bank extended", "which X has committed to underwrite", "that
    // Volkswagen would extend".
    private static readonly SpanLookup ProviderVerbs = new(
        ["subscribed", "subscribe", "subscribes", "extended", "extends", "provided", "provides", "arranged", "arranges", "underwrote", "underwrite",
         "underwrites", "lent", "lends", "granted", "grants", "committing", "committed", "agreed", "agreeing", "pledged", "take", "took", "bought", "buy",
         "extend", "provide", "arrange", "lend", "grant"]);

    // The providers of a financing a company takes, named after the amount: "closed a $150 million term loan from a group of
    // lenders led by Banorte", "a capital increase of DKK 220 million, subscribed by existing shareholders V and H", "a
    // €120 million loan that L-Bank extended to Keller-Brandt", "a rights issue …, which its largest shareholder, the
    // investment company Fjällbacka Invest, has committed to underwrite", "with its parent Seorin Chemical committing to
    // subscribe for …". The company that takes it is the subject before the amount, else the one "to" names.
    private static List<EntityMention> FinancingProviders(SentenceView sentence, int moneyStart, int moneyEnd, out EntityMention? financed)
    {
        financed = null;
        var providers = new List<EntityMention>();
        int noun = sentence.FindFirst(FinancingNouns, Math.Max(sentence.First, moneyStart - 4), Math.Min(sentence.End, moneyEnd + 5));
        if (noun < 0 || (sentence.Word(noun) is "increase" && sentence.Word(noun - 1) is not "capital")
            || (sentence.Word(noun) is "issue" && sentence.Word(noun - 1) is not ("rights" or "share" or "capital"))
            || (sentence.Word(noun) is "line" && sentence.Word(noun - 1) is not "credit")
            || (sentence.Word(noun) is "shares" && sentence.Word(noun - 1) is not "new"))
        {
            return providers;
        }

        int start = Math.Max(noun, moneyEnd);
        for (int i = start; i < sentence.End && i < start + 18; i++)
        {
            ReadOnlySpan<char> word = sentence.Word(i);
            if (word is ";" || (word is "," && sentence.Word(i + 1) is "and" or "but" or "while"))
            {
                break;
            }

            // "from a group of lenders led by Banorte", "from the Brazilian Development Bank (BNDES)"
            if (word is "from")
            {
                int led = sentence.FindFirst(LedWords, i + 1, Math.Min(sentence.End, i + 8));
                providers.AddRange(ActorsFrom(sentence, led >= 0 && sentence.Word(led + 1) is "by" ? led + 2 : i + 1));
                break;
            }

            // "subscribed (fully) by X", "arranged by X"
            if (ProviderParticiples.Contains(word))
            {
                int by = sentence.Word(i + 1) is "by" ? i + 1 : sentence.Word(i + 2) is "by" && sentence.Word(i + 1) is "fully" or "entirely" or "wholly" or "jointly" ? i + 2 : -1;
                if (by > 0)
                {
                    providers.AddRange(ActorsFrom(sentence, by + 1));
                    break;
                }
            }

            // "that L-Bank, Baden-Württemberg's state development bank, extended", "which its largest shareholder, …, has
            // committed to underwrite", "with its parent Seorin Chemical committing to subscribe"
            if (word is "that" or "which" or "with" && i > moneyEnd - 1)
            {
                for (int k = i + 1; k < sentence.End && k < i + 14; k++)
                {
                    if (sentence.MentionAt(k) is { Label: EntityLabel.Org } candidate)
                    {
                        int after = sentence.TokenAt(candidate.End);
                        after = sentence.Word(after) is "," ? sentence.AfterEnclosed(after, ",", ",", 10) : after;
                        while (after < sentence.End && after < sentence.TokenAt(candidate.End) + 14 && sentence.Word(after) is "has" or "have" or "had" or "will" or "would" or "also" or "is" or "was" or "to" or "in" or "full" or "," || ProviderVerbs.Contains(sentence.Word(after)) && sentence.Word(after) is "committed" or "committing" or "agreed" or "agreeing")
                        {
                            after++;
                        }

                        if (ProviderVerbs.Contains(sentence.Word(after)) || ProviderVerbs.Contains(sentence.Word(after - 1)))
                        {
                            providers.Add(candidate);
                        }

                        break;
                    }

                    if (sentence.Word(k) is "." or ";")
                    {
                        break;
                    }
                }

                break;
            }
        }

        if (providers.Count == 0)
        {
            return providers;
        }

        EntityMention? subject = FirstActor(sentence, sentence.First, moneyStart);
        financed = subject is not null && !providers.Exists(p => p.Name == subject.Name) ? subject : null;
        return providers;
    }

    private static readonly SpanLookup LedWords = new(["led", "co-led", "arranged"]);

    // Nouns of a round of financing whose investors "with" can name: "a €100 million funding round with X and Y".
    private static readonly SpanLookup RoundNouns = new(["round", "funding", "financing"]);

    private static List<EntityMention> FindInvestors(SentenceView sentence, int trigger, int moneyStart, int moneyEnd, out EntityMention? raiser)
    {
        raiser = null;
        var investors = new List<EntityMention>();
        ReadOnlySpan<char> verb = sentence.Word(trigger);

        // "X got $15 million to build a factory from A and B": a verb of getting names backers only after "from"; its subject
        // is the one who gets.
        bool gotFrom = GettingVerbs.Contains(verb) && sentence.FindFirst(FromWords, moneyEnd, Math.Min(sentence.End, moneyEnd + 14)) >= 0;
        if (GettingVerbs.Contains(verb) && !gotFrom)
        {
            return investors;
        }

        // "agreed to sell a 15% stake to Aoba Motor for 18.6 billion yen", "sold $400 million of convertible notes to Granite
        // Arch": the buyer invests in the seller.
        for (int s = Math.Max(sentence.First, Math.Min(trigger, moneyStart) - 8); s < sentence.End && s < Math.Max(trigger, moneyEnd) + 2; s++)
        {
            if (sentence.Word(s) is not ("sell" or "sells" or "sold" or "selling" or "issue" or "issued" or "issues"))
            {
                continue;
            }

            for (int t = s + 1; t < sentence.End && t < s + 12; t++)
            {
                if (sentence.Word(t) is "to" && sentence.SkipCompanyDescription(t + 1) is var buyerAt && sentence.MentionAt(buyerAt) is { Label: EntityLabel.Org } buyer
                    && sentence.FindFirst(SoldEquity, s, t) >= 0)
                {
                    investors.Add(buyer);
                    raiser = FirstActor(sentence, sentence.First, s) is { } seller && seller.Name != buyer.Name ? seller : null;
                    return investors;
                }
            }
        }

        // "Its board last quarter approved Rs 7,410 crore for a second line": the company whose board it is.
        if (sentence.Word(sentence.First) is "Its" or "The" && sentence.Word(sentence.First + 1) is "board" or "supervisory" or "shareholders"
            && FirstActor(sentence, sentence.First, Math.Min(trigger, moneyStart)) is null && sentence.LastSubjectBefore() is { } boardCompany)
        {
            investors.Add(boardCompany);
            return investors;
        }

        // "Grupo Serrano said its board approved a 3.6 billion peso plan", "the board has approved Rs 7,500 crore": the company
        // named before the board, else the company the text is about.
        if (BoardApprovalAt(sentence, sentence.First + 1, Math.Min(trigger, moneyStart), moneyStart) is >= 0 and var board
            && (NearestCompanyBefore(sentence, board - 1) ?? sentence.LastSubjectBefore(notFinancier: true)) is { } ownerOfBoard)
        {
            investors.Add(ownerOfBoard);
            return investors;
        }

        // "A syndicate of state-owned lenders led by Bank Sentosa Negara will provide a $950 million loan": the leader of the
        // group that opens the sentence.
        if (sentence.Word(sentence.First) is "A" or "The" && sentence.Word(sentence.First + 1) is "syndicate" or "group" or "consortium" or "club")
        {
            for (int i = sentence.First + 2; i + 1 < moneyStart && i < sentence.First + 10; i++)
            {
                if (sentence.Word(i) is "led" && sentence.Word(i + 1) is "by" && ActorsFrom(sentence, i + 2) is { Count: > 0 } groupLeaders
                    && !HasClauseBreak(sentence, sentence.TokenAt(groupLeaders[0].End), moneyStart))
                {
                    investors.Add(groupLeaders[0]);
                    return investors;
                }
            }
        }

        // "SoftBank led a $1.05 billion round in Wayve, with Nvidia and Microsoft participating".
        for (int i = sentence.First + 1; i < moneyStart; i++)
        {
            if (sentence.Word(i) is "led" or "co-led" && sentence.Word(i + 1) is not "by"
                && (sentence.MentionAt(i - 1) ?? (sentence.Word(i - 1) is "it" ? FirstActor(sentence, sentence.First, i - 1) : null)) is { Label: EntityLabel.Org } lead)
            {
                investors.Add(lead);
                AddParticipants(sentence, investors);
                return investors;
            }
        }

        // A funding round: "X raised $310m … led by Y, with participation from Z" — X is the investee.
        if (verb is "raise" or "raises" or "raised" or "raising" or "round" or "funding" or "Series" or "secured" or "secures" or "received" or "receives"
            || (verb is "capital" && sentence.Word(trigger + 1) is "increase" or "raise" or "raising" && !SubscriberVerbBefore(sentence, moneyStart))
            || (verb is "financing" or "investment" && sentence.Word(trigger + 1) is "round")
            || (RaiseVerbBefore(sentence, moneyStart) && sentence.FindFirst(FromWords, moneyEnd, Math.Min(sentence.End, AfterConversion(sentence, moneyEnd) + 6)) >= 0)
            || gotFrom)
        {
            int led = -1;
            for (int i = sentence.First; i + 1 < sentence.End; i++)
            {
                // "led by Y", and for a round "was backed by Y", "was funded by Y".
                // "a capital increase subscribed by Hengrui and by Xinhe Power"
                if (sentence.Word(i) is "led" or "co-led" or "backed" or "funded" or "financed" or "subscribed" && sentence.Word(i + 1) is "by")
                {
                    led = i + 2;
                    break;
                }

                // "subscribed entirely by …", "fully subscribed by …"
                if (sentence.Word(i) is "subscribed" && sentence.Word(i + 1) is "entirely" or "fully" or "wholly" or "largely" or "mostly" && sentence.Word(i + 2) is "by")
                {
                    led = i + 3;
                    break;
                }
            }

            EntityMention? subject = FirstActor(sentence, sentence.First, Math.Min(trigger, moneyStart));
            if (led >= 0 && ActorsFrom(sentence, led) is { Count: > 0 } leaders)
            {
                investors.AddRange(leaders);
                AddParticipants(sentence, investors);
                raiser = subject;
                return investors;
            }

            // "X has raised $410 million in a Series C round. The round was led by Y, with participation from Z."
            if (sentence.Next is { } next)
            {
                for (int i = next.First; i + 1 < next.End; i++)
                {
                    if (next.Word(i) is "led" or "co-led" && next.Word(i + 1) is "by")
                    {
                        investors.AddRange(ActorsFrom(next, i + 2));
                        AddParticipants(next, investors);
                        raiser = subject;
                        return investors;
                    }

                    // "Copenhagen-based Fjordline Ventures led the round, with participation from …".
                    if (next.Word(i) is "led" or "co-led" && next.Word(i + 1) is "the" && next.Word(i + 2) is "round" or "financing" or "investment"
                        && i > next.First && next.MentionAt(i - 1) is { Label: EntityLabel.Org } leader)
                    {
                        investors.Add(leader);
                        AddParticipants(next, investors);
                        raiser = subject;
                        return investors;
                    }
                }
            }

            // "Velora Motors raised $30 million from Toyota Tsusho", "a ¥21 billion round in which Tsubame also raised money from …";
            // past a conversion in brackets ("Rs 84 crore ($11.21 million) from …").
            int roundEnd = AfterConversion(sentence, moneyEnd);
            for (int i = roundEnd; i + 1 < sentence.End && i < roundEnd + 12; i++)
            {
                // "raised €2 billion, including €1.3 billion in debt from the EIB": the lenders of the part, not of the total.
                // Not "raised $2 billion of fresh capital from SoftBank": only "of" a total ("of the …", "of which").
                if ((sentence.Word(i) is "including" || (sentence.Word(i) is "of" && sentence.Word(i + 1) is "the" or "which" or "its" or "that")) && i > roundEnd
                    || sentence.MentionAt(i) is { Label: EntityLabel.Money })
                {
                    break;
                }

                if (sentence.Word(i) is "from")
                {
                    investors.AddRange(ActorsFrom(sentence, i + 1));

                    // "secured $1 billion in incentives from North Carolina": a state or country that gives aid.
                    if (investors.Count == 0 && sentence.MentionAt(sentence.Word(i + 1) is "the" ? i + 2 : i + 1) is { Label: EntityLabel.Loc, Entry.Kind: "region" or "country" } givingPlace
                        && sentence.FindFirst(AidGivingNouns, moneyEnd, i) >= 0)
                    {
                        investors.Add(new EntityMention(givingPlace.Start, givingPlace.End, EntityLabel.Org, givingPlace.Name, 0.55, EntitySource.Pattern));
                    }

                    break;
                }

                // "closed a €100 million funding round this spring with Gotion High-Tech, the EBRD and Rio Tinto": the round's
                // investors after "with".
                // Not ", with X and Y declining to comment": a clause of its own, whose participle decides (AddParticipants).
                if (sentence.Word(i) is "with" && i > moneyEnd && sentence.FindFirst(RoundNouns, Math.Max(sentence.First, moneyStart - 4), i) >= 0
                    && sentence.Word(i - 1) is not "," && ActorsFrom(sentence, i + 1) is { Count: > 0 } roundInvestors)
                {
                    investors.AddRange(roundInvestors);
                    break;
                }
            }

            // "…, with the National Wealth Fund taking the largest share"; a round whose investors the text does not name is
            // not a fact this extractor can state.
            AddParticipants(sentence, investors);
            raiser = subject;
            return investors;
        }

        // "a cell maker that is starting up its €300 million plant": "its" stands for the nearest organisation before it that
        // is not another's possessor ("of India's Tata Group").
        if (moneyStart - 1 > sentence.First && sentence.Word(moneyStart - 1) is "its" or "their")
        {
            for (int h = moneyStart - 2; h >= sentence.First && h >= moneyStart - 24; h--)
            {
                if (sentence.MentionAt(h) is { Label: EntityLabel.Org } holder)
                {
                    int at = sentence.TokenAt(holder.Start);
                    if (at > sentence.First && sentence.Word(at - 1) is "’s" or "'s" or "of")
                    {
                        h = at;
                        continue;
                    }

                    investors.Add(holder);
                    return investors;
                }
            }
        }

        // "approved €780 million of Spanish state aid", "cleared €267 million in Slovak state aid": the country whose aid it
        // is gives it, not the body approving it.
        if (sentence.Word(moneyEnd) is "of" or "in" && Entities.Names.NameCues.Default.Nationalities.TryGetValue(sentence.Word(moneyEnd + 1), out string? country)
            && sentence.FindFirst(AidNouns, moneyEnd + 2, Math.Min(sentence.End, moneyEnd + 4)) >= 0)
        {
            int from = sentence.Tokens[moneyEnd + 1].Start, to = sentence.Tokens[moneyEnd + 1].End;
            investors.Add(new EntityMention(from, to, EntityLabel.Org, country, 0.55, EntitySource.Pattern));
            return investors;
        }

        // "The EU approved Spain's €3 billion aid scheme": the country whose aid it is gives it, not the body approving it.
        if (moneyStart - 2 >= sentence.First && sentence.Word(moneyStart - 1) is "’s" or "'s" && sentence.MentionAt(moneyStart - 2) is { Label: EntityLabel.Loc, Entry.Kind: "country" } aidCountry
            && sentence.FindFirst(AidNouns, moneyEnd, Math.Min(sentence.End, moneyEnd + 3)) >= 0)
        {
            investors.Add(new EntityMention(aidCountry.Start, aidCountry.End, EntityLabel.Org, aidCountry.Name, 0.55, EntitySource.Pattern));
            return investors;
        }

        // "Hoshino's ¥50 billion investment": the possessor of the amount invests.
        if (moneyStart - 2 >= sentence.First && sentence.Word(moneyStart - 1) is "’s" or "'s" && sentence.MentionAt(moneyStart - 2) is { Label: EntityLabel.Org } owner)
        {
            investors.Add(owner);
            return investors;
        }

        // "an investment of €N by X", "€N from X": the actor named after the amount; further on after a passive
        // ("a £4.5 million grant has been awarded to the project by X").
        // "Rs 84 crore ($11.21 million) from existing backer Hero MotoCorp": past a conversion in brackets.
        int afterMoney = AfterConversion(sentence, moneyEnd);

        int byReach = sentence.FindFirst(PassiveGivings, afterMoney, Math.Min(sentence.End, afterMoney + 5)) >= 0 ? 12 : 5;
        for (int i = afterMoney; i + 1 < sentence.End && i < afterMoney + byReach; i++)
        {
            // Not "bought a stake in X from Y": the one who sells.
            bool seller = sentence.Word(i) is "from" && sentence.FindLast(BuyVerbs, sentence.First, moneyStart) is >= 0 and var buy
                && !(buy > sentence.First && sentence.Word(buy - 1) is "the" or "The" or "a" or "its");
            if (sentence.Word(i) is "by" or "from" && !seller && sentence.Word(i - 1) is not ("backed" or "led" or "co-led") && ActorsFrom(sentence, i + 1) is { Count: > 0 } after2)
            {
                investors.AddRange(after2);
                return investors;
            }

            // "a loan of €300 million from a group of banks led by Commerzbank", "a $250 million loan with a group of lenders
            // led by X, with Y also participating": the leader of the lenders and those who join.
            if (sentence.Word(i) is "from" or "with" && !seller)
            {
                for (int l = i + 1; l + 2 < sentence.End && l < i + 7; l++)
                {
                    if (sentence.Word(l) is "led" && sentence.Word(l + 1) is "by" && ActorsFrom(sentence, l + 2) is { Count: > 0 } leaders)
                    {
                        investors.AddRange(leaders);
                        AddParticipants(sentence, investors);

                        // The borrower, where it is the sentence's subject ("X has signed a loan with …").
                        raiser = sentence.Word(i) is "with" ? FirstActor(sentence, sentence.First, Math.Min(trigger, moneyStart)) : null;
                        return investors;
                    }
                }
            }

            if (sentence.Word(i) is "," or "." or ";")
            {
                break;
            }
        }

        // "Stellantis will contribute €100 million, with Leapmotor adding €50 million", "with the federal government
        // contributing up to C$5 billion": the actor of a "with" clause right before its amount.
        for (int w = moneyStart - 2; w > sentence.First && w >= moneyStart - 8; w--)
        {
            if (sentence.Word(w) is "with" && sentence.FindFirst(WithGivingVerbs, w + 1, moneyStart) >= 0 && ActorsFrom(sentence, w + 1) is { Count: > 0 } withActors
                && sentence.TokenAt(withActors[^1].End) < moneyStart)
            {
                investors.AddRange(withActors);
                return investors;
            }

            if (sentence.Word(w) is "," or ";")
            {
                break;
            }
        }

        // "Agratas will spend Rs 13,000 crore on … and Tata Motors Rs 9,000 crore on …", "… and the province of Ontario C$95
        // million": an actor right before a second amount.
        if (moneyStart - 1 > sentence.First && sentence.MentionAt(moneyStart - 1) is { Label: EntityLabel.Org } gapped
            && trigger < sentence.TokenAt(gapped.Start) && sentence.TokenAt(gapped.Start) is var gappedAt
            && (sentence.Word(gappedAt - 1) is "and" or "," || (sentence.Word(gappedAt - 1) is "the" && sentence.Word(gappedAt - 2) is "and" or ",")))
        {
            investors.Add(gapped);
            return investors;
        }

        // "the $90 million Orvex hopes to raise": the amount is the object, the actor follows it.
        if (moneyEnd < trigger && sentence.MentionAt(moneyEnd) is { } after && after.Label == EntityLabel.Org)
        {
            investors.Add(after);
            return investors;
        }

        // "X and Y will invest …", "backed by the Spanish government with …"
        int backedBy = -1;
        for (int i = sentence.First; i + 1 < sentence.End; i++)
        {
            if (sentence.Word(i) is "by" && sentence.Word(i - 1) is "backed" or "funded" or "financed" or "supported" or "bankrolled")
            {
                backedBy = i + 1;
                break;
            }
        }

        if (backedBy >= 0)
        {
            investors.AddRange(ActorsFrom(sentence, backedBy));
            if (investors.Count > 0)
            {
                return investors;
            }
        }

        int end = Math.Min(trigger, moneyStart);

        // "Ford spent R15.8 billion on …, and has since added R5.2 billion": a second verb of the sentence's subject.
        for (int g = end - 1; g > sentence.First && g >= end - 5; g--)
        {
            if (sentence.Word(g) is "and" && sentence.Word(g - 1) is "," && FirstActor(sentence, sentence.First, g) is { } sharedSubject
                && sentence.TokenAt(sharedSubject.Start) <= sentence.First + 2)
            {
                investors.Add(sharedSubject);
                return investors;
            }

            if (!(VerbPhraseWords.Contains(sentence.Word(g)) || sentence.Word(g) is "since" or "later" or "recently" or "subsequently" or "meanwhile") || sentence.Word(g) is "it")
            {
                break;
            }
        }

        // "…, and it has agreed to put in $5.8 billion": the pronoun stands for the sentence's subject.
        int back = end - 1;
        int relative = back;
        while (relative > sentence.First && VerbPhraseWords.Contains(sentence.Word(relative)))
        {
            relative--;
        }

        // "the Jiangcheng fund, which put in 5 billion yuan": the name before ", which".
        if (relative - 2 >= sentence.First && sentence.Word(relative) is "which" or "that" && sentence.Word(relative - 1) is ","
            && sentence.MentionAt(relative - 2) is { Label: EntityLabel.Org } antecedent)
        {
            // "X, an investment vehicle of the Wuhan government, which put in …": the head of the apposition.
            int appositionComma = sentence.FindLast(Commas, Math.Max(sentence.First, sentence.TokenAt(antecedent.Start) - 10), sentence.TokenAt(antecedent.Start));
            if (appositionComma > sentence.First && sentence.MentionAt(appositionComma - 1) is { Label: EntityLabel.Org } head
                && sentence.FindFirst(OfWords, appositionComma, sentence.TokenAt(antecedent.Start)) >= 0)
            {
                antecedent = head;
            }

            investors.Add(antecedent);
            return investors;
        }

        // "Volvo builds cars in South Carolina, which has pledged $45 million": the place's own money, not the subject's —
        // unless the place closes an apposition to a company ("Tianrui Auto Parts, a maker based in Ningbo, which plans …").
        if (relative - 2 >= sentence.First && sentence.Word(relative) is "which" or "that" && sentence.Word(relative - 1) is ","
            && sentence.MentionAt(relative - 2) is { Label: EntityLabel.Loc } place)
        {
            int comma = sentence.FindLast(Commas, sentence.First, sentence.TokenAt(place.Start));
            if (comma <= sentence.First || sentence.MentionAt(comma - 1) is not { Label: EntityLabel.Org })
            {
                return investors;
            }
        }

        while (back > sentence.First && VerbPhraseWords.Contains(sentence.Word(back)) && sentence.Word(back) is not "it")
        {
            back--;
        }

        // "…, and Stellantis has said it could invest …": the speaker of the verb of saying before "it".
        if (back - 1 > sentence.First && sentence.Word(back) is "it" && sentence.Word(back - 1) is "said" or "says" or "added" or "confirmed" or "announced" or "stated")
        {
            int speaker = back - 2;
            while (speaker > sentence.First && sentence.Word(speaker) is "has" or "have" or "had" or "also" or "already")
            {
                speaker--;
            }

            if (sentence.MentionAt(speaker) is { Label: EntityLabel.Org } sayer)
            {
                investors.Add(sayer);
                return investors;
            }
        }

        if (back >= sentence.First && sentence.Word(back) is "it" or "It" && FirstActor(sentence, sentence.First, back) is { } subjectOfIt)
        {
            investors.Add(subjectOfIt);
            return investors;
        }

        // "…, when it acquired a 26% stake for …": "it" as the subject of the verb a few words before, with no name between.
        for (int p = end - 1; p > sentence.First && p >= end - 6; p--)
        {
            if (sentence.MentionAt(p) is { Label: EntityLabel.Org } || sentence.Word(p) is "," or ";")
            {
                break;
            }

            if (sentence.Word(p) is "it" && sentence.Word(p + 1) is var next && next.Length > 1 && Text.CharClass.IsLower(next[0])
                && next is not ("for" or "to" or "in" or "into" or "with" or "from" or "a" or "an" or "the" or "and" or "as" or "by" or "at" or "on" or "of")
                && FirstActor(sentence, sentence.First, p) is { } subjectOfLaterIt)
            {
                investors.Add(subjectOfLaterIt);
                return investors;
            }
        }

        // "The two companies will invest a combined $140 million": the organisations of the sentence before. "The two partners
        // said in March they would invest …": the subject of the verb of saying that "they" takes up.
        int partnersEnd = SaidTheyBefore(sentence, end) is >= 0 and var saying ? saying : end;
        if (partnersEnd - 2 >= sentence.First && sentence.FindFirst(PartnerNouns, Math.Max(sentence.First, partnersEnd - 5), partnersEnd) is >= 0 and var partners
            && (sentence.Word(partners - 1) is "two" or "both" or "Both" || (sentence.Word(partners - 1) is "the" or "The" && sentence.Word(partners) is "partners" or "parents" or "owners"))
            && sentence.FindFirst(Commas, partners, partnersEnd) < 0)
        {
            // "Hokuriku bought a stake in Sejin, and the two companies are jointly investing …": the two named just before.
            if (TwoOrganizationsBefore(sentence, partners) is var (firstNamed, secondNamed))
            {
                investors.Add(firstNamed);
                investors.Add(secondNamed);
                return investors;
            }

            // "The two parents will jointly invest …", "The partners plan to invest …": the owners of the venture the text named.
            if (sentence.JointVentureParents() is var (parentA, parentB))
            {
                investors.Add(parentA);
                investors.Add(parentB);
                return investors;
            }

            // The organisations of the sentence before, else of the one or two before that, until two are found.
            for (int earlierBy = 1; earlierBy <= 3 && earlierBy <= sentence.Index && investors.Count < 2; earlierBy++)
            {
                Tokenization.Sentence before = sentence.Document.Sentences[sentence.Index - earlierBy];
                foreach (EntityMention mention in sentence.Document.Entities)
                {
                    if (mention.Label == EntityLabel.Org && mention.Start >= before.Start && mention.End <= before.End && !investors.Exists(i => i.Name == mention.Name)
                        && (earlierBy == 1 || !SentenceView.IsFinancierName(mention.Name)) && !IsNamedVenture(sentence.Document, mention, before))
                    {
                        investors.Add(mention);
                    }
                }
            }

            if (investors.Count >= 2)
            {
                return investors;
            }

            investors.Clear();
        }

        // "a €2 billion investment programme that Ford Otosan began in 2022": the actor of the relative clause.
        for (int r = moneyEnd; r + 1 < sentence.End && r < moneyEnd + 4; r++)
        {
            if (sentence.Word(r) is "that" or "which" && sentence.MentionAt(r + 1) is { Label: EntityLabel.Org } starter
                && sentence.Word(sentence.TokenAt(starter.End)) is "began" or "started" or "launched" or "announced" or "unveiled" or "plans" or "is" or "will" or "has")
            {
                investors.Add(starter);
                return investors;
            }
        }

        EntityMention? last = null;
        EntityMention? jointUnlisted = null;
        for (int m = sentence.Mentions.Count - 1; m >= 0; m--)
        {
            EntityMention mention = sentence.Mentions[m];
            // "Volkswagen completes second $1 billion Rivian investment": the name before the noun is invested in.
            if (mention.Label == EntityLabel.Org && ModifiesInvestmentNoun(sentence, mention))
            {
                continue;
            }

            // "Hanul Energy wins Vireo cell deal, commits 1.2 trillion won …": a name that modifies the noun of a deal is its
            // other party, not the subject.
            if (mention.Label == EntityLabel.Org && ModifiesDealNoun(sentence, mention))
            {
                continue;
            }

            int token = sentence.TokenAt(mention.Start);
            int before = token - 1;
            while (before > sentence.First && sentence.Word(before) is "the" or "a" or "an")
            {
                before--;
            }

            // "the city of Debrecen spent …": a public body named by its place.
            bool publicBody = mention.Label == EntityLabel.Loc && before - 1 >= sentence.First && sentence.Word(before) is "of"
                && PublicBodies.Contains(sentence.Word(before - 1));

            // "South Carolina has pledged $45 million", "Saxony-Anhalt will contribute …": a state or country as the subject.
            if (mention.Label == EntityLabel.Loc && mention.Entry?.Kind is "region" or "country" && mention.End <= sentence.Tokens[end].Start
                && (token == sentence.First || sentence.Word(token - 1) is "," or "and") && token < end
                && sentence.Word(sentence.TokenAt(mention.End)) is "has" or "have" or "will" or "is" or "pledged" or "promised" or "granted" or "offered" or "agreed" or "would" or "also")
            {
                last = new EntityMention(mention.Start, mention.End, EntityLabel.Org, mention.Name, 0.55, EntitySource.Pattern);
                break;
            }

            // "Ulsan city has promised …": the place's body named after it.
            int afterPlace = sentence.TokenAt(mention.End);
            if (mention.Label == EntityLabel.Loc && !publicBody && sentence.Word(afterPlace) is "city" or "province" or "state" or "municipality" or "county" or "region"
                && mention.End <= sentence.Tokens[end].Start && afterPlace < end)
            {
                last = new EntityMention(mention.Start, sentence.Tokens[afterPlace].End, EntityLabel.Org,
                    sentence.Document.Text[mention.Start..sentence.Tokens[afterPlace].End], 0.6, EntitySource.Pattern);
                break;
            }

            // "Nuevo León's state government will contribute …", "Saxony's regional government has pledged …": the place's
            // government named by its possessive.
            if (mention.Label == EntityLabel.Loc && !publicBody && sentence.Word(afterPlace) is "’s" or "'s" && PlaceGovernmentEnd(sentence, afterPlace + 1) is >= 0 and var governmentEnd
                && governmentEnd <= end && (token == sentence.First || sentence.Word(token - 1) is "," or "and" or "the" or "The"))
            {
                last = new EntityMention(mention.Start, sentence.Tokens[governmentEnd - 1].End, EntityLabel.Org,
                    sentence.Document.Text[mention.Start..sentence.Tokens[governmentEnd - 1].End], 0.6, EntitySource.Pattern);
                break;
            }
            // "Donghai, which first backed Lingxi in 2021, put 1 billion yuan …": a name inside a relative clause set off by
            // commas is not the subject; the name before the clause is.
            if (mention.Label == EntityLabel.Org && InsideRelativeClause(sentence, token, end) is { } relativeHead)
            {
                last = relativeHead;
                break;
            }

            // "… comes from private equity firm Cerrado Capital, which bought …": the subject of a relative clause acts,
            // whatever preposition stands before it.
            bool relativeSubject = IsRelativeSubject(sentence, sentence.TokenAt(mention.End));
            if (mention.End <= sentence.Tokens[end].Start && (mention.Label == EntityLabel.Org || publicBody)
                && (publicBody || relativeSubject || (!(token > sentence.First && sentence.Word(before) is "with" or "from" or "of" or "to" or "for" or "by" or "(" or "in" or "into")
                    && !sentence.IsDescribedObjectOfPreposition(token))))
            {
                // "Honda and GS Yuasa plan to invest …": a name the recogniser missed joins the actor as a second subject.
                if (!publicBody && JointUnlistedSubject(sentence, mention, end) is { } unlistedPartner)
                {
                    last = mention;
                    jointUnlisted = unlistedPartner;
                    break;
                }

                // A clause break between the actor and the verb ("X contributed …, while Y spent …") hides the actor.
                if (HasClauseBreak(sentence, sentence.TokenAt(mention.End), end) && !publicBody)
                {
                    break;
                }

                last = publicBody
                    ? new EntityMention(sentence.Tokens[before - 1].Start, mention.End, EntityLabel.Org, sentence.Document.Text[sentence.Tokens[before - 1].Start..mention.End], 0.6, EntitySource.Pattern)
                    : AppositionHead(sentence, mention) ?? mention;
                break;
            }
        }

        // "Kestrel Motors buys Orvik Energy, plans $500 million plant": the object of the first verb is no subject of the second.
        if (last is not null && SubjectBeforeObject(sentence, last, end) is { } firstClauseSubject)
        {
            last = firstClauseSubject;
        }

        // An unlisted name opening the clause: "Hoshino will invest …" (one right before its verb, "Pontos contributed €50m",
        // the name layer tags as a company). Not a plain word opening the sentence ("Shareholders will invest …").
        if (last is null && sentence.UnlistedNameAt(sentence.First) is { } unlisted && sentence.TokenAt(unlisted.End) is var afterName
            && afterName < end && afterName + 3 >= end && !(afterName == sentence.First + 1 && Entities.Names.NameCues.GenericOpeners.Contains(sentence.Word(sentence.First))))
        {
            last = unlisted;
        }

        if (last is null)
        {
            // "The company plans to invest …", "the German group will invest …", "It will invest …".
            if (sentence.FindLast(CompanyNouns, sentence.First, end) is >= 0 and var noun
                && (sentence.Word(noun) is "it" or "It" ? sentence.LastSubjectBefore() : sentence.DescribedCompany(noun)) is { } earlier)
            {
                investors.Add(sentence.Word(noun) is "group" ? GroupMeant(sentence, earlier) : earlier);
            }
            // "The state-run bank may offer around 500 billion won": the bank the text named before.
            else if (sentence.FindLast(FinancierNouns, sentence.First, end) is >= 0 and var financierNoun && financierNoun <= sentence.First + 3
                && sentence.Word(sentence.First) is "The" && sentence.DescribedFinancier(financierNoun) is { } financier)
            {
                investors.Add(financier);
            }

            return investors;
        }

        // Walk back over "X, Y and Z" to collect joint investors ("The Canadian government and the province of Quebec").
        investors.Add(last);
        int k = DescriptionStart(sentence, sentence.TokenAt(last.Start)) - 1;
        k = k >= sentence.First && sentence.Word(k) is "the" ? k - 1 : k;
        while (k >= sentence.First && Joiners.Contains(sentence.Word(k)))
        {
            while (k >= sentence.First && Joiners.Contains(sentence.Word(k)))
            {
                k--;
            }

            if (sentence.MentionAt(k) is { Label: EntityLabel.Org } more && !investors.Contains(more))
            {
                investors.Insert(0, more);
                k = DescriptionStart(sentence, sentence.TokenAt(more.Start)) - 1;
            }
            else
            {
                break;
            }
        }

        if (jointUnlisted is not null)
        {
            investors.Add(jointUnlisted);
        }

        return investors;
    }

    private static readonly SpanLookup GovernmentLevels = new(["state", "regional", "provincial", "federal", "local", "city", "municipal", "national", "county"]);

    private static readonly SpanLookup GovernmentNouns = new(["government", "council", "administration"]);

    // "state government", "government", "regional council" at <paramref name="at"/>: the token after it, else -1.
    private static int PlaceGovernmentEnd(SentenceView sentence, int at)
    {
        int noun = GovernmentLevels.Contains(sentence.Word(at)) ? at + 1 : at;
        return noun < sentence.End && GovernmentNouns.Contains(sentence.Word(noun)) ? noun + 1 : -1;
    }

    // "Asahi Kasei will build a plant through a joint venture in which it holds 75% and Honda 25%": the subject that "it"
    // stands for and the second holder split a venture the text describes, one amount-less stake each, no investee named.
    private static void AddItsVentureSplit(Document document, SentenceView sentence, HashSet<(string, decimal)> seen, ICollection<Fact> output)
    {
        for (int h = sentence.FindFirst(HoldVerbs, sentence.First, sentence.End); h >= 0; h = sentence.FindFirst(HoldVerbs, h + 1, sentence.End))
        {
            if (sentence.Word(h - 1) is not "it" || h - 4 <= sentence.First || sentence.Word(h - 2) is not "which" || sentence.Word(h - 3) is not "in"
                || sentence.Word(h - 4) is not ("venture" or "partnership") || ShareEnd(sentence, h) is not (> 0 and var splitEnd)
                || SecondHolderAt(sentence, splitEnd) is not { } otherOwner || sentence.Mentions.Count == 0
                || sentence.Mentions[0] is not { Label: EntityLabel.Org } itsSubject || sentence.TokenAt(itsSubject.Start) > sentence.First + 1
                || itsSubject.Name == otherOwner.Name || IsNegated(sentence, h))
            {
                continue;
            }

            foreach (EntityMention splitOwner in (ReadOnlySpan<EntityMention>)[itsSubject, otherOwner])
            {
                if (seen.Add((splitOwner.Name + ">?venture", 0m)))
                {
                    output.Add(new InvestmentFact([EntityRef.From(document, splitOwner)], null, null, StatusOf(sentence, sentence.First, h - 4),
                        sentence.Span, 0.5, "investment.amountless"));
                }
            }
        }
    }

    private static readonly SpanLookup FollowAdverbs = new(["quickly", "soon", "later", "then", "also", "swiftly", "promptly", "shortly"]);

    // "…, and Ford Motor Co followed a few months later with $500m of its own", "Bosch followed with €20 million": a second
    // investor following the first, named right before the verb. The verb, else -1.
    private static int FollowedWith(SentenceView sentence, int moneyStart, out EntityMention? follower)
    {
        follower = null;
        if (moneyStart - 2 <= sentence.First || sentence.Word(moneyStart - 1) is not "with")
        {
            return -1;
        }

        for (int f = moneyStart - 2; f > sentence.First && f >= moneyStart - 8; f--)
        {
            if (sentence.Word(f) is "," or ";" || sentence.MentionAt(f) is { Label: EntityLabel.Org or EntityLabel.Money })
            {
                return -1;
            }

            if (sentence.Word(f) is "followed" or "follows" or "follow")
            {
                int subject = f - 1;
                while (subject > sentence.First && FollowAdverbs.Contains(sentence.Word(subject)))
                {
                    subject--;
                }

                if (sentence.MentionAt(subject) is { Label: EntityLabel.Org } who && sentence.TokenAt(who.End) == subject + 1)
                {
                    follower = who;
                    return f;
                }

                return -1;
            }
        }

        return -1;
    }

    // "Honda and GS Yuasa plan to invest …": an unlisted name after "and" right after the actor, its verb phrase reaching the
    // investment verb, is a second subject; else null.
    private static EntityMention? JointUnlistedSubject(SentenceView sentence, EntityMention actor, int verb)
    {
        int and = sentence.TokenAt(actor.End);
        if (sentence.Word(and) is not "and" || sentence.UnlistedNameAt(and + 1) is not { } unlisted)
        {
            return null;
        }

        int after = sentence.TokenAt(unlisted.End);
        if (after >= verb || after + 3 < verb)
        {
            return null;
        }

        for (int i = after; i < verb; i++)
        {
            if (!VerbPhraseWords.Contains(sentence.Word(i)) && !Planned.Contains(sentence.Word(i)) && !Intended.Contains(sentence.Word(i)))
            {
                return null;
            }
        }

        return unlisted;
    }

    // Lower-case words before a name that are no verb taking it as object: "in Orvik", "and Orvik", "its partner Orvik".
    private static readonly SpanLookup NoObjectVerbs = new(
        ["with", "from", "of", "to", "for", "by", "in", "into", "at", "on", "as", "and", "or", "than", "like", "its", "their", "his", "her",
         "partner", "parent", "unit", "rival", "subsidiary", "including", "such", "via", "over", "under", "after", "before", "between", "among"]);

    // Words between a subject and its verb: "Kestrel Motors has also bought …".
    private static readonly SpanLookup SubjectVerbGap = new(["has", "have", "had", "also", "will", "jointly", "is", "are", "to", "now", "finally"]);

    // "Kestrel Motors buys Orvik Energy, plans $500 million plant", "X and Y form Z, plan C$3.4 billion plant": a headline's
    // two verb phrases share the subject; the object of the first, followed by a comma and the second verb phrase, is not its
    // subject. The subject named right before the first verb, opening the sentence, else null.
    private static EntityMention? SubjectBeforeObject(SentenceView sentence, EntityMention obj, int end)
    {
        int after = sentence.TokenAt(obj.End);
        if (sentence.Word(after) is not "," || after + 1 >= end)
        {
            return null;
        }

        for (int i = after + 1; i < end; i++)
        {
            ReadOnlySpan<char> word = sentence.Word(i);
            if (word.Length == 0 || !Text.CharClass.IsLower(word[0]) || sentence.MentionAt(i) is not null || word is "which" or "that" or "who")
            {
                return null;
            }
        }

        int verb = sentence.TokenAt(obj.Start) - 1;
        ReadOnlySpan<char> verbWord = sentence.Word(verb);
        if (verb <= sentence.First || verbWord.Length == 0 || !Text.CharClass.IsLower(verbWord[0]) || NoObjectVerbs.Contains(verbWord)
            || SubjectVerbGap.Contains(verbWord) || sentence.Tokens[verb].Kind != Tokenization.TokenKind.Word)
        {
            return null;
        }

        int subjectEnd = verb;
        while (subjectEnd - 1 > sentence.First && SubjectVerbGap.Contains(sentence.Word(subjectEnd - 1)))
        {
            subjectEnd--;
        }

        if (sentence.MentionAt(subjectEnd - 1) is not { Label: EntityLabel.Org } subject || subject.Name == obj.Name)
        {
            return null;
        }

        // The subject (or the first of "X and Y") opens the sentence.
        int first = DescriptionStart(sentence, sentence.TokenAt(subject.Start));
        if (first - 2 >= sentence.First && sentence.Word(first - 1) is "and" && sentence.MentionAt(first - 2) is { Label: EntityLabel.Org } joined)
        {
            first = DescriptionStart(sentence, sentence.TokenAt(joined.Start));
        }

        return first == sentence.First || (first == sentence.First + 1 && sentence.Word(sentence.First) is "The") ? subject : null;
    }

    // Verbs whose subject takes up new shares: "agreed to subscribe to a R$350 million capital increase", "to acquire a 29.9%
    // stake through a capital increase worth €310 million".
    private static readonly SpanLookup SubscriberVerbs = new(
        ["subscribe", "subscribes", "subscribed", "subscribing", "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying"]);

    // A verb of subscribing or buying, active, a few words before the amount: its subject invests in the capital increase,
    // which is no round the subject raises.
    private static bool SubscriberVerbBefore(SentenceView sentence, int moneyStart)
    {
        int verb = sentence.FindLast(SubscriberVerbs, Math.Max(sentence.First, moneyStart - 10), moneyStart);
        return verb > sentence.First && sentence.Word(verb + 1) is not "by" && sentence.Word(verb - 1) is not ("be" or "been" or "being" or "was" or "were" or "is" or "are")
            && sentence.FindFirst(Commas, verb, moneyStart) < 0;
    }

    private static readonly SpanLookup SayingVerbs = new(["said", "say", "says", "announced", "announce", "confirmed", "added", "stated", "agreed", "agree", "told"]);

    // "The two partners said in March (that) they would invest …": the verb of saying whose subject "they" before the verb
    // takes up, else -1.
    private static int SaidTheyBefore(SentenceView sentence, int verb)
    {
        int they = sentence.FindLast(TheyWords, Math.Max(sentence.First, verb - 4), verb);
        if (they < 0)
        {
            return -1;
        }

        for (int i = they - 1; i > sentence.First && i >= they - 5; i--)
        {
            if (SayingVerbs.Contains(sentence.Word(i)))
            {
                return i;
            }

            if (sentence.Word(i) is "," or ";" || sentence.MentionAt(i) is { Label: EntityLabel.Org })
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly SpanLookup TheyWords = new(["they"]);

    // "X, which …", "X, a maker of castings based in Ningbo, which …": a name the relative clause is about.
    private static bool IsRelativeSubject(SentenceView sentence, int after)
    {
        if (sentence.Word(after) is not ",")
        {
            return false;
        }

        if (sentence.Word(after + 1) is "which" or "who")
        {
            return true;
        }

        if (sentence.Word(after + 1) is not ("a" or "an" or "the"))
        {
            return false;
        }

        int close = sentence.FindFirst(Commas, after + 2, Math.Min(sentence.End, after + 14));
        return close > 0 && sentence.Word(close + 1) is "which" or "who";
    }

    // The organisation before ", which … ," when the token lies inside that clause and the clause closes before the verb.
    private static EntityMention? InsideRelativeClause(SentenceView sentence, int token, int verb)
    {
        int which = -1;
        for (int k = token - 1; k > sentence.First && k >= token - 10; k--)
        {
            if (sentence.Word(k) is "which" or "who" && sentence.Word(k - 1) is ",")
            {
                which = k;
                break;
            }

            if (sentence.Word(k) is "," or ";")
            {
                return null;
            }
        }

        if (which < 0 || sentence.FindFirst(Commas, token, verb) < 0 || sentence.MentionAt(which - 2) is not { Label: EntityLabel.Org } head)
        {
            return null;
        }

        return head;
    }

    // Exactly two distinct organisations named in the sentence before a token, or null.
    private static (EntityMention, EntityMention)? TwoOrganizationsBefore(SentenceView sentence, int before)
    {
        EntityMention? first = null, second = null;
        foreach (EntityMention mention in sentence.Mentions)
        {
            if (sentence.TokenAt(mention.Start) >= before)
            {
                break;
            }

            if (mention.Label != EntityLabel.Org || mention.Name == first?.Name || mention.Name == second?.Name)
            {
                continue;
            }

            if (first is null)
            {
                first = mention;
            }
            else if (second is null)
            {
                second = mention;
            }
            else
            {
                return null;
            }
        }

        return first is not null && second is not null ? (first, second) : null;
    }

    // "The International Finance Corporation, the World Bank's private-sector arm, is lending …": a name inside an
    // apposition stands for the name the apposition describes.
    private static EntityMention? AppositionHead(SentenceView sentence, EntityMention inner)
    {
        int at = sentence.TokenAt(inner.Start);
        // "Truong Son Group, the conglomerate that controls electric-car maker Saola Motors, will subscribe …"
        int comma = sentence.FindLast(Commas, Math.Max(sentence.First, at - 16), at);
        if (comma <= sentence.First || sentence.MentionAt(comma - 1) is not { Label: EntityLabel.Org } head || head == inner)
        {
            return null;
        }

        // The apposition closes with a comma right before the verb phrase, and opens with a determiner.
        int close = sentence.TokenAt(inner.End);
        while (close < sentence.End && sentence.Word(close) is not "," && close < at + 6)
        {
            close++;
        }

        return sentence.Word(comma + 1) is "the" or "a" or "an" or "its" && sentence.Word(close) is "," ? head : null;
    }

    // "X contributed …, while Y spent …" breaks the clause; "Daesan will own 60% and put in …" does not: an "and" followed
    // by a verb phrase keeps the subject.
    private static bool HasClauseBreak(SentenceView sentence, int from, int to)
    {
        for (int i = sentence.FindFirst(ClauseBreaks, from, to); i >= 0; i = sentence.FindFirst(ClauseBreaks, i + 1, to))
        {
            ReadOnlySpan<char> next = sentence.Word(i + 1);
            bool sharedSubject = sentence.Word(i) is "and" && next.Length > 0 && Text.CharClass.IsLower(next[0]) && sentence.MentionAt(i + 1) is null
                && next is not ("the" or "a" or "an" or "its" or "their" or "it" or "they" or "he" or "she" or "we" or "this" or "that" or "other" or "another");
            if (!sharedSubject)
            {
                return true;
            }
        }

        return false;
    }

    // "Hyundai Motor and its parts affiliate Hyundai Mobis": where a company description ends at the name, its first token.
    private static int DescriptionStart(SentenceView sentence, int name)
    {
        for (int start = name - 1; start >= sentence.First && start >= name - 5; start--)
        {
            if (sentence.Word(start) is "," or "and" or "&")
            {
                break;
            }

            if (sentence.SkipCompanyDescription(start) == name)
            {
                int first = start;
                while (first - 1 >= sentence.First && sentence.Word(first - 1) is not ("," or "and" or "&") && sentence.SkipCompanyDescription(first - 1) == name)
                {
                    first--;
                }

                return first;
            }
        }

        return name;
    }

    // The token after "(about US$64 million)" that follows an amount, or the amount's end.
    private static int AfterConversion(SentenceView sentence, int moneyEnd) => sentence.AfterEnclosed(moneyEnd, "(", ")", 8);

    // A verb of raising before the amount, not a word of another amount ("45 billion won").
    private static bool RaiseVerbBefore(SentenceView sentence, int moneyStart)
    {
        for (int i = sentence.FindFirst(RaiseVerbs, sentence.First, moneyStart); i >= 0; i = sentence.FindFirst(RaiseVerbs, i + 1, moneyStart))
        {
            if (sentence.MentionAt(i) is not { Label: EntityLabel.Money })
            {
                return true;
            }
        }

        return false;
    }

    private static void AddParticipants(SentenceView sentence, List<EntityMention> investors)
    {
        for (int i = sentence.First; i + 1 < sentence.End; i++)
        {
            // "…, with the state-owned National Wealth Fund taking the largest share".
            if (sentence.Word(i) is "with" && sentence.SkipCompanyDescription(i + 1) is var described && sentence.MentionAt(described) is { Label: EntityLabel.Org } taker
                && sentence.Word(sentence.TokenAt(taker.End)) is "taking" or "providing" or "contributing" or "putting" or "leading" && !investors.Contains(taker))
            {
                investors.Add(taker);
            }

            // "…, with Hon Hai and Yulon subscribing in proportion to their holdings": several who join.
            if (sentence.Word(i) is "with" && ActorsFrom(sentence, i + 1) is { Count: > 1 } takers
                && JoiningParticiples.Contains(sentence.Word(sentence.TokenAt(takers[^1].End))))
            {
                foreach (EntityMention joiner in takers)
                {
                    if (!investors.Contains(joiner))
                    {
                        investors.Add(joiner);
                    }
                }
            }

            // "…, and existing backer Chola Venture Fund also took part", "Y and Z joined", "Y participated".
            if ((sentence.Word(i) is "took" && sentence.Word(i + 1) is "part") || sentence.Word(i) is "joined" or "participated")
            {
                int k = i - 1;
                while (k > sentence.First && sentence.Word(k) is "also" or "too" or "both")
                {
                    k--;
                }

                if (sentence.MentionAt(k) is { Label: EntityLabel.Org } participant && !investors.Contains(participant) && sentence.TokenAt(participant.Start) > sentence.First + 1)
                {
                    investors.Add(participant);
                }
            }

            if ((sentence.Word(i) is "participation" or "participants" && sentence.Word(i + 1) is "from" or "of") || sentence.Word(i) is "alongside")
            {
                foreach (EntityMention actor in ActorsFrom(sentence, sentence.Word(i) is "alongside" ? i + 1 : i + 2))
                {
                    if (!investors.Contains(actor))
                    {
                        investors.Add(actor);
                    }
                }
            }
        }
    }

    // Participles of those who join a round: "with X and Y subscribing", "with X and Y taking part".
    private static readonly SpanLookup JoiningParticiples = new(
        ["taking", "providing", "contributing", "putting", "leading", "subscribing", "participating", "investing", "joining", "splitting", "sharing"]);

    private static EntityMention? LastOrganizationBefore(SentenceView sentence, string? except = null) => sentence.LastSubjectBefore(except);

    // "The group has pledged to spend $21 billion": a brand or venture just spoken of is no group. Where the text names the
    // group only through its namesake brand ("Hyundai" for Hyundai Motor Group, after "Kia's factory"), the group at that brand; where a
    // venture was the last subject and a listed group is named in the last sentences ("Hyundai Motor Group's EVs"), that group.
    private static EntityMention GroupMeant(SentenceView sentence, EntityMention described)
    {
        if (described.Name.EndsWith(" Group", StringComparison.Ordinal) || described.Entry?.Kind is not (null or "brand" or "joint-venture"))
        {
            return described;
        }

        string? parent = described.Entry?.Parent;
        ReadOnlySpan<EntityMention> all = sentence.Document.Entities.AsSpan();
        int from = sentence.Document.Sentences[Math.Max(0, sentence.Index - (parent is null ? 3 : 6))].Start;
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, sentence.Sentence.Start) - 1; m >= 0 && all[m].Start >= from; m--)
        {
            EntityMention mention = all[m];
            if (mention.Label != EntityLabel.Org || mention.Entry is not { } entry || mention.Name == described.Name)
            {
                continue;
            }

            if (parent is null && entry.Parent is null && mention.Name.EndsWith(" Group", StringComparison.Ordinal))
            {
                return mention;
            }

            // The namesake brand stands for its group: the group's name, at the brand's words.
            if (parent is not null && entry.Parent == parent && entry.Kind is "brand" && FirstWord(entry.Name).Equals(FirstWord(parent), StringComparison.Ordinal))
            {
                return new EntityMention(mention.Start, mention.End, EntityLabel.Org, parent, 0.55, EntitySource.Pattern);
            }
        }

        return described;
    }

    private static ReadOnlySpan<char> FirstWord(string name) => name.AsSpan(0, name.IndexOf(' ') is >= 0 and var space ? space : name.Length);

    private static List<EntityMention> ActorsFrom(SentenceView sentence, int start)
    {
        var actors = new List<EntityMention>();
        int i = start;
        while (i < sentence.End)
        {
            // "from investors including Goldman Sachs and Volkswagen", "from backers such as …"
            while (i < sentence.End && (sentence.Word(i) is "the" or "The" || Joiners.Contains(sentence.Word(i))
                || sentence.Word(i) is "participation" or "from" or "by" or "including" or "such" or "investors" or "backers" or "existing" or "new"
                    // "from existing backer Hero MotoCorp", "from its long-time investor Tiger Global".
                    or "backer" or "investor" or "shareholder" or "shareholders" or "lender" or "lenders" or "its" or "long-time" or "longtime"))
            {
                i++;
            }

            i = sentence.SkipCompanyDescription(i);
            if (sentence.MentionAt(i) is { Label: EntityLabel.Org } mention)
            {
                actors.Add(mention);
                i = sentence.TokenAt(mention.End);

                // "Echigo Regional Bank's venture fund": the owner stands for its unit; "Aldgate's Indian parent, Kavera Auto
                // Components": the company the description names after a comma.
                if (sentence.Word(i) is "’s" or "'s")
                {
                    i++;
                    int described = i;
                    while (i < sentence.End && i < described + 4 && sentence.Tokens[i].Kind == Tokenization.TokenKind.Word && sentence.MentionAt(i) is null
                        && sentence.Word(i) is not ("and" or "or" or "with"))
                    {
                        i++;
                    }

                    if (i > described && sentence.Word(i) is "," && sentence.MentionAt(i + 1) is { Label: EntityLabel.Org } named)
                    {
                        actors[^1] = named;
                        i = sentence.TokenAt(named.End);
                    }
                    else
                    {
                        i = described;
                        while (i < sentence.End && sentence.Tokens[i].Kind == Tokenization.TokenKind.Word && Text.CharClass.IsLower(sentence.Word(i)[0])
                            && sentence.Word(i) is not ("and" or "or" or "with"))
                        {
                            i++;
                        }
                    }
                }
            }
            else
            {
                break;
            }
        }

        return actors;
    }

    // True where every amount of the sentence stands before ", and" ahead of <paramref name="verb"/>: "It invested $350 million
    // in Xpeng in 2018, and invested in Byton".
    private static bool MoneyOnlyInEarlierClause(SentenceView sentence, int verb)
    {
        int joint = -1;
        for (int k = verb - 1; k > sentence.First; k--)
        {
            if (sentence.Word(k) is "and" && sentence.Word(k - 1) is ",")
            {
                joint = k;
                break;
            }
        }

        if (joint < 0)
        {
            return false;
        }

        foreach (EntityMention mention in sentence.Mentions)
        {
            if (mention.Label == EntityLabel.Money && sentence.TokenAt(mention.Start) > joint)
            {
                return false;
            }
        }

        return true;
    }

    // The company that takes part in another's round of an amount, and the company that raised it: "<joiner> was (also) part
    // of / took part in / joined / participated in / invested in <raiser>'s <amount> (series X) round"; null where the words
    // differ.
    private static (EntityMention Joiner, EntityMention Raiser)? RoundJoined(SentenceView sentence, int moneyStart, int moneyEnd)
    {
        // The round after the amount: "$82.5m series F round", "$1 billion funding round".
        int round = -1;
        for (int k = moneyEnd; k < sentence.End && k <= moneyEnd + 3; k++)
        {
            if (sentence.Word(k) is "round" or "funding" or "financing")
            {
                round = k;
                break;
            }
        }

        int possessive = moneyStart - 1;
        if (round < 0 || possessive - 1 <= sentence.First || sentence.Word(possessive) is not ("’s" or "'s")
            || sentence.MentionAt(possessive - 1) is not { Label: EntityLabel.Org } raiser)
        {
            return null;
        }

        int before = sentence.TokenAt(raiser.Start) - 1;
        int phraseEnd = before;
        while (before > sentence.First && before > phraseEnd - 4 && sentence.Word(before) is "part" or "of" or "in" or "took" or "takes" or "take" or "taking" or "joined" or "joins"
            or "join" or "participated" or "participates" or "invested" or "invests" or "also" or "was" or "is" or "were" or "has" or "had" or "will")
        {
            before--;
        }

        // A verb of joining, or "part of" after a copula, or "take part in".
        bool joins = false;
        for (int w = before + 1; w <= phraseEnd && !joins; w++)
        {
            joins = sentence.Word(w) is "joined" or "joins" or "join" or "participated" or "participates" or "invested" or "invests"
                || (sentence.Word(w) is "part" && sentence.Word(w + 1) is "of" && sentence.Word(w - 1) is "was" or "is" or "were" or "also")
                || (sentence.Word(w) is "part" && sentence.Word(w + 1) is "in" && sentence.Word(w - 1) is "took" or "takes" or "take" or "taking");
        }

        return joins && sentence.MentionAt(before) is { Label: EntityLabel.Org } joiner && joiner.Name != raiser.Name ? (joiner, raiser) : null;
    }

    private static readonly SpanLookup ReceivingVerbs = new(
        ["see", "sees", "saw", "receive", "receives", "received", "get", "gets", "got", "involve", "involves", "involved", "entail", "entails",
         "require", "requires", "required", "attract", "attracts", "attracted"]);

    // The plant that opens the sentence as the subject of a verb of receiving an investment of the amount at
    // <paramref name="moneyStart"/>: "The Narasapura plant would see a total investment of …", "The new factory will involve an
    // investment of …"; null where the words differ. Not a plant named with its owner, whose rules read it.
    private static TextSpan? PlantReceivingInvestment(SentenceView sentence, int moneyStart)
    {
        int k = moneyStart - 1;
        if (k - 1 <= sentence.First || sentence.Word(k) is not "of" || sentence.Word(k - 1) is not ("investment" or "investments"))
        {
            return null;
        }

        k -= 2;
        while (k > sentence.First && sentence.Word(k) is "a" or "an" or "total" or "combined" or "further" or "additional" or "fresh" or "new")
        {
            k--;
        }

        if (!ReceivingVerbs.Contains(sentence.Word(k)))
        {
            return null;
        }

        k--;
        while (k > sentence.First && sentence.Word(k) is "will" or "would" or "could" or "is" or "to" or "set" or "also" or "has" or "have" or "had" or "expected")
        {
            k--;
        }

        // The plant phrase: "The [Town] [new] plant", the first words of the sentence.
        if (!(k > sentence.First && FacilityNouns.Contains(sentence.Word(k)) && sentence.Word(k) is not ("plan" or "programme" or "program" or "project" or "line")))
        {
            return null;
        }

        int start = sentence.First;
        if (sentence.Word(start) is not ("The" or "Its" or "the" or "its") || k - start > 3)
        {
            return null;
        }

        for (int w = start + 1; w < k; w++)
        {
            if (sentence.MentionAt(w) is { Label: EntityLabel.Org or EntityLabel.Person })
            {
                return null;
            }
        }

        return new TextSpan(sentence.Tokens[start + 1].Start, sentence.Tokens[k].End);
    }

    // The company a passive giving right before the amount makes its receiver: "Nissan was given $1.45 billion", "Nissan
    // was awarded a $1.45 billion loan", "Nissan has been granted …"; null otherwise.
    private static EntityMention? PassiveRecipientBefore(SentenceView sentence, int moneyStart)
    {
        int k = moneyStart - 1;
        while (k > sentence.First && k >= moneyStart - 3 && sentence.Word(k) is "a" or "an" or "about" or "around" or "nearly" or "up" or "to" or "more" or "than")
        {
            k--;
        }

        if (k - 1 <= sentence.First || !PassiveGivings.Contains(sentence.Word(k)) || sentence.Word(k - 1) is not ("was" or "were" or "been" or "is" or "are" or "be"))
        {
            return null;
        }

        int subject = k - 2;
        while (subject > sentence.First && sentence.Word(subject) is "has" or "have" or "had" or "will" or "also" or "already" or "reportedly")
        {
            subject--;
        }

        return sentence.MentionAt(subject) is { Label: EntityLabel.Org } recipient ? recipient : null;
    }

    private static readonly SpanLookup InvestVerbs = new(["invested", "invests", "invest", "investing"]);

    private static readonly SpanLookup InvestAuxiliaries = new(
        ["has", "have", "had", "also", "first", "previously", "initially", "already", "earlier", "originally", "once", "will", "would", "to",
         "plans", "planned", "wants", "intends", "agreed", "heavily", "directly", "recently"]);

    // The subject of a verb of investing without an amount: the company right before it, past auxiliaries and adverbs
    // ("Toyota has previously invested in …"), or the company a relative "which" follows ("Volkswagen, which first invested …").
    private static EntityMention? AmountlessInvestor(SentenceView sentence, int verb)
    {
        int k = verb - 1;
        while (k >= sentence.First && k >= verb - 4 && InvestAuxiliaries.Contains(sentence.Word(k)))
        {
            k--;
        }

        if (k > sentence.First && sentence.Word(k) is "which" or "that" && sentence.Word(k - 1) is ",")
        {
            k -= 2;
        }

        // "It invested $350 million in Xpeng in 2018, and invested in Byton": a verb joined by "and" shares the sentence's
        // subject; "It" at the start stands for the subject of the sentences before.
        if (k > sentence.First && sentence.Word(k) is "and")
        {
            k = sentence.First;
        }

        EntityMention? subject = k == sentence.First && sentence.Word(k) is "It" ? sentence.LastSubjectBefore(notFinancier: true)
            : k >= sentence.First ? sentence.MentionAt(k) : null;
        return subject is { Label: EntityLabel.Org } && !IsGovernment(subject) ? subject : null;
    }

    private static EntityMention? FirstActor(SentenceView sentence, int from, int to)
    {
        foreach (EntityMention mention in sentence.Mentions)
        {
            int token = sentence.TokenAt(mention.Start);
            if (token >= from && token < to && mention.Label == EntityLabel.Org)
            {
                return mention;
            }
        }

        return null;
    }

    // The organisation, facility or place that follows "in"/"into" after the trigger or the amount.
    private static EntityMention? FindInvestee(SentenceView sentence, int from, List<EntityMention> investors)
    {
        // "backed Velora Motors with …", "funded X": the object of a backing verb.
        for (int i = Math.Max(sentence.First, from - 12); i + 1 < sentence.End && i < from + 2; i++)
        {
            if (BackingVerbs.Contains(sentence.Word(i))
                && sentence.MentionAt(sentence.Word(i + 1) is "the" or "its" or "their" ? i + 2 : i + 1) is { Label: EntityLabel.Org or EntityLabel.Facility } backed
                && !investors.Contains(backed))
            {
                return backed;
            }

            // "Velora Motors, backed by Toyota …": the name the participle describes.
            if (sentence.Word(i) is "backed" or "funded" or "financed" && sentence.Word(i + 1) is "by" && i - 2 >= sentence.First
                && sentence.Word(i - 1) is "," && sentence.MentionAt(i - 2) is { Label: EntityLabel.Org } described && !investors.Contains(described))
            {
                return described;
            }
        }

        // "€900 million to Northvolt", "£100 million of state aid to Nissan's Sunderland plant"
        for (int i = from; i + 1 < sentence.End && i < from + 10; i++)
        {
            if (sentence.Word(i) is "to" && sentence.MentionAt(i + 1) is null && sentence.Word(i + 1) is not ("the" or "a" or "its"))
            {
                continue;
            }

            if (sentence.Word(i) is "to")
            {
                int k = i + 1;
                while (k < sentence.End && sentence.Word(k) is "the" or "a" or "an" or "its")
                {
                    k++;
                }

                if (sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Facility } target && !investors.Contains(target))
                {
                    // "to Nissan's Sunderland plant": the plant, when the owner's possessive names it.
                    int after = sentence.TokenAt(target.End);
                    if (target.Label == EntityLabel.Org && sentence.Word(after) is "’s" or "'s" && sentence.MentionAt(after + 1) is { Label: EntityLabel.Facility } plant)
                    {
                        return plant;
                    }

                    return target;
                }
            }
        }

        bool contrasted = false;
        for (int i = from; i + 1 < sentence.End; i++)
        {
            contrasted |= i > from && (sentence.Word(i) is ";" || (sentence.Word(i) is "while" or "whereas" && sentence.Word(i - 1) is ","));
            if (sentence.Word(i) is "in" or "into" or "on")
            {
                int k = i + 1;
                while (k < sentence.End && sentence.Word(k) is "the" or "a" or "an" or "its" or "their")
                {
                    k++;
                }

                // "a 35% stake in Gqeberha-based Ubuntu Seating", "in Korean e-motor specialist Hanbit Motion"
                k = sentence.SkipCompanyDescription(k);
                // "Toyota acquired 4.9% of Suzuki for ¥96 billion, while Suzuki took a stake in Toyota": the investor named
                // again in a contrasted later clause is no investee of its own money.
                if (sentence.MentionAt(k) is { Label: EntityLabel.Org or EntityLabel.Facility } mention && !investors.Contains(mention)
                    && !(contrasted && NamedAmong(investors, mention.Name)))
                {
                    return mention;
                }

                if (sentence.UnlistedNameAt(k) is { } unlisted)
                {
                    return unlisted;
                }

                if (DescribedFacilityAt(sentence, i + 1) is { } facility)
                {
                    return facility;
                }
            }
        }

        return null;
    }

    // "into a second assembly plant at Hosur", "in a £4 billion cell plant in Somerset", "on the new paint shop": a facility
    // the text describes rather than names, from its determiner to its noun and the place after it. "the plant" alone
    // names nothing, and neither does a plan or a programme.
    private static EntityMention? DescribedFacilityAt(SentenceView sentence, int determiner)
    {
        if (sentence.Word(determiner) is not ("a" or "an" or "the" or "its" or "their"))
        {
            return null;
        }

        for (int k = determiner + 1; k < sentence.End && k <= determiner + 6; k++)
        {
            ReadOnlySpan<char> word = sentence.Word(k);
            if (FacilityNouns.Contains(word) && word is not ("plan" or "programme" or "program"))
            {
                int end = k + 1;
                if (sentence.Word(end) is "in" or "at" or "near" && sentence.MentionAt(end + 1) is { Label: EntityLabel.Loc } place)
                {
                    end = sentence.TokenAt(place.End);
                }

                return k == determiner + 1 && end == k + 1 ? null : FacilityPhrase(sentence, determiner, end);
            }

            if (word is "," or ";" or ":" or "(" or ")" or "and" or "or" or "that" or "which" or "to" or "for" or "of" or "in" or "with")
            {
                return null;
            }
        }

        return null;
    }

    // Whether one of the mentions bears the name.
    private static bool NamedAmong(List<EntityMention> mentions, string name)
    {
        foreach (EntityMention mention in mentions)
        {
            if (mention.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SpanLookup HeadlinePresentVerbs = new(
    [
        "raises", "pays", "completes", "closes", "secures", "buys", "acquires", "invests", "injects", "takes", "lands", "bags",
        "nets", "pumps", "puts", "sinks", "pours", "receives", "wins", "gets",
    ]);

    // "Valmet Automotive raises 80 million euros for battery push", "Volkswagen pays second $1bn tranche to Rivian": a
    // headline reports what happened in the present tense; "X to invest …" (an infinitive) stays planned.
    private static bool IsHeadlineReport(SentenceView sentence, int trigger) =>
        sentence.Index == 0 && trigger >= sentence.First && trigger < sentence.End && HeadlinePresentVerbs.Contains(sentence.Word(trigger))
        && sentence.FindFirst(Intended, sentence.First, trigger) < 0 && sentence.FindFirst(Planned, sentence.First, trigger) < 0;

    // Status words stand between the investor and the amount: "Daesan will own 60% of the venture and put in …".
    private static int StatusFrom(SentenceView sentence, List<EntityMention> investors, int from)
    {
        int afterInvestor = sentence.TokenAt(investors[^1].End);
        return afterInvestor + 6 < from && afterInvestor > sentence.First ? afterInvestor + 6 : from;
    }

    private static FactStatus? StatusOf(SentenceView sentence, int from, int to)
    {
        int start = Math.Max(sentence.First, from - 6);
        if (sentence.FindFirst(Intended, start, to) >= 0)
        {
            return FactStatus.Intended;
        }

        // "… agreed: it led a €22 million round": a completed verb right before the amount decides.
        if (from - 2 >= sentence.First && sentence.Word(from - 1) is "a" or "an" or "the" && sentence.Word(from - 2) is "led" or "closed" or "completed" or "raised")
        {
            return FactStatus.Completed;
        }

        int planned = sentence.FindFirst(Planned, start, to);
        if (planned >= 0 && !(sentence.Word(planned) is "is" or "are" && sentence.Word(planned + 1) is not "to"))
        {
            return FactStatus.Planned;
        }

        // "The state approved an incentive package of $1.8bn", "has approved €40 million": aid approved is not yet paid.
        if (sentence.FindFirst(Approvals, start, to) >= 0 && !CompletedBesidesApproval(sentence, start, to))
        {
            return FactStatus.Planned;
        }

        if (FirstCompleted(sentence, start, to) >= 0)
        {
            return FactStatus.Completed;
        }

        // After the amount: "… was backed by X" is done, "… was approved" (not yet paid) is planned.
        int tail = Math.Min(sentence.End, to + 5);
        int approved = sentence.FindFirst(Approvals, to, Math.Min(sentence.End, tail + 2));
        int done = FirstCompleted(sentence, from, tail);
        return done >= 0 && (approved < 0 || done < approved && sentence.Word(done) is not ("was" or "were" or "has" or "have" or "had"))
            ? FactStatus.Completed : FactStatus.Planned;
    }

    // A word of completion other than the approval and its auxiliary: "approved and paid", "has already disbursed".
    private static bool CompletedBesidesApproval(SentenceView sentence, int from, int to)
    {
        for (int i = sentence.FindFirst(Completed, from, to); i >= 0; i = sentence.FindFirst(Completed, i + 1, to))
        {
            if (!Approvals.Contains(sentence.Word(i)) && sentence.Word(i) is not ("has" or "have" or "had" or "was" or "were"))
            {
                return true;
            }
        }

        return false;
    }

    // The first word of completion, where "the package is completed by a loan that X would extend" names the part that
    // completes a package, no payment made.
    private static int FirstCompleted(SentenceView sentence, int from, int to)
    {
        int i = sentence.FindFirst(Completed, from, to);
        while (i >= 0 && sentence.Word(i) is "completed" && sentence.Word(i + 1) is "by")
        {
            i = sentence.FindFirst(Completed, i + 1, to);
        }

        return i;
    }

    // The words of the loop's sentence-wide scans, by class: a sentence's classes tell which of them it holds.
    [Flags]
    private enum WordClass
    {
        None = 0,
        Denial = 1,
        Amountless = 2,
        Hold = 4,
        Buy = 8,
        HolderNoun = 16,
        Trigger = 32,
        Share = 64,
    }

    // The classes of the words of [First, End), one hash look-up a token.
    private static WordClass ClassesOf(SentenceView sentence) => (WordClass)WordClasses.Table.ClassesOf(sentence);

    // Built from the same word lists the scans use (in a nested class, so that those lists are set first).
    private static class WordClasses
    {
        public static readonly TriggerTable Table = new(
            (Denials, (uint)WordClass.Denial),
            (AmountlessTriggers, (uint)WordClass.Amountless),
            (HoldVerbs, (uint)WordClass.Hold),
            (BuyVerbs, (uint)WordClass.Buy),
            (HolderNouns, (uint)WordClass.HolderNoun),
            (Triggers, (uint)WordClass.Trigger),
            (ShareWords, (uint)WordClass.Share));
    }
}
