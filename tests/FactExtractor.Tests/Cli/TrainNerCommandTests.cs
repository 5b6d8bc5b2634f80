using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactExtractor.Cli;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Tests.Cli;

public sealed class TrainNerCommandTests : IDisposable
{
    // Invented sentences, one token and its tag a line.
    private const string Conll =
        "-DOCSTART- O\n\n" +
        "Norvane\tB-ORG\nhired\tO\nAnna\tB-PER\nKeller\tI-PER\nin\tO\nVelkora\tB-LOC\n.\tO\n\n" +
        "Tarvik\tB-ORG\nHolm\tI-ORG\nopened\tO\na\tO\nplant\tO\nin\tO\nPernava\tB-LOC\n.\tO\n\n" +
        "Marta\tB-PER\nLind\tI-PER\nleft\tO\nNorvane\tB-ORG\nfor\tO\nTarvik\tB-ORG\nHolm\tI-ORG\n.\tO\n\n" +
        "Sales\tO\nrose\tO\nin\tO\nVelkora\tB-LOC\nand\tO\nPernava\tB-LOC\n.\tO\n";

    // Invented news articles for silver labels.
    private const string ArticleA =
        "Norvane Components will build an axle plant in Lyon.\n\n" +
        "The supplier said Renault would buy most of its output. Marta Lindqvist, its chief executive, said hiring starts in May.\n";

    private const string ArticleB =
        "Toyota opened a battery line in Germany.\n\nDalvern Holm will supply the cells from Poland.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("factx-trainner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Train_ner_writes_the_model_the_library_trains_and_eval_ner_reads_it()
    {
        string data = Folder("data");
        string gold = Write(Path.Combine(data, "tiny.conll"), Conll);
        string model = Path.Combine(_dir, "tiny.model");

        var train = Run("train-ner", "--data", data, "--files", "tiny.conll", "--out", model, "--epochs", "5", "--seed", "3", "--bits", "12");

        Assert.Equal(ExitCodes.Success, train.ExitCode);
        Assert.Equal(string.Empty, train.Stderr);
        List<TaggedSentence> sentences = ConllCorpus.Read(gold);
        Assert.Equal(4, sentences.Count);
        Assert.StartsWith($"trained on 4 sentences ({sentences.Sum(s => s.Tokens.Length)} tokens) in ", train.Stdout, StringComparison.Ordinal);
        Assert.Contains($"wrote {model} (", train.Stdout, StringComparison.Ordinal);
        Assert.Equal(Saved(PerceptronTagger.Train(sentences, epochs: 5, seed: 3, bits: 12)), File.ReadAllBytes(model));

        var eval = Run("eval-ner", "--model", model, "--gold", gold, "--json");

        Assert.Equal(ExitCodes.Success, eval.ExitCode);
        JObject json = JObject.Parse(eval.Stdout);
        Assert.Equal("model", (string?)json["configuration"]);
        PerceptronTagger loaded;
        using (FileStream stream = File.OpenRead(model))
        {
            loaded = PerceptronTagger.Load(stream);
        }

        TypeScore micro = ConllEvaluation.Evaluate(loaded, sentences).Single(s => s.Type == "micro");
        Assert.Equal((micro.TruePositives, micro.FalsePositives, micro.FalseNegatives), ((int)json["micro"]!["tp"]!, (int)json["micro"]!["fp"]!, (int)json["micro"]!["fn"]!));

        // Trained on the file, the model finds every name in it and nothing else.
        int names = sentences.Sum(s => ConllEvaluation.Spans(s.Tags).Count());
        Assert.Equal((names, 0, 0), ((int)json["micro"]!["tp"]!, (int)json["micro"]!["fp"]!, (int)json["micro"]!["fn"]!));
    }

    [Fact]
    public void Silver_articles_are_added_and_excluded_articles_left_out()
    {
        string data = Folder("data");
        string gold = Write(Path.Combine(data, "tiny.conll"), Conll);
        string silver = Folder("silver");
        string exclude = Folder("evaluation");
        Write(Path.Combine(silver, "a.txt"), ArticleA);
        Write(Path.Combine(silver, "b.txt"), ArticleB);
        Write(Path.Combine(exclude, "held-out-copy.txt"), ArticleB);
        string model = Path.Combine(_dir, "silver.model");

        var run = Run("train-ner", "--data", data, "--files", "tiny.conll", "--out", model, "--epochs", "3", "--bits", "12", "--silver", silver, "--exclude", exclude);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        List<TaggedSentence> silverSentences = SilverCorpus.Label([ArticleA]);
        Assert.Equal(3, silverSentences.Count);
        string[] lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"silver: 1 articles, {silverSentences.Count} sentences", lines[0]);
        Assert.StartsWith($"trained on {4 + silverSentences.Count} sentences ", lines[1], StringComparison.Ordinal);

