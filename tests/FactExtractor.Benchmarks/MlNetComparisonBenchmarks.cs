using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using FactExtractor.Entities.Statistical;
using Microsoft.ML;

namespace FactExtractor.Benchmarks;

/// <summary>
/// Inference speed of the two learners <see cref="MlNetComparison"/> compares, tagging every sentence of
/// sec-fin3.test.conll (13,246 tokens): Microsoft.ML's PredictionEngine called per token, against the perceptron's
/// Viterbi decoder. Both are trained in the setup on sec-fin5.train.conll. Needs the NER data in ../shared/data/ner or
/// in the folder FACTX_NER_DATA names.
/// </summary>
[MemoryDiagnoser]
public class MlNetComparisonBenchmarks
{
    private PerceptronTagger _perceptron = null!;
    private MlNetComparison.MaxEntTagger _maxEnt = null!;
    private List<TaggedSentence> _sentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        string folder = MlNetComparison.NerDataFolder();
        List<TaggedSentence> train = ConllCorpus.Read(Path.Combine(folder, "sec-fin5.train.conll"));
        _sentences = ConllCorpus.Read(Path.Combine(folder, "sec-fin3.test.conll"));
        _perceptron = PerceptronTagger.Train(train, epochs: 8, seed: 1, bits: 16);
        _maxEnt = MlNetComparison.MaxEntTagger.Train(_perceptron, train, ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
    }

    [Benchmark(Baseline = true)]
    public int PerceptronViterbi()
    {
        int entities = 0;
        foreach (TaggedSentence sentence in _sentences)
        {
            foreach (string tag in _perceptron.Predict(sentence.Tokens))
            {
                entities += tag[0] == 'B' ? 1 : 0;
            }
        }

        return entities;
    }

    [Benchmark]
    public int MlNetPredictionEngineGreedy()
    {
        int entities = 0;
        foreach (TaggedSentence sentence in _sentences)
        {
            foreach (string tag in _maxEnt.Predict(sentence))
            {
                entities += tag[0] == 'B' ? 1 : 0;
            }
        }

        return entities;
    }
}
