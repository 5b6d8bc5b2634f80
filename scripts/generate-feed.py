#!/usr/bin/env python3
"""Writes a large JSON Lines feed for throughput and memory measurements: the team's own corpus articles
(samples/corpus/*/*.txt and samples/articles/*.txt), repeated under new ids until COUNT records are written.
Usage: python3 scripts/generate-feed.py COUNT OUT.jsonl"""
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    paths = sorted(glob.glob(os.path.join(ROOT, "samples", "corpus", "*", "*.txt")) + glob.glob(os.path.join(ROOT, "samples", "articles", "*.txt")))
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        title = text.split("\n", 1)[0].strip()
        texts.append((os.path.splitext(os.path.basename(path))[0], title, text))
    words = 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(count):
            name, title, text = texts[i % len(texts)]
            words += len(text.split())
            f.write(json.dumps({"id": f"{name}-{i}", "title": title, "published": "2025-01-01", "text": text}, ensure_ascii=False))
            f.write("\n")
    print(f"{count} records, {words} words, {os.path.getsize(out)} bytes -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
