import { createHash, randomBytes } from 'crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Ids from a repeatable sequence instead of random bytes (EmulatorOptions.repeatableIds): its position, or off. */
let sequence: number | undefined;

/** Random ids (the default), or a sequence that starts over here: the same calls get the same ids again. */
export const repeatIdsFromHere = (on = true): void => {
  sequence = on ? 0 : undefined;
};

const bytes = (length: number): Buffer => {
  if (sequence === undefined) return randomBytes(length);
  let out = Buffer.alloc(0);
  while (out.length < length) out = Buffer.concat([out, createHash('sha256').update(`id ${sequence++}`).digest()]);
  return out.subarray(0, length);
};

/** A GHL-style record id: 20 alphanumeric characters (Firestore auto-ids), e.g. `ve9EPM428h8vShlRW1KT`. */
export const ghlId = (length = 20): string => {
  const b = bytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[b[i] % ALPHABET.length];
  return out;
};

/** An opaque token (GHL's are JWTs; clients must treat them as opaque, so a random string is as good). */
export const opaqueToken = (prefix: string): string => `${prefix}.${randomBytes(24).toString('base64url')}`;
