using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Cli.Commands;

/// <summary><c>factx tokenize PATH…</c>: shows tokens and sentences, one token a line, for inspecting the tokenizer. It reads every input <c>extract</c> reads.</summary>
internal static class TokenizeCommand
{
    public static Command Create(Func<Stream> openStdin, TextWriter stdout, TextWriter stderr)
    {
        Argument<string[]> paths = CommonOptions.Paths();
        Option<int> maxChars = CommonOptions.MaxChars();
        var command = new Command("tokenize", "Show each document's tokens (start, end, kind, text), with a blank line after each sentence.")
        {
            paths, maxChars,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new InputOptions { MaxCharacters = parse.GetValue(maxChars) };
            int failed = 0;
            await foreach (BatchInput record in InputReader.ReadAsync(parse.GetValue(paths)!, options, openStdin, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (record.Document is not { } document)
                {
                    failed++;
                    stderr.WriteLine($"factx: {record.Id}: {record.Error!.Code}: {record.Error.Message}");
                    continue;
                }

                string text = document.Text;
                var tokens = NewsTokenizer.Default.Tokenize(text);
                var sentences = NewsSentenceSplitter.Default.Split(text, tokens);
                stdout.WriteLine($"# {document.Id}: {tokens.Length} tokens, {sentences.Length} sentences");
                foreach (Sentence sentence in sentences)
                {
                    foreach (Token token in sentence.SliceTokens(tokens.AsSpan()))
                    {
                        stdout.WriteLine($"{token.Start}\t{token.End}\t{token.Kind}\t{token.GetText(text)}");
                    }

                    stdout.WriteLine();
                }
            }

            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
