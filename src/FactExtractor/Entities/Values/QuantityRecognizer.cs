using System;
using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Values;

/// <summary>
/// Finds counted or measured amounts: a number followed by a unit or a counted noun, with up to two modifiers between
/// (<c>50 gigawatt-hours</c>, <c>11 000 people</c>, <c>1.2 million vehicles</c>, <c>four industrial facilities</c>,
/// <c>3,000 new jobs</c>, <c>100 kWh</c>). The unit is kept as written.
/// </summary>
public sealed class QuantityRecognizer : IEntityRecognizer
{
    private const int MaxModifiers = 2;

    // Units and the nouns that news counts. Time spans (years, months) are durations, not quantities.
    private static readonly SpanLookup Units = new(
    [
        "people", "persons", "employees", "workers", "staff", "jobs", "positions", "engineers", "apprentices", "researchers",
        "vehicles", "vehicle", "cars", "car", "units", "unit", "trucks", "vans", "buses", "EVs", "models", "motorcycles",
        "plants", "plant", "factories", "factory", "facilities", "facility", "sites", "site", "lines", "locations", "countries",
        "markets", "dealers", "dealerships", "stores", "showrooms", "chargers", "charging", "stations", "batteries",
        "battery", "cells", "packs", "modules", "engines", "motors", "e-axles", "axles", "chips", "semiconductors", "robots",
        "gigawatt-hours", "gigawatt", "gigawatts", "megawatt-hours", "megawatts", "kilowatt-hours", "kilowatts", "GWh", "MWh",
        "kWh", "TWh", "GW", "MW", "kW", "km", "kilometres", "kilometers", "miles", "mi", "tonnes", "tons", "kg",
        "kilograms", "square", "hectares", "acres", "metres", "meters", "m2", "litres", "liters", "horsepower", "hp", "PS",
        "Nm", "mph", "customers", "brands", "suppliers", "partners", "companies", "carmakers", "investors", "projects",
        "patents", "shares", "contracts", "orders", "members", "seats", "hectare", "tonne", "ton", "mile", "kilometre",
    ]);

    private static readonly SpanLookup NotModifiers = new(
    [
        "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "per", "than", "more", "less",
        "is", "are", "was", "were", "be", "been", "will", "would", "have", "has", "had", "that", "which", "who", "it", "its",
        "their", "his", "her", "our", "this", "these", "those", "as", "each", "every", "into", "over", "under", "about",
        "won", "sold", "made", "built", "bought", "got", "did", "went", "came", "took", "gave", "left", "agreed", "said",
    ]);

    private static readonly SpanLookup YearCues = new(["in", "since", "by", "until", "from", "through", "of", "before", "after", "during", "to", "and"], ignoreCase: true);

    private static readonly SpanLookup PronounCues = new(["the", "The", "this", "that", "each", "any", "no", "every", "which"]);

    // Words that follow numbers without being what is counted.
    private static readonly SpanLookup NotNouns = new(
    [
        "percent", "per", "cent", "ago", "earlier", "later", "before", "after", "years", "year", "months", "month",
        "weeks", "week", "days", "day", "hours", "decades", "minutes", "seconds", "billion", "million", "thousand", "hundred",
        "euros", "dollars", "pounds", "yen", "yuan", "rupees", "francs", "says", "said", "was", "is", "has", "does", "goes",
        "rises", "falls", "makes", "takes", "gets", "needs", "wants", "comes", "means", "remains", "seems", "looks", "plans",
        "expects", "sells", "builds", "employs", "operates", "works", "runs", "uses",
    ]);

    /// <inheritdoc />
    public string Name => "quantity";

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
            int end = NumberParsing.ReadNumber(text, tokens, i, out decimal value, allowArticle: true);
            if (end < 0 || end >= tokens.Length || AfterCurrencyOrName(text, tokens, i) || NumberRecognizer.FollowsBrand(document, i))
            {
                continue;
            }

            // "20,000 or 30,000 units": a range sharing its noun.
            if (end + 1 < tokens.Length && tokens[end].Slice(text) is "or" or "to" or "and" && NumberParsing.ReadNumber(text, tokens, end + 1, out decimal other) is > 0 and var otherEnd
                && otherEnd < tokens.Length && FindUnit(text, tokens, otherEnd, other) > 0)
            {
                end = otherEnd;
                value = other;
            }

