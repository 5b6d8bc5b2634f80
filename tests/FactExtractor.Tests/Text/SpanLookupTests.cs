using System;
using FactExtractor.Text;
using Xunit;

namespace FactExtractor.Tests.Text;

/// <summary>
/// The word lookup the extractors scan sentences with: exact or case-blind matching, and the entries and case mode that
/// other tables (the extractors' per-sentence trigger tables) are built from.
/// </summary>
public sealed class SpanLookupTests
{
    [Fact]
    public void Exact_lookups_match_only_the_same_case()
    {
        var lookup = new SpanLookup(["build", "builds"]);
        Assert.False(lookup.IgnoresCase);
        Assert.True(lookup.Contains("builds".AsSpan()));
        Assert.False(lookup.Contains("Builds".AsSpan()));
        Assert.False(lookup.Contains("built".AsSpan()));
    }

    [Fact]
    public void Case_blind_lookups_say_so_and_match_any_case()
    {
        var lookup = new SpanLookup(["further"], ignoreCase: true);
        Assert.True(lookup.IgnoresCase);
        Assert.True(lookup.Contains("Further".AsSpan()));
        Assert.True(lookup.Contains("FURTHER".AsSpan()));
    }

    [Fact]
    public void Entries_are_the_distinct_words_given()
    {
        var lookup = new SpanLookup(["make", "makes", "make"]);
        string[] entries = [.. lookup.Entries];
        Array.Sort(entries, StringComparer.Ordinal);
        Assert.Equal(["make", "makes"], entries);
        Assert.Equal(2, lookup.Count);
    }
}
