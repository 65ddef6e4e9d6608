#!/usr/bin/env bash
# Rebuilds the shipped statement classifiers from the project's own training set
# (data/training/*.tsv, written in our own words) into src/main/resources/uk/sli/tag/,
# with their provenance (training-data SHA-256, counts, parameters) in models.properties.
# Needs nothing outside the project: runs on a fresh machine without ../shared.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests package >&2
java -cp "target/sli.jar:target/lib/*" uk.sli.tag.TaggerTrainer data/training src/main/resources/uk/sli/tag
# Package again so that the jar carries the new models.
mvn -q -B -DskipTests package >&2
