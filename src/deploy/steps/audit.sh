# shellcheck shell=bash
# audit: the last LINES entries of this host's audit log for the service. Reads only.
# Values: LINES.
[ -f "$G/audit.log" ] || exit 0
grep -F " service=$NAME " "$G/audit.log" | tail -n "$LINES" | sed 's/^/entry=/'
