#!/usr/bin/env bash
# Ingest throughput benchmark (a measurement, not a test or a gate).
#
# Usage: scripts/bench.sh [CORPUS_DIR]     (default: ../shared/corpus/ilacs beside the project root)
#
# In one run, each with a fresh JVM and, except the re-ingest, a fresh temporary index:
#   1. sli ingest --threads 2: extract, tag, embed judgements, index
#   2. sli ingest --threads 2 again into the index of run 1: nothing changed, so it should be
#      incremental and take well under 10% of run 1
#   3. sli ingest --threads 2 --no-embed: tagged but not embedded
#   4. sli ingest --threads 2 --no-tag: neither (what tagging and embedding cost is the difference)
#   5. the embedding model alone, 2 threads, on 5,000 of the statements run 1 embedded: its raw
#      throughput, beside what ingest achieved (embedded statements / (run 1 - run 3))
#   6. sli match for Medway, Kent and Slough (each including JVM start), the South East matrix and
#      the matrix of every authority, on the index of run 1
#   7. sli report --region 'South East' to HTML and to XLSX (target: under 30 s each), on that index
#   8. baseline: poppler's pdftotext over the same real PDFs with 2 processes
# and prints wall time, pages/s and peak RSS of each, with the machine and the git commit.
# (Runs with 1 thread are left out: with embeddings they take a quarter of an hour.)
# Exits 0 when every step ran (whatever the numbers), non-zero when a step crashed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/ilacs}"
if [[ ! -d "$corpus" ]]; then
  echo "bench: corpus folder not found: $corpus" >&2
  echo "usage: scripts/bench.sh [CORPUS_DIR]" >&2
  exit 2
fi
corpus="$(cd "$corpus" && pwd)"

# Everything temporary (indexes, logs, timings) lives in one folder that is removed however we exit.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/sli-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# apt-get update only once, and only when something has to be installed.
apt_updated=false
apt_install() {
  if [[ $apt_updated == false ]]; then
    apt-get update -qq
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# GNU time gives both wall time and peak RSS; the bash builtin `time` has no RSS.
if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) == 0 ]]; then
    echo "bench: installing GNU time..." >&2
    apt_install time
  else
    echo "bench: /usr/bin/time is missing; install it with: sudo apt-get install time" >&2
    exit 2
  fi
fi

# The pdftotext baseline is optional: without root we cannot install it, so we skip it.
baseline=true
if ! command -v pdftotext >/dev/null; then
  if [[ $(id -u) == 0 ]]; then
    echo "bench: installing poppler-utils (pdftotext)..." >&2
    apt_install poppler-utils
  else
    echo "bench: pdftotext is missing; install it with: sudo apt-get install poppler-utils" >&2
    echo "bench: skipping the pdftotext baseline" >&2
    baseline=false
  fi
fi

# Build before timing anything, so that the launcher never rebuilds inside a timed run
# (it rebuilds when the jar is missing or older than the sources; we do the same here).
source "$root/scripts/jar.sh"

# The real PDFs, by content rather than by name: some "*.pdf" files are saved HTML error pages,
# which pdftotext would only fail on. NUL-separated so that any file name is safe.
find "$corpus" -type f -print0 | sort -z > "$tmp/all"
while IFS= read -r -d '' f; do
  if [[ "$(head -c 4 -- "$f" | tr -d '\0')" == "%PDF" ]]; then printf '%s\0' "$f"; fi
done < "$tmp/all" > "$tmp/pdfs"
n_files=$(tr -cd '\0' < "$tmp/all" | wc -c)
n_pdfs=$(tr -cd '\0' < "$tmp/pdfs" | wc -c)
corpus_mb=$(du -sm "$corpus" | cut -f1)

# Other work on the machine skews the timings (the 2-process runs most): note the load we start on.
load_before="$(cut -d ' ' -f 1-3 /proc/loadavg)"

# Read the whole corpus once, so that the first timed run does not pay the disk reads
# that the later ones (served from the page cache) would not.
xargs -0 cat < "$tmp/all" > /dev/null

