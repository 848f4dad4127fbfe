/**
 * deploy_target swarm against the test bed's three hosts joined into one swarm (testbed.sh swarm:
 * h1 the manager, h2 h3 workers), the bed's registry with auth, and h1 reached over SSH with its
 * pinned key. Every test uses a service name of its own and sets up what it needs, so any test
 * runs alone (-t) or in any order. The services publish no port: this kernel has no IPVS, so the
 * routing mesh's ports could not answer here; gantry's code does not depend on that.
 */
import { join } from 'path';
import { parseInputs } from '../../src/inputs';
import { deploy, rollback } from '../../src/deploy/commands/deploy-command';
import { audit } from '../../src/deploy/commands/audit';
import { logs } from '../../src/deploy/commands/logs';
import { status } from '../../src/deploy/commands/status';
import { SwarmServiceStatus } from '../../src/deploy/targets/swarm/swarm-status';
import { RolloutReport } from '../../src/deploy/rollout/report';
import {
  Bed, HelloImages, RawReporter, argvWatch, auditLines, bedInputs, deployBed, docker, dockerMaybe, filesUnder, grownSince, helloImages, sizeOf, testbedScript, PORT,
} from './support/deploy';

jest.setTimeout(300_000);

let bed: Bed;
let img: HelloImages;
const ENV_SECRET = `swarm-tok-${Math.random().toString(36).slice(2)}-secret`;

interface Run { code: number; report: RolloutReport; out: RawReporter }

const needles = () => [bed.registryPassword, Buffer.from(bed.registryPassword).toString('base64')];
const manager = () => bed.host(1);
const mgr = (args: string[]) => docker(manager().dockerHost, args);

function inputs(name: string, over: Record<string, string>): Record<string, string> {
  return bedInputs(bed, {
    deploy_target: 'swarm', hosts: manager().addr, container_name: name, network: '', health_url: '', replicas: '3', health_timeout: '5',
    // The bed's registry is plain HTTP: the runner reads the image's revision label from it.
    registry_insecure: 'true',
    env: `PORT=${PORT}\nSECRET_TOKEN=${ENV_SECRET}`, ...over,
  });
}

async function run(name: string, over: Record<string, string>, command: 'deploy' | 'rollback' = 'deploy'): Promise<Run> {
  const out = new RawReporter();
  const parsed = parseInputs(inputs(name, { ...over, command }));
  const code = command === 'deploy' ? await deploy(parsed, out, undefined, process.env) : await rollback(parsed, out, process.env);
  for (const n of needles().concat(ENV_SECRET)) expect(out.all).not.toContain(n);
  return { code, report: JSON.parse(out.outputs.report) as RolloutReport, out };
}

/** The one-line refusal of bad input, before anything is contacted. */
async function refusal(name: string, over: Record<string, string>, command: 'deploy' | 'rollback' = 'deploy'): Promise<string> {
  try {
    await run(name, over, command);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`inputs ${JSON.stringify(over)} were not refused`);
}

interface ServiceView {
  image: string;
  env: string[];
  parallelism: number;
  order: string;
  failureAction: string;
  monitorNs: number;
  updateState: string;
  updatedAt: string;
  /** Network ids the tasks join. */
  networks: string[];
  labels: Record<string, string>;
}

function service(name: string): ServiceView | undefined {
  const raw = dockerMaybe(manager().dockerHost, ['service', 'inspect', name]);
  if (!raw) return undefined;
  const [s] = JSON.parse(raw) as Array<{
    UpdatedAt: string;
    Spec: {
      Labels?: Record<string, string>;
      TaskTemplate: { ContainerSpec: { Image: string; Env?: string[] }; Networks?: Array<{ Target: string }> };
      UpdateConfig?: { Parallelism: number; Order: string; FailureAction: string; Monitor: number };
    };
    UpdateStatus?: { State: string };
  }>;
  return {
    image: s.Spec.TaskTemplate.ContainerSpec.Image,
    env: s.Spec.TaskTemplate.ContainerSpec.Env ?? [],
    parallelism: s.Spec.UpdateConfig?.Parallelism ?? 0,
    order: s.Spec.UpdateConfig?.Order ?? '',
    failureAction: s.Spec.UpdateConfig?.FailureAction ?? '',
    monitorNs: s.Spec.UpdateConfig?.Monitor ?? 0,
    updateState: s.UpdateStatus?.State ?? '',
    updatedAt: s.UpdatedAt,
    networks: (s.Spec.TaskTemplate.Networks ?? []).map((n) => n.Target),
    labels: s.Spec.Labels ?? {},
  };
}

