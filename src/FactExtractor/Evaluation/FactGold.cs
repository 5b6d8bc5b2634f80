using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Evaluation;

/// <summary>
/// A fact in the scoring form shared by gold files and predictions: the type, its entity slots as alias lists (first =
/// canonical), and its values. A slot that is null is "not stated" and is not scored.
/// </summary>
public sealed record ScoredFact
{
    /// <summary>The fact type: <c>investment</c>, <c>productionAgreement</c>, <c>siteList</c> or <c>quote</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Investors (investment).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Investors { get; init; }

    /// <summary>Investee (investment).</summary>
    public IReadOnlyList<string>? Investee { get; init; }

    /// <summary>Amount in units (investment).</summary>
    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 currency (investment).</summary>
    public string? Currency { get; init; }

    /// <summary>Status (investment, production agreement).</summary>
    public string? Status { get; init; }

    /// <summary>Manufacturer (production agreement).</summary>
    public IReadOnlyList<string>? Manufacturer { get; init; }

    /// <summary>Customer (production agreement).</summary>
    public IReadOnlyList<string>? Customer { get; init; }

    /// <summary>Product (production agreement).</summary>
    public string? Product { get; init; }

    /// <summary>Site (production agreement).</summary>
    public IReadOnlyList<string>? Site { get; init; }

    /// <summary>Owner (site list).</summary>
    public IReadOnlyList<string>? Owner { get; init; }

    /// <summary>Sites (site list).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Sites { get; init; }

    /// <summary>Declared count (site list).</summary>
    public int? DeclaredCount { get; init; }

    /// <summary>Speaker (quote).</summary>
    public IReadOnlyList<string>? Speaker { get; init; }

    /// <summary>Quoted text (quote).</summary>
    public string? Text { get; init; }

    /// <summary>The evidence, for people reading error listings.</summary>
    public string? Evidence { get; init; }

    /// <summary>Reads a fact from the gold format of the annotation guidelines.</summary>
    /// <param name="json">The fact object.</param>
    public static ScoredFact FromGold(JObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ScoredFact
        {
            Type = (string?)json["type"] ?? throw new InvalidDataException("A gold fact has no type."),
            Investors = AliasLists(json["investors"]),
            Investee = Aliases(json["investee"]),
            Amount = json["amount"] is { Type: JTokenType.Integer or JTokenType.Float } amount ? amount.Value<decimal>() : null,
            Currency = (string?)json["currency"],
            Status = (string?)json["status"],
            Manufacturer = Aliases(json["manufacturer"]),
            Customer = Aliases(json["customer"]),
            Product = (string?)json["product"],
            Site = Aliases(json["site"]),
            Owner = Aliases(json["owner"]),
            Sites = AliasLists(json["sites"]),
            DeclaredCount = json["declaredCount"] is { Type: JTokenType.Integer } count ? count.Value<int>() : null,
            Speaker = Aliases(json["speaker"]),
            Text = (string?)json["text"],
            Evidence = (string?)json["evidence"],
        };
    }

    /// <summary>Reads a fact from the output contract (entity references become their name and surface text).</summary>
    /// <param name="json">The fact object of a <c>factx extract</c> line.</param>
    public static ScoredFact FromPrediction(JObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JToken? amount = json["amount"];
        return new ScoredFact
        {
            Type = (string?)json["type"] ?? throw new InvalidDataException("A predicted fact has no type."),
            Investors = json["investors"] is JArray investors ? investors.Select(Reference).Where(r => r is not null).Select(r => r!).ToList() : null,
            Investee = Reference(json["investee"]),
            Amount = amount is JObject money && money["value"] is { Type: JTokenType.Integer or JTokenType.Float } value ? value.Value<decimal>() : null,
            Currency = amount is JObject m ? (string?)m["currency"] : null,
            Status = (string?)json["status"],
            Manufacturer = Reference(json["manufacturer"]),
            Customer = Reference(json["customer"]),
            Product = (string?)json["product"],
            Site = Reference(json["site"]),
            Owner = Reference(json["owner"]),
            Sites = json["sites"] is JArray sites ? sites.Select(Reference).Where(r => r is not null).Select(r => r!).ToList() : null,
            DeclaredCount = json["declaredCount"] is { Type: JTokenType.Integer } count ? count.Value<int>() : null,
            Speaker = Reference(json["speaker"]),
            Text = (string?)json["text"],
            Evidence = (string?)json["evidence"]?["text"],
        };
    }

