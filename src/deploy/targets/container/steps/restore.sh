# shellcheck shell=bash
# The new container failed: put back what ran before (the caller health-gates it again).
# Values: AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
undo_switch
audit "$AUDIT_ACTION" rolled-back "$AUDIT_FROM" "$AUDIT_TO"
