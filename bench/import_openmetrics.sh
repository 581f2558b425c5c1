#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Import benchmark: N OpenMetrics samples through `opsight-cli import`, against
# the sqlite3 shell's `.import` of the same samples as CSV into a table
# (series, time, value) with a primary key on (series, time), in the same run.
# Prints samples/s, the ratio and bytes per sample on disk, and records the run
# in docs/benchmarks.md (one row per commit, host, size and order; a re-run
# replaces its row).
#
# Usage: bench/import_openmetrics.sh BUILD_DIR [SAMPLES]
# OPSIGHT_BENCH_ORDER=time writes the samples scrape after scrape instead of
# series by series (a dump's layout, the default).
# Builds nothing: build opsight-cli and opsight-bench-genom first. Needs sqlite3
# and about 250 bytes of free disk per sample (OPSIGHT_BENCH_DIR, default a
# temporary directory that is removed afterwards).
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [SAMPLES]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
samples=${2:-10000000}
order=${OPSIGHT_BENCH_ORDER:-series}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
results="$source_dir/docs/benchmarks.md"

cli="$build/core/cli/opsight-cli"
genom="$build/bench/opsight-bench-genom"
for tool in "$cli" "$genom"; do
    if [ ! -x "$tool" ]; then
        echo "$0: $tool is missing; build the opsight-cli and opsight-bench-genom targets" >&2
        exit 1
    fi
done
command -v sqlite3 >/dev/null || { echo "$0: the sqlite3 shell is required" >&2; exit 1; }

if [ -n "${OPSIGHT_BENCH_DIR:-}" ]; then
    work=$OPSIGHT_BENCH_DIR
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/opsight-bench.XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
fi
rm -f "$work"/warehouse.db* "$work"/sqlite.db*

now_ns() { date +%s%N; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }

echo "generating $samples samples ($order order) in $work ..."
"$genom" --samples "$samples" --order "$order" --openmetrics "$work/samples.om" --csv "$work/samples.csv" >/dev/null
# Same start for both: inputs in the page cache, not on the disk.
cat "$work/samples.om" "$work/samples.csv" >/dev/null

echo "opsight-cli import ..."
start=$(now_ns)
"$cli" import --db "$work/warehouse.db" --format openmetrics "$work/samples.om" >"$work/import.txt"
end=$(now_ns)
opsight_s=$(seconds_between "$start" "$end")
sed 's/^/  /' "$work/import.txt"

echo "sqlite3 .import ..."
sqlite3 "$work/sqlite.db" "CREATE TABLE samples(series TEXT NOT NULL, time INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (series, time));"
start=$(now_ns)
sqlite3 "$work/sqlite.db" ".import --csv $work/samples.csv samples"
end=$(now_ns)
sqlite_s=$(seconds_between "$start" "$end")
loaded=$(sqlite3 "$work/sqlite.db" "SELECT count(*) FROM samples")
if [ "$loaded" -ne "$samples" ]; then
    echo "$0: sqlite3 loaded $loaded rows, expected $samples" >&2
    exit 1
fi

# Everything on disk belongs to the warehouse: the WAL too, if one is left.
warehouse_bytes=$(cat "$work"/warehouse.db* | wc -c)
sqlite_bytes=$(cat "$work"/sqlite.db* | wc -c)

summary=$(awk -v n="$samples" -v o="$opsight_s" -v s="$sqlite_s" -v wb="$warehouse_bytes" -v sb="$sqlite_bytes" 'BEGIN {
    printf "%.0f %.0f %.2f %.2f %.1f", n / o, n / s, s / o, wb / n, sb / n }')
set -- $summary
opsight_rate=$1 sqlite_rate=$2 ratio=$3 bytes_per_sample=$4 sqlite_bytes_per_sample=$5

echo
printf '%-28s %10s s %14s samples/s\n' "opsight-cli import" "$opsight_s" "$opsight_rate"
printf '%-28s %10s s %14s samples/s\n' "sqlite3 .import (CSV)" "$sqlite_s" "$sqlite_rate"
printf '%-28s %10s x  (target >= 1)\n' "ratio (opsight / sqlite3)" "$ratio"
printf '%-28s %10s    (target <= 4; sqlite3 table: %s)\n' "bytes per sample on disk" "$bytes_per_sample" "$sqlite_bytes_per_sample"
target=ok
awk -v r="$opsight_rate" -v q="$ratio" 'BEGIN { exit !(r >= 1000000 && q >= 1) }' || target=missed
echo "targets (>= 1,000,000 samples/s, >= sqlite3): $target"

# Record the run: replace this commit's row for this host, else append.
commit=$(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || echo none)
if [ -n "$(git -C "$source_dir" status --porcelain 2>/dev/null | head -1)" ]; then
    commit="$commit+dirty"
fi
host=$(uname -n)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
cores=$(nproc 2>/dev/null || echo "?")
row="| $(date -u +%Y-%m-%d) | $commit | $host ($cores x $cpu) | $samples | $order | $opsight_s | $opsight_rate | $sqlite_s | $ratio | $bytes_per_sample |"
begin_marker='<!-- import-openmetrics:begin -->'
end_marker='<!-- import-openmetrics:end -->'
if [ ! -f "$results" ] || ! grep -q "$begin_marker" "$results"; then
    {
        [ -f "$results" ] || printf '# Benchmarks\n'
        printf '\n## Import\n\n'
        printf '%s\n' "$begin_marker"
        printf '| date (UTC) | commit | host | samples | order | opsight s | samples/s | sqlite3 .import s | ratio | bytes/sample |\n'
        printf '|---|---|---|---|---|---|---|---|---|---|\n'
        printf '%s\n' "$end_marker"
    } >>"$results"
fi
tmp="$results.tmp.$$"
awk -v row="$row" -v key="| $commit | $host (" -v tail="| $samples | $order |" -v end="$end_marker" '
    index($0, key) > 0 && index($0, tail) > 0 { next }
    $0 == end { print row }
    { print }
' "$results" >"$tmp"
mv "$tmp" "$results"
echo "recorded in $results"
