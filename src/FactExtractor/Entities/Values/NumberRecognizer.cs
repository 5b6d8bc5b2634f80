using System;
using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Values;

/// <summary>
/// Finds the numbers no other recognizer claims: CARDINAL (<c>2.3</c>, <c>seven</c>, <c>1.2 million</c>) and ORDINAL
/// (<c>first</c>, <c>3rd</c>). Years are left to the date recognizer, and a number right after a capitalised word
/// (<c>Model 3</c>, <c>Peugeot 208</c>) is taken for a model designation, not a count.
/// </summary>
public sealed class NumberRecognizer : IEntityRecognizer
{
    /// <inheritdoc />
    public string Name => "number";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens;

    /// <inheritdoc />
    public void Recognize(Document document, ICollection<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            ReadOnlySpan<char> word = token.Slice(text);
            // Fractions: "half of the plants", "a fifth from a year earlier", "a third of the cars", "50/50".
            if (TryFraction(text, tokens, i, out int fractionEnd, out decimal fraction))
            {
                int fractionStop = tokens[fractionEnd - 1].End;
                output.Add(new EntityMention(token.Start, fractionStop, EntityLabel.Cardinal, text[token.Start..fractionStop].ToString(), 0.75, EntitySource.Pattern, new NumberValue(fraction)));
                i = fractionEnd - 1;
                continue;
            }

            if (token.Kind == TokenKind.Ordinal || (token.Kind == TokenKind.Word && NumberParsing.TryParseOrdinal(word, out _)))
            {
                NumberParsing.TryParseOrdinal(word, out int rank);
                if (token.Kind == TokenKind.Ordinal || !IsAdverbial(text, tokens, i))
                {
                    output.Add(new EntityMention(token.Start, token.End, EntityLabel.Ordinal, word.ToString(), 0.9, EntitySource.Pattern, new NumberValue(rank)));
                }

                continue;
            }

            // "one" is a number in "one of them" or "one billion", a pronoun or article elsewhere.
            if (token.Kind == TokenKind.Word && word is "one" or "One" && !(i + 1 < tokens.Length
                && (NumberParsing.IsMagnitude(tokens[i + 1].Slice(text), out _) || tokens[i + 1].Slice(text) is "of")))
            {
                continue;
            }

            if (token.Kind == TokenKind.Number && (IsYear(word) || FollowsName(text, tokens, i) || FollowsBrand(document, i) || IsPhoneLike(text, tokens, i)))
            {
                continue;
            }

            int end = NumberParsing.ReadNumber(text, tokens, i, out decimal value);
            if (end < 0 || IsDuration(text, tokens, end))
            {
                continue;
            }

            int stop = tokens[end - 1].End;
            output.Add(new EntityMention(token.Start, stop, EntityLabel.Cardinal, text[token.Start..stop].ToString(), 0.8, EntitySource.Pattern, new NumberValue(value)));
            i = end - 1;
        }
    }

    private static readonly SpanMap<int> FractionWords = new(
    [
        new("half", 2), new("third", 3), new("quarter", 4), new("fourth", 4), new("fifth", 5), new("sixth", 6), new("seventh", 7),
        new("eighth", 8), new("ninth", 9), new("tenth", 10),
    ]);

    private static bool TryFraction(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out int end, out decimal value)
    {
        end = -1;
        value = 0;
        ReadOnlySpan<char> word = tokens[i].Slice(text);
        ReadOnlySpan<char> next = i + 1 < tokens.Length ? tokens[i + 1].Slice(text) : default;
        if (word is "half" && (next is "of" or "the" or "a" or "its" or "their" || (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Punctuation)))
        {
            end = i + 1;
            value = 0.5m;
            return true;
        }

        if (word is "a" or "A" or "one" && FractionWords.TryGetValue(next, out int denominator) && denominator > 2
            && i + 2 < tokens.Length && tokens[i + 2].Slice(text) is "of" or "from" or "than" or "in")
        {
            end = i + 2;
            value = Math.Round(1m / denominator, 4);
            return true;
        }

        // "50/50", "3/4": a ratio, not a date.
        int slash = word.IndexOf('/');
        if (tokens[i].Kind == TokenKind.Number && slash > 0 && word.LastIndexOf('/') == slash && slash <= 3 && word.Length - slash - 1 <= 3
            && int.TryParse(word[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int a)
            && int.TryParse(word[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int b) && b > 0)
        {
            end = i + 1;
            value = Math.Round((decimal)a / b, 4);
            return true;
        }

        return false;
    }

    // "first" meaning "initially": "first unveiled", "who said it first."
    private static bool IsAdverbial(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> next = tokens[i + 1].Slice(text);
            if (next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("ly", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // Only "first" is commonly an adverb at a clause end; "ranked fifth." is a rank.
        bool endsClause = i + 1 >= tokens.Length || tokens[i + 1].Kind == TokenKind.Punctuation;
        if (endsClause && i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i].Slice(text) is "first" or "First")
        {
            ReadOnlySpan<char> previous = tokens[i - 1].Slice(text);
            return previous is not ("the" or "its" or "their" or "his" or "her" or "our" or "a" or "an" or "this" or "that" or "The");
        }

        return false;
    }

    // "four decades", "three to four years", "17 years": durations are neither dates nor counts.
    private static bool IsDuration(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        if (end + 1 < tokens.Length && tokens[end].Slice(text) is "to" or "or" or "-" or "–" && NumberParsing.ReadNumber(text, tokens, end + 1, out _) is > 0 and var other)
        {
            end = other;
        }

        return end < tokens.Length && tokens[end].Slice(text) is "years" or "year" or "months" or "month" or "weeks" or "week" or "days"
            or "day" or "hours" or "hour" or "decades" or "decade" or "minutes" or "seconds" or "quarters";
    }

    // "+41 44 000 00 00": numbers that sit next to numbers are a phone number or a code, not a count.
    private static bool IsPhoneLike(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        (i > 0 && (tokens[i - 1].Kind == TokenKind.Number || (text[tokens[i - 1].Start] == '+' && tokens[i - 1].End == tokens[i].Start)))
        || (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number);

    /// <summary>True when the token before <paramref name="i"/> ends an organisation or product found earlier ("Peugeot 208").</summary>
    internal static bool FollowsBrand(Document document, int i)
    {
        if (i == 0)
        {
            return false;
        }

        int end = document.Tokens[i - 1].End;
        ReadOnlySpan<EntityMention> mentions = document.Entities.AsSpan();
        for (int m = MentionSearch.FirstStartingAtOrAfter(mentions, end) - 1; m >= 0 && mentions[m].Start > end - 256; m--)
        {
            if (mentions[m].End == end && mentions[m].Label is EntityLabel.Org or EntityLabel.Product)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && CharClass.IsDigit(word[0]) && CharClass.IsDigit(word[1]) && CharClass.IsDigit(word[2]) && CharClass.IsDigit(word[3])
        && (word[..2] is "18" or "19" or "20");

    private static bool FollowsName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> previous = tokens[i - 1].Slice(text);
        return CharClass.IsUpper(previous[0]) && !DateRecognizer.IsMonthName(previous) && !IsSentenceStart(text, tokens, i - 1);
    }

    private static bool IsSentenceStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].Kind is TokenKind.Punctuation && text[tokens[i - 1].Start] is '.' or '!' or '?' or ':';
}
