#!/usr/bin/env python3
"""Builds samples/feeds/ from the team's own sample articles (samples/articles/*.txt): the same articles as JSON Lines,
an RSS 2.0 feed, an Atom feed, HTML pages and gzip copies, plus deliberately damaged inputs. The first line of each
article is its headline. Run from the repository root: python3 scripts/make-sample-feeds.py"""
import gzip
import html
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLES = os.path.join(ROOT, "samples", "articles")
OUT = os.path.join(ROOT, "samples", "feeds")
BASE = "https://news.example.org/auto/"

# (id, publication date) of the articles each sample uses; the ids are the file names.
JSONL = [("renault-douai-nissan-micra", "2024-06-12"), ("stellantis-catl-zaragoza", "2024-12-10"),
         ("suzuki-toyota-ev-rebadge", "2024-10-30"), ("voltara-series-c-funding", "2025-02-18"),
         ("huayan-motor-denies-europe-plant", "2025-03-04")]
RSS = [("magna-steyr-graz-contract-manufacturing", "Tue, 14 May 2024 08:30:00 +0200"),
       ("tata-agratas-somerset-gigafactory", "Wed, 05 Feb 2025 11:00:00 +0000"),
       ("volkswagen-rivian-joint-venture", "Wed, 26 Jun 2024 22:15:00 -0400")]
ATOM = [("toyota-north-carolina-batteries", "2024-11-01T09:00:00Z"),
        ("skoda-india-ev-investment-brief", "2025-01-22T06:45:00+05:30"),
        ("helvion-e-axle-order-press-release", "2025-04-08T07:00:00+02:00")]
HTML = [("volkswagen-german-plants-analysis", "2024-09-20"), ("lodz-supplier-battery-housings-feature", "2025-05-15")]


def article(name):
    with open(os.path.join(ARTICLES, name + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    return title, body


def paragraphs(body):
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def html_body(body):
    return "".join("<p>" + html.escape(p, quote=False).replace("\n", " ") + "</p>" for p in paragraphs(body))


def write(name, data, mode="w"):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if mode == "wb":
        with open(path, "wb") as f:
            f.write(data)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)


def main():
    lines = []
    for name, date in JSONL:
        title, body = article(name)
        lines.append(json.dumps({"id": name, "title": title, "published": date, "url": BASE + name, "text": body}, ensure_ascii=False))
    write("articles.jsonl", "\n".join(lines) + "\n")
    write("archive/articles.jsonl.gz", gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0), "wb")

    # The same kind of records under other field names, for --id-field and friends.
    wire = []
    for name, date in JSONL[:2]:
        title, body = article(name)
        wire.append(json.dumps({"guid": "wire-" + name, "headline": title, "date": date + "T06:00:00Z", "link": BASE + name, "body": body}, ensure_ascii=False))
    write("wire.ndjson", "\n".join(wire) + "\n")

    items = []
    for i, (name, date) in enumerate(RSS):
        title, body = article(name)
        # The last item carries its text only as an escaped description, as many feeds do.
        content = ("<content:encoded><![CDATA[" + html_body(body) + "]]></content:encoded>") if i < len(RSS) - 1 else ""
        description = html.escape(html_body(body)) if i == len(RSS) - 1 else html.escape(paragraphs(body)[0])
        items.append(f"""    <item>
      <title>{html.escape(title)}</title>
      <link>{BASE}{name}</link>
      <guid isPermaLink="false">rss-{name}</guid>
      <pubDate>{date}</pubDate>
      <description>{description}</description>
      {content}
    </item>""")
    write("autonews.rss", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Auto industry wire (sample)</title>
    <link>{BASE}</link>
    <description>Sample feed written for FactExtractor's tests.</description>
{chr(10).join(items)}
  </channel>
</rss>
""")
    write("archive/autonews.rss.gz", gzip.compress(open(os.path.join(OUT, "autonews.rss"), "rb").read(), mtime=0), "wb")

    entries = []
    for name, date in ATOM:
        title, body = article(name)
        entries.append(f"""  <entry>
    <title>{html.escape(title)}</title>
    <id>urn:factx-sample:{name}</id>
    <link rel="alternate" href="{BASE}{name}"/>
    <published>{date}</published>
    <updated>{date}</updated>
    <content type="html">{html.escape(html_body(body))}</content>
  </entry>""")
    write("plants.atom", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Plants and batteries (sample)</title>
  <id>urn:factx-sample:plants</id>
  <updated>2025-04-08T07:00:00Z</updated>
{chr(10).join(entries)}
</feed>
""")

    for name, date in HTML:
        title, body = article(name)
        article_html = html_body(body).replace("</p><p>", "</p>\n      <p>")
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | Auto Desk</title>
  <meta property="og:title" content="{html.escape(title)}">
  <meta property="article:published_time" content="{date}T08:00:00Z">
  <link rel="canonical" href="{BASE}{name}">
  <style>body {{ font-family: sans-serif; }}</style>
  <script>window.analytics = {{ page: "{name}", note: "Nissan will invest 1 billion in tracking" }};</script>
</head>
<body>
  <header><a href="/">Auto Desk</a> &middot; <a href="/plants">Plants</a> &middot; <a href="/batteries">Batteries</a></header>
  <nav><ul><li><a href="/ev">EVs</a></li><li><a href="/deals">Deals &amp; investments</a></li></ul></nav>
  <main>
    <article>
      <h1>{html.escape(title)}</h1>
      <p class="byline">By the Auto Desk team</p>
      {article_html}
      <aside>Related: Why battery prices keep falling</aside>
    </article>
  </main>
  <footer>&copy; 2025 Auto Desk. Subscribe to our newsletter.</footer>
  <script src="/app.js"></script>
</body>
</html>
"""
        write(f"pages/{name}.html", page)
    write("archive/" + HTML[0][0] + ".html.gz", gzip.compress(open(os.path.join(OUT, "pages", HTML[0][0] + ".html"), "rb").read(), mtime=0), "wb")

    # Damaged inputs: every bad record must come out as an error record, and the good ones still analysed.
    good = [json.loads(l) for l in lines[:2]]
    damaged = [
        json.dumps(good[0], ensure_ascii=False).encode("utf-8"),
        b'{"id": "broken-json", "text": "Renault will invest \xe2\x82\xac1 billion in Douai.", ',
        b'["an", "array", "is", "not", "a", "record"]',
        json.dumps({"id": "no-text", "title": "A record without its text"}).encode("utf-8"),
        json.dumps({"id": "text-not-a-string", "text": 42}).encode("utf-8"),
        b'{"id": "latin-1", "text": "Cl\xe9on plant opens."}',
        b'',
        json.dumps({"id": "blank-text", "text": "   "}).encode("utf-8"),
        json.dumps(good[1], ensure_ascii=False).encode("utf-8"),
    ]
    write("damaged/damaged.jsonl", b"\n".join(damaged) + b"\n", "wb")
    rss = open(os.path.join(OUT, "autonews.rss"), "rb").read()
    write("damaged/truncated.rss", rss[: len(rss) // 2], "wb")
    write("damaged/navigation-only.html", """<!DOCTYPE html>
<html><head><title>Page not found</title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>&copy; 2025</footer></body></html>
""")
    write("damaged/latin1.txt", "Cléon plant makes motors for Renault.\n".encode("latin-1"), "wb")


if __name__ == "__main__":
    main()
