using System;

namespace FactExtractor.Tokenization;

/// <summary>Binary searches over tokens in text order.</summary>
public static class TokenSearch
{
    /// <summary>The index of the first token in [<paramref name="from"/>, <paramref name="to"/>) that starts at or after <paramref name="offset"/>, or <paramref name="to"/>.</summary>
    /// <param name="tokens">Tokens in text order.</param>
    /// <param name="offset">A character offset.</param>
    /// <param name="from">The first index to consider.</param>
    /// <param name="to">One past the last index to consider; all tokens when negative.</param>
    public static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int offset, int from = 0, int to = -1)
    {
        int lo = from, hi = to < 0 ? tokens.Length : to;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
