using System;
using System.Globalization;
using FactExtractor.Text;

namespace FactExtractor.Tokenization;

/// <summary>
/// A rule-based tokenizer for news text. It scans the characters once, never alters or copies the text and records
/// each token as a range of the input. It keeps together what news readers read as one unit — abbreviations
/// (<c>Mr.</c>, <c>U.S.</c>), hyphenated names and models (<c>Renault-Nissan</c>, <c>e-tron</c>, <c>CX-5</c>, <c>ID.3</c>),
/// grouped numbers (<c>5,000</c>, <c>11 000</c>, <c>4.33</c>), ordinals (<c>1st</c>), URLs, e-mail addresses, hashtags —
/// and splits what carries meaning of its own: currency signs (<c>€</c> <c>600</c>), magnitude and unit suffixes
/// (<c>4.33</c> <c>bn</c>), possessives and other clitics (<c>Renault</c> <c>’s</c>), percent signs, quotes and dashes.
/// Thread-safe: one instance serves any number of threads.
/// </summary>
public sealed class NewsTokenizer : ITokenizer
{
    private static readonly SpanLookup Clitics = new(["s", "re", "ve", "ll", "d", "m"], ignoreCase: true);

    private static readonly SpanLookup OrdinalSuffixes = new(["st", "nd", "rd", "th"], ignoreCase: true);

    // Magnitudes and units that news glues to numbers: "$4.33bn", "€600m", "100kWh", "35mph".
    // Case matters: "5G" and "1980s" are words, "5g" is grams, "10s" is not a unit worth splitting.
    private static readonly SpanLookup NumberSuffixes = new(
    [
        "bn", "Bn", "BN", "b", "m", "M", "mn", "mln", "bln", "k", "K", "tn", "trn", "mio", "Mio", "mrd", "Mrd", "cr", "crore", "lakh",
        "km", "kg", "kW", "kw", "kWh", "kwh", "KWh", "MW", "MWh", "GW", "GWh", "TW", "TWh", "Wh", "Ah", "mAh", "V", "kV",
        "mph", "kph", "kmh", "hp", "HP", "PS", "bhp", "Nm", "cc", "l", "L", "t", "GB", "TB", "MB", "mm", "cm", "ft", "lb", "lbs",
        "g", "ms", "hrs", "yrs", "pc", "pct", "bps",
    ]);

    // ISO 4217 codes that news glues to an amount ("EUR100 million"); a code before a digit is split from it.
    private static readonly SpanLookup GluedCurrencyCodes = new(
    [
        "EUR", "USD", "GBP", "JPY", "CNY", "RMB", "INR", "KRW", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "TRY", "BRL",
        "MXN", "CAD", "AUD", "NZD", "ZAR", "IDR", "THB", "MYR", "VND", "SGD", "HKD", "TWD", "SAR", "AED", "MAD", "EGP", "ARS", "CLP",
        "COP", "PHP", "RUB", "UAH", "BGN", "ISK", "QAR", "KWD", "NGN", "KES", "PKR", "BDT", "LKR",
    ]);

    // Top-level domains that join "Amazon.com" into one token.
    private static readonly SpanLookup TopLevelDomains = new(
        ["com", "org", "net", "io", "ai", "co", "de", "fr", "uk", "eu", "cn", "jp", "in", "it", "es", "nl", "se", "ch", "gov", "edu", "info", "biz"]);

    private const int MaxEmailLocalPart = 64;
    private const int MaxEmailLength = 254;
    private const int MaxDottedLetters = 8;

    private readonly Abbreviations _abbreviations;

    /// <summary>The tokenizer with the built-in abbreviations.</summary>
    public static NewsTokenizer Default { get; } = new();

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="abbreviations">The abbreviations whose final period belongs to the word; <see cref="Tokenization.Abbreviations.Default"/> when null.</param>
    public NewsTokenizer(Abbreviations? abbreviations = null)
    {
        _abbreviations = abbreviations ?? Abbreviations.Default;
    }

    /// <summary>The abbreviations this tokenizer knows.</summary>
    public Abbreviations Abbreviations => _abbreviations;

