using System;
using System.Collections.Generic;
using FactExtractor.Text;

namespace FactExtractor.Tokenization;

/// <summary>
/// A rule-based sentence splitter for news text, working on the tokens of <see cref="NewsTokenizer"/>.
/// It ends a sentence at <c>. ! ? …</c> when what follows starts a sentence, takes closing quotes and brackets after the
/// final mark into the sentence (<c>… forward.”</c>), keeps abbreviations and initials inside sentences, splits multi-sentence
/// quotations into their sentences, and ends sentences at paragraph breaks (blank lines), at bullet-list items and after
/// headline-like lines. Thread-safe: one instance serves any number of threads.
/// </summary>
public sealed class NewsSentenceSplitter : ISentenceSplitter
{
    // Verbs that attribute a quotation: "“Why now?” Senard asked." stays one sentence.
    private static readonly SpanLookup SpeechVerbs = new(
    [
        "said", "says", "asked", "asks", "added", "adds", "continued", "continues", "concluded", "concludes", "explained",
        "explains", "noted", "notes", "told", "tells", "wrote", "writes", "replied", "insisted", "stressed", "argued",
        "recalled", "commented", "remarked", "declared", "announced", "exclaimed", "observed", "admitted", "warned", "joked",
    ]);

    // Lower-case words after which a line cannot end a headline: a line ending in one of them was wrapped mid-sentence.
    private static readonly SpanLookup WrappingWords = new(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "and", "or", "but", "from", "that", "as", "its",
        "their", "his", "her", "our", "into", "than", "which", "who", "is", "are", "was", "were", "be", "has", "have", "will",
    ]);

    private const int MaxHeadlineTokens = 24;

    private readonly Abbreviations _abbreviations;

    /// <summary>The splitter with the built-in abbreviations.</summary>
    public static NewsSentenceSplitter Default { get; } = new();

    /// <summary>Creates a splitter.</summary>
    /// <param name="abbreviations">The abbreviations to classify; <see cref="Tokenization.Abbreviations.Default"/> when null. Use the tokenizer's.</param>
    public NewsSentenceSplitter(Abbreviations? abbreviations = null)
    {
        _abbreviations = abbreviations ?? Abbreviations.Default;
    }

    private enum Terminal
    {
        None,
        Hard,
        AfterAbbreviation,
    }

    /// <inheritdoc />
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        int first = 0;
        bool inBullet = IsBulletAt(text, tokens, 0);
        for (int t = 0; t < n; t++)
        {
            if (t > first)
            {
                int newlines = CountLineBreaks(text, tokens[t - 1].End, tokens[t].Start);
                if (newlines >= 2 || (newlines == 1 && EndsAtLineBreak(text, tokens, first, t, inBullet)))
                {
                    Emit(tokens, first, t - 1, output);
                    first = t;
                    inBullet = IsBulletAt(text, tokens, t);
                }
            }

            Terminal terminal = ClassifyTerminal(text, tokens, t);
            if (terminal == Terminal.None)
            {
                continue;
            }

            int last = t;
            bool closedQuote = false;
            while (last + 1 < n && IsCloser(text, tokens, last + 1))
            {
                last++;
                closedQuote |= tokens[last].Kind == TokenKind.Quote;
            }

            int next = last + 1;
            if (next < n && CountLineBreaks(text, tokens[last].End, tokens[next].Start) < 2
                && StartsSentence(text, tokens, t, next, terminal, closedQuote))
            {
                Emit(tokens, first, last, output);
                first = next;
                inBullet = IsBulletAt(text, tokens, next);
            }

            t = last;
        }

        Emit(tokens, first, n - 1, output);
    }

    private static void Emit(ReadOnlySpan<Token> tokens, int first, int last, ICollection<Sentence> output) =>
        output.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));

    private Terminal ClassifyTerminal(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        Token token = tokens[t];
        switch (token.Kind)
        {
            case TokenKind.Ellipsis:
                return Terminal.Hard;
            case TokenKind.Punctuation:
                char c = text[token.Start];
                if (c is '!' or '?')
                {
                    return Terminal.Hard;
                }

                if (c != '.')
                {
                    return Terminal.None;
                }

                // "1. Douai" at the start of a line is a list number, not a sentence.
                return t > 0 && tokens[t - 1].End == token.Start && IsListNumber(text, tokens, t - 1) ? Terminal.None : Terminal.Hard;
            case TokenKind.Abbreviation:
                return _abbreviations.Classify(token.Slice(text)) switch
                {
                    AbbreviationClass.MaybeFinal => Terminal.AfterAbbreviation,
                    AbbreviationClass.NeverFinal when token.Length == 2 => Terminal.AfterAbbreviation, // "Plan B. The …"
                    _ => Terminal.None,
                };
            default:
                return Terminal.None;
        }
    }

    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        Token token = tokens[t];
        if (token.Start != tokens[t - 1].End || token.Length != 1)
        {
            return false;
        }

        char c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.Quote => !CharClass.IsOpeningQuote(c),
            TokenKind.Punctuation => c is ')' or ']' or '}',
            _ => false,
        };
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int terminal, int next, Terminal kind, bool closedQuote)
    {
        Token token = tokens[next];
        char c = text[token.Start];
        if (kind == Terminal.AfterAbbreviation)
        {
            return (token.Kind == TokenKind.Word && SentenceStarters.Words.Contains(token.Slice(text)))
                || IsOpeningQuote(text, tokens, next)
                || IsBulletAt(text, tokens, next);
        }

        switch (token.Kind)
        {
            case TokenKind.Word or TokenKind.Abbreviation:
                if (CharClass.IsLower(c))
                {
                    return false;
                }

                // "“Why now?” Senard asked." — a question or exclamation in quotes followed by its attribution.
                return !(closedQuote && text[tokens[terminal].Start] is '!' or '?' && next + 1 < tokens.Length
                    && SpeechVerbs.Contains(tokens[next + 1].Slice(text)));
            case TokenKind.Number or TokenKind.Ordinal or TokenKind.Currency or TokenKind.Url or TokenKind.Email
                or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Symbol:
                return true;
            case TokenKind.Quote:
                return IsOpeningQuote(text, tokens, next);
            case TokenKind.Punctuation:
                return c is '(' or '[' or '{' or '¿' or '¡';
            case TokenKind.Dash:
                return IsBulletAt(text, tokens, next);
            default:
                return false;
        }
    }

    private static bool IsOpeningQuote(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        Token token = tokens[t];
        if (token.Kind != TokenKind.Quote)
        {
            return false;
        }

        char c = text[token.Start];
        if (CharClass.IsOpeningQuote(c))
        {
            return true;
        }

        // A straight quote opens when it is glued to the word after it and not to the token before it.
        return c is '"' or '\'' && t + 1 < tokens.Length && tokens[t + 1].Start == token.End && (t == 0 || tokens[t - 1].End < token.Start);
    }

    private static bool EndsAtLineBreak(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int t, bool inBullet)
    {
        if (inBullet || IsBulletAt(text, tokens, t))
        {
            return true;
        }

        // A headline or sub-heading: a short line that opened the sentence and does not end mid-phrase.
        if (t - first > MaxHeadlineTokens || !IsLineStart(text, tokens, first))
        {
            return false;
        }

        Token previous = tokens[t - 1];
        Token next = tokens[t];
        char nextChar = text[next.Start];
        bool previousEndsPhrase = previous.Kind switch
        {
            TokenKind.Word => !WrappingWords.Contains(previous.Slice(text)),
            TokenKind.Number or TokenKind.Ordinal or TokenKind.Abbreviation or TokenKind.Quote or TokenKind.Clitic => true,
            TokenKind.Punctuation => text[previous.Start] is ')' or ':',
            _ => false,
        };
        bool nextStartsPhrase = CharClass.IsUpper(nextChar) || CharClass.IsDigit(nextChar) || IsOpeningQuote(text, tokens, t);
        return previousEndsPhrase && nextStartsPhrase;
    }

    private static bool IsLineStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        int from = t == 0 ? 0 : tokens[t - 1].End;
        for (int i = tokens[t].Start - 1; i >= from; i--)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return true;
            }
        }

        return t == 0;
    }

    // "- item", "• item", "1. item", "a) item" at the start of a line.
    private static bool IsBulletAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t >= tokens.Length || !IsLineStart(text, tokens, t))
        {
            return false;
        }

        Token token = tokens[t];
        if (token.Length == 1 && text[token.Start] is '-' or '\u2013' or '\u2014' or '\u2022' or '*' or '\u00B7' or '\u25AA'
            or '\u2023' or '\u25E6' or '\u25CF' or '\u25CB' or '\u25A0' or '\u25A1' or '\u27A2' or '\u25BA')
        {
            return token.End < text.Length && CharClass.IsSpace(text[token.End]);
        }

        return IsListNumber(text, tokens, t) && t + 1 < tokens.Length && text[tokens[t + 1].Start] is '.' or ')'
            && tokens[t + 1].End < text.Length && CharClass.IsSpace(text[tokens[t + 1].End]);
    }

    private static bool IsListNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        Token token = tokens[t];
        bool shape = (token.Kind == TokenKind.Number && token.Length <= 2)
            || (token.Kind == TokenKind.Word && token.Length == 1 && CharClass.IsLower(text[token.Start]));
        return shape && IsLineStart(text, tokens, t);
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text, int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (i + 1 >= to || text[i + 1] != '\n')))
            {
                count++;
            }
            else if (c == '\u2029')
            {
                count += 2;
            }
        }

        return count;
    }
}
