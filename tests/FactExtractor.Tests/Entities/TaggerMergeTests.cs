using System;
using System.Collections.Generic;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Entities;

/// <summary>
/// The checks the statistical recognizer applies before a tagged name joins the lexicon and pattern mentions, made
/// independent of the embedded model: a tiny tagger is trained to propose exactly the names each test needs. Every test
/// first asserts that the tagger alone proposes the name (so that a missing mention is the merge's doing), then runs the
/// default entity layer with that tagger and checks what survives, beside a neighbouring case that does survive.
/// </summary>
public class TaggerMergeTests
{
    // Invented sentences in bracket notation, tokenized as the news tokenizer cuts the test texts. The tagger is meant to
    // learn them by heart, including tags no sensible model would give ("Shareholders", "GS" and lower-case "velkor" as
    // organisations, "Renault" as a place), so that the recognizer's checks have something to remove.
    private static readonly string[] Training =
    [
        "[ORG Norvane] buys brackets from [ORG velkor] .",
        "[ORG Shareholders] backed [ORG Norvane] .",
        "[ORG Dalvern] backed [ORG Norvane] .",
        "[ORG Norvane] paid its shareholders .",
        "The shareholders of [ORG Dalvern] met .",
        "[ORG GS] signed with [ORG Norvane] .",
        "[ORG KVRA] signed with [ORG Norvane] .",
        "[ORG Brandt-Holm] signed with [ORG Norvane] .",
        "[ORG Brandtholm] signed with [ORG Norvane] .",
        "Orders for the [ORG Tiago] rose .",
        "Orders for a [ORG Tiago] rose .",
        "Orders for its [ORG Tiago] rose .",
        "Orders for their [ORG Tiago] rose .",
        "Orders for [ORG Tiago] rose .",
        "Orders for the [ORG Brandor Velm] rose .",
        "[ORG Norvane] expanded in [LOC Velkora] .",
        "[ORG Norvane] expanded in [LOC Tarvik Falls] .",
        "[ORG Norvane] sells trucks in [LOC Lyon] , [ORG Kelvor] and [LOC Toulouse] .",
        "[ORG Norvane] sells trucks to [ORG Dalvern] , [ORG Kelvor] and [ORG Brandor] .",
        "[ORG Norvane] sells trucks to [ORG Dalvern] , [ORG Kelvor] and [LOC Toulouse] .",
        "[ORG Norvane] sells trucks in [LOC Lyon] , [ORG Kelvor] and [ORG Dalvern] .",
        "[ORG Kelvor] 's [LOC Lyon] staff grew .",
        "[ORG Kelvor] 's Velm staff grew .",
        "[ORG Norvane] sold [ORG Kestrel] vans .",
        "[ORG Norvane] sold [ORG Kestrel] engines .",
        "[ORG Norvane] sold 40 [ORG Tarvik Holm] vans .",
        "Orders for [ORG Tarvik Holm] rose .",
        "At [LOC Velkora] , [ORG Norvane] builds trucks .",
        "[ORG Velkora] hired 200 workers .",
        "[ORG Norvane] moved to [LOC Tarvik Holm-based] offices .",
        "[ORG Norvane] moved to [LOC Tarvik Holm] offices .",
        "[PER Dravo Keltin] joined [ORG Norvane] .",
        "[PER Keltin] joined [ORG Norvane] .",
        "[LOC Renault] expanded in [LOC Velkora] .",
        "[ORG Renault Velm] expanded in [LOC Velkora] .",
        "[ORG Tarsin Components] won an order .",
        "[LOC Tarsin] said it would hire .",
        "[ORG Tarsin Velm Components] won an order .",
        "Orders for [LOC Tarsin Velm] rose .",
        "Sales of [ORG Tarsin] Velm rose .",
        "[PER Marta Keltin] joined [ORG Norvane] .",
        "Orders for [ORG Keltin] rose .",
        "Orders for the Ertiga and [ORG Ciazor] rose .",
        "[ORG Ciazor] and the Ertiga sold well .",
        "[ORG Ciazor] sold well .",
    ];

    private static readonly Lazy<PerceptronTagger> LazyTagger = new(() =>
        PerceptronTagger.Train(Training.Select(BracketSentence.Parse).ToList(), epochs: 12, seed: 5, bits: 14));

    private static readonly Lazy<FactPipeline> Splitter = new(() => new FactPipelineBuilder()
        .UseTokenizer(NewsTokenizer.Default)
        .UseSentenceSplitter(NewsSentenceSplitter.Default)
        .Build());

