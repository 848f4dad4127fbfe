import { registryPassword, testbed } from './testbed';

const ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

function auth(): string {
  return `Basic ${Buffer.from(`${testbed().GANTRY_TESTBED_REGISTRY_USER}:${registryPassword()}`).toString('base64')}`;
}

/** The registry's HTTP API: the ground truth for what was pushed. */
export async function registryGet(path: string, accept = ACCEPT): Promise<Response> {
  return fetch(`http://${testbed().GANTRY_TESTBED_REGISTRY}/v2/${path}`, { headers: { Authorization: auth(), Accept: accept } });
}

export async function listTags(repo: string): Promise<string[]> {
  const res = await registryGet(`${repo}/tags/list`);
  if (res.status === 404) return [];
  const body = (await res.json()) as { tags: string[] | null };
  return body.tags ?? [];
}

export async function manifestDigest(repo: string, ref: string): Promise<string> {
  const res = await registryGet(`${repo}/manifests/${ref}`);
  if (!res.ok) throw new Error(`manifest ${repo}:${ref}: HTTP ${res.status}`);
  return res.headers.get('docker-content-digest') ?? '';
}

export async function manifest(repo: string, ref: string): Promise<{ config: { digest: string }; layers: Array<{ digest: string; size: number }> }> {
  const res = await registryGet(`${repo}/manifests/${ref}`);
  return (await res.json()) as never;
}

export async function blob(repo: string, digest: string): Promise<Buffer> {
  const res = await registryGet(`${repo}/blobs/${digest}`, '*/*');
  return Buffer.from(await res.arrayBuffer());
}
