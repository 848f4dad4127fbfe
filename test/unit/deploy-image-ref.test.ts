import { defaultContainerName, formatImageRef, parseImageRef, shortDigest } from '../../src/deploy/image-ref';

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
    ['Reg.example/API', "'Reg.example/API' is not a valid repository name (component 'API')"],
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
