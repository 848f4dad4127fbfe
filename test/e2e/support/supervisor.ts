/**
 * The bed hosts' own supervisord, run by the deploy user under its home (systemd cannot run in the
 * bed's network namespaces): what deploy_target binary restarts programs through in the e2e tests.
 */
import { spawnSync } from 'child_process';
import { testbed } from './testbed';

/** The supervisord configuration every bed host runs: ~/sv/supervisord.ini, including ~/sv/*.conf. */
export const SUPERVISOR_CONF = '~/sv/supervisord.ini';

/** Runs a script with bash as the deploy user on host i (1-3), over SSH with the pinned key. */
export function onHost(i: number, script: string): string {
  const tb = testbed();
  const r = spawnSync('ssh', ['-F', '/dev/null', '-o', 'BatchMode=yes', '-o', `UserKnownHostsFile=${tb.GANTRY_TESTBED_KNOWN_HOSTS}`,
    '-o', 'StrictHostKeyChecking=yes', '-o', 'ConnectTimeout=5', '-o', 'LogLevel=ERROR', '-i', tb.GANTRY_TESTBED_SSH_KEY,
    `deploy@${tb[`GANTRY_TESTBED_H${i}_ADDR`]}`, 'bash -s'], { input: script, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`on h${i}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The deploy user's own supervisord configuration (~/sv/supervisord.ini), which includes ~/sv/*.conf. */
export const SUPERVISORD_CONF = [
  '[unix_http_server]', 'file=%(here)s/supervisor.sock', '',
  '[supervisord]', 'logfile=%(here)s/supervisord.log', 'pidfile=%(here)s/supervisord.pid', 'childlogdir=%(here)s', '',
  '[rpcinterface:supervisor]', 'supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface', '',
  '[supervisorctl]', 'serverurl=unix://%(here)s/supervisor.sock', '',
  '[include]', 'files = *.conf', '',
].join('\n');

/** Starts the deploy user's supervisord on each host unless it runs (idempotent). */
export function supervisors(hosts: readonly number[]): void {
  const conf = SUPERVISORD_CONF;
  for (const i of hosts) {
    onHost(i, `set -e
mkdir -p ~/sv
cat >~/sv/supervisord.ini <<'CONF'
${conf}CONF
if ! supervisorctl -c ~/sv/supervisord.ini pid >/dev/null 2>&1; then supervisord -c ~/sv/supervisord.ini; fi
for _ in $(seq 1 50); do supervisorctl -c ~/sv/supervisord.ini pid >/dev/null 2>&1 && break; sleep 0.2; done
supervisorctl -c ~/sv/supervisord.ini pid >/dev/null`);
  }
}

/** Shell that takes a program off a host: out of supervisor, its releases, state and include file gone. */
export function forget(name: string): string {
  return `supervisorctl -c ~/sv/supervisord.ini stop ${name} >/dev/null 2>&1; supervisorctl -c ~/sv/supervisord.ini remove ${name} >/dev/null 2>&1
rm -rf ~/apps/${name} ~/.gantry/services/${name} ~/sv/${name}.conf`;
}
