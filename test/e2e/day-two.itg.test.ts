/**
 * The fleet's day two on the test bed: status, audit and unlock against real hosts, one of them
 * unreachable. Each test deploys what it needs first (a deploy of what already runs is unchanged).
 */
import { parseInputs } from '../../src/inputs';
import { deploy } from '../../src/deploy/deploy-command';
import { audit, logs, status, unlock } from '../../src/deploy/day-two';
import { Bed, HelloImages, RawReporter, bedInputs, deployBed, helloImages, resetHost } from './support/deploy';
import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

jest.setTimeout(240_000);

const SERVICE = 'e2e-daytwo';
const PORT = 18752;
let bed: Bed;
let img: HelloImages;
const addr = (i: number) => bed.host(i).addr;
const inputs = (over: Record<string, string> = {}) => parseInputs(bedInputs(bed, {
  hosts: `${addr(1)},${addr(2)}`, container_name: SERVICE, env: `PORT=${PORT}`, health_url: `http://127.0.0.1:${PORT}/healthz`, ...over,
}));

beforeAll(async () => {
  bed = deployBed();
  img = helloImages();
  for (const i of [1, 2]) resetHost(i, SERVICE);
  for (const ref of [img.v1, img.v2]) {
    const out = new RawReporter();
    const code = await deploy(inputs({ deploy_image: ref }), out);
    if (code !== 0) throw new Error(out.lines.join('\n'));
  }
}, 600_000);

afterAll(() => {
  for (const i of [1, 2]) resetHost(i, SERVICE);
});

test('status: the live version, the rollback candidates and the lock holder of every host; an unreachable host is named', async () => {
  const lock = join(bed.host(2).home, `.gantry/services/${SERVICE}/lock`);
  mkdirSync(lock, { recursive: true });
  writeFileSync(join(lock, 'owner'), 'token=t\nby=ci job 42\nrunner=elsewhere\npid=1\nsince=2026-11-30T10:00:00Z\n');
  execFileSync('chown', ['-R', 'deploy:deploy', lock]);
  const out = new RawReporter(true);
  const code = await status(inputs({ hosts: `${addr(1)},${addr(2)},10.231.0.99` }), out);
  expect(code).toBe(1);
  const text = out.lines.join('\n');
  const v2 = img.v2.slice(img.v2.indexOf('@') + 1, img.v2.indexOf('@') + 20);
  const v1 = img.v1.slice(img.v1.indexOf('@') + 1, img.v1.indexOf('@') + 20);
  expect(text).toMatch(new RegExp(`10\\.231\\.0\\.11 +${v2}\\S* +e2e-v2 +running +none +\\S+Z +${v1}`));
  expect(text).toMatch(/10\.231\.0\.12 .* ci job 42 since 2026-11-30T10:00:00Z/);
  expect(text).toMatch(/10\.231\.0\.99 +no answer/);
  expect(out.lines.some((l) => l.startsWith('warning: 10.231.0.99: '))).toBe(true);
  const json = JSON.parse(out.outputs.status) as { hosts: Array<{ host: string; kept: string[] }> };
  expect(json.hosts[0].kept[0]).toBe(img.v1.slice(img.v1.indexOf('@') + 1));

  const refused = new RawReporter();
  expect(await unlock(inputs({ hosts: addr(2) }), refused)).toBe(1);
  expect(refused.lines.join('\n')).toMatch(/held by ci job 42 \(runner elsewhere, since 2026-11-30T10:00:00Z\) and looks alive \(its heartbeat is \d+ s old\); force: true releases it anyway/);
  const forced = new RawReporter();
  expect(await unlock(inputs({ hosts: addr(2), force: 'true' }), forced)).toBe(0);
  expect(forced.lines.join('\n')).toContain(`released the lock on ${SERVICE} held by ci job 42`);
});

test('audit: the last entries of every host, merged by time and prefixed with the host', async () => {
  const out = new RawReporter();
  expect(await audit(inputs({ audit_lines: '2' }), out)).toBe(0);
  const lines = out.lines.join('\n').split('\n').filter((l) => / service=e2e-daytwo /.test(l));
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expect(lines.length).toBeLessThanOrEqual(4);
  const times = lines.map((l) => l.split(' ')[1]);
  expect([...times].sort()).toEqual(times);
  expect(lines.every((l) => /^10\.231\.0\.1[12] \S+Z service=e2e-daytwo action=\S+ result=\S+/.test(l))).toBe(true);
});

test('logs: every host\'s lines, prefixed with the host, filtered by a fixed string', async () => {
  const out = new RawReporter();
  expect(await logs(inputs({ logs_grep: 'listening on', logs_tail: '20' }), out)).toBe(0);
  const lines = out.lines.filter((l) => l.includes(' | '));
  expect(lines.some((l) => l.startsWith(`${addr(1)} | `) && l.includes('hello v2 listening on :18752'))).toBe(true);
  expect(lines.some((l) => l.startsWith(`${addr(2)} | `) && l.includes('hello v2 listening on :18752'))).toBe(true);
  expect(lines.every((l) => l.includes('listening on'))).toBe(true);
});
