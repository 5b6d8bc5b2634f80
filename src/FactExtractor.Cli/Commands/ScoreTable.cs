using System;
using System.Globalization;
using System.IO;
using Newtonsoft.Json.Linq;

namespace FactExtractor.Cli.Commands;

/// <summary>The one layout of a P/R/F1 row, as text and as JSON, shared by the evaluation commands.</summary>
internal static class ScoreTable
{
    public static void WriteHeader(TextWriter output, string first, int width) =>
        output.WriteLine($"{first.PadRight(width)} {"P",6} {"R",6} {"F1",6} {"TP",5} {"FP",5} {"FN",5}");

    public static void WriteRow(TextWriter output, string name, int width, double precision, double recall, double f1, int tp, int fp, int fn) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name.PadRight(width)} {precision,6:0.000} {recall,6:0.000} {f1,6:0.000} {tp,5} {fp,5} {fn,5}"));

    public static JObject ToJson(string key, string name, double precision, double recall, double f1, int tp, int fp, int fn) => new()
    {
        [key] = name,
        ["precision"] = Math.Round(precision, 4),
        ["recall"] = Math.Round(recall, 4),
        ["f1"] = Math.Round(f1, 4),
        ["tp"] = tp,
        ["fp"] = fp,
        ["fn"] = fn,
    };
}
