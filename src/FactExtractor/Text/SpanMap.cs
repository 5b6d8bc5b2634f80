using System;
using System.Collections.Generic;

namespace FactExtractor.Text;

/// <summary>
/// A frozen map from strings to values that is queried with character spans, without allocating a string per lookup.
/// Open addressing with FNV-1a hashing, ordinal or ordinal-ignore-case comparison.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class SpanMap<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    /// <summary>Builds the map; when a key occurs twice, the first value wins.</summary>
    /// <param name="entries">The keys and values.</param>
    /// <param name="ignoreCase">Whether lookups ignore letter case.</param>
    public SpanMap(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _ignoreCase = ignoreCase;
        var list = new List<KeyValuePair<string, TValue>>(entries);
        int capacity = 8;
        while (capacity < list.Count * 2)
        {
            capacity <<= 1;
        }

        _keys = new string?[capacity];
        _values = new TValue[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in list)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            int slot = Hash(key) & _mask;
            while (_keys[slot] is { } existing && !Same(existing, key))
            {
                slot = (slot + 1) & _mask;
            }

            if (_keys[slot] is null)
            {
                _keys[slot] = key;
                _values[slot] = value;
                Count++;
            }
        }
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; }

    /// <summary>Looks up <paramref name="key"/>.</summary>
    /// <param name="key">The characters to look up.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>True when the key is in the map.</returns>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        int slot = Hash(key) & _mask;
        while (_keys[slot] is { } existing)
        {
            if (Same(existing, key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        return false;
    }

    /// <summary>True when <paramref name="key"/> is in the map.</summary>
    /// <param name="key">The characters to look up.</param>
    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    private bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        _ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);

    private int Hash(ReadOnlySpan<char> value) => SpanHash.Fnv1a(value, _ignoreCase);
}

/// <summary>The hash shared by <see cref="SpanMap{TValue}"/> and <see cref="SpanLookup"/>.</summary>
internal static class SpanHash
{
    public static int Fnv1a(ReadOnlySpan<char> value, bool ignoreCase)
    {
        uint hash = 2166136261;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (ignoreCase)
            {
                // Fold as OrdinalIgnoreCase compares: by the invariant upper case.
                c = c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c & ~0x20) : c) : char.ToUpperInvariant(c);
            }

            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