    /// <inheritdoc />
    public void Tokenize(ReadOnlySpan<char> text, TokenBuffer output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClass.IsSpace(c))
            {
                i++;
            }
            else if (CharClass.IsDigit(c))
            {
                i = ScanNumber(text, i, output);
            }
            else if (CharClass.IsWordChar(c))
            {
                i = ScanWord(text, i, i, output);
            }
            else
            {
                i = ScanOther(text, i, output);
            }
        }
    }

    private int ScanWord(ReadOnlySpan<char> text, int start, int i, TokenBuffer output)
    {
        if (i == start)
        {
            if (TryScanUrl(text, start, out int urlEnd))
            {
                output.Add(start, urlEnd, TokenKind.Url);
                return urlEnd;
            }

            if (TryScanDottedAbbreviation(text, start, out int dottedEnd))
            {
                output.Add(start, dottedEnd, TokenKind.Abbreviation);
                return dottedEnd;
            }

            // "EUR100 million", "GBP18.5m": a currency code glued to its amount is two tokens, like "€100".
            if (start + 3 < text.Length && CharClass.IsDigit(text[start + 3]) && GluedCurrencyCodes.Contains(text.Slice(start, 3)))
            {
                output.Add(start, start + 3, TokenKind.Word);
                return start + 3;
            }
        }

        int n = text.Length;
        while (true)
        {
            while (i < n && CharClass.IsWordChar(text[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            char c = text[i];
            bool nextIsWordChar = i + 1 < n && CharClass.IsWordChar(text[i + 1]);
            if (c is '@' or '.' or '_' or '+' or '%' && TryScanEmail(text, start, out int emailEnd))
            {
                output.Add(start, emailEnd, TokenKind.Email);
                return emailEnd;
            }

            if (CharClass.IsJoiningHyphen(c))
            {
                // Renault-Nissan, e-tron, CX-5 join; 2024-2026 and 1-2 are ranges and split.
                if (nextIsWordChar && !(CharClass.IsDigit(text[i - 1]) && CharClass.IsDigit(text[i + 1])))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (CharClass.IsApostrophe(c) && i + 1 < n && CharClass.IsLetter(text[i + 1]))
            {
                int j = i + 1;
                while (j < n && CharClass.IsLetter(text[j]))
                {
                    j++;
                }

                bool endsWord = j >= n || !CharClass.IsWordChar(text[j]);
                ReadOnlySpan<char> rest = text.Slice(i + 1, j - i - 1);
                if (endsWord && Clitics.Contains(rest))
                {
                    output.Add(start, i, TokenKind.Word);
                    output.Add(i, j, TokenKind.Clitic);
                    return j;
                }

                if (endsWord && rest is "t" or "T" && i - 1 > start && text[i - 1] is 'n' or 'N')
                {
                    output.Add(start, i - 1, TokenKind.Word);
                    output.Add(i - 1, j, TokenKind.Clitic);
                    return j;
                }

                // O'Neill, d’Ivoire, L’Oréal: the apostrophe is part of the name.
                i = j;
                continue;
            }

            if (c == '.')
            {
                if (i + 1 < n && CharClass.IsDigit(text[i + 1]))
                {
                    // ID.3, v2.0
                    i++;
                    continue;
                }

                ReadOnlySpan<char> word = text.Slice(start, i - start);
                // An initial stands alone and is followed by more of the name ("J. D. Power", "John F. Kennedy"); a letter
                // glued to a symbol ("35°C.") is a unit, and one before a sentence opener or the end ("Model Y. The") ends a sentence.
                bool initial = word.Length == 1 && CharClass.IsUpper(word[0]) && (start == 0 || CharClass.IsSpace(text[start - 1])
                    || text[start - 1] is '(' or '"' or '\u201C' or '\'' or '\u2018') && IsFollowedByName(text, i + 1);
                if (_abbreviations.IsListed(word) || initial)
                {
                    output.Add(start, i + 1, TokenKind.Abbreviation);
                    return i + 1;
                }

                int k = i + 1;
                while (k < n && CharClass.IsLower(text[k]))
                {
                    k++;
                }

                if (k > i + 1 && (k >= n || !CharClass.IsWordChar(text[k])) && TopLevelDomains.Contains(text.Slice(i + 1, k - i - 1)))
                {
                    // Amazon.com
                    i = k;
                    continue;
                }

                break;
            }

            if ((c == '&' && CharClass.IsUpper(text[i - 1]) && i + 1 < n && CharClass.IsUpper(text[i + 1])) || (c == '_' && nextIsWordChar))
            {
                // AT&T, R&D, snake_case
                i++;
                continue;
            }

            break;
        }

        output.Add(start, i, TokenKind.Word);
        return i;
    }

    private int ScanNumber(ReadOnlySpan<char> text, int start, TokenBuffer output)
    {
        int n = text.Length;
        int i = SkipDigits(text, start);
        int firstGroup = i - start;

        // ISO date: 2023-11-01
        if (firstGroup == 4 && i + 5 < n && text[i] == '-' && CharClass.IsDigit(text[i + 1]) && CharClass.IsDigit(text[i + 2])
            && text[i + 3] == '-' && CharClass.IsDigit(text[i + 4]) && CharClass.IsDigit(text[i + 5])
            && (i + 6 >= n || !CharClass.IsWordChar(text[i + 6])))
        {
            output.Add(start, i + 6, TokenKind.Number);
            return i + 6;
        }

        bool onlyDigits = true;
        bool spaceGrouped = false;
        bool spaceGroupingAllowed = firstGroup <= 3;
        while (i + 1 < n)
        {
            char c = text[i];
            if (c is ',' or '.' or '/' && CharClass.IsDigit(text[i + 1]))
            {
                // 5,000  4.33  1.200.000  5,00,000  11/08/2023
                i = SkipDigits(text, i + 1);
                onlyDigits = false;
                spaceGroupingAllowed = false;
                continue;
            }

            if (c == ':' && i - start <= 2 && i + 2 < n && CharClass.IsDigit(text[i + 1]) && CharClass.IsDigit(text[i + 2])
                && (i + 3 >= n || !CharClass.IsDigit(text[i + 3])))
            {
                // 10:30
                i += 3;
                onlyDigits = false;
                spaceGroupingAllowed = false;
                continue;
            }

            if (spaceGroupingAllowed && IsGroupSpace(c) && IsThreeDigitGroup(text, i + 1))
            {
                // 11 000, 1 200 000 (plain, no-break, thin or narrow no-break space)
                i += 4;
                onlyDigits = false;
                spaceGrouped = true;
                continue;
            }

            break;
        }

        if (i < n && !spaceGrouped)
        {
            char c = text[i];
            if (CharClass.IsLetter(c))
            {
                int j = i;
                while (j < n && CharClass.IsLetter(text[j]))
                {
                    j++;
                }

                bool endsWord = j >= n || !CharClass.IsWordChar(text[j]);
                ReadOnlySpan<char> suffix = text.Slice(i, j - i);
                if (endsWord && onlyDigits && OrdinalSuffixes.Contains(suffix))
                {
                    output.Add(start, j, TokenKind.Ordinal);
                    return j;
                }

                // "$1B", "€2B": a capital B after an amount's currency sign is billions ("1B" alone stays a word).
                if (endsWord && (NumberSuffixes.Contains(suffix) || (suffix is "B" && start > 0 && char.GetUnicodeCategory(text[start - 1]) == System.Globalization.UnicodeCategory.CurrencySymbol)))
                {
                    output.Add(start, i, TokenKind.Number);
                    output.Add(i, j, TokenKind.Word);
                    return j;
                }

                // 3D, 5G, 4x4, 1980s
                return ScanWord(text, start, i, output);
            }

            if (onlyDigits && CharClass.IsJoiningHyphen(c) && i + 1 < n && CharClass.IsLetter(text[i + 1]))
            {
                // 50-year-old, 12-month
                return ScanWord(text, start, i, output);
            }
        }

        output.Add(start, i, TokenKind.Number);
        return i;
    }

    private static int ScanOther(ReadOnlySpan<char> text, int i, TokenBuffer output)
    {
        int n = text.Length;
        char c = text[i];
        int j = i + 1;
        TokenKind kind;
        switch (c)
        {
            case '.':
                while (j < n && text[j] == '.')
                {
                    j++;
                }

                kind = j - i >= 2 ? TokenKind.Ellipsis : TokenKind.Punctuation;
                break;
            case '\u2026':
                while (j < n && text[j] == '\u2026')
                {
                    j++;
                }

                kind = TokenKind.Ellipsis;
                break;
            case '!' or '?':
                while (j < n && text[j] is '!' or '?')
                {
                    j++;
                }

                kind = TokenKind.Punctuation;
                break;
            case '#' or '@' when j < n && CharClass.IsWordChar(text[j]):
                while (j < n && (CharClass.IsWordChar(text[j]) || text[j] == '_'))
                {
                    j++;
                }

                kind = c == '#' ? TokenKind.Hashtag : TokenKind.Mention;
                break;
            default:
                if (CharClass.IsDash(c))
                {
                    while (j < n && text[j] == c)
                    {
                        j++;
                    }

                    kind = TokenKind.Dash;
                }
                else if (CharClass.IsQuote(c))
                {
                    // "Nissan Motor Co. Ltd.'s selection": a possessive right after an abbreviation's period is a clitic.
                    if (CharClass.IsApostrophe(c) && i > 0 && text[i - 1] == '.' && i >= 2 && CharClass.IsLetter(text[i - 2]) && i + 1 < n && text[i + 1] is 's' or 'S'
                        && (i + 2 >= n || !CharClass.IsWordChar(text[i + 2])))
                    {
                        output.Add(i, i + 2, TokenKind.Clitic);
                        return i + 2;
                    }

                    kind = TokenKind.Quote;
                }
                else if (c is '%' or '\u2030' or '&' or '@' or '#' or '*' or '\u00A7' or '\u2020' or '\u2021')
                {
                    // Unicode files these under "other punctuation", but they stand for words (percent, and, at, number).
                    kind = TokenKind.Symbol;
                }
                else if (char.IsHighSurrogate(c))
                {
                    j = ScanSurrogateSequence(text, i);
                    kind = TokenKind.Symbol;
                }
                else
                {
                    kind = CharUnicodeInfo.GetUnicodeCategory(c) switch
                    {
                        UnicodeCategory.CurrencySymbol => TokenKind.Currency,
                        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
                        _ => TokenKind.Symbol,
                    };
                }

                break;
        }

        output.Add(i, j, kind);
        return j;
    }

    // An emoji or other astral character with its variation selectors, skin-tone modifiers and zero-width-joined parts.
    private static int ScanSurrogateSequence(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        int j = i + 1;
        if (j < n && char.IsLowSurrogate(text[j]))
        {
            j++;
        }

        while (j < n)
        {
            char c = text[j];
            if (c is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                j++;
            }
            else if (c == '\u200D' && j + 2 < n && char.IsHighSurrogate(text[j + 1]) && char.IsLowSurrogate(text[j + 2]))
            {
                j += 3;
            }
            else if (c == '\uD83C' && j + 1 < n && text[j + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool TryScanUrl(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        if (text[start] is not ('h' or 'H' or 'w' or 'W'))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[start..];
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0 || prefix >= rest.Length || !CharClass.IsWordChar(rest[prefix]))
        {
            return false;
        }

        int i = prefix;
        int openParens = 0;
        while (i < rest.Length)
        {
            char c = rest[i];
            if (CharClass.IsSpace(c) || c is '<' or '>' or '"' || (c > 127 && (CharClass.IsQuote(c) || c == '\u2026')))
            {
                break;
            }

            openParens += c == '(' ? 1 : c == ')' ? -1 : 0;
            i++;
        }

        // Sentence punctuation and closing brackets after a URL belong to the sentence, not to the address.
        while (i > prefix)
        {
            char last = rest[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}')
            {
                i--;
            }
            else if (last == ')' && openParens < 0)
            {
                openParens++;
                i--;
            }
            else
            {
                break;
            }
        }

        end = start + i;
        return true;
    }

    // U.S., U.K., e.g., i.e., a.m., J.D.
    private static bool TryScanDottedAbbreviation(ReadOnlySpan<char> text, int start, out int end)
    {
        int n = text.Length;
        int j = start;
        int pairs = 0;
        while (j + 1 < n && pairs < MaxDottedLetters && CharClass.IsLetter(text[j]) && text[j + 1] == '.')
        {
            j += 2;
            pairs++;
            if (j >= n || !CharClass.IsLetter(text[j]) || j + 1 >= n || text[j + 1] != '.')
            {
                break;
            }
        }

        end = j;
        return pairs >= 2 && (j >= n || !CharClass.IsWordChar(text[j]));
    }

    private static bool TryScanEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        // Bounded by the longest local part and domain that RFC 5321 allows, so that a long run of dotted words
        // cannot make the scan quadratic.
        int n = Math.Min(text.Length, start + MaxEmailLength);
        int i = start;
        while (i < n && i - start <= MaxEmailLocalPart && (CharClass.IsWordChar(text[i]) || text[i] is '.' or '_' or '%' or '+' or '-'))
        {
            i++;
        }

        if (i == start || i >= n || text[i] != '@' || text[i - 1] == '.')
        {
            return false;
        }

        int domainStart = ++i;
        int lastDot = -1;
        while (i < n && (CharClass.IsWordChar(text[i]) || text[i] is '-' or '.'))
        {
            if (text[i] == '.')
            {
                if (i + 1 >= n || !CharClass.IsWordChar(text[i + 1]))
                {
                    break;
                }

                lastDot = i;
            }

            i++;
        }

        if (lastDot <= domainStart || i - lastDot < 3)
        {
            return false;
        }

        end = i;
        return true;
    }

    // After an initial's period: spaces, then a capitalised word that is not a usual sentence opener.
    private static bool IsFollowedByName(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length && text[j] is ' ' or '\u00A0')
        {
            j++;
        }

        if (j == i || j >= text.Length || !CharClass.IsUpper(text[j]))
        {
            return false;
        }

        int k = j;
        while (k < text.Length && (CharClass.IsWordChar(text[k]) || text[k] is '-' or '\''))
        {
            k++;
        }

        return !SentenceStarters.Words.Contains(text[j..k]);
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClass.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F' or '\u2007';

    private static bool IsThreeDigitGroup(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && CharClass.IsDigit(text[i]) && CharClass.IsDigit(text[i + 1]) && CharClass.IsDigit(text[i + 2])
        && (i + 3 >= text.Length || !(CharClass.IsWordChar(text[i + 3]) || (text[i + 3] is '.' or ',' && i + 4 < text.Length && CharClass.IsDigit(text[i + 4]))));
}
