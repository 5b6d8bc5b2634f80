using System;
using System.Globalization;

namespace FactExtractor.Batch.Inputs;

/// <summary>Reads publication dates as the source writes them.</summary>
internal static class PublishedDates
{
    /// <summary>
    /// Reads an ISO 8601 date (<c>2023-11-08</c>) or date-time (<c>2023-11-08T10:00:00+01:00</c>). The date is the one
    /// written, not converted to another time zone: the day the source says the article appeared.
    /// </summary>
    public static bool TryParseIso(string? value, out DateOnly date)
    {
        date = default;
        if (value is null)
        {
            return false;
        }

        ReadOnlySpan<char> text = value.AsSpan().Trim();
        if (text.Length < 10 || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        if (text.Length == 10)
        {
            return true;
        }

        // The rest must be a valid time, so that "2023-11-08garbage" is not taken for a date.
        bool valid = (text[10] is 'T' or 't' or ' ')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
        if (!valid)
        {
            date = default;
        }

        return valid;
    }

    /// <summary>
    /// Reads a feed's date: ISO 8601 (Atom), else RFC 822 as parsed by the feed reader (RSS), whose time-zone handling
    /// may shift the day by one near midnight; the written date is preferred where it can be read.
    /// </summary>
    public static DateOnly? FromFeed(string? written, DateTime? parsed)
    {
        if (TryParseIso(written, out DateOnly date))
        {
            return date;
        }

        if (written is not null && DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset offsetDate))
        {
            return DateOnly.FromDateTime(offsetDate.DateTime);
        }

        return parsed is { } value ? DateOnly.FromDateTime(value) : null;
    }
}
