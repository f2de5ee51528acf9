#!/usr/bin/env bash
# Builds Copse and runs the benchmark runner from the repository root, from whatever folder it is called.
#   benchmarks/run.sh list                       the scenarios
#   benchmarks/run.sh gemm [--update-docs]       one scenario; results in results/<date>-gemm/
#   benchmarks/run.sh update-docs results/DIR    splice an earlier run's table into docs/BENCHMARKS.md
# Relative paths in the arguments are taken from the repository root. See docs/BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/select-jdk.sh
copse_select_jdk

# The runner and every worker JVM (and JMH fork) run on this class path: the benchmarks' classes plus the
# dependency list Maven writes at package time (sibling modules as their freshly built jars).
mvn -q -pl benchmarks -am package -DskipTests
classpath="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"

exec java --add-modules=jdk.incubator.vector -Dcopse.bench.launcher=benchmarks/run.sh \
    -cp "$classpath" dev.copse.benchmarks.runner.Main "$@"
