using System;
using System.Globalization;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Values;

/// <summary>Reads numbers written in digits or words, with magnitudes, from tokens.</summary>
internal static class NumberParsing
{
    private static readonly SpanMap<int> Units = new(
    [
        new("zero", 0), new("one", 1), new("two", 2), new("three", 3), new("four", 4), new("five", 5), new("six", 6),
        new("seven", 7), new("eight", 8), new("nine", 9), new("ten", 10), new("eleven", 11), new("twelve", 12),
        new("thirteen", 13), new("fourteen", 14), new("fifteen", 15), new("sixteen", 16), new("seventeen", 17),
        new("eighteen", 18), new("nineteen", 19), new("twenty", 20), new("thirty", 30), new("forty", 40), new("fifty", 50),
        new("sixty", 60), new("seventy", 70), new("eighty", 80), new("ninety", 90), new("dozen", 12),
    ], ignoreCase: true);

    private static readonly SpanMap<decimal> Magnitudes = new(
    [
        new("hundred", 100m), new("thousand", 1_000m), new("million", 1_000_000m), new("billion", 1_000_000_000m),
        new("trillion", 1_000_000_000_000m), new("crore", 10_000_000m), new("crores", 10_000_000m), new("lakh", 100_000m),
        new("lakhs", 100_000m), new("mn", 1_000_000m), new("mln", 1_000_000m), new("mio", 1_000_000m), new("bn", 1_000_000_000m),
        new("bln", 1_000_000_000m), new("mrd", 1_000_000_000m), new("tn", 1_000_000_000_000m), new("trn", 1_000_000_000_000m),
        new("k", 1_000m), new("m", 1_000_000m), new("b", 1_000_000_000m), new("cr", 10_000_000m),
        new("thousands", 1_000m), new("millions", 1_000_000m), new("billions", 1_000_000_000m),
    ], ignoreCase: true);

    private static readonly SpanMap<int> Ordinals = new(
    [
        new("first", 1), new("second", 2), new("third", 3), new("fourth", 4), new("fifth", 5), new("sixth", 6),
        new("seventh", 7), new("eighth", 8), new("ninth", 9), new("tenth", 10), new("eleventh", 11), new("twelfth", 12),
        new("thirteenth", 13), new("fourteenth", 14), new("fifteenth", 15), new("sixteenth", 16), new("seventeenth", 17),
        new("eighteenth", 18), new("nineteenth", 19), new("twentieth", 20), new("thirtieth", 30), new("fortieth", 40),
        new("fiftieth", 50), new("hundredth", 100),
    ], ignoreCase: true);

    /// <summary>True when the token is a magnitude word such as <c>million</c> or <c>bn</c>.</summary>
    public static bool IsMagnitude(ReadOnlySpan<char> token, out decimal factor) => Magnitudes.TryGetValue(token, out factor);

    /// <summary>True when the token is a number word (<c>two</c>, <c>twenty-five</c>, <c>dozen</c>).</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> token) => TryParseNumberWord(token, out _);

