/**
 * The health gate's cancel marker, run by real bash (the binary target's gate: it needs no
 * engine) over a LocalConnection whose HOME is a scratch folder.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { binaryHealthStep } from '../../../src/deploy/targets/binary/binary-steps';
import { BinarySpec } from '../../../src/deploy/targets/binary/binary-spec';
import { cancelStep } from '../../../src/deploy/rollout/cancellation';
import { STEP_EXIT, parseStepOutput } from '../../../src/deploy/steps/render';

const b = { name: 'hello', root: '', restartCmd: '', logsCmd: '' } as unknown as BinarySpec;
let home = '';
let conn: LocalConnection;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'gantry-cancel-'));
  conn = new LocalConnection(() => undefined, { ...process.env, HOME: home });
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** Resolves once a step of the service runs on the "host" (its scratch folder exists). */
async function gateRunning(): Promise<void> {
  const tmp = join(home, '.gantry', 'tmp');
  while (!(existsSync(tmp) && readdirSync(tmp).some((f) => f.startsWith('hello.step.')))) await new Promise((r) => setTimeout(r, 50));
}

test('a gate whose marker is touched stops with E_CANCELLED, names its last check, and removes its marker', async () => {
  const gate = conn.exec(binaryHealthStep(b, { cmd: 'echo not yet; false', url: '', timeoutSeconds: 300, cancel: 'abc123' }).script, { timeoutSeconds: 330 });
  await gateRunning();
  const touched = await conn.exec(cancelStep('hello', 'abc123').script, { timeoutSeconds: 30 });
  expect(touched.code).toBe(0);
  const r = await gate;
  expect(r.code).toBe(STEP_EXIT.cancelled);
  expect(parseStepOutput(r.stdout).values.error).toBe('cancelled during the health gate (last check: health_cmd failed: not yet)');
  expect(readdirSync(join(home, '.gantry', 'tmp'))).toEqual([]);
});

test('another gate\'s marker does not stop it: it runs to its health_timeout (exit E_UNHEALTHY)', async () => {
  const gate = conn.exec(binaryHealthStep(b, { cmd: 'false', url: '', timeoutSeconds: 2, cancel: 'abc123' }).script, { timeoutSeconds: 30 });
  await gateRunning();
  await conn.exec(cancelStep('hello', 'ffff00').script, { timeoutSeconds: 30 });
  const r = await gate;
  expect(r.code).toBe(STEP_EXIT.unhealthy);
});
