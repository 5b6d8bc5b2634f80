using System;
using System.IO;
using System.Linq;
using FactExtractor.Cli;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Tests.Cli;

/// <summary>One in-process run of <c>factx</c>: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>factx</c> with empty standard input.</summary>
    public static CliRun Of(params string[] args) => WithStdin([], args);

    /// <summary>Runs <c>factx</c> with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun WithStdin(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = new FactxApp(() => new MemoryStream(stdin), stdout, stderr).Run(args);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The non-empty lines of standard output.</summary>
    public string[] OutputLines() => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Standard output as JSON Lines.</summary>
    public JObject[] Lines() => OutputLines().Select(JObject.Parse).ToArray();
}
