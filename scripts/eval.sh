#!/usr/bin/env bash
# Evaluates the tagger on the hand-labelled dev sets (real sentences by file and hash, text read
# from ../shared/corpus): eval/dev (Ofsted reports) and eval/register (the South East programme's
# own plans and newsletter), and eval/register-own (council documents we wrote). For each it prints precision/recall/F1 per label, macro-F1, improvement
# and strength precision, need precision (improvements the matcher would take as needs) overall and
# in outstanding reports, theme top-1/top-3 and framework accuracy, each with OK/FAIL against
# eval/expected.properties, and the confusion matrix. None of these reports is trained on.
# Exit 0 when every metric is OK, 1 when one fails, 2 when ../shared is missing.
# Usage: scripts/eval.sh [CORPUS_DIR [ERRORS_PREFIX]]   (default corpus: ../shared/corpus beside the
# project; ERRORS_PREFIX-ofsted.tsv and ERRORS_PREFIX-register.tsv list the wrongly labelled
# statements with their text: keep them outside the project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
if [[ ! -d "$corpus/ilacs" ]]; then
  echo "eval: no corpus at $corpus (the dev set's text is read from it)" >&2
  exit 2
fi
source "$root/scripts/jar.sh"
status=0
# register-own: documents we wrote in the councils' register (eval/register-own/documents), so their
# paths are relative to the project.
for set in ofsted:dev:"$corpus" register:register:"$corpus" register-own:register-own:"$root"; do
  IFS=: read -r name folder base <<<"$set"
  echo "== $name ($root/eval/$folder)"
  java -Xmx4g -cp "$jar:$root/target/lib/*" uk.sli.eval.TaggingEvaluation "$name" "$root/eval/$folder" "$base" \
    "$root/eval/expected.properties" ${2:+"$2-$name.tsv"} || status=$?
  echo
done
exit $status
