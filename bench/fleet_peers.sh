#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Recall and precision of peer-group outlier detection (`opsight-cli fleet
# outliers`) against a simulated fleet's injected ground truth.
#   bench/fleet_peers.sh BUILD_DIR [HOSTS=400] [DAYS=7] [SEED=1] [WINDOW_HOURS=6]
# The fleet is judged window by window (--at every WINDOW_HOURS, --window-hours
# WINDOW_HOURS) from the end of the first day (nothing is injected before).
# - Recall: of the (fault, window) pairs where a host deviation (runaway_process,
#   disk_degraded; the simulator's "deviates from its peers" faults) covers at least
#   half of the window, the share where the host is flagged. Also per fault (flagged
#   in any window it half covers), and for the other long-lived metric faults
#   (level_shift, memory_leak, fan_failure), which peers can see too.
# - Precision: of the flagged (host, window) pairs, the share where the host has a
#   ground-truth fault overlapping the window (any kind; "strict": a deviation).
# Needs sqlite3 and jq.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [HOSTS] [DAYS] [SEED] [WINDOW_HOURS]}
hosts=${2:-400}
days=${3:-7}
seed=${4:-1}
hours=${5:-6}
cli="$build/core/cli/opsight-cli"
[ -x "$cli" ] || { echo "no opsight-cli in $build" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is needed" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
db="$work/fleet.opsight"

"$cli" simulate --db "$db" --hosts "$hosts" --days "$days" --seed "$seed" --interval 5m --no-logs --no-workload >/dev/null
read -r first last < <(sqlite3 -separator ' ' "$db" "SELECT MIN(first_time), MAX(last_time) FROM series")
w=$((hours * 3600000))
day=86400000
start=$(( (first / day + 1) * day ))

# flagged(at, host) for every window end.
: > "$work/flagged.csv"
windows=0
seconds=0
for ((at = start + w; at <= last + 1; at += w)); do
  t0=$(date +%s%N)
  "$cli" fleet outliers --db "$db" --at "$at" --window-hours "$hours" --top 100000 --json \
    | jq -r --arg at "$at" '.outliers[] | "\($at),\(.host)"' >> "$work/flagged.csv"
  t1=$(date +%s%N)
  seconds=$(( seconds + (t1 - t0) / 1000000 ))
  windows=$((windows + 1))
done

sqlite3 "$db" <<SQL > "$work/report.txt"
CREATE TEMP TABLE flagged(at INTEGER, host TEXT);
.mode csv
.import $work/flagged.csv flagged
.mode list
CREATE TEMP TABLE windows(at INTEGER PRIMARY KEY);
WITH RECURSIVE w(at) AS (SELECT $start + $w UNION ALL SELECT at + $w FROM w WHERE at + $w <= $last + 1)
INSERT INTO windows SELECT at FROM w;
CREATE TEMP TABLE faults AS
  SELECT id, kind, entity AS host, start_time AS s, CASE WHEN end_time > 0 THEN end_time ELSE $last + 1 END AS e
  FROM ground_truth WHERE entity_kind = 'host';
-- Windows a fault covers at least half of: the window mean moves with it.
CREATE TEMP TABLE covered AS
  SELECT f.id, f.kind, f.host, w.at FROM faults f JOIN windows w
  ON MIN(f.e, w.at) - MAX(f.s, w.at - $w) >= $w / 2;
CREATE TEMP TABLE hit AS
  SELECT c.*, EXISTS(SELECT 1 FROM flagged g WHERE g.at = c.at AND g.host = c.host) AS found FROM covered c;
SELECT printf('| %s | %d | %d | %.1f %% | %d of %d |', kind, COUNT(*), SUM(found), 100.0 * SUM(found) / COUNT(*),
              (SELECT COUNT(*) FROM (SELECT id FROM hit h2 WHERE h2.kind = hit.kind GROUP BY id HAVING MAX(found) = 1)),
              COUNT(DISTINCT id))
  FROM hit WHERE kind IN ('runaway_process', 'disk_degraded', 'level_shift', 'memory_leak', 'fan_failure')
  GROUP BY kind ORDER BY kind IN ('runaway_process', 'disk_degraded') DESC, kind;
SELECT printf('DEVIATIONS|%d|%d', COUNT(*), SUM(found)) FROM hit WHERE kind IN ('runaway_process', 'disk_degraded');
SELECT printf('PRECISION|%d|%d|%d', COUNT(*),
  SUM(EXISTS(SELECT 1 FROM faults f WHERE f.host = g.host AND f.s < g.at AND f.e > g.at - $w)),
  SUM(EXISTS(SELECT 1 FROM faults f WHERE f.host = g.host AND f.s < g.at AND f.e > g.at - $w
                                         AND f.kind IN ('runaway_process', 'disk_degraded'))))
  FROM flagged g;
SQL

echo "## Peer-group outliers against the ground truth"
echo
echo "Simulated $hosts hosts x $days days (seed $seed, 5-minute samples), judged in $windows windows of $hours h"
echo "(\`opsight-cli fleet outliers --at T --window-hours $hours\`, $((seconds / windows)) ms per window)."
echo
echo "| fault kind | (fault, window) pairs | flagged | recall | faults flagged in some window |"
echo "|---|---|---|---|---|"
grep '^|' "$work/report.txt"
IFS='|' read -r _ pairs found < <(grep '^DEVIATIONS' "$work/report.txt")
IFS='|' read -r _ flagged real strict < <(grep '^PRECISION' "$work/report.txt")
echo
awk -v p="$pairs" -v f="$found" -v n="$flagged" -v r="$real" -v s="$strict" 'BEGIN {
  printf "- recall on host deviations (runaway process, degraded disk): %d of %d window pairs = %.1f %%\n", f, p, p ? 100 * f / p : 0
  printf "- precision: %d of %d flagged (host, window) pairs have a fault of the host in the window = %.1f %% (a deviation: %d = %.1f %%)\n", r, n, n ? 100 * r / n : 0, s, n ? 100 * s / n : 0
}'
