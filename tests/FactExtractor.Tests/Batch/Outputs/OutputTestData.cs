using System;
using System.IO;
using FactExtractor.Pipeline;
using Microsoft.Data.Sqlite;

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

/// <summary>A fresh folder under the temporary folder, deleted with everything in it on disposal.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factx-outputs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // Pooled connections would keep the database files open, and the folder could not be deleted.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
