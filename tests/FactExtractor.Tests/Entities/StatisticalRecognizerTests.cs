using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;

namespace FactExtractor.Tests.Entities;

public class StatisticalRecognizerTests
{
    // A tiny corpus written for the test: people, organisations and places in a few frames.
    private static readonly TaggedSentence[] Tiny =
    [
        new(["Anna", "Keller", "joined", "Orvex", "in", "Graz", "."], ["B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O"]),
        new(["Orvex", "hired", "Tomas", "Berg", "in", "Brno", "."], ["B-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        new(["Tomas", "Berg", "left", "Velora", "Motors", "for", "Kestrel", "."], ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O"]),
        new(["Velora", "Motors", "opened", "a", "plant", "in", "Pune", "."], ["B-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC", "O"]),
        new(["Kestrel", "moved", "to", "Graz", "with", "Anna", "Keller", "."], ["B-ORG", "O", "O", "B-LOC", "O", "B-PER", "I-PER", "O"]),
    ];

    [Theory]
    [InlineData("I-PER", "I-PER")]
    [InlineData("B-person", "B-PER")]
    [InlineData("I-corporation", "I-ORG")]
    [InlineData("B-group", "B-ORG")]
    [InlineData("I-location", "I-LOC")]
    [InlineData("B-geo-loc", "B-LOC")]
    [InlineData("I-MISC", "O")]
    [InlineData("B-product", "O")]
    [InlineData("B-creative-work", "O")]
    [InlineData("O", "O")]
    public void Source_labels_map_onto_PER_ORG_LOC(string source, string expected) => Assert.Equal(expected, ConllCorpus.MapTag(source));

    [Fact]
    public void Io_files_become_bio_and_documents_and_blank_lines_split_sentences()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conll-{Guid.NewGuid():N}.conll");
        File.WriteAllText(path, "-DOCSTART- -X- O O\n\nAnna NNP - I-PER\nKeller NNP - I-PER\nsaid VBD - O\n\nOrvex\tI-ORG\nGmbH\tI-ORG\n");
        try
        {
            var sentences = ConllCorpus.Read(path);

            Assert.Equal(2, sentences.Count);
            Assert.Equal(["B-PER", "I-PER", "O"], sentences[0].Tags);
            Assert.Equal(["Orvex", "GmbH"], sentences[1].Tokens);
            Assert.Equal(["B-ORG", "I-ORG"], sentences[1].Tags);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Spans_are_read_from_bio_tags_exactly()
    {
        Assert.Equal(
            [("PER", 0, 2), ("ORG", 3, 4), ("ORG", 4, 5), ("LOC", 6, 7)],
            ConllEvaluation.Spans(["B-PER", "I-PER", "O", "B-ORG", "B-ORG", "O", "I-LOC"]).ToArray());
    }

    [Fact]
    public void Scores_count_exact_spans_per_type()
    {
        var scores = ConllEvaluation.Score([(["B-PER", "I-PER", "O", "B-ORG"], ["B-PER", "O", "O", "B-ORG"])]);

        TypeScore per = scores.Single(s => s.Type == "PER");
        Assert.Equal((0, 1, 1), (per.TruePositives, per.FalsePositives, per.FalseNegatives));
        TypeScore micro = scores.Single(s => s.Type == "micro");
        Assert.Equal(0.5, micro.Precision, 3);
        Assert.Equal(0.5, micro.Recall, 3);
    }

    [Fact]
    public void Training_learns_a_tiny_corpus()
    {
        PerceptronTagger tagger = PerceptronTagger.Train(Tiny, epochs: 10, seed: 7, bits: 14);

        var scores = ConllEvaluation.Evaluate(tagger, Tiny);

        Assert.Equal(1.0, scores.Single(s => s.Type == "micro").F1, 3);
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed_and_the_model_round_trips()
    {
        byte[] Save(PerceptronTagger tagger)
        {
            using var stream = new MemoryStream();
            tagger.Save(stream);
            return stream.ToArray();
        }

        byte[] first = Save(PerceptronTagger.Train(Tiny, epochs: 5, seed: 3, bits: 12));
        byte[] second = Save(PerceptronTagger.Train(Tiny, epochs: 5, seed: 3, bits: 12));
        Assert.Equal(first, second);

        PerceptronTagger loaded = PerceptronTagger.Load(new MemoryStream(first));
        Assert.Equal(12, loaded.Bits);
        Assert.Equal(["B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O"], loaded.Predict(Tiny[0].Tokens));
    }

    [Fact]
    public void Parallel_prediction_equals_sequential_prediction()
    {
        PerceptronTagger tagger = PerceptronTagger.Train(Tiny, epochs: 8, seed: 1, bits: 14);
        string[] expected = Tiny.Select(s => string.Join(' ', tagger.Predict(s.Tokens))).ToArray();

        var results = new string[Tiny.Length * 40];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = string.Join(' ', tagger.Predict(Tiny[i % Tiny.Length].Tokens)));

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % Tiny.Length], results[i]);
        }
    }

    [Fact]
    public void A_stream_that_is_not_a_model_is_refused()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write([1, 2, 3, 4, 5, 6, 7, 8]);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => PerceptronTagger.Load(stream));
    }

    [RequiresNerDataFact]
    public void Trained_on_the_shared_sec_training_file_it_scores_the_sec_test_set()
    {
        string folder = Path.Combine(TestPaths.Shared, "data", "ner");
        PerceptronTagger tagger = PerceptronTagger.Train(ConllCorpus.Read(Path.Combine(folder, "sec-fin5.train.conll")), epochs: 8, seed: 1);

        var scores = ConllEvaluation.Evaluate(tagger, ConllCorpus.Read(Path.Combine(folder, "sec-fin3.test.conll")));

        // Measured 0.81 when written; the issue's target is 0.85 and is not met yet, so this guards against regressions.
        Assert.True(scores.Single(s => s.Type == "micro").F1 >= 0.78, $"micro F1 {scores.Single(s => s.Type == "micro").F1:0.000}");
    }
}
