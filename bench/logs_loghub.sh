#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Log template mining on loghub-2k: grouping and parsing accuracy per system with
# one default setting, then throughput and peak memory on the 2k files repeated to
# 10 million lines.
#   bench/logs_loghub.sh BUILD_DIR [LINES]       (LINES default 10000000)
# Reference (published, ICSE-SEIP 2019 benchmark): Drain tuned per system averages
# 0.866 grouping accuracy over the 16 loghub systems; Python Drain parses ~10,000
# lines/s, Drain3 ~100,000 messages/s.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [LINES]}
total_lines=${2:-10000000}
here=$(cd "$(dirname "$0")/.." && pwd)
data="$here/../shared/datasets/loghub-2k"
cli="$build/core/cli/opsight-cli"
[ -x "$cli" ] || { echo "no opsight-cli in $build" >&2; exit 2; }
[ -d "$data" ] || { echo "loghub-2k not found at $data" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "## Accuracy (loghub-2k, corrected ground truth, default settings)"
echo
echo "| system | lines | grouping accuracy | parsing accuracy | templates / true |"
echo "|---|---|---|---|---|"
sum=0; n=0
systems=()
while IFS=$'\t' read -r system format; do
  [ "$system" = system ] && continue
  log="$data/$system/${system}_2k.log"
  truth="$data/$system/${system}_2k.log_structured_corrected.csv"
  [ -f "$log" ] && [ -f "$truth" ] || continue
  systems+=("$system")
  "$cli" logs parse --format "$format" --input "$log" --output "$work/$system.csv" >/dev/null
  json=$("$cli" logs evaluate --parsed "$work/$system.csv" --truth "$truth" --json)
  ga=$(sed 's/.*"grouping_accuracy": \([0-9.]*\).*/\1/' <<<"$json")
  pa=$(sed 's/.*"parsing_accuracy": \([0-9.]*\).*/\1/' <<<"$json")
  lines=$(sed 's/.*"lines": \([0-9]*\).*/\1/' <<<"$json")
  t=$(sed 's/.*"templates": \([0-9]*\).*/\1/' <<<"$json")
  tt=$(sed 's/.*"true_templates": \([0-9]*\).*/\1/' <<<"$json")
  echo "| $system | $lines | $ga | $pa | $t / $tt |"
  sum=$(awk -v a="$sum" -v b="$ga" 'BEGIN{print a+b}'); n=$((n + 1))
done < "$data/formats.tsv"
echo "| **mean of $n** | | **$(awk -v a="$sum" -v n="$n" 'BEGIN{printf "%.3f", a/n}')** | | |"
echo

echo "## Throughput ($total_lines lines: each system's 2k file repeated, one core)"
echo
echo "| system | lines | mining s | lines/s | peak RSS MiB |"
echo "|---|---|---|---|---|"
per_system=$((total_lines / ${#systems[@]}))
all_lines=0; all_seconds=0; max_rss=0
for system in "${systems[@]}"; do
  format=$(awk -F'\t' -v s="$system" '$1==s {print $2}' "$data/formats.tsv")
  log="$data/$system/${system}_2k.log"
  repeats=$(( (per_system + 1999) / 2000 ))
  rm -f "$work/rep.log"
  # awk, not head, cuts: it reads to the end, where head's early exit would stop
  # the loop with SIGPIPE, which pipefail makes fatal (any LINES not a multiple of 16,000).
  for _ in $(seq "$repeats"); do cat "$log"; echo; done | grep -v '^\s*$' | awk -v n="$per_system" 'NR <= n' > "$work/rep.log"
  out=$( { /usr/bin/time -f "RSS %M" taskset -c 0 "$cli" logs parse --format "$format" --input "$work/rep.log" \
           --output "$work/rep.csv"; } 2>&1 )
  lines=$(sed -n 's/^\([0-9]*\) lines,.*/\1/p' <<<"$out")
  secs=$(sed -n 's/.*templates, \([0-9.]*\) s mining.*/\1/p' <<<"$out")
  rss=$(sed -n 's/^RSS \([0-9]*\)/\1/p' <<<"$out")
  echo "| $system | $lines | $secs | $(awk -v l="$lines" -v s="$secs" 'BEGIN{printf "%.0f", l/s}') | $((rss / 1024)) |"
  all_lines=$((all_lines + lines)); all_seconds=$(awk -v a="$all_seconds" -v b="$secs" 'BEGIN{print a+b}')
  [ "$rss" -gt "$max_rss" ] && max_rss=$rss
done
echo "| **all** | $all_lines | $all_seconds | **$(awk -v l="$all_lines" -v s="$all_seconds" 'BEGIN{printf "%.0f", l/s}')** | $((max_rss / 1024)) |"
echo
echo "Mining time covers header parsing, masking and template matching (the file read in 4 MiB blocks);"
echo "peak RSS includes 4 bytes per line: each line's template id, kept to write the structured CSV."
echo

# One long stream: every system's 2k file in turn, repeated to LINES, mined by one
# process with the bare `<Content>` format (headers and all, as for a source whose
# format nobody wrote down): the miner's memory must stay bounded however long
# the stream runs.
echo "## One stream of $total_lines lines (all systems interleaved, format <Content>)"
echo
rm -f "$work/stream.log"
for system in "${systems[@]}"; do grep -v '^\s*$' "$data/$system/${system}_2k.log"; done > "$work/round.log"
round=$(wc -l < "$work/round.log")
for _ in $(seq $(( (total_lines + round - 1) / round ))); do cat "$work/round.log"; done | awk -v n="$total_lines" 'NR <= n' > "$work/stream.log"
out=$( { /usr/bin/time -f "RSS %M" taskset -c 0 "$cli" logs parse --format '<Content>' --input "$work/stream.log" \
         --output "$work/stream.csv"; } 2>&1 )
lines=$(sed -n 's/^\([0-9]*\) lines,.*/\1/p' <<<"$out")
templates=$(sed -n 's/^[0-9]* lines, \([0-9]*\) templates.*/\1/p' <<<"$out")
secs=$(sed -n 's/.*templates, \([0-9.]*\) s mining.*/\1/p' <<<"$out")
rss=$(sed -n 's/^RSS \([0-9]*\)/\1/p' <<<"$out")
echo "| lines | templates | mining s | lines/s | peak RSS MiB |"
echo "|---|---|---|---|---|"
echo "| $lines | $templates | $secs | $(awk -v l="$lines" -v s="$secs" 'BEGIN{printf "%.0f", l/s}') | $((rss / 1024)) |"
