#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The anomaly engine on the simulated fleets that docs/anomaly.md reports: each is
# simulated, scanned and evaluated against its injected ground truth, and printed
# as a row of the table there (alerts, precision, recall; items as an operator
# reads them, incidents plus alerts alone, and their precision; the time from a
# fault's start to its first alert, median and 90th percentile).
#   bench/anomaly_fleets.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
cli="$build/core/cli/opsight-cli"
[ -x "$cli" ] || { echo "no opsight-cli in $build" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "| fleet | alerts | precision | recall | items (incidents + alerts alone) | precision per item | time to detect: median, 90% |"
echo "|---|---|---|---|---|---|---|"
# name, hosts, days, seed
while read -r name hosts days seed; do
  db="$work/$hosts-$days-$seed.opsight"
  "$cli" simulate --db "$db" --hosts "$hosts" --days "$days" --seed "$seed" >/dev/null
  "$cli" anomaly scan --db "$db" >/dev/null
  report=$("$cli" anomaly evaluate --db "$db")
  # "recall 0.781 (25 of 32 faults), precision 0.376 (68 of 181 alerts)"
  recall=$(sed -n '1s/^recall \([0-9.]*\).*/\1/p' <<<"$report")
  precision=$(sed -n '1s/.*precision \([0-9.]*\) (.*/\1/p' <<<"$report")
  alerts=$(sed -n '1s/.* of \([0-9]*\) alerts).*/\1/p' <<<"$report")
  # "as an operator reads them: 105 items (38 incidents, 67 alerts alone), precision 0.314 (33 true)"
  items=$(sed -n 's/.*as an operator reads them: \([0-9]*\) items.*/\1/p' <<<"$report")
  itemPrecision=$(sed -n 's/.*as an operator reads them:.*precision \([0-9.]*\) (.*/\1/p' <<<"$report")
  # "time to detect (fault start to first alert): median 0 min, 90% within 43 min"
  detect=$(sed -n 's/^time to detect ([^)]*): median \(.*\) min, 90% within \(.*\) min$/\1, \2 min/p' <<<"$report")
  echo "| ${name//_/ } | $alerts | $precision | $recall | $items | $itemPrecision | $detect |"
  rm -f "$db"*
done <<'EOF'
demo,_50_hosts_x_14_days,_seed_42 50 14 42
50_x_14,_seed_7 50 14 7
50_x_14,_seed_13 50 14 13
20_hosts_x_7_days 20 7 42
1,000_hosts_x_3_days,_seed_5 1000 3 5
EOF
