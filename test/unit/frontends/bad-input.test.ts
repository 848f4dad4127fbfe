/**
 * Bad input as a new user types it, at the process boundary: bin/gantry (the bundled program,
 * as users run it) with a Docker engine that does not exist. Every row must fail with its exact
 * exit code and one line naming the input, before any work: had the program got as far as the
 * build or the hosts, the message would be about the missing engine or host instead.
 */
import { spawn, spawnSync } from 'child_process';
import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Each row starts the bundled program: seconds on a busy machine, not milliseconds.
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../../..');
const GANTRY = path.join(ROOT, 'bin/gantry');
const D = `sha256:${'ab'.repeat(32)}`;
const K1 = 'AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn';
const SECRET = 'pw-Zq81-never-shown';

let home: string;
let keyFile: string;
let knownHostsFile: string;

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bad-input-'));
  keyFile = path.join(home, 'deploy_key');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  fs.writeFileSync(keyFile, rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string, { mode: 0o600 });
  knownHostsFile = path.join(home, 'known_hosts');
  fs.writeFileSync(knownHostsFile, `10.231.0.11 ssh-ed25519 ${K1}\n`);
  // A folder without go.mod, and the hello service outside any git checkout.
  fs.mkdirSync(path.join(home, 'empty'));
  fs.cpSync(path.join(ROOT, 'examples/hello'), path.join(home, 'nogit'), { recursive: true });
});

afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

