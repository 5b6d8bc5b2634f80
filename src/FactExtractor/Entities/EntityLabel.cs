namespace FactExtractor.Entities;

/// <summary>The kind of thing an entity mention names.</summary>
public enum EntityLabel : byte
{
    /// <summary>A company, brand, government, agency, fund or other organisation.</summary>
    Org,

    /// <summary>A person.</summary>
    Person,

    /// <summary>A country, region, city or other place.</summary>
    Loc,

    /// <summary>A plant, factory, gigafactory, site or other facility.</summary>
    Facility,

    /// <summary>A vehicle model, platform or other product.</summary>
    Product,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A date or period.</summary>
    Date,

    /// <summary>A percentage.</summary>
    Percent,

    /// <summary>A counted or measured amount with its unit.</summary>
    Quantity,

    /// <summary>A number without a unit.</summary>
    Cardinal,

    /// <summary>A rank: first, 3rd.</summary>
    Ordinal,
}

/// <summary>What produced an entity mention.</summary>
public enum EntitySource : byte
{
    /// <summary>A hand-written pattern.</summary>
    Pattern,

    /// <summary>A curated lexicon.</summary>
    Lexicon,

    /// <summary>A trained statistical model.</summary>
    Model,
}
