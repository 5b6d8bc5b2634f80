using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;

namespace FactExtractor.Cli.Commands;

/// <summary><c>factx train-ner</c>: trains the statistical name recognizer (<c>factx eval-ner</c> is <see cref="EvalNerCommand"/>).</summary>
internal static class NerCommands
{
    // The CoNLL files trained on; the test sets (sec-fin3.test, wnut17.test) are never among them.
    private static readonly string[] TrainingFiles =
    [
        "sec-fin5.train.conll", "wikigold.conll", "wnut17.train.conll", "wnut17.dev.conll",
        "btc-a.conll", "btc-b.conll", "btc-e.conll", "btc-f.conll", "btc-g.conll", "btc-h.conll",
    ];

    public static Command CreateTrain(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "The folder of CoNLL files (../shared/data/ner).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var bits = new Option<int>("--bits") { Description = "Feature hash bits (model size 2^bits x 7 weights); 16 matched 18 in accuracy and is faster.", DefaultValueFactory = _ => 16 };
        var files = new Option<string[]>("--files") { Description = "Train on these files of the folder, a file repeated to weigh it more (default: all but the test sets).", AllowMultipleArgumentsPerToken = true };
        var silver = new Option<DirectoryInfo[]>("--silver")
        {
            Description = "Also train on the *.txt news articles of these folders, labelled by the lexicons and patterns (silver labels).",
            AllowMultipleArgumentsPerToken = true,
        };
        var exclude = new Option<DirectoryInfo[]>("--exclude")
        {
            Description = "Leave out silver articles whose text equals an article of these folders (keep evaluation articles out of training).",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("train-ner", "Train the PER/ORG/LOC perceptron recognizer on openly licensed CoNLL data.") { data, output, epochs, seed, bits, files, silver, exclude };
        command.SetAction(parse =>
        {
            DirectoryInfo folder = parse.GetValue(data)!;
            string[] chosen = parse.GetValue(files) is { Length: > 0 } named ? named : TrainingFiles;
            var missing = chosen.Where(f => !File.Exists(Path.Combine(folder.FullName, f))).Distinct().ToList();
            if (missing.Count > 0)
            {
                stderr.WriteLine($"factx: {folder.FullName} lacks {string.Join(", ", missing)}.");
                return ExitCodes.UsageError;
            }

            var sentences = chosen.SelectMany(f => ConllCorpus.Read(Path.Combine(folder.FullName, f))).ToList();
            if (parse.GetValue(silver) is { Length: > 0 } silverFolders)
            {
                if (silverFolders.Concat(parse.GetValue(exclude) ?? []).FirstOrDefault(d => !d.Exists) is { } absent)
                {
                    stderr.WriteLine($"factx: {absent.FullName}: no such folder.");
                    return ExitCodes.UsageError;
                }

                var excluded = (parse.GetValue(exclude) ?? []).SelectMany(d => d.EnumerateFiles("*.txt", SearchOption.AllDirectories))
                    .Select(f => File.ReadAllText(f.FullName)).ToHashSet(StringComparer.Ordinal);
                var texts = silverFolders.SelectMany(d => d.EnumerateFiles("*.txt", SearchOption.AllDirectories))
                    .Select(f => f.FullName).Order(StringComparer.Ordinal).Select(File.ReadAllText).Where(t => !excluded.Contains(t)).ToList();
                var labelled = SilverCorpus.Label(texts);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"silver: {texts.Count} articles, {labelled.Count} sentences"));
                sentences.AddRange(labelled);
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            PerceptronTagger tagger = PerceptronTagger.Train(sentences, parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(bits));
            FileInfo file = parse.GetValue(output)!;
            using (FileStream stream = File.Create(file.FullName))
            {
                tagger.Save(stream);
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained on {sentences.Count} sentences ({sentences.Sum(s => s.Tokens.Length)} tokens) in {watch.Elapsed.TotalSeconds:0.0} s; wrote {file.FullName} ({new FileInfo(file.FullName).Length / 1024} KB)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
