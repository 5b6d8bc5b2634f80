using System;

namespace FactExtractor.Entities;

/// <summary>The contract names of <see cref="EntityLabel"/> values (<c>ORG</c>, <c>PERSON</c>, …) and their parsing.</summary>
public static class EntityLabels
{
    /// <summary>The contract's spelling of a label.</summary>
    /// <param name="label">The label.</param>
    public static string ToName(EntityLabel label) => label switch
    {
        EntityLabel.Org => "ORG",
        EntityLabel.Person => "PERSON",
        EntityLabel.Loc => "LOC",
        EntityLabel.Facility => "FACILITY",
        EntityLabel.Product => "PRODUCT",
        EntityLabel.Money => "MONEY",
        EntityLabel.Date => "DATE",
        EntityLabel.Percent => "PERCENT",
        EntityLabel.Quantity => "QUANTITY",
        EntityLabel.Cardinal => "CARDINAL",
        EntityLabel.Ordinal => "ORDINAL",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown label."),
    };

    /// <summary>Parses a contract label name (case-insensitive; <c>PER</c> and <c>GPE</c> are accepted for PERSON and LOC).</summary>
    /// <param name="name">The name.</param>
    /// <param name="label">The label, when the name is known.</param>
    /// <returns>True when the name is a label.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out EntityLabel label)
    {
        Span<char> upper = stackalloc char[16];
        if (name.Length > upper.Length)
        {
            label = default;
            return false;
        }

        int length = name.ToUpperInvariant(upper);
        switch (upper[..length])
        {
            case "ORG": label = EntityLabel.Org; return true;
            case "PERSON" or "PER": label = EntityLabel.Person; return true;
            case "LOC" or "GPE": label = EntityLabel.Loc; return true;
            case "FACILITY" or "FAC": label = EntityLabel.Facility; return true;
            case "PRODUCT": label = EntityLabel.Product; return true;
            case "MONEY": label = EntityLabel.Money; return true;
            case "DATE": label = EntityLabel.Date; return true;
            case "PERCENT": label = EntityLabel.Percent; return true;
            case "QUANTITY": label = EntityLabel.Quantity; return true;
            case "CARDINAL": label = EntityLabel.Cardinal; return true;
            case "ORDINAL": label = EntityLabel.Ordinal; return true;
            default: label = default; return false;
        }
    }
}
