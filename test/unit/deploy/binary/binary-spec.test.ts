import { parseInputs } from '../../../../src/inputs';
import { UserError } from '../../../../src/errors';
import { BinaryDeploySpec, deploySpec } from '../../../../src/deploy/spec/deploy-spec';
import { binaryFor } from '../../../../src/deploy/targets/binary/binary-spec';
import { TARGET_INPUTS, targetsOf } from '../../../../src/deploy/spec/target-inputs';

const K1 = 'AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn';
const SUM = 'ab'.repeat(32);
const SUMS = `${SUM}  hello-linux-amd64\n${'cd'.repeat(32)}  hello-linux-arm64\n`;
const COMMIT = { sha: '0123456789abcdef0123456789abcdef01234567', commitTime: 1700000000 };
const base = {
  command: 'deploy',
  deploy_target: 'binary',
  hosts: '10.231.0.11',
  known_hosts: `10.231.0.11 ssh-ed25519 ${K1}`,
  binaries_dir: '/tmp/out',
  process_manager: 'supervisor',
  supervisor_conf: '~/supervisor/supervisord.conf',
  health_url: 'http://127.0.0.1:8080/healthz',
};
const spec = (over: Record<string, string> = {}, sources: object = { binarySums: SUMS, commit: COMMIT }, mode: 'deploy' | 'rollback' = 'deploy') =>
  deploySpec(parseInputs({ ...base, ...over }), sources, mode) as BinaryDeploySpec;

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  return 'accepted';
}

