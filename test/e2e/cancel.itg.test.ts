/**
 * A cancelled deploy on a real host, as a CI cancellation does it: bin/gantry gets SIGTERM while
 * the new version waits in its health gate. The state machine of cancelling at every phase is
 * specified by test/unit/deploy/cancellation.test.ts; this proves the gate really stops on the
 * host, the old container serves again, the lock is gone and status is clean.
 */
import { spawn } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';
import { join } from 'path';
import { gantry } from './support/gantry';
import { ROOT, testbed } from './support/testbed';
import { Bed, HelloImages, bedInputs, containers, deployBed, hello, helloImages, resetHost, until } from './support/deploy';
import { EXIT } from '../../src/exit-codes';

jest.setTimeout(180_000);

const SERVICE = 'e2e-cancel';
const PORT = 18098;
let bed: Bed;
let img: HelloImages;

/** Every input but the command as its GANTRY_ variable (secrets stay off argv), the bed's engine, this Node first on PATH. */
function cliEnv(image: string, over: Record<string, string> = {}): Record<string, string> {
  const { command: _command, ...rest } = bedInputs(bed, {
    hosts: bed.hosts[0], deploy_image: image, container_name: SERVICE, env: `PORT=${PORT}`,
    health_url: `http://127.0.0.1:${PORT}/healthz`, ...over,
  });
  const env: Record<string, string> = { DOCKER_HOST: testbed().DOCKER_HOST };
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GANTRY_') && k !== 'DOCKER_HOST') env[k] = v;
  }
  for (const [k, v] of Object.entries(rest)) env[`GANTRY_${k.toUpperCase()}`] = v;
  env.PATH = `${path.dirname(process.execPath)}:${env.PATH ?? ''}`;
  return env;
}

beforeAll(() => {
  bed = deployBed();
  img = helloImages();
});

afterAll(() => {
  if (bed) resetHost(1, SERVICE);
});

test('SIGTERM during the health gate: the old version serves again, the lock is released, exit 5 with one line saying so', async () => {
  resetHost(1, SERVICE);
  const first = await gantry(['deploy'], { env: cliEnv(img.v1) });
  expect(first.code).toBe(0);
  expect(await hello(bed.host(1).addr, PORT)).toBe('hello v1');

  // v3 fails its /healthz: without the signal, the gate would wait its 90 s out.
  const child = spawn(join(ROOT, 'bin/gantry'), ['deploy'], { cwd: ROOT, env: cliEnv(img.v3, { health_timeout: '90' }) });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stdin.end();
  await until(() => / health gate up to 90 s/.test(out), 60, 'the new version in its health gate');
  child.kill('SIGTERM');
  const code = await exited;

  expect(code).toBe(EXIT.cancelled);
  expect(out).toMatch(/SIGTERM: cancelling: no new host or batch starts/);
  expect(out).toContain(`${SERVICE}: deploy cancelled (SIGTERM): every host touched is back on the version it ran before (1 switched back, 0 left as they were)`);
  expect(out).toMatch(/cancelled during the health gate/);
  expect(await hello(bed.host(1).addr, PORT)).toBe('hello v1');
  expect(containers(1, SERVICE).filter((c) => c.running).map((c) => [c.name, c.labels['dev.gantry.revision']])).toEqual([[SERVICE, 'e2e-v1']]);
  const state = join(bed.host(1).home, '.gantry/services', SERVICE);
  expect(existsSync(join(state, 'lock'))).toBe(false);
  expect(existsSync(join(state, 'switch'))).toBe(false);

  const st = await gantry(['status'], { env: cliEnv('') });
  expect(st.code).toBe(0);
  const text = st.stdout + st.stderr;
  expect(text).not.toContain('unfinished');
  expect(text).toMatch(/e2e-v1\s+running\s/);
});
