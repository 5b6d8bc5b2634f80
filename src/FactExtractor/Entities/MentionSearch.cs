using System;

namespace FactExtractor.Entities;

/// <summary>Binary searches over mentions sorted by start offset, so that look-ups stay linear in the document.</summary>
public static class MentionSearch
{
    /// <summary>The index of the first mention that starts at or after <paramref name="offset"/> (or the count).</summary>
    /// <param name="mentions">Mentions sorted by start.</param>
    /// <param name="offset">A character offset.</param>
    public static int FirstStartingAtOrAfter(ReadOnlySpan<EntityMention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (mentions[mid].Start < offset)
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

    /// <summary>The last mention with <paramref name="label"/> that ends by <paramref name="offset"/>, other than a mention named <paramref name="except"/>, or null.</summary>
    /// <param name="mentions">Mentions sorted by start.</param>
    /// <param name="offset">A character offset.</param>
    /// <param name="label">The label wanted.</param>
    /// <param name="except">A canonical name to skip, or null.</param>
    public static EntityMention? LastBefore(ReadOnlySpan<EntityMention> mentions, int offset, EntityLabel label, string? except = null)
    {
        for (int i = FirstStartingAtOrAfter(mentions, offset) - 1; i >= 0; i--)
        {
            EntityMention mention = mentions[i];
            if (mention.End <= offset && mention.Label == label && mention.Name != except)
            {
                return mention;
            }
        }

        return null;
    }
}
