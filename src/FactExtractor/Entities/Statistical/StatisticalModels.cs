using System;
using System.IO;
using System.Reflection;
using System.Threading;

namespace FactExtractor.Entities.Statistical;

/// <summary>The trained model embedded in the library (models/ner), loaded once on first use.</summary>
public static class StatisticalModels
{
    private static readonly Lazy<PerceptronTagger> Tagger = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded PER/ORG/LOC tagger.</summary>
    public static PerceptronTagger Default => Tagger.Value;

    private static PerceptronTagger Load()
    {
        const string name = "FactExtractor.Models.ner-perceptron.bin.gz";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing; the build did not embed models/ner/ner-perceptron.bin.gz.");
        return PerceptronTagger.Load(stream);
    }
}
