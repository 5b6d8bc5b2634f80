using System;
using FactExtractor.Batch.Inputs;

namespace FactExtractor.Tests.Batch.Inputs;

public class HtmlTextTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("<div>a <b>bold</b>\n\n   word</div>", "a bold word")]
    [InlineData("<p>x&nbsp;&amp;&#233;&eacute;</p>", "x &éé")]
    [InlineData("<main><p>In main</p></main><p>Outside</p>", "In main")]
    [InlineData("<article><p>Short</p></article><article><p>The longer article</p></article>", "The longer article")]
    [InlineData("<p>Line one<br>line two</p>", "Line one\n\nline two")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc")]
    [InlineData("<div role=navigation>menu</div><div aria-hidden=true>x</div><p>Body</p>", "x\n\nBody")]
    [InlineData("<template><p>t</p></template><form><p>f</p></form><svg><text>s</text></svg><p>kept</p>", "kept")]
    [InlineData("", "")]
    public void ExtractsBlockText(string html, string expected) => Assert.Equal(expected, HtmlText.Extract(html).Text);

    [Fact]
    public void TitleFallsBackToTitleElementThenFirstHeading()
    {
        Assert.Equal("Doc", HtmlText.Extract("<title> Doc </title><h1>Head</h1>").Title);
        Assert.Equal("Head line", HtmlText.Extract("<h1>Head\n line</h1>").Title);
        Assert.Null(HtmlText.Extract("<p>no title</p>").Title);
    }

    [Fact]
    public void UrlAndPublishedFallBacks()
    {
        HtmlArticle article = HtmlText.Extract(
            "<meta property='og:url' content='https://e.com/og'><article><header><time datetime='2024-02-29'>29 Feb</time></header><p>x</p></article>");

        Assert.Equal("https://e.com/og", article.Url);
        Assert.Equal(new DateOnly(2024, 2, 29), article.Published);
        Assert.Equal(new DateOnly(2023, 5, 1), HtmlText.Extract("<span itemprop=datePublished content='2023-05-01T00:00:00Z'></span><p>x</p>").Published);
        Assert.Null(HtmlText.Extract("<time datetime='yesterday'></time><p>x</p>").Published);
    }

    [Fact]
    public void DeeplyNestedPageDoesNotOverflowTheStack()
    {
        string html = string.Concat(System.Linq.Enumerable.Repeat("<span>", 20_000)) + "deep";

        Assert.Equal("deep", HtmlText.Extract(html).Text);
    }
}
