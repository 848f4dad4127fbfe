/**
 * deploy_target swarm: inputs to the service's settings and flags, and bad input refused in one
 * line naming the input before anything is contacted.
 */
import { parseInputs } from '../../../../src/inputs';
import { UserError } from '../../../../src/errors';
import { SwarmDeploySpec, deploySpec } from '../../../../src/deploy/spec/deploy-spec';
import { createFlags, mountOf, publishOf, updateFlags } from '../../../../src/deploy/targets/swarm/swarm-spec';

const D = `sha256:${'ab'.repeat(32)}`;
const BASE: Record<string, string> = {
  command: 'deploy', deploy_target: 'swarm', hosts: 'local', deploy_image: `10.231.0.1:5000/team/hello@${D}`,
};
const spec = (over: Record<string, string> = {}) => deploySpec(parseInputs({ ...BASE, ...over })) as SwarmDeploySpec;
function refusal(over: Record<string, string>): string {
  try {
    spec(over);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error(`${JSON.stringify(over)} was accepted`);
}

describe('deploy_target swarm: the spec', () => {
  test('defaults: 2 replicas, one task at a time, start-first, rollback on failure, monitor = health_timeout, restart any', () => {
    const s = spec().swarm!;
    expect(s).toMatchObject({ mode: 'replicated', replicas: 2, parallelism: 1, order: 'start-first', failureAction: 'rollback', monitorSeconds: 60, restartCondition: 'any', maxFailureRatio: 0 });
    expect(spec().service).toBe('hello');
  });

  test('batch_size, max_failures, rollback, restart and swarm_mode map onto Swarm\'s settings', () => {
    expect(spec({ replicas: '4', batch_size: '50%', max_failures: '1' }).swarm).toMatchObject({ parallelism: 2, maxFailureRatio: 0.25 });
    expect(spec({ rollback: 'false' }).swarm!.failureAction).toBe('pause');
    expect(spec({ restart: 'no' }).swarm!.restartCondition).toBe('none');
    expect(spec({ restart: 'on-failure:3' }).swarm).toMatchObject({ restartCondition: 'on-failure', restartMaxAttempts: 3 });
    expect(spec({ restart: 'always' }).swarm!.restartCondition).toBe('any');
    expect(spec({ swarm_mode: 'global' }).swarm!.mode).toBe('global');
  });

  test('host-mode ports make updates stop-first, and say so', () => {
    const s = spec({ ports: '8080:80', publish_mode: 'host' }).swarm!;
    expect(s.order).toBe('stop-first');
    expect(s.notes.join(' ')).toMatch(/stop-first/);
    expect(spec({ ports: '8080:80' }).swarm!.order).toBe('start-first');
  });

  test.each([
    ['replicas 0', { replicas: '0' }, 'replicas'],
    ['replicas not a number', { replicas: 'three' }, 'replicas'],
    ['unknown swarm_mode', { swarm_mode: 'mesh' }, 'swarm_mode'],
    ['replicas with swarm_mode global', { swarm_mode: 'global', replicas: '3' }, 'replicas'],
    ['a service named like gantry\'s proxy', { container_name: 'gantry-proxy' }, 'container_name'],
    ['unknown publish_mode', { publish_mode: 'nat' }, 'publish_mode'],
    ['health_url', { health_url: 'http://127.0.0.1:8080/healthz' }, 'health_url'],
    ['health_cmd', { health_cmd: 'true' }, 'health_cmd'],
    ['proxy_port (container only)', { proxy_port: '8090' }, 'proxy_port'],
    ['binary_root (binary only)', { binary_root: '/srv/apps' }, 'binary_root'],
    ['two hosts', { hosts: 'a.example,b.example', ssh_host_key_policy: 'accept-new' }, 'hosts'],
    ['a port bound to an address', { ports: '127.0.0.1:8080:80' }, 'ports'],
    ['network none', { network: 'none' }, 'network'],
    ['an env key the docker CLI reads', { env: 'DOCKER_HOST=tcp://elsewhere:2375' }, 'env'],
  ])('%s: one line naming the input', (_, over, input) => {
    const message = refusal(over);
    expect(message.split('\n')).toHaveLength(1);
    expect(message.startsWith(`input '${input}': `)).toBe(true);
  });

  test('replicas with swarm_mode global says why, in one line', () => {
    expect(refusal({ swarm_mode: 'global', replicas: '3' })).toBe("input 'replicas': is 3 and swarm_mode is global, which runs one task on every node and takes no count; expected no replicas with swarm_mode global, or swarm_mode replicated");
  });

  test('health_url and health_cmd point at the image\'s HEALTHCHECK', () => {
    expect(refusal({ health_url: 'http://127.0.0.1:8080/healthz' })).toMatch(/HEALTHCHECK/);
  });

  test('replicas, swarm_mode and publish_mode mean nothing for the container target', () => {
    const c = { deploy_target: 'container', health_cmd: 'true' };
    for (const over of [{ replicas: '3' }, { swarm_mode: 'global' }, { publish_mode: 'host' }] as Array<Record<string, string>>) {
      expect(refusal({ ...c, ...over })).toMatch(new RegExp(`^input '${Object.keys(over)[0]}': means nothing for deploy_target container`));
    }
  });
});

describe('deploy_target swarm: the service flags', () => {
  const o = (over: Record<string, string> = {}) => {
    const s = spec(over);
    return { swarm: s.swarm!, container: s.container, serviceLabels: ['dev.gantry.image-digest=d'], containerLabels: ['dev.gantry.service=hello'] };
  };

  test('create: settings, labels, ports, mounts and network; no env value', () => {
    const f = createFlags(o({ ports: '8080:80/udp', publish_mode: 'host', volumes: 'data:/data\n/srv/x:/x:ro', network: 'backend', env: 'TOKEN=s3cret', replicas: '3' }));
    expect(f).toEqual(expect.arrayContaining([
      '--replicas=3', '--update-parallelism=1', '--update-order=stop-first', '--update-failure-action=rollback', '--update-monitor=60s',
      '--label=dev.gantry.image-digest=d', '--container-label=dev.gantry.service=hello',
      '--publish=mode=host,published=8080,target=80,protocol=udp',
      '--mount=type=volume,source=data,target=/data', '--mount=type=bind,source=/srv/x,target=/x,readonly', '--network=backend',
    ]));
    expect(f.join(' ')).not.toContain('s3cret');
  });

  test('global mode on create only; update adds what the step removed', () => {
    expect(createFlags(o({ swarm_mode: 'global' }))).toContain('--mode=global');
    const u = updateFlags(o({ swarm_mode: 'global', ports: '8080:80', volumes: 'data:/data' }));
    expect(u).not.toContain('--mode=global');
    expect(u.some((x) => x.startsWith('--replicas'))).toBe(false);
    expect(u).toEqual(expect.arrayContaining(['--label-add=dev.gantry.image-digest=d', '--publish-add=mode=ingress,published=8080,target=80,protocol=tcp', '--mount-add=type=volume,source=data,target=/data']));
  });

  test('mountOf and publishOf', () => {
    expect(mountOf('/a:/b')).toBe('type=bind,source=/a,target=/b');
    expect(publishOf('53:53/udp', 'ingress')).toBe('mode=ingress,published=53,target=53,protocol=udp');
  });
});
