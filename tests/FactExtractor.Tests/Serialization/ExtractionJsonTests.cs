using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactExtractor.Entities;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;
using FactExtractor.Text;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace FactExtractor.Tests.Serialization;

public class ExtractionJsonTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(TestPaths.RepositoryRoot, "schemas", "extraction-result.schema.json")));

    [Fact]
    public async Task A_document_line_follows_the_contract_and_the_schema()
    {
        const string text = "Headline\n\nNissan will invest €600 million.";
        Document document = FactPipeline.Default.Extract(text, "doc-1", new DateOnly(2023, 11, 8));

        string line = ExtractionJson.ToJsonLine(ExtractionResult.Success(document));

        Assert.DoesNotContain('\n', line);
        JObject json = JObject.Parse(line);
        Assert.Equal(["id", "published", "title", "url", "error", "sentences", "entities", "facts"], json.Properties().Select(p => p.Name));
        Assert.Equal("doc-1", (string?)json["id"]);
        Assert.Equal("2023-11-08", (string?)json["published"]);
        Assert.Equal(JTokenType.Null, json["error"]!.Type);
        var sentences = (JArray)json["sentences"]!;
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Headline", text[(int)sentences[0]["start"]!..(int)sentences[0]["end"]!]);
        Assert.Equal("Nissan will invest €600 million.", text[(int)sentences[1]["start"]!..(int)sentences[1]["end"]!]);
        var entities = (JArray)json["entities"]!;
        JToken money = Assert.Single(entities, e => (string?)e["label"] == "MONEY");
        Assert.Equal("€600 million", (string?)money["text"]);
        Assert.Equal("€600 million", text[(int)money["start"]!..(int)money["end"]!]);
        Assert.Equal(600_000_000m, (decimal)money["value"]!["amount"]!);
        Assert.Equal("EUR", (string?)money["value"]!["currency"]);
        Assert.Equal("pattern", (string?)money["source"]);
        JToken investment = Assert.Single((JArray)json["facts"]!);
        Assert.Equal("investment", (string?)investment["type"]);
        Assert.Equal("Nissan", (string?)investment["investors"]![0]!["name"]);
        Assert.Equal("ORG", (string?)investment["investors"]![0]!["label"]);
        Assert.Equal(600_000_000m, (decimal)investment["amount"]!["value"]!);
        Assert.Equal("planned", (string?)investment["status"]);
        Assert.Equal("Nissan will invest €600 million.", (string?)investment["evidence"]!["text"]);
        Assert.InRange((double)investment["confidence"]!, 0.0, 1.0);
        Assert.StartsWith("investment.", (string?)investment["rule"], StringComparison.Ordinal);
        Assert.Empty((await Schema.Value).Validate(line));
    }

    [Fact]
    public async Task An_error_line_keeps_nulls_and_empty_layers()
    {
        ExtractionResult failure = ExtractionResult.Failure("broken", null, ExtractionErrorCodes.InvalidEncoding, "bad byte");

        string line = ExtractionJson.ToJsonLine(failure);

        Assert.Equal(
            "{\"id\":\"broken\",\"published\":null,\"title\":null,\"url\":null,\"error\":{\"code\":\"invalid-encoding\",\"message\":\"bad byte\"},\"sentences\":[],\"entities\":[],\"facts\":[]}",
            line);
        Assert.Empty((await Schema.Value).Validate(line));
    }

    [Fact]
    public async Task Title_and_url_of_the_input_are_carried_into_the_line()
    {
        var input = new DocumentInput("Nissan will invest €600 million.", "feed-7") { Title = "Nissan \"doubles\" down", Url = "https://example.test/a?b=1&c=2" };

        string ok = ExtractionJson.ToJsonLine(FactPipeline.Default.TryExtract(input));
        string failed = ExtractionJson.ToJsonLine(FactPipeline.Default.TryExtract(input with { Text = "  " }));

        foreach (string line in new[] { ok, failed })
        {
            JObject json = JObject.Parse(line);
            Assert.Equal("Nissan \"doubles\" down", (string?)json["title"]);
            Assert.Equal("https://example.test/a?b=1&c=2", (string?)json["url"]);
            Assert.Empty((await Schema.Value).Validate(line));
        }

        Assert.Equal("empty-document", (string?)JObject.Parse(failed)["error"]!["code"]);
    }

    [Fact]
    public async Task Entities_are_written_with_label_offsets_value_and_source()
    {
        const string text = "Nissan pays €600 million.";
        var mentions = new[]
        {
            new EntityMention(0, 6, EntityLabel.Org, "Nissan Motor", 0.9, EntitySource.Lexicon),
            new EntityMention(12, 24, EntityLabel.Money, "€600 million", 0.97, EntitySource.Pattern, new TestMoney(600_000_000m, "EUR")),
        };
        var document = new Document(text, "e", null, entities: [.. mentions]);

        string line = ExtractionJson.ToJsonLine(ExtractionResult.Success(document));

        JObject json = JObject.Parse(line);
        var entities = (JArray)json["entities"]!;
        Assert.Equal("Nissan", (string?)entities[0]["text"]);
        Assert.Equal("ORG", (string?)entities[0]["label"]);
        Assert.Equal("Nissan Motor", (string?)entities[0]["name"]);
        Assert.Equal("lexicon", (string?)entities[0]["source"]);
        Assert.Equal(JTokenType.Null, entities[0]["value"]!.Type);
        Assert.Equal("MONEY", (string?)entities[1]["label"]);
        Assert.Equal(600_000_000m, (decimal)entities[1]["value"]!["amount"]!);
        Assert.Equal("EUR", (string?)entities[1]["value"]!["currency"]);
        Assert.Equal(12, (int)entities[1]["start"]!);
        Assert.Equal(24, (int)entities[1]["end"]!);
        Assert.Empty((await Schema.Value).Validate(line));
    }

    [Fact]
    public async Task Every_sample_article_line_with_all_four_fact_types_validates_against_the_schema()
    {
        JsonSchema schema = await Schema.Value;
        var types = new System.Collections.Generic.HashSet<string>();
        foreach (string file in Directory.GetFiles(TestPaths.SampleArticles, "*.txt"))
        {
            Document document = FactPipeline.Default.Extract(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file), new DateOnly(2024, 11, 6));
            string line = ExtractionJson.ToJsonLine(ExtractionResult.Success(document));
            var errors = schema.Validate(line);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => e.ToString()))}");
            foreach (JToken fact in (JArray)JObject.Parse(line)["facts"]!)
            {
                types.Add((string)fact["type"]!);
            }
        }

        Assert.Equal(["investment", "productionAgreement", "quote", "siteList"], types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_label_has_a_contract_name()
    {
        foreach (EntityLabel label in Enum.GetValues<EntityLabel>())
        {
            string name = ExtractionJson.LabelName(label);
            Assert.Equal(name.ToUpperInvariant(), name);
        }
    }

    private sealed record TestMoney(decimal Amount, string Currency) : EntityValue;
}
