import * as fs from 'fs';
import * as path from 'path';
import { KeyObject } from 'crypto';
import { UserError } from '../errors';
import { keyId } from './cosign-key';
import { signData, verifyingKey } from './cosign-layout';

/**
 * The binary target's signature: binaries_dir/SHA256SUMS signed as a cosign blob signature, the
 * base64 signature in SHA256SUMS.sig beside it (what `cosign sign-blob --key --output-signature`
 * writes and `cosign verify-blob --key --signature` reads). SHA256SUMS names every binary's
 * SHA-256 and each host checks the uploaded file against it, so the one signature covers them all.
 */

export const SUMS_FILE = 'SHA256SUMS';
export const SUMS_SIGNATURE_FILE = 'SHA256SUMS.sig';

/** Signs dir/SHA256SUMS unless SHA256SUMS.sig already holds a valid signature of it by this key (a rerun converges). */
export function signSums(dir: string, key: { privateKey: KeyObject; publicKey: KeyObject }): { file: string; outcome: 'added' | 'present' } | undefined {
  const sumsFile = path.join(dir, SUMS_FILE);
  const sigFile = path.join(dir, SUMS_SIGNATURE_FILE);
  let sums: Buffer;
  try {
    sums = fs.readFileSync(sumsFile);
  } catch {
    return undefined;
  }
  let existing = '';
  try {
    existing = fs.readFileSync(sigFile, 'utf8');
  } catch {
    existing = '';
  }
  if (existing && verifyingKey([key.publicKey], sums, existing.trim()) === 0) return { file: sigFile, outcome: 'present' };
  fs.writeFileSync(sigFile, signData(key.privateKey, sums));
  return { file: sigFile, outcome: 'added' };
}

/**
 * Refuses (one line naming the file and the keys) a SHA256SUMS text that no key verifies with the
 * SHA256SUMS.sig beside it. `sums` is the text the deploy read and plans from, so what is checked
 * is what each host's SHA-256 check then holds the binaries to. Returns the verifying key's id.
 */
export function verifySums(dir: string, sums: string, keys: readonly KeyObject[]): string {
  const sumsFile = path.join(dir, SUMS_FILE);
  const sigFile = path.join(dir, SUMS_SIGNATURE_FILE);
  const keyList = `verify_key (${keys.length} key(s): ${keys.map(keyId).join(', ')})`;
  let sig: string;
  try {
    sig = fs.readFileSync(sigFile, 'utf8').trim();
  } catch {
    throw new UserError(`refusing ${sumsFile}: it has no signature (no ${SUMS_SIGNATURE_FILE} beside it) to check with ${keyList}; nothing was changed on any host`);
  }
  const index = verifyingKey(keys, Buffer.from(sums, 'utf8'), sig);
  if (index < 0) throw new UserError(`refusing ${sumsFile}: ${sigFile} does not verify it with ${keyList}; nothing was changed on any host`);
  return keyId(keys[index]);
}
