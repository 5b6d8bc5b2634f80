using System;
using System.Collections.Generic;
using FactExtractor.Text;

namespace FactExtractor.Tokenization;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
public enum AbbreviationClass : byte
{
    /// <summary>Not a known abbreviation.</summary>
    None,

    /// <summary>Always followed by more of the same sentence: titles and references (<c>Mr.</c>, <c>Dr.</c>, <c>No.</c>, <c>vs.</c>, <c>e.g.</c>) and initials.</summary>
    NeverFinal,

    /// <summary>May end a sentence: corporate suffixes, months, countries and the like (<c>Inc.</c>, <c>Corp.</c>, <c>Nov.</c>, <c>U.S.</c>, <c>etc.</c>).</summary>
    MaybeFinal,
}

/// <summary>
/// The abbreviations whose period belongs to the word, with how each behaves at a sentence end.
/// Lookups take the word without its final period and are case-sensitive (<c>No.</c> is an abbreviation, <c>no.</c> is not).
/// </summary>
public sealed class Abbreviations
{
    // Words after which the sentence always goes on.
    private static readonly string[] NeverFinalWords =
    [
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mmes", "Mlle", "Dr", "Drs", "Prof", "St", "Ste", "Mt", "Ft",
        "Gen", "Gov", "Sen", "Sens", "Rep", "Reps", "Lt", "Col", "Capt", "Cpt", "Sgt", "Adm", "Maj", "Cmdr", "Rev", "Hon", "Pres",
        "Supt", "Insp", "Amb", "Atty", "Sec", "No", "Nos", "Nr", "Vol", "Vols", "Fig", "Figs", "Art", "Sect", "Ch", "Para",
        "Rs", "ID", "vs", "cf", "approx", "appr", "ca", "incl", "excl", "resp", "viz", "Ref", "ref", "tel", "Tel", "ext", "Ext",
    ];

    // Words that often end a sentence as well as sitting inside one.
    private static readonly string[] MaybeFinalWords =
    [
        "Inc", "Corp", "Co", "Cos", "Ltd", "Pvt", "Pte", "Pty", "Bhd", "Cie", "Cia", "Ltda", "Hldgs", "Grp", "Bros", "Mfg", "Intl", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd", "Ln", "Hwy",
        "Jr", "Sr", "Esq", "Plc", "plc", "etc", "al", "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Calif", "Mich", "Ariz", "Conn", "Fla", "Tenn", "Wis",
        "Minn", "Okla", "Colo", "Ala", "Ky", "Neb", "Nev", "Va", "Md", "Ga",
    ];

    private readonly SpanLookup _neverFinal;
    private readonly SpanLookup _maybeFinal;

    /// <summary>The built-in English news abbreviations.</summary>
    public static Abbreviations Default { get; } = new(NeverFinalWords, MaybeFinalWords);

    /// <summary>Builds a set from two lists of words written without their final period.</summary>
    /// <param name="neverFinal">Abbreviations after which a sentence never ends (titles, references).</param>
    /// <param name="maybeFinal">Abbreviations that may end a sentence.</param>
    public Abbreviations(IEnumerable<string> neverFinal, IEnumerable<string> maybeFinal)
    {
        ArgumentNullException.ThrowIfNull(neverFinal);
        ArgumentNullException.ThrowIfNull(maybeFinal);
        _neverFinal = new SpanLookup(neverFinal);
        _maybeFinal = new SpanLookup(maybeFinal);
    }

    /// <summary>Returns a new set holding these abbreviations and the given ones.</summary>
    /// <param name="neverFinal">More abbreviations after which a sentence never ends.</param>
    /// <param name="maybeFinal">More abbreviations that may end a sentence.</param>
    public static Abbreviations CreateExtended(IEnumerable<string> neverFinal, IEnumerable<string> maybeFinal)
    {
        var never = new List<string>(NeverFinalWords);
        never.AddRange(neverFinal);
        var maybe = new List<string>(MaybeFinalWords);
        maybe.AddRange(maybeFinal);
        return new Abbreviations(never, maybe);
    }

    /// <summary>
    /// Classifies an abbreviation token's text (with or without its final period). Dotted abbreviations such as
    /// <c>U.S.</c> may end a sentence, those that start lower-case such as <c>e.g.</c> never do, and single-letter initials never do.
    /// </summary>
    /// <param name="token">The token's characters.</param>
    public AbbreviationClass Classify(ReadOnlySpan<char> token)
    {
        if (token.Length > 1 && token[^1] == '.')
        {
            token = token[..^1];
        }

        if (token.Length == 0)
        {
            return AbbreviationClass.None;
        }

        if (token.Length == 1)
        {
            return CharClass.IsLetter(token[0]) ? AbbreviationClass.NeverFinal : AbbreviationClass.None;
        }

        if (_neverFinal.Contains(token))
        {
            return AbbreviationClass.NeverFinal;
        }

        if (_maybeFinal.Contains(token))
        {
            return AbbreviationClass.MaybeFinal;
        }

        if (token.IndexOf('.') > 0)
        {
            // Dotted: U.S, e.g, a.m — lower-case ones (e.g., i.e.) are references, upper-case ones can end a sentence.
            return CharClass.IsLower(token[0]) && token is not "a.m" and not "p.m" ? AbbreviationClass.NeverFinal : AbbreviationClass.MaybeFinal;
        }

        return AbbreviationClass.None;
    }

    /// <summary>True when <paramref name="word"/> (without its period) is a listed abbreviation.</summary>
    /// <param name="word">The word, without the period.</param>
    public bool IsListed(ReadOnlySpan<char> word) => _neverFinal.Contains(word) || _maybeFinal.Contains(word);
}
