using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;
using static FactExtractor.Tests.Batch.Inputs.InputTestHelpers;

namespace FactExtractor.Tests.Batch.Inputs;

public class InputReaderFormatTests
{
    [Fact]
    public async Task TextFileIsOneDocumentWithTheFileNameAsId()
    {
        using var folder = new TempFolder();
        string path = folder.Write("ampere-launch.txt", "Renault invests.");

        BatchInput record = Assert.Single(await ReadAsync([path], new InputOptions { DefaultPublished = new DateOnly(2023, 11, 8) }));

        Assert.Equal("Renault invests.", record.Document!.Text);
        Assert.Equal("ampere-launch", record.Id);
        Assert.Equal(new DateOnly(2023, 11, 8), record.Published);
    }

    [Fact]
    public async Task JsonLinesWithCustomFieldNames()
    {
        using var folder = new TempFolder();
        string path = folder.Write("news.jsonl", """
            {"key":"a1","headline":"First","article":"Text one.","date":"2023-11-08T23:30:00-05:00","link":"https://x/1"}

            {"key":7,"article":"","body2":"Fallback text."}
            {"article":"No id here."}
            """);
        var fields = new JsonFieldNames { Id = "key", Title = "headline", Text = ["article", "body2"], Published = "date", Url = "link" };

        List<BatchInput> records = await ReadAsync([path], new InputOptions { Fields = fields });

        Assert.Equal(3, records.Count);
        Assert.Equal(("a1", "Text one.", "First", "https://x/1"), (records[0].Id, records[0].Document!.Text, records[0].Title, records[0].Url));
        Assert.Equal(new DateOnly(2023, 11, 8), records[0].Published);
        Assert.Equal(("7", "Fallback text."), (records[1].Id, records[1].Document!.Text));
        Assert.Equal("news:4", records[2].Id);
    }

    [Theory]
    [InlineData("\"2023-11-08\"", 2023, 11, 8)]
    [InlineData("\"2023-11-08T01:00:00+09:00\"", 2023, 11, 8)]
    [InlineData("\"08/11/2023\"", 2000, 1, 1)]
    [InlineData("\"2023-11-08garbage\"", 2000, 1, 1)]
    [InlineData("20231108", 2000, 1, 1)]
    public async Task JsonLinesPublishedIsTheWrittenIsoDateElseTheDefault(string value, int year, int month, int day)
    {
        using var folder = new TempFolder();
        string path = folder.Write("d.jsonl", "{\"text\":\"t\",\"published\":" + value + "}");

        BatchInput record = Assert.Single(await ReadAsync([path], new InputOptions { DefaultPublished = new DateOnly(2000, 1, 1) }));

        Assert.Equal(new DateOnly(year, month, day), record.Published);
        Assert.NotNull(record.Document);
    }

    [Fact]
    public async Task JsonLinesTextFieldHoldingHtmlIsReducedToText()
    {
        using var folder = new TempFolder();
        string path = folder.Write("h.jsonl", """{"text":"<p>One &amp; two.</p><script>x()</script><p>Three.</p>"}""");

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal("One & two.\n\nThree.", record.Document!.Text);
    }

    [Fact]
    public async Task RssItemsUseFullContentElseDescription()
    {
        using var folder = new TempFolder();
        string path = folder.Write("motor.rss", Rss);

        List<BatchInput> records = await ReadAsync([path]);

        Assert.Equal(3, records.Count);
        Assert.Equal("Renault & Nissan will invest €600 million.\n\nSecond paragraph.", records[0].Document!.Text);
        Assert.Equal(("ampere-1", "Ampere expands", "https://example.com/ampere"), (records[0].Id, records[0].Title, records[0].Url));
        Assert.Equal(new DateOnly(2023, 11, 8), records[0].Published);
        Assert.Equal("Only a description here.", records[1].Document!.Text);
        Assert.Equal("https://example.com/summary", records[1].Id);
        Assert.Equal(ExtractionErrorCodes.NoText, records[2].Error!.Code);
        Assert.Equal(("https://example.com/empty", "Empty"), (records[2].Id, records[2].Title));
    }

    [Fact]
    public async Task AtomEntriesUseContentAndTheWrittenDate()
    {
        using var folder = new TempFolder();
        string path = folder.Write("news.atom", Atom);

        List<BatchInput> records = await ReadAsync([path]);

        Assert.Equal(2, records.Count);
        Assert.Equal("Full atom content.", records[0].Document!.Text);
        Assert.Equal(("urn:entry:1", "Atom entry", "https://example.com/atom1"), (records[0].Id, records[0].Title, records[0].Url));
        Assert.Equal(new DateOnly(2023, 11, 9), records[0].Published);
        Assert.Equal("Summary of the second entry.", records[1].Document!.Text);
        Assert.Equal("news#2", records[1].Id);
    }

