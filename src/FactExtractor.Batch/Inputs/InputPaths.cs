using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using FactExtractor.Pipeline;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactExtractor.Batch.Inputs;

/// <summary>Expands command-line paths into inputs: files, folders, globs and <c>-</c> for standard input.</summary>
internal static class InputPaths
{
    // Folders hold other files beside articles (samples/corpus keeps *.gold.json next to each article), so a folder
    // yields only the extensions of input formats, and .json is deliberately not one of them.
    private static readonly string[] FolderExtensions =
        [".txt", ".text", ".jsonl", ".ndjson", ".rss", ".atom", ".xml", ".html", ".htm"];

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Expands <paramref name="paths"/> in order; folders and globs give their files in ordinal path order.</summary>
    public static List<InputSource> Expand(IEnumerable<string> paths)
    {
        var sources = new List<InputSource>();
        foreach (string path in paths)
        {
            if (path == "-")
            {
                sources.Add(new InputSource(InputSource.StdinId, InputSource.StdinId, null, 0, null));
            }
            else if (File.Exists(path))
            {
                sources.Add(FileSource(path));
            }
            else if (Directory.Exists(path))
            {
                AddFolder(sources, path);
            }
            else if (path.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                AddGlob(sources, path);
            }
            else
            {
                sources.Add(Failed(path, ExtractionErrorCodes.FileNotFound, $"{path}: no such file or folder."));
            }
        }

        return sources;
    }

    /// <summary>Whether a folder expands to this file: a known input extension, possibly followed by <c>.gz</c>.</summary>
    public static bool IsInputFileName(string fileName)
    {
        ReadOnlySpan<char> name = StripGz(fileName);
        foreach (string extension in FolderExtensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && name.Length > extension.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The id of a file: its name without <c>.gz</c> and without the extension before it.</summary>
    public static string IdOf(string path)
    {
        string name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        string id = Path.GetFileNameWithoutExtension(StripGz(name).ToString());
        return id.Length > 0 ? id : name;
    }

    /// <summary>The name without a trailing <c>.gz</c>.</summary>
    public static ReadOnlySpan<char> StripGz(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(0, name.Length - 3) : name;

    private static void AddFolder(List<InputSource> sources, string folder)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sources.Add(Failed(folder, ExtractionErrorCodes.Unreadable, $"{folder}: {ex.Message}"));
            return;
        }

        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            if (IsInputFileName(Path.GetFileName(file)))
            {
                sources.Add(FileSource(file));
            }
        }
    }

    private static void AddGlob(List<InputSource> sources, string pattern)
    {
        // The folder part before the first wildcard is the root the matcher walks; the rest is the pattern.
        int wildcard = pattern.AsSpan().IndexOfAny('*', '?');
        int separator = pattern.AsSpan(0, wildcard).LastIndexOfAny(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string root = separator switch
        {
            < 0 => ".",
            0 => pattern[..1],
            _ => pattern[..separator],
        };
        string relativePattern = pattern[(separator + 1)..];

        var found = new List<string>();
        if (Directory.Exists(root))
        {
            // FileSystemGlobbing knows * and ** but not ?: it is widened to * for the walk and checked exactly after.
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(relativePattern.Replace('?', '*'));
            string fullRoot = Path.GetFullPath(root);
            string[]? exactSegments = relativePattern.Contains('?') ? relativePattern.Split(Separators) : null;
            foreach (string file in matcher.GetResultsInFullPath(fullRoot))
            {
                if (exactSegments is not null && !SegmentsMatch(exactSegments, 0, Path.GetRelativePath(fullRoot, file).Split(Separators), 0))
                {
                    continue;
                }

                // Messages name files the way the user wrote the pattern: relative stays relative.
                found.Add(Path.IsPathRooted(pattern) ? file : Path.GetRelativePath(Environment.CurrentDirectory, file));
            }
        }

        if (found.Count == 0)
        {
            sources.Add(Failed(pattern, ExtractionErrorCodes.FileNotFound, $"{pattern}: no file matches."));
            return;
        }

        found.Sort(StringComparer.Ordinal);
        foreach (string file in found)
        {
            sources.Add(FileSource(file));
        }
    }

    private static bool SegmentsMatch(string[] pattern, int p, string[] path, int f)
    {
        if (p == pattern.Length)
        {
            return f == path.Length;
        }

        if (pattern[p] == "**")
        {
            return SegmentsMatch(pattern, p + 1, path, f) || (f < path.Length && SegmentsMatch(pattern, p, path, f + 1));
        }

        return f < path.Length
            && FileSystemName.MatchesSimpleExpression(pattern[p], path[f], ignoreCase: false)
            && SegmentsMatch(pattern, p + 1, path, f + 1);
    }

    private static InputSource FileSource(string path)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            length = 0;
        }

        return new InputSource(IdOf(path), path, path, length, null);
    }

    private static InputSource Failed(string path, string code, string message) =>
        new(IdOf(path), path, null, 0, new ExtractionError(code, message));
}
