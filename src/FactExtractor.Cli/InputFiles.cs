using System;
using System.Collections.Generic;
using System.IO;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Cli;

/// <summary>One input named on the command line: a file, standard input, or a path that could not be used.</summary>
/// <param name="Id">The document id: the file name without extension, or <c>stdin</c>.</param>
/// <param name="Path">The file path, or null for standard input or a path that does not exist.</param>
/// <param name="Error">Why the input cannot be read, when that is already known.</param>
internal sealed record InputItem(string Id, string? Path, ExtractionError? Error);

/// <summary>Expands command-line paths into inputs and reads them as strictly decoded text.</summary>
internal static class InputFiles
{
    public const string StdinId = "stdin";

    /// <summary>Expands files, folders (every <c>*.txt</c> below them, in ordinal path order) and <c>-</c> for standard input.</summary>
    public static IEnumerable<InputItem> Expand(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (path == "-")
            {
                yield return new InputItem(StdinId, null, null);
            }
            else if (Directory.Exists(path))
            {
                string[] files;
                string? failure = null;
                try
                {
                    files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
                    Array.Sort(files, StringComparer.Ordinal);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    files = [];
                    failure = ex.Message;
                }

                if (failure is not null)
                {
                    yield return new InputItem(IdOf(path), null, new ExtractionError(ExtractionErrorCodes.Unreadable, $"{path}: {failure}"));
                }

                foreach (string file in files)
                {
                    yield return new InputItem(IdOf(file), file, null);
                }
            }
            else if (File.Exists(path))
            {
                yield return new InputItem(IdOf(path), path, null);
            }
            else
            {
                yield return new InputItem(IdOf(path), null, new ExtractionError(ExtractionErrorCodes.FileNotFound, $"{path}: no such file or folder."));
            }
        }
    }

    /// <summary>Reads and decodes one input, refusing inputs whose size rules out fitting <paramref name="maxCharacters"/>.</summary>
    public static bool TryRead(InputItem item, Func<Stream> openStdin, int maxCharacters, out string text, out ExtractionError? error)
    {
        text = string.Empty;
        if (item.Error is not null)
        {
            error = item.Error;
            return false;
        }

        // UTF-8 needs at least one byte a character and at most four; UTF-16/32 inputs stay within that bound too.
        long maxBytes = ((long)maxCharacters * 4) + 4;
        byte[] bytes;
        try
        {
            using Stream stream = item.Path is null ? openStdin() : File.OpenRead(item.Path);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                error = TooLarge(item, maxCharacters);
                return false;
            }

            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    error = TooLarge(item, maxCharacters);
                    return false;
                }
            }

            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = new ExtractionError(ExtractionErrorCodes.Unreadable, $"{Describe(item)}: {ex.Message}");
            return false;
        }

        if (!TextDecoding.TryDecode(bytes, out text, out string? decodeError))
        {
            error = new ExtractionError(ExtractionErrorCodes.InvalidEncoding, $"{Describe(item)}: {decodeError}");
            return false;
        }

        error = null;
        return true;
    }

    private static ExtractionError TooLarge(InputItem item, int maxCharacters) =>
        new(ExtractionErrorCodes.DocumentTooLarge, $"{Describe(item)}: larger than the limit of {maxCharacters} characters.");

    private static string Describe(InputItem item) => item.Path ?? "standard input";

    private static string IdOf(string path)
    {
        string trimmed = path.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        string id = System.IO.Path.GetFileNameWithoutExtension(trimmed);
        return id.Length > 0 ? id : trimmed;
    }
}
