import { randomBytes } from 'crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A GHL-style record id: 20 alphanumeric characters (Firestore auto-ids), e.g. `ve9EPM428h8vShlRW1KT`. */
export const ghlId = (length = 20): string => {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length];
  return out;
};

/** An opaque token (GHL's are JWTs; clients must treat them as opaque, so a random string is as good). */
export const opaqueToken = (prefix: string): string => `${prefix}.${randomBytes(24).toString('base64url')}`;
