using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using FactExtractor.Entities;
using FactExtractor.Facts;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;
using FactExtractor.Text;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace FactExtractor.Batch.Outputs;

/// <summary>What <see cref="SqliteResultStore.Write"/> did with a result.</summary>
public enum ResultWriteOutcome
{
    /// <summary>The result was new (a document id with a text not stored before, or a new error) and was stored.</summary>
    Inserted,

    /// <summary>The successful result was new and was stored, and the error rows stored earlier for its id were deleted.</summary>
    InsertedReplacingErrors,

    /// <summary>The same result (same id, same content hash and status) was already stored; nothing changed.</summary>
    AlreadyStored,

    /// <summary>The result is an error for an id that already has a successful version; the successful data is kept and the error is not stored.</summary>
    ErrorSkipped,
}

/// <summary>
/// Writes extraction results (documents, their entities and facts) into an SQLite database whose schema
/// <c>docs/sqlite-schema.md</c> describes. Writing is idempotent: a document is identified by its id and the
/// <see cref="ContentHash"/> of its text, so writing a result again changes nothing, while a new text under the same id
/// is stored as another version. Writes are grouped into transactions of <see cref="BatchSize"/> results, committed
/// when a group is full, on <see cref="Flush"/> and on <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// One writer, one thread: an instance is not thread-safe, and two stores must not write the same file at once. Other
/// connections may read the file meanwhile (the journal is WAL) and see the results up to the last commit.
/// </remarks>
public sealed class SqliteResultStore : IDisposable
{
    /// <summary>The number of results per transaction unless <see cref="Open"/> is told otherwise.</summary>
    public const int DefaultBatchSize = 256;

    private const string Ok = "ok";
    private const string Failed = "error";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _findVersion;
    private readonly SqliteCommand _findSuccess;
    private readonly SqliteCommand _deleteErrors;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertEntity;
    private readonly SqliteCommand _insertFact;
    private readonly SqliteCommand[] _commands;
    private readonly StringBuilder _json = new();
    private SqliteTransaction? _transaction;
    private int _pending;
    private bool _disposed;

    private SqliteResultStore(SqliteConnection connection, int batchSize)
    {
        _connection = connection;
        BatchSize = batchSize;
        _findVersion = Command("SELECT EXISTS (SELECT 1 FROM documents WHERE ifnull(id, '') = $id AND content_hash = $hash AND status = $status)", "$id", "$hash", "$status");
        _findSuccess = Command($"SELECT EXISTS (SELECT 1 FROM documents WHERE ifnull(id, '') = $id AND status = '{Ok}')", "$id");
        _deleteErrors = Command($"DELETE FROM documents WHERE ifnull(id, '') = $id AND status = '{Failed}'", "$id");
        _insertDocument = Command(
            """
            INSERT INTO documents (id, content_hash, status, error_code, error_message, title, url, published, characters, contract_version, written_at)
            VALUES ($id, $hash, $status, $code, $message, $title, $url, $published, $characters, $contract, $written)
            RETURNING document_key
            """,
            "$id", "$hash", "$status", "$code", "$message", "$title", "$url", "$published", "$characters", "$contract", "$written");
        _insertEntity = Command(
            """
            INSERT INTO entities (document_key, ordinal, label, text, name, start_offset, end_offset, confidence, source, value)
            VALUES ($key, $ordinal, $label, $text, $name, $start, $end, $confidence, $source, $value)
            """,
            "$key", "$ordinal", "$label", "$text", "$name", "$start", "$end", "$confidence", "$source", "$value");
        _insertFact = Command(
            """
            INSERT INTO facts (document_key, ordinal, type, rule, confidence, evidence_start, evidence_end, evidence_text, json)
            VALUES ($key, $ordinal, $type, $rule, $confidence, $start, $end, $text, $json)
            """,
            "$key", "$ordinal", "$type", "$rule", "$confidence", "$start", "$end", "$text", "$json");
        _commands = [_findVersion, _findSuccess, _deleteErrors, _insertDocument, _insertEntity, _insertFact];
    }

    /// <summary>The schema version this store reads and writes (recorded in the database as <c>PRAGMA user_version</c>).</summary>
    public static int SchemaVersion => ResultStoreSchema.Version;

