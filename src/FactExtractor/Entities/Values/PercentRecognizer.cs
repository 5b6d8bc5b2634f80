using System;
using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Values;

/// <summary>Finds percentages: <c>35%</c>, <c>12.5 percent</c>, <c>35 per cent</c>, <c>3.5 percentage points</c>, <c>ten percent</c>.</summary>
public sealed class PercentRecognizer : IEntityRecognizer
{
    /// <inheritdoc />
    public string Name => "percent";

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
            int end = NumberParsing.ReadNumber(text, tokens, i, out decimal value);
            if (end < 0 || end >= tokens.Length)
            {
                continue;
            }

            // "10-15%": the range ends where the sign is.
            if (tokens[end].Kind == TokenKind.Dash && NumberParsing.ReadNumber(text, tokens, end + 1, out decimal high) is > 0 and var rangeEnd
                && rangeEnd < tokens.Length && PercentEnd(text, tokens, rangeEnd) > 0)
            {
                end = rangeEnd;
                value = high;
            }

            int stop = PercentEnd(text, tokens, end);
            if (stop < 0)
            {
                continue;
            }

            int start = tokens[i].Start;
            int last = tokens[stop - 1].End;
            output.Add(new EntityMention(start, last, EntityLabel.Percent, text[start..last].ToString(), 0.97, EntitySource.Pattern, new PercentValue(value)));
            i = stop - 1;
        }
    }

    private static int PercentEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i >= tokens.Length)
        {
            return -1;
        }

        ReadOnlySpan<char> word = tokens[i].Slice(text);
        if (word is "%" or "percent" or "pct" or "Percent" or "pc")
        {
            return i + 1 < tokens.Length && tokens[i + 1].Slice(text) is "points" or "point" && word is "percent" ? i + 2 : i + 1;
        }

        if (word is "per" && i + 1 < tokens.Length && tokens[i + 1].Slice(text) is "cent")
        {
            return i + 2;
        }

        if (word is "percentage" && i + 1 < tokens.Length && tokens[i + 1].Slice(text) is "points" or "point")
        {
            return i + 2;
        }

        return -1;
    }
}