/** The running tasks: node address and image. */
function runningTasks(name: string): Array<{ node: string; image: string }> {
  const ids = mgr(['service', 'ps', '-q', '--no-trunc', '--filter', 'desired-state=running', name]).split('\n').filter(Boolean);
  if (ids.length === 0) return [];
  const tasks = JSON.parse(mgr(['inspect', '--type', 'task', ...ids])) as Array<{ NodeID: string; Status: { State: string }; Spec: { ContainerSpec: { Image: string } } }>;
  const addrOf = (id: string) => mgr(['node', 'inspect', '-f', '{{.Status.Addr}}', id]);
  return tasks.filter((t) => t.Status.State === 'running').map((t) => ({ node: addrOf(t.NodeID), image: t.Spec.ContainerSpec.Image }));
}

function removeService(name: string): void {
  dockerMaybe(manager().dockerHost, ['service', 'rm', name]);
}

/** The service on `ref` with every task running it (deployed by gantry when it is not). */
async function given(name: string, ref: string): Promise<void> {
  const s = service(name);
  if (s && s.image === ref && runningTasks(name).filter((t) => t.image === ref).length === 3) return;
  const r = await run(name, { deploy_image: ref });
  if (r.code !== 0) throw new Error(`setting up ${name} on ${ref} failed: ${r.out.lines.join('\n')}`);
}

/**
 * The service the first test creates. The tests that need a service on v1 and leave it there (or
 * put it back: the crash is rolled back by Swarm) use it too, so that it is created once, not once each.
 */
const CREATED = 'e2e-swarm-create';
const NAMES = [CREATED, 'e2e-swarm-update', 'e2e-swarm-rollback'];

const NET = 'e2e-swarm-net';
const digestOfRef = (ref: string) => ref.slice(ref.indexOf('@') + 1);

/** A day-two command (status, logs, audit) against the manager, as the front ends call it. */
async function dayTwo(fn: typeof status, name: string, over: Record<string, string> = {}): Promise<{ code: number; out: RawReporter }> {
  const out = new RawReporter();
  const code = await fn(parseInputs(inputs(name, { deploy_image: '', env: '', ...over })), out, process.env);
  return { code, out };
}

beforeAll(() => {
  bed = deployBed();
  testbedScript('swarm');
  img = helloImages();
  if (!dockerMaybe(manager().dockerHost, ['network', 'inspect', NET])) mgr(['network', 'create', '--driver=overlay', NET]);
});

// The bed's hosts are shared: no task of these services (nor their network) outlives the file.
afterAll(async () => {
  for (const name of NAMES) removeService(name);
  // The network goes once the removed services' tasks have left it.
  for (let i = 0; i < 30 && dockerMaybe(manager().dockerHost, ['network', 'inspect', NET]) !== undefined; i++) {
    if (dockerMaybe(manager().dockerHost, ['network', 'rm', NET]) === undefined) await new Promise((r) => setTimeout(r, 1000));
  }
});

test('a first deploy creates the service with tasks on the three nodes, by digest, env in the spec; the registry password is in no argv on the manager, not in docker service inspect, the log, or any file of the home', async () => {
  const name = CREATED;
  removeService(name);
  const logStart = sizeOf(manager().argvLog);
  const watch = argvWatch(needles().concat(ENV_SECRET));
  const r = await run(name, { deploy_image: img.v1 });
  const seen = watch.stop();
  expect(r.code).toBe(0);
  expect(seen.samples).toBeGreaterThan(10);
  expect(seen.hits).toEqual([]);
  const argv = grownSince(manager().argvLog, logStart);
  expect(argv).toContain('service create');
  expect(argv).toContain('--with-registry-auth');
  for (const n of needles().concat(ENV_SECRET)) expect(argv).not.toContain(n);
  const inspect = mgr(['service', 'inspect', name]);
  for (const n of needles()) expect(inspect).not.toContain(n);
  for (const f of filesUnder(manager().home)) {
    for (const n of needles()) expect({ file: f.path, hit: f.content.includes(n) }).toEqual({ file: f.path, hit: false });
  }
  expect(filesUnder(join(manager().home, '.gantry/tmp'))).toEqual([]);
  const tasks = runningTasks(name);
  expect(tasks.map((t) => t.image)).toEqual([img.v1, img.v1, img.v1]);
  expect(new Set(tasks.map((t) => t.node))).toEqual(new Set(bed.hosts));
  const s = service(name)!;
  expect(s.env.sort()).toEqual([`PORT=${PORT}`, `SECRET_TOKEN=${ENV_SECRET}`]);
  expect([s.order, s.failureAction, s.monitorNs]).toEqual(['start-first', 'rollback', 5e9]);
  // The report: the manager, then one row per task with its node and the new digest.
  const rows = r.report.hosts.slice(1);
  expect(rows).toHaveLength(3);
  for (const row of rows) expect([row.outcome, row.newDigest]).toEqual(['ok', img.v1.slice(img.v1.indexOf('@') + 1)]);
  expect(new Set(rows.map((row) => row.host.split(' ')[0]))).toEqual(new Set(bed.hosts));
});

