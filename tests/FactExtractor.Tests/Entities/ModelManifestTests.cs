using System;
using System.IO;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Entities.Lexicons;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Tests.Entities;

/// <summary>The model manifest describes exactly the files in models/, and the embedded copies load.</summary>
public class ModelManifestTests
{
    private static readonly string Models = Path.Combine(TestPaths.RepositoryRoot, "models");

    private static JArray Entries => (JArray)JObject.Parse(File.ReadAllText(Path.Combine(Models, "manifest.json")))["models"]!;

    [Fact]
    public void Every_model_file_is_in_the_manifest_with_its_entry_count_version_source_and_licence()
    {
        string[] files = Directory.GetFiles(Path.Combine(Models, "lexicons"))
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => "lexicons/" + Path.GetFileName(f))
            .Concat(Directory.GetFiles(Path.Combine(Models, "ner")).Select(f => "ner/" + Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(files, Entries.Select(e => (string)e["file"]!).Order(StringComparer.Ordinal));
        foreach (JToken entry in Entries.Where(e => (string?)e["kind"] != "statistical-model"))
        {
            string path = Path.Combine(Models, (string)entry["file"]!);
            int lines = File.ReadLines(path).Count(l => l.Trim().Length > 0 && !l.StartsWith('#'));
            Assert.Equal(lines, (int)entry["entries"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)entry["version"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)entry["source"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)entry["licence"]));
        }
    }

    [Fact]
    public void The_embedded_lexicons_load_with_the_manifest_counts()
    {
        int Count(string name) => (int)Entries.Single(e => (string?)e["name"] == name)["entries"]!;

        Assert.Equal(Count("organizations"), BuiltInLexicons.Organizations.Entries.Length);
        Assert.Equal(Count("products"), BuiltInLexicons.Products.Entries.Length);
        Assert.Equal(Count("places"), BuiltInLexicons.Places.Entries.Length);
        Assert.Equal(Count("first-names"), BuiltInLexicons.FirstNames.Length);
        Assert.Equal(Count("job-titles"), BuiltInLexicons.JobTitles.Length);
        Assert.Equal(Count("speech-verbs"), BuiltInLexicons.SpeechVerbs.Length);
        Assert.All(BuiltInLexicons.Organizations.Entries, e => Assert.Equal(EntityLabel.Org, e.Label));
        Assert.All(BuiltInLexicons.Products.Entries, e => Assert.Equal(EntityLabel.Product, e.Label));
        Assert.All(BuiltInLexicons.Places.Entries, e => Assert.Equal(EntityLabel.Loc, e.Label));
    }

    [Fact]
    public void No_organisation_or_product_is_listed_twice()
    {
        // A second line for a name would be silently shadowed by the first: its aliases and attributes would be lost.
        Assert.Empty(BuiltInLexicons.Organizations.Entries.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(BuiltInLexicons.Products.Entries.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Brands_name_a_parent_that_the_lexicon_lists()
    {
        var names = BuiltInLexicons.Organizations.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(BuiltInLexicons.Organizations.Entries.Where(e => e.Attributes.ContainsKey("parent")),
            e => Assert.Contains(e.Attributes["parent"], names));
        Assert.Equal("Renault Group", BuiltInLexicons.Organizations.Entries.Single(e => e.Name == "Dacia").Parent);
        Assert.Equal("Volkswagen Group", BuiltInLexicons.Organizations.Entries.Single(e => e.Name == "Škoda").Parent);
    }

    [Fact]
    public void The_embedded_statistical_model_loads_is_small_and_tags_names()
    {
        var entry = Entries.Single(e => (string?)e["kind"] == "statistical-model");
        Assert.True(new FileInfo(Path.Combine(Models, (string)entry["file"]!)).Length < 20 * 1024 * 1024);

        string[] tags = FactExtractor.Entities.Statistical.StatisticalModels.Default.Predict(["Angela", "Merkel", "visited", "Paris", "."]);

        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void The_credits_for_third_party_data_ship_beside_the_models()
    {
        string notices = File.ReadAllText(Path.Combine(Models, "THIRD-PARTY-NOTICES"));

        Assert.Contains("GeoNames", notices, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", notices, StringComparison.Ordinal);
    }
}