            // "in 2023 cars sold well" is a year; "sold 2023 cars" a count. "the one won" is a pronoun.
            ReadOnlySpan<char> before = i > 0 ? tokens[i - 1].Slice(text) : default;
            if (end >= tokens.Length
                || (tokens[i].Kind == TokenKind.Number && NumberRecognizer.IsYear(tokens[i].Slice(text)) && end == i + 1 && YearCues.Contains(before))
                || (value == 1 && PronounCues.Contains(before)))
            {
                continue;
            }

            int unitEnd = FindUnit(text, tokens, end, value);
            if (unitEnd < 0)
            {
                continue;
            }

            int start = tokens[i].Start;
            int stop = tokens[unitEnd - 1].End;
            string unit = text[tokens[end].Start..stop].ToString();
            output.Add(new EntityMention(start, stop, EntityLabel.Quantity, text[start..stop].ToString(), 0.85, EntitySource.Pattern, new QuantityValue(value, unit)));
            i = unitEnd - 1;
        }
    }

    private static int FindUnit(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, decimal value)
    {
        // "35 °C"
        if (tokens[i].Slice(text) is "°" && i + 1 < tokens.Length && tokens[i + 1].Slice(text) is "C" or "F")
        {
            return i + 2;
        }

        // The counted noun: a unit, or (without a part-of-speech tagger) the first plural-looking word within a few
        // modifiers for a count above one ("two customer audits", "two existing European plants"), the next word for one.
        for (int k = i; k < tokens.Length && k <= i + MaxModifiers; k++)
        {
            Token token = tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                return -1;
            }

            ReadOnlySpan<char> word = token.Slice(text);
            if (Units.Contains(word))
            {
                // "square metres", "charging points"
                if (word is "square" or "charging" && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word)
                {
                    return k + 2;
                }

                // "battery cells", "battery packs": a unit word that modifies the counted noun.
                if (k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && CharClass.IsLower(text[tokens[k + 1].Start])
                    && (Units.Contains(tokens[k + 1].Slice(text)) || LooksPlural(tokens[k + 1].Slice(text))) && !NotNouns.Contains(tokens[k + 1].Slice(text))
                    && !LooksPlural(word))
                {
                    return k + 2;
                }

                return k + 1;
            }

            bool lower = CharClass.IsLower(word[0]);
            if (NotModifiers.Contains(word) || NotNouns.Contains(word) || (!lower && !Nationality(word)) || Currencies.ReadSuffix(text, tokens, k, out _) > 0)
            {
                return -1;
            }

            if (lower && value == 1 && k == i && !word.EndsWith("ed", StringComparison.Ordinal))
            {
                return k + 1;
            }

            if (lower && value != 1 && LooksPlural(word))
            {
                // A compound of plurals ends at the last: "two sports cars".
                int last = k + 1;
                while (last < tokens.Length && last <= i + MaxModifiers && tokens[last].Kind == TokenKind.Word
                    && CharClass.IsLower(text[tokens[last].Start]) && LooksPlural(tokens[last].Slice(text)) && !NotNouns.Contains(tokens[last].Slice(text)))
                {
                    last++;
                }

                return last;
            }
        }

        return -1;
    }

    // "CNY 10 billion European car plant" is money; "Tier 1 supplier" and "Model 3 owners" name things.
    private static bool AfterCurrencyOrName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        Token previous = tokens[i - 1];
        if (previous.Kind == TokenKind.Currency || (i >= 1 && Currencies.ReadPrefix(text, tokens, i - 1, out _) == i)
            || (i >= 2 && Currencies.ReadPrefix(text, tokens, i - 2, out _) == i))
        {
            return true;
        }

        return tokens[i].Kind == TokenKind.Number && previous.Kind == TokenKind.Word && CharClass.IsUpper(text[previous.Start])
            && !DateRecognizer.IsMonthName(previous.Slice(text)) && !Names.NameCues.NonNameWords.Contains(previous.Slice(text))
            && !Names.NameCues.Determiners.Contains(previous.Slice(text));
    }

    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') || word is "people" or "staff" or "personnel" or "men" or "women" or "children";

    private static bool Nationality(ReadOnlySpan<char> word) => Names.NameCues.Default.Nationalities.ContainsKey(word);
}
