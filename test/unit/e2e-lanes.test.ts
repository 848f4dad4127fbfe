/**
 * Every e2e file runs in exactly one of the two lanes scripts/test.sh runs at once
 * (test/e2e/lanes.js): a file in neither would never run in `npm test`, one in both would run
 * twice at the same time against itself. The files of a lane share the hosts one after another, so
 * the ports their services listen on must differ: a file that leaves its service running would
 * otherwise make the next one's fail its health gate.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

const lanes: { builds: string[]; hosts: string[] } = require('../e2e/lanes.js');

const files = readdirSync(join(__dirname, '../e2e')).filter((f) => f.endsWith('.itg.test.ts')).map((f) => f.replace(/\.itg\.test\.ts$/, '')).sort();

test('each e2e file is in exactly one lane', () => {
  const listed = [...lanes.builds, ...lanes.hosts];
  const twice = listed.filter((f, i) => listed.indexOf(f) !== i);
  expect({ unlisted: files.filter((f) => !listed.includes(f)), twice }).toEqual({ unlisted: [], twice: [] });
});

test('each lane entry names an e2e file that exists', () => {
  expect([...lanes.builds, ...lanes.hosts].filter((f) => !files.includes(f))).toEqual([]);
});

test('no two e2e files declare the same service port', () => {
  const owners = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(join(__dirname, '../e2e', `${f}.itg.test.ts`), 'utf8');
    for (const m of text.matchAll(/^const \w*PORT\w* = (\d+);/gm)) owners.set(m[1], [...(owners.get(m[1]) ?? []), f]);
  }
  expect([...owners].filter(([, fs]) => fs.length > 1)).toEqual([]);
});
