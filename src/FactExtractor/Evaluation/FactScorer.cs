using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactExtractor.Text;

namespace FactExtractor.Evaluation;

/// <summary>
/// Name matching by the rules of the annotation guidelines: names are accent-folded, lower-cased, stripped of
/// punctuation, possessive 's and corporate words, and match when one equals or contains the other (containment only
/// for names of three or more characters).
/// </summary>
public static class NameMatching
{
    private static readonly HashSet<string> CorporateWords = new(StringComparer.Ordinal)
    {
        "group", "groupe", "sa", "ag", "se", "nv", "plc", "inc", "corp", "corporation", "co", "ltd", "limited", "llc", "gmbh",
        "motor", "motors", "holding", "holdings", "the",
    };

    /// <summary>The normalised form of a name.</summary>
    /// <param name="name">The name.</param>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Folded by table, not by Unicode decomposition: that needs ICU, which invariant-globalization hosts lack.
        var folded = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(TextFolding.Fold(char.ToLowerInvariant(c)));
            }
        }

        string text = folded.ToString().Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        // "motor company" goes as a whole; the single corporate words go one by one.
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "motor" && words[i + 1] == "company")
            {
                words.RemoveRange(i, 2);
                i--;
            }
        }

        return string.Join(' ', words.Where(w => !CorporateWords.Contains(w)));
    }

    /// <summary>True when two names match.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    public static bool Match(string a, string b)
    {
        string x = Normalize(a), y = Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y)
        {
            return true;
        }

        (string shorter, string longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 3 && longer.Contains(shorter, StringComparison.Ordinal);
    }

    /// <summary>True when some alias of one entity matches some alias of the other.</summary>
    /// <param name="a">The aliases of one entity.</param>
    /// <param name="b">The aliases of the other.</param>
    public static bool Match(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is not null && b is not null && a.Any(x => b.Any(y => Match(x, y)));

    /// <summary>
    /// True when the longest common run of words of the two normalised texts covers at least
    /// <paramref name="threshold"/> of the shorter one's words.
    /// </summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other.</param>
    /// <param name="threshold">The share of the shorter text, 0.8 by the guidelines.</param>
    public static bool TextsMatch(string? a, string? b, double threshold = 0.8)
    {
        if (a is null || b is null)
        {
            return false;
        }

        string[] x = Words(a), y = Words(b);
        int shorter = Math.Min(x.Length, y.Length);
        if (shorter == 0)
        {
            return false;
        }

        // Longest common substring over words, by dynamic programming on one row.
        int best = 0;
        var row = new int[y.Length + 1];
        for (int i = 1; i <= x.Length; i++)
        {
            int diagonal = 0;
            for (int j = 1; j <= y.Length; j++)
            {
                int above = row[j];
                row[j] = x[i - 1] == y[j - 1] ? diagonal + 1 : 0;
                best = Math.Max(best, row[j]);
                diagonal = above;
            }
        }

        return best >= threshold * shorter;
    }

    private static string[] Words(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Scores for one fact type.</summary>
/// <param name="Type">The type, or <c>micro</c>.</param>
/// <param name="TruePositives">Matched pairs.</param>
/// <param name="FalsePositives">Predictions without a gold match.</param>
/// <param name="FalseNegatives">Gold facts without a prediction.</param>
public sealed record TypeScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was predicted and nothing was expected, 0 when only gold exists.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when there was nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// How well one slot is filled in the facts that matched: over matched pairs whose gold fact states the slot,
/// <see cref="Gold"/> counts them, <see cref="Predicted"/> those where the prediction states it too, <see cref="Correct"/>
/// those where the two agree. Slots that decide a match (investor and amount, manufacturer and customer, owner, quote
/// text) are not listed; a slot the gold leaves empty is not scored, as the guidelines say.
/// </summary>
/// <param name="Type">The fact type.</param>
/// <param name="Slot">The slot: <c>investee</c>, <c>investors</c> (every gold investor found), <c>status</c>, <c>product</c>,
/// <c>site</c>, <c>declaredCount</c> or <c>speaker</c>.</param>
/// <param name="Gold">Matched pairs whose gold fact states the slot.</param>
/// <param name="Predicted">Of those, the pairs whose prediction states it too.</param>
/// <param name="Correct">Of those, the pairs where prediction and gold agree.</param>
public sealed record SlotScore(string Type, string Slot, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct over predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Correct over gold (1 when the gold states nothing).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One scoring error: a missed gold fact, a spurious prediction, or a quote given to the wrong speaker.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Kind"><c>missed</c>, <c>spurious</c> or <c>wrong-speaker</c>.</param>
/// <param name="Fact">The fact concerned (gold for missed and wrong-speaker, prediction for spurious).</param>
/// <param name="Other">For a wrong speaker, the prediction.</param>
public sealed record FactError(string DocumentId, string Kind, ScoredFact Fact, ScoredFact? Other = null);

/// <summary>The result of scoring facts against gold.</summary>
public sealed record FactEvaluationReport(
    IReadOnlyList<TypeScore> Types,
    TypeScore Micro,
    int SiteTruePositives,
    int SiteFalsePositives,
    int SiteFalseNegatives,
    int AttributedQuotes,
    int CorrectlyAttributedQuotes,
    IReadOnlyList<FactError> Errors,
    int Documents)
{
    /// <summary>Site-level precision over matched site lists.</summary>
    public double SitePrecision => SiteTruePositives + SiteFalsePositives == 0 ? 1 : (double)SiteTruePositives / (SiteTruePositives + SiteFalsePositives);

    /// <summary>Site-level recall over matched site lists.</summary>
    public double SiteRecall => SiteTruePositives + SiteFalseNegatives == 0 ? 1 : (double)SiteTruePositives / (SiteTruePositives + SiteFalseNegatives);

    /// <summary>Share of matched quotes with a gold speaker whose predicted speaker matches it.</summary>
    public double QuoteAttributionAccuracy => AttributedQuotes == 0 ? 1 : (double)CorrectlyAttributedQuotes / AttributedQuotes;

    /// <summary>Per-slot scores over matched facts, in a fixed order (see <see cref="SlotScore"/>).</summary>
    public IReadOnlyList<SlotScore> Slots { get; init; } = [];
}

/// <summary>
/// Scores predicted facts against gold facts by the rules of the annotation guidelines: per type, gold facts are
/// matched greedily in file order, each to the first unused prediction of the same type that matches it.
/// </summary>
public static class FactScorer
{
    /// <summary>The fact types, in report order.</summary>
    public static readonly IReadOnlyList<string> FactTypes = ["investment", "productionAgreement", "siteList", "quote"];

    /// <summary>Scores documents.</summary>
    /// <param name="documents">Each document's id, gold facts and predicted facts.</param>
    public static FactEvaluationReport Score(IEnumerable<(string Id, IReadOnlyList<ScoredFact> Gold, IReadOnlyList<ScoredFact> Predicted)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tp = FactTypes.ToDictionary(t => t, _ => 0);
        var fp = FactTypes.ToDictionary(t => t, _ => 0);
        var fn = FactTypes.ToDictionary(t => t, _ => 0);
        int siteTp = 0, siteFp = 0, siteFn = 0, attributed = 0, correct = 0, count = 0;
        var slots = new int[Slots.Count, 3];
        var errors = new List<FactError>();
        foreach (var (id, gold, predicted) in documents)
        {
            count++;
            var used = new bool[predicted.Count];
            foreach (ScoredFact g in gold)
            {
                if (!tp.ContainsKey(g.Type))
                {
                    continue;
                }

                int match = -1;
                for (int p = 0; p < predicted.Count && match < 0; p++)
                {
                    if (!used[p] && predicted[p].Type == g.Type && Matches(g, predicted[p]))
                    {
                        match = p;
                    }
                }

                if (match < 0)
                {
                    fn[g.Type]++;
                    errors.Add(new FactError(id, "missed", g));
                    continue;
                }

                used[match] = true;
                tp[g.Type]++;
                ScoredFact pr = predicted[match];
                CountSlots(g, pr, slots);
                if (g.Type == "siteList")
                {
                    var (t, f, n) = ScoreSites(g.Sites ?? [], pr.Sites ?? []);
                    siteTp += t;
                    siteFp += f;
                    siteFn += n;
                }
                else if (g.Type == "quote" && g.Speaker is { Count: > 0 })
                {
                    attributed++;
                    if (NameMatching.Match(g.Speaker, pr.Speaker))
                    {
                        correct++;
                    }
                    else
                    {
                        errors.Add(new FactError(id, "wrong-speaker", g, pr));
                    }
                }
            }

            for (int p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && fp.ContainsKey(predicted[p].Type))
                {
                    fp[predicted[p].Type]++;
                    errors.Add(new FactError(id, "spurious", predicted[p]));
                }
            }
        }

        var types = FactTypes.Select(t => new TypeScore(t, tp[t], fp[t], fn[t])).ToList();
        var micro = new TypeScore("micro", types.Sum(s => s.TruePositives), types.Sum(s => s.FalsePositives), types.Sum(s => s.FalseNegatives));
        var slotScores = new List<SlotScore>(Slots.Count);
        for (int k = 0; k < Slots.Count; k++)
        {
            slotScores.Add(new SlotScore(Slots[k].Type, Slots[k].Slot, slots[k, 0], slots[k, 1], slots[k, 2]));
        }

        return new FactEvaluationReport(types, micro, siteTp, siteFp, siteFn, attributed, correct, errors, count) { Slots = slotScores };
    }

    // The slots scored over matched facts, in report order.
    private static readonly IReadOnlyList<(string Type, string Slot)> Slots =
    [
        ("investment", "investors"), ("investment", "investee"), ("investment", "status"),
        ("productionAgreement", "product"), ("productionAgreement", "site"),
        ("siteList", "declaredCount"), ("quote", "speaker"),
    ];

    private static void CountSlots(ScoredFact gold, ScoredFact predicted, int[,] counts)
    {
        switch (gold.Type)
        {
            case "investment":
                if (gold.Investors is { Count: > 0 } investors)
                {
                    Count(counts, 0, true, predicted.Investors is { Count: > 0 }
                        && investors.All(g => predicted.Investors.Any(p => NameMatching.Match(g, p))) && predicted.Investors.Count == investors.Count);
                }

                Count(counts, 1, gold.Investee is { Count: > 0 }, gold.Investee is { Count: > 0 } && predicted.Investee is { Count: > 0 } && NameMatching.Match(gold.Investee, predicted.Investee), predicted.Investee is { Count: > 0 });
                Count(counts, 2, gold.Status is not null, string.Equals(gold.Status, predicted.Status, StringComparison.Ordinal), predicted.Status is not null);
                break;
            case "productionAgreement":
                Count(counts, 3, !string.IsNullOrWhiteSpace(gold.Product), !string.IsNullOrWhiteSpace(gold.Product) && !string.IsNullOrWhiteSpace(predicted.Product) && ProductsAgree(gold.Product, predicted.Product),
                    !string.IsNullOrWhiteSpace(predicted.Product));
                Count(counts, 4, gold.Site is { Count: > 0 }, gold.Site is { Count: > 0 } && predicted.Site is { Count: > 0 } && NameMatching.Match(gold.Site, predicted.Site), predicted.Site is { Count: > 0 });
                break;
            case "siteList":
                Count(counts, 5, gold.DeclaredCount is not null, gold.DeclaredCount == predicted.DeclaredCount, predicted.DeclaredCount is not null);
                break;
            case "quote":
                Count(counts, 6, gold.Speaker is { Count: > 0 }, gold.Speaker is { Count: > 0 } && predicted.Speaker is { Count: > 0 } && NameMatching.Match(gold.Speaker, predicted.Speaker), predicted.Speaker is { Count: > 0 });
                break;
        }
    }

    // Products are free text: they agree when the names match or share a word that is no function word ("Puma and Transit
    // Courier" and "Ford Puma").
    private static bool ProductsAgree(string gold, string predicted)
    {
        if (NameMatching.Match(gold, predicted))
        {
            return true;
        }

        var words = new HashSet<string>(NameMatching.Normalize(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        foreach (string word in NameMatching.Normalize(predicted).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && words.Contains(word) && word is not ("and" or "for" or "of" or "the" or "its" or "with" or "from"))
            {
                return true;
            }
        }

        return false;
    }

    // One matched pair for slot k: counted when the gold states the slot; predicted when the prediction does; correct when both agree.
    private static void Count(int[,] counts, int k, bool goldStates, bool agree, bool predictedStates = true)
    {
        if (!goldStates)
        {
            return;
        }

        counts[k, 0]++;
        if (predictedStates)
        {
            counts[k, 1]++;
            if (agree)
            {
                counts[k, 2]++;
            }
        }
    }

    /// <summary>True when a prediction matches a gold fact of the same type.</summary>
    /// <param name="gold">The gold fact.</param>
    /// <param name="predicted">The prediction.</param>
    public static bool Matches(ScoredFact gold, ScoredFact predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        switch (gold.Type)
        {
            case "investment":
                bool investor = gold.Investors is null || gold.Investors.Count == 0
                    || (predicted.Investors is not null && gold.Investors.Any(g => predicted.Investors.Any(p => NameMatching.Match(g, p))));
                bool amount = gold.Amount is not { } expected
                    || (predicted.Amount is { } actual && Math.Abs(actual - expected) <= Math.Abs(expected) * 0.01m);
                bool currency = gold.Currency is null || predicted.Currency is null || string.Equals(gold.Currency, predicted.Currency, StringComparison.OrdinalIgnoreCase);
                return investor && amount && currency;
            case "productionAgreement":
                return (gold.Manufacturer is null || NameMatching.Match(gold.Manufacturer, predicted.Manufacturer))
                    && (gold.Customer is null || NameMatching.Match(gold.Customer, predicted.Customer));
            case "siteList":
                return gold.Owner is null || NameMatching.Match(gold.Owner, predicted.Owner);
            case "quote":
                return NameMatching.TextsMatch(gold.Text, predicted.Text);
            default:
                return false;
        }
    }

    private static (int TruePositives, int FalsePositives, int FalseNegatives) ScoreSites(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        var used = new bool[predicted.Count];
        int tp = 0;
        foreach (IReadOnlyList<string> site in gold)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && NameMatching.Match(site, predicted[p]))
                {
                    used[p] = true;
                    tp++;
                    break;
                }
            }
        }

        return (tp, predicted.Count - tp, gold.Count - tp);
    }
}

