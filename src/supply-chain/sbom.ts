import { createHash } from 'crypto';
import { VERSION } from '../version';
import { GoBuildInfo, GoModule, goPurl } from './go-buildinfo';
import { OsPackage } from './os-packages';

/**
 * The CycloneDX (1.5, JSON) SBOM of one image: the Go binary's build info (main module, every
 * dependency module with version and sum, the Go standard library, build settings as
 * properties) and the runtime base's OS packages. Made with @cyclonedx/cyclonedx-library,
 * loaded only when an SBOM is made. Deterministic: the same image gives the same bytes (the
 * timestamp is the commit time, the serial number derives from the digest), so a rerun
 * converges.
 */

export interface SbomSubject {
  /** The image repository, e.g. 10.231.0.1:5000/team/api. */
  repository: string;
  /** The image's manifest digest (sha256:...); '' when not pushed. */
  digest: string;
  /** os/arch of this image. */
  platform: string;
  /** Commit time, unix seconds (0 when unknown). */
  commitTime: number;
}

export const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';

/** go.sum's h1: value as the SHA-256 hex it encodes (as other Go SBOM tools write it). */
export function h1ToSha256(sum: string): string | undefined {
  if (!sum.startsWith('h1:')) return undefined;
  const hex = Buffer.from(sum.slice(3), 'base64').toString('hex');
  return hex.length === 64 ? hex : undefined;
}

/** An RFC 4122 shaped urn:uuid derived from a text (version 5 style, SHA-256 based). */
export function derivedSerial(text: string): string {
  const h = createHash('sha256').update(text).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

function ociPurl(subject: SbomSubject): string {
  const slash = subject.repository.lastIndexOf('/');
  const name = subject.repository.slice(slash + 1).toLowerCase();
  const q = [`repository_url=${encodeURIComponent(subject.repository)}`];
  if (subject.platform.includes('/')) q.push(`arch=${encodeURIComponent(subject.platform.split('/')[1])}`);
  return `pkg:oci/${name}${subject.digest ? `@${encodeURIComponent(subject.digest)}` : ''}?${q.join('&')}`;
}

/** The CycloneDX library (loaded when first needed: it is a large part of the bundle). */
export const loadSbomLibrary = () => import('@cyclonedx/cyclonedx-library');

/** Builds the SBOM as JSON text (2-space indented, lists sorted). */
export async function makeSbom(subject: SbomSubject, go: GoBuildInfo | undefined, packages: OsPackage[]): Promise<string> {
  const CDX = await loadSbomLibrary();
  const { Component, Property, Bom, Metadata } = CDX.Models;
  const { ComponentType } = CDX.Enums;
  const image = new Component(ComponentType.Container, subject.repository, {
    bomRef: 'image', version: subject.digest || undefined, purl: ociPurl(subject),
  });
  image.properties.add(new Property('gantry:platform', subject.platform));
  const bom = new Bom({
    serialNumber: derivedSerial(`${subject.repository}@${subject.digest}|${subject.platform}`),
    metadata: new Metadata({ timestamp: subject.commitTime ? new Date(subject.commitTime * 1000) : undefined, component: image }),
  });
  bom.metadata.tools.components.add(new Component(ComponentType.Application, 'gantry', { version: VERSION }));

  const moduleComponent = (m: GoModule, type: (typeof ComponentType)[keyof typeof ComponentType], ref: string) => {
    const used = m.replace ?? m;
    const c = new Component(type, used.path, { bomRef: ref, version: used.version || undefined, purl: goPurl(used) });
    const sha = h1ToSha256(used.sum);
    if (sha) c.hashes.set(CDX.Enums.HashAlgorithm['SHA-256'], sha);
    if (used.sum) c.properties.add(new Property('gantry:go:sum', used.sum));
    if (m.replace) c.properties.add(new Property('gantry:go:replaces', `${m.path}${m.version ? `@${m.version}` : ''}`));
    return c;
  };

  if (go) {
    const app = moduleComponent(go.main ?? { path: go.path, version: '', sum: '' }, ComponentType.Application, 'go:main');
    app.properties.add(new Property('gantry:go:package', go.path));
    app.properties.add(new Property('gantry:go:version', go.goVersion));
    for (const [k, v] of go.settings) app.properties.add(new Property(`gantry:go:build:${k}`, v));
    bom.components.add(app);
    image.dependencies.add(app.bomRef);
    const stdVersion = go.goVersion.replace(/^go/, '').split(' ')[0];
    const std = new Component(ComponentType.Library, 'stdlib', { bomRef: 'go:stdlib', version: `go${stdVersion}`, purl: `pkg:golang/stdlib@${encodeURIComponent(`go${stdVersion}`)}` });
    bom.components.add(std);
    app.dependencies.add(std.bomRef);
    for (const dep of go.deps) {
      const c = moduleComponent(dep, ComponentType.Library, `go:${dep.path}`);
      bom.components.add(c);
      app.dependencies.add(c.bomRef);
    }
  }
  for (const p of packages) {
    const c = new Component(ComponentType.Library, p.name, { bomRef: `os:${p.name}`, version: p.version, purl: p.purl });
    if (p.arch) c.properties.add(new Property('gantry:os:arch', p.arch));
    if (p.source) c.properties.add(new Property('gantry:os:source', p.source));
    bom.components.add(c);
    image.dependencies.add(c.bomRef);
  }
  const serializer = new CDX.Serialize.JsonSerializer(new CDX.Serialize.JSON.Normalize.Factory(CDX.Spec.Spec1dot5));
  return serializer.serialize(bom, { sortLists: true, space: 2 });
}

/** A short summary of an SBOM's JSON: components by kind. */
export function sbomSummary(json: string): { components: number; goModules: number; osPackages: number } {
  const doc = JSON.parse(json) as { components?: Array<{ purl?: string }> };
  const comps = doc.components ?? [];
  return {
    components: comps.length,
    goModules: comps.filter((c) => c.purl?.startsWith('pkg:golang/') && !c.purl.startsWith('pkg:golang/stdlib@')).length,
    osPackages: comps.filter((c) => /^pkg:(deb|apk)\//.test(c.purl ?? '')).length,
  };
}
