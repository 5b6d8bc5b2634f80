using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;
using FactExtractor.Text;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// The scoring rules of the annotation guidelines: name matching, quote text matching, per-type matching, greedy
/// matching in file order, site-level P/R, quote attribution, P/R/F1 per type and micro-averaged, and the JSON Lines reader.
/// </summary>
public class FactScorerTests
{
    // ---- NameMatching.Normalize -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Renault’s", "renault")]
    [InlineData("Nissan's", "nissan")]
    [InlineData("The Renault Group", "renault")]
    [InlineData("Groupe Renault SA", "renault")]
    [InlineData("Kestrel Batteries GmbH", "kestrel batteries")]
    [InlineData("Stellantis NV", "stellantis")]
    [InlineData("Honda Motor Co., Ltd.", "honda")]
    [InlineData("Ford Motor Company", "ford")]
    [InlineData("Tata Motors", "tata")]
    [InlineData("Automotive Cells Company", "automotive cells company")]
    [InlineData("Porsche Automobil Holding SE", "porsche automobil")]
    public void Normalize_folds_accents_case_punctuation_possessives_and_corporate_words(string name, string expected) =>
        Assert.Equal(expected, NameMatching.Normalize(name));

    // ---- NameMatching.Match -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Renault", "Groupe Renault", true)]
    [InlineData("Renault SA", "Renault Group", true)]
    [InlineData("Nissan Motor Co., Ltd.", "Nissan", true)]
    [InlineData("Ford Motor Company", "Ford", true)]
    [InlineData("Kia", "Kia Corporation", true)]
    [InlineData("Nissan’s", "Nissan", true)]
    // Containment, for names of three or more characters, in both directions.
    [InlineData("Mercedes", "Mercedes-Benz Group", true)]
    [InlineData("Mercedes-Benz Group", "Mercedes", true)]
    [InlineData("BYD", "BYD Auto", true)]
    [InlineData("Magna", "Magna Steyr", true)]
    // Two characters are too short to be contained.
    [InlineData("DS", "DS Automobiles", false)]
    [InlineData("GM", "GMC", false)]
    [InlineData("VW", "Volkswagen", false)]
    // A name of corporate words only is empty and matches nothing.
    [InlineData("Group", "Renault Group", false)]
    [InlineData("", "Renault", false)]
    [InlineData("Toyota", "Honda", false)]
    public void Match_compares_normalised_names(string a, string b, bool expected) =>
        Assert.Equal(expected, NameMatching.Match(a, b));

    [Theory]
    [InlineData("Dacia|Renault", "Renault Group", true)]
    [InlineData("Mitsubishi", "Mitsubishi Motors|MMC", true)]
    [InlineData("Dacia", "Renault Group", false)]
    [InlineData(null, "Renault Group", false)]
    [InlineData("Renault", null, false)]
    public void Match_of_alias_lists_needs_one_matching_pair(string? a, string? b, bool expected) =>
        Assert.Equal(expected, NameMatching.Match(Aliases(a), Aliases(b)));

    // ---- NameMatching.TextsMatch ------------------------------------------------------------------------------------

    [Theory]
    // The whole shorter text inside the longer one, either way round.
    [InlineData("We will build the van in Kolín", "“We will build the van in Kolín from 2026,” she said.", true)]
    [InlineData("“We will build the van in Kolín from 2026,” she said.", "We will build the van in Kolín", true)]
    // Case and punctuation do not matter.
    [InlineData("“We are READY,” he said", "we are ready he said", true)]
    // 8 of 10 words in one run is 80%; 7 is not enough.
    [InlineData("one two three four five six seven eight nine ten", "one two three four five six seven eight alpha beta", true)]
    [InlineData("one two three four five six seven eight nine ten", "one two three four five six seven alpha beta gamma", false)]
    // The run must be unbroken: the same words, scattered, do not match.
    [InlineData("plants will close next year", "plants in France will not close before next year", false)]
    [InlineData("", "We are ready", false)]
    public void TextsMatch_needs_a_common_run_of_80_percent_of_the_shorter_text(string a, string b, bool expected) =>
        Assert.Equal(expected, NameMatching.TextsMatch(a, b));

    [Fact]
    public void TextsMatch_of_a_missing_text_is_false()
    {
        Assert.False(NameMatching.TextsMatch(null, "We are ready"));
        Assert.False(NameMatching.TextsMatch("We are ready", null));
    }

