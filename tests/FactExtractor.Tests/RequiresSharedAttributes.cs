using System.IO;

namespace FactExtractor.Tests;

/// <summary>A fact that needs ../shared/reference/ampere-launch.txt and is skipped, with the reason, where it is absent.</summary>
public sealed class RequiresReferenceArticleFactAttribute : FactAttribute
{
    public RequiresReferenceArticleFactAttribute()
    {
        if (TestPaths.ReferenceArticle is null)
        {
            Skip = $"Skipped: the reference article is absent ({Path.Combine(TestPaths.Shared, "reference", "ampere-launch.txt")}); it lives in ../shared beside the repository.";
        }
    }
}

/// <summary>A theory that needs ../shared/reference/ampere-launch.txt and is skipped, with the reason, where it is absent.</summary>
public sealed class RequiresReferenceArticleTheoryAttribute : TheoryAttribute
{
    public RequiresReferenceArticleTheoryAttribute()
    {
        if (TestPaths.ReferenceArticle is null)
        {
            Skip = $"Skipped: the reference article is absent ({Path.Combine(TestPaths.Shared, "reference", "ampere-launch.txt")}); it lives in ../shared beside the repository.";
        }
    }
}

/// <summary>A fact that needs the openly licensed NER data in ../shared/data/ner and is skipped, with the reason, where it is absent.</summary>
public sealed class RequiresNerDataFactAttribute : FactAttribute
{
    public RequiresNerDataFactAttribute()
    {
        string path = Path.Combine(TestPaths.Shared, "data", "ner", "sec-fin5.train.conll");
        if (!File.Exists(path))
        {
            Skip = $"Skipped: the NER data is absent ({path}); it lives in ../shared/data/ner beside the repository.";
        }
    }
}
