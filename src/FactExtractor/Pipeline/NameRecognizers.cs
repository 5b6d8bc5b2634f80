namespace FactExtractor.Pipeline;

/// <summary>Which recognizers find the names of people, organisations and places in the default entity layer.</summary>
public enum NameRecognizers
{
    /// <summary>
    /// The curated lexicons and name patterns, then the trained statistical tagger for the names they leave: a name
    /// that overlaps a lexicon or pattern mention is left to that mention. The default.
    /// </summary>
    Both = 0,

    /// <summary>The curated lexicons and name patterns only (the entity layer before the statistical tagger).</summary>
    Lexicons = 1,

    /// <summary>
    /// The statistical tagger only, for measurement: no lexicons and no name patterns (so no products or facilities
    /// either); money, percent, date, quantity and number patterns stay.
    /// </summary>
    Model = 2,
}