    private static readonly Lazy<FactPipeline> BothPipeline = new(() => PipelineWith(NameRecognizers.Both));

    private static readonly Lazy<FactPipeline> ModelPipeline = new(() => PipelineWith(NameRecognizers.Model));

    private static PerceptronTagger Tagger => LazyTagger.Value;

    [Fact]
    public void The_tiny_tagger_has_learned_its_training_sentences()
    {
        foreach (TaggedSentence sentence in Training.Select(BracketSentence.Parse))
        {
            Assert.Equal(sentence.Tags, Tagger.Predict(sentence.Tokens));
        }
    }

    [Fact]
    public void A_name_that_does_not_start_with_a_capital_is_dropped()
    {
        const string text = "Norvane buys brackets from velkor.";
        AssertProposed(text, "velkor", "ORG");
        AssertProposed(text, "Norvane", "ORG");

        Document document = Both(text);

        AssertKeptFromTagger(document, "Norvane", EntityLabel.Org);
        AssertNothingAt(document, "velkor");
    }

    [Fact]
    public void A_single_word_common_in_lower_case_is_dropped()
    {
        const string common = "Shareholders backed Norvane.";
        const string control = "Dalvern backed Norvane.";
        AssertProposed(common, "Shareholders", "ORG");
        AssertProposed(control, "Dalvern", "ORG");
        Assert.True(Tagger.IsCommonWord("Shareholders"));
        Assert.False(Tagger.IsCommonWord("Dalvern"));

        Document dropped = Both(common), kept = Both(control);

        AssertNothingAt(dropped, "Shareholders");
        AssertKeptFromTagger(dropped, "Norvane", EntityLabel.Org);
        AssertKeptFromTagger(kept, "Dalvern", EntityLabel.Org);
    }

    [Fact]
    public void A_lone_acronym_of_up_to_three_capitals_is_dropped()
    {
        const string shortAcronym = "GS signed with Norvane.";
        const string longAcronym = "KVRA signed with Norvane.";
        AssertProposed(shortAcronym, "GS", "ORG");
        AssertProposed(longAcronym, "KVRA", "ORG");

        AssertNothingAt(Both(shortAcronym), "GS");
        AssertKeptFromTagger(Both(longAcronym), "KVRA", EntityLabel.Org);
    }

    [Fact]
    public void A_hyphenated_single_word_is_dropped()
    {
        const string hyphenated = "Brandt-Holm signed with Norvane.";
        const string joined = "Brandtholm signed with Norvane.";
        AssertProposed(hyphenated, "Brandt-Holm", "ORG");
        AssertProposed(joined, "Brandtholm", "ORG");

        AssertNothingAt(Both(hyphenated), "Brandt-Holm");
        AssertKeptFromTagger(Both(joined), "Brandtholm", EntityLabel.Org);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("a")]
    [InlineData("its")]
    [InlineData("their")]
    public void A_single_word_after_a_determiner_is_dropped(string determiner)
    {
        string text = $"Orders for {determiner} Tiago rose.";
        AssertProposed(text, "Tiago", "ORG");

        AssertNothingAt(Both(text), "Tiago");
    }

    [Fact]
    public void Without_a_determiner_or_with_two_words_after_one_the_name_is_kept()
    {
        const string bare = "Orders for Tiago rose.";
        const string twoWords = "Orders for the Brandor Velm rose.";
        AssertProposed(bare, "Tiago", "ORG");
        AssertProposed(twoWords, "Brandor Velm", "ORG");

        AssertKeptFromTagger(Both(bare), "Tiago", EntityLabel.Org);
        AssertKeptFromTagger(Both(twoWords), "Brandor Velm", EntityLabel.Org);
    }

    [Fact]
    public void A_single_word_place_is_dropped_and_a_two_word_place_kept()
    {
        const string oneWord = "Norvane expanded in Velkora.";
        const string twoWords = "Norvane expanded in Tarvik Falls.";
        AssertProposed(oneWord, "Velkora", "LOC");
        AssertProposed(twoWords, "Tarvik Falls", "LOC");

        Document dropped = Both(oneWord);

        AssertNothingAt(dropped, "Velkora");
        AssertKeptFromTagger(dropped, "Norvane", EntityLabel.Org);
        AssertKeptFromTagger(Both(twoWords), "Tarvik Falls", EntityLabel.Loc);
    }

