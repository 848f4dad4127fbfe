import { Masker } from '../../src/reporter';

test('masks whole secrets and each line of multi-line ones', () => {
  const m = new Masker();
  m.add('s3cret-password');
  m.add('-----BEGIN KEY-----\nAAAABBBBCCCC\n-----END KEY-----');
  expect(m.apply('login with s3cret-password ok')).toBe('login with *** ok');
  expect(m.apply('line AAAABBBBCCCC seen')).toBe('line *** seen');
  m.add('');
  expect(m.apply('nothing')).toBe('nothing');
});
