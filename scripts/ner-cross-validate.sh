#!/usr/bin/env bash
# Estimates the tagger's accuracy on loan agreements without touching sec-fin3.test: leave-one-document-out over the
# five documents of sec-fin5.train. For each document, a model is trained on the other four (counted FIN_WEIGHT
# times) plus the other training files of the data folder and the silver articles, then scored on the document left
# out; the counts are summed over the five folds. README ("Statistical recognizer") gives the weights compared.
#
# Usage: scripts/ner-cross-validate.sh DATA_DIR [extra train-ner options]
#   FIN_WEIGHT=N     copies of the sec-fin5 training documents (default 1, as in the embedded model)
#   OTHER="a b ..."  the other CoNLL files to train on (default: wikigold, wnut17 train and dev, btc-*)
#   NO_SILVER=1      leave out the silver articles of samples/corpus/dev
# Needs python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$(cd "${1:?usage: $0 DATA_DIR [train-ner options]}" && pwd)"
shift
weight=${FIN_WEIGHT:-1}
other=${OTHER:-"wikigold.conll wnut17.train.conll wnut17.dev.conll btc-a.conll btc-b.conll btc-e.conll btc-f.conll btc-g.conll btc-h.conll"}
silver=(--silver "$root/samples/corpus/dev" --exclude "$root/samples/articles" "$root/samples/heldout")
[[ -n "${NO_SILVER:-}" ]] && silver=()
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/FactExtractor.Cli" > /dev/null
factx="$root/src/FactExtractor.Cli/bin/Release/net10.0/factx.dll"

# One folder per fold: the four training documents, the held-out one, links to the other files.
python3 - "$data" "$work" <<'PY'
import os, sys
data, work = sys.argv[1], sys.argv[2]
docs, current = [], []
with open(os.path.join(data, "sec-fin5.train.conll"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("-DOCSTART-") and current:
            docs.append(current)
            current = []
        current.append(line)
docs.append(current)
for k in range(len(docs)):
    fold = os.path.join(work, f"fold{k}")
    os.makedirs(fold)
    with open(os.path.join(fold, "fin-train.conll"), "w", encoding="utf-8") as out:
        for j, doc in enumerate(docs):
            if j != k:
                out.writelines(doc)
    with open(os.path.join(fold, "fin-held.conll"), "w", encoding="utf-8") as out:
        out.writelines(docs[k])
    for name in os.listdir(data):
        if name.endswith(".conll") and not name.startswith("sec-fin"):
            os.symlink(os.path.join(data, name), os.path.join(fold, name))
PY

files=()
for ((i = 0; i < weight; i++)); do files+=(fin-train.conll); done
read -r -a rest <<< "$other"
files+=("${rest[@]}")

declare -A tp fp fn
for fold in "$work"/fold*; do
  dotnet "$factx" train-ner --data "$fold" --out "$fold/model.bin.gz" --files "${files[@]}" "${silver[@]}" "$@" > /dev/null
  while read -r type _ _ _ t f n; do
    case $type in PER|ORG|LOC|micro) tp[$type]=$((${tp[$type]:-0} + t)); fp[$type]=$((${fp[$type]:-0} + f)); fn[$type]=$((${fn[$type]:-0} + n)) ;; esac
  done < <(dotnet "$factx" eval-ner --gold "$fold/fin-held.conll" --model "$fold/model.bin.gz")
done

printf '%-6s %6s %6s %6s %6s %6s %6s\n' type P R F1 TP FP FN
for type in LOC ORG PER micro; do
  awk -v t="$type" -v a="${tp[$type]}" -v b="${fp[$type]}" -v c="${fn[$type]}" \
    'BEGIN { p = a + b ? a / (a + b) : 0; r = a + c ? a / (a + c) : 0; f = p + r ? 2 * p * r / (p + r) : 0; printf "%-6s %6.3f %6.3f %6.3f %6d %6d %6d\n", t, p, r, f, a, b, c }'
done