# Results, one line per run: name wall_s peak_kb pages
results=()

# run NAME COMMAND...: runs the command under GNU time; stderr goes to $tmp/NAME.log.
# Sets $rc to the command's exit status; the caller decides which statuses are fine.
run() {
  local name="$1"; shift
  echo "bench: $name..." >&2
  rc=0
  /usr/bin/time -f '%e %M' -o "$tmp/$name.time" "$@" > /dev/null 2> "$tmp/$name.log" || rc=$?
  # On a non-zero exit GNU time puts "Command exited with non-zero status N" first: keep the last line.
  timing="$(tail -n 1 "$tmp/$name.time")"
}

# sli_run NAME INDEX THREADS [OPTION...]: one ingest through the launcher (fresh JVM, the user's
# JVM options). Exit 3 means some files failed (e.g. the HTML pages saved as .pdf): expected.
sli_run() {
  local name="$1" index="$2" threads="$3"
  shift 3
  run "$name" "$root/scripts/sli" ingest "$corpus" --index "$index" --threads "$threads" "$@"
  if [[ $rc != 0 && $rc != 3 ]]; then
    echo "bench: $name crashed (exit $rc); its stderr ends with:" >&2
    tail -n 20 "$tmp/$name.log" >&2
    exit 1
  fi
  local summary pages
  # The summary is the "ingest: N files in ..." line (other lines also start with "ingest:").
  summary="$(grep -E '^ingest: [0-9,]+ files in ' "$tmp/$name.log" | tail -n 1 || true)"
  if [[ -z "$summary" ]]; then
    echo "bench: $name printed no summary line; its stderr ends with:" >&2
    tail -n 20 "$tmp/$name.log" >&2
    exit 1
  fi
  # "...; 9,975 pages, 186,149 sentences ..." -> 9975
  pages="$(sed -E 's/.*; ([0-9,]+) pages.*/\1/' <<< "$summary" | tr -d ,)"
  results+=("$name $timing $pages")
  summaries+=("$name: $summary")
}
summaries=()

sli_run "sli-2-threads" "$tmp/index-2" 2
sli_run "sli-reingest-2" "$tmp/index-2" 2
# The same ingest without embeddings, and without tagging, to show what each costs.
sli_run "sli-2-threads-no-embed" "$tmp/index-unembedded" 2 --no-embed
sli_run "sli-2-threads-no-tag" "$tmp/index-untagged" 2 --no-tag