    // Joined to a model the products lexicon knows, before it or after it, the name is a model's; alone it is kept.
    [Theory]
    [InlineData("Orders for the Ertiga and Ciazor rose.")]
    [InlineData("Ciazor and the Ertiga sold well.")]
    public void A_name_joined_to_a_known_model_is_dropped(string text)
    {
        AssertProposed(text, "Ciazor", "ORG");

        Document dropped = Both(text);

        Assert.Contains(dropped.Entities, e => e.Label == EntityLabel.Product && e.Source == EntitySource.Lexicon && dropped.Slice(e.Span).ToString() == "Ertiga");
        AssertNothingAt(dropped, "Ciazor");
        AssertKeptFromTagger(Both("Ciazor sold well."), "Ciazor", EntityLabel.Org);
    }

    // Between two places, after one ("Lyon, Kelvor and …") and before one ("…, Kelvor and Toulouse").
    [Theory]
    [InlineData("Norvane sells trucks in Lyon, Kelvor and Toulouse.")]
    [InlineData("Norvane sells trucks in Lyon, Kelvor and Dalvern.")]
    [InlineData("Norvane sells trucks to Dalvern, Kelvor and Toulouse.")]
    public void A_single_word_listed_with_places_is_dropped(string text)
    {
        AssertProposed(text, "Kelvor", "ORG");

        Document dropped = Both(text);

        // The places themselves come from the gazetteer.
        Assert.Contains(dropped.Entities, e => e.Label == EntityLabel.Loc && e.Source == EntitySource.Lexicon);
        AssertNothingAt(dropped, "Kelvor");
    }

    [Fact]
    public void A_single_word_listed_with_unknown_names_is_kept()
    {
        const string amongCompanies = "Norvane sells trucks to Dalvern, Kelvor and Brandor.";
        AssertProposed(amongCompanies, "Kelvor", "ORG");

        Document document = Both(amongCompanies);

        AssertKeptFromTagger(document, "Dalvern", EntityLabel.Org);
        AssertKeptFromTagger(document, "Kelvor", EntityLabel.Org);
        AssertKeptFromTagger(document, "Brandor", EntityLabel.Org);
    }

    [Fact]
    public void A_single_word_owning_a_place_is_dropped()
    {
        const string ownsPlace = "Kelvor's Lyon staff grew.";
        const string ownsOther = "Kelvor's Velm staff grew.";
        AssertProposed(ownsPlace, "Kelvor", "ORG");
        AssertProposed(ownsOther, "Kelvor", "ORG");

        Document dropped = Both(ownsPlace);

        Assert.Equal(EntityLabel.Loc, MentionAt(dropped, "Lyon")?.Label);
        AssertNothingAt(dropped, "Kelvor");
        AssertKeptFromTagger(Both(ownsOther), "Kelvor", EntityLabel.Org);
    }

    [Fact]
    public void A_name_before_a_product_noun_is_dropped()
    {
        const string oneWord = "Norvane sold Kestrel vans.";
        const string twoWords = "Norvane sold 40 Tarvik Holm vans.";
        const string otherNoun = "Norvane sold Kestrel engines.";
        const string twoWordControl = "Orders for Tarvik Holm rose.";
        AssertProposed(oneWord, "Kestrel", "ORG");
        AssertProposed(twoWords, "Tarvik Holm", "ORG");
        AssertProposed(otherNoun, "Kestrel", "ORG");
        AssertProposed(twoWordControl, "Tarvik Holm", "ORG");

        AssertNothingAt(Both(oneWord), "Kestrel");
        AssertNothingAt(Both(twoWords), "Tarvik Holm");
        AssertKeptFromTagger(Both(otherNoun), "Kestrel", EntityLabel.Org);
        AssertKeptFromTagger(Both(twoWordControl), "Tarvik Holm", EntityLabel.Org);
    }

    [Fact]
    public void Words_an_earlier_recognizer_read_elsewhere_in_the_document_keep_that_reading()
    {
        const string withTown = "At Velkora, Norvane builds trucks. Velkora hired 200 workers.";
        const string alone = "Velkora hired 200 workers.";
        AssertProposed(withTown, "Velkora", "ORG", occurrence: 2);
        AssertProposed(alone, "Velkora", "ORG");

        Document document = Both(withTown);

        // The name patterns read the first "Velkora" as a town; the tagger's company reading of the second is left out.
        EntityMention town = Assert.IsType<EntityMention>(MentionAt(document, "Velkora"));
        Assert.Equal((EntityLabel.Loc, EntitySource.Pattern), (town.Label, town.Source));
        (int start, int end) = Span(withTown, "Velkora", 2);
        Assert.DoesNotContain(document.Entities, e => e.Source == EntitySource.Model && e.Start < end && e.End > start);
        AssertKeptFromTagger(Both(alone), "Velkora", EntityLabel.Org);
    }

