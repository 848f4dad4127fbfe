/**
 * registry_auth_config: the docker config JSON form parsed into credentials by registry, its
 * bad forms refused with one line naming the input, the rule choosing credentials for a
 * registry, and the values a front end must mask.
 */
import { RegistryLogins, parseAuthConfig, registryKey, registryOfImage } from '../../../src/registry/registry-auth';
import { dockerConfigSecrets } from '../../../src/secret-values';
import { imageRepositories } from '../../../src/image-ref';
import { buildFailure, fromImages } from '../../../src/image/buildkit/engine-build';
import { BuildPlan } from '../../../src/image/plan/build-plan';
import { secretValues, parseInputs } from '../../../src/inputs';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const config = (auths: object, extra: object = {}) => JSON.stringify({ auths, ...extra });

test('auth (base64 of user:password) and username/password entries, keyed by host[:port]', () => {
  const m = parseAuthConfig(config({
    'reg.example.com:5000': { auth: b64('ci:pa:ss') },
    'https://other.example.com/v2/': { username: 'bot', password: 'tok' },
    'https://index.docker.io/v1/': { auth: b64('hub:hubpw') },
  }));
  expect(m.get('reg.example.com:5000')).toEqual({ username: 'ci', password: 'pa:ss' });
  expect(m.get('other.example.com')).toEqual({ username: 'bot', password: 'tok' });
  expect(m.get('docker.io')).toEqual({ username: 'hub', password: 'hubpw' });
});

test('registry keys and the registry of an image reference', () => {
  expect(registryKey('HTTPS://Reg.Example.com:5000/v1/')).toBe('reg.example.com:5000');
  expect(registryKey('registry-1.docker.io')).toBe('docker.io');
  expect(registryOfImage('golang:1.22')).toBe('docker.io');
  expect(registryOfImage('team/api:1')).toBe('docker.io');
  expect(registryOfImage('10.231.0.1:5000/base/debian:12')).toBe('10.231.0.1:5000');
  expect(registryOfImage('localhost/x@sha256:' + 'a'.repeat(64))).toBe('localhost');
});

test.each([
  ['{"auths": {', /^input 'registry_auth_config': is not JSON/],
  ['[]', /is not a JSON object/],
  ['{}', /has no "auths" object/],
  ['{"auths": []}', /"auths" is not an object/],
  [config({ 'r:5000': { auth: b64('nocolon') } }), /the "auth" of r:5000 is not base64 of user:password/],
  [config({ 'r:5000': { username: 'u' } }), /the entry of r:5000 needs both "username" and "password"/],
  [config({ 'r:5000': { identitytoken: 'x' } }), /identity or registry token/],
  [config({}, { credsStore: 'desktop' }), /refers to a credential helper \(credsStore\); gantry runs no credential helpers; expected the credentials themselves under "auths"/],
  [config({}, { credHelpers: { 'r:5000': 'ecr-login' } }), /credential helper \(credHelpers\)/],
])('refused: %s', (text, message) => {
  let err: unknown;
  try {
    parseAuthConfig(text);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).toMatch(/^input 'registry_auth_config': /);
  expect((err as Error).message).not.toMatch(/\n/);
});

test('a JSON error does not quote the secret text', () => {
  expect(() => parseAuthConfig('{"auths": {"r": {"auth": "c2VjcmV0OnB3"}}')).toThrow(/^input 'registry_auth_config': is not JSON(?!.*c2VjcmV0)/);
});

test('the entry of a registry wins; the pair covers only gantry\'s own registries the config does not name', () => {
  const logins = RegistryLogins.of(
    { registry_auth_config: config({ 'a.example.com': { auth: b64('ua:pa') }, 'b.example.com': {} }), registry_username: 'pair', registry_password: 'ppw' },
    ['a.example.com', 'own.example.com'],
  );
  expect(logins.for('a.example.com')).toEqual({ username: 'ua', password: 'pa' });
  expect(logins.for('own.example.com')).toEqual({ username: 'pair', password: 'ppw' });
  // A base image's registry that neither names: anonymous, the pair is not sent there.
  expect(logins.maybe('docker.io')).toBeUndefined();
  // An empty entry: anonymous on purpose.
  expect(logins.maybe('b.example.com')).toBeUndefined();
  expect(logins.hint('a.example.com')).toBe('check the entry of a.example.com in registry_auth_config');
  expect(logins.hint('own.example.com')).toMatch(/registry_username and registry_password \(user 'pair'\)/);
  expect(logins.hint('c.example.com')).toBe('registry_auth_config has no entry for c.example.com');
});

