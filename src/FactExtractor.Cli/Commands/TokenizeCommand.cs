using System;
using System.CommandLine;
using System.IO;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Cli.Commands;

/// <summary><c>factx tokenize PATH…</c>: shows tokens and sentences, one token a line, for inspecting the tokenizer.</summary>
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
        command.SetAction(parse =>
        {
            int limit = parse.GetValue(maxChars);
            int failed = 0;
            foreach (InputItem item in InputFiles.Expand(parse.GetValue(paths)!))
            {
                if (!InputFiles.TryRead(item, openStdin, limit, out string text, out ExtractionError? error))
                {
                    failed++;
                    stderr.WriteLine($"factx: {item.Id}: {error!.Code}: {error.Message}");
                    continue;
                }

                var tokens = NewsTokenizer.Default.Tokenize(text);
                var sentences = NewsSentenceSplitter.Default.Split(text, tokens);
                stdout.WriteLine($"# {item.Id}: {tokens.Length} tokens, {sentences.Length} sentences");
                foreach (Sentence sentence in sentences)
                {
                    foreach (Token token in sentence.SliceTokens(tokens.AsSpan()))
                    {
                        stdout.WriteLine($"{token.Start}\t{token.End}\t{token.Kind}\t{token.GetText(text)}");
                    }

                    stdout.WriteLine();
                }
            }

            stdout.Flush();
            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
