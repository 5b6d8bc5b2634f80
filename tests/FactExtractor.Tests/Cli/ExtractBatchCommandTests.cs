using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Cli;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Tests.Cli;

/// <summary>End-to-end runs of <c>factx extract</c> over the sample feeds: every format, damaged inputs, the database, resuming, cancelling, workers.</summary>
public sealed class ExtractBatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Feed(params string[] parts) => Path.Combine([TestPaths.SampleFeeds, .. parts]);

    [Fact]
    public void Json_lines_records_keep_their_id_title_url_and_date()
    {
        var run = Run("extract", Feed("articles.jsonl"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        JObject[] lines = run.Lines();
        Assert.Equal(["renault-douai-nissan-micra", "stellantis-catl-zaragoza", "suzuki-toyota-ev-rebadge", "voltara-series-c-funding", "huayan-motor-denies-europe-plant"], lines.Select(l => (string?)l["id"]));
        JObject first = lines[0];
        Assert.Equal("2024-06-12", (string?)first["published"]);
        Assert.Equal("https://news.example.org/auto/renault-douai-nissan-micra", (string?)first["url"]);
        Assert.StartsWith("Douai", (string?)first["title"], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.NotEmpty((JArray)l["facts"]!));
        Assert.Matches(@"^factx: 5 records: 5 ok, 0 failed; \d+ facts; ", run.Stderr);
    }

    [Fact]
    public void Json_lines_field_names_can_be_chosen()
    {
        var plain = Run("extract", Feed("wire.ndjson"));
        var mapped = Run("extract", Feed("wire.ndjson"), "--id-field", "guid", "--title-field", "headline", "--text-field", "body", "--published-field", "date", "--url-field", "link");

        // The default text fields include "body", so the records are read, but their ids and titles are not found.
        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Equal(["wire:1", "wire:2"], plain.Lines().Select(l => (string?)l["id"]));
        Assert.All(plain.Lines(), l => Assert.Equal(JTokenType.Null, l["title"]!.Type));
        Assert.Equal(ExitCodes.Success, mapped.ExitCode);
        JObject[] lines = mapped.Lines();
        Assert.Equal(["wire-renault-douai-nissan-micra", "wire-stellantis-catl-zaragoza"], lines.Select(l => (string?)l["id"]));
        Assert.Equal("2024-06-12", (string?)lines[0]["published"]);
        Assert.Equal("https://news.example.org/auto/renault-douai-nissan-micra", (string?)lines[0]["url"]);
        Assert.NotNull((string?)lines[0]["title"]);
    }

    [Theory]
    [InlineData("autonews.rss", 3, "rss-magna-steyr-graz-contract-manufacturing")]
    [InlineData("plants.atom", 3, "urn:factx-sample:toyota-north-carolina-batteries")]
    public void Feed_items_become_documents(string file, int items, string firstId)
    {
        var run = Run("extract", Feed(file));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        JObject[] lines = run.Lines();
        Assert.Equal(items, lines.Length);
        Assert.Equal(firstId, (string?)lines[0]["id"]);
        Assert.All(lines, l =>
        {
            Assert.StartsWith("https://news.example.org/auto/", (string?)l["url"], StringComparison.Ordinal);
            Assert.NotNull((string?)l["published"]);
            Assert.NotNull((string?)l["title"]);
            Assert.True(((JArray)l["sentences"]!).Count > 5, "the item's full text is analysed, not just a summary");
            Assert.NotEmpty((JArray)l["facts"]!);
        });
    }

    [Fact]
    public void Html_pages_are_read_without_scripts_navigation_or_markup()
    {
        var run = Run("extract", Feed("pages"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        JObject[] lines = run.Lines();
        Assert.Equal(["lodz-supplier-battery-housings-feature", "volkswagen-german-plants-analysis"], lines.Select(l => (string?)l["id"]));
        JObject page = lines[1];
        Assert.Equal("https://news.example.org/auto/volkswagen-german-plants-analysis", (string?)page["url"]);
        Assert.Equal("2024-09-20", (string?)page["published"]);
        string[] evidence = lines.SelectMany(l => (JArray)l["facts"]!).Select(f => (string)f["evidence"]!["text"]!).ToArray();
        Assert.NotEmpty(evidence);
        Assert.DoesNotContain(evidence, e => e.Contains("tracking", StringComparison.Ordinal) || e.Contains('<') || e.Contains("&amp;", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.SelectMany(l => (JArray)l["entities"]!), e => ((string)e["text"]!).Contains("Subscribe", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("archive/articles.jsonl.gz", "articles.jsonl")]
    [InlineData("archive/autonews.rss.gz", "autonews.rss")]
    [InlineData("archive/volkswagen-german-plants-analysis.html.gz", "pages/volkswagen-german-plants-analysis.html")]
    public void Gzip_inputs_give_the_same_results_as_the_plain_ones(string compressed, string plain)
    {
        var zipped = Run("extract", Feed(compressed.Split('/')));
        var unzipped = Run("extract", Feed(plain.Split('/')));

        Assert.Equal(ExitCodes.Success, zipped.ExitCode);
        Assert.NotEqual(string.Empty, zipped.Stdout);
        Assert.Equal(unzipped.Stdout, zipped.Stdout);
    }

    [Theory]
    [InlineData("articles.jsonl", 5)]
    [InlineData("autonews.rss", 3)]
    [InlineData("plants.atom", 3)]
    [InlineData("pages/lodz-supplier-battery-housings-feature.html", 1)]
    public void Standard_input_is_recognised_by_its_content_plain_or_gzip(string file, int records)
    {
        byte[] bytes = File.ReadAllBytes(Feed(file.Split('/')));
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        var plain = Run(bytes, "extract", "-");
        var compressed = Run(zipped.ToArray(), "extract", "-");

        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Equal(records, plain.Lines().Length);
        Assert.All(plain.Lines(), l => Assert.NotEmpty((JArray)l["facts"]!));
        Assert.Equal(plain.Stdout, compressed.Stdout);
    }

    [Fact]
    public void A_forced_format_overrides_detection()
    {
        string path = Write("feed.dat", File.ReadAllText(Feed("articles.jsonl")));

        var asText = Run("extract", path, "--format", "text");
        var asJson = Run("extract", path, "--format", "jsonl");

        Assert.Equal("feed", (string?)Assert.Single(asText.Lines())["id"]);
        Assert.Equal(5, asJson.Lines().Length);
    }

    [Fact]
    public void Damaged_inputs_become_error_records_and_nothing_is_lost()
    {
        var run = Run("extract", Feed("damaged"));

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        JObject[] lines = run.Lines();
        string[] codes = lines.Select(l => l["error"]!.Type == JTokenType.Null ? "ok" : (string)l["error"]!["code"]!).ToArray();
        // damaged.jsonl: 8 records (one blank line is no record); then latin1.txt, navigation-only.html, truncated.rss.
        Assert.Equal(
            ["ok", "malformed-record", "malformed-record", "missing-text", "missing-text", "invalid-encoding", "empty-document", "ok", "invalid-encoding", "no-text", "malformed-record"],
            codes);
        // A line that cannot be decoded cannot tell its id: it is named by file and line.
        Assert.Equal(["damaged:2", "damaged:3", "no-text", "text-not-a-string", "damaged:6", "blank-text"], lines.Skip(1).Take(6).Select(l => (string?)l["id"]));
        Assert.All(lines.Where(l => l["error"]!.Type != JTokenType.Null), l =>
        {
            Assert.Empty((JArray)l["facts"]!);
            Assert.False(string.IsNullOrEmpty((string?)l["error"]!["message"]));
            Assert.False(string.IsNullOrEmpty((string?)l["id"]));
        });
        Assert.Contains("factx: 11 records: 2 ok, 9 failed;", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(9, run.Stderr.Split('\n').Count(l => l.StartsWith("factx: ", StringComparison.Ordinal) && !l.StartsWith("factx: 11 records", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_json_line_over_max_chars_is_an_error_record_and_the_next_line_is_read()
    {
        string path = Write("long.jsonl", string.Join('\n',
            """{"id":"long","text":"NOTE""".Replace("NOTE", new string('x', 5_000), StringComparison.Ordinal) + "\"}",
            """{"id":"short","text":"Nissan will invest €600 million in Ampere."}""") + "\n");

        var run = Run("extract", path, "--max-chars", "1000");

        JObject[] lines = run.Lines();
        Assert.Equal(["long", "short"], lines.Select(l => (string?)l["id"]));
        Assert.Equal("document-too-large", (string?)lines[0]["error"]!["code"]);
        Assert.Equal(JTokenType.Null, lines[1]["error"]!.Type);
    }

    [Fact]
    public void One_worker_and_several_give_the_same_output()
    {
        var one = Run("extract", TestPaths.SampleFeeds, "--workers", "1");
        var four = Run("extract", TestPaths.SampleFeeds, "--workers", "4");
        var unordered = Run("extract", TestPaths.SampleFeeds, "--workers", "3", "--unordered");

        Assert.Equal(ExitCodes.SomeInputsFailed, one.ExitCode);
        Assert.True(one.Lines().Length > 25);
        Assert.Equal(one.Stdout, four.Stdout);
        Assert.Equal(Sorted(one.Stdout), Sorted(unordered.Stdout));
        static string[] Sorted(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void The_database_holds_every_record_once_however_often_the_run_is_repeated()
    {
        string db = _folder.File("facts.sqlite");
        string[] inputs = [TestPaths.SampleFeeds];

        var first = Run(["extract", .. inputs, "--db", db]);
        (long Documents, long Entities, long Facts) afterFirst = Count(db);
        var second = Run(["extract", .. inputs, "--db", db]);
        var resumed = Run(["extract", .. inputs, "--db", db, "--resume"]);
        JObject[] lines = Run(["extract", .. inputs]).Lines();

        // With --db and no -o, nothing goes to standard output.
        Assert.Equal(string.Empty, first.Stdout);
        Assert.Equal(ExitCodes.SomeInputsFailed, first.ExitCode);
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Contains($"factx: {lines.Length} records: ", first.Stderr, StringComparison.Ordinal);
        // The gzip copies repeat documents (same id, same text): they are stored once.
        Assert.Equal(lines.Select(l => (string?)l["id"]).Distinct().Count(), afterFirst.Documents);
        Assert.Equal(lines.DistinctBy(l => (string?)l["id"]).Sum(l => ((JArray)l["facts"]!).Count), afterFirst.Facts);
        Assert.Equal(lines.DistinctBy(l => (string?)l["id"]).Sum(l => ((JArray)l["entities"]!).Count), afterFirst.Entities);
        Assert.Equal(afterFirst, Count(db));
        // Resuming skips every stored document; only the records that failed are tried again.
        int failed = lines.Count(l => l["error"]!.Type != JTokenType.Null);
        Assert.Contains($"factx: {lines.Length} records: 0 ok, {failed} failed, {lines.Length - failed} skipped (already in the database)", resumed.Stderr, StringComparison.Ordinal);
        Assert.Equal(afterFirst, Count(db));
    }

    [Fact]
    public async Task A_cancelled_run_keeps_what_it_finished_and_resume_completes_it()
    {
        string feed = _folder.File("big.jsonl");
        string[] texts = File.ReadAllLines(Feed("articles.jsonl"));
        File.WriteAllLines(feed, Enumerable.Range(0, 120).Select(i =>
        {
            JObject record = JObject.Parse(texts[i % texts.Length]);
            record["id"] = $"doc-{i}";
            return record.ToString(Newtonsoft.Json.Formatting.None);
        }));
        string db = _folder.File("run.sqlite");
        using var cancel = new CancellationTokenSource();
        var stdout = new CancellingWriter(cancel, afterLines: 10);
        var stderr = new StringWriter { NewLine = "\n" };

        int exit = await new FactxApp(() => new MemoryStream(), stdout, stderr).RunAsync(["extract", feed, "--db", db, "-o", "-", "--workers", "2"], cancel.Token);

        Assert.Equal(ExitCodes.Cancelled, exit);
        Assert.Contains("factx: cancelled after", stderr.ToString(), StringComparison.Ordinal);
        long stored = Count(db).Documents;
        Assert.InRange(stored, 10, 119);

        var resumed = Run("extract", feed, "--db", db, "--resume");

        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        Assert.Contains($"{stored} skipped", resumed.Stderr, StringComparison.Ordinal);
        Assert.Equal(120, Count(db).Documents);
    }

    [Fact]
    public void An_output_that_fails_mid_run_stops_the_run_with_its_own_exit_code()
    {
        var stdout = new FailingWriter(afterLines: 2);
        var stderr = new StringWriter { NewLine = "\n" };

        int exit = new FactxApp(() => new MemoryStream(), stdout, stderr).Run(["extract", Feed("articles.jsonl"), "--workers", "2"]);

        Assert.Equal(ExitCodes.RunFailed, exit);
        string[] lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("factx: the run stopped: No space left on device", lines[^2]);
        Assert.StartsWith("factx: 2 records: 2 ok, 0 failed;", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_is_reported_as_an_internal_error_not_as_failed_records()
    {
        // An exception that is neither an I/O nor a database error stands for a bug: exit code 1 would tell a batch
        // script that some records failed, so it gets a code of its own and its stack trace.
        var stdout = new FailingWriter(afterLines: 1, () => new InvalidOperationException("simulated defect"));
        var stderr = new StringWriter { NewLine = "\n" };

        int exit = new FactxApp(() => new MemoryStream(), stdout, stderr).Run(["extract", Feed("articles.jsonl"), "--workers", "2"]);

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Contains("factx: internal error, please report it with the input that caused it: System.InvalidOperationException: simulated defect", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(FailingWriter), stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_files_are_written_per_fact_type()
    {
        string folder = _folder.File("csv");

        var run = Run("extract", Feed("articles.jsonl"), "--csv", folder);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        string[] files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(["investments.csv", "production-agreements.csv", "quotes.csv", "site-lists.csv"], files);
        int rows = files.Sum(f => File.ReadAllLines(Path.Combine(folder, f)).Length - 1);
        int facts = Run("extract", Feed("articles.jsonl")).Lines().Sum(l => ((JArray)l["facts"]!).Count);
        Assert.True(rows >= facts, $"{rows} CSV rows for {facts} facts");
    }

    [Fact]
    public void Quiet_runs_write_nothing_on_standard_error()
    {
        var run = Run("extract", Feed("damaged"), "--quiet");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(11, run.Lines().Length);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void With_a_terminal_the_progress_display_replaces_the_error_lines_unless_the_json_goes_there_too(bool stdoutIsTerminal, bool expectDisplay)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };

        int exit = new FactxApp(() => new MemoryStream(), stdout, stderr, stderrIsTerminal: true, stdoutIsTerminal: stdoutIsTerminal).Run(["extract", Feed("damaged")]);

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        Assert.Equal(11, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        string[] lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("documents/s", lines[^1].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("factx: 11 records: 2 ok, 9 failed;", lines[^1], StringComparison.Ordinal);
        // The live display shows the error count; the per-record lines would scroll it away.
        Assert.Equal(expectDisplay ? 0 : 9, lines.Count(l => l.Contains(": malformed-record: ", StringComparison.Ordinal) || l.Contains(": missing-text: ", StringComparison.Ordinal)
            || l.Contains(": invalid-encoding: ", StringComparison.Ordinal) || l.Contains(": no-text: ", StringComparison.Ordinal) || l.Contains(": empty-document: ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--resume")]
    [InlineData("--format", "pdf")]
    [InlineData("--workers", "0")]
    public void Bad_batch_options_exit_with_the_usage_code(params string[] options)
    {
        var run = Run(["extract", Feed("articles.jsonl"), .. options]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.NotEqual(string.Empty, run.Stderr);
    }

    private static (long Documents, long Entities, long Facts) Count(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return (Scalar("documents"), Scalar("entities"), Scalar("facts"));

        long Scalar(string table)
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }
    }

    private string Write(string name, string content) => _folder.Write(name, content);

    private static CliRun Run(params string[] args) => CliRun.Of(args);

    private static CliRun Run(byte[] stdin, params string[] args) => CliRun.WithStdin(stdin, args);

    // Standard output whose disk fills up after a number of lines.
    private sealed class FailingWriter(int afterLines, Func<Exception>? failure = null) : StringWriter
    {
        private int _lines;

        public override void Write(char value)
        {
            if (value == '\n' && ++_lines > afterLines)
            {
                throw failure?.Invoke() ?? new IOException("No space left on device");
            }

            base.Write(value);
        }

        public override void Write(string? value)
        {
            if (_lines >= afterLines)
            {
                throw failure?.Invoke() ?? new IOException("No space left on device");
            }

            base.Write(value);
        }
    }

    // Standard output that asks for cancellation once it has received a number of lines, as Ctrl+C would mid-run.
    private sealed class CancellingWriter(CancellationTokenSource cancel, int afterLines) : StringWriter
    {
        private int _lines;

        public override void Write(char value)
        {
            base.Write(value);
            if (value == '\n' && ++_lines == afterLines)
            {
                cancel.Cancel();
            }
        }
    }
}
