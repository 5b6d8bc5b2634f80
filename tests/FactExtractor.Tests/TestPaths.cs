using System;
using System.IO;

namespace FactExtractor.Tests;

/// <summary>Locates the repository and the shared folder beside it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding FactExtractor.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The samples/articles folder.</summary>
    public static string SampleArticles => Path.Combine(RepositoryRoot, "samples", "articles");

    /// <summary>The samples/feeds folder: the team's sample feeds in every input format, and damaged ones.</summary>
    public static string SampleFeeds => Path.Combine(RepositoryRoot, "samples", "feeds");

    /// <summary>The ../shared folder beside the repository; it may be absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The reference article, or null where ../shared is absent.</summary>
    public static string? ReferenceArticle
    {
        get
        {
            string path = Path.Combine(Shared, "reference", "ampere-launch.txt");
            return File.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir, "FactExtractor.sln")))
            {
                return dir;
            }

            dir = Path.GetDirectoryName(dir);
        }

        throw new InvalidOperationException("The repository root (FactExtractor.sln) was not found above " + AppContext.BaseDirectory);
    }
}
