using System;
using System.Collections.Generic;
using System.Linq;
using FactExtractor.Entities.Lexicons;
using FactExtractor.Text;

namespace FactExtractor.Entities.Statistical;

/// <summary>
/// Lexicon membership features for the statistical recognizer: whether a word is a known given name, a word of a
/// known organisation or product name, or a known place. The model and the lexicons travel together.
/// </summary>
public sealed class FeatureLexicon
{
    private static readonly Lazy<FeatureLexicon> DefaultLexicon = new(() => new FeatureLexicon(
        BuiltInLexicons.FirstNames,
        BuiltInLexicons.Organizations.Entries.Concat(BuiltInLexicons.Products.Entries).SelectMany(e => e.Aliases.Prepend(e.Name)).SelectMany(Words),
        BuiltInLexicons.Places.Entries.SelectMany(e => e.Aliases.Prepend(e.Name)).Where(n => n.IndexOf(' ') < 0)));

    private readonly SpanLookup _firstNames;
    private readonly SpanLookup _organizationWords;
    private readonly SpanLookup _places;

    /// <summary>Creates the feature lexicon.</summary>
    /// <param name="firstNames">Given names.</param>
    /// <param name="organizationWords">Words of organisation and product names.</param>
    /// <param name="places">One-word place names.</param>
    public FeatureLexicon(IEnumerable<string> firstNames, IEnumerable<string> organizationWords, IEnumerable<string> places)
    {
        _firstNames = new SpanLookup(firstNames);
        _organizationWords = new SpanLookup(organizationWords.Where(w => w.Length > 1 && char.IsUpper(w[0])));
        _places = new SpanLookup(places);
    }

    /// <summary>The lexicons embedded in the library.</summary>
    public static FeatureLexicon Default => DefaultLexicon.Value;

    /// <summary>A small number for the classes of <paramref name="word"/>: bit 1 given name, bit 2 organisation word, bit 4 place.</summary>
    /// <param name="word">The word.</param>
    public int Classify(ReadOnlySpan<char> word) =>
        (_firstNames.Contains(word) ? 1 : 0) | (_organizationWords.Contains(word) ? 2 : 0) | (_places.Contains(word) ? 4 : 0);

    private static IEnumerable<string> Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
