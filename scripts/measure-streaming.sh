#!/usr/bin/env bash
# Measures factx extract's throughput and peak memory (max RSS) on generated JSON Lines feeds of growing size, so that
# one can see that memory does not grow with the input. Usage: scripts/measure-streaming.sh [COUNTS...] (default
# 1000 10000 100000); WORKERS=1 for one worker (default: every core). Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("${@:-1000 10000 100000}")
read -r -a counts <<< "${counts[*]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/FactExtractor.Cli > /dev/null
factx=src/FactExtractor.Cli/bin/Release/net10.0/factx.dll
printf '%10s %12s %10s %14s %s\n' records bytes seconds max_rss_kb summary
for n in "${counts[@]}"; do
  python3 scripts/generate-feed.py "$n" "$work/feed.jsonl" 2> /dev/null
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$factx" extract "$work/feed.jsonl" -o /dev/null ${WORKERS:+--workers "$WORKERS"} 2> "$work/stderr" || true
  read -r seconds rss < "$work/time"
  printf '%10s %12s %10s %14s %s\n' "$n" "$(stat -c %s "$work/feed.jsonl")" "$seconds" "$rss" "$(tail -n 1 "$work/stderr")"
done
