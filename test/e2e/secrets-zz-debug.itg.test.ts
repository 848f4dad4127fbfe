import * as fs from 'fs';
import * as path from 'path';
import { gantry } from './support/gantry';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { publishLib, startGitHttpServer, writeConsumer } from './secrets-support/private-module';
test('dbg', async () => {
  const RUN = `${process.pid}x`;
  const MODULE = `git.gantry.test/p${RUN}/lib.git`;
  const root = fs.mkdtempSync('/tmp/dbg/r');
  publishLib(path.join(root, 'w'), path.join(root, 'git', `p${RUN}`, 'lib.git'), MODULE, 'v1.0.0');
  const server = await startGitHttpServer(path.join(root, 'git'), 'gantry', 'pw12345678');
  const service = fixtureRepo('test/fixtures/secrets/private-consumer', 1735100000);
  writeConsumer(service, MODULE, 'v1.0.0');
  commitAll(service, 1735100000, 'x');
  fs.writeFileSync(path.join(root, 'netrc'), 'machine 127.0.0.1 login gantry password pw12345678\n');
  const args = ['build', '--context', service, '--push=false', '--build-network', 'host', '--goprivate', `git.gantry.test=http://127.0.0.1:${server.port}`, '--netrc', path.join(root, 'netrc')];
  for (let i = 0; i < 0; i++) { const r = await gantry(args, { env: { GANTRY_DEBUG: '1' } }); fs.appendFileSync("/tmp/dbg/out.txt", `=== ${r.code}\n${r.stdout}\n${r.stderr}\n`); }
  const { execFileSync } = require('child_process');
  try { execFileSync('docker', ['run', '--rm', '--network', 'host', '-v', `${service}:/src`, '-w', '/src', '-e', `GOPRIVATE=git.gantry.test`, 'golang:1.22', 'sh', '-c', `git config --global url.http://127.0.0.1:${server.port}/.insteadOf https://git.gantry.test/ && go mod download -x`], { env: { ...process.env, DOCKER_HOST: 'unix:///run/gantry-testbed/docker.sock' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }); } catch (e) { fs.appendFileSync('/tmp/dbg/out.txt', String((e as any).stderr)); }
  await server.close();
}, 600000);
