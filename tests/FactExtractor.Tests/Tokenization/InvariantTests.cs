using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FactExtractor.Tests.Tokenization;

/// <summary>A text drawn from pieces of news-like text and hostile characters.</summary>
public sealed record NewsText(string Value)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}

/// <summary>FsCheck generators for <see cref="NewsText"/>.</summary>
public static class NewsTextArbitrary
{
    // Fragments that exercise every tokenizer path, glued together at random with random separators.
    private static readonly string[] Fragments =
    [
        "Renault", "Nissan’s", "Mitsubishi's", "de Meo", "Mr.", "Dr.", "Inc.", "U.S.", "e.g.", "J.", "D.", "No.", "vs.",
        "€600", "$4.33bn", "£1.2bn", "¥300", "₹5,000", "Rs", "11 000", "11\u00A0000", "11\u202F000", "4.1", "35%", "2024–2026",
        "1st", "6th", "November", "ID.3", "ID.", "e-tron", "Renault-Nissan", "tight-knit", "Cléon", "Škoda", "S\u030Ckoda",
        "https://example.com/a(b)", "www.example.org.", "press@example.com", "#EV", "@renault", "…", "...", "—", "–", "-", "--",
        "“", "”", "‘", "’", "\"", "'", "(", ")", "[", "]", ",", ".", "!", "?", ";", ":", "%", "&", "AT&T", "O'Neill", "don't",
        "🚗", "👍🏽", "👨‍👩‍👧", "\uD83D", "\uDE97", "\u200B", "\uFEFF", "\u0000", "\u0301", "a", "Z", "9", "0", "1.", "•",
        "The", "plant", "said", "he", "continued", "“We build.", "It grew,” she said.", "Amazon.com", "10:30", "2023-11-01",
    ];

    private static readonly string[] Separators = ["", " ", " ", " ", "\n", "\n\n", "\t", "\u00A0", "\u2009", "\r\n", "  \n \n"];

    /// <summary>News-like text built from fragments and separators.</summary>
    public static Arbitrary<NewsText> NewsTexts()
    {
        Gen<string> piece = Gen.Elements(Fragments).SelectMany(f => Gen.Elements(Separators), (f, s) => f + s);
        Gen<NewsText> gen = Gen.ListOf(piece).Select(parts => new NewsText(string.Concat(parts)));
        return gen.ToArbitrary();
    }
}

/// <summary>
/// Invariants that must hold for any input: tokens lie inside the text, do not overlap, come in order, reproduce the
/// text exactly, and only white space lies between them; sentences cover all tokens in order.
/// </summary>
public class InvariantTests
{
    [Property(Arbitrary = [typeof(NewsTextArbitrary)], MaxTest = 1000)]
    public void Invariants_hold_on_news_like_text(NewsText text) => AssertInvariants(text.Value);

    [Property(MaxTest = 1000)]
    public void Invariants_hold_on_arbitrary_strings(NonNull<string> text) => AssertInvariants(text.Get);

    [Property(MaxTest = 300)]
    public void Invariants_hold_on_arbitrary_unicode(UnicodeString text) => AssertInvariants(text.Item ?? string.Empty);

    [Fact]
    public void Invariants_hold_on_every_sample_article()
    {
        string[] files = Directory.GetFiles(TestPaths.SampleArticles, "*.txt");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            AssertInvariants(File.ReadAllText(file));
        }
    }

    [RequiresReferenceArticleFact]
    public void Invariants_hold_on_the_reference_article() => AssertInvariants(File.ReadAllText(TestPaths.ReferenceArticle!));

    [Fact]
    public void The_pipeline_keeps_the_invariants_and_the_text()
    {
        string text = File.ReadAllText(Directory.GetFiles(TestPaths.SampleArticles, "*.txt").First());
        Document document = FactPipeline.Default.Extract(text);
        Assert.Same(text, document.Text);
        CheckTokens(text, document.Tokens.AsSpan().ToArray());
        CheckSentences(document.Tokens.AsSpan().ToArray(), document.Sentences.AsSpan().ToArray());
    }

    internal static void AssertInvariants(string text)
    {
        Token[] tokens = NewsTokenizer.Default.Tokenize(text).ToArray();
        CheckTokens(text, tokens);
        Sentence[] sentences = NewsSentenceSplitter.Default.Split(text, [.. tokens]).ToArray();
        CheckSentences(tokens, sentences);
    }

    private static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        int previousEnd = 0;
        foreach (Token token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"Token {token} overlaps or precedes the one before (ended at {previousEnd}).");
            Assert.True(token.End > token.Start, $"Token {token} is empty.");
            Assert.True(token.End <= text.Length, $"Token {token} ends past the text ({text.Length}).");
            for (int i = previousEnd; i < token.Start; i++)
            {
                Assert.True(CharClass.IsSpace(text[i]), $"Character U+{(int)text[i]:X4} at {i} lies between tokens but is not white space.");
            }

            Assert.False(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]),
                $"Token {token} starts inside a surrogate pair.");
            Assert.Equal(text.Substring(token.Start, token.Length), token.GetText(text));
            previousEnd = token.End;
        }

        for (int i = previousEnd; i < text.Length; i++)
        {
            Assert.True(CharClass.IsSpace(text[i]), $"Character U+{(int)text[i]:X4} at {i} after the last token is not white space.");
        }
    }

    private static void CheckSentences(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        if (tokens.Count == 0)
        {
            Assert.Empty(sentences);
            return;
        }

        int nextToken = 0;
        foreach (Sentence sentence in sentences)
        {
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0, $"Sentence {sentence} is empty.");
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            nextToken = sentence.EndToken;
        }

        Assert.Equal(tokens.Count, nextToken);
    }
}
