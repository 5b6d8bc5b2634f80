using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace FactExtractor.Entities.Lexicons;

/// <summary>
/// One named thing a lexicon knows: its label, canonical name, the other names it goes by, and attributes such as
/// <c>kind</c>, <c>parent</c> (the owning group of a brand), <c>brand</c> (of a product) or <c>country</c>.
/// </summary>
public sealed record LexiconEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="label">What the entry names.</param>
    /// <param name="name">The canonical name.</param>
    /// <param name="aliases">Other names, or null.</param>
    /// <param name="attributes">Attributes, or null.</param>
    public LexiconEntry(EntityLabel label, string name, IEnumerable<string>? aliases = null, IReadOnlyDictionary<string, string>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Label = label;
        Name = name;
        Aliases = aliases is null ? [] : [.. aliases];
        Attributes = attributes is null ? ImmutableDictionary<string, string>.Empty : attributes.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>What the entry names.</summary>
    public EntityLabel Label { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>Other names the entry goes by.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Attributes such as <c>kind</c>, <c>parent</c>, <c>brand</c>, <c>country</c>, <c>ambiguous</c>.</summary>
    public ImmutableDictionary<string, string> Attributes { get; }

    /// <summary>The <c>kind</c> attribute (carmaker, brand, supplier, city, country, model, …), or null.</summary>
    public string? Kind => Attributes.GetValueOrDefault("kind");

    /// <summary>The canonical name of the owning entry (a brand's group, a product's brand), or null.</summary>
    public string? Parent => Attributes.GetValueOrDefault("parent") ?? Attributes.GetValueOrDefault("brand");

    /// <summary>True when the entry's names are also common words or names, so that it is matched only with supporting context.</summary>
    public bool IsAmbiguous => Attributes.TryGetValue("ambiguous", out string? value) && value == "true";

    /// <summary>
    /// Names from the <c>contextAliases</c> attribute (comma-separated): forms that are also ordinary words ("Seat" for
    /// SEAT), matched only with the supporting context an ambiguous name needs.
    /// </summary>
    public IEnumerable<string> ContextAliases =>
        Attributes.TryGetValue("contextAliases", out string? value) ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
