// Prints the slowest end-to-end files and tests from the JSON results jest wrote for each lane
// (scripts/test.sh passes --json --outputFile). Usage: node scripts/e2e-times.js FILE.json...
const fs = require('fs');
const path = require('path');

const files = [];
const tests = [];
for (const f of process.argv.slice(2)) {
  if (!fs.existsSync(f)) continue;
  const lane = path.basename(f, '.json');
  const r = JSON.parse(fs.readFileSync(f, 'utf8'));
  for (const t of r.testResults) {
    const name = path.relative(process.cwd(), t.name);
    files.push({ lane, name, s: (t.endTime - t.startTime) / 1000, status: t.status });
    for (const a of t.assertionResults) tests.push({ name: `${path.basename(name, '.itg.test.ts')}: ${a.fullName}`, s: (a.duration ?? 0) / 1000 });
  }
}
const pad = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
console.log('== e2e files (wall)');
for (const f of files.sort((a, b) => b.s - a.s)) console.log(`${pad(`${f.lane}  ${f.name}`, 60)} ${f.s.toFixed(0).padStart(6)}s  ${f.status}`);
console.log('== slowest e2e tests');
for (const t of tests.sort((a, b) => b.s - a.s).slice(0, 15)) console.log(`${pad(t.name, 90)} ${t.s.toFixed(0).padStart(5)}s`);
