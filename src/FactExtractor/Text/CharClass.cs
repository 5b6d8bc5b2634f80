using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FactExtractor.Text;

/// <summary>
/// Character classes shared by the tokenizer, the sentence splitter and their tests.
/// ASCII is answered from comparisons; everything else from the Unicode category.
/// </summary>
public static class CharClass
{
    /// <summary>
    /// True for characters that separate tokens and never belong to one: Unicode white space (including no-break,
    /// thin and narrow no-break spaces) and the invisible format characters zero-width space, word joiner and byte-order mark.
    /// </summary>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' : c >= '\u0085' && IsSpaceSlow(c);

    /// <summary>True for ASCII digits 0–9.</summary>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>True for letters, including accented and non-Latin letters.</summary>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>True for characters that continue a word: letters, digits and combining marks.</summary>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : IsWordCharSlow(c);

    /// <summary>True for an upper-case letter.</summary>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    /// <summary>True for a lower-case letter.</summary>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>True for the characters that join the parts of a hyphenated word: hyphen-minus, hyphen and non-breaking hyphen.</summary>
    /// <param name="c">The character.</param>
    public static bool IsJoiningHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>True for dashes that stand alone as tokens: hyphen-minus, figure/en/em dashes, horizontal bar and minus sign.</summary>
    /// <param name="c">The character.</param>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>True for apostrophes that may sit inside a word: straight, right single quotation mark and modifier letter apostrophe.</summary>
    /// <param name="c">The character.</param>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>True where the text has at least one letter and no lower-case letter: "PALO ALTO", "TBMNC", "R&amp;D".</summary>
    /// <param name="text">The text.</param>
    public static bool IsAllCapitals(ReadOnlySpan<char> text)
    {
        bool letter = false;
        foreach (char c in text)
        {
            if (IsLower(c))
            {
                return false;
            }

            letter |= IsLetter(c);
        }

        return letter;
    }

    /// <summary>True for quotation marks of any style.</summary>
    /// <param name="c">The character.</param>
    public static bool IsQuote(char c) => c is '"' or '\'' or '`' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\u201A'
        or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2039' or '\u203A' or '\u300C' or '\u300D';

    /// <summary>True for quotation marks that can only open a quotation: “ ‘ „ ‚ « ‹ 「.</summary>
    /// <param name="c">The character.</param>
    public static bool IsOpeningQuote(char c) => c is '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u300C' or '\u201F' or '\u201B';

    /// <summary>True for quotation marks that can only close a quotation: ” ’ » › 」.</summary>
    /// <param name="c">The character.</param>
    public static bool IsClosingQuote(char c) => c is '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D';

    /// <summary>True for the line breaks that end a line: LF, CR, NEL, line and paragraph separators.</summary>
    /// <param name="c">The character.</param>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsSpaceSlow(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    private static bool IsWordCharSlow(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
