# shellcheck shell=bash
# The fleet's rollback of a first deploy: current removed, the program restarted (and so stopped).
# Values: ROOT RESTART_CMD AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
point_to ""
restart_program "" || true
audit "$AUDIT_ACTION" retired "$AUDIT_FROM" "$AUDIT_TO"
echo retired=1
