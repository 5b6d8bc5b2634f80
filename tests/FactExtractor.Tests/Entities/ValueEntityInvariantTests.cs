using System;
using System.Collections.Generic;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Entities.Values;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;
using static FactExtractor.Tests.Entities.ValueEntityTestHelpers;

namespace FactExtractor.Tests.Entities;

/// <summary>Properties every value mention keeps, and how the entity stage resolves overlapping candidates.</summary>
public class ValueEntityInvariantTests
{
    public static TheoryData<string> Texts => new()
    {
        "Nissan will invest €600 million in Ampere, which aims to sell 1 million EVs by 2031.",
        "On November 1st, Ampere said sales rose 35% to 1.2 million vehicles, the third rise since 2021.",
        "The bill will be $1-2 billion, and the first plant, with 11 000 people, opens in the third quarter of 2024.",
        "Hyundai will invest 300 billion won in four industrial facilities next year. Kim won three races last week.",
        "Tata pledged Rs 5,000 crore on Monday; margins rose 3.5 percentage points to 12.5 percent in FY2024.",
        "The Model 3 and the Peugeot 208 sold 2,023 units in late 2023, up ten percent from 2022-26 plans.",
        "Costs will fall 10-15% by the end of 2026, yesterday's report said, after a 2.3 rise in Q3 2024.",
        "🚗 Tesla’s sales rose 35% on Monday.",
        "Sales rose 35%.\r\nProfit fell 2% in May.\r\nThe firm had 300 staff in 2019 and 5 sites.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_value_mention_slices_the_text_to_its_name(string text)
    {
        Document document = Extract(text);

        Assert.NotEmpty(document.Entities);
        Assert.All(document.Entities, m =>
        {
            Assert.InRange(m.Start, 0, text.Length);
            Assert.InRange(m.End, m.Start + 1, text.Length);
            Assert.Equal(m.Name, text[m.Start..m.End]);
        });
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Mentions_come_in_text_order_and_do_not_overlap(string text)
    {
        Document document = Extract(text);

        for (int i = 1; i < document.Entities.Length; i++)
        {
            Assert.True(document.Entities[i - 1].End <= document.Entities[i].Start,
                $"{Render(document, document.Entities[i - 1])} and {Render(document, document.Entities[i])} are out of order or overlap.");
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Mentions_are_confident_patterns_with_a_value_of_their_label(string text)
    {
        Document document = Extract(text);

        Assert.All(document.Entities, m =>
        {
            Assert.InRange(m.Confidence, 0.0, 1.0);
            Assert.Equal(EntitySource.Pattern, m.Source);
            Assert.Null(m.Entry);
            Type expected = m.Label switch
            {
                EntityLabel.Money => typeof(MoneyValue),
                EntityLabel.Date => typeof(DateValue),
                EntityLabel.Percent => typeof(PercentValue),
                EntityLabel.Quantity => typeof(QuantityValue),
                EntityLabel.Cardinal or EntityLabel.Ordinal => typeof(NumberValue),
                _ => throw new InvalidOperationException($"Unexpected label {m.Label}."),
            };
            Assert.IsType(expected, m.Value);
        });
    }

    [Fact]
    public void A_mixed_sentence_yields_every_kind_in_order()
    {
        Assert.Equal(
            "DATE:November 1st=2023-11-01 | PERCENT:35%=35 | QUANTITY:1.2 million vehicles=1200000 vehicles | ORDINAL:third=3 | DATE:2021=2021",
            Render("On November 1st, Ampere said sales rose 35% to 1.2 million vehicles, the third rise since 2021."));
    }

    [Fact]
    public void A_second_sentence_is_resolved_by_its_own_tense()
    {
        Assert.Equal(
            "DATE:March=2023-03 | DATE:March=2024-03",
            Render("Sales slumped in March. They will recover in March."));
    }

    [Fact]
    public void Money_wins_over_the_cardinal_inside_it()
    {
        const string text = "Nissan will invest €600 million in the venture.";
        FactPipeline numbersOnly = new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default)
            .Add(new EntityRecognitionStage([new NumberRecognizer()], resolver: null))
            .Build();

        Assert.Equal("CARDINAL:600 million=600000000", Render(numbersOnly.Extract(text, published: Published)));
        Assert.Equal("MONEY:€600 million=600000000 EUR", Render(text));
    }

    [Fact]
    public void A_date_wins_over_the_ordinal_inside_it()
    {
        const string text = "Margins fell in the third quarter of 2024.";
        FactPipeline numbersOnly = new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default)
            .Add(new EntityRecognitionStage([new NumberRecognizer()], resolver: null))
            .Build();

        Assert.Equal("ORDINAL:third=3", Render(numbersOnly.Extract(text, published: Published)));
        Assert.Equal("DATE:the third quarter of 2024=2024-Q3", Render(text));
    }

    [Fact]
    public void The_longest_candidate_wins_even_from_a_later_recognizer()
    {
        var candidates = new List<EntityRecognitionStage.Candidate>
        {
            new(Mention(0, 4, EntityLabel.Cardinal), 0),
            new(Mention(0, 10, EntityLabel.Money), 1),
            new(Mention(6, 12, EntityLabel.Date), 0),
        };

        List<EntityMention> kept = EntityRecognitionStage.ResolveOverlaps(candidates, 20);

        EntityMention only = Assert.Single(kept);
        Assert.Equal(EntityLabel.Money, only.Label);
    }

    [Fact]
    public void Between_equally_long_overlapping_candidates_the_earliest_wins()
    {
        var candidates = new List<EntityRecognitionStage.Candidate>
        {
            new(Mention(3, 9, EntityLabel.Date), 0),
            new(Mention(1, 7, EntityLabel.Quantity), 1),
        };

        List<EntityMention> kept = EntityRecognitionStage.ResolveOverlaps(candidates, 20);

        EntityMention only = Assert.Single(kept);
        Assert.Equal(EntityLabel.Quantity, only.Label);
        Assert.Equal(1, only.Start);
    }

    [Fact]
    public void On_equal_spans_the_earlier_recognizer_wins_then_the_more_confident()
    {
        var byPriority = new List<EntityRecognitionStage.Candidate>
        {
            new(Mention(2, 8, EntityLabel.Cardinal, 0.99), 4),
            new(Mention(2, 8, EntityLabel.Percent, 0.5), 1),
        };
        var byConfidence = new List<EntityRecognitionStage.Candidate>
        {
            new(Mention(2, 8, EntityLabel.Cardinal, 0.6), 2),
            new(Mention(2, 8, EntityLabel.Ordinal, 0.9), 2),
        };

        Assert.Equal(EntityLabel.Percent, Assert.Single(EntityRecognitionStage.ResolveOverlaps(byPriority, 10)).Label);
        Assert.Equal(EntityLabel.Ordinal, Assert.Single(EntityRecognitionStage.ResolveOverlaps(byConfidence, 10)).Label);
    }

    [Fact]
    public void Disjoint_and_adjacent_candidates_are_all_kept_in_text_order()
    {
        var candidates = new List<EntityRecognitionStage.Candidate>
        {
            new(Mention(10, 14, EntityLabel.Date), 2),
            new(Mention(0, 5, EntityLabel.Money), 0),
            new(Mention(5, 8, EntityLabel.Cardinal), 4),
        };

        List<EntityMention> kept = EntityRecognitionStage.ResolveOverlaps(candidates, 20);

        Assert.Equal([0, 5, 10], kept.Select(m => m.Start));
    }

    [Fact]
    public void Through_the_stage_an_earlier_recognizer_wins_an_equal_span()
    {
        const string text = "Acme rose.";
        var first = new FixedRecognizer(new EntityMention(0, 4, EntityLabel.Org, "Acme", 0.5, EntitySource.Lexicon));
        var second = new FixedRecognizer(new EntityMention(0, 4, EntityLabel.Product, "Acme", 0.9, EntitySource.Model));

        Document forward = Run(text, first, second);
        Document backward = Run(text, second, first);

        Assert.Equal(EntityLabel.Org, Assert.Single(forward.Entities).Label);
        Assert.Equal(EntityLabel.Product, Assert.Single(backward.Entities).Label);
    }

    [Fact]
    public void Through_the_stage_a_longer_span_beats_an_earlier_recognizer()
    {
        const string text = "Acme Motors rose.";
        var shortOne = new FixedRecognizer(new EntityMention(0, 4, EntityLabel.Org, "Acme", 1.0, EntitySource.Lexicon));
        var longOne = new FixedRecognizer(new EntityMention(0, 11, EntityLabel.Org, "Acme Motors", 0.1, EntitySource.Pattern));

        Document document = Run(text, shortOne, longOne);

        Assert.Equal("Acme Motors", Assert.Single(document.Entities).Name);
    }

    private static Document Run(string text, params IEntityRecognizer[] recognizers) =>
        new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default)
            .Add(new EntityRecognitionStage(recognizers, resolver: null))
            .Build()
            .Extract(text);

    private static EntityMention Mention(int start, int end, EntityLabel label, double confidence = 0.9) =>
        new(start, end, label, new string('x', end - start), confidence, EntitySource.Pattern);

    private sealed class FixedRecognizer(EntityMention mention) : IEntityRecognizer
    {
        public string Name => "fixed";

        public DocumentLayers Requires => DocumentLayers.Tokens;

        public void Recognize(Document document, ICollection<EntityMention> output) => output.Add(mention);
    }
}
