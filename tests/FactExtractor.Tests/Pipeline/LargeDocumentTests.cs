using System.IO;
using System.Linq;
using System.Text;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Tests.Pipeline;

/// <summary>
/// A document of a quarter of a million words (every sample article forty times over) goes through the whole default
/// pipeline. Any look-up that scans all mentions per token or per quote would take minutes here instead of seconds;
/// the results must stay inside the text and in order.
/// </summary>
public class LargeDocumentTests
{
    [Fact]
    public void A_quarter_million_words_pass_the_whole_pipeline_with_valid_layers()
    {
        string articles = string.Join("\n\n", Directory.GetFiles(TestPaths.SampleArticles, "*.txt").Order(System.StringComparer.Ordinal).Select(File.ReadAllText));
        var builder = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            builder.Append(articles).Append("\n\n");
        }

        string text = builder.ToString();
        Document document = FactPipeline.Default.Extract(text, "large", new System.DateOnly(2024, 11, 6));

        Assert.True(document.Entities.Length > 30_000, $"{document.Entities.Length} entities");
        Assert.True(document.Facts.Length > 1_000, $"{document.Facts.Length} facts");
        int previous = 0;
        foreach (var mention in document.Entities)
        {
            Assert.True(mention.Start >= previous && mention.End <= text.Length);
            previous = mention.End;
        }

        Assert.All(document.Facts, fact => Assert.InRange(fact.Evidence.End, fact.Evidence.Start, text.Length));
    }
}
