using System;
using System.Collections.Generic;
using System.Text;
using FactExtractor.Text;

namespace FactExtractor.Facts.Quotes;

/// <summary>A stretch of quoted text: from its opening mark to its closing mark, possibly over several paragraphs.</summary>
internal sealed class Quotation
{
    public Quotation(int start, int end, List<(int Start, int End)> segments, string text, bool isSingle)
    {
        Start = start;
        End = end;
        Segments = segments;
        Text = text;
        IsSingle = isSingle;
        Words = CountWords(text);
    }

    /// <summary>Offset of the opening mark.</summary>
    public int Start { get; }

    /// <summary>Offset just after the closing mark (or after the last quoted character when the mark is missing).</summary>
    public int End { get; }

    /// <summary>The quoted characters of each paragraph, without the marks.</summary>
    public List<(int Start, int End)> Segments { get; }

    public int ContentStart => Segments[0].Start;

    public int ContentEnd => Segments[^1].End;

    /// <summary>The quoted words, paragraphs joined by one space.</summary>
    public string Text { get; }

    /// <summary>True for a quotation in single marks.</summary>
    public bool IsSingle { get; }

    public int Words { get; }

    /// <summary>Where the attribution of this quotation ends, once known.</summary>
    public int AttributionEnd { get; set; }

    private static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = CharClass.IsWordChar(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}

/// <summary>Pairs quotation marks into quotations, paragraph by paragraph.</summary>
internal static class QuotationFinder
{
    public static List<Quotation> Find(Document document)
    {
        string text = document.Text;
        var result = new List<Quotation>();
        int doubleOpen = -1;         // offset of the opening double mark of the quotation in progress
        int contentStart = -1;       // where the current paragraph's quoted text starts
        var segments = new List<(int Start, int End)>();
        int singleOpen = -1;
        int singleContent = -1;

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i, out int next))
            {
                singleOpen = -1;
                if (doubleOpen >= 0)
                {
                    int lastQuoted = TrimEnd(text, contentStart, i);
                    segments.Add((contentStart, lastQuoted));

                    // A quotation left open continues in a paragraph that opens with a quotation mark; otherwise it ends here.
                    if (next < text.Length && IsOpeningDouble(text, next))
                    {
                        contentStart = next + 1;
                        i = next;
                        continue;
                    }

                    Emit(result, text, doubleOpen, lastQuoted, segments, isSingle: false);
                    doubleOpen = -1;
                }

                i = next - 1;
                continue;
            }

            if (doubleOpen < 0 && IsOpeningDouble(text, i))
            {
                doubleOpen = i;
                contentStart = i + 1;
                segments = [];
                singleOpen = -1;
                continue;
            }

            if (doubleOpen >= 0)
            {
                if (IsClosingDouble(text, i))
                {
                    segments.Add((contentStart, i));
                    Emit(result, text, doubleOpen, i + 1, segments, isSingle: false);
                    doubleOpen = -1;
                }
                else if (c is '“' or '«' or '„')
                {
                    // A new opening mark before the old quotation closed: the closing mark was lost; start afresh.
                    segments.Add((contentStart, TrimEnd(text, contentStart, i)));
                    Emit(result, text, doubleOpen, TrimEnd(text, contentStart, i), segments, isSingle: false);
                    doubleOpen = i;
                    contentStart = i + 1;
                    segments = [];
                }

                continue;
            }

            // Single marks outside double quotations: ‘…’ or '…', never an apostrophe inside a word.
            if (singleOpen < 0 && IsOpeningSingle(text, i))
            {
                singleOpen = i;
                singleContent = i + 1;
            }
            else if (singleOpen >= 0 && IsClosingSingle(text, i))
            {
                Emit(result, text, singleOpen, i + 1, [(singleContent, i)], isSingle: true);
                singleOpen = -1;
            }
        }

        if (doubleOpen >= 0)
        {
            int lastQuoted = TrimEnd(text, contentStart, text.Length);
            segments.Add((contentStart, lastQuoted));
            Emit(result, text, doubleOpen, lastQuoted, segments, isSingle: false);
        }

        return result;
    }

    private static void Emit(List<Quotation> result, string text, int start, int end, List<(int Start, int End)> segments, bool isSingle)
    {
        var builder = new StringBuilder();
        var trimmed = new List<(int Start, int End)>(segments.Count);
        foreach (var (s, e) in segments)
        {
            int a = s, b = e;
            while (a < b && CharClass.IsSpace(text[a]))
            {
                a++;
            }

            while (b > a && CharClass.IsSpace(text[b - 1]))
            {
                b--;
            }

            if (a == b)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(text, a, b - a);
            trimmed.Add((a, b));
        }

        if (trimmed.Count > 0)
        {
            result.Add(new Quotation(start, end, trimmed, builder.ToString(), isSingle));
        }
    }

    private static bool IsParagraphBreak(string text, int i, out int next)
    {
        int j = i + 1;
        bool blank = false;
        while (j < text.Length && CharClass.IsSpace(text[j]))
        {
            blank |= text[j] == '\n';
            j++;
        }

        next = j;
        return blank;
    }

    private static int TrimEnd(string text, int from, int to)
    {
        while (to > from && CharClass.IsSpace(text[to - 1]))
        {
            to--;
        }

        return to;
    }

    private static bool IsOpeningDouble(string text, int i)
    {
        char c = text[i];
        if (c is '“' or '«' or '„')
        {
            return true;
        }

        return c == '"' && (i == 0 || !IsGlued(text[i - 1])) && i + 1 < text.Length && !CharClass.IsSpace(text[i + 1]);
    }

    private static bool IsClosingDouble(string text, int i)
    {
        char c = text[i];
        if (c is '”' or '»')
        {
            return true;
        }

        return c == '"' && i > 0 && !CharClass.IsSpace(text[i - 1]);
    }

    private static bool IsOpeningSingle(string text, int i)
    {
        char c = text[i];
        return c is '‘' or '\'' && (i == 0 || !IsGlued(text[i - 1])) && i + 1 < text.Length && CharClass.IsWordChar(text[i + 1]);
    }

    private static bool IsClosingSingle(string text, int i)
    {
        char c = text[i];
        return c is '’' or '\'' && i > 0 && !CharClass.IsSpace(text[i - 1]) && (i + 1 >= text.Length || !CharClass.IsLetter(text[i + 1]));
    }

    // A character a quotation mark can follow and still open: space, start, brackets, dashes.
    private static bool IsGlued(char previous) => !(CharClass.IsSpace(previous) || previous is '(' or '[' or '—' or '–' or '-' or ':' or '/');
}
