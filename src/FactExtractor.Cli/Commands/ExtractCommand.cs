using System;
using System.CommandLine;
using System.IO;
using System.Text;
using FactExtractor.Pipeline;
using FactExtractor.Serialization;

namespace FactExtractor.Cli.Commands;

/// <summary><c>factx extract PATH…</c>: one JSON line per document, in the public contract.</summary>
internal static class ExtractCommand
{
    public static Command Create(Func<Stream> openStdin, TextWriter stdout, TextWriter stderr)
    {
        Argument<string[]> paths = CommonOptions.Paths();
        Option<DateOnly?> published = CommonOptions.Published();
        Option<FileInfo?> output = CommonOptions.Output();
        Option<int> maxChars = CommonOptions.MaxChars();
        var command = new Command("extract", "Extract sentences, entities and facts; write one JSON line per document.")
        {
            paths, published, output, maxChars,
        };
        command.SetAction(parse =>
        {
            FileInfo? outputFile = parse.GetValue(output);
            TextWriter? fileWriter = null;
            try
            {
                if (outputFile is not null)
                {
                    fileWriter = new StreamWriter(outputFile.FullName, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factx: cannot write {outputFile!.FullName}: {ex.Message}");
                return ExitCodes.UsageError;
            }

            try
            {
                return Run(parse.GetValue(paths)!, parse.GetValue(published), parse.GetValue(maxChars), openStdin, fileWriter ?? stdout, stderr);
            }
            finally
            {
                fileWriter?.Dispose();
            }
        });
        return command;
    }

    private static int Run(string[] paths, DateOnly? published, int maxChars, Func<Stream> openStdin, TextWriter output, TextWriter stderr)
    {
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault().WithMaxCharacters(maxChars).Build();
        int failed = 0;
        foreach (InputItem item in InputFiles.Expand(paths))
        {
            ExtractionResult result = InputFiles.TryRead(item, openStdin, maxChars, out string text, out ExtractionError? error)
                ? pipeline.TryExtract(new DocumentInput(text, item.Id, published))
                : ExtractionResult.Failure(item.Id, published, error!.Code, error.Message);
            if (!result.IsSuccess)
            {
                failed++;
                stderr.WriteLine($"factx: {item.Id}: {result.Error.Code}: {result.Error.Message}");
            }

            output.WriteLine(ExtractionJson.ToJsonLine(result));
        }

        output.Flush();
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