    [Fact]
    public async Task HtmlPageGivesArticleTextAndMetadata()
    {
        using var folder = new TempFolder();
        string path = folder.Write("page.html", Html);

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal("The headline\n\nRenault & Nissan said \u201Cyes\u201D. It was agreed.\n\nFirst item\n\nSecond item", record.Document!.Text);
        Assert.Equal(("page", "OG title", "https://example.com/page"), (record.Id, record.Title, record.Url));
        Assert.Equal(new DateOnly(2023, 11, 8), record.Published);
    }

    public static TheoryData<string, string, int, string> GzipCases => new()
    {
        { "a.txt.gz", "Plain text.", 1, "a" },
        { "b.jsonl.gz", "{\"text\":\"one\"}\n{\"text\":\"two\"}\n", 2, "b:1" },
        { "c.rss.gz", Rss, 3, "ampere-1" },
        { "d.atom.gz", Atom, 2, "urn:entry:1" },
        { "e.html.gz", Html, 1, "e" },
        { "f.data", "{\"text\":\"gzip found by magic bytes\"}", 1, "f:1" },
    };

    [Theory]
    [MemberData(nameof(GzipCases))]
    public async Task GzipOfEachFormatIsRead(string fileName, string content, int expectedRecords, string firstId)
    {
        using var folder = new TempFolder();
        string path = folder.Write(fileName, Gzip(content));

        List<BatchInput> records = await ReadAsync([path]);

        Assert.Equal(expectedRecords, records.Count);
        Assert.NotNull(records[0].Document);
        Assert.Equal(firstId, records[0].Id);
    }

    public static TheoryData<string, bool, int, string> StdinCases => new()
    {
        { "Just some text.", false, 1, "Just some text." },
        { "{\"text\":\"from a line\"}\n{\"text\":\"second\"}", false, 2, "from a line" },
        { Rss, false, 3, "Renault & Nissan will invest €600 million.\n\nSecond paragraph." },
        { Atom, false, 2, "Full atom content." },
        { Html, false, 1, "The headline\n\nRenault & Nissan said \u201Cyes\u201D. It was agreed.\n\nFirst item\n\nSecond item" },
        { "{\"text\":\"compressed line\"}", true, 1, "compressed line" },
        { Rss, true, 3, "Renault & Nissan will invest €600 million.\n\nSecond paragraph." },
        { Html, true, 1, "The headline\n\nRenault & Nissan said \u201Cyes\u201D. It was agreed.\n\nFirst item\n\nSecond item" },
    };

    [Theory]
    [MemberData(nameof(StdinCases))]
    public async Task StdinFormatIsSniffedWithoutLosingBytes(string content, bool gzip, int expectedRecords, string firstText)
    {
        byte[] bytes = gzip ? Gzip(content) : Encoding.UTF8.GetBytes(content);

        List<BatchInput> records = await ReadAsync(["-"], stdin: Stdin(bytes));

        Assert.Equal(expectedRecords, records.Count);
        Assert.Equal(firstText, records[0].Document!.Text);
    }

    [Fact]
    public async Task ForcedFormatOverridesExtensionAndContent()
    {
        using var folder = new TempFolder();
        string path = folder.Write("lines.txt", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");

        List<BatchInput> asLines = await ReadAsync([path], new InputOptions { Format = InputFormat.JsonLines });
        List<BatchInput> asText = await ReadAsync(["-"], new InputOptions { Format = InputFormat.Text }, Stdin(Encoding.UTF8.GetBytes("{\"text\":\"a\"}")));

        Assert.Equal(["a", "b"], [asLines[0].Document!.Text, asLines[1].Document!.Text]);
        Assert.Equal("{\"text\":\"a\"}", Assert.Single(asText).Document!.Text);
        Assert.Equal("stdin", asText[0].Id);
    }

    [Fact]
    public async Task UnknownExtensionIsDetectedByContent()
    {
        using var folder = new TempFolder();
        string path = folder.Write("export.dat", Atom);

        List<BatchInput> records = await ReadAsync([path]);

        Assert.Equal(2, records.Count);
        Assert.Equal("urn:entry:1", records[0].Id);
    }

    [Fact]
    public async Task FeedEncodingComesFromTheXmlDeclarationAndABomIsAccepted()
    {
        using var folder = new TempFolder();
        const string Latin1Feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><description>Caf\u00e9 cr\u00e8me</description></item></channel></rss>";
        string latin1 = folder.Write("latin1.rss", System.Text.Encoding.Latin1.GetBytes(Latin1Feed));
        string bom = folder.Write("bom.rss", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Atom)]);

        List<BatchInput> records = await ReadAsync([latin1, bom]);

        Assert.Equal("Caf\u00e9 cr\u00e8me", records[0].Document!.Text);
        Assert.Equal("Full atom content.", records[1].Document!.Text);
    }
}
