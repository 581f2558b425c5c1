#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Numenta Anomaly Benchmark: runs `opsight-cli anomaly score` over every NAB data
# file present, then scores the results with `opsight-cli anomaly nab-score`
# (NAB's method: windows, scaled sigmoid, 15% probation, one threshold optimised
# for all files). Also times the detector on a 2-million-sample series: the
# command on one core (wall time of its scoring loop, which other processes on
# that core inflate), and the detector alone in CPU time, best of 3.
#   bench/nab.sh BUILD_DIR
# Published standard-profile scores on all 58 NAB files: ARTime 74.9, Numenta HTM
# 70.1, CAD OSE 69.9, windowed Gaussian 39.6, random 11.0. ../shared holds a
# subset, so the figure here is not the figure of record (NAB's own scorer on 58).
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
nab="$here/../shared/datasets/nab"
cli="$build/core/cli/opsight-cli"
[ -x "$cli" ] || { echo "no opsight-cli in $build" >&2; exit 2; }
[ -d "$nab/data" ] || { echo "NAB data not found at $nab" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

files=0
for f in "$nab"/data/*/*.csv; do
  category=$(basename "$(dirname "$f")")
  mkdir -p "$work/results/$category"
  "$cli" anomaly score --input "$f" --output "$work/results/$category/$(basename "$f")" >/dev/null
  files=$((files + 1))
done
echo "## NAB ($files files present)"
echo
for profile in standard reward_low_FP reward_low_FN; do
  echo "- $("$cli" anomaly nab-score --results "$work/results" --labels "$nab/combined_windows.json" --profile "$profile")"
done
echo

# The published detectors on the same files: their per-file raw scores (NAB's
# results, at thresholds optimised over all 58 files) normalised over the files
# present, next to ours at our threshold.
"$cli" anomaly nab-score --results "$work/results" --labels "$nab/combined_windows.json" --per-file --json |
  jq -r '.per_file[] | [.file, .windows, .raw_score] | @tsv' > "$work/ours.tsv"
echo "## Standard profile on the same $files files, per file (raw scores; a missed window costs 1)"
echo
awk -F'\t' -v published="$here/bench/nab_published_scores.csv" '
  BEGIN { FS = "\t"
          while ((getline line < published) > 0) {
            if (line ~ /^#|^detector,/) continue
            split(line, f, ","); ref[f[1] "," f[2]] = f[3] } }
  { name[NR] = $1; windows[NR] = $2; ours[NR] = $3 }
  END {
    print "| file | windows | Opsight | ARTime | Numenta HTM |"; print "|---|---:|---:|---:|---:|"
    for (i = 1; i <= NR; i++) {
      a = ref["ARTime," name[i]]; h = ref["numenta," name[i]]
      printf "| %s | %d | %.2f | %.2f | %.2f |\n", name[i], windows[i], ours[i], a, h
      n += windows[i]; o += ours[i]; sa += a; sh += h }
    norm = 100 / (2 * n)
    printf "\nNormalised over these files: Opsight %.1f, ARTime %.1f, Numenta HTM %.1f (ratio to ARTime %.2f)\n",
           (o + n) * norm, (sa + n) * norm, (sh + n) * norm, (o + n) / (sa + n) }' "$work/ours.tsv"
echo

# Throughput: a daily sine with noise, 2 million samples at one minute.
awk 'BEGIN{srand(7); print "timestamp,value"; for(i=0;i<2000000;i++)
     printf "%d,%.2f\n", 1700000000+i*60, 50+20*sin(i*6.2831853/1440)+rand()*5}' > "$work/long.csv"
echo "## Throughput (one core)"
echo
for run in 1 2 3; do
  echo "- $(taskset -c 0 "$cli" anomaly score --input "$work/long.csv" --output "$work/long.out.csv")"
done
evidence="$build/bench/opsight-bench-anomaly-evidence"
if [ -x "$evidence" ]; then
  echo "- detector alone: $(taskset -c 0 "$evidence" --throughput)"
  # The slow case: noise, where nearly every stored subsequence is a candidate neighbour.
  echo "- detector alone: $(taskset -c 0 "$evidence" --throughput 500000 "$nab/data/artificialNoAnomaly/art_noisy.csv")"
fi
