using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using FactExtractor.Entities;
using FactExtractor.Entities.Statistical;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Tests.Entities;

/// <summary>The perceptron tagger as a model: well-formed decoding, its common-word list, its file format, the embedded
/// model and its place in the default pipeline.</summary>
public class TaggerModelTests
{
    // Invented sentences. "Holm", "Falls" and "Components" only ever continue a name, so a decoder without the BIO
    // constraint would tag them I-X wherever they stand.
    private static readonly string[] Training =
    [
        "[ORG Tarvik Holm] hired [PER Anna Keller] in [LOC Velkora Falls] .",
        "[PER Anna Keller] left [ORG Brandor Components] for [ORG Tarvik Holm] .",
        "[ORG Brandor Components] opened a plant in [LOC Pernava Falls] .",
        "Output at [ORG Dalvern Holm] was normal again .",
        "Sales were normal in [LOC Velkora] , [PER Marta Lind] said .",
        "[PER Marta Lind] joined [ORG Norvane Components] last year .",
        "The plant in [LOC Osterby Falls] makes axles for [ORG Norvane] .",
        "[ORG Kelvor] and [ORG Dalvern Holm] signed a deal in [LOC Pernava] .",
    ];

    private static readonly string[] Vocabulary =
    [
        "Tarvik", "Holm", "Falls", "Components", "Anna", "Keller", "Velkora", "Pernava", "Brandor", "Norvane", "Kelvor",
        "Marta", "Lind", "Osterby", "Dalvern", "hired", "left", "for", "in", "at", "a", "the", "The", "plant", "said", "and",
        "normal", "Normal", "opened", "makes", "axles", "deal", ".", ",", "Qorvath", "Ilmen", "said", "was", "again",
    ];

    private static readonly Lazy<PerceptronTagger> LazyTagger = new(() =>
        PerceptronTagger.Train(Training.Select(BracketSentence.Parse).ToList(), epochs: 10, seed: 3, bits: 14));

    private static PerceptronTagger Tagger => LazyTagger.Value;

    [Fact]
    public void Decoding_never_puts_an_inside_tag_after_outside_or_after_another_type()
    {
        int insideTags = 0;
        foreach (string[] words in RandomSentences(500, seed: 11))
        {
            string[] tags = Tagger.Predict(words);

            Assert.Equal(words.Length, tags.Length);
            for (int i = 0; i < tags.Length; i++)
            {
                Assert.Contains(tags[i], PerceptronTagger.TagNames);
                if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                {
                    insideTags++;
                    string type = tags[i][2..];
                    Assert.True(i > 0 && (tags[i - 1] == "B-" + type || tags[i - 1] == "I-" + type),
                        $"{tags[i]} after {(i > 0 ? tags[i - 1] : "the sentence start")} in: {string.Join(' ', words)}");
                }
            }
        }

        // The random sentences do hold names that continue, so the check above had inside tags to examine.
        Assert.True(insideTags > 0);
    }

    [Fact]
    public void Feature_ids_are_the_taggers_own_buckets_one_row_a_token_and_depend_on_the_context()
    {
        TaggedSentence first = BracketSentence.Parse("[ORG Tarvik Holm] hired [PER Anna Keller] in [LOC Velkora Falls] .");
        TaggedSentence second = BracketSentence.Parse("[ORG Tarvik Holm] hired a plant in [LOC Velkora Falls] .");

        int[][] ids = Tagger.FeatureIds(first);
        int[][] again = Tagger.FeatureIds(first);
        int[][] other = Tagger.FeatureIds(second);

        Assert.Equal(first.Tokens.Length, ids.Length);
        Assert.All(ids, row =>
        {
            Assert.InRange(row.Length, 20, 32);
            Assert.All(row, id => Assert.InRange(id, 0, (1 << Tagger.Bits) - 1));
        });
        Assert.Equal(ids, again);
        // The features look two tokens either side: "Tarvik" has the same window in both sentences, "hired" does not.
        Assert.Equal(ids[0], other[0]);
        Assert.NotEqual(ids[2], other[2]);
        Assert.True(ids[2].Intersect(other[2]).Count() > ids[2].Length / 2);
    }

