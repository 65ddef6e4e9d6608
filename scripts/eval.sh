#!/usr/bin/env bash
# Evaluates the tagger on the hand-labelled dev set (eval/dev/*.tsv: real sentences by file and
# hash, text read from ../shared/corpus) and prints precision/recall/F1 per label, macro-F1, theme
# top-1/top-3 and framework accuracy, each with OK/FAIL against eval/expected.properties, and the
# confusion matrix. Exit 0 when every metric is OK, 1 when one fails, 2 when ../shared is missing.
# Usage: scripts/eval.sh [CORPUS_DIR [ERRORS_TSV]]   (default corpus: ../shared/corpus beside the project;
# ERRORS_TSV lists the wrongly labelled statements with their text: keep it outside the project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
if [[ ! -d "$corpus/ilacs" ]]; then
  echo "eval: no corpus at $corpus (the dev set's text is read from it)" >&2
  exit 2
fi
source "$root/scripts/jar.sh"
exec java -Xmx4g -cp "$jar:$root/target/lib/*" uk.sli.eval.TaggingEvaluation \
  "$root/eval/dev" "$corpus" "$root/eval/expected.properties" ${2:+"$2"}