describe('deploy_target binary: the spec', () => {
  test('defaults: the name from SHA256SUMS, the release from the commit, ~/apps, supervisor commands derived', () => {
    const s = spec();
    expect(s.target).toBe('binary');
    expect([s.target, s.service]).toEqual(['binary', 'hello']);
    expect('container' in s).toBe(false);
    expect(s.binary).toMatchObject({
      name: 'hello', version: '1700000000-0123456', root: '', dir: '/tmp/out', keepReleases: 3, args: [], installUnit: false,
      restartCmd: 'supervisorctl -c "$HOME"/supervisor/supervisord.conf update >/dev/null && supervisorctl -c "$HOME"/supervisor/supervisord.conf restart hello',
      logsCmd: 'supervisorctl -c "$HOME"/supervisor/supervisord.conf tail -10000 hello',
    });
    expect(s.binary?.binaries).toEqual([
      { platform: 'linux/amd64', file: 'hello-linux-amd64', sha256: SUM },
      { platform: 'linux/arm64', file: 'hello-linux-arm64', sha256: 'cd'.repeat(32) },
    ]);
  });

  test('restart_cmd given wins; systemd-user derives systemctl --user and journalctl', () => {
    expect(spec({ process_manager: 'none', supervisor_conf: '', restart_cmd: 'sudo -n systemctl restart api' }).binary?.restartCmd).toBe('sudo -n systemctl restart api');
    const s = spec({ process_manager: 'systemd-user', supervisor_conf: '' });
    expect(s.binary?.restartCmd).toBe('systemctl --user daemon-reload && systemctl --user restart hello.service');
    expect(s.binary?.logsCmd).toBe('journalctl --user -u hello.service -n 50 --no-pager');
  });

  test('the host platform picks its binary; a platform not built is one line naming both', () => {
    const b = spec().binary!;
    expect(binaryFor(b, 'x86_64')).toMatchObject({ file: 'hello-linux-amd64' });
    expect(binaryFor(b, 'aarch64')).toMatchObject({ file: 'hello-linux-arm64' });
    expect(binaryFor(b, 'armv7l')).toBe('the host is linux/arm/v7 (uname -m armv7l) but binaries_dir holds hello for linux/amd64, linux/arm64 only');
    expect(binaryFor(b, 'riscv64')).toMatch(/uname -m riscv64\) is not one gantry builds for/);
  });

  test('rollback needs neither binaries nor a commit, only the name', () => {
    expect(spec({ binary_name: 'hello', binaries_dir: '' }, {}, 'rollback').binary?.name).toBe('hello');
  });

  test.each([
    ['binary_root with ..', { binary_root: '/srv/../etc' }, "input 'binary_root': '/srv/../etc' holds ..; expected an absolute path without .. (empty is ~/apps)"],
    ['binary_root relative', { binary_root: 'apps' }, "input 'binary_root'"],
    ['binary_root with a space', { binary_root: '/srv/my apps' }, "input 'binary_root'"],
    ['binary_root in gantry\'s state folder', { binary_root: '/home/deploy/.gantry/apps' }, "input 'binary_root': '/home/deploy/.gantry/apps' is in ~/.gantry, gantry's own state folder on the host"],
    ['binary_name gantry gives its own containers', { binary_name: 'hello-gantry-prev' }, "input 'binary_name': 'hello-gantry-prev' ends in '-gantry-prev'"],
    ['no restart_cmd and no process_manager', { process_manager: 'none', supervisor_conf: '' }, "input 'restart_cmd': is empty and process_manager is none"],
    ['unknown process_manager', { process_manager: 'runit' }, "input 'process_manager': 'runit' is not allowed; expected one of none, supervisor, systemd-user"],
    ['supervisor without its configuration', { supervisor_conf: '' }, "input 'supervisor_conf': is empty and process_manager is supervisor"],
    ['install_unit without a process manager', { process_manager: 'none', supervisor_conf: '', restart_cmd: 'true', install_unit: 'true' }, "input 'install_unit': is true and process_manager is none"],
    ['keep_releases 0', { keep_releases: '0' }, "input 'keep_releases'"],
    ['neither health_url nor health_cmd', { health_url: '' }, "input 'health_url': and health_cmd are both empty"],
    ['no binaries_dir', { binaries_dir: '' }, "input 'binaries_dir': is empty"],
    ['unknown deploy_target', { deploy_target: 'vm' }, "input 'deploy_target': 'vm' is not allowed; expected one of container, binary"],
    ['ports for a binary', { ports: '80:80' }, "input 'ports': means nothing for deploy_target binary; expected empty, or deploy_target container"],
    ['volumes for a binary', { volumes: 'data:/data' }, "input 'volumes': means nothing for deploy_target binary"],
    ['network for a binary', { network: 'host' }, "input 'network': means nothing for deploy_target binary"],
    ['restart for a binary', { restart: 'always' }, "input 'restart': means nothing for deploy_target binary"],
    ['deploy_image for a binary', { deploy_image: 'r:5000/a@sha256:' + 'a'.repeat(64) }, "input 'deploy_image': means nothing for deploy_target binary"],
    ['binary_root for a container', { deploy_target: 'container', binary_root: '/srv' }, "input 'binary_root': means nothing for deploy_target container; expected empty, or deploy_target binary"],
    ['restart_cmd for a container', { deploy_target: 'container', restart_cmd: 'x' }, "input 'restart_cmd': means nothing for deploy_target container"],
  ])('%s: one line naming the input', (_, over, message) => {
    const got = refusal(() => spec(over as Record<string, string>));
    expect(got.split('\n')).toHaveLength(1);
    expect(got.startsWith(message)).toBe(true);
  });

  test.each([
    ['no SHA256SUMS', { commit: COMMIT }, "input 'binaries_dir': '/tmp/out' holds no SHA256SUMS"],
    ['no linux binary of that name', { binarySums: `${SUM}  hello-darwin-arm64\n`, commit: COMMIT }, "input 'binary_name': is empty and binaries_dir/SHA256SUMS holds no linux binary"],
    ['several programs', { binarySums: `${SUMS}${SUM}  api-linux-amd64\n`, commit: COMMIT }, "input 'binary_name': is empty and binaries_dir/SHA256SUMS holds several programs (api, hello)"],
    ['no commit', { binarySums: SUMS }, "input 'context': '.' is not a git checkout with a commit"],
  ])('%s: one line naming the input', (_, sources, message) => {
    expect(refusal(() => spec({}, sources))).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('the day-two reads (status, logs, audit, unlock) need the name only: no restart_cmd, process manager or health check', () => {
    const read = (over: Record<string, string>) => deploySpec(parseInputs({ ...base, command: 'status', ...over }), {}, 'read') as BinaryDeploySpec;
    const b = read({ binary_name: 'hello', process_manager: 'none', supervisor_conf: '', health_url: '' }).binary!;
    expect([b.name, b.restartCmd, b.logsCmd]).toEqual(['hello', '', '']);
    expect(refusal(() => read({}))).toBe("input 'binary_name': is empty; expected the name of the program on the hosts");
    expect(refusal(() => read({ binary_name: 'hello', rollback_to: '1700000000-0123456' }))).toBe('accepted');
  });

  test('target-specific inputs belong to the targets that list them; shared inputs to all', () => {
    for (const [t, names] of Object.entries(TARGET_INPUTS)) for (const n of names) expect(targetsOf(n)).toContain(t);
    expect(targetsOf('binary_root')).toEqual(['binary']);
    expect(targetsOf('keep_images')).toEqual(['container', 'swarm']);
    expect(targetsOf('rollback_to')).toEqual(['container', 'binary', 'swarm']);
    expect(targetsOf('deploy_image')).toEqual(['container', 'swarm']);
    expect(targetsOf('replicas')).toEqual(['swarm']);
    expect(targetsOf('health_url')).toEqual(['container', 'binary']);
    expect(targetsOf('lock_timeout')).toEqual(['container', 'binary', 'swarm']);
  });
});

describe('gantry all with deploy_target binary: bad deploy input fails before the build', () => {
  // An engine address that cannot answer: reaching it would fail differently.
  const env = { DOCKER_HOST: 'unix:///nonexistent/gantry-unit.sock' };
  test.each([
    [{ binaries_dir: '' }, "input 'binaries_dir': is empty and deploy_target is binary"],
    [{ ports: '80:80' }, "input 'ports': means nothing for deploy_target binary"],
    [{ health_url: '' }, "input 'health_url': and health_cmd are both empty"],
    [{ process_manager: 'none', supervisor_conf: '' }, "input 'restart_cmd': is empty and process_manager is none"],
    [{ known_hosts: '' }, "input 'known_hosts': is empty"],
    [{ hosts: 'deploy@h1:99999' }, "input 'hosts': "],
    [{}, "input 'ssh_private_key': is empty"],
  ])('%j', async (over, message) => {
    const { run } = await import('../../../../src/run');
    const { MemoryReporter } = await import('../../../../src/reporter');
    const inputs = parseInputs({ ...base, command: 'all', ...over } as Record<string, string>);
    await expect(run('all', inputs, new MemoryReporter(), env)).rejects.toThrow(message);
  });
});
