import { defaultContainerName, formatImageRef, parseImageRef, parseRepository, shortDigest, splitReference } from '../../src/image-ref';

describe('image repositories', () => {
  test.each([
    ['10.231.0.1:5000/hello', '10.231.0.1:5000', 'hello'],
    ['registry.example.com/team/api', 'registry.example.com', 'team/api'],
    ['localhost/x', 'localhost', 'x'],
    ['nginx', 'docker.io', 'library/nginx'],
    ['me/app', 'docker.io', 'me/app'],
  ])('%s', (text, registry, path) => {
    expect(parseRepository(text)).toEqual({ registry, path, name: text });
  });

  test.each([
    ['', /input 'image': is empty/],
    ['Registry.example.com/UPPER', /input 'image': 'Registry\.example\.com\/UPPER' has upper case letters in 'UPPER'; repository names are lower case; expected a repository .* without :tag or @digest/],
    ['reg.example.com/app:latest', /has a tag or digest/],
    ['app@sha256:abc', /has a tag or digest/],
    ['bad host!/app', /holds several values or spaces/],
    ['bad!host.example.com/app', /'bad!host\.example\.com' is not a registry host/],
    ['reg.example.com:99999/app', /'reg\.example\.com:99999' has the port 99999, outside 1-65535/],
    ['reg.example.com:0/app', /has the port 0, outside 1-65535/],
    ['a.example.com/x,b.example.com/y', /holds several values or spaces \('a\.example\.com\/x', 'b\.example\.com\/y'\); it takes one repository/],
    ['a.example.com/x\nb.example.com/y', /holds several values or spaces/],
  ])('%j is refused', (text, message) => {
    expect(() => parseRepository(text)).toThrow(message);
  });

  test.each([
    ['r:5000/a/b:t@sha256:x', { repository: 'r:5000/a/b', tag: 't', digest: 'sha256:x' }],
    ['r:5000/a', { repository: 'r:5000/a', tag: '', digest: '' }],
    ['a:1', { repository: 'a', tag: '1', digest: '' }],
  ])('split %s', (ref, parts) => expect(splitReference(ref)).toEqual(parts));
});

const D = `sha256:${'ab'.repeat(32)}`;

describe('parseImageRef', () => {
  test.each([
    [`10.231.0.1:5000/team/api@${D}`, { registry: '10.231.0.1:5000', repository: '10.231.0.1:5000/team/api', tag: undefined, digest: D }],
    [`reg.example/api:v1@${D}`, { registry: 'reg.example', repository: 'reg.example/api', tag: 'v1', digest: D }],
    ['localhost/api:1.2', { registry: 'localhost', repository: 'localhost/api', tag: '1.2', digest: undefined }],
    ['library/nginx', { registry: 'docker.io', repository: 'library/nginx', tag: undefined, digest: undefined }],
    ['nginx:1.25', { registry: 'docker.io', repository: 'nginx', tag: '1.25', digest: undefined }],
  ])('%s', (text, want) => {
    expect(parseImageRef(text)).toEqual(want);
  });

  test.each([
    ['', "input 'deploy_image': is empty"],
    ['reg/api@sha256:abc', 'has a digest that is not sha256:<64 hex digits>'],
    ['reg/api:bad tag', "has the tag 'bad tag'"],
    ['Reg.example/API', "input 'deploy_image': 'Reg.example/API' has upper case letters in 'API'; repository names are lower case; expected an image reference such as registry:5000/team/api@sha256:"],
    ['reg/a..b', "'reg/a..b' is not a valid repository name (component 'a..b'); expected an image reference"],
    ['reg:5000/', "'reg:5000/' is not a valid repository name"],
  ])('refuses %j', (text, message) => {
    expect(() => parseImageRef(text)).toThrow(message);
  });

  test.each([
    [`r:5000/a/b@${D}`, `r:5000/a/b@${D}`, 'b'],
    ['r:5000/a/b:v2', 'r:5000/a/b:v2', 'b'],
    ['api', 'api:latest', 'api'],
  ])('%s formats as %s, container %s', (text, formatted, name) => {
    const ref = parseImageRef(text);
    expect(formatImageRef(ref)).toBe(formatted);
    expect(defaultContainerName(ref)).toBe(name);
  });

  test('shortDigest', () => {
    expect([shortDigest(D), shortDigest(undefined), shortDigest('x')]).toEqual(['sha256:abababababab', '-', 'x']);
  });
});
