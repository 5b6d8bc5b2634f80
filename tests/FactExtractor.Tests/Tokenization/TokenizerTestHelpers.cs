using System.Linq;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Tokenization;

/// <summary>Renders tokenizer and splitter output in a compact form that table-driven tests compare against.</summary>
internal static class TokenizerTestHelpers
{
    /// <summary>The tokens of <paramref name="text"/>, joined by " | ".</summary>
    public static string Tokens(string text) =>
        string.Join(" | ", NewsTokenizer.Default.Tokenize(text).Select(t => t.GetText(text)));

    /// <summary>The tokens of <paramref name="text"/> as "text/Kind", joined by " ".</summary>
    public static string TokensWithKinds(string text) =>
        string.Join(" ", NewsTokenizer.Default.Tokenize(text).Select(t => $"{t.GetText(text)}/{t.Kind}"));

    /// <summary>The sentences of <paramref name="text"/>, joined by " ‖ ".</summary>
    public static string Sentences(string text)
    {
        var tokens = NewsTokenizer.Default.Tokenize(text);
        var sentences = NewsSentenceSplitter.Default.Split(text, tokens);
        return string.Join(" ‖ ", sentences.Select(s => text.Substring(s.Start, s.End - s.Start)));
    }
}
