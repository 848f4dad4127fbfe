# shellcheck shell=bash
# Cancels one running health gate of this service: touches its marker, which the gate's loop
# checks each second (cancelled in lib.sh). Values: CANCEL_MARK (the gate's marker id).
: >"$G/tmp/$NAME.cancel.$CANCEL_MARK" || fail "$E_STATE_DIR" "cannot write the cancel marker in $G/tmp"
echo cancel_marked=1
