using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;
using static FactExtractor.Tests.Batch.Inputs.InputTestHelpers;

namespace FactExtractor.Tests.Batch.Inputs;

/// <summary>Real-world pages and feeds that bend the rules: pages in a declared legacy encoding, feeds with HTML entities.</summary>
public class LenientSourceTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset='Windows-1252' />")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")]
    public async Task A_page_in_the_legacy_encoding_it_declares_is_decoded(string declaration)
    {
        using var folder = new TempFolder();
        string page = $"<html><head>{declaration}<title>Cléon</title></head><body><article><p>Renault’s Cléon plant makes motors – 600 000 a year.</p></article></body></html>";
        string path = folder.Write("legacy.html", Windows1252.GetBytes(page));

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Null(record.Error);
        Assert.Equal("Renault’s Cléon plant makes motors – 600 000 a year.", record.Document!.Text);
        Assert.Equal("Cléon", record.Title);
    }

    [Theory]
    [InlineData("", "invalid-encoding", "not valid utf-8")]
    [InlineData("<meta charset=\"x-martian-7\">", "invalid-encoding", "'x-martian-7', which is not known here")]
    [InlineData("<meta charset=\"us-ascii\">", "invalid-encoding", "Nor is it valid us-ascii")]
    [InlineData("<meta charset=\"utf-16\">", "invalid-encoding", "not valid utf-8")]
    public async Task A_page_that_is_not_utf8_and_declares_nothing_usable_is_an_encoding_error(string declaration, string code, string message)
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.html", Windows1252.GetBytes($"<html><head>{declaration}</head><body><p>Cléon plant.</p></body></html>"));

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal(code, record.Error?.Code);
        Assert.Contains(message, record.Error!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_feed_with_html_named_entities_is_read()
    {
        using var folder = new TempFolder();
        string path = folder.Write("entities.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>T</title><link>https://example.test/</link><description>d</description>
            <item><title>Cl&eacute;on&nbsp;news</title><link>https://example.test/a</link>
            <description>Renault&rsquo;s Cl&eacute;on plant &amp; its &lt;b&gt;motors&lt;/b&gt; &#8212; 600&nbsp;000 a year &#x1F697;.</description></item>
            </channel></rss>
            """);

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Null(record.Error);
        Assert.Equal("Cl\u00e9on\u00a0news", record.Title);
        // The page text collapses every kind of white space, the no-break space included, to one space.
        Assert.Equal("Renault’s Cléon plant & its motors — 600 000 a year 🚗.", record.Document!.Text);
    }

    [Fact]
    public async Task A_feed_broken_otherwise_still_reports_its_own_error()
    {
        using var folder = new TempFolder();
        string path = folder.Write("broken.rss", "<rss version=\"2.0\"><channel><item><title>Caf&eacute;</title></item>");

        BatchInput record = Assert.Single(await ReadAsync([path]));

        Assert.Equal(ExtractionErrorCodes.MalformedRecord, record.Error?.Code);
        Assert.DoesNotContain("&#", record.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a &amp; b &lt; c &gt; d &quot; &apos; &#233; &#xE9;", null)]
    [InlineData("Caf&eacute; &nbsp;&unknownentity; & loose &; &123;", "Caf&#233; &#160;&unknownentity; & loose &; &123;")]
    [InlineData("&rsquo;&rsquo;", "&#8217;&#8217;")]
    public void Only_html_entities_xml_lacks_become_references(string input, string? expected)
    {
        byte[]? output = FeedInputReader.WithHtmlEntitiesAsReferences(Encoding.UTF8.GetBytes(input));

        Assert.Equal(expected, output is null ? null : Encoding.UTF8.GetString(output));
    }
}