/** Runs bin/gantry as a user does. */
function gantry(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(GANTRY, args, {
      cwd: ROOT,
      env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, HOME: home, DOCKER_HOST: 'unix:///nonexistent/docker.sock', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** A deploy whose every input is good: each row spoils one. */
const deploy = () => ['deploy', '--hosts', '10.231.0.11', '--deploy-image', `10.231.0.1:5000/team/hello@${D}`, '--known-hosts', knownHostsFile, '--ssh-private-key', keyFile];
/** A build, push and deploy whose every input is good (the missing engine would be the first failure). */
const all = () => ['all', '--builder', 'container', '--context', 'examples/hello', '--image', '10.231.0.1:5000/team/hello', '--hosts', '10.231.0.11', '--known-hosts', knownHostsFile, '--ssh-private-key', keyFile];
/** A build and push whose every input is good (the missing engine would be the first failure). */
const build = () => ['build', '--builder', 'container', '--context', 'examples/hello', '--image', '10.231.0.1:5000/team/hello'];

/** base with `flag` set to `value` instead of what it had (or without it, when value is undefined). */
function set(base: string[], flag: string, value?: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < base.length; i++) {
    if (base[i] === flag) i++;
    else out.push(base[i]);
  }
  return value === undefined ? out : [...out, flag, value];
}

type Row = [string, () => string[], Record<string, string>, number, RegExp];
const rows: Row[] = [
  // The rows every later row relies on: good inputs reach the engine, and fail only there.
  ['good all inputs reach the engine', all, {}, 1, /cannot reach the Docker engine/],
  ['no argument at all: the help, exit 2', () => [], {}, 2, /^$/],
  ['unknown command', () => ['ship'], {}, 2, /unknown command 'ship'/],
  ['unknown option', () => ['build', '--colour', 'red'], {}, 2, /unknown option '--colour'/],
  ['option without its value', () => ['build', '--image'], {}, 2, /option '--image' needs a value/],
  // Options and variables.
  ["--env-file reaches gantry, not Node", () => [...deploy(), '--env-file', '/nonexistent/app.env'], {}, 1, /input 'env_file': cannot read '\/nonexistent\/app.env': ENOENT/],
  ['a single-value option twice', () => ['plan', '--go-version', '1.20', '--go-version', '1.22'], {}, 2, /option '--go-version' is given twice \('1.20' and '1.22'\); it takes one value/],
  ['--network twice never reaches a host', () => [...deploy(), '--network', 'host', '--network', 'none'], {}, 2, /option '--network' is given twice/],
  ['a secret option twice shows neither value', () => ['build', '--registry-password', SECRET, '--registry-password', `${SECRET}2`], {}, 2, /option '--registry-password' is given twice; it takes one value/],
  ['--dotenv twice', () => [...deploy(), '--dotenv', 'a.env', '--dotenv', 'b.env'], {}, 2, /option '--dotenv' is given twice/],
  ['--dotenv in a missing folder, before the build', () => [...all(), '--dotenv', '/nonexistent/dir/out.env'], {}, 1, /option '--dotenv': the folder '\/nonexistent\/dir' does not exist/],
  ['--dotenv that is a folder', () => [...all(), '--dotenv', os.tmpdir()], {}, 1, /option '--dotenv': '.*' is not a file/],
  // Every phase checked before the build of all.
  ['all: a host with a shell character, before the build', () => set(all(), '--hosts', '10.0.0.1;id'), {}, 1, /input 'hosts': '10.0.0.1;id'/],
  ['all: health_timeout 0, before the build', () => [...all(), '--health-timeout', '0'], {}, 1, /input 'health_timeout': '0' is less than 1; expected whole seconds from 1 to 86400/],
  ['all: an env line without =, before the build', () => [...all(), '--env', 'PORT=8080\nNOPE'], {}, 1, /input 'env': line 2 'NOPE' has no '='/],
  ['all: a missing key file, before the build', () => set(all(), '--ssh-private-key', '/nonexistent/id_ed25519'), {}, 1, /input 'ssh_private_key': the file '\/nonexistent\/id_ed25519' does not exist/],
  ['all: push false with a remote host and the container builder, before the build', all, { GANTRY_PUSH: 'false' }, 1, /^gantry: error: input 'push': is false with builder container, so the image stays in this machine's engine, but hosts names the remote host '10.231.0.11'; expected builder: host/m],
  ['all: push false with a remote host and several platforms, before the build', () => all().map((a) => (a === 'container' ? 'host' : a)), { GANTRY_PUSH: 'false', GANTRY_PLATFORMS: 'linux/amd64,linux/arm64' }, 1, /^gantry: error: input 'platforms': names 2 platforms with push false and remote hosts: the image shipped over SSH is one platform's/m],
  ['memory below docker\'s minimum, naming it', () => [...deploy(), '--memory', '10'], {}, 1, /^gantry: error: input 'memory': '10' is 10 bytes, below docker's minimum of 6m/m],
  ['cpus 0', () => [...deploy(), '--cpus', '0'], {}, 1, /^gantry: error: input 'cpus': '0' would leave the container no CPU time/m],
  ['args with a line break', () => [...deploy(), '--args', 'serve\n--port 1'], {}, 1, /^gantry: error: input 'args': holds a line break/m],
  ['exec_cmd with a line break', () => ['exec', '--hosts', '10.231.0.11', '--container-name', 'api', '--known-hosts', knownHostsFile, '--ssh-private-key', keyFile, '--exec-cmd', 'ls\nid'], {}, 1, /^gantry: error: input 'exec_cmd': holds a line break/m],
  ['registry_auth_config that is not JSON, its text never shown', () => ['build', '--context', 'examples/hello', '--image', '10.231.0.1:5000/team/hello', '--registry-auth-config', `{${SECRET}`], {}, 1, /^gantry: error: input 'registry_auth_config': is not JSON/m],
  ['registry_auth_config naming a credential helper', () => ['build', '--context', 'examples/hello', '--image', '10.231.0.1:5000/team/hello', '--registry-auth-config', '{"credsStore":"desktop"}'], {}, 1, /^gantry: error: input 'registry_auth_config': refers to a credential helper \(credsStore\); gantry runs no credential helpers/m],
  ['registry_auth_config without the registry image pushes to, named', () => ['build', '--context', 'examples/hello', '--image', '10.231.0.1:5000/team/hello', '--registry-auth-config', '{"auths":{"other.example:5000":{"auth":"dTpw"}}}'], {}, 1, /^gantry: error: input 'registry_auth_config': has no entry for registry 10\.231\.0\.1:5000, which image pushes to/m],
  ['plan: a registry port past 65535, before the build', () => ['plan', '--context', 'examples/hello', '--image', '10.231.0.1:99999/team/hello'], {}, 1, /input 'image': '10.231.0.1:99999' has the port 99999, outside 1-65535/],
  ['plan: sign_keyless with sign_key, as build refuses it', () => ['plan', '--context', 'examples/hello', '--sign-keyless', '--sign-key', keyFile], {}, 1, /input 'sign_keyless': is true and sign_key is set/],
  ['plan: a folder as dockerfile', () => ['plan', '--context', 'examples/hello', '--dockerfile', 'examples'], {}, 1, /input 'dockerfile': 'examples' is a folder, not a file/],
  ['an env value of 100 KB, before any host', () => [...deploy(), '--env', `BIG=${'v'.repeat(100_000)}`], {}, 1, /input 'env': line 1 \(BIG\) is 100004 characters long, more than the 32768 a line takes/],
  // Bounds.
  ['health_timeout past what Node\'s timer holds', () => [...deploy(), '--health-timeout', '2147484'], {}, 1, /input 'health_timeout': '2147484' is more than 86400/],
  ['lock_timeout of a year', () => [...deploy(), '--lock-timeout', '31536000'], {}, 1, /input 'lock_timeout': '31536000' is more than 86400/],
  ['max_failures out of bounds', () => [...deploy(), '--max-failures', '99999999999999999999'], {}, 1, /input 'max_failures': '99999999999999999999' is not valid; expected a whole number up to 9999/],
  ['keep_images 0', () => [...deploy(), '--keep-images', '0'], {}, 1, /input 'keep_images': '0' is not valid; expected a count from 1 to 1000/],
  ['parallel out of bounds', () => ['plan', '--parallel', '100000'], {}, 1, /input 'parallel': '100000' is more than 256/],
  ['batch_size above 100%', () => [...deploy(), '--batch-size', '150%'], {}, 1, /input 'batch_size': '150%' is not valid; expected a count from 1 to 9999 such as 2, or a percentage up to 100%/],
  // Paths that do not exist are said to be missing, not read as the value.
  ['known_hosts path missing', () => set(deploy(), '--known-hosts', './pinned_known_hosts'), {}, 1, /input 'known_hosts': the file '.\/pinned_known_hosts' does not exist/],
  ['ssh_private_key path missing, from ~', () => set(deploy(), '--ssh-private-key', '~/.ssh/nope'), {}, 1, /input 'ssh_private_key': the file '~\/.ssh\/nope' does not exist/],
  ['ssh_private_key path missing, from the variable', () => set(deploy(), '--ssh-private-key'), { GANTRY_SSH_PRIVATE_KEY: '/nonexistent/deploy_key' }, 1, /input 'ssh_private_key': the file '\/nonexistent\/deploy_key' does not exist/],
  ['netrc path missing', () => ['plan', '--netrc', 'ci.netrc'], {}, 1, /input 'netrc': the file 'ci.netrc' does not exist/],
  // Messages that show the offending part (and never a secret).
  ['secret_env line without =: line number, not the text', () => deploy(), { GANTRY_SECRET_ENV: `A=1\n${SECRET}` }, 1, /input 'secret_env': line 2 has no '=' \(the line is not shown: the input is secret\)/],
  ['secret_env bad key: the key, not the value', () => deploy(), { GANTRY_SECRET_ENV: `1DB=${SECRET}` }, 1, /input 'secret_env': line 1 has the key '1DB', which is not a valid name/],
  ['a key both in env and secret_env', () => [...deploy(), '--env', 'DB=x'], { GANTRY_SECRET_ENV: `DB=${SECRET}` }, 1, /input 'secret_env': the key 'DB' is also in env/],
  ['deploy_image in upper case', () => set(deploy(), '--deploy-image', `10.231.0.1:5000/Team/hello@${D}`), {}, 1, /input 'deploy_image': .* has upper case letters in 'Team'; repository names are lower case; expected an image reference/],
  ['labels without a key', () => ['plan', '--context', 'examples/hello', '--image', 'r.example.com/x', '--labels', '=novalue'], {}, 1, /input 'labels': line 1 '=novalue' has no key before '='/],
  ['env key that is not a name', () => [...deploy(), '--env', 'A=1\n\n1X=2'], {}, 1, /input 'env': line 3 has the key '1X', which is not a valid name/],
  // Names gantry keeps for itself, and what the host would have refused after its live container stopped.
  ['a service named like a parked rollback container', () => [...deploy(), '--container-name', 'web-gantry-prev'], {}, 1, /input 'container_name': 'web-gantry-prev' ends in '-gantry-prev', which gantry gives its own containers/],
  ["the proxy's own name as the service", () => [...deploy(), '--container-name', 'gantry-proxy'], {}, 1, /input 'container_name': 'gantry-proxy' is the name of gantry's proxy container/],
  ['one host port twice, before any host', () => [...deploy(), '--ports', '8080:80\n8080:81'], {}, 1, /input 'ports': '8080:80' and '8080:81' both publish the host port 8080\/tcp/],
  ['one env key twice', () => [...deploy(), '--env', 'PORT=1\nPORT=2'], {}, 1, /input 'env': the key 'PORT' is given twice/],
  ['a proxy-only input without proxy_port', () => [...deploy(), '--drain-timeout', '5'], {}, 1, /input 'drain_timeout': is set \(5\) without proxy_port/],
  ['oci: naming a folder that does not exist', () => set(deploy(), '--deploy-image', 'oci:/nonexistent/layout'), {}, 1, /input 'deploy_image': .*\/nonexistent\/layout/],
  // Build inputs, refused before the engine (which would be the first failure: no image is built, none pushed).
  ['all: health_timeout past the timer, before the build', () => [...all(), '--health-timeout', '2147484'], {}, 1, /input 'health_timeout': '2147484' is more than 86400/],
  ['all: a known_hosts file that is not there, before the build', () => set(all(), '--known-hosts', '/nonexistent/known_hosts'), {}, 1, /input 'known_hosts': the file '\/nonexistent\/known_hosts' does not exist/],
  ['build: the engine cannot be reached, naming DOCKER_HOST', () => build(), {}, 1, /cannot reach the Docker engine at DOCKER_HOST=unix:\/\/\/nonexistent\/docker.sock/],
  ['build: an invalid image reference', () => set(build(), '--image', 'Bad Image'), {}, 1, /input 'image'/],
  ['build: an unknown tag placeholder', () => [...build(), '--tags', '{nope}'], {}, 1, /input 'tags': unknown placeholder \{nope\}/],
  ['build: a tag that renders invalid', () => [...build(), '--tags', 'x/{short_sha}'], {}, 1, /input 'tags': .* not a valid tag/],
  ['build: no go.mod and no go_version', () => set(build(), '--context', path.join(home, 'empty')), {}, 1, /input 'go_version': is empty and there is no go.mod/],
  ['build: a main package that is not there', () => [...build(), '--main-package', './cmd/nope'], {}, 1, /input 'main_package': '.\/cmd\/nope' is not a folder with Go files/],
  ['build: a dockerfile that is not there', () => [...build(), '--dockerfile', '/nonexistent/Dockerfile'], {}, 1, /input 'dockerfile': .* does not exist/],
  ['build: ldflags with a line break (it would add a RUN step)', () => [...build(), '--ldflags', '-s -w\nRUN touch /pwned'], {}, 1, /input 'ldflags': holds a line break; expected linker flags on one line/],
  ['build: builder_image with an unknown placeholder', () => [...build(), '--builder-image', 'golang:{go_versoin}'], {}, 1, /input 'builder_image': unknown placeholder \{go_versoin\}/],
  ['build: runtime_image with ;', () => [...build(), '--runtime-image', 'alpine;id'], {}, 1, /input 'runtime_image': 'alpine;id' is not an image reference/],
  ['build: runtime_image with a space', () => [...build(), '--runtime-image', 'alpine latest'], {}, 1, /input 'runtime_image': 'alpine latest' is not an image reference/],
  ['build: binaries_dir that is a file', () => [...build(), '--binaries-dir', keyFile], {}, 1, /input 'binaries_dir': .* is a file; expected a folder/],
  ['build: outside a git checkout', () => set(build(), '--context', path.join(home, 'nogit')), {}, 1, /input 'tags': renders no tag: .* is not a git repository .*; expected a context inside a git checkout/],
  ['build: CI_COMMIT_TIMESTAMP that is no time', () => set(build(), '--context', path.join(home, 'nogit')), { CI_COMMIT_SHA: 'abcdef0123456789abcdef0123456789abcdef01', CI_COMMIT_TIMESTAMP: 'yesterday' }, 1, /variable CI_COMMIT_TIMESTAMP: 'yesterday' is not a time/],
  ['plan: a build arg named like a secret, its value never shown', () => ['plan', '--context', 'examples/hello', '--build-args', `API_TOKEN=${SECRET}`], {}, 1, /input 'build_args': build arg API_TOKEN looks like a secret/],
  ['plan: a platform gantry cannot build', () => ['plan', '--context', 'examples/hello', '--platforms', 'linux/sparc'], {}, 1, /input 'platforms': 'linux\/sparc' is not a platform/],
];

describe('bad input: exact exit code, one line naming the input, before any work', () => {
  test.each(rows)('%s', async (_name, args, env, code, message) => {
    const run = await gantry(args(), env);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('gantry: error:'));
    expect({ code: run.code, errors: errors.length }).toEqual({ code, errors: code === 2 && args().length === 0 ? 0 : 1 });
    expect(errors.join('\n')).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  test('the action takes no arguments: dist/index.js run with one names bin/gantry', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/index.js'), 'build'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect([r.status, r.stderr.trim()]).toEqual([2, "gantry: error: dist/index.js is the GitHub Action and takes no arguments (got 'build'); the command line is bin/gantry"]);
  });
});

describe('warnings, not errors', () => {
  const plan = ['plan', '--context', 'examples/hello', '--image', 'r.example.com/team/hello'];

  test('a misspelled GANTRY_ variable is named with the nearest input; outputs, settings and the bed\'s are known', async () => {
    const run = await gantry(plan, { GANTRY_GO_VERISON: '1.19', GANTRY_DIGEST: D, GANTRY_PUSHED_TAGS: 'x', GANTRY_DEBUG: '', GANTRY_TESTBED_DIR: '/x' });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: GANTRY_GO_VERISON is not a gantry variable and is ignored; did you mean GANTRY_GO_VERSION? inputs are GANTRY_<INPUT NAME> (see gantry --help)',
    ]);
  });

  test('a key file given by path is no secret on the command line; key text is', async () => {
    const byPath = await gantry([...deploy(), '--health-timeout', '0']);
    expect(byPath.stderr).not.toContain('puts a secret on the command line');
    const byText = await gantry([...set(deploy(), '--ssh-private-key', fs.readFileSync(keyFile, 'utf8')), '--health-timeout', '0']);
    expect(byText.stderr).toContain('warning: --ssh-private-key puts a secret on the command line');
  });
});