    // ---- FactScorer.Matches -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Nissan", 600_000_000L, "EUR", "Nissan Motor Co.", 600_000_000L, "EUR", true)]
    // Within 1% of the gold amount, up to and including the bound.
    [InlineData("Nissan", 600_000_000L, "EUR", "Nissan", 605_000_000L, "EUR", true)]
    [InlineData("Nissan", 600_000_000L, "EUR", "Nissan", 594_000_000L, "EUR", true)]
    [InlineData("Nissan", 600_000_000L, "EUR", "Nissan", 607_000_000L, "EUR", false)]
    // Currencies must agree when both are given.
    [InlineData("Nissan", 600_000_000L, "EUR", "Nissan", 600_000_000L, "USD", false)]
    [InlineData("Nissan", 600_000_000L, "EUR", "Nissan", 600_000_000L, null, true)]
    [InlineData("Nissan", 600_000_000L, null, "Nissan", 600_000_000L, "JPY", true)]
    // A gold amount must be predicted; a missing gold amount is not scored.
    [InlineData("Nissan", 600_000_000L, "EUR", "Nissan", null, null, false)]
    [InlineData("Nissan", null, null, "Nissan", 42L, "USD", true)]
    // Some predicted investor must match some gold investor; missing gold investors are not scored.
    [InlineData("Stellantis|CATL", 4_100_000_000L, "EUR", "Contemporary Amperex Technology|CATL", 4_100_000_000L, "EUR", true)]
    [InlineData("Nissan", 600_000_000L, "EUR", "Renault", 600_000_000L, "EUR", false)]
    [InlineData(null, 600_000_000L, "EUR", "Renault", 600_000_000L, "EUR", true)]
    public void Matches_an_investment(string? goldInvestors, long? goldAmount, string? goldCurrency, string? predictedInvestors, long? predictedAmount, string? predictedCurrency, bool expected) =>
        Assert.Equal(expected, FactScorer.Matches(
            Investment(goldInvestors, goldAmount, goldCurrency),
            Investment(predictedInvestors, predictedAmount, predictedCurrency)));

    [Theory]
    [InlineData("Renault", "Nissan", "Renault Group", "Nissan Motor", true)]
    [InlineData("Renault", "Nissan", "Nissan", "Renault", false)]
    [InlineData("Renault", null, "Renault Group", "Toyota", true)]
    [InlineData(null, "Nissan", "Toyota", "Nissan", true)]
    [InlineData("Renault", "Nissan", null, "Nissan", false)]
    public void Matches_a_production_agreement_on_both_companies(string? goldManufacturer, string? goldCustomer, string? manufacturer, string? customer, bool expected) =>
        Assert.Equal(expected, FactScorer.Matches(
            new ScoredFact { Type = "productionAgreement", Manufacturer = Aliases(goldManufacturer), Customer = Aliases(goldCustomer) },
            new ScoredFact { Type = "productionAgreement", Manufacturer = Aliases(manufacturer), Customer = Aliases(customer) }));

    [Theory]
    [InlineData("Ampere|Renault Ampere", "Ampere", true)]
    [InlineData("Ampere", "Renault Group", false)]
    [InlineData(null, "Renault Group", true)]
    public void Matches_a_site_list_on_its_owner_whatever_the_sites(string? goldOwner, string owner, bool expected) =>
        Assert.Equal(expected, FactScorer.Matches(
            new ScoredFact { Type = "siteList", Owner = Aliases(goldOwner), Sites = [["Douai"]] },
            new ScoredFact { Type = "siteList", Owner = Aliases(owner), Sites = [["Graz"], ["Kolín"]] }));

    [Theory]
    [InlineData("We will start building the van in Kolín next spring", "We will start building the van in Kolín next spring,", true)]
    [InlineData("We will start building the van in Kolín next spring", "The order books are full until the summer.", false)]
    public void Matches_a_quote_on_its_text_whatever_the_speaker(string goldText, string text, bool expected) =>
        Assert.Equal(expected, FactScorer.Matches(
            new ScoredFact { Type = "quote", Speaker = ["Anna Keller"], Text = goldText },
            new ScoredFact { Type = "quote", Speaker = ["Thomas Berger"], Text = text }));

    // ---- FactScorer.Score -------------------------------------------------------------------------------------------

