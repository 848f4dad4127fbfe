import { deployableRef } from '../../../src/image/build-command';
import { TargetResult } from '../../../src/image/publish/publish-images';

const D = `sha256:${'a'.repeat(64)}`;
const result = (over: Partial<TargetResult>): TargetResult => ({ imageRef: 'team/api:1700000000', digest: '', ...over }) as TargetResult;

describe('image_ref: what a later deploy takes', () => {
  test('a pushed image: repository@digest, a layout written beside it or not', () => {
    expect(deployableRef(result({ imageRef: `reg/team/api@${D}`, digest: D, ociLayout: { dir: '/w/.gantry/oci', digest: D } }), '/w')).toBe(`reg/team/api@${D}`);
  });
  test('written only as a layout: oci:DIR@digest, DIR relative to the working folder when inside it', () => {
    expect(deployableRef(result({ ociLayout: { dir: '/w/.gantry/oci', digest: D } }), '/w')).toBe(`oci:.gantry/oci@${D}`);
    expect(deployableRef(result({ ociLayout: { dir: '/elsewhere/oci', digest: D } }), '/w')).toBe(`oci:/elsewhere/oci@${D}`);
  });
  test('neither pushed nor a layout (loaded into the engine): the local reference', () => {
    expect(deployableRef(result({}), '/w')).toBe('team/api:1700000000');
  });
});