    [Fact]
    public void A_word_seen_twice_in_lower_case_inside_sentences_is_common()
    {
        PerceptronTagger tagger = PerceptronTagger.Train(
        [
            Plain("Output was normal again ."),
            Plain("Work is normal at Velkora ."),
            Plain("Velkora hired staff ."),
            Plain("Orders from Velkora rose ."),
            Plain("steady output at Brandor ."),
            Plain("steady demand for Brandor ."),
            Plain("steady sales ."),
            Plain("It rose once ."),
        ], epochs: 1, seed: 1, bits: 12);

        Assert.True(tagger.IsCommonWord("normal"));

        // Case is ignored in the question: "Normal" opening a sentence is the common word.
        Assert.True(tagger.IsCommonWord("Normal"));
        Assert.True(tagger.IsCommonWord("NORMAL"));

        // Only ever capitalised, only in lower case at a sentence's first token, or seen once: not common.
        Assert.False(tagger.IsCommonWord("Velkora"));
        Assert.False(tagger.IsCommonWord("steady"));
        Assert.False(tagger.IsCommonWord("once"));
        Assert.False(tagger.IsCommonWord("Brandor"));
    }

    [Fact]
    public void A_word_capitalised_after_lower_case_words_half_as_often_as_in_lower_case_is_common_and_more_often_is_not()
    {
        static PerceptronTagger Train(int lower, int capitalised)
        {
            var sentences = new List<TaggedSentence>();
            for (int i = 0; i < lower; i++)
            {
                sentences.Add(Plain("They walked along the harbour ."));
            }

            for (int i = 0; i < capitalised; i++)
            {
                sentences.Add(Plain("They walked to Harbour Point ."));
            }

            // Capitals after a colon may open a sentence and are not counted.
            sentences.Add(Plain("Location : Harbour Point ."));
            sentences.Add(Plain("Location : Harbour Point ."));
            return PerceptronTagger.Train(sentences, epochs: 1, seed: 1, bits: 12);
        }

        Assert.True(Train(lower: 4, capitalised: 2).IsCommonWord("harbour"));
        Assert.False(Train(lower: 4, capitalised: 3).IsCommonWord("harbour"));
        Assert.True(Train(lower: 2, capitalised: 0).IsCommonWord("harbour"));
        Assert.False(Train(lower: 2, capitalised: 2).IsCommonWord("harbour"));
    }

    [Fact]
    public void Save_and_load_keep_predictions_and_common_words()
    {
        using var stream = new MemoryStream();
        Tagger.Save(stream);
        stream.Position = 0;

        PerceptronTagger loaded = PerceptronTagger.Load(stream);

        Assert.Equal(Tagger.Bits, loaded.Bits);
        foreach (string[] words in RandomSentences(200, seed: 5).Concat(Training.Select(s => BracketSentence.Parse(s).Tokens)))
        {
            Assert.Equal(Tagger.Predict(words), loaded.Predict(words));
        }

        foreach (string word in Vocabulary)
        {
            Assert.Equal(Tagger.IsCommonWord(word), loaded.IsCommonWord(word));
        }

        // The vocabulary holds both answers, so the comparison above compared something.
        Assert.True(loaded.IsCommonWord("normal"));
        Assert.False(loaded.IsCommonWord("Velkora"));
    }

    [Fact]
    public void A_model_of_format_version_1_is_refused()
    {
        byte[] model = Saved(Tagger);
        byte[] payload = Decompress(model);
        Assert.Equal(0x46584E52, BitConverter.ToInt32(payload, 0));
        Assert.Equal(2, BitConverter.ToInt32(payload, 4));

        // The same model with only its version number changed to 1.
        BitConverter.GetBytes(1).CopyTo(payload, 4);
        byte[] versionOne = Compress(payload);

        Assert.Throws<InvalidDataException>(() => PerceptronTagger.Load(new MemoryStream(versionOne)));
        Assert.Equal(Tagger.Bits, PerceptronTagger.Load(new MemoryStream(Compress(Decompress(model)))).Bits);
    }

