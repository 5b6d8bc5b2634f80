using System;
using System.IO;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Entities.Lexicons;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Entities;

public class LexiconFormatTests
{
    [Fact]
    public void Parses_entries_aliases_attributes_patterns_and_comments()
    {
        const string file = "# a comment\n\nORG\tAcme Motors\tAcme|Acme Motor Co.\tkind=carmaker;country=FR\n" +
            "PRODUCT\tAcme Zephyr\n" +
            "PATTERN:ORG\t{Cap}+ Motors\t\tkind=carmaker\n";

        Lexicon lexicon = Lexicon.Parse(new StringReader(file), "test.tsv");

        Assert.Equal(2, lexicon.Entries.Length);
        LexiconEntry acme = lexicon.Entries[0];
        Assert.Equal(EntityLabel.Org, acme.Label);
        Assert.Equal("Acme Motors", acme.Name);
        Assert.Equal(["Acme", "Acme Motor Co."], acme.Aliases.ToArray());
        Assert.Equal("carmaker", acme.Kind);
        Assert.Equal("FR", acme.Attributes["country"]);
        Assert.Empty(lexicon.Entries[1].Aliases);
        EntityPattern pattern = Assert.Single(lexicon.Patterns);
        Assert.Equal(EntityLabel.Org, pattern.Label);
        Assert.Equal("carmaker", pattern.Attributes["kind"]);
    }

    [Theory]
    [InlineData("ORG\n", 1, "expected 2 to 4 tab-separated fields")]
    [InlineData("# ok\nBRAND\tAcme\n", 2, "unknown label 'BRAND'")]
    [InlineData("ORG\tAcme\n\nORG\t \n", 3, "the name is empty")]
    [InlineData("ORG\tAcme\t\tkind\n", 1, "attribute 'kind' is not of the form key=value")]
    [InlineData("ORG\tA\tB\tc=d\textra\n", 1, "expected 2 to 4 tab-separated fields")]
    [InlineData("PATTERN:ORG\t{Capital}+ Motors\n", 1, "Unknown token class '{Capital}'")]
    [InlineData("PATTERN:ORG\t{Cap}?\n", 1, "can match nothing")]
    public void A_malformed_line_is_reported_with_its_number(string file, int line, string problem)
    {
        var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse(new StringReader(file), "user.tsv"));

        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"user.tsv:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_reports_the_file_path()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "ORG\tAcme\nWRONG\tx\n");
        try
        {
            var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(path));

            Assert.Equal(path, error.Source);
            Assert.Equal(2, error.LineNumber);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{Cap}+ Motors", "Great Wall Motors builds cars.", "Great Wall Motors")]
    [InlineData("{Cap}+ Motors", "Huayan Motors said so.", "Huayan Motors")]
    [InlineData("{Upper} {Num}", "The GT 500 arrived.", "GT 500")]
    [InlineData("Project {Cap} {Num}?", "Project Neptune begins.", "Project Neptune")]
    [InlineData("Project {Cap} {Num}?", "Project Neptune 2 begins.", "Project Neptune 2")]
    public void Patterns_match_longest_with_backtracking(string pattern, string text, string expected)
    {
        var tokens = NewsTokenizer.Default.Tokenize(text);
        EntityPattern parsed = EntityPattern.Parse(EntityLabel.Org, pattern);

        string? match = null;
        for (int i = 0; i < tokens.Length && match is null; i++)
        {
            int end = parsed.Match(text, tokens.AsSpan(), i);
            if (end > i)
            {
                match = text[tokens[i].Start..tokens[end - 1].End];
            }
        }

        Assert.Equal(expected, match);
    }

    [Theory]
    [InlineData("{Cap}+ Motors", "motors are cheap.")]
    [InlineData("Project {Cap}", "The project Neptune begins.")]
    public void Patterns_do_not_match_other_shapes(string pattern, string text)
    {
        var tokens = NewsTokenizer.Default.Tokenize(text);
        EntityPattern parsed = EntityPattern.Parse(EntityLabel.Org, pattern);

        Assert.All(Enumerable.Range(0, tokens.Length), i => Assert.Equal(-1, parsed.Match(text, tokens.AsSpan(), i)));
    }
}
