# shellcheck shell=bash
# The switched-to release failed: current back to the release it replaced (recorded in
# binary.switch), restarted; nothing ran before: current removed. The caller health-gates it again.
# Values: ROOT RESTART_CMD AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
if [ ! -f "$BSW" ]; then
  # This run's switch record is gone: its lock was forced open and another run changed the host
  # meanwhile. Nothing of this run is left to put back; say what current points at.
  echo "switch_gone=1"
  current_release
  [ -z "$CURRENT" ] || echo "serving=release $CURRENT"
  exit 0
fi
field_of back "$BSW" previous
point_to "$back" || fail "$E_RENAME" "cannot point $CUR back at releases/$back"
if [ -n "$back" ]; then
  restart_program "$back" || fail "$E_RESTART" "restart_cmd failed for the restored $back: $(restart_error)"
  echo "restored=$back"
else
  restart_program "" || true
  echo "restored=none"
fi
rm -f "$BSW"
audit "$AUDIT_ACTION" rolled-back "$AUDIT_FROM" "$AUDIT_TO"
