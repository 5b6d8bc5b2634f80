using System;
using System.IO;
using System.Linq;

namespace FactExtractor.Benchmarks;

/// <summary>The sample articles, found by walking up from the working directory to the repository root.</summary>
internal static class SampleCorpus
{
    public static string[] LoadArticles()
    {
        string? dir = Environment.GetEnvironmentVariable("FACTX_SAMPLES");
        dir ??= Path.Combine(RepositoryRoot(), "samples", "articles");

        string[] files = Directory.GetFiles(dir, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No sample articles in {dir}; set FACTX_SAMPLES to a folder of .txt files.");
        }

        return files.Select(File.ReadAllText).ToArray();
    }

    /// <summary>The folder holding FactExtractor.sln, found by walking up from the binaries; else the working directory.</summary>
    public static string RepositoryRoot()
    {
        string? current = AppContext.BaseDirectory;
        while (current is not null && !File.Exists(Path.Combine(current, "FactExtractor.sln")))
        {
            current = Path.GetDirectoryName(current);
        }

        return current ?? Directory.GetCurrentDirectory();
    }
}
