using System;
using System.IO;
using System.Linq;
using System.Text;
using FactExtractor.Cli;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Extracts_every_sample_article_as_one_json_line()
    {
        string[] files = Directory.GetFiles(TestPaths.SampleArticles, "*.txt");

        var run = Run("extract", TestPaths.SampleArticles, "--published", "2024-11-06");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches($@"^factx: {files.Length} records: {files.Length} ok, 0 failed; \d+ facts; [0-9.]+ s, [0-9.]+ documents/s\n$", run.Stderr);
        JObject[] lines = run.Lines();
        Assert.Equal(files.Length, lines.Length);
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), lines.Select(l => (string?)l["id"]));
        Assert.All(lines, line =>
        {
            Assert.Equal("2024-11-06", (string?)line["published"]);
            Assert.Equal(JTokenType.Null, line["error"]!.Type);
            Assert.True(((JArray)line["sentences"]!).Count > 5);
        });
    }

    [Fact]
    public void Sentence_offsets_point_into_the_file_text()
    {
        string path = Write("quote.txt", "Plant news\n\n“We are ready,” said Dr. Weber. Output rose 4.5% in Q3.");

        var run = Run("extract", path);

        JObject line = Assert.Single(run.Lines());
        string text = File.ReadAllText(path);
        string[] sentences = ((JArray)line["sentences"]!).Select(s => text[(int)s["start"]!..(int)s["end"]!]).ToArray();
        Assert.Equal(["Plant news", "“We are ready,” said Dr. Weber.", "Output rose 4.5% in Q3."], sentences);
    }

    [Fact]
    public void A_missing_file_gives_an_error_line_and_the_others_are_still_processed()
    {
        string good = Write("good.txt", "Renault builds cars in Douai.");
        string missing = _folder.File("missing.txt");

        var run = Run("extract", missing, good);

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        JObject[] lines = run.Lines();
        Assert.Equal(2, lines.Length);
        Assert.Equal("missing", (string?)lines[0]["id"]);
        Assert.Equal("file-not-found", (string?)lines[0]["error"]!["code"]);
        Assert.Empty((JArray)lines[0]["sentences"]!);
        Assert.Equal("good", (string?)lines[1]["id"]);
        Assert.Equal(JTokenType.Null, lines[1]["error"]!.Type);
        Assert.Contains("missing", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("file-not-found", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_becomes_an_invalid_encoding_record()
    {
        string path = _folder.File("latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Cléon plant opens."));

        var run = Run("extract", path);

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        JObject line = Assert.Single(run.Lines());
        Assert.Equal("invalid-encoding", (string?)line["error"]!["code"]);
        Assert.Contains("byte 2", (string?)line["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_decoded()
    {
        string path = _folder.File("utf16.txt");
        File.WriteAllText(path, "Škoda builds cars. Cléon makes motors.", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var run = Run("extract", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(2, ((JArray)Assert.Single(run.Lines())["sentences"]!).Count);
    }

    [Fact]
    public void Empty_file_becomes_an_empty_document_record()
    {
        string path = Write("empty.txt", "  \n ");

        var run = Run("extract", path);

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Equal("empty-document", (string?)Assert.Single(run.Lines())["error"]!["code"]);
    }

    [Fact]
    public void Documents_over_max_chars_become_too_large_records()
    {
        string path = Write("long.txt", new string('a', 500) + ".");

        var run = Run("extract", path, "--max-chars", "100");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Equal("document-too-large", (string?)Assert.Single(run.Lines())["error"]!["code"]);
    }

    [Fact]
    public void Reads_standard_input_for_a_dash()
    {
        var run = Run(Encoding.UTF8.GetBytes("Nissan invests. Renault builds."), "extract", "-");

        JObject line = Assert.Single(run.Lines());
        Assert.Equal("stdin", (string?)line["id"]);
        Assert.Equal(2, ((JArray)line["sentences"]!).Count);
    }

    [Fact]
    public void Writes_to_an_output_file()
    {
        string input = Write("a.txt", "One sentence here.");
        string output = _folder.File("out.jsonl");

        var run = Run("extract", input, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal("a", (string?)JObject.Parse(File.ReadAllLines(output).Single())["id"]);
    }

    [Theory]
    [InlineData("extract", "x.txt", "--published", "8 Nov 2023")]
    [InlineData("extract")]
    [InlineData("extract", "x.txt", "--max-chars", "0")]
    [InlineData("unknown-command")]
    public void Bad_arguments_exit_with_the_usage_code(params string[] args)
    {
        var run = Run(args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Tokenize_prints_tokens_and_sentence_breaks()
    {
        string path = Write("t.txt", "Mr. Tanaka paid €600m. He left.");

        var run = Run("tokenize", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] lines = run.Stdout.Split('\n');
        Assert.Equal("# t: 10 tokens, 2 sentences", lines[0]);
        Assert.Equal("0\t3\tAbbreviation\tMr.", lines[1]);
        Assert.Contains("16\t17\tCurrency\t€", lines);
        Assert.Equal(2, lines.Count(l => l.Length == 0) - 1);
    }

    [Fact]
    public void Tokenize_reads_the_inputs_extract_reads()
    {
        string feed = Write("wire.jsonl", "{\"id\":\"a\",\"text\":\"Mr. Tanaka paid €600m.\"}\n{\"id\":\"b\",\"text\":42}\n");

        var run = Run("tokenize", feed);

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Equal("# a: 7 tokens, 1 sentences", run.Stdout.Split('\n')[0]);
        Assert.Contains("factx: b: missing-text: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_entities_scores_the_samples_with_and_without_the_statistical_tagger()
    {
        var plain = Run("eval-entities", "--gold", TestPaths.SampleArticles, "--json", "--recognizers", "lexicons");
        var withNer = Run("eval-entities", "--gold", TestPaths.SampleArticles, "--json");

        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Equal(ExitCodes.Success, withNer.ExitCode);
        JObject a = JObject.Parse(plain.Stdout), b = JObject.Parse(withNer.Stdout);
        Assert.Equal((int)a["documents"]!, (int)b["documents"]!);

        // The tagger adds mentions the lexicons and patterns do not make, so the predicted totals differ.
        Assert.NotEqual(Predicted(a), Predicted(b));
        static int Predicted(JObject report) => (int)report["micro"]!["tp"]! + (int)report["micro"]!["fp"]!;
    }

    [Fact]
    public void Eval_against_scores_a_second_annotation_and_names_the_articles_it_lacks()
    {
        string first = Directory.CreateDirectory(_folder.File("first")).FullName;
        string second = Directory.CreateDirectory(_folder.File("second")).FullName;
        foreach (string id in new[] { "one", "two" })
        {
            File.WriteAllText(Path.Combine(first, id + ".txt"), "Harbin Auto builds the Kite for Velora.");
        }

        File.WriteAllText(Path.Combine(first, "one.gold.json"), """{"id":"one","facts":[{"type":"productionAgreement","manufacturer":["Harbin Auto"],"customer":["Velora"]}]}""");
        File.WriteAllText(Path.Combine(first, "two.gold.json"), """{"id":"two","facts":[]}""");
        // The second annotation needs no copy of the articles.
        File.WriteAllText(Path.Combine(second, "one.gold.json"), """{"id":"one","facts":[{"type":"productionAgreement","manufacturer":["Harbin"],"customer":["Velora Motors"]},{"type":"productionAgreement","manufacturer":["Velora"],"customer":["Harbin"]}]}""");

        var run = Run("eval", "--gold", first, "--against", second, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("1 of 2 articles have no second annotation", run.Stderr, StringComparison.Ordinal);
        JObject report = JObject.Parse(run.Stdout);
        Assert.Equal(1, (int)report["documents"]!);
        Assert.Equal((1, 1, 0), ((int)report["micro"]!["tp"]!, (int)report["micro"]!["fp"]!, (int)report["micro"]!["fn"]!));
    }

    [Fact]
    public void Eval_refuses_predictions_and_a_second_annotation_together_and_a_second_annotation_of_other_articles()
    {
        string first = Directory.CreateDirectory(_folder.File("first")).FullName;
        string second = Directory.CreateDirectory(_folder.File("second")).FullName;
        File.WriteAllText(Path.Combine(first, "one.txt"), "Text.");
        File.WriteAllText(Path.Combine(first, "one.gold.json"), """{"id":"one","facts":[]}""");
        File.WriteAllText(Path.Combine(second, "other.txt"), "Text.");
        File.WriteAllText(Path.Combine(second, "other.gold.json"), """{"id":"other","facts":[]}""");
        string predictions = Write("pred.jsonl", """{"id":"one","facts":[]}""");

        var both = Run("eval", "--gold", first, "--against", second, "--pred", predictions);
        var disjoint = Run("eval", "--gold", first, "--against", second);

        Assert.Equal(ExitCodes.UsageError, both.ExitCode);
        Assert.Contains("exclude each other", both.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, disjoint.ExitCode);
        Assert.Contains("annotates none of the 1 articles", disjoint.Stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content) => _folder.Write(name, content);

    private static CliRun Run(params string[] args) => CliRun.Of(args);

    private static CliRun Run(byte[] stdin, params string[] args) => CliRun.WithStdin(stdin, args);
}
