using System;
using System.CommandLine;
using System.IO;
using FactExtractor.Cli.Commands;

namespace FactExtractor.Cli;

/// <summary>The <c>factx</c> command line, with its standard streams injected so that tests can run it in-process.</summary>
public sealed class FactxApp
{
    private readonly Func<Stream> _openStdin;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    /// <summary>Creates the application.</summary>
    /// <param name="openStdin">Opens standard input (read when a path is <c>-</c>).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    public FactxApp(Func<Stream> openStdin, TextWriter stdout, TextWriter stderr)
    {
        _openStdin = openStdin;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command-line arguments.</param>
    public int Run(string[] args)
    {
        var root = new RootCommand("factx: extracts typed facts (investments, production agreements, site lists, quotes) from news articles.")
        {
            ExtractCommand.Create(_openStdin, _stdout, _stderr),
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

        var configuration = new InvocationConfiguration { Output = _stdout, Error = _stderr };
        return parse.Invoke(configuration);
    }
}
