using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactExtractor.Pipeline;

namespace FactExtractor.Tests.Pipeline;

/// <summary>
/// Texts cut anywhere — mid-word, mid-name, mid-quotation — as feeds deliver them when a body is truncated: every rule
/// must stay inside the document's bounds and the pipeline must return a result, never throw.
/// </summary>
public class TruncatedDocumentTests
{
    public static IEnumerable<object[]> Corpus() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "corpus", "dev"), "*.txt")
            .Concat(Directory.GetFiles(TestPaths.SampleArticles, "*.txt"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(Path.GetDirectoryName(path))! + "/" + Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_cut_of_an_article_extracts_without_error(string relative)
    {
        string folder = relative.StartsWith("dev/", StringComparison.Ordinal)
            ? Path.Combine(TestPaths.RepositoryRoot, "samples", "corpus", "dev")
            : TestPaths.SampleArticles;
        string text = File.ReadAllText(Path.Combine(folder, relative[(relative.IndexOf('/') + 1)..]));

        // 24 cuts at fixed pseudo-random offsets (a fixed seed: the same cuts every run), plus every sentence end.
        var random = new Random(relative.Length * 7919);
        var cuts = new SortedSet<int>(Enumerable.Range(0, 24).Select(_ => random.Next(1, text.Length)));
        for (int i = text.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            cuts.Add(i + 1);
        }

        foreach (int cut in cuts)
        {
            var document = FactPipeline.Default.Extract(text[..cut]);
            Assert.True(document.Text.Length == cut, $"{relative} cut at {cut}");
        }
    }
}