test('an update rolls across the nodes one task at a time (batch_size 1), joins the network given, and ends on the new digest', async () => {
  const name = 'e2e-swarm-update';
  await given(name, img.v1);
  expect(service(name)!.networks).toEqual([]);
  const logStart = sizeOf(manager().argvLog);
  const r = await run(name, { deploy_image: img.v2, batch_size: '1', network: NET });
  expect(r.code).toBe(0);
  // An update logs in on the manager as a create does: no secret in its argv either.
  const argv = grownSince(manager().argvLog, logStart);
  expect(argv).toContain('--with-registry-auth');
  for (const n of needles().concat(ENV_SECRET)) expect(argv).not.toContain(n);
  const s = service(name)!;
  expect([s.parallelism, s.order, s.updateState]).toEqual([1, 'start-first', 'completed']);
  expect(s.networks).toEqual([mgr(['network', 'inspect', '-f', '{{.ID}}', NET])]);
  expect(runningTasks(name).map((t) => t.image)).toEqual([img.v2, img.v2, img.v2]);
  // Progress per task: each new task was seen running, on its node.
  const started = r.out.lines.filter((l) => l.startsWith(`${name} task `) && / running sha256:/.test(l) && l.includes(img.v2.slice(img.v2.indexOf('@') + 1, img.v2.indexOf('@') + 20)));
  expect(started.length).toBeGreaterThanOrEqual(3);
});

test('the network as given on update; the same digest and spec again is left alone (unchanged), force updates it', async () => {
  const name = 'e2e-swarm-update';
  await given(name, img.v2);
  // No network given: the one the service joined is removed.
  const off = await run(name, { deploy_image: img.v2 });
  expect(off.code).toBe(0);
  expect(service(name)!.networks).toEqual([]);
  const before = service(name)!;
  const same = await run(name, { deploy_image: img.v2 });
  expect(same.code).toBe(0);
  expect(same.report.hosts[0].outcome).toBe('unchanged');
  expect(service(name)!.updatedAt).toBe(before.updatedAt);
  const forced = await run(name, { deploy_image: img.v2, force: 'true' });
  expect(forced.code).toBe(0);
  expect(forced.report.hosts[0].outcome).toBe('ok');
  const after = service(name)!;
  expect(after.updatedAt).not.toBe(before.updatedAt);
  expect([after.image, after.updateState]).toEqual([img.v2, 'completed']);
  expect(runningTasks(name).map((t) => t.image)).toEqual([img.v2, img.v2, img.v2]);
  // Every deploy wrote a line of the manager's audit log, which audit shows.
  const lines = auditLines(1, name);
  expect(lines.some((l) => / action=deploy result=unchanged from=sha256:\S+ to=sha256:/.test(l))).toBe(true);
  expect(lines.filter((l) => / action=deploy result=ok /.test(l)).length).toBeGreaterThanOrEqual(2);
  const a = await dayTwo(audit, name);
  expect(a.code).toBe(0);
  expect(a.out.lines.filter((l) => l.includes(`service=${name} action=deploy result=unchanged`))).not.toHaveLength(0);
});

