import { createHash } from 'crypto';
import { Readable } from 'stream';
import * as tarStream from 'tar-stream';
import { Engine } from '../../engine/docker';
import { readTarEntries } from './export-files';

/**
 * Sets an image config's creation time (and its history's) to the commit time, so the same
 * commit built twice gives the same config and digest. BuildKit in Docker 20.10 predates
 * SOURCE_DATE_EPOCH, so gantry rewrites the config through save/load.
 */
export function withCreated(configJson: string, created: string): string {
  const config = JSON.parse(configJson) as { created?: string; history?: Array<{ created?: string }> };
  config.created = created;
  for (const h of config.history ?? []) h.created = created;
  return JSON.stringify(config);
}

interface Entry {
  header: tarStream.Headers;
  body: Buffer;
}

function writeTar(entries: Entry[]): Readable {
  const pack = tarStream.pack();
  for (const e of entries) pack.entry(e.header, e.body);
  pack.finalize();
  return pack as unknown as Readable;
}

/** Returns the id of the image with `created` set and tagged `references`. */
export async function setImageCreated(engine: Engine, imageId: string, created: string, references: string[]): Promise<string> {
  const info = await engine.inspectImage(imageId);
  if (!info) throw new Error(`image ${imageId} vanished after the build`);
  const entries: Entry[] = await readTarEntries(await engine.save(imageId));
  const manifestEntry = entries.find((e) => e.header.name === 'manifest.json');
  if (!manifestEntry) throw new Error('the engine saved an image without manifest.json');
  const manifest = JSON.parse(manifestEntry.body.toString('utf8')) as Array<{ Config: string; RepoTags: string[] | null }>;
  const configEntry = entries.find((e) => e.header.name === manifest[0].Config);
  if (!configEntry) throw new Error('the engine saved an image without its config');
  const config = withCreated(configEntry.body.toString('utf8'), created);
  const id = createHash('sha256').update(config).digest('hex');
  configEntry.header = { ...configEntry.header, name: `${id}.json`, size: Buffer.byteLength(config) };
  configEntry.body = Buffer.from(config);
  manifest[0].Config = `${id}.json`;
  manifest[0].RepoTags = references;
  manifestEntry.body = Buffer.from(JSON.stringify(manifest));
  manifestEntry.header = { ...manifestEntry.header, size: manifestEntry.body.length };
  const kept = entries.filter((e) => e.header.name !== 'repositories');
  await engine.load(writeTar(kept));
  return `sha256:${id}`;
}