echo "bench: raw embedding throughput..." >&2
raw_line="$(java -cp "$jar:$root/target/lib/*" uk.sli.eval.EmbeddingThroughput "$tmp/index-2" 2 5000)"

# Matching, on the index of run 1, each a fresh JVM: one authority (JVM start included), the South
# East matrix, and the matrix of every authority in the corpus.
for la in Medway Kent Slough; do
  run "match-$la" "$root/scripts/sli" match --la "$la" --index "$tmp/index-2"
  results+=("match-$la $timing -")
done
run "matrix-south-east" "$root/scripts/sli" match --matrix --region 'South East' --index "$tmp/index-2"
results+=("matrix-south-east $timing -")
run "matrix-all" "$root/scripts/sli" match --matrix --index "$tmp/index-2"
results+=("matrix-all $timing -")
for format in html xlsx; do
  run "report-se-$format" "$root/scripts/sli" report --region 'South East' --out "$tmp/south-east.$format" --index "$tmp/index-2"
  if [[ $rc != 0 ]]; then
    echo "bench: report to $format crashed (exit $rc):" >&2
    tail -n 20 "$tmp/report-se-$format.log" >&2
    exit 1
  fi
  results+=("report-se-$format $timing -")
done

if [[ $baseline == true ]]; then
  # pdftotext takes one file per call, so each xargs batch of 8 loops in a small shell.
  # A PDF that poppler cannot read is reported, not fatal: the baseline is only a yardstick.
  run "pdftotext-2-procs" xargs -0 -P 2 -n 8 -a "$tmp/pdfs" sh -c \
    'for f; do pdftotext -q "$f" - > /dev/null || echo "pdftotext failed: $f" >&2; done' sh
  if [[ $rc != 0 ]]; then
    echo "bench: pdftotext baseline crashed (exit $rc):" >&2
    tail -n 20 "$tmp/pdftotext-2-procs.log" >&2
    exit 1
  fi
  results+=("pdftotext-2-procs $timing -")
fi

# --- report ---------------------------------------------------------------------------------
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
  commit="$commit (with uncommitted changes)"
fi
echo
echo "machine: $(nproc) cpus, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "load:    $load_before before the runs (1/5/15 min; well above 0 means other work shared the CPUs)"
echo "commit:  $commit"
echo "corpus:  $corpus ($n_files files, $n_pdfs real PDFs, $corpus_mb MB)"
echo
printf '%-20s %8s %8s %8s\n' run "wall s" "pages/s" "peak MB"
for line in "${results[@]}"; do
  read -r name wall kb pages <<< "$line"
  awk -v n="$name" -v w="$wall" -v kb="$kb" -v p="$pages" 'BEGIN {
    pps = (p == "-" || p == 0 || w == 0) ? "-" : sprintf("%.1f", p / w)
    printf "%-20s %8.1f %8s %8.0f\n", n, w, pps, kb / 1024
  }'
done
echo

wall_of() {
  local line n w
  for line in "${results[@]}"; do
    read -r n w _ <<< "$line"
    if [[ $n == "$1" ]]; then echo "$w"; fi
  done
}
first="$(wall_of sli-2-threads)"
again="$(wall_of sli-reingest-2)"
awk -v a="$again" -v f="$first" 'BEGIN {
  share = 100 * a / f
  printf "re-ingest / first ingest (2 threads): %.1f%% %s\n", share, share < 10 ? "(target < 10%: ok)" : "(target < 10%: MISSED)"
}'
untagged="$(wall_of sli-2-threads-no-tag)"
unembedded="$(wall_of sli-2-threads-no-embed)"
awk -v t="$unembedded" -v u="$untagged" 'BEGIN {
  extra = 100 * (t - u) / u
  printf "tagging (labels, themes, framework) adds %.0f%% to ingest (2 threads) %s\n", extra, extra <= 50 ? "(target <= 50%: ok)" : "(target <= 50%: MISSED)"
}'
embedded="$(grep -E '^ingest: [0-9,]+ files in ' "$tmp/sli-2-threads.log" | tail -n 1 | sed -E 's/.* ([0-9,]+) embedded.*/\1/' | tr -d ,)"
in_ingest="$(grep -E '^ingest: embedding model: ' "$tmp/sli-2-threads.log" | sed -E 's/.*, ([0-9.]+) per thread-second/\1/')"
raw="$(sed -E 's/.*, ([0-9.]+) per thread-second/\1/' <<< "$raw_line")"
# The wall time embedding adds also pays for the vector index (HNSW graph) and the theme vote of
# the nearest training statements; the model's own throughput is set beside its raw throughput.
awk -v n="$embedded" -v full="$first" -v bare="$unembedded" -v u="$untagged" -v ingest="$in_ingest" -v raw="$raw" 'BEGIN {
  printf "embedding adds %.0f%% to ingest: %d statements, %.1f s more (model, vector index, theme vote)\n", 100 * (full - bare) / u, n, full - bare
  printf "  the model in ingest: %.0f statements per thread-second; alone: %.0f: %.0f%% of raw %s\n", ingest, raw, 100 * ingest / raw, ((ingest / raw >= 0.9) ? "(aim >= 90%: ok)" : "(aim >= 90%: missed)")
}'
echo "$raw_line"
if [[ $baseline == true ]]; then
  awk -v s="$first" -v p="$(wall_of pdftotext-2-procs)" \
    'BEGIN { printf "sli 2 threads / pdftotext 2 procs, wall time: %.2fx\n", s / p }'
fi
echo
printf '%s\n' "${summaries[@]}"