    /// <summary>Parses an ordinal word or token: <c>third</c> → 3, <c>23rd</c> → 23.</summary>
    public static bool TryParseOrdinal(ReadOnlySpan<char> token, out int rank)
    {
        if (Ordinals.TryGetValue(token, out rank))
        {
            return true;
        }

        int digits = 0;
        while (digits < token.Length && CharClass.IsDigit(token[digits]))
        {
            digits++;
        }

        return digits > 0 && digits == token.Length - 2 && token[digits..] is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH"
            && int.TryParse(token[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out rank);
    }

    /// <summary>
    /// Parses a number token: digit groups with commas, periods or spaces (<c>5,000</c>, <c>1.200.000</c>, <c>11 000</c>,
    /// <c>5,00,000</c>) and decimals with a period or, where it cannot be a group, a comma (<c>4.33</c>, <c>1,5</c>).
    /// Times and slashed dates are not numbers.
    /// </summary>
    public static bool TryParseDigits(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        if (token.IsEmpty || token.Length > 40 || token.IndexOfAny(':', '/') >= 0 || !CharClass.IsDigit(token[0]))
        {
            return false;
        }

        Span<char> clean = stackalloc char[token.Length];
        int length = 0;
        int commas = 0, periods = 0, lastComma = -1, lastPeriod = -1;
        foreach (char c in token)
        {
            if (CharClass.IsDigit(c))
            {
                clean[length++] = c;
            }
            else if (c == ',')
            {
                commas++;
                lastComma = length;
                clean[length++] = c;
            }
            else if (c == '.')
            {
                periods++;
                lastPeriod = length;
                clean[length++] = c;
            }
            else if (!CharClass.IsSpace(c))
            {
                return false;
            }
        }

        char decimalSeparator = '\0';
        if (commas > 0 && periods > 0)
        {
            decimalSeparator = lastComma > lastPeriod ? ',' : '.';
        }
        else if (periods == 1)
        {
            decimalSeparator = '.';
        }
        else if (commas == 1 && length - lastComma - 1 != 3)
        {
            // "1,5" is a decimal comma; "5,000" is a group.
            decimalSeparator = ',';
        }

        Span<char> invariant = stackalloc char[length];
        int n = 0;
        foreach (char c in clean[..length])
        {
            if (CharClass.IsDigit(c))
            {
                invariant[n++] = c;
            }
            else if (c == decimalSeparator)
            {
                invariant[n++] = '.';
            }
        }

        return decimal.TryParse(invariant[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses one number word: <c>seven</c>, <c>twenty-five</c>, <c>dozen</c>.</summary>
    public static bool TryParseNumberWord(ReadOnlySpan<char> token, out decimal value)
    {
        if (Units.TryGetValue(token, out int unit))
        {
            value = unit;
            return true;
        }

        int hyphen = token.IndexOf('-');
        if (hyphen > 0 && Units.TryGetValue(token[..hyphen], out int tens) && tens >= 20 && tens % 10 == 0
            && Units.TryGetValue(token[(hyphen + 1)..], out int ones) && ones is > 0 and < 10)
        {
            value = tens + ones;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Reads a number phrase starting at token <paramref name="start"/>: digits or number words, then any magnitude words
    /// (<c>4.1 billion</c>, <c>two hundred million</c>, <c>1.2m</c>, <c>5,000 crore</c>). With <paramref name="allowArticle"/>,
    /// <c>a billion</c> counts too.
    /// </summary>
    /// <returns>The end token index (exclusive), or -1 when no number starts there.</returns>
    public static int ReadNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, out decimal value, bool allowArticle = false)
    {
        value = 0;
        if (start >= tokens.Length)
        {
            return -1;
        }

        Token first = tokens[start];
        ReadOnlySpan<char> firstText = first.Slice(text);
        int i;
        if (first.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(firstText, out value))
            {
                return -1;
            }

            i = start + 1;

            // "a Rs 2,400-crore round": a magnitude joined by a hyphen.
            if (i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Dash && tokens[i].Start == first.End && tokens[i + 1].Start == tokens[i].End
                && tokens[i + 1].Length > 2 && IsMagnitude(tokens[i + 1].Slice(text), out decimal hyphenated))
            {
                value *= hyphenated;
                return i + 2;
            }
        }
        else if (first.Kind == TokenKind.Word && firstText.IndexOf('-') is > 0 and var hyphen && CharClass.IsDigit(firstText[0])
            && TryParseDigits(firstText[..hyphen], out value) && hyphen + 3 < firstText.Length && IsMagnitude(firstText[(hyphen + 1)..], out decimal joined))
        {
            // "a $5-million loan": the number and its magnitude in one word.
            value *= joined;
            return start + 1;
        }
        else if (first.Kind == TokenKind.Word && TryParseNumberWord(firstText, out value))
        {
            i = start + 1;
            // "two hundred fifty": number words and "hundred" compose until a larger magnitude.
            while (i < tokens.Length && tokens[i].Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> word = tokens[i].Slice(text);
                if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
                {
                    value *= 100;
                }
                else if (value % 100 == 0 && value >= 100 && TryParseNumberWord(word, out decimal more) && more < 100)
                {
                    value += more;
                }
                else if (value % 100 is >= 20 and <= 90 && value % 10 == 0 && TryParseNumberWord(word, out decimal ones) && ones is > 0 and < 10)
                {
                    // "twenty five" written without its hyphen
                    value += ones;
                }
                else
                {
                    break;
                }

                i++;
            }
        }
        else if (allowArticle && first.Kind == TokenKind.Word && firstText is "a" or "A" or "one"
            && start + 1 < tokens.Length && IsMagnitude(tokens[start + 1].Slice(text), out _))
        {
            value = 1;
            i = start + 1;
        }
        else if (allowArticle && first.Kind == TokenKind.Word && firstText is "half" or "Half" && start + 2 < tokens.Length
            && tokens[start + 1].Slice(text) is "a" && IsMagnitude(tokens[start + 2].Slice(text), out _))
        {
            // "half a billion euros"
            value = 0.5m;
            i = start + 2;
        }
        else if (allowArticle && first.Kind == TokenKind.Word && firstText is "a" or "A" && start + 2 < tokens.Length
            && tokens[start + 1].Slice(text) is "half" or "half-" && IsMagnitude(tokens[start + 2].Slice(text), out _))
        {
            // "a half billion euros"
            value = 0.5m;
            i = start + 2;
        }
        else if (allowArticle && first.Kind == TokenKind.Word && firstText is "a" or "A" && start + 4 < tokens.Length
            && tokens[start + 1].Slice(text) is "quarter" && tokens[start + 2].Slice(text) is "of" && tokens[start + 3].Slice(text) is "a"
            && IsMagnitude(tokens[start + 4].Slice(text), out _))
        {
            // "a quarter of a billion dollars"
            value = 0.25m;
            i = start + 4;
        }
        else
        {
            return -1;
        }

        // Magnitudes multiply: "1.2 million", "two billion", "5,000 crore", "4.33bn".
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && IsMagnitude(tokens[i].Slice(text), out decimal factor)
            && IsMagnitudeAllowed(text, tokens, i))
        {
            value *= factor;
            i++;
        }

        return i;
    }

    // Single-letter magnitudes ("m", "b", "k") count only when glued to the number: "€600m", not "600 m".
    private static bool IsMagnitudeAllowed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (token.Length > 2 || (token.Length == 2 && !text[token.Start..token.End].Equals("cr", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return tokens[i - 1].End == token.Start;
    }
}
