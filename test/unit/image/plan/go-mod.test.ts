import { goVersionFromMod, parseGoMod } from '../../../../src/image/plan/go-mod';

describe('go.mod', () => {
  test.each([
    ['module example.com/a\n\ngo 1.22\n', 'example.com/a', '1.22'],
    ['module example.com/a\ngo 1.22.0\n', 'example.com/a', '1.22'],
    ['module example.com/a\ngo 1.21\ntoolchain go1.23.4\n', 'example.com/a', '1.23'],
    ['module "example.com/quoted" // comment\ngo 1.19 // old\n', 'example.com/quoted', '1.19'],
    ['module example.com/a\ngo 1.21rc2\n', 'example.com/a', '1.21'],
    ['module example.com/a\r\ngo 1.20\r\nrequire (\r\n\tfoo.org/x v1.0.0\r\n)\r\n', 'example.com/a', '1.20'],
    ['module example.com/a\n', 'example.com/a', ''],
    ['', '', ''],
  ])('%j -> module %s, go %s', (text, module, version) => {
    const mod = parseGoMod(text);
    expect(mod.module).toBe(module);
    expect(goVersionFromMod(mod)).toBe(version);
  });

  test('toolchain keeps its patch for the record', () => {
    expect(parseGoMod('go 1.22\ntoolchain go1.22.5').toolchain).toBe('1.22.5');
  });
});
