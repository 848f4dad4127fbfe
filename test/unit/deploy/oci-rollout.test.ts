/**
 * A deploy of oci:DIR through the real rollout on scripted fake hosts: which step fetches the
 * image (oci-pull, never pull), the forward each host gets or refuses, the bytes in the report,
 * and the runner's registry and forwards closed however the rollout ends.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { parseInputs } from '../../../src/inputs';
import { MemoryReporter } from '../../../src/reporter';
import { deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { runRollout } from '../../../src/deploy/rollout/rollout';
import { HostConnection, RemoteForward } from '../../../src/deploy/connection/host-connection';
import { HostTarget } from '../../../src/deploy/spec/host-list';
import { FakeClock, FakeFleet, HostScript, healthyHost } from '../support/fake-host';
import { layout } from './oci-fixture';

let tmp: string;
let digest: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-oci-rollout-'));
  [digest] = layout(path.join(tmp, 'out'), ['reg.example:5000/team/api:v1']);
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Forwarding { refused?: boolean; ports: number[]; closed: number; pulledFrom: string[] }

/** oci-pull answers: present when `have`, else missing until a pull through the forward (or a load) made it present. */
function ociHost(have: boolean, fwd: Forwarding, over: HostScript = {}): HostScript {
  let present = have;
  return healthyHost({ current: '', pulled: digest }, {
    'oci-pull': (call) => {
      const ref = /^PULL_REF='?([^'\n]*)'?$/m.exec(call.script)?.[1] ?? '';
      if (ref) {
        fwd.pulledFrom.push(ref);
        present = true;
      }
      return present ? { out: ['have=1', `digest=${digest}`, 'image_id=sha256:1d', 'image_healthcheck=0'] } : { out: ['have=0', 'held_layers=0'] };
    },
    ...over,
  });
}

async function deployOci(hosts: Record<string, { script: HostScript; fwd: Forwarding }>) {
  const fleet = new FakeFleet(Object.fromEntries(Object.entries(hosts).map(([k, v]) => [k, v.script])));
  let registryPort = 0;
  const connect = async (target: HostTarget) => {
    const c = await fleet.connect(target);
    const fwd = hosts[target.label].fwd;
    const conn: HostConnection = Object.assign(Object.create(Object.getPrototypeOf(c.connection)) as HostConnection, c.connection, {
      exec: (s: string, o: Parameters<HostConnection['exec']>[1]) => c.connection.exec(s, o),
      close: () => c.connection.close(),
      forwardToRunner: async (localPort: number): Promise<RemoteForward> => {
        if (fwd.refused) throw new Error('remote port forwarding failed for listen port 0');
        registryPort = localPort;
        fwd.ports.push(40000 + fwd.ports.length);
        return { port: 40000 + fwd.ports.length - 1, bytesSent: () => 1234, close: async () => { fwd.closed++; } };
      },
      execWithInput: async (_cmd: string, input: NodeJS.ReadableStream) => {
        for await (const _ of input as AsyncIterable<Buffer>) { /* drained */ }
        return { code: 0, stdout: '', stderr: '' };
      },
    });
    return { ...c, connection: conn };
  };
  const reporter = new MemoryReporter();
  const inputs = parseInputs({ command: 'deploy', hosts: Object.keys(hosts).join(','), ssh_host_key_policy: 'accept-new', container_name: 'api', deploy_image: 'oci:out' });
  const report = await runRollout({ mode: 'deploy', spec: deploySpec(inputs, { cwd: tmp }), actor: { by: 't', runner: 'r', pid: 1 }, reporter, connect, clock: new FakeClock(), isAlive: () => true });
  return { report, fleet, lines: reporter.lines, registryPort };
}

const refused = (port: number) => new Promise<boolean>((resolve) => {
  http.get({ host: '127.0.0.1', port, path: '/v2/' }, () => resolve(false)).on('error', () => resolve(true));
});

test('a host that has the image gets nothing; one that lacks it pulls through its forward; the registry closes with the rollout', async () => {
  const f1: Forwarding = { ports: [], closed: 0, pulledFrom: [] };
  const f2: Forwarding = { ports: [], closed: 0, pulledFrom: [] };
  const r = await deployOci({ h1: { script: ociHost(true, f1), fwd: f1 }, h2: { script: ociHost(false, f2), fwd: f2 } });
  expect(r.report.exitCode).toBe(0);
  expect(r.fleet.steps('h1')).toContain('oci-pull');
  expect(r.fleet.steps('h1')).not.toContain('pull');
  expect(r.report.hosts.map((h) => [h.outcome, h.uploadedBytes, h.newDigest])).toEqual([['ok', 0, digest], ['ok', 1234, digest]]);
  expect(f1.ports).toEqual([]);
  expect(f2.pulledFrom).toEqual([`127.0.0.1:40000/team/api@${digest}`]);
  expect(f2.closed).toBe(1);
  expect(await refused(r.registryPort)).toBe(true);
  // The container is created from the stable name, labelled with the layout's digest.
  const create = r.fleet.calls.find((c) => c.host === 'h2' && c.step === 'create')!.script;
  expect(create).toContain(`reg.example:5000/team/api:oci-${digest.slice(7, 19)}`);
  expect(create).toContain(`dev.gantry.image-digest=${digest}`);
});

test('forwarding refused: said once for that host, the image goes into docker load', async () => {
  const f: Forwarding = { refused: true, ports: [], closed: 0, pulledFrom: [] };
  const r = await deployOci({ h1: { script: ociHost(false, f, { 'oci-pull': [{ out: ['have=0', 'held_layers=0'] }, { out: ['have=1', `digest=${digest}`] }] }), fwd: f } });
  expect(r.report.exitCode).toBe(0);
  expect(r.lines.filter((l) => /refuses port forwarding/.test(l))).toHaveLength(1);
  expect(r.report.hosts[0].uploadedBytes).toBeGreaterThan(0);
});

test('a host that fails after the forward opened: the forward and the registry are closed all the same', async () => {
  const f: Forwarding = { ports: [], closed: 0, pulledFrom: [] };
  const r = await deployOci({ h1: { script: ociHost(false, f, { create: { code: 20, out: ['error=docker create failed: no space left on device'] } }), fwd: f } });
  expect(r.report.hosts[0].outcome).toBe('failed');
  expect(r.report.hosts[0].message).toContain('no space left on device');
  expect(f.closed).toBe(1);
  expect(await refused(r.registryPort)).toBe(true);
});
