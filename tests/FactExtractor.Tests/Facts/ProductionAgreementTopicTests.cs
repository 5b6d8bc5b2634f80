using static FactExtractor.Tests.Facts.FactTestHelpers;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Production agreements whose builder the clause leaves implicit ("it", "the plant", a town): the owner the document
/// states for the plant, or the company it is about.
/// </summary>
public class ProductionAgreementTopicTests
{
    [Theory]
    // "The plant, owned by X, … The plant has done such work before. In 2019 it built P for Y": the stated owner builds.
    [InlineData("The plant, owned by Hyundai, makes engines. The plant has done contract work before. In 2015, it built the Outlander for Mitsubishi.", "production:Hyundai Motor Company>Mitsubishi Motors")]
    [InlineData("The factory, run by Magna Steyr, was idle last winter. The factory has a long history. From 2010 to 2014 it assembled the Cooper for BMW.", "production:Magna Steyr>BMW Group")]
    public void It_after_the_plant_is_the_stated_owner(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // Two owners stated for plants: "it" after "The plant" is left unresolved rather than guessed.
    [InlineData("The plant, owned by Hyundai, makes engines. Kia's factory in Gwangju makes vans. The plant has done contract work before. In 2015, it built the Outlander for Mitsubishi.")]
    public void It_after_the_plant_with_two_stated_owners_is_not_guessed(string text) =>
        Assert.DoesNotContain("Kia>Mitsubishi", ProductionAgreements(text), System.StringComparison.Ordinal);
}
