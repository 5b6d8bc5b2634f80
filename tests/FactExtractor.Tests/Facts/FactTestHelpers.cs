using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactExtractor.Facts;
using FactExtractor.Facts.Investments;
using FactExtractor.Facts.ProductionAgreements;
using FactExtractor.Facts.Quotes;
using FactExtractor.Facts.SiteLists;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Runs the default pipeline and renders the facts of a text compactly, so that table-driven tests compare one string.
/// Facts are joined by " || " in the order the extractors emit them (investments, production agreements, site lists,
/// quotes; each extractor in text order). Entities are written by their canonical names:
/// <list type="bullet">
/// <item><c>investment:Stellantis+CATL&gt;Zaragoza battery plant=4000000000 EUR planned</c> — investors joined by "+",
/// "&gt;" then the investee ("?" when none), "=" then amount and currency, then the status (lower case).</item>
/// <item><c>production:Renault Group&gt;Nissan@Douai</c> — manufacturer "&gt;" customer, "@" and the site when there is one.</item>
/// <item><c>sites:Renault Group[Douai,Maubeuge]#4</c> — owner, the sites, "#" and the declared count when there is one.</item>
/// <item><c>quote:Anna Keller|We are ready,</c> — speaker ("?" when none) "|" the quoted text.</item>
/// </list>
/// </summary>
internal static class FactTestHelpers
{
    /// <summary>The publication date the fact tests analyse texts at: Wednesday 6 November 2024.</summary>
    public static readonly DateOnly Published = new(2024, 11, 6);

    /// <summary>The contract name of investments.</summary>
    public const string Investment = "investment";

    /// <summary>The contract name of production agreements.</summary>
    public const string ProductionAgreement = "productionAgreement";

    /// <summary>The contract name of site lists.</summary>
    public const string SiteList = "siteList";

    /// <summary>The contract name of quotes.</summary>
    public const string Quote = "quote";

    /// <summary>Analyses <paramref name="text"/> with the default pipeline at <see cref="Published"/>.</summary>
    public static Document Extract(string text) => FactPipeline.Default.Extract(text, published: Published);

    /// <summary>All facts of <paramref name="text"/>, rendered and joined by " || ".</summary>
    public static string Render(string text) => Render(Extract(text));

    /// <summary>All facts of a document, rendered and joined by " || ".</summary>
    public static string Render(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.Join(" || ", document.Facts.Select(Render));
    }

    /// <summary>The facts of one type (<c>investment</c>, <c>productionAgreement</c>, <c>siteList</c>, <c>quote</c>) of <paramref name="text"/>, rendered.</summary>
    public static string Render(string text, string type) =>
        string.Join(" || ", Extract(text).Facts.Where(f => f.Type == type).Select(Render));

    /// <summary>The investments of <paramref name="text"/>, rendered.</summary>
    public static string Investments(string text) => Render(text, Investment);

    /// <summary>The production agreements of <paramref name="text"/>, rendered.</summary>
    public static string ProductionAgreements(string text) => Render(text, ProductionAgreement);

    /// <summary>The site lists of <paramref name="text"/>, rendered.</summary>
    public static string SiteLists(string text) => Render(text, SiteList);

    /// <summary>The quotes of <paramref name="text"/>, rendered.</summary>
    public static string Quotes(string text) => Render(text, Quote);

    /// <summary>The facts of type <typeparamref name="T"/> found in <paramref name="text"/>, in emission order.</summary>
    public static IReadOnlyList<T> FactsOf<T>(string text)
        where T : Fact => [.. Extract(text).Facts.OfType<T>()];

    /// <summary>One fact, rendered.</summary>
    public static string Render(Fact fact) => fact switch
    {
        InvestmentFact f => $"investment:{string.Join('+', f.Investors.Select(i => i.Name))}>{Name(f.Investee)}="
            + $"{(f.Amount is null ? "?" : Format(f.Amount.Value) + " " + f.Amount.Currency)}{(f.Status is { } s ? " " + Status(s) : string.Empty)}",
        ProductionAgreementFact f => $"production:{Name(f.Manufacturer)}>{Name(f.Customer)}{(f.Site is null ? string.Empty : "@" + f.Site.Name)}",
        SiteListFact f => $"sites:{Name(f.Owner)}[{string.Join(',', f.Sites.Select(s => s.Name))}]{(f.DeclaredCount is { } n ? "#" + n.ToString(CultureInfo.InvariantCulture) : string.Empty)}",
        QuoteFact f => $"quote:{Name(f.Speaker)}|{f.Text}",
        _ => fact.Type,
    };

    /// <summary>A status as written in the JSON contract: <c>completed</c>, <c>planned</c>, <c>intended</c>.</summary>
    public static string Status(FactStatus status) => status switch
    {
        FactStatus.Completed => "completed",
        FactStatus.Planned => "planned",
        FactStatus.Intended => "intended",
        _ => status.ToString(),
    };

    /// <summary>A decimal in invariant form without trailing zeros (600000000.00 → "600000000").</summary>
    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string Name(EntityRef? entity) => entity?.Name ?? "?";
}
