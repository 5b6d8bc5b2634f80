using System;
using FactExtractor.Pipeline;

namespace FactExtractor.Tests.Batch.Outputs;

/// <summary>Real pipeline results for the output tests, and a temporary folder that is deleted afterwards.</summary>
internal static class OutputTestData
{
    public const string Investment = "Nissan will invest €600 million in Ampere.";

    public const string Quote = "“We expect the first orders before Christmas,” said Anna Keller, chief executive of Kestrel Batteries GmbH.";

    public const string Production = "Nissan will build its next compact EV in Renault's Douai plant.";

    public const string Sites = "Hyundai Motor Group opened a plant. Kia will build cars there. After the opening, the group now has three US assembly plants: Hyundai's factory in Montgomery, Kia's plant in West Point, and Ellabell.";

    public static ExtractionResult Extract(string text, string? id) => FactPipeline.Default.TryExtract(new DocumentInput(text, id, new DateOnly(2023, 11, 8)) { Title = "A title", Url = "https://example.com/a" });

    public static ExtractionResult Error(string? id) =>
        ExtractionResult.Failure(id, null, ExtractionErrorCodes.EmptyDocument, "The document has no text.");
}
