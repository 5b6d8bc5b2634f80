using System;
using System.Collections.Generic;
using System.IO;
using FactExtractor.Batch;
using FactExtractor.Batch.Outputs;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Tests.Batch.Outputs;

public sealed class SqliteResultStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("results.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_creates_the_schema_records_its_version_and_uses_wal()
    {
        using (SqliteResultStore.Open(DatabasePath))
        {
        }

        using SqliteConnection db = Connect();
        Assert.Equal(1L, Scalar(db, "PRAGMA user_version"));
        Assert.Equal(SqliteResultStore.SchemaVersion, (int)Scalar(db, "PRAGMA user_version"));
        Assert.Equal("wal", Text(db, "PRAGMA journal_mode"));
        foreach (string name in new[] { "documents", "entities", "facts", "investments", "production_agreements", "site_lists", "quotes" })
        {
            Assert.Equal(1L, Scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = $name", ("$name", name)));
        }
    }

    [Fact]
    public void Stored_entities_and_facts_point_into_the_text_and_facts_keep_the_contract_json()
    {
        ExtractionResult result = OutputTestData.Extract(OutputTestData.Investment, "ampere");
        Assert.True(result.IsSuccess);
        Assert.NotEmpty(result.Document.Facts);
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(result));
        }

        string text = OutputTestData.Investment;
        using SqliteConnection db = Connect();
        Assert.Equal(
            ("ampere", ContentHash.Of(text), "ok", (long)text.Length, "2023-11-08", "A title", "https://example.com/a", ExtractionJson.ContractVersion),
            Row(db, "SELECT id, content_hash, status, characters, published, title, url, contract_version FROM documents", r =>
                (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7))));
        Assert.EndsWith("Z", Text(db, "SELECT written_at FROM documents"), StringComparison.Ordinal);

        JObject line = JObject.Parse(ExtractionJson.ToJsonLine(result));
        var entities = Rows(db, "SELECT text, start_offset, end_offset, label, name, value, source FROM entities ORDER BY ordinal", r =>
            (Text: r.GetString(0), Start: r.GetInt32(1), End: r.GetInt32(2), Label: r.GetString(3), Name: r.GetString(4), Value: r.IsDBNull(5) ? null : r.GetString(5), Source: r.GetString(6)));
        Assert.Equal(result.Document.Entities.Length, entities.Count);
        for (int i = 0; i < entities.Count; i++)
        {
            Assert.Equal(text[entities[i].Start..entities[i].End], entities[i].Text);
            JToken expected = line["entities"]![i]!;
            Assert.Equal((string?)expected["label"], entities[i].Label);
            Assert.Equal((string?)expected["name"], entities[i].Name);
            Assert.Equal((string?)expected["source"], entities[i].Source);
            Assert.Equal(expected["value"]!.Type == JTokenType.Null ? null : expected["value"]!.ToString(Formatting.None), entities[i].Value);
        }

        Assert.Contains(entities, e => e.Label == "MONEY" && e.Value is not null && e.Value.Contains("\"currency\":\"EUR\"", StringComparison.Ordinal));

        var facts = Rows(db, "SELECT evidence_start, evidence_end, evidence_text, json, type FROM facts ORDER BY ordinal", r =>
            (Start: r.GetInt32(0), End: r.GetInt32(1), Evidence: r.GetString(2), Json: r.GetString(3), Type: r.GetString(4)));
        Assert.Equal(result.Document.Facts.Length, facts.Count);
        for (int i = 0; i < facts.Count; i++)
        {
            Assert.Equal(text[facts[i].Start..facts[i].End], facts[i].Evidence);
            Assert.Equal(line["facts"]![i]!.ToString(Formatting.None), facts[i].Json);
            Assert.Equal(result.Document.Facts[i].Type, facts[i].Type);
        }
    }

    [Fact]
    public void Writing_a_result_twice_leaves_the_rows_of_one_write()
    {
        ExtractionResult result = OutputTestData.Extract(OutputTestData.Investment, "ampere");
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(result));
            Assert.Equal(ResultWriteOutcome.AlreadyStored, store.Write(result));
        }

        (long, long, long) once = Counts();
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.AlreadyStored, store.Write(OutputTestData.Extract(OutputTestData.Investment, "ampere")));
        }

        Assert.Equal(1L, once.Item1);
        Assert.Equal(result.Document!.Entities.Length, (int)once.Item2);
        Assert.Equal(result.Document.Facts.Length, (int)once.Item3);
        Assert.Equal(once, Counts());
    }

    [Fact]
    public void A_new_text_under_the_same_id_is_stored_as_a_second_version()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Extract(OutputTestData.Investment, "story")));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Extract(OutputTestData.Investment + " It said so on Monday.", "story")));
            Assert.True(store.Contains("story", ContentHash.Of(OutputTestData.Investment)));
            Assert.True(store.Contains("story", ContentHash.Of(OutputTestData.Investment + " It said so on Monday.")));
        }

        using SqliteConnection db = Connect();
        Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM documents WHERE id = 'story' AND status = 'ok'"));
        Assert.Equal(2L, Scalar(db, "SELECT count(DISTINCT document_key) FROM facts"));
    }

    [Fact]
    public void A_successful_result_replaces_the_earlier_errors_of_its_id()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Error("story")));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(ExtractionResult.Failure("story", null, ExtractionErrorCodes.StageFailed, "Another failure.")));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Error("other")));
            Assert.Equal(ResultWriteOutcome.InsertedReplacingErrors, store.Write(OutputTestData.Extract(OutputTestData.Investment, "story")));
        }

        using SqliteConnection db = Connect();
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM documents WHERE id = 'story' AND status = 'error'"));
        Assert.Equal(1L, Scalar(db, "SELECT count(*) FROM documents WHERE id = 'story' AND status = 'ok'"));
        Assert.Equal(1L, Scalar(db, "SELECT count(*) FROM documents WHERE id = 'other' AND status = 'error'"));
    }

    [Fact]
    public void The_same_error_twice_is_stored_once_with_its_code_and_message()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Error("broken")));
            Assert.Equal(ResultWriteOutcome.AlreadyStored, store.Write(OutputTestData.Error("broken")));
            Assert.False(store.Contains("broken", ContentHash.Of(ExtractionErrorCodes.EmptyDocument + "\nThe document has no text.")));
        }

        using SqliteConnection db = Connect();
        Assert.Equal(
            (1L, ExtractionErrorCodes.EmptyDocument, "The document has no text.", true),
            Row(db, "SELECT count(*), error_code, error_message, characters IS NULL FROM documents", r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetBoolean(3))));
    }

    [Fact]
    public void A_rerun_whose_error_message_names_the_file_differently_adds_no_row_but_another_error_does()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(ExtractionResult.Failure("news:7", null, ExtractionErrorCodes.MalformedRecord, "/data/news.jsonl:7: not JSON")));
            Assert.Equal(ResultWriteOutcome.AlreadyStored, store.Write(ExtractionResult.Failure("news:7", null, ExtractionErrorCodes.MalformedRecord, "news.jsonl:7: not JSON")));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(ExtractionResult.Failure("news:7", null, ExtractionErrorCodes.InvalidEncoding, "news.jsonl:7: bad byte")));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(ExtractionResult.Failure(null, null, ExtractionErrorCodes.MalformedRecord, "a.jsonl:1: not JSON")));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(ExtractionResult.Failure(null, null, ExtractionErrorCodes.MalformedRecord, "b.jsonl:1: not JSON")));
        }

        using SqliteConnection db = Connect();
        Assert.Equal(4L, Scalar(db, "SELECT count(*) FROM documents"));
        Assert.Equal(1L, Scalar(db, "SELECT count(*) FROM documents WHERE error_message = '/data/news.jsonl:7: not JSON'"));
    }

    [Fact]
    public void An_error_for_an_id_with_a_successful_version_is_skipped()
    {
        using SqliteResultStore store = SqliteResultStore.Open(DatabasePath);
        store.Write(OutputTestData.Extract(OutputTestData.Investment, "story"));

        Assert.Equal(ResultWriteOutcome.ErrorSkipped, store.Write(OutputTestData.Error("story")));
        store.Flush();
        using SqliteConnection db = Connect();
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM documents WHERE status = 'error'"));
    }

    [Fact]
    public void Contains_is_true_only_for_a_stored_successful_id_and_hash()
    {
        string hash = ContentHash.Of(OutputTestData.Investment);
        using SqliteResultStore store = SqliteResultStore.Open(DatabasePath);
        Assert.False(store.Contains("ampere", hash));

        store.Write(OutputTestData.Extract(OutputTestData.Investment, "ampere"));
        store.Write(OutputTestData.Extract(OutputTestData.Quote, null));

        Assert.True(store.Contains("ampere", hash));
        Assert.False(store.Contains("ampere", ContentHash.Of(OutputTestData.Quote)));
        Assert.False(store.Contains("other", hash));
        Assert.False(store.Contains(null, hash));
        Assert.True(store.Contains(null, ContentHash.Of(OutputTestData.Quote)));
    }

    [Fact]
    public void Documents_without_an_id_are_idempotent_too()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Extract(OutputTestData.Quote, null)));
            Assert.Equal(ResultWriteOutcome.AlreadyStored, store.Write(OutputTestData.Extract(OutputTestData.Quote, null)));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Error(null)));
            Assert.Equal(ResultWriteOutcome.AlreadyStored, store.Write(OutputTestData.Error(null)));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Extract(OutputTestData.Investment, null)));
        }

        using SqliteConnection db = Connect();
        Assert.Equal(3L, Scalar(db, "SELECT count(*) FROM documents WHERE id IS NULL"));
        Assert.Equal(1L, Scalar(db, "SELECT count(*) FROM documents WHERE id IS NULL AND status = 'error'"));
    }

    [Fact]
    public void A_reopened_store_keeps_its_rows_and_goes_on()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "ampere"));
        }

        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            Assert.True(store.Contains("ampere", ContentHash.Of(OutputTestData.Investment)));
            Assert.Equal(ResultWriteOutcome.Inserted, store.Write(OutputTestData.Extract(OutputTestData.Quote, "keller")));
        }

        using SqliteConnection db = Connect();
        Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM documents"));
        Assert.Equal(1L, Scalar(db, "PRAGMA user_version"));
    }

    [Fact]
    public void Results_are_committed_per_batch_on_flush_and_on_dispose()
    {
        using SqliteConnection db = Connect(create: true);
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath, batchSize: 2))
        {
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "a"));
            Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM documents"));
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "b"));
            Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM documents"));
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "c"));
            Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM documents"));
            store.Flush();
            Assert.Equal(3L, Scalar(db, "SELECT count(*) FROM documents"));
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "d"));
        }

        Assert.Equal(4L, Scalar(db, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void The_views_expose_the_slots_of_each_fact_type()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "investment"));
            store.Write(OutputTestData.Extract(OutputTestData.Quote, "quote"));
            store.Write(OutputTestData.Extract(OutputTestData.Production, "production"));
            store.Write(OutputTestData.Extract(OutputTestData.Sites, "sites"));
        }

        using SqliteConnection db = Connect();
        Assert.Equal(
            ("investment", "Nissan", "Ampere", 600000000.0, "EUR", "€600 million", "planned"),
            Row(db, "SELECT document_id, investors, investee, amount_value, amount_currency, amount_text, status FROM investments", r =>
                (r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetString(4), r.GetString(5), r.GetString(6))));
        Assert.Equal(
            ("quote", "Anna Keller", "said", "We expect the first orders before Christmas,", 1L),
            Row(db, "SELECT document_id, speaker, cue, text, direct FROM quotes", r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4))));
        Assert.Equal(
            ("production", "Renault Group", "Nissan", "Douai"),
            Row(db, "SELECT document_id, manufacturer, customer, site FROM production_agreements", r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))));
        Assert.Equal(
            ("sites", "Hyundai Motor Group", "Montgomery; West Point; Ellabell", 3L, 3L),
            Row(db, "SELECT document_id, owner, sites, site_count, declared_count FROM site_lists", r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4))));
    }

    [Fact]
    public void Open_refuses_an_unknown_schema_version()
    {
        using (SqliteConnection db = Connect(create: true))
        {
            Execute(db, "PRAGMA user_version = 99");
        }

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => SqliteResultStore.Open(DatabasePath));
        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_refuses_a_database_that_is_not_a_result_store()
    {
        using (SqliteConnection db = Connect(create: true))
        {
            Execute(db, "CREATE TABLE something (x INTEGER)");
        }

        Assert.Throws<InvalidDataException>(() => SqliteResultStore.Open(DatabasePath));
    }

    [Fact]
    public void Deleting_a_document_deletes_its_entities_and_facts()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "ampere"));
        }

        using SqliteConnection db = Connect();
        Execute(db, "PRAGMA foreign_keys = ON; DELETE FROM documents");
        Assert.Equal(0L, Scalar(db, "SELECT (SELECT count(*) FROM entities) + (SELECT count(*) FROM facts)"));
    }

    [Fact]
    public void The_example_queries_of_the_schema_document_run()
    {
        using (SqliteResultStore store = SqliteResultStore.Open(DatabasePath))
        {
            store.Write(OutputTestData.Extract(OutputTestData.Investment, "investment"));
            store.Write(OutputTestData.Extract(OutputTestData.Quote, "quote"));
            store.Write(OutputTestData.Error("broken"));
        }

        string document = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "sqlite-schema.md"));
        int start = document.IndexOf("```sql", StringComparison.Ordinal) + "```sql".Length;
        string queries = document[start..document.IndexOf("```", start, StringComparison.Ordinal)];
        using SqliteConnection db = Connect();
        Execute(db, queries);
        Assert.Equal("{\"amount\":600000000.0,\"currency\":\"EUR\",\"low\":null,\"high\":null}", Text(db, "SELECT value FROM entities WHERE label = 'MONEY'"));
    }

    private (long Documents, long Entities, long Facts) Counts()
    {
        using SqliteConnection db = Connect();
        return (Scalar(db, "SELECT count(*) FROM documents"), Scalar(db, "SELECT count(*) FROM entities"), Scalar(db, "SELECT count(*) FROM facts"));
    }

    private SqliteConnection Connect(bool create = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using SqliteCommand command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = db.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)command.ExecuteScalar()!;
    }

    private static string Text(SqliteConnection db, string sql)
    {
        using SqliteCommand command = db.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    private static T Row<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> read)
    {
        List<T> rows = Rows(db, sql, read);
        return Assert.Single(rows);
    }

    private static List<T> Rows<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> read)
    {
        using SqliteCommand command = db.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