    [Fact]
    public void Score_matches_gold_greedily_in_file_order_and_uses_each_prediction_once()
    {
        // The first gold fact states no amount and takes the first matching prediction, the €1bn one; the second gold
        // fact needs €1bn and finds only the €500m prediction left.
        ScoredFact[] gold = [Investment("Renault", null, null), Investment("Renault", 1_000_000_000L, "EUR")];
        ScoredFact[] predicted = [Investment("Renault Group", 1_000_000_000L, "EUR"), Investment("Renault Group", 500_000_000L, "EUR")];

        FactEvaluationReport report = FactScorer.Score([("doc", gold, predicted)]);

        TypeScore investments = report.Types.Single(t => t.Type == "investment");
        Assert.Equal((1, 1, 1), (investments.TruePositives, investments.FalsePositives, investments.FalseNegatives));
        Assert.Equal(new[] { "missed", "spurious" }, report.Errors.Select(e => e.Kind).ToArray());
        Assert.Equal(1_000_000_000m, report.Errors[0].Fact.Amount);
        Assert.Equal(500_000_000m, report.Errors[1].Fact.Amount);
    }

    [Fact]
    public void Score_counts_a_restated_prediction_once_and_the_rest_as_false_positives()
    {
        ScoredFact[] gold = [Investment("Nissan", 600_000_000L, "EUR")];
        ScoredFact[] predicted = [Investment("Nissan", 600_000_000L, "EUR"), Investment("Nissan", 600_000_000L, "EUR")];

        TypeScore investments = FactScorer.Score([("doc", gold, predicted)]).Types.Single(t => t.Type == "investment");

        Assert.Equal((1, 1, 0), (investments.TruePositives, investments.FalsePositives, investments.FalseNegatives));
    }

    [Fact]
    public void Score_matches_only_facts_of_the_same_type()
    {
        ScoredFact[] gold = [new() { Type = "siteList", Owner = ["Renault"], Sites = [["Douai"], ["Maubeuge"]] }];
        ScoredFact[] predicted = [new() { Type = "productionAgreement", Manufacturer = ["Renault"], Customer = ["Nissan"] }];

        FactEvaluationReport report = FactScorer.Score([("doc", gold, predicted)]);

        Assert.Equal(1, report.Types.Single(t => t.Type == "siteList").FalseNegatives);
        Assert.Equal(1, report.Types.Single(t => t.Type == "productionAgreement").FalsePositives);
        Assert.Equal(0, report.Micro.TruePositives);
    }

    [Fact]
    public void Score_scores_the_slots_of_matched_facts_only_where_the_gold_states_them()
    {
        ScoredFact[] gold =
        [
            new() { Type = "productionAgreement", Manufacturer = ["Ford Otosan"], Customer = ["Ford"], Product = "Puma and Transit Courier", Site = ["Craiova"] },
            new() { Type = "productionAgreement", Manufacturer = ["Magna Steyr"], Customer = ["BMW"], Product = "Z4", Site = ["Graz"] },
            new() { Type = "productionAgreement", Manufacturer = ["Valmet"], Customer = ["Mercedes-Benz"] },
            new() { Type = "productionAgreement", Manufacturer = ["Foxconn"], Customer = ["Monarch"], Product = "tractors" },
            new() { Type = "investment", Investors = [["Stellantis"], ["CATL"]], Investee = ["ACC"], Amount = 100, Currency = "EUR", Status = "planned" },
            new() { Type = "siteList", Owner = ["Ampere"], Sites = [["Douai"], ["Ruitz"]], DeclaredCount = 4 },
        ];
        ScoredFact[] predicted =
        [
            new() { Type = "productionAgreement", Manufacturer = ["Ford Otosan"], Customer = ["Ford Motor Company"], Product = "Ford Puma", Site = ["Craiova"] },
            new() { Type = "productionAgreement", Manufacturer = ["Magna"], Customer = ["BMW Group"], Product = "Supra", Site = ["Eggenberg"] },
            new() { Type = "productionAgreement", Manufacturer = ["Valmet Automotive"], Customer = ["Mercedes-Benz"], Product = "GLC", Site = ["Uusikaupunki"] },
            new() { Type = "productionAgreement", Manufacturer = ["Foxconn"], Customer = ["Monarch Tractor"] },
            new() { Type = "investment", Investors = [["Stellantis"]], Amount = 100, Currency = "EUR", Status = "planned" },
            new() { Type = "siteList", Owner = ["Ampere"], Sites = [["Douai"]], DeclaredCount = 4 },
        ];

        FactEvaluationReport report = FactScorer.Score([("doc", gold, predicted)]);
        SlotScore Slot(string type, string slot) => report.Slots.Single(s => s.Type == type && s.Slot == slot);

        // Product: stated in three golds, predicted in two of them, agreeing once ("Ford Puma" shares "Puma"; "Supra" is not "Z4").
        Assert.Equal((3, 2, 1), (Slot("productionAgreement", "product").Gold, Slot("productionAgreement", "product").Predicted, Slot("productionAgreement", "product").Correct));
        // Site: the third gold states none, so its predicted site is not scored.
        Assert.Equal((2, 2, 1), (Slot("productionAgreement", "site").Gold, Slot("productionAgreement", "site").Predicted, Slot("productionAgreement", "site").Correct));
        Assert.Equal(0.5, Slot("productionAgreement", "site").Precision);
        // One investor of two found: the fact matches, the investor set does not; no investee predicted; status agrees.
        Assert.Equal((1, 1, 0), (Slot("investment", "investors").Gold, Slot("investment", "investors").Predicted, Slot("investment", "investors").Correct));
        Assert.Equal((1, 0, 0), (Slot("investment", "investee").Gold, Slot("investment", "investee").Predicted, Slot("investment", "investee").Correct));
        Assert.Equal(1.0, Slot("investment", "investee").Precision);
        Assert.Equal(0.0, Slot("investment", "investee").Recall);
        Assert.Equal((1, 1, 1), (Slot("investment", "status").Gold, Slot("investment", "status").Predicted, Slot("investment", "status").Correct));
        Assert.Equal((1, 1, 1), (Slot("siteList", "declaredCount").Gold, Slot("siteList", "declaredCount").Predicted, Slot("siteList", "declaredCount").Correct));
    }

