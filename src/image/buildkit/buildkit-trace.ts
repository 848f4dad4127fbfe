/**
 * Decodes BuildKit's progress (`moby.buildkit.trace` aux messages: a base64 StatusResponse
 * from buildkit's control.proto) with a small protobuf reader: only the fields shown to users.
 */

export interface Vertex {
  digest: string;
  name: string;
  cached: boolean;
  started?: number;
  completed?: number;
  error: string;
}
export interface VertexStatus {
  id: string;
  vertex: string;
  current: number;
  total: number;
  completed?: number;
}
export interface VertexLog {
  vertex: string;
  data: Buffer;
}
export interface StatusResponse {
  vertexes: Vertex[];
  statuses: VertexStatus[];
  logs: VertexLog[];
}

type Field = { no: number; wire: number; value: bigint | Buffer };

function* fields(buf: Buffer): Generator<Field> {
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= buf.length) throw new Error('truncated varint');
      const b = buf[pos++];
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
  };
  while (pos < buf.length) {
    const key = Number(varint());
    const no = key >>> 3;
    const wire = key & 7;
    if (wire === 0) yield { no, wire, value: varint() };
    else if (wire === 2) {
      const len = Number(varint());
      const value = buf.subarray(pos, pos + len);
      pos += len;
      yield { no, wire, value };
    } else if (wire === 1) {
      pos += 8;
    } else if (wire === 5) {
      pos += 4;
    } else throw new Error(`unsupported wire type ${wire}`);
  }
}

const str = (v: bigint | Buffer): string => (Buffer.isBuffer(v) ? v.toString('utf8') : '');
const num = (v: bigint | Buffer): number => (typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : 0);

function timestamp(buf: Buffer): number {
  let seconds = 0;
  let nanos = 0;
  for (const f of fields(buf)) {
    if (f.no === 1) seconds = num(f.value);
    if (f.no === 2) nanos = num(f.value);
  }
  return seconds + nanos / 1e9;
}

function vertex(buf: Buffer): Vertex {
  const v: Vertex = { digest: '', name: '', cached: false, error: '' };
  for (const f of fields(buf)) {
    if (f.no === 1) v.digest = str(f.value);
    else if (f.no === 3) v.name = str(f.value);
    else if (f.no === 4) v.cached = num(f.value) !== 0;
    else if (f.no === 5 && Buffer.isBuffer(f.value)) v.started = timestamp(f.value);
    else if (f.no === 6 && Buffer.isBuffer(f.value)) v.completed = timestamp(f.value);
    else if (f.no === 7) v.error = str(f.value);
  }
  return v;
}

function status(buf: Buffer): VertexStatus {
  const s: VertexStatus = { id: '', vertex: '', current: 0, total: 0 };
  for (const f of fields(buf)) {
    if (f.no === 1) s.id = str(f.value);
    else if (f.no === 2) s.vertex = str(f.value);
    else if (f.no === 4) s.current = num(f.value);
    else if (f.no === 5) s.total = num(f.value);
    else if (f.no === 8 && Buffer.isBuffer(f.value)) s.completed = timestamp(f.value);
  }
  return s;
}

function log(buf: Buffer): VertexLog {
  const l: VertexLog = { vertex: '', data: Buffer.alloc(0) };
  for (const f of fields(buf)) {
    if (f.no === 1) l.vertex = str(f.value);
    else if (f.no === 4 && Buffer.isBuffer(f.value)) l.data = f.value;
  }
  return l;
}

export function decodeStatus(base64: string): StatusResponse {
  const out: StatusResponse = { vertexes: [], statuses: [], logs: [] };
  for (const f of fields(Buffer.from(base64, 'base64'))) {
    if (!Buffer.isBuffer(f.value)) continue;
    if (f.no === 1) out.vertexes.push(vertex(f.value));
    else if (f.no === 2) out.statuses.push(status(f.value));
    else if (f.no === 3) out.logs.push(log(f.value));
  }
  return out;
}
