using System;
using System.Collections.Generic;
using FactExtractor.Text;

namespace FactExtractor.Facts;

/// <summary>
/// The trigger words of an extractor's sentence-wide scans, each list with its bit: read once per sentence (one hash
/// look-up a token), the bits say which lists the sentence holds, so that a scan whose words are absent — one that would
/// find nothing — is skipped.
/// </summary>
internal sealed class TriggerTable
{
    private readonly SpanMap<uint> _classes;

    /// <summary>Builds the table from the same lists the scans use; every list must compare words exactly.</summary>
    /// <exception cref="InvalidOperationException">When a list ignores case: the table compares exactly, so it would skip
    /// the scan for capitalised words.</exception>
    public TriggerTable(params (SpanLookup Words, uint Class)[] lists)
    {
        var table = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach ((SpanLookup words, uint wordClass) in lists)
        {
            if (words.IgnoresCase)
            {
                throw new InvalidOperationException("A trigger table is case-sensitive; build it from case-sensitive lists only.");
            }

            foreach (string word in words.Entries)
            {
                table[word] = table.GetValueOrDefault(word) | wordClass;
            }
        }

        _classes = new SpanMap<uint>(table);
    }

    /// <summary>The bits of the lists that words of the sentence belong to.</summary>
    public uint ClassesOf(SentenceView sentence)
    {
        uint classes = 0;
        for (int i = sentence.First; i < sentence.End; i++)
        {
            if (_classes.TryGetValue(sentence.Word(i), out uint found))
            {
                classes |= found;
            }
        }

        return classes;
    }
}
