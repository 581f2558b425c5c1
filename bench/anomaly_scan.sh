#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `opsight-cli anomaly scan` over a simulated fleet: samples per second with one
# worker thread and with one per core (dry runs, alternating, best of 3 each), and
# precision and recall of the alerts against the injected ground truth.
#   bench/anomaly_scan.sh BUILD_DIR [HOSTS=1000] [DAYS=3] [SEED=5]
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [HOSTS] [DAYS] [SEED]}
hosts=${2:-1000}
days=${3:-3}
seed=${4:-5}
cli="$build/core/cli/opsight-cli"
[ -x "$cli" ] || { echo "no opsight-cli in $build" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
db="$work/fleet.opsight"

"$cli" simulate --db "$db" --hosts "$hosts" --days "$days" --seed "$seed" >/dev/null
cores=$(nproc)
echo "## anomaly scan: $hosts hosts x $days days (seed $seed), $cores cores"
echo
best() { sort -g | tail -1; }
one=(); all=()
for run in 1 2 3; do
  one+=("$("$cli" anomaly scan --db "$db" --dry-run --threads 1 | sed -n 's/.*(\([0-9]*\) samples\/s).*/\1/p')")
  all+=("$("$cli" anomaly scan --db "$db" --dry-run | sed -n 's/.*(\([0-9]*\) samples\/s).*/\1/p')")
done
one_best=$(printf '%s\n' "${one[@]}" | best)
all_best=$(printf '%s\n' "${all[@]}" | best)
echo "- one thread: $one_best samples/s (runs: ${one[*]})"
echo "- $cores threads: $all_best samples/s (runs: ${all[*]}), $(awk -v a="$all_best" -v o="$one_best" 'BEGIN { printf "%.2f", a / o }')x"
"$cli" anomaly scan --db "$db" >/dev/null
echo "- $("$cli" anomaly evaluate --db "$db" | head -1)"
