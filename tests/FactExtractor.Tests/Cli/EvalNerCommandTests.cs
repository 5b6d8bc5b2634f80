using System;
using System.IO;
using System.Linq;
using FactExtractor.Cli;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Tests.Cli;

public sealed class EvalNerCommandTests : IDisposable
{
    // Invented sentences: three found exactly by the lexicons, "Borrower" as a person they miss, "Spain" not tagged in the gold.
    private const string Gold =
        "-DOCSTART- O\n\n" +
        "Renault\tB-ORG\nbuilds\tO\ncars\tO\nin\tO\nDouai\tB-LOC\nfor\tO\nNissan\tB-ORG\n.\tO\n\n" +
        "Volkswagen\tB-ORG\nopened\tO\na\tO\nplant\tO\nin\tO\nZwickau\tB-LOC\nwith\tO\nMarta\tB-PER\nLindqvist\tI-PER\n.\tO\n\n" +
        "The\tO\nBorrower\tB-PER\nshall\tO\nrepay\tO\nthe\tO\nloan\tO\n.\tO\n\n" +
        "Output\tO\nrose\tO\n4\tO\n%\tO\nin\tO\nSpain\tO\n.\tO\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("factx-evalner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Lexicons_configuration_prints_the_table()
    {
        string gold = Write("tiny.conll", Gold);

        var run = Run("eval-ner", "--gold", gold, "--recognizers", "lexicons");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(
        [
            "4 sentences, 32 tokens; recognizers: lexicons",
            "type          P      R     F1    TP    FP    FN",
            "LOC       0.667  1.000  0.800     2     1     0",
            "ORG       1.000  1.000  1.000     3     0     0",
            "PER       1.000  0.500  0.667     1     0     1",
            "micro     0.857  0.857  0.857     6     1     1",
        ], run.OutputLines());
    }

    [Fact]
    public void Errors_follow_the_table_one_line_each()
    {
        string gold = Write("tiny.conll", Gold);

        var run = Run("eval-ner", "--gold", gold, "--recognizers", "lexicons", "--errors");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["2\tmissed\tPER\t[1, 2)\tBorrower", "3\tspurious\tLOC\t[5, 6)\tSpain"], run.OutputLines().Skip(6));
    }

    [Fact]
    public void Json_carries_configuration_gold_scores_and_with_errors_the_errors()
    {
        string gold = Write("tiny.conll", Gold);

        JObject plain = JObject.Parse(Run("eval-ner", "--gold", gold, "--recognizers", "lexicons", "--json").Stdout);
        var run = Run("eval-ner", "--gold", gold, "--recognizers", "lexicons", "--json", "--errors");
        JObject json = JObject.Parse(run.Stdout);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Null(plain["errors"]);
        Assert.Equal("lexicons", (string?)json["configuration"]);
        Assert.Equal(Path.GetFullPath(gold), (string?)json["gold"]);
        Assert.Equal(4, (int)json["sentences"]!);
        Assert.Equal(["LOC", "ORG", "PER"], ((JArray)json["types"]!).Select(t => (string?)t["type"]));
        JToken per = json["types"]!.Single(t => (string?)t["type"] == "PER");
        Assert.Equal((1.0, 0.5, 0.6667, 1, 0, 1), ((double)per["precision"]!, (double)per["recall"]!, (double)per["f1"]!, (int)per["tp"]!, (int)per["fp"]!, (int)per["fn"]!));
        Assert.Equal(("micro", 6, 1, 1), ((string?)json["micro"]!["type"], (int)json["micro"]!["tp"]!, (int)json["micro"]!["fp"]!, (int)json["micro"]!["fn"]!));
        JToken[] errors = [.. (JArray)json["errors"]!];
        Assert.Equal(2, errors.Length);
        Assert.Equal((2, "missed", "PER", 1, 2, "Borrower"),
            ((int)errors[0]["sentence"]!, (string?)errors[0]["kind"], (string?)errors[0]["type"], (int)errors[0]["start"]!, (int)errors[0]["end"]!, (string?)errors[0]["text"]));
        Assert.Equal("spurious", (string?)errors[1]["kind"]);
    }

    [Fact]
    public void Model_configuration_with_a_model_file_scores_as_the_library_does()
    {
        string gold = Write("tiny.conll", Gold);
        PerceptronTagger tagger = PerceptronTagger.Train(ConllCorpus.Read(gold).Take(2).ToList(), epochs: 3, seed: 2, bits: 12);
        string modelPath = Path.Combine(_dir, "tiny.model");
        using (FileStream stream = File.Create(modelPath))
        {
            tagger.Save(stream);
        }

        var run = Run("eval-ner", "--gold", gold, "--model", modelPath, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        JObject json = JObject.Parse(run.Stdout);
        Assert.Equal("model", (string?)json["configuration"]);
        TypeScore micro = ConllEvaluation.Evaluate(tagger, ConllCorpus.Read(gold)).Single(s => s.Type == "micro");
        Assert.Equal((micro.TruePositives, micro.FalsePositives, micro.FalseNegatives), ((int)json["micro"]!["tp"]!, (int)json["micro"]!["fp"]!, (int)json["micro"]!["fn"]!));
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_with_a_message()
    {
        string missing = Path.Combine(_dir, "absent.conll");

        var run = Run("eval-ner", "--gold", missing, "--recognizers", "lexicons");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal($"factx: {missing}: no such file.\n", run.Stderr);
    }

    [Fact]
    public void A_plain_text_file_is_a_usage_error_naming_the_line()
    {
        string notConll = Write("article.txt", "Renault builds cars in Douai.\nNissan buys them.\n");

        var run = Run("eval-ner", "--gold", notConll);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.StartsWith($"factx: {notConll}:1: 'Douai.' is not a tag", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_sentences_and_a_file_that_is_not_a_model_are_usage_errors()
    {
        string empty = Write("empty.conll", "-DOCSTART- O\n\n\n");
        string gold = Write("tiny.conll", Gold);
        string notModel = Write("not.model", "weights");

        var noSentences = Run("eval-ner", "--gold", empty);
        var badModel = Run("eval-ner", "--gold", gold, "--model", notModel);

        Assert.Equal(ExitCodes.UsageError, noSentences.ExitCode);
        Assert.Contains("holds no CoNLL sentences", noSentences.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, badModel.ExitCode);
        Assert.StartsWith($"factx: {notModel}: ", badModel.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, badModel.Stdout);
    }

    [Theory]
    [InlineData("--recognizers", "gazetteer")]
    [InlineData("--recognizers", "lexicons", "--model", "any.model")]
    public void Bad_option_combinations_are_usage_errors(params string[] options)
    {
        string gold = Write("tiny.conll", Gold);

        var run = Run(["eval-ner", "--gold", gold, .. options]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("factx: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static CliRun Run(params string[] args) => CliRun.Of(args);
}
