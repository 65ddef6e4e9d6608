#!/usr/bin/env bash
# Sets sli themes beside the South East programme's own summaries (lists in eval/themes/):
#  1. the 2024-25 plan's triad notes (Appendix 1) against the headlines of its section 4 (target: 6 of 7
#     in our top 10 themes);
#  2. the 2025-26 plan's Appendix 3 against its headings (reported);
#  3. themes found as strengths and as areas for improvement in several South East authorities in the
#     reports of 2015 to March 2019, against the 2019-20 plan's paragraphs 2.7 and 2.8 (reported).
# Usage: scripts/eval-themes.sh INDEX_DIR [CORPUS_DIR]
#   (build the index first: scripts/sli ingest ../shared/corpus --index INDEX_DIR)
# Exit 0 when check 1 passes, 1 when it fails, 2 on bad arguments.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || ! -d "$1" ]]; then
  echo "usage: scripts/eval-themes.sh INDEX_DIR [CORPUS_DIR]   (index of ../shared/corpus, from sli ingest)" >&2
  exit 2
fi
corpus="${2:-$root/../shared/corpus}"
source "$root/scripts/jar.sh"
exec java -Xmx4g -cp "$jar:$root/target/lib/*" uk.sli.eval.ThemeEvaluation "$1" "$corpus" "$root/eval/themes"
