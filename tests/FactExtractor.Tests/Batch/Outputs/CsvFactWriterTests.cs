using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CsvHelper;
using FactExtractor.Batch.Outputs;
using FactExtractor.Pipeline;

namespace FactExtractor.Tests.Batch.Outputs;

public sealed class CsvFactWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Files_are_created_with_their_headers_even_when_empty()
    {
        using (var writer = new CsvFactWriter(_folder.Path))
        {
            writer.Write(OutputTestData.Error("broken"));
        }

        Assert.Equal("document_id,investors,investee,amount_value,amount_currency,amount_text,status,evidence_start,evidence_end,confidence,rule\r\n", FileText(CsvFactWriter.InvestmentsFile));
        Assert.Equal("document_id,manufacturer,customer,product,site,status,evidence_start,evidence_end,confidence,rule\r\n", FileText(CsvFactWriter.ProductionAgreementsFile));
        Assert.Equal("document_id,owner,sites,declared_count,evidence_start,evidence_end,confidence,rule\r\n", FileText(CsvFactWriter.SiteListsFile));
        Assert.Equal("document_id,speaker,cue,text,direct,evidence_start,evidence_end,confidence,rule\r\n", FileText(CsvFactWriter.QuotesFile));
    }

    [Fact]
    public void Facts_are_written_one_row_each_with_their_slots()
    {
        ExtractionResult investment = OutputTestData.Extract(OutputTestData.Investment, "ampere");
        using (var writer = new CsvFactWriter(_folder.Path))
        {
            writer.Write(investment);
            writer.Write(OutputTestData.Extract(OutputTestData.Production, "production"));
            writer.Write(OutputTestData.Extract(OutputTestData.Sites, "sites"));
            writer.Flush();
            Assert.Equal(2, ReadAll(CsvFactWriter.InvestmentsFile).Count);
        }

        List<string[]> investments = ReadAll(CsvFactWriter.InvestmentsFile);
        var fact = investment.Document!.Facts[0];
        Assert.Equal(
            ["ampere", "Nissan", "Ampere", "600000000", "EUR", "€600 million", "planned", fact.Evidence.Start.ToString(), fact.Evidence.End.ToString(), Math.Round(fact.Confidence, 4).ToString(System.Globalization.CultureInfo.InvariantCulture), fact.Rule],
            investments[1]);
        List<string[]> agreements = ReadAll(CsvFactWriter.ProductionAgreementsFile);
        Assert.Equal(["production", "Renault Group", "Nissan"], agreements[1][..3]);
        Assert.Equal("Douai", agreements[1][4]);
        List<string[]> sites = ReadAll(CsvFactWriter.SiteListsFile);
        Assert.Equal(["sites", "Hyundai Motor Group", "Montgomery; West Point; Ellabell", "3"], sites[1][..4]);
        Assert.Single(ReadAll(CsvFactWriter.QuotesFile));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_and_read_back()
    {
        const string id = "a, \"tricky\"\nid";
        using (var writer = new CsvFactWriter(_folder.Path))
        {
            writer.Write(OutputTestData.Extract(OutputTestData.Quote, id));
        }

        string text = FileText(CsvFactWriter.QuotesFile);
        Assert.Contains("\"a, \"\"tricky\"\"\nid\",", text, StringComparison.Ordinal);
        Assert.Contains("\"We expect the first orders before Christmas,\"", text, StringComparison.Ordinal);
        List<string[]> rows = ReadAll(CsvFactWriter.QuotesFile);
        Assert.Equal(2, rows.Count);
        Assert.Equal([id, "Anna Keller", "said", "We expect the first orders before Christmas,", "true"], rows[1][..5]);
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark()
    {
        using (var writer = new CsvFactWriter(_folder.Path))
        {
            writer.Write(OutputTestData.Extract(OutputTestData.Investment, "ampere"));
        }

        byte[] bytes = File.ReadAllBytes(_folder.File(CsvFactWriter.InvestmentsFile));
        Assert.Equal((byte)'d', bytes[0]);
        Assert.Contains("€600 million", new UTF8Encoding(false, true).GetString(bytes), StringComparison.Ordinal);
    }

    private string FileText(string file) => File.ReadAllText(_folder.File(file), Encoding.UTF8);

    /// <summary>Every record of a file, the header first, as CsvHelper's RFC 4180 reader reads it.</summary>
    private List<string[]> ReadAll(string file)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.FromFile(_folder.File(file), new CsvReaderOptions { Separator = ',', HasHeader = false });
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            rows.Add(fields);
        }

        return rows;
    }
}
