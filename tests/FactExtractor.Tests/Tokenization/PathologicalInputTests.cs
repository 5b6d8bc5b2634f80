using System;
using System.Linq;
using System.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Tokenization;

/// <summary>
/// Inputs built to find quadratic paths and crashes: a million characters of one construction repeated. A scan that
/// restarts for every token would take hours on these, so the suite would not finish; a linear one takes milliseconds.
/// The output must still keep every invariant.
/// </summary>
public class PathologicalInputTests
{
    private const int Size = 1_000_000;

    public static TheoryData<string> Patterns() => new()
    {
        "a.", "a.b", "U.S.", "x@y.", "a@", "1 000 ", "1,", "1.", "-", "–", ".", "…", "’", "'s ", "\"", "#", "@a ", "é",
        "\u0301", "\uD83D\uDE97", "\u200D", "\n", "\n\n", "\r", " ", "\u00A0", "www.", "http://a", "Mr. ",
        "A. ", "1. ", "- a\n", "“a.” ", "(a.) ", "e-", "a-1-", "no.", "ID.3", "O'", "n't ", "€1", "1st ", "10:30:", "a_", "AT&",
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_million_characters_of_one_pattern_keep_the_invariants(string pattern)
    {
        var builder = new StringBuilder(Size + pattern.Length);
        while (builder.Length < Size)
        {
            builder.Append(pattern);
        }

        InvariantTests.AssertInvariants(builder.ToString());
    }

    // Lone surrogates as code units: as strings, xunit gives both the same test case ID and runs only one of them.
    [Theory]
    [InlineData(0xD83D)]
    [InlineData(0xDE97)]
    public void A_million_lone_surrogates_keep_the_invariants(int codeUnit) =>
        InvariantTests.AssertInvariants(new string((char)codeUnit, Size));

    [Fact]
    public void One_giant_word_is_one_token()
    {
        string text = new('a', Size);

        var tokens = NewsTokenizer.Default.Tokenize(text);

        Assert.Equal(Size, Assert.Single(tokens).Length);
    }

    [Fact]
    public void A_long_url_without_spaces_is_one_token()
    {
        string text = "https://example.com/" + string.Concat(Enumerable.Repeat("segment/", Size / 8));

        var tokens = NewsTokenizer.Default.Tokenize(text);

        Assert.Equal(TokenKind.Url, Assert.Single(tokens).Kind);
    }
}
