# shellcheck shell=bash
# The binary target, under the lock: undoes a switch a killed run left unfinished (current back to
# the release it replaced, restarted), removes partial uploads and scratch dirs of killed steps.
# A deploy's converge then probes for the binary it ships (probe_release in binary-lib.sh), in the
# same session: a step less on every host.
# Values: ROOT RESTART_CMD, VERSION SHA (a deploy: the release and its binary's SHA-256; empty otherwise).
busy
sweep_scratch
for f in "$REL"/*/.upload.*; do
  [ -e "$f" ] || continue
  rm -f "$f" && echo "fixed=removed the partial upload $f of an interrupted run"
done
for d in "$REL"/*/; do
  [ -d "$d" ] || continue
  if [ ! -e "$d$NAME" ]; then rmdir "$d" 2>/dev/null && echo "fixed=removed the empty release ${d%/} of an interrupted run"; fi
done
if [ -f "$BSW" ]; then
  field_of back "$BSW" previous
  echo "fixed=an earlier run stopped while switching releases: current back to ${back:-nothing}"
  point_to "$back" || fail "$E_RENAME" "cannot point $CUR back at $back"
  if [ -n "$back" ]; then restart_program "$back" || echo "fixed=restarting $back failed: $(restart_error)"; fi
  rm -f "$BSW"
  audit converge restored "" "$back"
fi
current_release
prev=
state_field prev previous
echo "current=$CURRENT"
echo "previous=$prev"
if [ -n "$SHA" ]; then probe_release "$VERSION" "$SHA"; fi
