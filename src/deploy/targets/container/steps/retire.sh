# shellcheck shell=bash
# Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy).
# Values: AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
if exists "$NAME"; then to_prev "$NAME" || fail "$E_RENAME" "cannot stop $NAME"; fi
audit "$AUDIT_ACTION" retired "$AUDIT_FROM" "$AUDIT_TO"
echo retired=1
