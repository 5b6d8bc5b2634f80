using System;
using System.Globalization;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Entities.Values;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Entities;

/// <summary>
/// Runs the value recognizers (money, percent, date, quantity, number) without lexicons and renders the mentions of a
/// text compactly — <c>LABEL:surface=value</c>, joined by " | " — so that table-driven tests compare one string.
/// </summary>
internal static class ValueEntityTestHelpers
{
    /// <summary>The publication date the tests resolve relative dates against: Wednesday 8 November 2023.</summary>
    public static readonly DateOnly Published = new(2023, 11, 8);

    private static readonly Lazy<FactPipeline> LazyPipeline = new(() => new FactPipelineBuilder()
        .UseTokenizer(NewsTokenizer.Default)
        .UseSentenceSplitter(NewsSentenceSplitter.Default)
        .Add(CreateStage())
        .Build());

    /// <summary>A pipeline with the five value recognizers in their default precedence order and no resolver.</summary>
    public static FactPipeline Pipeline => LazyPipeline.Value;

    /// <summary>The entity stage with the value recognizers only.</summary>
    public static EntityRecognitionStage CreateStage() => new(
        [new MoneyRecognizer(), new PercentRecognizer(), new DateRecognizer(), new QuantityRecognizer(), new NumberRecognizer()],
        resolver: null);

    /// <summary>Analyses <paramref name="text"/> as published on <see cref="Published"/>.</summary>
    public static Document Extract(string text) => Pipeline.Extract(text, published: Published);

    /// <summary>Analyses <paramref name="text"/> with the given publication date (or none).</summary>
    public static Document Extract(string text, DateOnly? published) => Pipeline.Extract(text, published: published);

    /// <summary>The mentions of <paramref name="text"/>, published on <see cref="Published"/>, rendered.</summary>
    public static string Render(string text) => Render(Extract(text));

    /// <summary>The contract names of the labels found in <paramref name="text"/>, published on <see cref="Published"/>.</summary>
    public static string[] Labels(string text) => [.. Extract(text).Entities.Select(m => EntityLabels.ToName(m.Label))];

    /// <summary>The mentions of <paramref name="text"/> without a publication date, rendered.</summary>
    public static string RenderUndated(string text) => Render(Extract(text, published: null));

    /// <summary>The mentions of a document, rendered as <c>LABEL:surface=value</c> and joined by " | ".</summary>
    public static string Render(Document document) =>
        string.Join(" | ", document.Entities.Select(m => Render(document, m)));

    /// <summary>One mention rendered as <c>LABEL:surface=value</c>.</summary>
    public static string Render(Document document, EntityMention mention) =>
        $"{EntityLabels.ToName(mention.Label)}:{document.Slice(mention.Span)}={RenderValue(mention.Value)}";

    /// <summary>A value rendered: money as "amount CUR" or "low-high CUR", quantities as "value unit", dates as ISO or "null".</summary>
    public static string RenderValue(EntityValue? value) => value switch
    {
        null => "null",
        MoneyValue { Low: { } low, High: { } high } money => $"{Format(low)}-{Format(high)} {money.Currency}",
        MoneyValue money => $"{Format(money.Amount)} {money.Currency}",
        DateValue date => date.Iso ?? "null",
        PercentValue percent => Format(percent.Value),
        QuantityValue quantity => $"{Format(quantity.Value)} {quantity.Unit}",
        NumberValue number => Format(number.Value),
        _ => value.ToString() ?? "?",
    };

    /// <summary>A decimal in invariant form without trailing zeros (4330000000.00 → "4330000000").</summary>
    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
