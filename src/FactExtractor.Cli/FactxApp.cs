using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Cli.Commands;

namespace FactExtractor.Cli;

/// <summary>The <c>factx</c> command line, with its standard streams injected so that tests can run it in-process.</summary>
public sealed class FactxApp
{
    private readonly Func<Stream> _openStdin;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly bool _stderrIsTerminal;
    private readonly bool _stdoutIsTerminal;

    /// <summary>Creates the application.</summary>
    /// <param name="openStdin">Opens standard input (read when a path is <c>-</c>).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stderrIsTerminal">True when <paramref name="stderr"/> is a terminal: <c>extract</c> then shows a live progress display.</param>
    /// <param name="stdoutIsTerminal">True when <paramref name="stdout"/> is a terminal: <c>extract</c> then shows no live display while it writes JSON lines there, as the two would garble each other.</param>
    public FactxApp(Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false, bool stdoutIsTerminal = false)
    {
        _openStdin = openStdin;
        _stdout = stdout;
        _stderr = stderr;
        _stderrIsTerminal = stderrIsTerminal;
        _stdoutIsTerminal = stdoutIsTerminal;
    }

    /// <summary>How long a cancelled run (Ctrl+C, SIGTERM) may take to flush its outputs before the process ends; null (the default) leaves the signals alone, as tests want.</summary>
    public TimeSpan? TerminationGracePeriod { get; init; }

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command-line arguments.</param>
    public int Run(string[] args) => RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="cancellationToken">Cancels a running <c>extract</c>, which then flushes what it finished and exits with <see cref="ExitCodes.Cancelled"/>.</param>
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var environment = new FactxEnvironment(_openStdin, _stdout, _stderr, _stderrIsTerminal, _stdoutIsTerminal);
        var root = new RootCommand("factx: extracts typed facts (investments, production agreements, site lists, quotes) from news articles.")
        {
            ExtractCommand.Create(environment),
            TokenizeCommand.Create(_openStdin, _stdout, _stderr),
            EvalCommand.Create(_stdout, _stderr),
            EvalEntitiesCommand.Create(_stdout, _stderr),
            NerCommands.CreateTrain(_stdout, _stderr),
            EvalNerCommand.Create(_stdout, _stderr),
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                _stderr.WriteLine($"factx: {error.Message}");
            }

            _stderr.WriteLine("Run 'factx --help' for usage.");
            return ExitCodes.UsageError;
        }

        // The default handler would report an unexpected exception with exit code 1, which means "some inputs failed"
        // to a batch script; a bug gets a code of its own.
        var configuration = new InvocationConfiguration
        {
            Output = _stdout,
            Error = _stderr,
            ProcessTerminationTimeout = TerminationGracePeriod,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _stderr.WriteLine("factx: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            _stderr.WriteLine($"factx: internal error, please report it with the input that caused it: {ex.GetType().FullName}: {ex.Message}");
            _stderr.WriteLine(ex.StackTrace);
            return ExitCodes.InternalError;
        }
    }
}
