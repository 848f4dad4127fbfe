import { parseRepository, splitReference } from '../../src/build/image-ref';

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
    ['Registry.example.com/UPPER', /not a valid repository name/],
    ['reg.example.com/app:latest', /has a tag or digest/],
    ['app@sha256:abc', /has a tag or digest/],
    ['bad host!/app', /not a registry host|not a valid repository/],
  ])('%j is refused', (text, message) => {
    expect(() => parseRepository(text)).toThrow(message);
  });

  test.each([
    ['r:5000/a/b:t@sha256:x', { repository: 'r:5000/a/b', tag: 't', digest: 'sha256:x' }],
    ['r:5000/a', { repository: 'r:5000/a', tag: '', digest: '' }],
    ['a:1', { repository: 'a', tag: '1', digest: '' }],
  ])('split %s', (ref, parts) => expect(splitReference(ref)).toEqual(parts));
});
