#!/usr/bin/env bash
# Rebuilds the shipped statement classifiers into src/main/resources/uk/sli/tag/, with their
# provenance (training-data SHA-256s, counts, parameters) in models.properties, from:
#   data/training/*.tsv  statements written in our own words (label, themes, text);
#   data/labels/**.tsv   hand labels of real sentences (file, sentence hash, label, themes, alone),
#                        whose text is read from ../shared/corpus at training time and never kept.
# The dev sets (eval/dev, eval/register) are never trained on.
# Usage: scripts/train.sh [CORPUS_DIR]   (default: ../shared/corpus beside the project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
if [[ ! -d "$corpus/ilacs" ]]; then
  echo "train: no corpus at $corpus (the labelled sentences' text is read from it)" >&2
  exit 2
fi
cd "$root"
mvn -q -B -DskipTests package >&2
java -Xmx4g -cp "target/sli.jar:target/lib/*" uk.sli.tag.TaggerTrainer data/training data/labels "$corpus" \
  src/main/resources/uk/sli/tag
# Package again so that the jar carries the new models.
mvn -q -B -DskipTests package >&2
