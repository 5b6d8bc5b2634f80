using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;
using static FactExtractor.Tests.Batch.Inputs.InputTestHelpers;

namespace FactExtractor.Tests.Batch.Inputs;

public class InputReaderDamageTests
{
    [Fact]
    public async Task DamagedJsonLinesGiveOneErrorRecordEachAndTheRestIsRead()
    {
        using var folder = new TempFolder();
        var content = new MemoryStream();
        void Line(string text) => content.Write(Encoding.UTF8.GetBytes(text + "\n"));
        Line("{\"id\":\"good1\",\"text\":\"One.\"}");
        Line("{\"id\":\"broken\",\"text\":");
        Line("[1,2,3]");
        Line("{\"id\":\"notext\",\"title\":\"T\"}");
        Line("{\"id\":\"numtext\",\"text\":42}");
        content.Write([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}', (byte)'\n']);
        Line("   ");
        Line("{\"id\":\"good2\",\"text\":\"Two.\"}\r");
        string path = folder.Write("news.jsonl", content.ToArray());

        List<BatchInput> records = await ReadAsync([path]);

        Assert.Equal(
            [null, ExtractionErrorCodes.MalformedRecord, ExtractionErrorCodes.MalformedRecord, ExtractionErrorCodes.MissingText,
             ExtractionErrorCodes.MissingText, ExtractionErrorCodes.InvalidEncoding, null],
            records.Select(r => r.Error?.Code));
        Assert.Equal(["good1", "news:2", "news:3", "notext", "numtext", "news:6", "good2"], records.Select(r => r.Id));
        Assert.StartsWith(path + ":2: ", records[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("T", records[3].Title);
        Assert.Equal("Two.", records[6].Document!.Text);
    }

    public static TheoryData<string, byte[]> BinaryFiles() => new()
    {
        { "report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8.ToArray() },
        { "article.docx", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0] },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F'] },
        { "chart.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10] },
        { "feed.xml.bz2", "BZh91AY&SY"u8.ToArray() },
        { "utf16-without-mark", Encoding.Unicode.GetBytes("Renault builds cars.") },
    };

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public async Task BinaryFilesAreRefusedAsUnsupportedUnlessAFormatIsForced(string name, byte[] content)
    {
        using var folder = new TempFolder();
        string path = folder.Write(name, content);
        string good = folder.Write("good.txt", "Renault builds cars in Douai.");

        List<BatchInput> records = await ReadAsync([path, good]);
        List<BatchInput> forced = await ReadAsync([path], new InputOptions { Format = InputFormat.Text });

        Assert.Equal(2, records.Count);
        Assert.Equal(ExtractionErrorCodes.UnsupportedFormat, records[0].Error?.Code);
        Assert.Contains(path, records[0].Error!.Message, StringComparison.Ordinal);
        Assert.Null(records[1].Error);
        Assert.NotEqual(ExtractionErrorCodes.UnsupportedFormat, Assert.Single(forced).Error?.Code);
    }

    [Fact]
    public async Task Utf16TextWithItsByteOrderMarkIsStillText()
    {
        using var folder = new TempFolder();
        string path = folder.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Renault builds cars.")]);

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal("Renault builds cars.", record.Document?.Text);
    }

    [Fact]
    public async Task OverLongLastLineWithoutNewlineIsOneRecord()
    {
        using var folder = new TempFolder();
        string path = folder.Write("tail.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"" + new string('x', 20_000) + "\"}");

        List<BatchInput> records = await ReadAsync([path], new InputOptions { MaxCharacters = 100 });

        Assert.Equal([null, ExtractionErrorCodes.DocumentTooLarge], records.Select(r => r.Error?.Code));
    }

    public static TheoryData<string, string> BrokenFeeds => new()
    {
        { "truncated.rss", InputTestHelpers.Rss[..400] },
        { "garbage.xml", "this is not xml at all" },
        { "other.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>" },
        { "empty.atom", "" },
    };

    [Theory]
    [MemberData(nameof(BrokenFeeds))]
    public async Task UnreadableFeedIsOneMalformedRecord(string fileName, string content)
    {
        using var folder = new TempFolder();
        string path = folder.Write(fileName, content);

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal(ExtractionErrorCodes.MalformedRecord, record.Error!.Code);
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), record.Id);
    }

    [Fact]
    public async Task HtmlWithoutTextIsNoText()
    {
        using var folder = new TempFolder();
        string path = folder.Write("empty.html", "<html><head><title>T</title><script>a()</script></head><body><nav>Menu</nav><footer>F</footer></body></html>");

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal(ExtractionErrorCodes.NoText, record.Error!.Code);
        Assert.Equal(("empty", "T"), (record.Id, record.Title));
    }

    [Fact]
    public async Task InvalidUtf8TextFileIsInvalidEncoding()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.txt", [(byte)'a', 0xFF, (byte)'b']);

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal(ExtractionErrorCodes.InvalidEncoding, record.Error!.Code);
        Assert.Contains("bad.txt", record.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big.txt", false)]
    [InlineData("big.txt.gz", true)]
    public async Task TextFileBeyondTheCharacterBoundIsTooLarge(string fileName, bool gzip)
    {
        using var folder = new TempFolder();
        string content = new('x', 5000);
        string path = gzip ? folder.Write(fileName, Gzip(content)) : folder.Write(fileName, content);

        BatchInput record = Assert.Single(await ReadAsync([path], new InputOptions { MaxCharacters = 1000 }));

        Assert.Equal(ExtractionErrorCodes.DocumentTooLarge, record.Error!.Code);
        Assert.Equal("big", record.Id);
    }

    [Fact]
    public async Task FeedBeyondMaxFileBytesIsTooLarge()
    {
        using var folder = new TempFolder();
        string path = folder.Write("big.rss", InputTestHelpers.Rss);

        BatchInput record = Assert.Single(await ReadAsync([path], new InputOptions { MaxFileBytes = 100 }));

        Assert.Equal(ExtractionErrorCodes.DocumentTooLarge, record.Error!.Code);
    }

    [Fact]
    public async Task NotGzipWithGzExtensionIsUnreadableAndTheBatchGoesOn()
    {
        using var folder = new TempFolder();
        string bad = folder.Write("a-bad.jsonl.gz", "this was never compressed");
        string good = folder.Write("b-good.txt", "fine");

        List<BatchInput> records = await ReadAsync([bad, good]);

        Assert.Equal([ExtractionErrorCodes.Unreadable, null], records.Select(r => r.Error?.Code));
        Assert.Equal("a-bad", records[0].Id);
    }
}
