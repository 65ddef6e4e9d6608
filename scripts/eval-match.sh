#!/usr/bin/env bash
# Evaluates sli match on an index of the shared corpus: coverage (every current need matched, each
# match cited, no self-matches) for the six authorities of the acceptance check, the share of top-3
# donors with a good or outstanding latest grade in the need's judgement area beside the base rate,
# warm latency per authority, precision@5 against the first hand judgements in eval/match/judgements.tsv,
# and, for twelve more authorities whose reports no model was trained on, need precision,
# relevant@3 and relevant-or-partly@3 against blind judgements (eval/match/needs.tsv, judgements.tsv)
# for the standard scorer beside the one without term alignment, gated by eval/match/expected.properties.
# Usage: scripts/eval-match.sh INDEX_DIR [CORPUS_DIR]
#   (build the index first: scripts/sli ingest ../shared/corpus --index INDEX_DIR)
# Exit 0 when every coverage check and gated metric holds, 1 when one fails, 2 on bad arguments.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || ! -d "$1" ]]; then
  echo "usage: scripts/eval-match.sh INDEX_DIR [CORPUS_DIR]   (index of ../shared/corpus, from sli ingest)" >&2
  exit 2
fi
corpus="${2:-$root/../shared/corpus}"
source "$root/scripts/jar.sh"
exec java -Xmx4g -cp "$jar:$root/target/lib/*" uk.sli.eval.MatchEvaluation "$1" "$corpus" \
  "$root/eval/match" Medway Kent Slough Trafford Devon "Isle of Wight" \
  Barnet Bedford Camden Cornwall Liverpool Halton Bolton Bradford "Cheshire East" "Blackburn with Darwen"
