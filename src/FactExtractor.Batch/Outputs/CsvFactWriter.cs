using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using CsvHelper;
using FactExtractor.Facts;
using FactExtractor.Facts.Investments;
using FactExtractor.Facts.ProductionAgreements;
using FactExtractor.Facts.Quotes;
using FactExtractor.Facts.SiteLists;
using FactExtractor.Pipeline;

namespace FactExtractor.Batch.Outputs;

/// <summary>
/// Writes facts as CSV, one file per fact type in a folder (<see cref="InvestmentsFile"/>,
/// <see cref="ProductionAgreementsFile"/>, <see cref="SiteListsFile"/>, <see cref="QuotesFile"/>), for spreadsheets and
/// tools that do not read JSON. Each file has a header row and one row per fact: the document id, the type's slots
/// flattened (an entity by its canonical name, a list of entities as names joined with <c>"; "</c>, a status as in the
/// JSON contract), then <c>evidence_start</c>, <c>evidence_end</c>, <c>confidence</c> and <c>rule</c>. The files are
/// UTF-8 without a byte-order mark, RFC 4180 (CRLF line ends; fields with commas, quotes or line breaks quoted, quotes
/// doubled), and are created, with their header, when the writer is. Values are written as they are: no spreadsheet
/// formula escaping, so that the files round-trip. Facts of types other than the four are not written.
/// </summary>
/// <remarks>One writer, one thread: an instance is not thread-safe.</remarks>
public sealed class CsvFactWriter : IDisposable
{
    /// <summary>The file of investments: <c>document_id, investors, investee, amount_value, amount_currency, amount_text, status</c> and the common columns.</summary>
    public const string InvestmentsFile = "investments.csv";

    /// <summary>The file of production agreements: <c>document_id, manufacturer, customer, product, site, status</c> and the common columns.</summary>
    public const string ProductionAgreementsFile = "production-agreements.csv";

    /// <summary>The file of site lists: <c>document_id, owner, sites, declared_count</c> and the common columns.</summary>
    public const string SiteListsFile = "site-lists.csv";

    /// <summary>The file of quotes: <c>document_id, speaker, cue, text, direct</c> and the common columns.</summary>
    public const string QuotesFile = "quotes.csv";

