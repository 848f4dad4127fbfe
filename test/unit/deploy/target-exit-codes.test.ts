/**
 * One exit-code behaviour for every deploy target: a host (or Swarm manager) that cannot be
 * reached is left as it was, so a deploy or rollback that reached nothing exits 3 (every host on
 * what it ran before), whatever the target. Driven through runRollout with the fake host.
 */
import { parseInputs } from '../../../src/inputs';
import { MemoryReporter } from '../../../src/reporter';
import { EXIT } from '../../../src/exit-codes';
import { deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { runRollout } from '../../../src/deploy/rollout/rollout';
import { ConnectError } from '../../../src/deploy/connection/connect-error';
import { D, FakeClock, FakeFleet } from '../support/fake-host';

const HOST = '10.0.0.9';
const BY_TARGET: Record<string, Record<string, string>> = {
  container: { container_name: 'api' },
  swarm: { container_name: 'api', replicas: '2' },
  binary: { binary_name: 'api', restart_cmd: 'supervisorctl restart api', health_url: 'http://127.0.0.1:8080/healthz' },
};

async function unreachable(target: string, mode: 'deploy' | 'rollback') {
  if (target === 'binary' && mode === 'deploy') throw new Error('the binary deploy needs binaries: not in this table');
  const inputs = parseInputs({
    command: mode, deploy_target: target, hosts: HOST, ssh_host_key_policy: 'accept-new',
    deploy_image: mode === 'deploy' ? `registry.example:5000/api@${D('a')}` : '', ...BY_TARGET[target],
  });
  const spec = deploySpec(inputs, {}, mode);
  const fleet = new FakeFleet({ [spec.hosts[0].label]: new ConnectError(`cannot connect to ${HOST}: connection refused (is sshd running and listening there?)`, 'unreachable') });
  return runRollout({ mode, spec, actor: { by: 'ci', runner: 'r', pid: 1 }, reporter: new MemoryReporter(), connect: fleet.connect, clock: new FakeClock(), isAlive: () => true });
}

test.each([
  ['container', 'deploy'], ['container', 'rollback'], ['swarm', 'deploy'], ['swarm', 'rollback'], ['binary', 'rollback'],
] as const)('%s %s with its host unreachable: exit 3, the host reported unreachable and left as it was', async (target, mode) => {
  const r = await unreachable(target, mode);
  expect(r.exitCode).toBe(EXIT.rolledBack);
  expect(r.hosts[0]).toMatchObject({ outcome: 'unreachable', running: 'previous' });
  expect(r.hosts[0].message).toContain('connection refused');
});