    /// <summary>A one-line description for error listings.</summary>
    public override string ToString() => Type switch
    {
        "investment" => $"investment {Names(Investors)} → {Name(Investee)} {Amount?.ToString(CultureInfo.InvariantCulture)} {Currency} {Status}",
        "productionAgreement" => $"productionAgreement {Name(Manufacturer)} builds for {Name(Customer)} ({Product}) at {Name(Site)}",
        "siteList" => $"siteList {Name(Owner)}: {Names(Sites)} declared {DeclaredCount}",
        "quote" => $"quote {Name(Speaker)}: “{Shorten(Text)}”",
        _ => Type,
    };

    private static string Name(IReadOnlyList<string>? aliases) => aliases is null || aliases.Count == 0 ? "—" : aliases[0];

    private static string Names(IReadOnlyList<IReadOnlyList<string>>? lists) => lists is null ? "—" : string.Join(", ", lists.Select(Name));

    private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 80 ? text : text[..77] + "…";

    private static IReadOnlyList<string>? Aliases(JToken? token) => token switch
    {
        JArray array => array.Select(AliasText).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList(),
        JValue { Type: JTokenType.String } value => [(string)value!],
        _ => null,
    };

    // One name of an alias list: a string, or null; anything else ("[["Aurora"]]" where "["Aurora"]" is meant) is an error.
    private static string? AliasText(JToken token) => token.Type switch
    {
        JTokenType.String => (string?)token,
        JTokenType.Null => null,
        _ => throw new InvalidDataException($"{token.Path}: expected a name (a string) in a list of aliases, found {token.Type.ToString().ToLowerInvariant()} {token.ToString(Newtonsoft.Json.Formatting.None)}"),
    };

    private static IReadOnlyList<IReadOnlyList<string>>? AliasLists(JToken? token) =>
        token is JArray array ? array.Select(Aliases).Where(a => a is not null).Select(a => a!).ToList() : null;

    private static IReadOnlyList<string>? Reference(JToken? token) => token switch
    {
        JObject reference => new[] { (string?)reference["name"], (string?)reference["text"] }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).Distinct().ToList(),
        _ => Aliases(token),
    };
}

/// <summary>A gold document: its text and its facts.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Published">The publication date, or null.</param>
/// <param name="Text">The article text.</param>
/// <param name="Facts">The gold facts, in file order.</param>
public sealed record FactGoldDocument(string Id, DateOnly? Published, string Text, IReadOnlyList<ScoredFact> Facts)
{
    /// <summary>Reads every <c>*.gold.json</c> of a folder with the <c>.txt</c> beside it.</summary>
    /// <param name="folder">The folder.</param>
    /// <exception cref="InvalidDataException">When a gold file is malformed or its text is missing.</exception>
    public static IReadOnlyList<FactGoldDocument> LoadFolder(string folder) => LoadAll(folder, requireText: true);

    /// <summary>
    /// Reads every <c>*.gold.json</c> of a folder without requiring the article beside it (its <see cref="Text"/> is then
    /// empty): a second annotation of articles kept elsewhere, scored with <see cref="FactEvaluation.Evaluate(IReadOnlyList{FactGoldDocument}, IReadOnlyList{FactGoldDocument})"/>.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <exception cref="InvalidDataException">When a gold file is malformed.</exception>
    public static IReadOnlyList<FactGoldDocument> LoadAnnotations(string folder) => LoadAll(folder, requireText: false);

    // Every gold file of a folder, in file-name order.
    private static List<FactGoldDocument> LoadAll(string folder, bool requireText)
    {
        string[] files = Directory.GetFiles(folder, "*.gold.json");
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(file => Load(file, requireText)).ToList();
    }

    /// <summary>Reads one gold file and its text.</summary>
    /// <param name="path">The <c>.gold.json</c> file.</param>
    public static FactGoldDocument Load(string path) => Load(path, requireText: true);

    private static FactGoldDocument Load(string path, bool requireText)
    {
        string textPath = path[..^".gold.json".Length] + ".txt";
        bool hasText = File.Exists(textPath);
        if (!hasText && requireText)
        {
            throw new InvalidDataException($"{path}: the article {Path.GetFileName(textPath)} is missing beside it.");
        }

        JObject json;
        try
        {
            json = JObject.Parse(File.ReadAllText(path));
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        DateOnly? published = DateOnly.TryParseExact((string?)json["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
        List<ScoredFact> facts;
        try
        {
            facts = (json["facts"] as JArray ?? []).OfType<JObject>().Select(ScoredFact.FromGold).ToList();
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        string id = (string?)json["id"] ?? Path.GetFileName(textPath)[..^4];
        return new FactGoldDocument(id, published, hasText ? File.ReadAllText(textPath) : string.Empty, facts);
    }
}
