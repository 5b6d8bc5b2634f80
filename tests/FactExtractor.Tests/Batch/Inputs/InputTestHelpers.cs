using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;

namespace FactExtractor.Tests.Batch.Inputs;

internal static class InputTestHelpers
{
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Motor news</title>
            <link>https://example.com/</link>
            <description>News</description>
            <item>
              <title>Ampere expands</title>
              <link>https://example.com/ampere</link>
              <guid>ampere-1</guid>
              <pubDate>Wed, 08 Nov 2023 10:00:00 GMT</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Renault &amp; Nissan will invest <b>€600 million</b>.</p><p>Second paragraph.</p>]]></content:encoded>
            </item>
            <item>
              <title>Summary only</title>
              <link>https://example.com/summary</link>
              <description>&lt;p&gt;Only a description here.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Empty</title>
              <link>https://example.com/empty</link>
              <description></description>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Atom news</title>
          <id>urn:feed</id>
          <updated>2023-11-09T12:00:00Z</updated>
          <entry>
            <title>Atom entry</title>
            <id>urn:entry:1</id>
            <link href="https://example.com/atom1"/>
            <updated>2023-11-09T12:00:00Z</updated>
            <published>2023-11-09T08:00:00+02:00</published>
            <summary>The summary.</summary>
            <content type="html">&lt;p&gt;Full &lt;em&gt;atom&lt;/em&gt; content.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>No id</title>
            <id></id>
            <updated>2023-11-09T12:00:00Z</updated>
            <summary>Summary of the second entry.</summary>
          </entry>
        </feed>
        """;

    public const string Html = """
        <!DOCTYPE html>
        <html><head>
          <title>Page title</title>
          <meta property="og:title" content="OG title">
          <link rel="canonical" href="https://example.com/page">
          <meta property="article:published_time" content="2023-11-08T09:30:00+01:00">
          <script>var x = "script text";</script>
          <style>p { color: red }</style>
        </head><body>
          <nav><a href="/">Home</a> <a href="/news">News</a></nav>
          <header><h1>Site banner</h1></header>
          <article>
            <h1>The   headline</h1>
            <p>Renault &amp; Nissan said &ldquo;yes&rdquo;.
               It   was   agreed.</p>
            <ul><li>First item</li><li>Second item</li></ul>
            <div hidden>Hidden text</div>
            <aside>Related stories</aside>
          </article>
          <footer>Copyright footer</footer>
        </body></html>
        """;

    public static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes, 0, bytes.Length);
        }

        return output.ToArray();
    }

    public static Func<Stream> Stdin(byte[] bytes) => () => new NonSeekableStream(bytes);

    public static Func<Stream> NoStdin => () => throw new InvalidOperationException("stdin was not expected to be read");

    public static Task<List<BatchInput>> ReadAsync(IEnumerable<string> paths, InputOptions? options = null, Func<Stream>? stdin = null, InputProgress? progress = null, CancellationToken cancellationToken = default) =>
        CollectAsync(InputReader.ReadAsync(paths, options ?? InputOptions.Default, stdin ?? NoStdin, progress, cancellationToken));

    public static async Task<List<BatchInput>> CollectAsync(IAsyncEnumerable<BatchInput> records)
    {
        var list = new List<BatchInput>();
        await foreach (BatchInput record in records)
        {
            list.Add(record);
        }

        return list;
    }

    /// <summary>Standard input as the reader sees it: it cannot seek and has no length.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
