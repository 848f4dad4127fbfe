# shellcheck shell=bash
# Proxy mode, before any switch: the source failed. The new container is removed, a previous
# version stopped again; the proxy and the serving container were never touched.
# Values: SOURCE (new or prev) AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
guard "$NEW" "$PREV"
if [ "$SOURCE" = new ]; then
  docker rm -f "$NEW" >/dev/null 2>&1
else
  docker stop "$PREV" >/dev/null 2>&1
  docker update --restart=no "$PREV" >/dev/null 2>&1
fi
audit "$AUDIT_ACTION" refused "$AUDIT_FROM" "$AUDIT_TO"
echo discarded=1
