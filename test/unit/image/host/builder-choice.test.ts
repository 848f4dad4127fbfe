import { builderLine, chooseBuilder, needsContainer } from '../../../../src/image/host/builder-choice';

const native = { os: 'linux', arch: 'amd64' };
const noSecrets = { refs: [], ssh: [], goprivate: [] } as unknown as Parameters<typeof needsContainer>[0]['secrets'];
const spec = (o: Partial<Parameters<typeof needsContainer>[0]> = {}): Parameters<typeof needsContainer>[0] => ({ dockerfile: null, secrets: noSecrets, cgo: false, platforms: [], buildMode: 'auto', ...o } as Parameters<typeof needsContainer>[0]);

describe('what only the container path gives', () => {
  test.each([
    ['plain service', spec(), false, null],
    ['own Dockerfile', spec({ dockerfile: { path: 'Dockerfile' } as never }), false, 'dockerfile'],
    ['build secrets', spec({ secrets: { ...noSecrets, refs: [{ id: 'x', from: { env: 'X' } }] } as never }), false, 'secret_envs'],
    ['ssh', spec({ secrets: { ...noSecrets, ssh: [{ id: 'default' }] } as never }), false, 'ssh'],
    ['goprivate', spec({ secrets: { ...noSecrets, goprivate: ['example.com/x'] } as never }), false, 'goprivate'],
    ['goprivate, vendored', spec({ secrets: { ...noSecrets, goprivate: ['example.com/x'] } as never }), true, null],
    ['cgo on the native platform', spec({ cgo: true }), false, null],
    ['cgo for another platform', spec({ cgo: true, platforms: [{ os: 'linux', arch: 'arm64' }] }), false, 'cgo'],
    ['pure Go for another platform', spec({ platforms: [{ os: 'linux', arch: 'arm64' }, native] }), false, null],
    ['build_mode named', spec({ buildMode: 'direct' }), false, 'build_mode'],
  ])('%s', (_name, s, vendored, input) => {
    expect(needsContainer(s, native, vendored)?.input ?? null).toBe(input);
  });
});

describe('the builder', () => {
  const found = { found: 'Go 1.22.12 from /usr/lib/go-1.22' };
  const missing = { missing: 'go on PATH (none)' };
  const blocker = { input: 'dockerfile', what: 'your own Dockerfile is built by the engine' };
  test.each([
    ['auto, toolchain, nothing blocks', 'auto', null, found, 'builder: host (a Go toolchain is here and the build needs no engine: Go 1.22.12 from /usr/lib/go-1.22)'],
    ['auto, no toolchain', 'auto', null, missing, 'builder: container (because no Go 1.22 toolchain on this machine)'],
    ['auto, blocked', 'auto', blocker, found, 'builder: container (because your own Dockerfile is built by the engine)'],
    ['container asked', 'container', null, found, 'builder: container (because builder is container)'],
    ['host asked', 'host', null, found, 'builder: host (builder is host: Go 1.22.12 from /usr/lib/go-1.22)'],
  ] as const)('%s', (_name, requested, b, toolchain, line) => {
    expect(builderLine(chooseBuilder({ requested, blocker: b, toolchain, goVersion: '1.22' }))).toBe(line);
  });

  test.each([
    ['host with a blocker', blocker, found, "input 'builder': is host but your own Dockerfile is built by the engine (input 'dockerfile'); expected auto or container, or a build without dockerfile"],
    ['host without a toolchain', null, missing, "input 'builder': is host but there is no Go 1.22 toolchain on this machine (looked at: go on PATH (none)); expected go_root, or a Go of that version on PATH or in /usr/lib/go-X.Y"],
  ])('refused: %s', (_name, b, toolchain, message) => {
    expect(() => chooseBuilder({ requested: 'host', blocker: b, toolchain, goVersion: '1.22' })).toThrow(message);
  });
});
