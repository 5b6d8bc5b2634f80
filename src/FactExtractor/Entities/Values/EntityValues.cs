namespace FactExtractor.Entities;

/// <summary>A normalised amount of money: a number in units of <see cref="Currency"/>; a range also has its bounds.</summary>
/// <param name="Amount">The amount in units (4.1 billion → 4100000000); for a range, its upper bound.</param>
/// <param name="Currency">The ISO 4217 code (EUR, USD, GBP, JPY, CNY, INR, KRW, …).</param>
/// <param name="Low">The lower bound of a range (<c>$1-2 billion</c>), or null.</param>
/// <param name="High">The upper bound of a range, or null.</param>
public sealed record MoneyValue(decimal Amount, string Currency, decimal? Low = null, decimal? High = null) : EntityValue;

/// <summary>
/// A normalised date: an ISO 8601 date or partial date (<c>2023-11-01</c>, <c>2023-11</c>, <c>2026</c>), a quarter
/// (<c>2024-Q3</c>) or an interval (<c>2024/2026</c>); null when the text does not fix it (a relative date without a
/// publication date).
/// </summary>
/// <param name="Iso">The ISO form, or null when unresolved.</param>
public sealed record DateValue(string? Iso) : EntityValue;

/// <summary>A percentage.</summary>
/// <param name="Value">The number of percent (35% → 35).</param>
public sealed record PercentValue(decimal Value) : EntityValue;

/// <summary>A counted or measured amount.</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">The unit or counted noun as written (<c>gigawatt-hours</c>, <c>people</c>, <c>industrial facilities</c>).</param>
public sealed record QuantityValue(decimal Value, string Unit) : EntityValue;

/// <summary>A plain number or rank.</summary>
/// <param name="Value">The number (for an ordinal, the rank: third → 3).</param>
public sealed record NumberValue(decimal Value) : EntityValue;
