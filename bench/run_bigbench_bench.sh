#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The BIG-bench loading comparison of issue 2 ("Speed"), end to end: builds bench_BigBenchLoad
# (Release, in $EE_BENCH_BUILD_DIR, default build-bench), writes the SIMULATED 8,000-file tree
# into a temporary folder, then runs the Python baseline and DataLoader::load in one run and
# prints both times and their ratio. Extra arguments go to the Qt Test binary (e.g. a function
# name). EE_BENCH_RUNS=N sets the repeats (best of N, default 5). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${EE_BENCH_BUILD_DIR:-build-bench}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target bench_BigBenchLoad -j"$(nproc)"

tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
python3 bench/bigbench/make_bigbench_tree.py --out "$tree"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
EE_BIGBENCH_TREE="$tree" "$build/bin/bench_BigBenchLoad" "$@"
