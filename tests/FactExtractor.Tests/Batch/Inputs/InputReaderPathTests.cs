using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;
using static FactExtractor.Tests.Batch.Inputs.InputTestHelpers;

namespace FactExtractor.Tests.Batch.Inputs;

public class InputReaderPathTests
{
    [Fact]
    public async Task FolderIsReadRecursivelyInOrdinalOrderWithoutJsonFiles()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "b");
        folder.Write("a.txt", "a");
        folder.Write("a.gold.json", "{\"text\":\"gold must not be read\"}");
        folder.Write("notes.md", "not an input");
        folder.Write("sub/c.jsonl", "{\"text\":\"c1\"}\n{\"text\":\"c2\"}\n");
        folder.Write("sub/d.txt.gz", Gzip("d"));
        folder.Write("B.html", "<p>B</p>");

        List<BatchInput> records = await ReadAsync([folder.Path]);

        Assert.Equal(["B", "a", "b", "c1", "c2", "d"], records.Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task ExplicitFilesAreReadInTheOrderGivenWhateverTheirExtension()
    {
        using var folder = new TempFolder();
        string second = folder.Write("z.txt", "z");
        string first = folder.Write("sample.gold.json", "{\"text\":\"named explicitly\"}");

        List<BatchInput> records = await ReadAsync([first, second]);

        Assert.Equal(["named explicitly", "z"], records.Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task GlobMatchesFilesInOrdinalOrder()
    {
        using var folder = new TempFolder();
        folder.Write("x/2.txt", "two");
        folder.Write("x/1.txt", "one");
        folder.Write("x/deep/3.txt", "three");
        folder.Write("x/skip.html", "<p>skip</p>");

        List<BatchInput> flat = await ReadAsync([Path.Combine(folder.Path, "x", "*.txt")]);
        List<BatchInput> deep = await ReadAsync([Path.Combine(folder.Path, "x", "**", "?.txt")]);

        Assert.Equal(["one", "two"], flat.Select(r => r.Document!.Text));
        Assert.Equal(["one", "two", "three"], deep.Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task MissingFileAndEmptyGlobGiveFileNotFound()
    {
        using var folder = new TempFolder();
        string missing = Path.Combine(folder.Path, "gone.txt");
        string glob = Path.Combine(folder.Path, "*.jsonl");
        string present = folder.Write("here.txt", "here");

        List<BatchInput> records = await ReadAsync([missing, glob, present]);

        Assert.Equal([ExtractionErrorCodes.FileNotFound, ExtractionErrorCodes.FileNotFound, null], records.Select(r => r.Error?.Code));
        Assert.Equal("gone", records[0].Id);
        Assert.Contains(missing, records[0].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgressCountsBytesAndRecords()
    {
        using var folder = new TempFolder();
        string a = folder.Write("a.jsonl", "{\"text\":\"1\"}\n{\"text\":\"2\"}\n");
        string b = folder.Write("b.txt", "three");
        long total = new FileInfo(a).Length + new FileInfo(b).Length;
        var progress = new InputProgress();

        List<BatchInput> records = await ReadAsync([a, b], progress: progress);

        Assert.Equal(3, records.Count);
        Assert.Equal(3, progress.Records);
        Assert.Equal(total, progress.TotalBytes);
        Assert.Equal(total, progress.BytesRead);
    }

    [Fact]
    public async Task ProgressHasNoTotalForStdin()
    {
        var progress = new InputProgress();

        await ReadAsync(["-"], stdin: Stdin(Encoding.UTF8.GetBytes("text")), progress: progress);

        Assert.Null(progress.TotalBytes);
        Assert.Equal(4, progress.BytesRead);
    }

    [Fact]
    public async Task CancellationStopsBetweenRecords()
    {
        using var folder = new TempFolder();
        var lines = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            lines.Append("{\"text\":\"line\"}\n");
        }

        string path = folder.Write("many.jsonl", lines.ToString());
        using var cancellation = new CancellationTokenSource();
        int read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (BatchInput record in InputReader.ReadAsync([path], InputOptions.Default, NoStdin, null, cancellation.Token))
            {
                if (++read == 5)
                {
                    cancellation.Cancel();
                }
            }
        });
        Assert.Equal(5, read);
    }

    [Fact]
    public async Task EveryInputRecordGivesExactlyOneBatchInput()
    {
        using var folder = new TempFolder();
        var jsonl = new StringBuilder();
        int expected = 0;
        for (int i = 0; i < 40; i++)
        {
            // Good lines, broken JSON, non-objects, missing text and blank lines (which are not records).
            string line = (i % 5) switch
            {
                0 => "{\"text\":\"ok\"}",
                1 => "{\"text\":",
                2 => "\"just a string\"",
                3 => "{\"title\":\"no text\"}",
                _ => "  ",
            };
            expected += i % 5 == 4 ? 0 : 1;
            jsonl.Append(line).Append('\n');
        }

        folder.Write("in/a.jsonl", jsonl.ToString());
        folder.Write("in/b.rss", InputTestHelpers.Rss);
        folder.Write("in/c.atom", InputTestHelpers.Atom);
        folder.Write("in/d.html", InputTestHelpers.Html);
        folder.Write("in/e.html", "<nav>only navigation</nav>");
        folder.Write("in/f.txt", [0xFF]);
        folder.Write("in/g.xml", "broken <feed");
        folder.Write("in/h.txt.gz", Gzip("compressed"));
        expected += 3 + 2 + 1 + 1 + 1 + 1 + 1;

        List<BatchInput> records = await ReadAsync([Path.Combine(folder.Path, "in"), Path.Combine(folder.Path, "missing")]);

        Assert.Equal(expected + 1, records.Count);
        Assert.All(records, r => Assert.True((r.Document is null) != (r.Error is null)));
    }
}