    [Fact]
    public void A_name_joined_to_a_lower_case_word_by_a_hyphen_is_dropped()
    {
        const string compound = "Norvane moved to Tarvik Holm-based offices.";
        const string plain = "Norvane moved to Tarvik Holm offices.";
        AssertProposed(compound, "Tarvik Holm-based", "LOC");
        AssertProposed(plain, "Tarvik Holm", "LOC");

        AssertNothingAt(Both(compound), "Tarvik Holm-based");
        AssertKeptFromTagger(Both(plain), "Tarvik Holm", EntityLabel.Loc);
    }

    [Fact]
    public void Persons_from_the_tagger_are_kept_under_model_and_dropped_under_both()
    {
        const string single = "Keltin joined Norvane.";
        const string full = "Dravo Keltin joined Norvane.";
        AssertProposed(single, "Keltin", "PER");
        AssertProposed(full, "Dravo Keltin", "PER");

        Document both = Both(single), model = ModelOnly(single);

        AssertNothingAt(both, "Keltin");
        AssertKeptFromTagger(both, "Norvane", EntityLabel.Org);
        AssertKeptFromTagger(model, "Keltin", EntityLabel.Person);

        // The two-word name: no person at all under Both; under Model every word of it belongs to a person mention that
        // resolves to the full name.
        Document bothFull = Both(full), modelFull = ModelOnly(full);
        Assert.DoesNotContain(bothFull.Entities, e => e.Label == EntityLabel.Person);
        (int start, int end) = Span(full, "Dravo Keltin");
        var persons = modelFull.Entities.Where(e => e.Label == EntityLabel.Person).ToList();
        Assert.NotEmpty(persons);
        Assert.All(persons, p => Assert.Equal("Dravo Keltin", p.Name));
        Assert.Contains(persons, p => p.Start == start);
        Assert.Contains(persons, p => p.End == end);
    }

    [Fact]
    public void The_tagger_never_overrides_a_lexicon_mention()
    {
        const string otherLabel = "Renault expanded in Velkora.";
        const string longerSpan = "Renault Velm expanded in Velkora.";
        AssertProposed(otherLabel, "Renault", "LOC");
        AssertProposed(longerSpan, "Renault Velm", "ORG");

        foreach (string text in new[] { otherLabel, longerSpan })
        {
            Document document = Both(text);
            EntityMention renault = Assert.IsType<EntityMention>(MentionAt(document, "Renault"));
            Assert.Equal((EntityLabel.Org, EntitySource.Lexicon, "Renault Group"), (renault.Label, renault.Source, renault.Name));
            Assert.DoesNotContain(document.Entities, e => e.Source == EntitySource.Model && e.Start < renault.End && e.End > renault.Start);
        }

        // Under Model the same longer guess stands: the lexicon mention, not the tagger's weakness, is what keeps it out.
        Assert.Contains(ModelOnly(longerSpan).Entities, e => e.Source == EntitySource.Model && e.End == Span(longerSpan, "Renault Velm").End);
    }

    [Theory]
    [InlineData("Tarsin Components won an order. Tarsin said it would hire.", "Tarsin", 2, "LOC", EntityLabel.Org, "Tarsin Components")]
    [InlineData("Tarsin Velm Components won an order. Orders for Tarsin Velm rose.", "Tarsin Velm", 2, "LOC", EntityLabel.Org, "Tarsin Velm Components")]
    [InlineData("Marta Keltin joined Norvane. Orders for Keltin rose.", "Keltin", 2, "ORG", EntityLabel.Person, "Marta Keltin")]
    public void A_short_form_the_document_defines_wins_over_the_tagger_label(string text, string words, int occurrence, string taggerType, EntityLabel label, string name)
    {
        AssertProposed(text, words, taggerType, occurrence);

        Document document = Both(text);

        // One mention over the words, with the document's label and full name.
        (int start, int end) = Span(text, words, occurrence);
        EntityMention mention = Assert.Single(document.Entities, e => e.Start < end && e.End > start);
        Assert.Equal((start, end, label, name), (mention.Start, mention.End, mention.Label, mention.Name));
    }

