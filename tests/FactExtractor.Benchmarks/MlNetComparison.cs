using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactExtractor.Entities.Statistical;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FactExtractor.Benchmarks;

/// <summary>
/// Microsoft.ML against the hand-written perceptron on exactly the same features (the tagger's own hashed feature ids):
/// a multiclass maximum-entropy model over each token, decoded greedily left to right with the previous predicted tag as
/// a feature (ML.NET has no sequence trainer), against the averaged structured perceptron with Viterbi decoding.
/// Run: <c>dotnet run -c Release --project tests/FactExtractor.Benchmarks -- mlnet-comparison ../shared/data/ner</c>;
/// inference speed: <c>--filter '*MlNetComparisonBenchmarks*'</c>.
/// </summary>
internal static class MlNetComparison
{
    public const string Command = "mlnet-comparison";

    private const int Bits = 16;
    private const int TagCount = 7;
    private const int Dimensions = (1 << Bits) + TagCount + 1;

    public static int Run(string[] args)
    {
        string folder = args.Length > 1 ? args[1] : NerDataFolder();
        List<TaggedSentence> pool = [.. ConllCorpus.Read(Path.Combine(folder, "sec-fin5.train.conll")), .. ConllCorpus.Read(Path.Combine(folder, "wikigold.conll"))];
        List<TaggedSentence> test = ConllCorpus.Read(Path.Combine(folder, "sec-fin3.test.conll"));

        // Every fifth sentence is held back, so both learners are scored on text neither saw.
        var train = pool.Where((_, i) => i % 5 != 4).ToList();
        var heldBack = pool.Where((_, i) => i % 5 == 4).ToList();
        Console.WriteLine($"train {train.Count} sentences ({train.Sum(s => s.Tokens.Length)} tokens); held back {heldBack.Count}; sec-fin3 {test.Count}");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        PerceptronTagger perceptron = PerceptronTagger.Train(train, epochs: 8, seed: 1, bits: Bits);
        Console.WriteLine($"perceptron trained in {clock.Elapsed.TotalSeconds:F1} s");
        foreach ((string name, Func<MLContext, IEstimator<ITransformer>> trainer) in Trainers())
        {
            clock.Restart();
            var model = MaxEntTagger.Train(perceptron, train, trainer);
            Console.WriteLine($"{name} trained in {clock.Elapsed.TotalSeconds:F1} s");
            Report($"ML.NET {name}, greedy", heldBack, test, model.Predict);
        }

        Report("perceptron, Viterbi", heldBack, test, s => perceptron.Predict(s.Tokens));
        return 0;
    }

    public static IEnumerable<(string Name, Func<MLContext, IEstimator<ITransformer>> Trainer)> Trainers()
    {
        yield return ("SdcaMaximumEntropy", ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 20));
        yield return ("LbfgsMaximumEntropy", ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
    }

    public static string NerDataFolder()
    {
        return Environment.GetEnvironmentVariable("FACTX_NER_DATA") ?? Path.Combine(SampleCorpus.RepositoryRoot(), "..", "shared", "data", "ner");
    }

    private static void Report(string name, List<TaggedSentence> heldBack, List<TaggedSentence> test, Func<TaggedSentence, string[]> tag)
    {
        Console.WriteLine($"{name,-40} held back F1 {F1(heldBack, tag):F3}   sec-fin3 F1 {F1(test, tag):F3}");
    }

    // Exact-span micro F1 over PER, ORG and LOC.
    private static double F1(List<TaggedSentence> sentences, Func<TaggedSentence, string[]> tag)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (TaggedSentence sentence in sentences)
        {
            HashSet<(string, int, int)> want = Spans(sentence.Tags);
            HashSet<(string, int, int)> got = Spans(tag(sentence));
            gold += want.Count;
            predicted += got.Count;
            tp += got.Count(want.Contains);
        }

        double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static HashSet<(string, int, int)> Spans(string[] tags)
    {
        var spans = new HashSet<(string, int, int)>();
        int start = -1;
        string type = string.Empty;
        for (int i = 0; i <= tags.Length; i++)
        {
            string tag = i < tags.Length ? tags[i] : "O";
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && tag[2..] == type;
            if (!inside && start >= 0)
            {
                spans.Add((type, start, i));
                start = -1;
            }

            if (!inside && tag != "O")
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }

    /// <summary>A per-token maximum-entropy model trained with Microsoft.ML on the perceptron's features, decoded greedily.</summary>
    internal sealed class MaxEntTagger
    {
        private readonly PerceptronTagger _features;
        private readonly PredictionEngine<TokenRow, TokenPrediction> _engine;

        private MaxEntTagger(PerceptronTagger features, PredictionEngine<TokenRow, TokenPrediction> engine)
        {
            _features = features;
            _engine = engine;
        }

        public static MaxEntTagger Train(PerceptronTagger features, List<TaggedSentence> sentences, Func<MLContext, IEstimator<ITransformer>> trainer)
        {
            var ml = new MLContext(seed: 1);
            var rows = new List<TokenRow>();
            foreach (TaggedSentence sentence in sentences)
            {
                int[][] ids = features.FeatureIds(sentence);
                for (int i = 0; i < ids.Length; i++)
                {
                    int previous = i == 0 ? 0 : Array.IndexOf(PerceptronTagger.TagNames, sentence.Tags[i - 1]);
                    rows.Add(new TokenRow { Features = Vector(ids[i], previous), Label = sentence.Tags[i] });
                }
            }

            SchemaDefinition schema = Schema();
            IDataView data = ml.Data.LoadFromEnumerable(rows, schema);
            var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
                .Append(trainer(ml))
                .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
            ITransformer model = pipeline.Fit(data);
            return new MaxEntTagger(features, ml.Model.CreatePredictionEngine<TokenRow, TokenPrediction>(model, inputSchemaDefinition: schema));
        }

        public string[] Predict(TaggedSentence sentence)
        {
            int[][] ids = _features.FeatureIds(sentence);
            var tags = new string[ids.Length];
            var row = new TokenRow();
            var prediction = new TokenPrediction();
            int previous = 0;
            for (int i = 0; i < ids.Length; i++)
            {
                row.Features = Vector(ids[i], previous);
                _engine.Predict(row, ref prediction);
                tags[i] = prediction.PredictedLabel ?? "O";
                previous = Math.Max(0, Array.IndexOf(PerceptronTagger.TagNames, tags[i]));
            }

            return tags;
        }

        private static SchemaDefinition Schema()
        {
            SchemaDefinition schema = SchemaDefinition.Create(typeof(TokenRow));
            schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Dimensions);
            return schema;
        }

        // The feature ids, one-hot; the previous tag and a bias after them.
        private static VBuffer<float> Vector(int[] ids, int previousTag)
        {
            var indices = new SortedSet<int>(ids) { (1 << Bits) + previousTag, Dimensions - 1 };
            int[] sorted = [.. indices];
            float[] values = new float[sorted.Length];
            Array.Fill(values, 1f);
            return new VBuffer<float>(Dimensions, sorted.Length, values, sorted);
        }
    }

    internal sealed class TokenRow
    {
        public VBuffer<float> Features { get; set; }

        public string Label { get; set; } = "O";
    }

    internal sealed class TokenPrediction
    {
        public string? PredictedLabel { get; set; }
    }
}