    [Fact]
    public void Score_scores_the_sites_of_matched_site_lists_as_sets()
    {
        ScoredFact[] gold =
        [
            new() { Type = "siteList", Owner = ["Ampere"], Sites = [["Douai"], ["Maubeuge"], ["Ruitz"], ["Cléon"]] },
            new() { Type = "siteList", Owner = ["Toyota"], Sites = [["Valenciennes"], ["Kolín"]] },
        ];
        ScoredFact[] predicted =
        [
            new() { Type = "siteList", Owner = ["Renault Ampere"], Sites = [["Maubeuge"], ["Cléon"], ["Douai"], ["Flins"]] },
            new() { Type = "siteList", Owner = ["Nissan"], Sites = [["Sunderland"], ["Valenciennes"]] },
        ];

        FactEvaluationReport report = FactScorer.Score([("doc", gold, predicted)]);

        // Only the matched Ampere list counts: Douai, Maubeuge, Cléon found; Flins spurious; Ruitz missed.
        Assert.Equal((3, 1, 1), (report.SiteTruePositives, report.SiteFalsePositives, report.SiteFalseNegatives));
        Assert.Equal(0.75, report.SitePrecision, 6);
        Assert.Equal(0.75, report.SiteRecall, 6);
        TypeScore lists = report.Types.Single(t => t.Type == "siteList");
        Assert.Equal((1, 1, 1), (lists.TruePositives, lists.FalsePositives, lists.FalseNegatives));
    }

    [Fact]
    public void Score_measures_attribution_over_matched_quotes_with_a_gold_speaker()
    {
        ScoredFact[] gold =
        [
            new() { Type = "quote", Speaker = ["Anna Keller"], Text = "We will start building the van in Kolín next spring" },
            new() { Type = "quote", Speaker = ["Thomas Berger"], Text = "The new line doubles our capacity" },
            new() { Type = "quote", Speaker = null, Text = "Electric cars for everyone by 2030" },
            new() { Type = "quote", Speaker = ["Priya Nair"], Text = "This is the biggest day in our history" },
        ];
        ScoredFact[] predicted =
        [
            new() { Type = "quote", Speaker = ["Keller"], Text = "We will start building the van in Kolín next spring," },
            new() { Type = "quote", Speaker = ["Anna Keller"], Text = "The new line doubles our capacity," },
            new() { Type = "quote", Speaker = ["Velora Motors"], Text = "Electric cars for everyone by 2030" },
        ];

        FactEvaluationReport report = FactScorer.Score([("doc", gold, predicted)]);

        // Three quotes matched; two of them have a gold speaker; one of those two is right. The unmatched Priya Nair
        // quote is a miss, not an attribution error.
        Assert.Equal(2, report.AttributedQuotes);
        Assert.Equal(1, report.CorrectlyAttributedQuotes);
        Assert.Equal(0.5, report.QuoteAttributionAccuracy, 6);
        FactError wrong = Assert.Single(report.Errors, e => e.Kind == "wrong-speaker");
        Assert.Equal(new[] { "Thomas Berger" }, wrong.Fact.Speaker);
        Assert.Equal(new[] { "Anna Keller" }, wrong.Other?.Speaker);
    }

