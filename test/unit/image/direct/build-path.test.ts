import { buildPathLine, chooseBuildPath } from '../../../../src/image/direct/build-path';
import { SecretSpec } from '../../../../src/image/secrets/secret-inputs';

const NO_SECRETS: SecretSpec = { refs: [], ssh: [], netrc: '', goprivate: [], knownHosts: '', allowSecretBuildArgs: false };

function spec(over: { dockerfile?: boolean; secrets?: Partial<SecretSpec>; buildMode?: 'auto' | 'direct' | 'buildkit' } = {}) {
  return {
    dockerfile: over.dockerfile ? { path: '/src/Dockerfile', given: 'Dockerfile' } : null,
    secrets: { ...NO_SECRETS, ...over.secrets },
    buildMode: over.buildMode ?? 'auto',
  };
}

describe('chooseBuildPath', () => {
  test('auto takes the direct path for a generated Dockerfile without secrets', () => {
    const c = chooseBuildPath(spec(), false);
    expect(c.path).toBe('direct');
    expect(buildPathLine(c)).toBe('build path: direct (generated Dockerfile, no build secrets, SSH or private modules)');
  });

  test('auto keeps each BuildKit-only need on BuildKit and says which', () => {
    expect(buildPathLine(chooseBuildPath(spec({ dockerfile: true }), false))).toBe('build path: buildkit (because your own Dockerfile is built by BuildKit)');
    expect(chooseBuildPath(spec({ secrets: { refs: [{ id: 'token', from: { env: 'TOKEN' } }] } }), false).why).toMatch(/build secrets \(secret_envs\)/);
    expect(chooseBuildPath(spec({ secrets: { refs: [{ id: 'k', from: { file: 'k.pem' } }, { id: 'netrc', from: { input: 'netrc' } }] } }), false).why).toMatch(/secret_files, netrc/);
    expect(chooseBuildPath(spec({ secrets: { ssh: [{ id: 'default', agent: 'SSH_AUTH_SOCK' }] } }), false).why).toMatch(/SSH forwarding \(ssh\)/);
    expect(chooseBuildPath(spec({ secrets: { goprivate: ['git.example.com/team'] } }), false)).toMatchObject({ path: 'buildkit', why: expect.stringMatching(/goprivate/) });
  });

  test('goprivate does not matter to a vendored module (nothing is fetched)', () => {
    expect(chooseBuildPath(spec({ secrets: { goprivate: ['git.example.com/team'] } }), true).path).toBe('direct');
  });

  test('build_mode buildkit always builds with BuildKit; direct says so', () => {
    expect(chooseBuildPath(spec({ buildMode: 'buildkit' }), false)).toEqual({ path: 'buildkit', why: 'build_mode is buildkit' });
    expect(chooseBuildPath(spec({ buildMode: 'direct' }), false)).toEqual({ path: 'direct', why: 'build_mode is direct' });
  });

  test('build_mode direct with a BuildKit-only need is refused in one line naming the input', () => {
    expect(() => chooseBuildPath(spec({ buildMode: 'direct', dockerfile: true }), false)).toThrow(/^input 'build_mode': is direct but your own Dockerfile is built by BuildKit \(input 'dockerfile'\); expected auto or buildkit/);
    expect(() => chooseBuildPath(spec({ buildMode: 'direct', secrets: { ssh: [{ id: 'default', agent: 'SSH_AUTH_SOCK' }] } }), false)).toThrow(/input 'ssh'/);
    expect(() => chooseBuildPath(spec({ buildMode: 'direct', secrets: { goprivate: ['x.example.com'] } }), false)).toThrow(/input 'goprivate'/);
  });
});