    /// <summary>The number of results written per transaction.</summary>
    public int BatchSize { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating the file and its schema when they are missing, in WAL
    /// journal mode with <c>synchronous = NORMAL</c>.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="batchSize">The number of results per transaction: larger is faster, smaller loses less on a crash.</param>
    /// <exception cref="InvalidDataException">When the file is a database of another schema version, or not a result store.</exception>
    /// <exception cref="SqliteException">When the file cannot be opened or is not an SQLite database.</exception>
    public static SqliteResultStore Open(string path, int batchSize = DefaultBatchSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        // No pooling: the store holds one connection for its lifetime, and a pooled one would keep the file open after Dispose.
        var settings = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, ForeignKeys = true };
        var connection = new SqliteConnection(settings.ToString());
        try
        {
            connection.Open();
            ResultStoreSchema.Ensure(connection);
            return new SqliteResultStore(connection, batchSize);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stores a result unless it is stored already. A successful result is identified by its id and the content hash of
    /// its text; storing it deletes the error rows of the same id. An error result is identified by its id and the hash
    /// of its code (of its code and message when it has no id); it is not stored for an id that already has a successful version. A null or empty id
    /// counts as one id for identity (such results are stored once each), but errors without an id are neither replaced
    /// nor skipped, since nothing says which document they were.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>What was done.</returns>
    public ResultWriteOutcome Write(ExtractionResult result)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(result);
        if (_transaction is null)
        {
            Begin();
        }

        ResultWriteOutcome outcome = result.IsSuccess ? WriteSuccess(result, result.Document) : WriteFailure(result, result.Error);
        if (++_pending >= BatchSize)
        {
            Commit();
        }

        return outcome;
    }

    /// <summary>
    /// True when a successful version of the document with this id and content hash is stored (written results not yet
    /// committed count too), so that a resumed run can skip it. A null id matches documents stored without one.
    /// </summary>
    /// <param name="id">The document id, or null.</param>
    /// <param name="contentHash">The <see cref="ContentHash"/> of the document's text.</param>
    public bool Contains(string? id, string contentHash)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(contentHash);
        return VersionExists(id ?? string.Empty, contentHash, Ok);
    }

