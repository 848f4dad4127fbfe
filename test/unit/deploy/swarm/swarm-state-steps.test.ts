/**
 * swarm-state.sh run by bash against a scripted docker: only a missing service reads as "no
 * service"; a worker or a node outside any swarm says so, as the deploy's preflight does.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LocalConnection } from '../../../../src/deploy/connection/local-connection';
import { STEP_EXIT } from '../../../../src/deploy/steps/render';
import { execStep } from '../../../../src/deploy/steps/run-step';
import { swarmStatusStep } from '../../../../src/deploy/targets/swarm/swarm-steps';

let home: string;
afterEach(() => rmSync(home, { recursive: true, force: true }));

async function statusWith(inspectError: string) {
  home = mkdtempSync(join(tmpdir(), 'gantry-swarm-state-'));
  const bin = join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'docker'), `#!/bin/bash\nif [ "$1" = service ]; then echo ${JSON.stringify(inspectError)} >&2; exit 1; fi\nexit 0\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  const conn = new LocalConnection(() => undefined, { PATH: `${bin}:${process.env.PATH}`, HOME: home });
  return execStep(conn, swarmStatusStep('api'), 30);
}

test.each([
  ['a worker', 'Error response from daemon: This node is not a swarm manager. Worker nodes can\'t be used to view or modify cluster state.', STEP_EXIT.notManager, /is not a manager/],
  ['a node outside any swarm', 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.', STEP_EXIT.notManager, /is not a manager/],
  ['an engine that fails otherwise', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.', STEP_EXIT.dockerDown, /docker service inspect failed: Cannot connect/],
])('status on %s fails with its cause', async (_name, err, code, message) => {
  const r = await statusWith(err);
  expect(r.code).toBe(code);
  expect(`${r.out.values.error ?? ''}${r.stderr}`).toMatch(message);
});

test('a missing service is no service', async () => {
  const r = await statusWith('Error: no such service: api');
  expect(r.code).toBe(0);
  expect(r.out.values.service).toBe('0');
});
