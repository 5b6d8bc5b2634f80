using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Cli.Commands;
using Spectre.Console;

namespace FactExtractor.Cli;

/// <summary>
/// The live progress line of <c>factx extract</c> on a terminal: records and documents per second, facts, errors, and —
/// when the inputs are files of known size — a bar with the share of bytes read and the time remaining.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    /// <summary>Shows progress on <paramref name="terminal"/> until <paramref name="work"/> ends, then clears it.</summary>
    public static async Task ShowAsync(TextWriter terminal, Task work, ExtractStatistics statistics, InputProgress input)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
        });
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                long? total = input.TotalBytes;
                ProgressTask task = context.AddTask(Describe(statistics, 0), autoStart: true, maxValue: total is > 0 ? total.Value : 1);
                task.IsIndeterminate = total is not > 0;
                while (!work.IsCompleted)
                {
                    await Task.WhenAny(work, Task.Delay(Tick)).ConfigureAwait(false);
                    if (total is > 0)
                    {
                        task.Value = Math.Min(input.BytesRead, total.Value);
                    }

                    task.Description = Describe(statistics, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
                    context.Refresh();
                }

                // Spectre fills the bars of the tasks left when the display ends, which would claim that a cancelled
                // or failed run had read everything; the summary line says how it ended instead.
                context.RemoveTask(task);
            })
            .ConfigureAwait(false);

        // The work's own outcome (an exception, cancellation) is for the caller.
        await work.ConfigureAwait(false);
    }

    private static string Describe(ExtractStatistics statistics, double seconds)
    {
        long done = statistics.Ok + statistics.Failed;
        string rate = seconds > 0.5 ? string.Create(CultureInfo.InvariantCulture, $"{done / seconds:N0} docs/s") : "starting";
        string skipped = statistics.Skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $", {statistics.Skipped:N0} skipped") : string.Empty;
        return Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{done:N0} documents ({rate}), {statistics.Facts:N0} facts, {statistics.Failed:N0} errors{skipped}"));
    }
}
