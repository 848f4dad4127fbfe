# shellcheck shell=bash
# deploy_target swarm: one line of the manager's audit log for a deploy or rollback of the
# service (what `audit` reads), written once Swarm's verdict is known.
# Values: AUDIT_ACTION AUDIT_RESULT AUDIT_FROM AUDIT_TO.
audit "$AUDIT_ACTION" "$AUDIT_RESULT" "$AUDIT_FROM" "$AUDIT_TO"
echo audited=1