test('a registry pushed to that the config lacks is refused before the build, naming it', () => {
  const logins = RegistryLogins.of({ registry_auth_config: config({ 'a.example.com': { auth: b64('u:p') } }), registry_username: '', registry_password: '' });
  expect(() => logins.requireForPush(['a.example.com', 'b.example.com:5000'])).toThrow(/^input 'registry_auth_config': has no entry for registry b\.example\.com:5000, which image pushes to/);
  expect(() => logins.requireForPush(['a.example.com'])).not.toThrow();
  // With the pair given, it covers the rest.
  const withPair = RegistryLogins.of({ registry_auth_config: config({ 'a.example.com': { auth: b64('u:p') } }), registry_username: 'x', registry_password: 'y' });
  expect(() => withPair.requireForPush(['b.example.com:5000'])).not.toThrow();
  // Without an auth config nothing is required (as before).
  expect(() => RegistryLogins.of({ registry_auth_config: '', registry_username: '', registry_password: '' }).requireForPush(['b.example.com'])).not.toThrow();
});

test('every secret of the config is masked: the auth, the password it decodes to, password fields', () => {
  const text = config({ 'a.example.com': { auth: b64('ua:topsecret') }, 'b.example.com': { username: 'bot', password: 'tok3n' } });
  expect(dockerConfigSecrets(text)).toEqual([b64('ua:topsecret'), 'topsecret', 'tok3n']);
  const masked = secretValues(parseInputs({ registry_auth_config: text }));
  expect(masked).toEqual(expect.arrayContaining([text, 'topsecret', 'tok3n', b64('ua:topsecret')]));
  expect(dockerConfigSecrets('not json')).toEqual([]);
});

test('image takes several repositories, one a line or comma separated, each once', () => {
  expect(imageRepositories('r:5000/a/api, r:5000/b/api\nmirror.example.com/api')).toEqual(['r:5000/a/api', 'r:5000/b/api', 'mirror.example.com/api']);
  expect(() => imageRepositories('r:5000/a/api,r:5000/a/api')).toThrow(/^input 'image': names r:5000\/a\/api twice/);
  expect(() => imageRepositories('r:5000/a/api,r:5000/B/api')).toThrow(/^input 'image': .*upper case/);
});

test("the FROM images of a Dockerfile: not its stages, not scratch, not ones made of args", () => {
  const text = [
    'FROM --platform=$BUILDPLATFORM 10.0.0.1:5000/go/golang:1.22 AS build',
    'FROM build AS test',
    'ARG BASE=x',
    'FROM $BASE',
    'FROM scratch AS empty',
    'FROM 10.0.0.1:5000/base/debian:12',
  ].join('\n');
  expect(fromImages(text)).toEqual([
    { image: '10.0.0.1:5000/go/golang:1.22', ownPlatform: true },
    { image: '10.0.0.1:5000/base/debian:12', ownPlatform: false },
  ]);
});

test('a base the engine may not pull without credentials: one line naming the image', () => {
  const plan = { builderImage: 'golang:1.22' } as BuildPlan;
  const err = buildFailure('[stage-1 1/3] FROM 10.231.0.1:5000/base/debian:12', 'failed to resolve source metadata for 10.231.0.1:5000/base/debian:12: unexpected status from HEAD request to http://10.231.0.1:5000/v2/base/debian/manifests/12: 401 Unauthorized', [], plan);
  expect(err.message).toMatch(/^the engine cannot pull '10\.231\.0\.1:5000\/base\/debian:12': its registry needs credentials .*registry_auth_config/);
  expect(err.message).not.toMatch(/\n/);
});
