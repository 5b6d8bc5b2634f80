using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using FactExtractor.Entities.Statistical;
using FactExtractor.Pipeline;

namespace FactExtractor.Cli.Commands;

/// <summary>Options and arguments shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files (text, JSON Lines, RSS/Atom, HTML, each plain or gzip), folders (every such file below them), glob patterns (quoted) or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "The articles' publication date (YYYY-MM-DD); relative dates resolve against it.",
        CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            result.AddError($"--published expects a date as YYYY-MM-DD, not '{token}'.");
            return null;
        },
    };

    public static Option<NameRecognizers> Recognizers() => new("--recognizers")
    {
        Description = "Which recognizers find person, organisation and place names: both (the default: lexicons and patterns, then the statistical tagger for the names they leave), lexicons (lexicons and patterns only) or model (the tagger only).",
        DefaultValueFactory = _ => NameRecognizers.Both,
        CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            switch (token.ToLowerInvariant())
            {
                case "both": return NameRecognizers.Both;
                case "lexicons": return NameRecognizers.Lexicons;
                case "model": return NameRecognizers.Model;
                default:
                    result.AddError($"--recognizers expects both, lexicons or model, not '{token}'.");
                    return NameRecognizers.Both;
            }
        },
    };

    public static Option<FileInfo?> Model() => new("--model")
    {
        Description = "A tagger trained with 'factx train-ner' in place of the embedded one.",
    };

    /// <summary>The default pipeline with the given name recognizers and, when a model file is given, that tagger.</summary>
    /// <exception cref="IOException">When the model file cannot be read.</exception>
    /// <exception cref="InvalidDataException">When the file is not a model.</exception>
    public static FactPipeline PipelineFor(NameRecognizers names, FileInfo? model = null)
    {
        if (model is null)
        {
            return names == NameRecognizers.Both ? FactPipeline.Default : FactPipelineBuilder.CreateDefault(names).Build();
        }

        return FactPipelineBuilder.CreateDefault(names, LoadTagger(model)).Build();
    }

    /// <summary>The tagger in a model file, or the embedded one when no file is given.</summary>
    /// <exception cref="IOException">When the model file cannot be read.</exception>
    /// <exception cref="InvalidDataException">When the file is not a model, or the build lacks the embedded model.</exception>
    public static PerceptronTagger LoadTagger(FileInfo? modelFile)
    {
        if (modelFile is null)
        {
            try
            {
                return StatisticalModels.Default;
            }
            catch (InvalidOperationException ex)
            {
                // The embedded model is missing from this build.
                throw new InvalidDataException($"{ex.Message} Train one with 'factx train-ner' and pass it with --model.", ex);
            }
        }

        if (!modelFile.Exists)
        {
            throw new FileNotFoundException($"{modelFile.FullName}: no such model file.");
        }

        using FileStream stream = File.OpenRead(modelFile.FullName);
        try
        {
            return PerceptronTagger.Load(stream);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{modelFile.FullName}: {ex.Message}", ex);
        }
    }

    public static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output.",
    };

    public static Option<int> MaxChars() => new("--max-chars")
    {
        Description = "Largest document accepted, in characters; larger ones become error records.",
        DefaultValueFactory = _ => Pipeline.FactPipelineBuilder.DefaultMaxCharacters,
        Validators =
        {
            result =>
            {
                if (result.Tokens.Count > 0 && (!int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value <= 0))
                {
                    result.AddError("--max-chars expects a positive whole number.");
                }
            },
        },
    };
}
