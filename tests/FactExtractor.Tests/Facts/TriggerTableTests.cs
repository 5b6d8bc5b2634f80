using System;
using System.Linq;
using FactExtractor.Facts;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using Xunit;

namespace FactExtractor.Tests.Facts;

/// <summary>The per-sentence trigger table the extractors skip absent scans with.</summary>
public sealed class TriggerTableTests
{
    private static readonly TriggerTable Table = new(
        (new SpanLookup(["builds", "assembles"]), 1u),
        (new SpanLookup(["order", "builds"]), 2u),
        (new SpanLookup(["stake"]), 4u));

    [Theory]
    [InlineData("Kelvar builds vans for Orvex.", 3u)]
    [InlineData("Kelvar assembles vans. Orvex placed an order.", 1u)]
    [InlineData("Kelvar took a stake in Orvex.", 4u)]
    [InlineData("Kelvar reported higher revenue.", 0u)]
    public void A_sentences_classes_are_the_lists_its_words_belong_to(string text, uint firstSentenceClasses)
    {
        SentenceView first = SentenceView.All(FactPipeline.Default.Extract(text)).First();
        Assert.Equal(firstSentenceClasses, Table.ClassesOf(first));
    }

    [Fact]
    public void Words_are_compared_exactly() =>
        Assert.Equal(0u, Table.ClassesOf(SentenceView.All(FactPipeline.Default.Extract("BUILDS, Stake and Order.")).First()));

    [Fact]
    public void A_case_blind_list_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new TriggerTable((new SpanLookup(["further"], ignoreCase: true), 1u)));
}
