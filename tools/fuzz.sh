#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (fuzz/, clang++ with -fsanitize=fuzzer,address,undefined) into
# build-fuzz and runs each for a bounded time.
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, every target)
# Seeds: the test fixtures and the malformed corpus (copied into build-fuzz/corpus/<target>, so
# the repository stays untouched); new inputs libFuzzer finds stay in that folder for the next
# run. Crashes are written to build-fuzz/crashes/<target>/ and make the script fail. A summary
# line per target (executions, corpus size, result) goes to stdout and build-fuzz/fuzz-summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
build=${EE_FUZZ_BUILD_DIR:-build-fuzz}

# clang++ and libFuzzer's runtime (Debian 12: clang, libclang-rt-14-dev).
missing=()
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
all=(fuzz_long_csv fuzz_wide_csv fuzz_paper_tables fuzz_lmeval_json fuzz_bigbench_scores
     fuzz_example_readers fuzz_figure_spec fuzz_session fuzz_tokenizers fuzz_postprocess)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
# EE_FUZZ_NO_BUILD=1 runs the binaries already in the build dir (a long campaign keeps running
# the code it started with while the tree changes underneath).
if [ "${EE_FUZZ_NO_BUILD:-0}" != 1 ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DEE_FUZZ=ON -DEE_BUILD_TESTS=OFF -DEE_BUILD_BENCH=OFF >/dev/null
    cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
fi

# Seed folders per target (files whose format the target reads; others are cheap to include).
seeds_for() {
    case $1 in
        fuzz_long_csv|fuzz_wide_csv|fuzz_paper_tables)
            echo datasets tests/data/malformed/long tests/data/malformed/wide tests/data/malformed/paper tests/data/malformed/generic ;;
        fuzz_lmeval_json) echo tests/fixtures/lmeval tests/data/malformed/lmeval ;;
        fuzz_bigbench_scores) echo tests/fixtures/bigbench tests/data/malformed/bigbench ;;
        fuzz_example_readers) echo tests/fixtures/examples tests/data/malformed/examples fuzz/seeds/example_readers tests/fixtures/example_folders tests/fixtures/lmeval_v04 ;;
        fuzz_figure_spec) echo tests/data/malformed/figure resources/figures ;;
        fuzz_session) echo fuzz/seeds/session tests/data/malformed/session ;;
        fuzz_tokenizers|fuzz_postprocess) echo tests/fixtures/metrics ;;
    esac
}

# The summary is appended to, one dated block per run, so a campaign split over several runs
# keeps every target's line.
summary="$build/fuzz-summary.txt"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) ${seconds}s per target" >>"$summary"
failed=0
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    crashes="$build/crashes/$t"
    mkdir -p "$corpus" "$crashes"
    # fuzz/regressions/<target>/: inputs that once crashed a target, kept as seeds for good.
    for d in $(seeds_for "$t") "fuzz/regressions/$t"; do
        [ -d "$d" ] || continue
        # Seeds of 1 MiB and more only slow libFuzzer down (-max_len caps inputs anyway); note that
        # find -size -1M would match only empty files (sizes round up to whole MiB).
        # Named after their path, so equal file names in different folders all get in.
        while IFS= read -r f; do
            cp -n "$f" "$corpus/seed-$(echo "$f" | tr / _)"
        done < <(find "$d" -type f -size -1024k)
    done
    # The per-example target reads its first byte as the reader choice (0-10, see
    # fuzz_example_readers.cpp): prefix seeds with each.
    if [ "$t" = fuzz_example_readers ]; then
        for f in "$corpus"/seed-*; do
            [ -f "$f" ] && [[ ! "$f" =~ \.r[0-9]+$ ]] && [ ! -e "$f.r0" ] || continue
            for k in $(seq 0 10); do printf "\\x$(printf %02x "$k")" | cat - "$f" >"$f.r$k"; done
        done
    fi
    # JSON readers: a dictionary of JSON syntax and the keys they look for (fuzz/json.dict), so
    # libFuzzer gets past QJsonDocument (not instrumented) into our code.
    dict=()
    case $t in
        fuzz_lmeval_json|fuzz_bigbench_scores|fuzz_example_readers|fuzz_figure_spec|fuzz_session)
            dict=(-dict=fuzz/json.dict) ;;
    esac
    log="$build/fuzz-$t.log"
    set +e
    # CPU seconds as well as wall seconds: on a shared machine (or under nice) they differ a lot.
    TIMEFORMAT=%U+%S
    { time "$build/bin/$t" "$corpus" "${dict[@]}" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" \
        >"$log" 2>&1; } 2>"$build/fuzz-$t.cpu"
    rc=$?
    set -e
    cpu=$(awk -F+ '{ printf "%d", $1 + $2 }' "$build/fuzz-$t.cpu" 2>/dev/null || echo "?")
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
    files=$(find "$corpus" -type f | wc -l)
    if [ $rc -eq 0 ]; then result=ok; else result="FAILED (rc $rc, see $log and $crashes)"; failed=1; fi
    line="$t: ${seconds}s wall, ${cpu}s CPU, $execs executions, coverage $cov edges, corpus $files files: $result"
    echo "$line" | tee -a "$summary"
done
exit $failed
