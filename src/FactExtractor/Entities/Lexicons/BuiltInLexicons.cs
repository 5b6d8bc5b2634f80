using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;

namespace FactExtractor.Entities.Lexicons;

/// <summary>
/// The lexicons embedded in the library (from <c>models/lexicons</c>; sources and licences in <c>models/manifest.json</c>
/// and <c>models/THIRD-PARTY-NOTICES</c>). Each is loaded once, on first use, and shared; all are immutable.
/// </summary>
public static class BuiltInLexicons
{
    private static readonly Lazy<Lexicon> OrganizationsLexicon = new(() => LoadLexicon("organizations.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Lexicon> ProductsLexicon = new(() => LoadLexicon("products.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Lexicon> PlacesLexicon = new(() => LoadLexicon("places.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ImmutableArray<string>> JobTitleList = new(() => LoadWordList("job-titles.txt"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ImmutableArray<string>> SpeechVerbList = new(() => LoadWordList("speech-verbs.txt"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ImmutableArray<string>> FirstNameList = new(() => LoadWordList("first-names.txt"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ImmutableDictionary<string, string>> NationalityMap = new(() => LoadNationalities(1), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ImmutableDictionary<string, string>> NationalityCodeMap = new(() => LoadNationalities(2), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Organisations of the automotive world: carmakers, brands (with their parent group), suppliers, battery and chip makers, investors, governments, agencies, unions.</summary>
    public static Lexicon Organizations => OrganizationsLexicon.Value;

    /// <summary>Vehicle models and platforms, with their brand.</summary>
    public static Lexicon Products => ProductsLexicon.Value;

    /// <summary>Countries, regions and cities (from GeoNames and other openly licensed sources).</summary>
    public static Lexicon Places => PlacesLexicon.Value;

    /// <summary>Job titles that introduce or follow people's names (<c>CEO</c>, <c>chief executive</c>, <c>analyst</c>).</summary>
    public static ImmutableArray<string> JobTitles => JobTitleList.Value;

    /// <summary>Verbs that attribute speech, in all their forms (<c>said</c>, <c>says</c>, <c>added</c>).</summary>
    public static ImmutableArray<string> SpeechVerbs => SpeechVerbList.Value;

    /// <summary>Given names, used as a cue that a capitalised sequence names a person.</summary>
    public static ImmutableArray<string> FirstNames => FirstNameList.Value;

    /// <summary>Nationality adjectives and the country each refers to (<c>Spanish</c> → <c>Spain</c>).</summary>
    public static ImmutableDictionary<string, string> Nationalities => NationalityMap.Value;

    /// <summary>Nationality adjectives mapped to their country's ISO 3166 code (<c>Korean</c> → <c>KR</c>), as in the lexicons' <c>country</c> attribute.</summary>
    public static ImmutableDictionary<string, string> NationalityCodes => NationalityCodeMap.Value;

    /// <summary>Organisations, products and places, in that order of precedence.</summary>
    public static IReadOnlyList<Lexicon> All => [Organizations, Products, Places];

    private static Lexicon LoadLexicon(string file)
    {
        using var reader = new StreamReader(Open(file), Encoding.UTF8);
        return Lexicon.Parse(reader, file);
    }

    private static ImmutableArray<string> LoadWordList(string file)
    {
        using var reader = new StreamReader(Open(file), Encoding.UTF8);
        var words = ImmutableArray.CreateBuilder<string>();
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word);
            }
        }

        return words.ToImmutable();
    }

    private static ImmutableDictionary<string, string> LoadNationalities(int column)
    {
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (string line in LoadWordList("nationalities.tsv"))
        {
            string[] fields = line.Split('\t');
            if (fields.Length > column)
            {
                map[fields[0].Trim()] = fields[column].Trim();
            }
        }

        return map.ToImmutable();
    }

    internal static Stream Open(string file)
    {
        string name = "FactExtractor.Models." + file;
        return Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing from the assembly; the build did not embed models/lexicons/{file}.");
    }
}

/// <summary>Recognizers built from the embedded models, created once.</summary>
internal static class BuiltInModels
{
    private static readonly Lazy<LexiconRecognizer> Lexicons = new(
        () => new LexiconRecognizer(BuiltInLexicons.All, excludedNames: NationalityAdjectives()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static LexiconRecognizer LexiconRecognizer => Lexicons.Value;

    // "German" names no place, though a village may bear the name; "US" and "UK" are places as much as adjectives.
    private static IEnumerable<string> NationalityAdjectives()
    {
        foreach (var (adjective, country) in BuiltInLexicons.Nationalities)
        {
            if (adjective != country && adjective.Any(char.IsLower))
            {
                yield return adjective;
            }
        }
    }
}
