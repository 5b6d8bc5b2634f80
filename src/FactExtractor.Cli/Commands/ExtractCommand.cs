using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Batch;
using FactExtractor.Batch.Inputs;
using FactExtractor.Batch.Outputs;
using FactExtractor.Entities.Statistical;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>factx extract PATH…</c>: reads text files, JSON Lines, RSS/Atom feeds and HTML pages (plain or gzip, or standard
/// input), analyses them on every core with bounded memory, and writes one JSON line per input record, an SQLite
/// database and/or CSV files per fact type. A bad record becomes an error record; it never stops the run.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(FactxEnvironment environment)
    {
        Argument<string[]> paths = CommonOptions.Paths();
        Option<DateOnly?> published = CommonOptions.Published();
        published.Description = "The publication date (YYYY-MM-DD) of records that do not carry one; relative dates resolve against it.";
        Option<FileInfo?> output = CommonOptions.Output();
        output.Description = "Write the JSON lines to this file (- for standard output). Without it they go to standard output, unless --db or --csv is given.";
        Option<int> maxChars = CommonOptions.MaxChars();
        var format = new Option<InputFormat>("--format")
        {
            Description = "The input format: auto (the default: from the extension, else from the content), text, jsonl, feed (RSS or Atom) or html.",
            HelpName = "auto|text|jsonl|feed|html",
            DefaultValueFactory = _ => InputFormat.Auto,
            CustomParser = result => ParseFormat(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty, result),
        };
        var idField = new Option<string>("--id-field") { Description = "JSON Lines: the field holding the record id.", DefaultValueFactory = _ => JsonFieldNames.Default.Id };
        var titleField = new Option<string>("--title-field") { Description = "JSON Lines: the field holding the title.", DefaultValueFactory = _ => JsonFieldNames.Default.Title };
        var textField = new Option<string[]>("--text-field")
        {
            Description = "JSON Lines: the field holding the article text; repeat it to try several in order (default: text, body, content).",
            AllowMultipleArgumentsPerToken = false,
        };
        var publishedField = new Option<string>("--published-field") { Description = "JSON Lines: the field holding the publication date.", DefaultValueFactory = _ => JsonFieldNames.Default.Published };
        var urlField = new Option<string>("--url-field") { Description = "JSON Lines: the field holding the address.", DefaultValueFactory = _ => JsonFieldNames.Default.Url };
        var workers = new Option<int>("--workers", "-j")
        {
            Description = "How many documents are analysed at once (default: every core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            Validators = { result => PositiveInt(result, "--workers") },
        };
        var unordered = new Option<bool>("--unordered") { Description = "Write each result as soon as it is ready instead of in input order." };
        var db = new Option<FileInfo?>("--db") { HelpName = "file.sqlite", Description = "Write documents, entities and facts into this SQLite database (created if missing; a rerun adds nothing twice)." };
        var resume = new Option<bool>("--resume") { Description = "With --db: skip the records already stored with the same id and text." };
        var csv = new Option<DirectoryInfo?>("--csv") { HelpName = "folder", Description = "Write one CSV file per fact type into this folder." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display, no per-record error lines and no summary on standard error." };
        var recognizers = CommonOptions.Recognizers();
        var model = CommonOptions.Model();
        var command = new Command("extract", "Extract entities and facts from text, JSON Lines, RSS/Atom, HTML or gzip inputs; write JSON Lines, SQLite or CSV.")
        {
            paths, format, published, output, db, resume, csv, workers, unordered, maxChars, quiet,
            idField, titleField, textField, publishedField, urlField, recognizers, model,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new ExtractSettings
            {
                Paths = parse.GetValue(paths)!,
                Input = new InputOptions
                {
                    Format = parse.GetValue(format),
                    MaxCharacters = parse.GetValue(maxChars),
                    DefaultPublished = parse.GetValue(published),
                    Fields = new JsonFieldNames
                    {
                        Id = parse.GetValue(idField)!,
                        Title = parse.GetValue(titleField)!,
                        Text = parse.GetValue(textField) is { Length: > 0 } texts ? texts : JsonFieldNames.Default.Text,
                        Published = parse.GetValue(publishedField)!,
                        Url = parse.GetValue(urlField)!,
                    },
                },
                Batch = new BatchOptions { MaxDegreeOfParallelism = parse.GetValue(workers), PreserveOrder = !parse.GetValue(unordered) },
                Output = parse.GetValue(output),
                Database = parse.GetValue(db),
                Resume = parse.GetValue(resume),
                CsvFolder = parse.GetValue(csv),
                Quiet = parse.GetValue(quiet),
                Recognizers = parse.GetValue(recognizers),
                Model = parse.GetValue(model),
            };
            return await ExtractRun.RunAsync(settings, environment, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static InputFormat ParseFormat(string token, System.CommandLine.Parsing.ArgumentResult result)
    {
        switch (token.ToLowerInvariant())
        {
            case "auto": return InputFormat.Auto;
            case "text": case "txt": return InputFormat.Text;
            case "jsonl": case "ndjson": case "json-lines": return InputFormat.JsonLines;
            case "feed": case "rss": case "atom": return InputFormat.Feed;
            case "html": case "htm": return InputFormat.Html;
            default:
                result.AddError($"--format expects auto, text, jsonl, feed or html, not '{token}'.");
                return InputFormat.Auto;
        }
    }

    private static void PositiveInt(System.CommandLine.Parsing.OptionResult result, string name)
    {
        if (result.Tokens.Count > 0 && (!int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value <= 0))
        {
            result.AddError($"{name} expects a positive whole number.");
        }
    }
}

/// <summary>What <c>factx extract</c> was asked to do.</summary>
internal sealed record ExtractSettings
{
    public required string[] Paths { get; init; }

    public required InputOptions Input { get; init; }

    public required BatchOptions Batch { get; init; }

    public FileInfo? Output { get; init; }

    public FileInfo? Database { get; init; }

    public bool Resume { get; init; }

    public DirectoryInfo? CsvFolder { get; init; }

    public bool Quiet { get; init; }

    public NameRecognizers Recognizers { get; init; } = NameRecognizers.Both;

    public FileInfo? Model { get; init; }
}

/// <summary>Counts of a run, written by the run and read by the progress display from another thread.</summary>
internal sealed class ExtractStatistics
{
    private long _ok;
    private long _failed;
    private long _skipped;
    private long _facts;

    public long Ok => Interlocked.Read(ref _ok);

    public long Failed => Interlocked.Read(ref _failed);

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Facts => Interlocked.Read(ref _facts);

    public long Records => Ok + Failed + Skipped;

    public void AddOk(int facts)
    {
        Interlocked.Increment(ref _ok);
        Interlocked.Add(ref _facts, facts);
    }

    public void AddFailed() => Interlocked.Increment(ref _failed);

    public void AddSkipped() => Interlocked.Increment(ref _skipped);
}

/// <summary>One run of <c>factx extract</c>: opens the outputs, streams the batch through them, reports and closes them.</summary>
internal sealed class ExtractRun : IDisposable
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(500);

    private readonly ExtractSettings _settings;
    private readonly FactxEnvironment _environment;
    private readonly ExtractStatistics _statistics = new();
    private readonly InputProgress _progress = new();
    private TextWriter? _jsonFile;
    private TextWriter? _json;
    private SqliteResultStore? _store;
    private CsvFactWriter? _csv;

    private ExtractRun(ExtractSettings settings, FactxEnvironment environment)
    {
        _settings = settings;
        _environment = environment;
    }

    public static async Task<int> RunAsync(ExtractSettings settings, FactxEnvironment environment, CancellationToken cancellationToken)
    {
        TextWriter stderr = environment.Stderr;
        if (settings.Resume && settings.Database is null)
        {
            stderr.WriteLine("factx: --resume needs --db: it skips the documents that database already holds.");
            return ExitCodes.UsageError;
        }

        using var run = new ExtractRun(settings, environment);
        FactPipeline pipeline;
        try
        {
            FactPipelineBuilder builder = settings.Model is null
                ? FactPipelineBuilder.CreateDefault(settings.Recognizers)
                : FactPipelineBuilder.CreateDefault(settings.Recognizers, CommonOptions.LoadTagger(settings.Model));
            pipeline = builder.WithMaxCharacters(settings.Input.MaxCharacters).Build();
            run.OpenOutputs();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            stderr.WriteLine($"factx: {ex.Message}");
            return ExitCodes.UsageError;
        }

        return await run.ExecuteAsync(pipeline, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _store?.Dispose();
        _csv?.Dispose();
        _jsonFile?.Dispose();
    }

    private void OpenOutputs()
    {
        if (_settings.Output is { } console && console.ToString() == "-")
        {
            _json = _environment.Stdout;
        }
        else if (_settings.Output is { } file)
        {
            _jsonFile = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            _json = _jsonFile;
        }
        else if (_settings.Database is null && _settings.CsvFolder is null)
        {
            _json = _environment.Stdout;
        }

        if (_settings.Database is { } db)
        {
            _store = SqliteResultStore.Open(db.FullName);
        }

        if (_settings.CsvFolder is { } folder)
        {
            Directory.CreateDirectory(folder.FullName);
            _csv = new CsvFactWriter(folder.FullName);
        }
    }

    private async Task<int> ExecuteAsync(FactPipeline pipeline, CancellationToken cancellationToken)
    {
        TextWriter stderr = _environment.Stderr;
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        bool live = _environment.StderrIsTerminal && !_settings.Quiet && !(_environment.StdoutIsTerminal && ReferenceEquals(_json, _environment.Stdout));
        string? failure = null;
        bool cancelled = false;
        try
        {
            Task work = ProcessAsync(pipeline, printErrors: !live && !_settings.Quiet, cancellationToken);
            if (live)
            {
                await ProgressDisplay.ShowAsync(stderr, work, _statistics, _progress).ConfigureAwait(false);
            }
            else
            {
                await work.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            failure = ex.Message;
        }

        try
        {
            // Whatever was finished is kept: a cancelled or failed run can be resumed from the database.
            _json?.Flush();
            _store?.Flush();
            _csv?.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            failure ??= ex.Message;
        }

        TimeSpan elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (failure is not null)
        {
            stderr.WriteLine($"factx: the run stopped: {failure}");
        }

        if (!_settings.Quiet)
        {
            stderr.WriteLine(Summary(_statistics, elapsed, cancelled));
        }

        return failure is not null ? ExitCodes.RunFailed
            : cancelled ? ExitCodes.Cancelled
            : _statistics.Failed > 0 ? ExitCodes.SomeInputsFailed
            : ExitCodes.Success;
    }

    private async Task ProcessAsync(FactPipeline pipeline, bool printErrors, CancellationToken cancellationToken)
    {
        // Leave the caller's thread at once, so that the progress display runs beside the work.
        await Task.Yield();
        IAsyncEnumerable<BatchInput> inputs = InputReader.ReadAsync(_settings.Paths, _settings.Input, _environment.OpenStdin, _progress, cancellationToken);
        if (_settings.Resume)
        {
            inputs = SkipStored(inputs, _store!, _statistics, cancellationToken);
        }

        long lastFlush = System.Diagnostics.Stopwatch.GetTimestamp();

        // The JSON line is made on the worker that analysed the document: on one consuming thread it would cap the run.
        bool json = _json is not null;
        await foreach ((ExtractionResult result, string? line) in pipeline.ExtractBatchAsync(
            inputs, result => (result, json ? ExtractionJson.ToJsonLine(result) : null), _settings.Batch, cancellationToken).ConfigureAwait(false))
        {
            if (line is not null)
            {
                _json!.Write(line);
                _json.Write('\n');
            }

            _store?.Write(result);
            _csv?.Write(result);
            if (result.IsSuccess)
            {
                _statistics.AddOk(result.Document.Facts.Length);
            }
            else
            {
                _statistics.AddFailed();
                if (printErrors)
                {
                    _environment.Stderr.WriteLine($"factx: {result.Id}: {result.Error.Code}: {result.Error.Message}");
                }
            }

            // Results reach a pipe or file as they come, not only when a large buffer fills.
            if (System.Diagnostics.Stopwatch.GetElapsedTime(lastFlush) > FlushInterval)
            {
                _json?.Flush();
                lastFlush = System.Diagnostics.Stopwatch.GetTimestamp();
            }
        }
    }

    private static async IAsyncEnumerable<BatchInput> SkipStored(
        IAsyncEnumerable<BatchInput> inputs, SqliteResultStore store, ExtractStatistics statistics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (BatchInput input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (input.Document is { } document && store.Contains(document.Id, ContentHash.Of(document.Text)))
            {
                statistics.AddSkipped();
                continue;
            }

            yield return input;
        }
    }

    internal static string Summary(ExtractStatistics statistics, TimeSpan elapsed, bool cancelled)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var text = new StringBuilder("factx: ");
        text.Append(cancelled ? "cancelled after " : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"{statistics.Records:N0} records: {statistics.Ok:N0} ok, {statistics.Failed:N0} failed");
        if (statistics.Skipped > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {statistics.Skipped:N0} skipped (already in the database)");
        }

        text.Append(CultureInfo.InvariantCulture, $"; {statistics.Facts:N0} facts; {seconds:F1} s, {(statistics.Ok + statistics.Failed) / seconds:F1} documents/s");
        return text.ToString();
    }
}