    /// <summary>Commits the results written since the last commit.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Commit();
    }

    /// <summary>Commits the results written since the last commit and closes the database.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Commit();
        }
        finally
        {
            _transaction?.Dispose();
            foreach (SqliteCommand command in _commands)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }
    }

    /// <summary>
    /// The content hash under which an error is stored. Errors have no text, so their code stands for it: a rerun's
    /// message may differ only in how it names the file (a relative path, another folder), and must not add a row. An
    /// error without an id has only its code and message to tell it from the others.
    /// </summary>
    private static string ErrorHash(string id, ExtractionError error) =>
        ContentHash.Of(id.Length > 0 ? error.Code : error.Code + "\n" + error.Message);

    private static object OrDbNull(object? value) => value ?? DBNull.Value;

    private ResultWriteOutcome WriteSuccess(ExtractionResult result, Document document)
    {
        string id = result.Id ?? string.Empty;
        string hash = ContentHash.Of(document.Text);
        if (VersionExists(id, hash, Ok))
        {
            return ResultWriteOutcome.AlreadyStored;
        }

        // Without an id two results cannot be told to be the same document, so an error is nobody's earlier attempt.
        int deleted = 0;
        if (id.Length > 0)
        {
            _deleteErrors.Parameters[0].Value = id;
            deleted = _deleteErrors.ExecuteNonQuery();
        }

        long key = InsertDocument(result, hash, Ok, document.Text.Length);
        ImmutableArray<EntityMention> entities = document.Entities;
        for (int i = 0; i < entities.Length; i++)
        {
            InsertEntity(key, i, document, entities[i]);
        }

        ImmutableArray<Fact> facts = document.Facts;
        for (int i = 0; i < facts.Length; i++)
        {
            InsertFact(key, i, document, facts[i]);
        }

        return deleted > 0 ? ResultWriteOutcome.InsertedReplacingErrors : ResultWriteOutcome.Inserted;
    }

    private ResultWriteOutcome WriteFailure(ExtractionResult result, ExtractionError error)
    {
        string id = result.Id ?? string.Empty;
        string hash = ErrorHash(id, error);
        if (VersionExists(id, hash, Failed))
        {
            return ResultWriteOutcome.AlreadyStored;
        }

        if (id.Length > 0)
        {
            _findSuccess.Parameters[0].Value = id;
            if ((long)_findSuccess.ExecuteScalar()! != 0)
            {
                return ResultWriteOutcome.ErrorSkipped;
            }
        }

        InsertDocument(result, hash, Failed, characters: null);
        return ResultWriteOutcome.Inserted;
    }

    private bool VersionExists(string id, string hash, string status)
    {
        SqliteParameterCollection parameters = _findVersion.Parameters;
        parameters[0].Value = id;
        parameters[1].Value = hash;
        parameters[2].Value = status;
        return (long)_findVersion.ExecuteScalar()! != 0;
    }

    private long InsertDocument(ExtractionResult result, string hash, string status, int? characters)
    {
        SqliteParameterCollection parameters = _insertDocument.Parameters;
        parameters[0].Value = OrDbNull(result.Id);
        parameters[1].Value = hash;
        parameters[2].Value = status;
        parameters[3].Value = OrDbNull(result.Error?.Code);
        parameters[4].Value = OrDbNull(result.Error?.Message);
        parameters[5].Value = OrDbNull(result.Title);
        parameters[6].Value = OrDbNull(result.Url);
        parameters[7].Value = OrDbNull(result.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        parameters[8].Value = OrDbNull(characters);
        parameters[9].Value = ExtractionJson.ContractVersion;
        parameters[10].Value = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return (long)_insertDocument.ExecuteScalar()!;
    }

    private void InsertEntity(long key, int ordinal, Document document, EntityMention mention)
    {
        string? value = null;
        if (mention.Value is not null)
        {
            using (JsonTextWriter writer = StartJson())
            {
                ExtractionJson.WriteEntityValue(writer, mention.Value);
            }

            value = _json.ToString();
        }

        SqliteParameterCollection parameters = _insertEntity.Parameters;
        parameters[0].Value = key;
        parameters[1].Value = ordinal;
        parameters[2].Value = ExtractionJson.LabelName(mention.Label);
        parameters[3].Value = document.Slice(mention.Span).ToString();
        parameters[4].Value = mention.Name;
        parameters[5].Value = mention.Start;
        parameters[6].Value = mention.End;
        parameters[7].Value = Math.Round(mention.Confidence, 4);
        parameters[8].Value = ExtractionJson.SourceName(mention.Source);
        parameters[9].Value = OrDbNull(value);
        _insertEntity.ExecuteNonQuery();
    }

    private void InsertFact(long key, int ordinal, Document document, Fact fact)
    {
        using (JsonTextWriter writer = StartJson())
        {
            ExtractionJson.WriteFact(writer, document, fact);
        }

        SqliteParameterCollection parameters = _insertFact.Parameters;
        parameters[0].Value = key;
        parameters[1].Value = ordinal;
        parameters[2].Value = fact.Type;
        parameters[3].Value = fact.Rule;
        parameters[4].Value = Math.Round(fact.Confidence, 4);
        parameters[5].Value = fact.Evidence.Start;
        parameters[6].Value = fact.Evidence.End;
        parameters[7].Value = document.Slice(fact.Evidence).ToString();
        parameters[8].Value = _json.ToString();
        _insertFact.ExecuteNonQuery();
    }

    /// <summary>A JSON writer into the reused buffer <see cref="_json"/>, emptied first.</summary>
    private JsonTextWriter StartJson()
    {
        _json.Clear();
        return new JsonTextWriter(new StringWriter(_json, CultureInfo.InvariantCulture)) { Formatting = Formatting.None };
    }

    private SqliteCommand Command(string sql, params string[] parameterNames)
    {
        SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (string name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private void Begin()
    {
        _transaction = _connection.BeginTransaction();

        // Microsoft.Data.Sqlite requires every command run inside a transaction to name it.
        foreach (SqliteCommand command in _commands)
        {
            command.Transaction = _transaction;
        }
    }

    private void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        foreach (SqliteCommand command in _commands)
        {
            command.Transaction = null;
        }

        _pending = 0;
    }
}