    [Fact]
    public void Score_reports_per_type_and_micro_averaged_precision_recall_and_f1()
    {
        ScoredFact[] gold =
        [
            Investment("Nissan", 600_000_000L, "EUR"),
            Investment("Mitsubishi", 200_000_000L, "EUR"),
            Investment("Renault", 1_000_000_000L, "EUR"),
            new() { Type = "quote", Speaker = ["Anna Keller"], Text = "We will start building the van in Kolín next spring" },
            new() { Type = "quote", Speaker = ["Thomas Berger"], Text = "The new line doubles our capacity" },
        ];
        ScoredFact[] predicted =
        [
            Investment("Nissan", 600_000_000L, "EUR"),
            Investment("Mitsubishi Motors", 201_000_000L, "EUR"),
            Investment("Toyota", 5_000_000L, "USD"),
            new() { Type = "quote", Speaker = ["Anna Keller"], Text = "We will start building the van in Kolín next spring," },
        ];

        FactEvaluationReport report = FactScorer.Score([("a", gold[..3], predicted[..3]), ("b", gold[3..], predicted[3..])]);

        Assert.Equal(2, report.Documents);
        Assert.Equal(new[] { "investment", "productionAgreement", "siteList", "quote" }, report.Types.Select(t => t.Type).ToArray());
        TypeScore investments = report.Types[0];
        Assert.Equal((2, 1, 1), (investments.TruePositives, investments.FalsePositives, investments.FalseNegatives));
        Assert.Equal(2.0 / 3, investments.Precision, 6);
        Assert.Equal(2.0 / 3, investments.Recall, 6);
        Assert.Equal(2.0 / 3, investments.F1, 6);
        TypeScore quotes = report.Types[3];
        Assert.Equal((1.0, 0.5), (quotes.Precision, quotes.Recall));
        Assert.Equal(2.0 / 3, quotes.F1, 6);
        // Nothing expected and nothing predicted: perfect, and no weight in the micro average.
        Assert.Equal((1.0, 1.0, 1.0), (report.Types[1].Precision, report.Types[1].Recall, report.Types[1].F1));
        Assert.Equal((3, 1, 2), (report.Micro.TruePositives, report.Micro.FalsePositives, report.Micro.FalseNegatives));
        Assert.Equal(0.75, report.Micro.Precision, 6);
        Assert.Equal(0.6, report.Micro.Recall, 6);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, report.Micro.F1, 6);
    }

    [Theory]
    [InlineData(3, 1, 2, 0.75, 0.6, 0.666667)]
    [InlineData(5, 0, 0, 1.0, 1.0, 1.0)]
    [InlineData(0, 0, 0, 1.0, 1.0, 1.0)]
    [InlineData(0, 0, 2, 0.0, 0.0, 0.0)]
    [InlineData(0, 3, 0, 0.0, 1.0, 0.0)]
    [InlineData(1, 3, 0, 0.25, 1.0, 0.4)]
    public void TypeScore_arithmetic(int tp, int fp, int fn, double precision, double recall, double f1)
    {
        var score = new TypeScore("x", tp, fp, fn);
        Assert.Equal(precision, score.Precision, 6);
        Assert.Equal(recall, score.Recall, 6);
        Assert.Equal(f1, score.F1, 6);
    }

    // ---- FactEvaluation.Evaluate(gold, lines) -----------------------------------------------------------------------

    [Fact]
    public void Evaluate_reads_predictions_from_json_lines_by_document_id()
    {
        FactGoldDocument[] gold =
        [
            new("doc-1", new DateOnly(2024, 11, 6), "…",
            [
                new ScoredFact { Type = "investment", Investors = [["Nissan"]], Investee = ["Ampere"], Amount = 600_000_000m, Currency = "EUR", Status = "intended" },
                new ScoredFact { Type = "quote", Speaker = ["Anna Keller"], Text = "We will start building the van in Kolín next spring" },
            ]),
            new("doc-2", null, "…", [new ScoredFact { Type = "productionAgreement", Manufacturer = ["Renault"], Customer = ["Nissan"] }]),
        ];
        string[] lines =
        [
            """{"id":"doc-1","published":"2024-11-06","error":null,"sentences":[],"entities":[],"facts":[{"type":"investment","investors":[{"name":"Nissan","text":"Nissan","label":"ORG","start":0,"end":6}],"investee":{"name":"Ampere","text":"Ampere","label":"ORG","start":40,"end":46},"amount":{"value":600000000,"currency":"EUR","text":"€600 million"},"status":"intended","evidence":{"start":0,"end":47,"text":"…"},"confidence":0.75,"rule":"investment.verb-amount"},{"type":"quote","speaker":{"name":"Anna Keller","text":"Keller","label":"PERSON","start":60,"end":66},"text":"We will start building the van in Kolín next spring,","quotation":{"start":1,"end":52},"cue":"said","direct":true,"evidence":{"start":0,"end":66,"text":"…"},"confidence":0.9,"rule":"quote.after.verb-speaker"}]}""",
            "",
            """{"id":"doc-9","facts":[{"type":"siteList","owner":{"name":"Toyota","text":"Toyota"},"sites":[{"name":"Kolín","text":"Kolín"}, {"name":"Burnaston","text":"Burnaston"}],"declaredCount":null}]}""",
        ];

        FactEvaluationReport report = FactEvaluation.Evaluate(gold, lines);

        Assert.Equal(2, report.Documents);
        Assert.Equal((2, 0, 1), (report.Micro.TruePositives, report.Micro.FalsePositives, report.Micro.FalseNegatives));
        Assert.Equal(1, report.AttributedQuotes);
        Assert.Equal(1.0, report.QuoteAttributionAccuracy);
        FactError missed = Assert.Single(report.Errors);
        Assert.Equal(("doc-2", "missed", "productionAgreement"), (missed.DocumentId, missed.Kind, missed.Fact.Type));
    }

    [Theory]
    [InlineData("""{"type":"productionAgreement","manufacturer":[["Aurora Cell Systems","Aurora"]],"customer":["Volvo"]}""", "facts[0].manufacturer[0]")]
    [InlineData("""{"type":"siteList","owner":["Aurora"],"sites":[["Skellefteå"],[["Västerås"]]]}""", "facts[0].sites[1][0]")]
    [InlineData("""{"type":"quote","speaker":[42],"text":"We build where we sell."}""", "facts[0].speaker[0]")]
    public void Load_names_the_file_and_the_field_of_a_malformed_alias_list(string fact, string field)
    {
        string folder = Directory.CreateTempSubdirectory("factx-gold-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "broken.txt"), "Aurora builds cells for Volvo.");
            string gold = Path.Combine(folder, "broken.gold.json");
            File.WriteAllText(gold, "{\"id\":\"broken\",\"facts\":[" + fact + "]}");

            InvalidDataException error = Assert.Throws<InvalidDataException>(() => FactGoldDocument.Load(gold));

            Assert.StartsWith(gold + ": " + field + ": expected a name", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_reads_the_json_lines_the_library_writes()
    {
        const string text = "Velora Motors will invest €50 million in Kestrel Batteries GmbH.";
        Document document = FactPipeline.Default.Extract(text, "own-line", new DateOnly(2024, 11, 6));
        string line = ExtractionJson.ToJsonLine(ExtractionResult.Success(document));
        FactGoldDocument[] gold =
        [
            new("own-line", new DateOnly(2024, 11, 6), text,
                [new ScoredFact { Type = "investment", Investors = [["Velora Motors", "Velora"]], Investee = ["Kestrel Batteries GmbH"], Amount = 50_000_000m, Currency = "EUR", Status = "planned" }]),
        ];

        FactEvaluationReport report = FactEvaluation.Evaluate(gold, [line]);

        Assert.Equal((1, 0, 0), (report.Micro.TruePositives, report.Micro.FalsePositives, report.Micro.FalseNegatives));
    }

    // ---- FactEvaluation.Evaluate(gold, other annotation) ------------------------------------------------------------

    [Fact]
    public void A_second_annotation_is_scored_against_the_gold_over_the_articles_both_hold()
    {
        FactGoldDocument[] gold =
        [
            new("a", null, "…",
            [
                new ScoredFact { Type = "productionAgreement", Manufacturer = ["Magna Steyr", "Magna"], Customer = ["Mercedes-Benz"] },
                new ScoredFact { Type = "productionAgreement", Manufacturer = ["Valmet Automotive"], Customer = ["Porsche"] },
                new ScoredFact { Type = "quote", Speaker = ["Ilse Moser"], Text = "The line is full until 2028" },
            ]),
            new("b", null, "…", [new ScoredFact { Type = "investment", Investors = [["Vantor"]], Amount = 10_000_000m, Currency = "EUR" }]),
        ];
        FactGoldDocument[] other =
        [
            // The same deal under another alias, a second deal the gold does not have, and the quote given to another speaker;
            // the Valmet deal is missing.
            new("a", null, "…",
            [
                new ScoredFact { Type = "productionAgreement", Manufacturer = ["Magna"], Customer = ["Mercedes", "Mercedes-Benz Group"] },
                new ScoredFact { Type = "productionAgreement", Manufacturer = ["Magna"], Customer = ["Fisker"] },
                new ScoredFact { Type = "quote", Speaker = ["Magna Steyr"], Text = "The line is full until 2028" },
            ]),
            new("c", null, "…", [new ScoredFact { Type = "investment", Investors = [["Vantor"]], Amount = 10_000_000m, Currency = "EUR" }]),
        ];

        FactEvaluationReport report = FactEvaluation.Evaluate(gold, other);

        // "b" has no second annotation and "c" no gold: only "a" is scored.
        Assert.Equal(1, report.Documents);
        TypeScore production = report.Types.Single(t => t.Type == "productionAgreement");
        Assert.Equal((1, 1, 1), (production.TruePositives, production.FalsePositives, production.FalseNegatives));
        Assert.Equal((2, 1, 1), (report.Micro.TruePositives, report.Micro.FalsePositives, report.Micro.FalseNegatives));
        Assert.Equal((1, 0), (report.AttributedQuotes, report.CorrectlyAttributedQuotes));
    }

    [Fact]
    public void An_annotation_scored_against_itself_agrees_completely()
    {
        FactGoldDocument[] gold =
        [
            new("a", null, "…",
            [
                new ScoredFact { Type = "siteList", Owner = ["Ampere"], Sites = [["Douai"], ["Maubeuge"], ["Cléon"]], DeclaredCount = 3 },
                new ScoredFact { Type = "investment", Investors = [["Nissan"]], Amount = 600_000_000m, Currency = "EUR" },
            ]),
        ];

        FactEvaluationReport report = FactEvaluation.Evaluate(gold, gold);

        Assert.Equal((2, 0, 0), (report.Micro.TruePositives, report.Micro.FalsePositives, report.Micro.FalseNegatives));
        Assert.Equal((3, 0, 0), (report.SiteTruePositives, report.SiteFalsePositives, report.SiteFalseNegatives));
    }

    // ---- Known gaps -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Citroën", "citroen")]
    [InlineData("Škoda Auto", "skoda auto")]
    [InlineData("Łódź", "lodz")]
    public void AccentFolding_Normalize(string name, string expected) =>
        Assert.Equal(expected, NameMatching.Normalize(name));

    [Theory]
    [InlineData("Citroen", "Citroën")]
    [InlineData("Skoda", "Škoda Auto")]
    [InlineData("Cleon", "Cléon")]
    public void AccentFolding_Match(string a, string b) =>
        Assert.True(NameMatching.Match(a, b));

    [Theory]
    [InlineData("the line in Kolin is ready", "The line in Kolín is ready.")]
    public void AccentFolding_TextsMatch(string a, string b) =>
        Assert.True(NameMatching.TextsMatch(a, b));

    private static IReadOnlyList<string>? Aliases(string? names) => names?.Split('|');

    // An investment in the scoring form: "A|B" is two investors of one name each.
    private static ScoredFact Investment(string? investors, long? amount, string? currency) => new()
    {
        Type = "investment",
        Investors = investors?.Split('|').Select(i => (IReadOnlyList<string>)[i]).ToList(),
        Amount = amount,
        Currency = currency,
    };
}
