/**
 * Just enough protobuf for the session's messages, which have one or two fields each:
 * varints and length-delimited fields, no .proto files to load at run time.
 */

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Buffer.from(out);
}

/** Encodes a message from its fields: numbers as varints, strings and buffers as bytes. */
export function encodeMessage(fields: Array<[number, number | string | Buffer]>): Buffer {
  const parts: Buffer[] = [];
  for (const [no, value] of fields) {
    if (typeof value === 'number') {
      parts.push(varint(no << 3), varint(value));
    } else {
      const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
      parts.push(varint((no << 3) | 2), varint(bytes.length), bytes);
    }
  }
  return Buffer.concat(parts);
}

export interface DecodedField {
  no: number;
  /** A varint's value, or the bytes of a length-delimited field. */
  value: number | Buffer;
}

/** Decodes every field of a message; unknown wire types (fixed32/64) are skipped by size. */
export function decodeMessage(buf: Buffer): DecodedField[] {
  const fields: DecodedField[] = [];
  let p = 0;
  const readVarint = (): number => {
    let result = 0;
    let mul = 1;
    for (;;) {
      if (p >= buf.length) throw new Error('truncated protobuf varint');
      const b = buf[p++];
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 128;
    }
  };
  while (p < buf.length) {
    const key = readVarint();
    const no = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) fields.push({ no, value: readVarint() });
    else if (wire === 2) {
      const len = readVarint();
      if (p + len > buf.length) throw new Error('truncated protobuf field');
      fields.push({ no, value: buf.subarray(p, p + len) });
      p += len;
    } else if (wire === 1) p += 8;
    else if (wire === 5) p += 4;
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  return fields;
}

/** The first length-delimited field numbered `no`, as text ('' when absent). */
export function stringField(fields: DecodedField[], no: number): string {
  const f = fields.find((x) => x.no === no && Buffer.isBuffer(x.value));
  return f ? (f.value as Buffer).toString('utf8') : '';
}

export function bytesField(fields: DecodedField[], no: number): Buffer {
  const f = fields.find((x) => x.no === no && Buffer.isBuffer(x.value));
  return f ? (f.value as Buffer) : Buffer.alloc(0);
}
