#!/usr/bin/env bash
# Re-creates Copse's embedded default dataset (a stratified 6,000/1,000 sample of MNIST) under
# core/src/main/resources/dev/copse/core/data/default/, fetching MNIST into the Copse cache if needed.
# The output is byte-identical on every run; the script exits non-zero if the files' SHA-256 differ
# from those recorded in DefaultDataset.java.
# Usage: scripts/make-default-dataset.sh [output folder]
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/select-jdk.sh
copse_select_jdk

# Incremental: cheap when core is already compiled and up to date.
mvn -q -pl core compile

java -cp core/target/classes scripts/MakeDefaultDataset.java "$@"
