using System;
using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Values;

/// <summary>
/// Finds amounts of money and normalises them to a number in units and an ISO 4217 code: <c>€600 million</c>,
/// <c>$4.33bn</c>, <c>4.1 billion euros</c>, <c>USD 2bn</c>, <c>£1.2bn</c>, <c>Rs 5,000 crore</c>, <c>¥300 billion</c>,
/// <c>CNY 10 billion</c>, <c>HK$41 billion</c>, <c>two billion dollars</c>, and ranges such as <c>$1-2 billion</c>.
/// </summary>
public sealed class MoneyRecognizer : IEntityRecognizer
{
    /// <inheritdoc />
    public string Name => "money";

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
            int end = TryPrefixed(text, tokens, i, out MoneyValue? value);
            if (end < 0)
            {
                end = TryRand(text, tokens, i, out value);
            }

            double confidence = 0.97;
            if (end < 0)
            {
                end = TrySuffixed(text, tokens, i, out value);
                confidence = 0.93;
            }

            if (end < 0)
            {
                end = TryJoined(text, tokens, i, out value);
                confidence = 0.9;
            }

            if (end > i && value is not null)
            {
                int start = tokens[i].Start;
                int stop = tokens[end - 1].End;
                output.Add(new EntityMention(start, stop, EntityLabel.Money, text[start..stop].ToString(), confidence, EntitySource.Pattern, value));
                i = end - 1;
            }
        }
    }

    // €600 million, HK$41bn, USD 2bn, Rs 5,000 crore, $1-2 billion, $1bn-$2bn
    private static int TryPrefixed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out MoneyValue? value)
    {
        value = null;
        int afterCurrency = Currencies.ReadPrefix(text, tokens, i, out string code);
        if (afterCurrency < 0)
        {
            return -1;
        }

        int end = NumberParsing.ReadNumber(text, tokens, afterCurrency, out decimal amount, allowArticle: false);
        if (end < 0)
        {
            return -1;
        }

        // A code must be followed by its amount ("USD 2bn"), but a sign glued to a number also is ("€600").
        if (TryReadRangeEnd(text, tokens, end, HasMagnitude(text, tokens, afterCurrency, end), out int rangeEnd, out decimal high, out bool highHasMagnitude))
        {
            decimal low = amount;
            if (highHasMagnitude && !HasMagnitude(text, tokens, afterCurrency, end))
            {
                low *= Magnitude(text, tokens, rangeEnd);
            }

            value = new MoneyValue(high, code, low, high);
            return rangeEnd;
        }

        // "Rs 5,000 crore rupees" repeats the currency after the amount.
        int suffix = Currencies.ReadSuffix(text, tokens, end, out string suffixCode);
        if (suffix > 0 && suffixCode == code)
        {
            end = suffix;
        }

        value = new MoneyValue(amount, code);
        return end;
    }

    // The crowns a story means: those of the country it names most (Sweden, the Czech Republic, Denmark or Norway).
    private static string CrownsOf(ReadOnlySpan<char> text)
    {
        int swedish = Count(text, "Swed"), czech = Count(text, "Czech"), danish = Count(text, "Danish") + Count(text, "Denmark"), norwegian = Count(text, "Norw");
        return czech > swedish && czech >= danish && czech >= norwegian ? "CZK"
            : danish > swedish && danish >= norwegian ? "DKK"
            : norwegian > swedish ? "NOK" : "SEK";

        static int Count(ReadOnlySpan<char> text, string word)
        {
            int count = 0;
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text[(at + word.Length)..].IndexOf(word, StringComparison.Ordinal) is var next and >= 0 ? at + word.Length + next : -1)
            {
                count++;
            }

            return count;
        }
    }

    // "R620 million", "R1.2bn": South African rand, the "R" glued to the amount. Only with a magnitude, so that model
    // names ("Rivian R1", "R8") are no money.
    private static int TryRand(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out MoneyValue? value)
    {
        value = null;
        ReadOnlySpan<char> word = tokens[i].Slice(text);
        if (tokens[i].Kind != TokenKind.Word || word.Length < 2 || word[0] != 'R' || !CharClass.IsDigit(word[1]))
        {
            return -1;
        }

        int digits = 1;
        while (digits < word.Length && (CharClass.IsDigit(word[digits]) || word[digits] is '.' or ','))
        {
            digits++;
        }

        if (!NumberParsing.TryParseDigits(word[1..digits], out decimal amount))
        {
            return -1;
        }

        int end = i + 1;
        if (digits < word.Length)
        {
            // "R1.2bn", "R400m": the magnitude glued inside the word.
            if (!NumberParsing.IsMagnitude(word[digits..], out decimal glued))
            {
                return -1;
            }

            amount *= glued;
        }
        else if (end < tokens.Length && tokens[end].Kind == TokenKind.Word && tokens[end].Length > 1 && NumberParsing.IsMagnitude(tokens[end].Slice(text), out decimal factor))
        {
            amount *= factor;
            end++;
        }
        else
        {
            return -1;
        }

        value = new MoneyValue(amount, "ZAR");
        return end;
    }

    // "a 48-million-euro package", "a 2.4-billion-dollar loan": the amount, its magnitude and the currency joined by hyphens.
    private static int TryJoined(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out MoneyValue? value)
    {
        value = null;
        Token token = tokens[i];
        ReadOnlySpan<char> word = token.Slice(text);
        decimal amount;
        ReadOnlySpan<char> rest;
        int end;
        if (token.Kind == TokenKind.Word && word.Length > 4 && CharClass.IsDigit(word[0]) && word.IndexOf('-') is > 0 and var hyphen
            && NumberParsing.TryParseDigits(word[..hyphen], out amount))
        {
            rest = word[(hyphen + 1)..];
            end = i + 1;
        }
        else if (token.Kind == TokenKind.Number && i + 2 < tokens.Length && tokens[i + 1].Kind == TokenKind.Dash && tokens[i + 1].Start == token.End
            && tokens[i + 2].Start == tokens[i + 1].End && tokens[i + 2].Kind == TokenKind.Word && NumberParsing.TryParseDigits(word, out amount))
        {
            rest = tokens[i + 2].Slice(text);
            end = i + 3;
        }
        else
        {
            return -1;
        }

        int second = rest.IndexOf('-');
        if (second <= 0 || !NumberParsing.IsMagnitude(rest[..second], out decimal magnitude) || !Currencies.TryWord(rest[(second + 1)..], out string code))
        {
            return -1;
        }

        value = new MoneyValue(amount * magnitude, code);
        return end;
    }

    // 4.1 billion euros, two billion dollars, 300 billion yen, 2 billion USD
    private static int TrySuffixed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out MoneyValue? value)
    {
        value = null;
        int end = NumberParsing.ReadNumber(text, tokens, i, out decimal amount, allowArticle: true);
        if (end < 0)
        {
            return -1;
        }

        decimal? low = null;
        if (TryReadRangeEnd(text, tokens, end, HasMagnitude(text, tokens, i, end), out int rangeEnd, out decimal high, out bool highHasMagnitude))
        {
            low = highHasMagnitude && !HasMagnitude(text, tokens, i, end) ? amount * Magnitude(text, tokens, rangeEnd) : amount;
            amount = high;
            end = rangeEnd;
        }

        int after = Currencies.ReadSuffix(text, tokens, end, out string code);
        if (after < 0)
        {
            return -1;
        }

        // "won" is a currency only after an amount, and not where it is the verb: "won an award", "Model 3 won".
        if (code == "KRW" && (!HasMagnitude(text, tokens, i, end) && tokens[i].Kind != TokenKind.Number
            || (after < tokens.Length && tokens[after].Slice(text) is "a" or "an" or "the" or "its" or "their" or "his" or "her")
            || (after < tokens.Length && !HasMagnitude(text, tokens, i, end) && tokens[after].Slice(text) is "by" or "over" or "against" or "in")
            || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && CharClass.IsUpper(text[tokens[i - 1].Start]))))
        {
            return -1;
        }

        // "38 billion crowns" in a story about the Czech Republic are korunas; about Denmark or Norway, kroner; else Swedish kronor.
        if (code == "SEK" && tokens[after - 1].Slice(text).StartsWith("crown", StringComparison.OrdinalIgnoreCase) && (after < 2 || !CharClass.IsUpper(text[tokens[after - 2].Start])))
        {
            code = CrownsOf(text);
        }

        // "600 million dirhams" in a story about Morocco are Moroccan dirhams, not the Emirates'.
        if (code == "AED" && tokens[after - 1].Slice(text).StartsWith("dirham", StringComparison.OrdinalIgnoreCase) && text.Contains("Morocc", StringComparison.Ordinal))
        {
            code = "MAD";
        }

        value = low is null ? new MoneyValue(amount, code) : new MoneyValue(amount, code, low, amount);
        return after;
    }

    // "$1-2 billion", "$1bn-$2bn", "$1 to $2 billion"; "from $1bn to $2bn" is a change, not a range, so "to" needs a
    // first amount without its own magnitude.
    private static bool TryReadRangeEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool firstHasMagnitude, out int end, out decimal high, out bool hasMagnitude)
    {
        end = -1;
        high = 0;
        hasMagnitude = false;
        if (i + 1 >= tokens.Length || !((tokens[i].Kind == TokenKind.Dash && tokens[i].Length == 1) || tokens[i].Slice(text) is "to"))
        {
            return false;
        }

        int next = i + 1;
        if (Currencies.ReadPrefix(text, tokens, next, out _) is > 0 and var afterSign)
        {
            next = afterSign;
        }

        int numberEnd = NumberParsing.ReadNumber(text, tokens, next, out high);
        if (numberEnd < 0)
        {
            return false;
        }

        hasMagnitude = HasMagnitude(text, tokens, next, numberEnd);
        if (tokens[i].Slice(text) is "to" && (firstHasMagnitude || !hasMagnitude))
        {
            return false;
        }

        end = numberEnd;
        return true;
    }

    private static bool HasMagnitude(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end) =>
        end - 1 > start && NumberParsing.IsMagnitude(tokens[end - 1].Slice(text), out _);

    private static decimal Magnitude(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end) =>
        NumberParsing.IsMagnitude(tokens[end - 1].Slice(text), out decimal factor) ? factor : 1;
}
