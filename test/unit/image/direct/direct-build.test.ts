import { goBuildArgs } from '../../../../src/image/direct/direct-build';
import { ImageSpec } from '../../../../src/image/build-spec';
import { BuildPlan } from '../../../../src/image/plan/build-plan';

const spec = (over: Partial<ImageSpec> = {}) => ({ ldflags: '-s -w', versionVariable: 'main.version', cgo: false, ...over }) as ImageSpec;
const plan = (over: Partial<BuildPlan> = {}) => ({ goVersion: '1.22', platform: 'linux/arm64', version: 'abc1234', buildArgs: { GANTRY_VERSION: 'v1.2.0' }, ...over }) as BuildPlan;

describe('the go build of the direct path (the generated Dockerfile\'s line)', () => {
  test('flags, ldflags with the version variable, and the target in the environment', () => {
    expect(goBuildArgs(spec(), plan())).toEqual({
      flags: ['-v', '-trimpath', '-buildvcs=false'],
      ldflags: '-s -w -X main.version=v1.2.0',
      env: ['CGO_ENABLED=0', 'GOOS=linux', 'GOARCH=arm64'],
    });
  });

  test('no -buildvcs before Go 1.18; cgo; no version variable', () => {
    const a = goBuildArgs(spec({ cgo: true, versionVariable: '' }), plan({ goVersion: '1.17', platform: 'linux/amd64' }));
    expect(a.flags).toEqual(['-v', '-trimpath']);
    expect(a.ldflags).toBe('-s -w');
    expect(a.env).toContain('CGO_ENABLED=1');
  });
});
