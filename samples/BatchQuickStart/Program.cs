// Batch processing with the library, as docs/batch.md describes it: read feeds, analyse them on every core, store the
// results in SQLite, query the investments view. Run from the repository root:
//   dotnet run --project samples/BatchQuickStart -- samples/feeds facts.sqlite
using System;
using System.Threading;
using FactExtractor.Batch.Inputs;
using FactExtractor.Batch.Outputs;
using FactExtractor.Pipeline;
using Microsoft.Data.Sqlite;

string input = args.Length > 0 ? args[0] : "samples/feeds";
string database = args.Length > 1 ? args[1] : "facts.sqlite";
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// Every input record becomes one BatchInput: a document, or an error record that says what was wrong with it.
var progress = new InputProgress();
var records = InputReader.ReadAsync([input], InputOptions.Default, Console.OpenStandardInput, progress, cancel.Token);

int ok = 0, failed = 0;
using (SqliteResultStore store = SqliteResultStore.Open(database))
{
    await foreach (ExtractionResult result in FactPipeline.Default.ExtractBatchAsync(
                       records, new BatchOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, cancel.Token))
    {
        store.Write(result);
        if (result.IsSuccess)
        {
            ok++;
        }
        else
        {
            failed++;
            Console.Error.WriteLine($"{result.Id}: {result.Error.Code}: {result.Error.Message}");
        }
    }
}

Console.WriteLine($"{ok + failed} records ({progress.BytesRead:N0} bytes read): {ok} analysed, {failed} errors; stored in {database}");

// The store is an ordinary SQLite file: the views give each fact type's slots as columns.
using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
connection.Open();
using SqliteCommand query = connection.CreateCommand();
query.CommandText = "SELECT investors, investee, amount_value, amount_currency FROM investments ORDER BY amount_value DESC LIMIT 5";
using SqliteDataReader reader = query.ExecuteReader();
while (reader.Read())
{
    Console.WriteLine($"  {reader["investors"]} → {reader["investee"]}: {reader["amount_value"]} {reader["amount_currency"]}");
}
