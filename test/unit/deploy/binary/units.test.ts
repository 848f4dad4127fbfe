/**
 * The units install_unit writes. systemd cannot run in the test bed's hosts, so the systemd user
 * unit is checked here by `systemd-analyze verify` (offline, on this machine) with the paths the
 * host fills in; the supervisor include file is exercised by the e2e suite under real supervisord.
 */
import { spawnSync } from 'child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../../../src/inputs';
import { BinaryDeploySpec, deploySpec } from '../../../../src/deploy/spec/deploy-spec';
import { runWrapper, unitFile } from '../../../../src/deploy/targets/binary/binary-steps';

const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
const spec = (over: Record<string, string>) => (deploySpec(parseInputs({
  command: 'deploy', deploy_target: 'binary', hosts: 'local', binaries_dir: '/tmp/out', health_cmd: 'true', install_unit: 'true', ...over,
}), { binarySums: `${'a'.repeat(64)}  api-linux-amd64\n`, commit: { sha: 'abcdef0123', commitTime: 1700000000 } }) as BinaryDeploySpec).binary;

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'gantry-units-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The unit as the host writes it, with its program in place; systemd-analyze's verdict. */
function verify(text: string): { status: number | null; out: string } {
  const app = join(dir, 'apps', 'api');
  mkdirSync(join(app, 'current'), { recursive: true });
  writeFileSync(join(app, 'current', 'run'), runWrapper('api', []));
  chmodSync(join(app, 'current', 'run'), 0o755);
  const file = join(dir, 'api.service');
  writeFileSync(file, text.replace(/@CURRENT@/g, join(app, 'current')).replace(/@APP@/g, app));
  const r = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

(analyze ? test : test.skip)('the systemd user unit passes systemd-analyze verify; a broken one does not', () => {
  const unit = unitFile(spec({ process_manager: 'systemd-user' }));
  expect(unit.kind).toBe('systemd-user');
  expect(unit.path).toBe('@HOME@/.config/systemd/user/api.service');
  expect(verify(unit.text)).toEqual({ status: 0, out: '' });
  expect(verify(unit.text.replace('ExecStart=@CURRENT@/run', 'ExecStart=current/run')).status).not.toBe(0);
});

test('the supervisor program runs current/run, beside supervisor_conf', () => {
  const unit = unitFile(spec({ process_manager: 'supervisor', supervisor_conf: '~/sv/supervisord.ini' }));
  expect(unit.path).toBe('@HOME@/sv/api.conf');
  expect(unit.text.split('\n')).toEqual(expect.arrayContaining(['[program:api]', 'command=@CURRENT@/run', 'autorestart=true', 'stdout_logfile=@APP@/api.log']));
  expect(unitFile(spec({ process_manager: 'supervisor', supervisor_conf: '~/sv/supervisord.ini', install_unit: 'false' })).kind).toBe('none');
});