        // The model is the CoNLL sentences followed by the silver sentences of the article that was not excluded.
        List<TaggedSentence> training = [.. ConllCorpus.Read(gold), .. silverSentences];
        Assert.Equal(Saved(PerceptronTagger.Train(training, epochs: 3, seed: 1, bits: 12)), File.ReadAllBytes(model));
    }

    [Fact]
    public void Without_exclude_every_silver_article_is_used()
    {
        string data = Folder("data");
        Write(Path.Combine(data, "tiny.conll"), Conll);
        string silver = Folder("silver");
        Write(Path.Combine(silver, "a.txt"), ArticleA);
        Write(Path.Combine(silver, "b.txt"), ArticleB);

        var run = Run("train-ner", "--data", data, "--files", "tiny.conll", "--out", Path.Combine(_dir, "m"), "--epochs", "1", "--bits", "12", "--silver", silver);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith($"silver: 2 articles, {SilverCorpus.Label([ArticleA, ArticleB]).Count} sentences\n", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--silver")]
    [InlineData("--exclude")]
    public void A_missing_silver_or_exclude_folder_is_a_usage_error(string option)
    {
        string data = Folder("data");
        Write(Path.Combine(data, "tiny.conll"), Conll);
        string silver = Folder("silver");
        Write(Path.Combine(silver, "a.txt"), ArticleA);
        string missing = Path.Combine(_dir, "absent");
        string model = Path.Combine(_dir, "never.model");
        string[] folders = option == "--silver" ? ["--silver", missing] : ["--silver", silver, "--exclude", missing];

        var run = Run(["train-ner", "--data", data, "--files", "tiny.conll", "--out", model, "--bits", "12", .. folders]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal($"factx: {missing}: no such folder.\n", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public void The_same_arguments_give_byte_identical_models()
    {
        string data = Folder("data");
        Write(Path.Combine(data, "tiny.conll"), Conll);
        string silver = Folder("silver");
        Write(Path.Combine(silver, "a.txt"), ArticleA);
        Write(Path.Combine(silver, "b.txt"), ArticleB);
        string model = Path.Combine(_dir, "same.model");
        string[] args = ["train-ner", "--data", data, "--files", "tiny.conll", "--out", model, "--epochs", "4", "--seed", "9", "--bits", "12", "--silver", silver];

        Assert.Equal(ExitCodes.Success, Run(args).ExitCode);
        byte[] first = File.ReadAllBytes(model);
        Assert.Equal(ExitCodes.Success, Run(args).ExitCode);
        byte[] second = File.ReadAllBytes(model);

        Assert.Equal(first, second);

        // Another seed shuffles differently and gives another model, so the comparison above can tell models apart.
        string[] otherSeed = [.. args];
        otherSeed[Array.IndexOf(otherSeed, "--seed") + 1] = "10";
        Assert.Equal(ExitCodes.Success, Run(otherSeed).ExitCode);
        Assert.NotEqual(first, File.ReadAllBytes(model));
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval-entities")]
    public void An_unknown_recognizers_value_is_a_usage_error(string command)
    {
        string gold = GoldFolder();

        var run = Run(command, "--gold", gold, "--recognizers", "bogus");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--recognizers expects both, lexicons or model, not 'bogus'.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Eval_runs_with_the_lexicons_recognizers()
    {
        string gold = GoldFolder();

        var run = Run("eval", "--gold", gold, "--recognizers", "lexicons");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.StartsWith("1 documents\n", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lexicons", NameRecognizers.Lexicons)]
    [InlineData("model", NameRecognizers.Model)]
    [InlineData("both", NameRecognizers.Both)]
    public void Eval_entities_scores_the_chosen_recognizers(string value, NameRecognizers names)
    {
        string gold = GoldFolder();

        var run = Run("eval-entities", "--gold", gold, "--recognizers", value, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        JObject json = JObject.Parse(run.Stdout);
        var report = EntityScorer.Evaluate(FactPipelineBuilder.CreateDefault(names).Build(), EntityGoldDocument.LoadFolder(gold));
        Assert.Equal(
            (report.Micro.TruePositives, report.Micro.FalsePositives, report.Micro.FalseNegatives),
            ((int)json["micro"]!["tp"]!, (int)json["micro"]!["fp"]!, (int)json["micro"]!["fn"]!));
    }

    [Fact]
    public void Eval_entities_results_differ_between_lexicons_and_model()
    {
        string gold = GoldFolder();

        JObject lexicons = JObject.Parse(Run("eval-entities", "--gold", gold, "--recognizers", "lexicons", "--json").Stdout);
        JObject model = JObject.Parse(Run("eval-entities", "--gold", gold, "--recognizers", "model", "--json").Stdout);

        // Under model there are no lexicons, so the product the lexicon knows is not found.
        Assert.Contains("PRODUCT", ((JArray)lexicons["labels"]!).Where(l => (int)l["tp"]! > 0).Select(l => (string?)l["label"]));
        Assert.DoesNotContain("PRODUCT", ((JArray)model["labels"]!).Where(l => (int)l["tp"]! > 0).Select(l => (string?)l["label"]));
    }

    // A folder with one invented article, its gold facts (none) and its gold entities.
    private string GoldFolder()
    {
        string folder = Folder("gold");
        const string text = "Renault builds the Clio in Douai, France.";
        Write(Path.Combine(folder, "one.txt"), text);
        Write(Path.Combine(folder, "one.gold.json"), """{"id":"one","facts":[]}""");
        Write(Path.Combine(folder, "one.entities.json"), """
            {"id":"one","entities":[
              {"start":0,"end":7,"label":"ORG","text":"Renault"},
              {"start":19,"end":23,"label":"PRODUCT","text":"Clio"},
              {"start":27,"end":32,"label":"LOC","text":"Douai"},
              {"start":34,"end":40,"label":"LOC","text":"France"}]}
            """);
        return folder;
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_dir, name)).FullName;

    private static string Write(string path, string content)
    {
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static byte[] Saved(PerceptronTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    private static CliRun Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = new FactxApp(() => new MemoryStream(), stdout, stderr).Run(args);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);
}