/// <summary>Runs a pipeline over gold documents, or reads predictions, and scores the facts.</summary>
public static class FactEvaluation
{
    /// <summary>Analyses each gold document's text with <paramref name="pipeline"/> (at its publication date) and scores the facts.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="documents">The gold documents.</param>
    public static FactEvaluationReport Evaluate(Pipeline.FactPipeline pipeline, IReadOnlyList<FactGoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        return FactScorer.Score(documents.Select(gold =>
        {
            Text.Document document = pipeline.Extract(gold.Text, gold.Id, gold.Published);
            return (gold.Id, gold.Facts, Predictions(Serialization.ExtractionJson.ToJsonLine(Pipeline.ExtractionResult.Success(document))));
        }).ToList());
    }

    /// <summary>Scores predictions read from JSON Lines in the output contract, matched to gold documents by id.</summary>
    /// <param name="documents">The gold documents.</param>
    /// <param name="lines">The prediction lines.</param>
    public static FactEvaluationReport Evaluate(IReadOnlyList<FactGoldDocument> documents, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(lines);
        var byId = new Dictionary<string, IReadOnlyList<ScoredFact>>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? id = (string?)Newtonsoft.Json.Linq.JObject.Parse(line)["id"];
            if (id is not null)
            {
                byId[id] = Predictions(line);
            }
        }

