using System.Globalization;
using System.IO;
using Microsoft.Data.Sqlite;

namespace FactExtractor.Batch.Outputs;

/// <summary>
/// The schema of a <see cref="SqliteResultStore"/> database (described in <c>docs/sqlite-schema.md</c>): it creates it in
/// an empty file and refuses a file that holds another version or another kind of database.
/// </summary>
internal static class ResultStoreSchema
{
    /// <summary>The version this code writes, recorded in <c>PRAGMA user_version</c>.</summary>
    public const int Version = 1;

    // Offsets are start_offset/end_offset rather than start/end because END is an SQL keyword and would need quoting in
    // every query. A document's identity is ifnull(id, ''): SQLite's unique indexes treat NULLs as distinct, so without
    // the expression a document without an id would be stored again on every run.
    private const string Tables = """
        CREATE TABLE documents (
            document_key     INTEGER PRIMARY KEY,
            id               TEXT,
            content_hash     TEXT NOT NULL,
            status           TEXT NOT NULL CHECK (status IN ('ok', 'error')),
            error_code       TEXT,
            error_message    TEXT,
            title            TEXT,
            url              TEXT,
            published        TEXT,
            characters       INTEGER,
            contract_version TEXT NOT NULL,
            written_at       TEXT NOT NULL
        );
        CREATE UNIQUE INDEX documents_version ON documents (ifnull(id, ''), content_hash, status);
        CREATE INDEX documents_published ON documents (published);

        CREATE TABLE entities (
            document_key INTEGER NOT NULL REFERENCES documents (document_key) ON DELETE CASCADE,
            ordinal      INTEGER NOT NULL,
            label        TEXT NOT NULL,
            text         TEXT NOT NULL,
            name         TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset   INTEGER NOT NULL,
            confidence   REAL NOT NULL,
            source       TEXT NOT NULL,
            value        TEXT,
            PRIMARY KEY (document_key, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX entities_name ON entities (label, name);

        CREATE TABLE facts (
            document_key   INTEGER NOT NULL REFERENCES documents (document_key) ON DELETE CASCADE,
            ordinal        INTEGER NOT NULL,
            type           TEXT NOT NULL,
            rule           TEXT NOT NULL,
            confidence     REAL NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end   INTEGER NOT NULL,
            evidence_text  TEXT NOT NULL,
            json           TEXT NOT NULL,
            PRIMARY KEY (document_key, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX facts_type ON facts (type);
        """;

    // One view per fact type, with the slots as columns. Lists of entities are joined with "; " in array order (the
    // inner ORDER BY key keeps it: group_concat alone promises no order).
    private const string Views = """
        CREATE VIEW investments AS
        SELECT d.document_key, d.id AS document_id, f.ordinal,
               (SELECT group_concat(name, '; ') FROM (SELECT json_extract(value, '$.name') AS name FROM json_each(f.json, '$.investors') ORDER BY key)) AS investors,
               json_extract(f.json, '$.investee.name') AS investee,
               json_extract(f.json, '$.amount.value') AS amount_value,
               json_extract(f.json, '$.amount.currency') AS amount_currency,
               json_extract(f.json, '$.amount.text') AS amount_text,
               json_extract(f.json, '$.status') AS status,
               f.evidence_start, f.evidence_end, f.evidence_text, f.confidence, f.rule
        FROM facts AS f JOIN documents AS d ON d.document_key = f.document_key
        WHERE f.type = 'investment';

        CREATE VIEW production_agreements AS
        SELECT d.document_key, d.id AS document_id, f.ordinal,
               json_extract(f.json, '$.manufacturer.name') AS manufacturer,
               json_extract(f.json, '$.customer.name') AS customer,
               json_extract(f.json, '$.product') AS product,
               json_extract(f.json, '$.site.name') AS site,
               json_extract(f.json, '$.status') AS status,
               f.evidence_start, f.evidence_end, f.evidence_text, f.confidence, f.rule
        FROM facts AS f JOIN documents AS d ON d.document_key = f.document_key
        WHERE f.type = 'productionAgreement';

        CREATE VIEW site_lists AS
        SELECT d.document_key, d.id AS document_id, f.ordinal,
               json_extract(f.json, '$.owner.name') AS owner,
               (SELECT group_concat(name, '; ') FROM (SELECT json_extract(value, '$.name') AS name FROM json_each(f.json, '$.sites') ORDER BY key)) AS sites,
               json_array_length(f.json, '$.sites') AS site_count,
               json_extract(f.json, '$.declaredCount') AS declared_count,
               f.evidence_start, f.evidence_end, f.evidence_text, f.confidence, f.rule
        FROM facts AS f JOIN documents AS d ON d.document_key = f.document_key
        WHERE f.type = 'siteList';

        CREATE VIEW quotes AS
        SELECT d.document_key, d.id AS document_id, f.ordinal,
               json_extract(f.json, '$.speaker.name') AS speaker,
               json_extract(f.json, '$.cue') AS cue,
               json_extract(f.json, '$.text') AS text,
               json_extract(f.json, '$.direct') AS direct,
               json_extract(f.json, '$.quotation.start') AS quotation_start,
               json_extract(f.json, '$.quotation.end') AS quotation_end,
               f.evidence_start, f.evidence_end, f.evidence_text, f.confidence, f.rule
        FROM facts AS f JOIN documents AS d ON d.document_key = f.document_key
        WHERE f.type = 'quote';
        """;

    /// <summary>
    /// Sets the connection's journal and sync modes, then creates the schema in an empty database or checks the version of
    /// an existing one.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <exception cref="InvalidDataException">When the database has another schema version, or tables but no version.</exception>
    public static void Ensure(SqliteConnection connection)
    {
        // WAL lets readers query the file while a batch writes it; NORMAL sync is safe with WAL (a power cut may lose the
        // last commits, never corrupt the file) and spares an fsync per commit.
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        long version = Scalar(connection, "PRAGMA user_version");
        if (version == Version)
        {
            return;
        }

        if (version != 0)
        {
            throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture,
                "The database '{0}' has result-store schema version {1}; this version of FactExtractor reads and writes version {2} only.",
                connection.DataSource, version, Version));
        }

        if (Scalar(connection, "SELECT count(*) FROM sqlite_schema") != 0)
        {
            throw new InvalidDataException($"The database '{connection.DataSource}' has tables but no result-store schema version: it is not a FactExtractor result store.");
        }

        using SqliteTransaction transaction = connection.BeginTransaction();
        using (SqliteCommand create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = Tables + Views + "PRAGMA user_version = " + Version.ToString(CultureInfo.InvariantCulture) + ";";
            create.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