test('container options reach the service spec (limits, log rotation, args, stop grace period, user, read-only, tmpfs); the update is a change', async () => {
  const name = 'e2e-swarm-update';
  await given(name, img.v2);
  const r = await run(name, {
    deploy_image: img.v2, memory: '64m', cpus: '0.5', log_max_size: '1m', log_max_files: '2', args: `-quiet "two words" "it's"`,
    stop_timeout: '3', user: '65532', read_only: 'true', tmpfs: '/tmp:size=8m',
  });
  if (r.code !== 0) throw new Error(r.out.lines.join('\n'));
  expect(r.report.hosts[0].outcome).toBe('ok');
  const [raw] = JSON.parse(mgr(['service', 'inspect', name])) as Array<{ Spec: { TaskTemplate: {
    ContainerSpec: { Args?: string[]; User?: string; ReadOnly?: boolean; StopGracePeriod?: number; Mounts?: Array<{ Type: string; Target: string; TmpfsOptions?: { SizeBytes?: number } }> };
    Resources?: { Limits?: { MemoryBytes?: number; NanoCPUs?: number } }; LogDriver?: { Name?: string; Options?: Record<string, string> };
  } } }>;
  const t = raw.Spec.TaskTemplate;
  expect(t.ContainerSpec.Args).toEqual(['-quiet', 'two words', 'it\'s']);
  expect([t.ContainerSpec.User, t.ContainerSpec.ReadOnly, t.ContainerSpec.StopGracePeriod]).toEqual(['65532', true, 3e9]);
  expect(t.ContainerSpec.Mounts).toEqual([expect.objectContaining({ Type: 'tmpfs', Target: '/tmp', TmpfsOptions: expect.objectContaining({ SizeBytes: 8 * 2 ** 20 }) })]);
  expect(t.Resources?.Limits).toMatchObject({ MemoryBytes: 64 * 2 ** 20, NanoCPUs: 5e8 });
  expect(t.LogDriver?.Options).toMatchObject({ 'max-size': '1m', 'max-file': '2' });
  expect(runningTasks(name).map((x) => x.image)).toEqual([img.v2, img.v2, img.v2]);
});

