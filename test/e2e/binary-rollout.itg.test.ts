/**
 * deploy_target binary against the test bed's three SSH hosts: examples/hello compiled with the
 * bed's Go, rolled out as a binary that each host's own supervisord (run by the deploy user under
 * its own home) restarts. What needs real hosts: SFTP, the SHA-256 check on the host, the atomic
 * current symlink, supervisor restarts, answers on the hosts' addresses. The state machine's paths
 * are in test/unit/deploy/binary/, with the real step scripts under bash (a wrong sum refused and
 * its release removed: binary-host.test.ts and binary-rollout.test.ts).
 *
 * Every test sets up the fleet state it needs (given()), so any test runs alone (-t) or in any order.
 */
import { createHash } from 'crypto';
import { execFile, execFileSync, spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { parseInputs } from '../../src/inputs';
import { deploy, rollback } from '../../src/deploy/commands/deploy-command';
import { RolloutReport } from '../../src/deploy/rollout/report';
import { logs } from '../../src/deploy/commands/logs';
import { status } from '../../src/deploy/commands/status';
import { Bed, RawReporter, ROOT, argvWatch, deployBed } from './support/deploy';
import { gantry } from './support/gantry';
import { fixtureRepo } from './support/fixture-repo';
import { outputs } from './support/image-search';
import { registryGet } from './support/registry';
import { forget, onHost, supervisors } from './support/supervisor';

jest.setTimeout(240_000);

const execFileAsync = promisify(execFile);

const NAME = 'hellobin';
/** The program `gantry all` builds and rolls out, beside NAME. */
const ALL_NAME = 'helloall';
const ALL_PORT = 18091;
const PORT = 18090;
const HOSTS = [1, 2, 3];
const SECRET = `bin-${Math.random().toString(36).slice(2)}-secret`;
/** The host builder's Go caches (cache_dir), kept between runs: the build is not what this file proves, a cold standard library costs half a minute. */
const GO_CACHE = join(tmpdir(), 'gantry-e2e-hosts-go-cache');
let bed: Bed;
let work: string;
const figures: string[] = [];

type Version = 'v1' | 'v2' | 'v3';
/** Each version: a commit of its own (its release name), and the binary built with that version stamped. */
const commits: Record<Version, { sha: string; time: number; dir: string }> = {} as never;

interface Run { code: number; report: RolloutReport; out: RawReporter }

/** The bed registry's repositories: `gantry all` for the binary target pushes none. */
async function listRepositories(): Promise<string[]> {
  const res = await registryGet('_catalog?n=100000');
  return ((await res.json()) as { repositories: string[] }).repositories;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

beforeAll(async () => {
  bed = deployBed();
  supervisors(HOSTS);
  work = mkdtempSync(join(tmpdir(), 'gantry-e2e-binary-'));
  const repo = join(work, 'repo');
  mkdirSync(repo);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@example.com', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e2e@example.com' },
  }).trim();
  git('init', '-q');
  const goVersions = ['1.22', '1.24', '1.19'].filter((v) => existsSync(join(bed.go, v, 'bin/go')));
  for (const [n, v] of (['v1', 'v2', 'v3'] as Version[]).entries()) {
    writeFileSync(join(repo, 'VERSION'), v);
    git('add', 'VERSION');
    execFileSync('git', ['-C', repo, 'commit', '-q', '-m', v], {
      env: { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e', GIT_COMMITTER_DATE: `${1700000000 + n * 100} +0000`, GIT_AUTHOR_DATE: `${1700000000 + n * 100} +0000` },
    });
    const dir = join(work, v);
    mkdirSync(dir);
    // One checkout per version: a release is named after the context's commit.
    execFileSync('git', ['-C', repo, 'worktree', 'add', '-q', '--detach', join(dir, 'src'), 'HEAD']);
    mkdirSync(join(dir, 'bin'));
    commits[v] = { sha: git('rev-parse', 'HEAD'), time: 1700000000 + n * 100, dir };
  }
  // The three versions' binaries (each with its version stamped) linked side by side.
  await Promise.all((['v1', 'v2', 'v3'] as Version[]).map(async (v) => {
    const file = join(commits[v].dir, 'bin', `${NAME}-linux-amd64`);
    await execFileAsync(join(bed.go, goVersions[0], 'bin/go'), ['build', '-trimpath', '-ldflags', `-s -w -X main.version=${v}`, '-o', file, '.'], {
      cwd: join(ROOT, 'examples/hello'),
      env: { PATH: process.env.PATH, HOME: work, GOCACHE: join(tmpdir(), 'gantry-e2e-gocache'), GOPATH: join(work, 'gopath'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' },
    });
    chmodSync(file, 0o755);
    writeFileSync(join(commits[v].dir, 'bin', 'SHA256SUMS'), `${sha256(file)}  ${NAME}-linux-amd64\n`);
  }));
});

afterAll(() => {
  // The programs this file installed are its own: stopped and removed from every host.
  if (bed) for (const i of HOSTS) onHost(i, `${forget(ALL_NAME)}\n${forget(NAME)}`);
  if (figures.length) process.stdout.write(`binary rollout figures:\n${figures.join('\n')}\n`);
  if (work) rmSync(work, { recursive: true, force: true });
});

const release = (v: Version) => `${commits[v].time}-${commits[v].sha.slice(0, 7)}`;

function inputs(v: Version, over: Record<string, string> = {}): Record<string, string> {
  return {
    command: 'deploy',
    deploy_target: 'binary',
    hosts: bed.hosts.join(','),
    ssh_private_key: bed.sshKey,
    known_hosts: bed.knownHosts,
    context: join(commits[v].dir, 'src'),
    binaries_dir: join(commits[v].dir, 'bin'),
    binary_name: NAME,
    process_manager: 'supervisor',
    supervisor_conf: '~/sv/supervisord.ini',
    install_unit: 'true',
    env: `PORT=${PORT}\nSECRET_TOKEN=${SECRET}${v === 'v3' ? '\nHELLO_FAIL_HEALTH=1' : ''}`,
    health_url: `http://127.0.0.1:${PORT}/healthz`,
    // v3 never gets healthy: its rollouts wait health_timeout out, so it is short there.
    health_timeout: v === 'v3' ? '5' : '15',
    batch_size: '100%',
    ...over,
  };
}

async function run(v: Version, over: Record<string, string> = {}, command: 'deploy' | 'rollback' = 'deploy'): Promise<Run> {
  const out = new RawReporter();
  const i = parseInputs({ ...inputs(v, over), command });
  const t = Date.now();
  const code = command === 'deploy' ? await deploy(i, out, undefined, process.env) : await rollback(i, out, process.env);
  const report = JSON.parse(out.outputs.report) as RolloutReport;
  figures.push(`${command} ${v}${over.verify_key ? ' (verify_key)' : ''}: exit ${code} in ${((Date.now() - t) / 1000).toFixed(1)} s, uploaded ${report.hosts.map((h) => h.uploadedBytes ?? '-').join('/')} bytes, ${report.hosts.map((h) => h.outcome).join(', ')}`);
  expect(out.all).not.toContain(SECRET);
  return { code, report, out };
}

async function answer(i: number): Promise<string | undefined> {
  try {
    const res = await fetch(`http://${bed.host(i).addr}:${PORT}/`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return undefined;
    const info = (await res.json()) as { version?: string };
    return info.version;
  } catch {
    return undefined;
  }
}
const answers = () => Promise.all(HOSTS.map(answer));
const currentOn = (i: number) => onHost(i, `readlink ~/apps/${NAME}/current || true`).trim();
/** Host i's live and previous release, as the host's release record says (one SSH session). */
const releasesOn = (i: number) => {
  const [live = '', previous = ''] = onHost(i, `readlink ~/apps/${NAME}/current || true; sed -n 's/^previous=//p' ~/.gantry/services/${NAME}/binary.release 2>/dev/null | tail -n 1`).split('\n');
  return { live, previous };
};

/** The fleet runs `v`, with `previous` as the release a rollback goes to when given (deployed now if it does not). */
async function given(v: Version, previous?: Version): Promise<void> {
  const on = HOSTS.map(releasesOn);
  if (on.every((r) => r.live === `releases/${release(v)}` && (!previous || r.previous === release(previous))) && (await answers()).every((a) => a === v)) return;
  if (previous) await given(previous);
  const r = await run(v);
  if (r.code !== 0) throw new Error(`setting up ${v} failed: ${r.report.hosts.map((h) => `${h.host}: ${h.message}`).join('; ')}`);
}

test('hello rolled out as a binary to three hosts under supervisor: answering; the same commit again uploads nothing', async () => {
  // From scratch: no release, no program in supervisor (install_unit writes it).
  for (const i of HOSTS) onHost(i, forget(NAME));
  const first = await run('v1');
  expect(first.code).toBe(0);
  const size = readFileSync(join(commits.v1.dir, 'bin', `${NAME}-linux-amd64`)).length;
  expect(first.report.hosts.map((h) => [h.outcome, h.newDigest, h.uploadedBytes])).toEqual(HOSTS.map(() => ['ok', release('v1'), size]));
  expect(first.out.lines.join('\n')).toContain(`installed /home/deploy/sv/${NAME}.conf`);
  expect(await answers()).toEqual(['v1', 'v1', 'v1']);
  for (const i of HOSTS) {
    expect(currentOn(i)).toBe(`releases/${release('v1')}`);
    expect(onHost(i, `cd ~/apps/${NAME}/releases/${release('v1')} && stat -c '%n %a' env run ${NAME} && sha256sum ${NAME}`)).toBe(
      `env 600\nrun 700\n${NAME} 755\n${sha256(join(commits.v1.dir, 'bin', `${NAME}-linux-amd64`))}  ${NAME}\n`);
  }
  const again = await run('v1');
  expect(again.code).toBe(0);
  expect(again.report.hosts.map((h) => h.uploadedBytes)).toEqual([0, 0, 0]);
  expect(await answers()).toEqual(['v1', 'v1', 'v1']);
});

test('a new version switches every host; the env is absent from argv on the hosts and from the log', async () => {
  await given('v1');
  const watch = argvWatch([SECRET]);
  const r = await run('v2');
  const seen = watch.stop();
  expect(r.code).toBe(0);
  expect(await answers()).toEqual(['v2', 'v2', 'v2']);
  expect(seen.samples).toBeGreaterThan(10);
  expect(seen.hits).toEqual([]);
  // The running program has the value (it came through env), its argv does not.
  for (const i of HOSTS) {
    const pid = onHost(i, `supervisorctl -c ~/sv/supervisord.ini pid ${NAME}`).trim();
    expect(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')).toContain(`SECRET_TOKEN=${SECRET}`);
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(SECRET);
    expect(onHost(i, `cat ~/.gantry/audit.log ~/.gantry/services/${NAME}/binary.release ~/sv/*.log ~/apps/${NAME}/*.log 2>/dev/null`)).not.toContain(SECRET);
  }
});

test('a version whose health fails is rolled back to the previous release on every switched host: exit 3, its log lines in the report', async () => {
  await given('v2');
  const r = await run('v3');
  expect(r.code).toBe(3);
  expect(r.report.hosts.map((h) => [h.outcome, h.running, h.previousDigest])).toEqual(HOSTS.map(() => ['failed', 'previous', release('v2')]));
  // env is not secret (secret_env is): the port shows as it is.
  expect(r.report.hosts[0].message).toBe('binary-health: not healthy: health_url http://127.0.0.1:18090/healthz: curl: (22) The requested URL returned error: 500 (health_timeout 5 s)');
  expect(r.report.hosts[0].logs?.join('\n')).toMatch(/hello v3 listening on :18090 \(fail health: true\)/);
  for (const i of HOSTS) expect(currentOn(i)).toBe(`releases/${release('v2')}`);
  expect(await answers()).toEqual(['v2', 'v2', 'v2']);
});

test('rollback puts every host on its previous release', async () => {
  await given('v2', 'v1');
  const r = await run('v2', {}, 'rollback');
  expect(r.code).toBe(0);
  expect(r.report.hosts.map((h) => h.newDigest)).toEqual(HOSTS.map(() => release('v1')));
  expect(await answers()).toEqual(['v1', 'v1', 'v1']);
});

test('verify_key: a SHA256SUMS signed by cosign sign-blob is deployed; a tampered one is refused before any host is touched', async () => {
  await given('v1');
  for (const i of HOSTS) onHost(i, `rm -rf ~/apps/${NAME}/releases/${release('v2')}`);
  const keys = join(work, 'cosign');
  mkdirSync(keys, { recursive: true });
  const cosign = (...args: string[]) => spawnSync('cosign', args, { cwd: keys, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, HOME: keys, COSIGN_PASSWORD: 'pw', COSIGN_YES: 'true' } });
  if (!existsSync(join(keys, 'cosign.pub'))) expect(cosign('generate-key-pair').status).toBe(0);
  const pub = readFileSync(join(keys, 'cosign.pub'), 'utf8');
  // v2's binaries with SHA256SUMS signed; beside them the same files and signature, with a line
  // added to SHA256SUMS after signing: the binary and its sum are still right, the list is not what was signed.
  const copy = (name: string) => {
    const dir = join(work, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    for (const f of [`${NAME}-linux-amd64`, 'SHA256SUMS']) writeFileSync(join(dir, f), readFileSync(join(commits.v2.dir, 'bin', f)));
    return dir;
  };
  const signed = copy('signed-bin');
  expect(cosign('sign-blob', '--key', 'cosign.key', '--tlog-upload=false', '--output-signature', join(signed, 'SHA256SUMS.sig'), join(signed, 'SHA256SUMS')).status).toBe(0);
  const tampered = copy('tampered-bin');
  writeFileSync(join(tampered, 'SHA256SUMS.sig'), readFileSync(join(signed, 'SHA256SUMS.sig')));
  writeFileSync(join(tampered, 'SHA256SUMS'), `${readFileSync(join(tampered, 'SHA256SUMS'), 'utf8')}${'0'.repeat(64)}  ${NAME}-linux-arm64\n`);

  const out = new RawReporter();
  await expect(deploy(parseInputs({ ...inputs('v2', { binaries_dir: tampered, verify_key: pub }), command: 'deploy' }), out, undefined, process.env)).rejects.toThrow(
    new RegExp(`^refusing ${tampered}/SHA256SUMS: ${tampered}/SHA256SUMS\\.sig does not verify it with verify_key \\(1 key\\(s\\): sha256:[0-9a-f]{16}\\); nothing was changed on any host$`));
  for (const i of HOSTS) {
    expect(currentOn(i)).toBe(`releases/${release('v1')}`);
    expect(onHost(i, `ls -A ~/apps/${NAME}/releases`)).not.toContain(release('v2'));
  }
  expect(await answers()).toEqual(['v1', 'v1', 'v1']);

  const ok = await run('v2', { binaries_dir: signed, verify_key: pub });
  expect(ok.code).toBe(0);
  expect(ok.out.lines.join('\n')).toMatch(/SHA256SUMS: signature verified with key sha256:[0-9a-f]{16}/);
  expect(await answers()).toEqual(['v2', 'v2', 'v2']);
});

test('gantry all with deploy_target binary: hello built, exported with SHA256SUMS, nothing pushed (no registry, no image), rolled out, answering', async () => {
  // Once: that a second run of the same commit uploads nothing is the first test's (a deploy of the
  // same binaries), and that the same commit builds the same bytes is reproducible.itg.test.ts's and host-build.itg.test.ts's.
  for (const i of HOSTS) onHost(i, forget(ALL_NAME));
  const COMMIT_TIME = 1_736_000_000;
  const repo = fixtureRepo('examples/hello', COMMIT_TIME);
  const sha = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const key = join(work, 'all-key');
  writeFileSync(key, bed.sshKey, { mode: 0o600 });
  const repositories = await listRepositories();
  const version = `${COMMIT_TIME}-${sha.slice(0, 7)}`;
  const file = join(repo, 'bin', `${ALL_NAME}-linux-amd64`);
  const t = Date.now();
  const r = await gantry(['all', '--deploy-target', 'binary', '--context', repo, '--binaries-dir', 'bin', '--binary-name', ALL_NAME,
    '--version-variable', 'main.version', '--build-network', 'host', '--cache-dir', GO_CACHE,
    '--hosts', bed.hosts.join(','), '--ssh-private-key', key, '--known-hosts', bed.env.GANTRY_TESTBED_KNOWN_HOSTS,
    '--process-manager', 'supervisor', '--supervisor-conf', '~/sv/supervisord.ini', '--install-unit',
    '--env', `PORT=${ALL_PORT}`, '--health-url', `http://127.0.0.1:${ALL_PORT}/healthz`, '--batch-size', '100%', '--dotenv', 'gantry.env'], { cwd: repo });
  const out = outputs(r.stdout);
  // Bytes each host was sent, as its log says: "uploaded FILE (N bytes)" or "nothing to upload".
  const uploaded = bed.hosts.map((h) => {
    const line = r.stdout.split('\n').find((l) => l.startsWith(`${h}: `) && /uploaded \S+ \(\d+ bytes\)|nothing to upload/.test(l)) ?? '';
    return /nothing to upload/.test(line) ? 0 : Number(/\((\d+) bytes\)/.exec(line)?.[1] ?? -1);
  });
  figures.push(`gantry all: exit ${r.code} in ${((Date.now() - t) / 1000).toFixed(1)} s, uploaded ${uploaded.join('/')} bytes, deployed ${out.deployed_hosts}`);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(readFileSync(join(repo, 'bin', 'SHA256SUMS'), 'utf8')).toContain(`${sha256(file)}  ${ALL_NAME}-linux-amd64`);
  expect(out.binaries).toBe(`bin/${ALL_NAME}-linux-amd64`);
  expect([out.deployed_hosts, out.failed_hosts, out.digest]).toEqual([bed.hosts.join(','), '', '']);
  expect(uploaded).toEqual(HOSTS.map(() => readFileSync(file).length));
  expect(r.stdout).toContain(`${ALL_NAME}: deployed on all 3 host(s)`);
  for (const h of bed.hosts) expect(r.stdout).toContain(`${h}: ok: nothing -> ${version}`);
  expect(await listRepositories()).toEqual(repositories);
  const answers = await Promise.all(HOSTS.map(async (i) => {
    const res = await fetch(`http://${bed.host(i).addr}:${ALL_PORT}/`, { signal: AbortSignal.timeout(2000) });
    return ((await res.json()) as { version?: string }).version;
  }));
  expect(answers).toEqual(HOSTS.map(() => sha.slice(0, 7)));
  for (const i of HOSTS) expect(onHost(i, `readlink ~/apps/${ALL_NAME}/current`).trim()).toBe(`releases/${version}`);
});

describe('day two of the binary target on the three hosts', () => {
  const dayTwo = (over: Record<string, string>) => parseInputs({ ...inputs('v2'), ...over });

  test('status: every host\'s live release and commit, the kept releases (previous marked), the lock holder; table and JSON', async () => {
    await given('v2', 'v1');
    onHost(2, `mkdir -p ~/.gantry/services/${NAME}/lock && printf 'token=t\\nby=ci job 77\\nrunner=elsewhere\\npid=1\\nsince=2026-11-30T10:00:00Z\\n' >~/.gantry/services/${NAME}/lock/owner`);
    try {
      const out = new RawReporter();
      const code = await status(dayTwo({ command: 'status' }), out, process.env);
      expect(code).toBe(0);
      const text = out.lines.filter((l) => !l.startsWith('debug: ')).join('\n');
      expect(text.split('\n')[0]).toBe(`${NAME} (binary):`);
      for (const i of HOSTS) {
        expect(text).toMatch(new RegExp(`^${bed.host(i).addr.replace(/\./g, '\\.')} +${release('v2')} +2023-11-14T22:15:00Z +\\S+Z +.+ ${release('v1')} \\(previous\\)`, 'm'));
      }
      expect(text).toMatch(new RegExp(`^${bed.host(2).addr.replace(/\./g, '\\.')} .* ci job 77 since 2026-11-30T10:00:00Z`, 'm'));
      const json = JSON.parse(out.outputs.status) as { service: string; target: string; hosts: Array<{ live: { release: string; commit: string; sha256: string }; previous: string; kept: string[] }> };
      expect([json.service, json.target]).toEqual([NAME, 'binary']);
      for (const h of json.hosts) {
        expect(h.live).toMatchObject({ release: release('v2'), commit: commits.v2.sha.slice(0, 7), sha256: sha256(join(commits.v2.dir, 'bin', `${NAME}-linux-amd64`)) });
        expect(h.previous).toBe(release('v1'));
        expect(h.kept).toContain(release('v1'));
        expect(h.kept).not.toContain(release('v2'));
      }
    } finally {
      onHost(2, `rm -rf ~/.gantry/services/${NAME}/lock`);
    }
  });

  test('logs: each host\'s supervisor log through the derived logs_cmd, prefixed with the host; logs_grep keeps the lines holding it', async () => {
    await given('v2');
    const out = new RawReporter();
    const code = await logs(dayTwo({ command: 'logs', logs_grep: `hello v2 listening on :${PORT}`, logs_tail: '500' }), out, process.env);
    expect(code).toBe(0);
    const shown = out.lines.filter((l) => !l.startsWith('debug: '));
    for (const i of HOSTS) expect(shown.join('\n')).toMatch(new RegExp(`^${bed.host(i).addr.replace(/\./g, '\\.')} \\| \\S+ \\S+ hello v2 listening on :${PORT} \\(fail health: false\\)$`, 'm'));
    expect(shown.every((l) => l.includes(`hello v2 listening on :${PORT}`))).toBe(true);
    expect(out.all).not.toContain(SECRET);
    // A log has no times gantry can read: logs_since is refused, before any host is asked.
    await expect(logs(dayTwo({ command: 'logs', logs_since: '10m' }), new RawReporter(), process.env)).rejects.toThrow(/^input 'logs_since': means nothing for deploy_target binary/);
  });

  test('rollback_to: every host to a kept release (by its commit sha), health-gated; a release not kept is refused naming those kept, nothing changed', async () => {
    await given('v2', 'v1');
    const missing = run('v2', { rollback_to: '1600000000-0000000' }, 'rollback');
    await expect(missing).rejects.toThrow(new RegExp(`^input 'rollback_to': ${bed.host(1).addr.replace(/\./g, '\\.')}: binary-resolve: rollback_to '1600000000-0000000' is not among the releases of ${NAME} kept in /home/deploy/apps/${NAME}/releases on this host: .*${release('v2')}, .*${release('v1')}`));
    expect(await answers()).toEqual(['v2', 'v2', 'v2']);
    const r = await run('v2', { rollback_to: commits.v1.sha }, 'rollback');
    expect(r.code).toBe(0);
    expect(r.report.hosts.map((h) => [h.outcome, h.previousDigest, h.newDigest])).toEqual(HOSTS.map(() => ['ok', release('v2'), release('v1')]));
    expect(await answers()).toEqual(['v1', 'v1', 'v1']);
    for (const i of HOSTS) expect(currentOn(i)).toBe(`releases/${release('v1')}`);
  });
});
