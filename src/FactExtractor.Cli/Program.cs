using System;
using System.IO;
using System.Text;
using System.Threading;
using FactExtractor.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
try
{
    // Ctrl+C and SIGTERM cancel a running extract, which flushes what it finished; after the grace period the process ends anyway.
    var app = new FactxApp(Console.OpenStandardInput, stdout, stderr, stderrIsTerminal: !Console.IsErrorRedirected, stdoutIsTerminal: !Console.IsOutputRedirected)
    {
        TerminationGracePeriod = TimeSpan.FromSeconds(10),
    };
    return await app.RunAsync(args, CancellationToken.None);
}
finally
{
    stdout.Flush();
}