    private const string ListSeparator = "; ";

    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = false, FormatProvider = CultureInfo.InvariantCulture };

    private readonly CsvWriter _investments;
    private readonly CsvWriter _productionAgreements;
    private readonly CsvWriter _siteLists;
    private readonly CsvWriter _quotes;
    private readonly StringBuilder _names = new();
    private bool _disposed;

    /// <summary>Creates (or overwrites) the four files in <paramref name="folder"/>, creating the folder if needed, and writes their headers.</summary>
    /// <param name="folder">The folder.</param>
    public CsvFactWriter(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var opened = new CsvWriter?[4];
        try
        {
            opened[0] = Create(folder, InvestmentsFile, "investors", "investee", "amount_value", "amount_currency", "amount_text", "status");
            opened[1] = Create(folder, ProductionAgreementsFile, "manufacturer", "customer", "product", "site", "status");
            opened[2] = Create(folder, SiteListsFile, "owner", "sites", "declared_count");
            opened[3] = Create(folder, QuotesFile, "speaker", "cue", "text", "direct");
        }
        catch
        {
            foreach (CsvWriter? writer in opened)
            {
                writer?.Dispose();
            }

            throw;
        }

        _investments = opened[0]!;
        _productionAgreements = opened[1]!;
        _siteLists = opened[2]!;
        _quotes = opened[3]!;
    }

    /// <summary>Writes the facts of a result, one row each; a failed result writes nothing.</summary>
    /// <param name="result">The result.</param>
    public void Write(ExtractionResult result)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsSuccess)
        {
            return;
        }

        foreach (Fact fact in result.Document.Facts)
        {
            switch (fact)
            {
                case InvestmentFact investment:
                    WriteRow(result.Id, investment);
                    break;
                case ProductionAgreementFact agreement:
                    WriteRow(result.Id, agreement);
                    break;
                case SiteListFact siteList:
                    WriteRow(result.Id, siteList);
                    break;
                case QuoteFact quote:
                    WriteRow(result.Id, quote);
                    break;
            }
        }
    }

    /// <summary>Writes the buffered rows to the files.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _investments.Flush();
        _productionAgreements.Flush();
        _siteLists.Flush();
        _quotes.Flush();
    }

    /// <summary>Writes the buffered rows and closes the files.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _investments.Dispose();
        _productionAgreements.Dispose();
        _siteLists.Dispose();
        _quotes.Dispose();
    }

    private static CsvWriter Create(string folder, string file, params string[] slots)
    {
        CsvWriter writer = CsvWriter.ToFile(Path.Combine(folder, file), Options);
        string[] header = new string[slots.Length + 5];
        header[0] = "document_id";
        slots.CopyTo(header, 1);
        header[^4] = "evidence_start";
        header[^3] = "evidence_end";
        header[^2] = "confidence";
        header[^1] = "rule";
        writer.WriteHeader(header);
        return writer;
    }

    private static string? StatusName(FactStatus? status) => status switch
    {
        FactStatus.Completed => "completed",
        FactStatus.Planned => "planned",
        FactStatus.Intended => "intended",
        _ => null,
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void EndRow(CsvWriter writer, Fact fact)
    {
        writer.WriteField(Number(fact.Evidence.Start));
        writer.WriteField(Number(fact.Evidence.End));
        writer.WriteField(Math.Round(fact.Confidence, 4).ToString(CultureInfo.InvariantCulture));
        writer.WriteField(fact.Rule);
        writer.EndRecord();
    }

    private void WriteRow(string? id, InvestmentFact fact)
    {
        CsvWriter writer = _investments;
        writer.WriteField(id);
        writer.WriteField(Names(fact.Investors));
        writer.WriteField(fact.Investee?.Name);
        writer.WriteField(fact.Amount?.Value.ToString(CultureInfo.InvariantCulture));
        writer.WriteField(fact.Amount?.Currency);
        writer.WriteField(fact.Amount?.Text);
        writer.WriteField(StatusName(fact.Status));
        EndRow(writer, fact);
    }

    private void WriteRow(string? id, ProductionAgreementFact fact)
    {
        CsvWriter writer = _productionAgreements;
        writer.WriteField(id);
        writer.WriteField(fact.Manufacturer?.Name);
        writer.WriteField(fact.Customer?.Name);
        writer.WriteField(fact.Product);
        writer.WriteField(fact.Site?.Name);
        writer.WriteField(StatusName(fact.Status));
        EndRow(writer, fact);
    }

    private void WriteRow(string? id, SiteListFact fact)
    {
        CsvWriter writer = _siteLists;
        writer.WriteField(id);
        writer.WriteField(fact.Owner?.Name);
        writer.WriteField(Names(fact.Sites));
        writer.WriteField(fact.DeclaredCount?.ToString(CultureInfo.InvariantCulture));
        EndRow(writer, fact);
    }

    private void WriteRow(string? id, QuoteFact fact)
    {
        CsvWriter writer = _quotes;
        writer.WriteField(id);
        writer.WriteField(fact.Speaker?.Name);
        writer.WriteField(fact.Cue);
        writer.WriteField(fact.Text);
        writer.WriteField(fact.Direct ? "true" : "false");
        EndRow(writer, fact);
    }

    private string Names(ImmutableArray<EntityRef> entities)
    {
        _names.Clear();
        foreach (EntityRef entity in entities)
        {
            if (_names.Length > 0)
            {
                _names.Append(ListSeparator);
            }

            _names.Append(entity.Name);
        }

        return _names.ToString();
    }
}