        return FactScorer.Score(documents.Select(gold => (gold.Id, gold.Facts, byId.GetValueOrDefault(gold.Id) ?? (IReadOnlyList<ScoredFact>)[])).ToList());
    }

    /// <summary>
    /// Scores a second annotation of the same articles against the gold (inter-annotator agreement): the other
    /// annotation's facts take the place of predictions, matched to gold documents by id. Only the articles both annotations
    /// hold are scored (a second annotator may have done part of a batch); all aliases of both take part in name matching.
    /// </summary>
    /// <param name="documents">The gold documents.</param>
    /// <param name="other">The second annotation, in the gold format.</param>
    public static FactEvaluationReport Evaluate(IReadOnlyList<FactGoldDocument> documents, IReadOnlyList<FactGoldDocument> other)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(other);
        var byId = new Dictionary<string, IReadOnlyList<ScoredFact>>(StringComparer.Ordinal);
        foreach (FactGoldDocument document in other)
        {
            byId[document.Id] = document.Facts;
        }

        return FactScorer.Score(documents.Where(gold => byId.ContainsKey(gold.Id)).Select(gold => (gold.Id, gold.Facts, byId[gold.Id])).ToList());
    }

    private static IReadOnlyList<ScoredFact> Predictions(string line) =>
        (Newtonsoft.Json.Linq.JObject.Parse(line)["facts"] as Newtonsoft.Json.Linq.JArray ?? [])
            .OfType<Newtonsoft.Json.Linq.JObject>()
            .Select(ScoredFact.FromPrediction)
            .ToList();
}
