import { Readable } from 'stream';
import * as tarStream from 'tar-stream';
import { Engine } from '../../engine/docker';
import { sha256 } from './reproducible-tar';

/**
 * Loads an assembled image into the engine (`docker load` of a docker-archive made in memory:
 * manifest.json, the config, the layers), tagged with the plan's references. The engine's image
 * id is the config's digest. A layer the engine already holds (with every layer under it) need
 * not be sent: the engine reads only the layers it lacks.
 */

export interface LoadLayer {
  diffId: string;
  /** The layer's tar, or its gzip blob (the engine decompresses either); absent when the engine has it. */
  data?: () => Promise<Buffer>;
}

const hex = (digest: string) => digest.replace(/^sha256:/, '');

/** The docker-archive tar bytes. */
export async function dockerArchive(config: Buffer, layers: LoadLayer[], references: string[]): Promise<Buffer> {
  const id = hex(sha256(config));
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  const add = (name: string, body: Buffer) => new Promise<void>((resolve, reject) => pack.entry({ name, size: body.length, mtime: new Date(0), mode: 0o644 }, body, (err) => (err ? reject(err) : resolve())));
  const names: string[] = [];
  for (const l of layers) {
    const name = `${hex(l.diffId)}/layer.tar`;
    names.push(name);
    if (l.data) await add(name, await l.data());
  }
  await add(`${id}.json`, config);
  await add('manifest.json', Buffer.from(JSON.stringify([{ Config: `${id}.json`, RepoTags: references, Layers: names }])));
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/** Which of `diffIds` the engine holds as a chain from the bottom: those need not be sent. */
export async function engineHasChain(engine: Engine, image: string, diffIds: string[]): Promise<boolean> {
  if (!diffIds.length) return true;
  const info = await engine.inspectImage(image);
  const held = info?.RootFS?.Layers ?? [];
  return diffIds.every((d, i) => held[i] === d);
}

/** Loads the image and returns its id (sha256:<config digest>). */
export async function loadIntoEngine(engine: Engine, config: Buffer, layers: LoadLayer[], references: string[]): Promise<string> {
  const archive = await dockerArchive(config, layers, references);
  await engine.load(Readable.from([archive]));
  const id = sha256(config);
  const info = await engine.inspectImage(id);
  if (!info) throw new Error(`the engine loaded the image but does not list ${id}`);
  return info.Id;
}