    [Fact]
    public void A_short_form_found_over_a_tagger_mention_replaces_it()
    {
        const string text = "Tarsin Velm Components won an order. Sales of Tarsin Velm rose.";

        // The tagger takes only "Tarsin" of the second "Tarsin Velm".
        AssertProposed(text, "Tarsin", "ORG", occurrence: 2);
        Assert.DoesNotContain(TaggerSpans(text), s => s.Start == Span(text, "Tarsin Velm", 2).Start && s.End == Span(text, "Tarsin Velm", 2).End);

        Document document = Both(text);

        (int start, int end) = Span(text, "Tarsin Velm", 2);
        EntityMention mention = Assert.Single(document.Entities, e => e.Start < end && e.End > start);
        Assert.Equal((start, end, EntityLabel.Org, "Tarsin Velm Components"), (mention.Start, mention.End, mention.Label, mention.Name));
    }

    private static FactPipeline PipelineWith(NameRecognizers names) => new FactPipelineBuilder()
        .UseTokenizer(NewsTokenizer.Default)
        .UseSentenceSplitter(NewsSentenceSplitter.Default)
        .Add(FactPipelineBuilder.CreateDefaultEntityStage(names, Tagger))
        .Build();

    private static Document Both(string text) => BothPipeline.Value.Extract(text);

    private static Document ModelOnly(string text) => ModelPipeline.Value.Extract(text);

    // The names the tagger alone proposes, sentence by sentence, as character spans of the text.
    private static List<(int Start, int End, string Type)> TaggerSpans(string text)
    {
        Document document = Splitter.Value.Extract(text);
        var spans = new List<(int Start, int End, string Type)>();
        foreach (Sentence sentence in document.Sentences)
        {
            Token[] tokens = document.TokensOf(sentence).ToArray();
            string[] tags = Tagger.Predict(tokens.Select(t => text[t.Start..t.End]).ToArray());
            foreach (var (type, start, end) in ConllEvaluation.Spans(tags))
            {
                spans.Add((tokens[start].Start, tokens[end - 1].End, type));
            }
        }

        return spans;
    }

    // The precondition of every check: the tagger alone proposes exactly these words with this type.
    private static void AssertProposed(string text, string words, string type, int occurrence = 1)
    {
        (int start, int end) = Span(text, words, occurrence);
        Assert.Contains((start, end, type), TaggerSpans(text));
    }

    private static (int Start, int End) Span(string text, string words, int occurrence = 1)
    {
        int at = -1;
        for (int n = 0; n < occurrence; n++)
        {
            at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{words}' occurs fewer than {occurrence} times in '{text}'.");
        }

        return (at, at + words.Length);
    }

    private static EntityMention? MentionAt(Document document, string words, int occurrence = 1)
    {
        (int start, int end) = Span(document.Text, words, occurrence);
        return document.Entities.SingleOrDefault(e => e.Start == start && e.End == end);
    }

    private static void AssertKeptFromTagger(Document document, string words, EntityLabel label)
    {
        EntityMention mention = Assert.IsType<EntityMention>(MentionAt(document, words));
        Assert.Equal((label, EntitySource.Model), (mention.Label, mention.Source));
    }

    private static void AssertNothingAt(Document document, string words)
    {
        (int start, int end) = Span(document.Text, words);
        Assert.DoesNotContain(document.Entities, e => e.Start < end && e.End > start);
    }
}

/// <summary>Training sentences written as "[ORG Tarvik Holm] hired [PER Anna Keller] ." (tokens separated by spaces).</summary>
internal static class BracketSentence
{
    public static TaggedSentence Parse(string marked)
    {
        var words = new List<string>();
        var tags = new List<string>();
        string? type = null;
        bool first = false;
        foreach (string raw in marked.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.StartsWith('[') && type is null)
            {
                type = raw[1..];
                first = true;
                continue;
            }

            string word = raw;
            bool close = type is not null && word.Length > 1 && word.EndsWith(']');
            if (close)
            {
                word = word[..^1];
            }

            words.Add(word);
            tags.Add(type is null ? "O" : (first ? "B-" : "I-") + type);
            first = false;
            if (close)
            {
                type = null;
            }
        }

        if (type is not null)
        {
            throw new FormatException($"Unclosed bracket in '{marked}'.");
        }

        return new TaggedSentence([.. words], [.. tags]);
    }
}
