// The README's example, kept compiling: analyse one text and print its sentences, tokens and facts.
using System;
using System.Linq;
using FactExtractor.Facts;
using FactExtractor.Facts.Investments;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;
using FactExtractor.Text;
using FactExtractor.Tokenization;

FactPipeline pipeline = FactPipeline.CreateDefault();   // build once, share across threads
Document doc = pipeline.Extract(
    "Nissan will invest €600 million in Ampere. “We are ready,” said Mr. Tanaka.",
    id: "example",
    published: new DateOnly(2023, 11, 8));

foreach (Sentence sentence in doc.Sentences)
{
    Console.WriteLine($"[{sentence.Start}, {sentence.End}) {doc.Slice(sentence.Span)}");
    foreach (Token token in doc.TokensOf(sentence))
    {
        Console.WriteLine($"    {token.Kind,-12} {doc.Slice(token)}");
    }
}

foreach (Fact fact in doc.Facts)
{
    Console.WriteLine($"{fact.Type} ({fact.Confidence:0.00}, {fact.Rule}): {doc.Slice(fact.Evidence)}");
}

if (doc.Facts.OfType<InvestmentFact>().FirstOrDefault() is { } investment)
{
    Console.WriteLine($"{investment.Investors[0].Name} → {investment.Investee?.Name}: {investment.Amount?.Value} {investment.Amount?.Currency}");
}

Console.WriteLine(ExtractionJson.ToJsonLine(ExtractionResult.Success(doc)));
