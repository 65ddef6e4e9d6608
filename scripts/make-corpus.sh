#!/usr/bin/env bash
# Regenerates the binary/HTML files of the sample corpus (corpus/documents/) from their sources (corpus-src/).
#   corpus-src/docs/*.txt  --build.py-->  corpus-src/fodt/*.fodt (flat OpenDocument) or corpus/documents/**.html
#   corpus-src/fodt/*.fodt --LibreOffice-->  corpus/documents/**.pdf | corpus/documents/**.docx
# The target path of each document is the "output:" line at the top of its source.
# Needs python3 and LibreOffice (Debian: apt-get install libreoffice-writer-nogui fonts-liberation2).
# The generated files are committed, so running the demo does not need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=corpus-src
OUT=corpus/documents
command -v soffice >/dev/null || { echo "soffice (LibreOffice) not found" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a private LibreOffice profile, so a running LibreOffice does not interfere
profile="-env:UserInstallation=file://$tmp/profile"

for src in "$SRC"/docs/*.txt; do
  name=$(basename "$src" .txt)
  target=$(sed -n 's/^output: *//p' "$src" | head -1)
  [ -n "$target" ] || { echo "no output: line in $src" >&2; exit 1; }
  mkdir -p "$OUT/$(dirname "$target")"
  case "$target" in
    *.html)
      python3 "$SRC/build.py" "$src" "$tmp" >/dev/null
      cp "$tmp/$name.html" "$OUT/$target" ;;
    *.pdf|*.docx)
      python3 "$SRC/build.py" "$src" "$SRC/fodt" >/dev/null
      ext=${target##*.}
      filter=pdf
      [ "$ext" = docx ] && filter='docx:MS Word 2007 XML'
      soffice "$profile" --headless --convert-to "$filter" --outdir "$tmp" "$SRC/fodt/$name.fodt" >/dev/null 2>&1
      cp "$tmp/$name.$ext" "$OUT/$target" ;;
    *) echo "unsupported output $target in $src" >&2; exit 1 ;;
  esac
  echo "$OUT/$target"
done