test('status shows the service, its update state, digest, labels, history and a task per node; logs carry task and node prefixes', async () => {
  const name = 'e2e-swarm-update';
  await given(name, img.v2);
  const st = await dayTwo(status, name);
  expect(st.code).toBe(0);
  const json = JSON.parse(st.out.outputs.status) as SwarmServiceStatus & { service: string };
  expect([json.service, json.target, json.exists, json.digest, json.image, json.revision]).toEqual([name, 'swarm', true, digestOfRef(img.v2), img.v2, 'e2e-v2']);
  expect(json.update?.state).toBe('completed');
  expect(json.deployedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(json.deployedBy).not.toBe('');
  const running = json.tasks.filter((t) => t.desired === 'running');
  expect(running.map((t) => [t.state, t.digest, t.error])).toEqual(Array(3).fill(['running', digestOfRef(img.v2), '']));
  // Where Swarm placed them after the updates is its choice (start-first may pair two on a node): each on a node of the bed, as Swarm says.
  const placed = runningTasks(name).map((t) => t.node).sort();
  expect(running.map((t) => t.node).sort()).toEqual(placed);
  for (const n of placed) expect(bed.hosts).toContain(n);
  const text = st.out.lines.join('\n');
  expect(text).toMatch(/node\s+task\s+state\s+digest\s+error/);
  for (const t of running) expect(text).toMatch(new RegExp(`^${t.node.replace(/\./g, '\\.')}\\s+${t.task.replace(/\./g, '\\.')}\\s+running\\s+sha256:`, 'm'));
  // logs: every task's lines, prefixed by Swarm with task@node; logs_grep keeps the matching ones.
  const lg = await dayTwo(logs, name, { logs_grep: 'listening', logs_tail: '20', logs_since: '24h' });
  expect(lg.code).toBe(0);
  // Swarm keeps the logs of the tasks it replaced too (v1 before the update).
  const lines = lg.out.lines.filter((l) => l.includes('listening'));
  for (const l of lines) expect(l).toMatch(new RegExp(`^${name}\\.\\d+\\.\\w+@\\S+\\s*\\| .*hello v\\d listening`));
  expect(lines.filter((l) => l.includes('hello v2 listening')).length).toBeGreaterThanOrEqual(3);
  expect(lg.out.lines.filter((l) => !l.startsWith('debug:')).every((l) => l.includes('listening'))).toBe(true);
  const none = await dayTwo(status, 'e2e-swarm-none');
  expect(none.code).toBe(0);
  expect((JSON.parse(none.out.outputs.status) as SwarmServiceStatus).exists).toBe(false);
});

test('an update whose tasks crash is rolled back by Swarm: exit 3, spec back on the previous digest and env', async () => {
  const name = CREATED;
  await given(name, img.v1);
  const before = service(name)!;
  const r = await run(name, { deploy_image: img.v2, env: 'PORT=not-a-port' });
  expect(r.code).toBe(3);
  const after = service(name)!;
  expect(after.image).toBe(img.v1);
  expect(after.env.sort()).toEqual(before.env.sort());
  expect(after.updateState).toBe('rollback_completed');
  expect(r.report.hosts[0].outcome).toBe('rolled back');
  expect(runningTasks(name).map((t) => t.image)).toEqual([img.v1, img.v1, img.v1]);
});

test('a wrong pinned key for the manager is refused before anything changes', async () => {
  const name = CREATED;
  await given(name, img.v1);
  const before = service(name)!;
  const wrong = bed.knownHosts.split('\n').filter(Boolean).map((l) => l.split(' ')).find((p) => p[0] === bed.host(2).addr)!;
  const r = await run(name, { deploy_image: img.v2, known_hosts: `${manager().addr} ${wrong[1]} ${wrong[2]}` });
  expect(r.code).toBe(3);
  expect(r.report.hosts[0].outcome).toBe('refused host key');
  expect(service(name)!.updatedAt).toBe(before.updatedAt);
});

test.each([
  ['replicas 0', { replicas: '0' }, 'replicas'],
  ['replicas not a number', { replicas: 'three' }, 'replicas'],
  ['unknown swarm_mode', { swarm_mode: 'mesh' }, 'swarm_mode'],
  ['unknown publish_mode', { publish_mode: 'nat' }, 'publish_mode'],
  ['health_url with swarm', { health_url: `http://127.0.0.1:${PORT}/healthz` }, 'health_url'],
  ['two hosts', { hosts: `${'10.231.0.11'},${'10.231.0.12'}` }, 'hosts'],
])('bad input (%s): one line naming the input, nothing changed', async (_, over, input) => {
  const name = CREATED;
  await given(name, img.v1);
  const before = service(name)!;
  const message = await refusal(name, { deploy_image: img.v2, ...over });
  expect(message.split('\n')).toHaveLength(1);
  expect(message.startsWith(`input '${input}'`)).toBe(true);
  expect(service(name)!.updatedAt).toBe(before.updatedAt);
});

test('a node that is not a manager is refused in one line naming hosts, nothing changed', async () => {
  const name = CREATED;
  await given(name, img.v1);
  const before = service(name)!;
  const message = await refusal(name, { deploy_image: img.v2, hosts: bed.host(2).addr });
  expect(message).toMatch(/^input 'hosts': \S*10\.231\.0\.12\S*: this node is in a swarm but is not a manager/);
  expect(message.split('\n')).toHaveLength(1);
  expect(service(name)!.updatedAt).toBe(before.updatedAt);
});

test('rollback_to updates to a version of the recorded history; rollback is Swarm\'s one step back to the previous spec', async () => {
  const name = 'e2e-swarm-rollback';
  await given(name, img.v1);
  const up = await run(name, { deploy_image: img.v2 });
  expect(up.code).toBe(0);
  expect(service(name)!.labels['dev.gantry.history']).toContain(img.v1);
  // A version the history does not hold: one line listing those it does, nothing changed.
  const before = service(name)!;
  const message = await refusal(name, { deploy_image: '', rollback_to: 'e2e-v9', command: 'rollback' }, 'rollback');
  expect(message).toMatch(/^input 'rollback_to': 'e2e-v9' is not among the versions service e2e-swarm-rollback recorded: .*revision e2e-v2.*revision e2e-v1/);
  expect(message.split('\n')).toHaveLength(1);
  expect(service(name)!.updatedAt).toBe(before.updatedAt);
  // By revision: an update of the image alone, env kept.
  const to = await run(name, { deploy_image: '', rollback_to: 'e2e-v1' }, 'rollback');
  expect(to.code).toBe(0);
  const back = service(name)!;
  expect([back.image, back.updateState, back.labels['dev.gantry.revision']]).toEqual([img.v1, 'completed', 'e2e-v1']);
  expect(back.env.sort()).toEqual(before.env.sort());
  expect(runningTasks(name).map((t) => t.image)).toEqual([img.v1, img.v1, img.v1]);
  expect(auditLines(1, name).some((l) => l.includes(`action=rollback result=ok from=${digestOfRef(img.v2)} to=${digestOfRef(img.v1)}`))).toBe(true);
  // Swarm's own rollback: one step back, to the spec before rollback_to (v2).
  const r = await run(name, { deploy_image: '' }, 'rollback');
  expect(r.code).toBe(0);
  expect(service(name)!.image).toBe(img.v2);
  expect(runningTasks(name).map((t) => t.image)).toEqual([img.v2, img.v2, img.v2]);
});
