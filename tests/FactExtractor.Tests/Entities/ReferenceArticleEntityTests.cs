using System;
using System.IO;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Tests.Entities;

/// <summary>The entities the reference article must yield (it is read from ../shared, never copied).</summary>
public class ReferenceArticleEntityTests
{
    private static readonly Lazy<Document> Article = new(() =>
        FactPipeline.Default.Extract(File.ReadAllText(TestPaths.ReferenceArticle!), "ampere-launch", new DateOnly(2023, 11, 8)));

    [RequiresReferenceArticleTheory]
    [InlineData("Ampere", EntityLabel.Org)]
    [InlineData("Renault Group", EntityLabel.Org)]
    [InlineData("Nissan", EntityLabel.Org)]
    [InlineData("Mitsubishi", EntityLabel.Org)]
    [InlineData("Luca de Meo", EntityLabel.Person)]
    [InlineData("Jean-Dominique Senard", EntityLabel.Person)]
    public void Names_are_found_with_their_labels(string text, EntityLabel label)
    {
        Document document = Article.Value;

        Assert.Contains(document.Entities, e => e.Label == label && document.Slice(e.Span).SequenceEqual(text));
    }

    [RequiresReferenceArticleTheory]
    [InlineData("Douai")]
    [InlineData("Maubeuge")]
    [InlineData("Ruitz")]
    [InlineData("Cléon")]
    [InlineData("Chennai")]
    public void Sites_are_places_or_facilities(string town)
    {
        Document document = Article.Value;

        Assert.Contains(document.Entities, e => e.Label is EntityLabel.Loc or EntityLabel.Facility
            && document.Slice(e.Span).ToString().Contains(town, StringComparison.Ordinal));
    }

    [RequiresReferenceArticleTheory]
    [InlineData("600000000")]
    [InlineData("200000000")]
    public void Amounts_are_normalised_to_euros(string amount)
    {
        Document document = Article.Value;

        Assert.Contains(document.Entities, e => e.Label == EntityLabel.Money && e.Value is MoneyValue money
            && money.Amount == decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) && money.Currency == "EUR");
    }

    [RequiresReferenceArticleFact]
    public void The_launch_date_resolves_against_the_publication_date()
    {
        Document document = Article.Value;

        EntityMention date = Assert.Single(document.Entities, e => e.Label == EntityLabel.Date && document.Slice(e.Span).SequenceEqual("November 1st"));
        Assert.Equal(new DateValue("2023-11-01"), date.Value);
    }

    [RequiresReferenceArticleFact]
    public void Short_forms_of_the_chief_executive_resolve_to_his_full_name()
    {
        Document document = Article.Value;

        var deMeo = document.Entities.Where(e => e.Label == EntityLabel.Person && document.Slice(e.Span).SequenceEqual("de Meo")).ToList();
        Assert.NotEmpty(deMeo);
        Assert.All(deMeo, e => Assert.Equal("Luca de Meo", e.Name));
    }
}
