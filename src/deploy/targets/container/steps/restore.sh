# shellcheck shell=bash
# The new container failed: put back what ran before (the caller health-gates it again).
# Values: AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
if [ ! -f "$S/switch" ]; then
  # This run's switch record is gone: its lock was forced open and another run (a deploy's
  # converge, a rollback) changed the host meanwhile. Nothing of this run is left to put back.
  echo "switch_gone=1"
  if exists "$NAME"; then echo "serving=$(digest_of "$NAME")"; fi
  exit 0
fi
undo_switch
audit "$AUDIT_ACTION" rolled-back "$AUDIT_FROM" "$AUDIT_TO"
