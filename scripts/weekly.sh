#!/bin/sh
# The weekly meeting reports, unattended (docs/cli.md, "Running it weekly").
#
#   scripts/weekly.sh FOLDER OUT
#
# Builds the reports of the department files in FOLDER (with the reform-report.config.json found
# there, if any) into OUT, as of today; keeps the newest KEEP weeks of reports in OUT; removes
# temporary files a killed run left behind. Prints nothing when all is well, so cron mails only
# problems; a mail opens with the receipts line ("29/33 đơn vị đã gửi; 2 bảng không đọc được"),
# then the errors and the warnings about data not counted (--quiet hides only the notes). Exits with reform-report's code: 0 all well; 1 the data has errors (nothing written)
# or the plan slipped (--fail-on: the reports are written, the reason is on stderr); 2 a file could
# not be read or a setting is wrong.
#
# Environment: KEEP (weeks to keep, default 8), FAIL_ON (default overdue; empty for none),
# AS_OF (default today, yyyy-mm-dd), REFORM_REPORT (the command, default reform-report).
set -u

usage='usage: weekly.sh FOLDER OUT  (OUT outside FOLDER: FOLDER is read whole)'
folder=${1:?$usage}
out=${2:?$usage}
keep=${KEEP:-8}
fail_on=${FAIL_ON-overdue}
cli=${REFORM_REPORT:-reform-report}

folder_abs=$(cd "$folder" && pwd -P) || exit 2
parent=$(cd "$(dirname "$out")" && pwd -P) || exit 2
case "$parent/$(basename "$out")/" in
  "$folder_abs"/*) echo "weekly.sh: $out is inside $folder, whose files are all read as inputs: choose another OUT" >&2; exit 2 ;;
esac
mkdir -p "$out" || exit 2

status=0
# $cli is unquoted on purpose: REFORM_REPORT may be "node /path/to/bin/reform-report.js".
$cli build "$folder" --out "$out" --as-of "${AS_OF:-$(date +%F)}" --quiet ${fail_on:+--fail-on "$fail_on"} || status=$?

# Reports are named by their as-of date, so name order is date order; a week's reports are all
# the files of its name (.xlsx, .md, .json, …). Only exact report names count: a hidden .tmp left by a killed run is never a report; one older than an hour is removed.
ls "$out" | grep -E '^reform-report-[0-9]{4}-[0-9]{2}-[0-9]{2}\.xlsx$' | sort -r | tail -n +"$((keep + 1))" |
  while read -r old; do
    rm -f "$out/${old%.xlsx}".*
  done
find "$out" -maxdepth 1 -name '.reform-report-*.tmp' -mmin +60 -exec rm -f {} +

exit "$status"