    [Fact]
    public void A_header_of_version_1_alone_is_refused()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write(0x46584E52);
            writer.Write(1);
            writer.Write(14);
            writer.Write(7);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => PerceptronTagger.Load(stream));
    }

    [Fact]
    public void The_embedded_model_loads_and_knows_common_words()
    {
        PerceptronTagger embedded = StatisticalModels.Default;

        Assert.InRange(embedded.Bits, 10, 24);
        Assert.True(embedded.IsCommonWord("the"));
        Assert.True(embedded.IsCommonWord("said"));
        Assert.True(embedded.IsCommonWord("The"));
        Assert.False(embedded.IsCommonWord("Volkswagen"));
        Assert.Same(embedded, StatisticalModels.Default);
    }

    [Fact]
    public void The_default_entity_layer_runs_the_statistical_recognizer_last_and_without_persons()
    {
        EntityRecognitionStage stage = EntityStage(FactPipeline.Default);

        Assert.Equal(["money", "percent", "lexicon", "date", "quantity", "name-patterns", "number", "statistical"], stage.Recognizers.Select(r => r.Name));
        StatisticalEntityRecognizer statistical = Assert.IsType<StatisticalEntityRecognizer>(stage.Recognizers[^1]);
        Assert.False(statistical.EmitsPersons);
    }

    [Fact]
    public void Lexicons_has_no_statistical_recognizer_and_model_has_no_lexicon_or_name_patterns()
    {
        EntityRecognitionStage lexicons = EntityStage(FactPipelineBuilder.CreateDefault(NameRecognizers.Lexicons).Build());
        EntityRecognitionStage model = EntityStage(FactPipelineBuilder.CreateDefault(NameRecognizers.Model).Build());

        Assert.Equal(["money", "percent", "lexicon", "date", "quantity", "name-patterns", "number"], lexicons.Recognizers.Select(r => r.Name));
        Assert.DoesNotContain(lexicons.Recognizers, r => r is StatisticalEntityRecognizer);

        Assert.Equal(["money", "percent", "date", "quantity", "number", "statistical"], model.Recognizers.Select(r => r.Name));
        Assert.True(Assert.IsType<StatisticalEntityRecognizer>(model.Recognizers[^1]).EmitsPersons);
    }

    [Fact]
    public void Parallel_extraction_gives_the_entities_of_sequential_extraction()
    {
        string[] texts = Directory.GetFiles(TestPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Assert.NotEmpty(texts);
        string[] sequential = texts.Select(t => Render(FactPipeline.Default.Extract(t))).ToArray();
        Assert.All(sequential, s => Assert.NotEqual(string.Empty, s));

        // Eight threads released together, each through every article six times from its own starting point, so that
        // different articles are tagged at the same moment.
        const int threads = 8, rounds = 6;
        var parallel = new string[threads][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(w => new Thread(() =>
        {
            var results = new string[texts.Length * rounds];
            start.SignalAndWait();
            for (int k = 0; k < results.Length; k++)
            {
                int i = (k + (w * 5)) % results.Length;
                results[i] = Render(FactPipeline.Default.Extract(texts[i % texts.Length]));
            }

            parallel[w] = results;
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());

        for (int w = 0; w < threads; w++)
        {
            Assert.Equal(texts.Length * rounds, parallel[w].Length);
            for (int k = 0; k < parallel[w].Length; k++)
            {
                Assert.Equal(sequential[k % texts.Length], parallel[w][k]);
            }
        }

        static string Render(Document document) =>
            string.Join("\n", document.Entities.Select(e => $"{e.Start}\t{e.End}\t{EntityLabels.ToName(e.Label)}\t{e.Name}"));
    }

    private static EntityRecognitionStage EntityStage(FactPipeline pipeline) => Assert.Single(pipeline.Stages.OfType<EntityRecognitionStage>());

    private static TaggedSentence Plain(string sentence) => BracketSentence.Parse(sentence);

    private static IEnumerable<string[]> RandomSentences(int count, int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < count; n++)
        {
            var words = new string[random.Next(1, 13)];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = Vocabulary[random.Next(Vocabulary.Length)];
            }

            yield return words;
        }
    }

    private static byte[] Saved(PerceptronTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
