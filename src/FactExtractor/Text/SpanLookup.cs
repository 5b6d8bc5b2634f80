using System;
using System.Collections.Generic;

namespace FactExtractor.Text;

/// <summary>
/// A frozen set of strings that answers "is this span one of them?" without allocating a string for the span.
/// Lookups hash the characters in place (open addressing), so hot loops can test token text against lexicons.
/// </summary>
public sealed class SpanLookup
{
    private readonly string?[] _slots;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    /// <summary>Builds the set.</summary>
    /// <param name="entries">The strings to hold; duplicates are allowed and kept once.</param>
    /// <param name="ignoreCase">Whether lookups ignore letter case (invariant culture simple case folding).</param>
    public SpanLookup(IEnumerable<string> entries, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _ignoreCase = ignoreCase;
        var list = new List<string>(entries);
        int capacity = 8;
        while (capacity < list.Count * 2)
        {
            capacity <<= 1;
        }

        _slots = new string?[capacity];
        _mask = capacity - 1;
        foreach (string entry in list)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            int slot = Hash(entry.AsSpan()) & _mask;
            while (_slots[slot] is { } existing)
            {
                if (Same(existing.AsSpan(), entry.AsSpan()))
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }

            if (_slots[slot] is null)
            {
                _slots[slot] = entry;
                Count++;
            }
        }
    }

    /// <summary>Number of distinct entries.</summary>
    public int Count { get; }

    /// <summary>Whether lookups ignore letter case; a table built from <see cref="Entries"/> must then ignore it too.</summary>
    public bool IgnoresCase => _ignoreCase;

    /// <summary>The distinct entries, in no particular order (for building other tables from the same words).</summary>
    public IEnumerable<string> Entries
    {
        get
        {
            foreach (string? entry in _slots)
            {
                if (entry is not null)
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>True when <paramref name="value"/> is in the set.</summary>
    /// <param name="value">The characters to look up.</param>
    public bool Contains(ReadOnlySpan<char> value)
    {
        int slot = Hash(value) & _mask;
        while (_slots[slot] is { } existing)
        {
            if (Same(existing.AsSpan(), value))
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    private bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        _ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);

    private int Hash(ReadOnlySpan<char> value) => SpanHash.Fnv1a(value, _ignoreCase);
}
