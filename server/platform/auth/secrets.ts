// Random secrets for sessions, CSRF and API tokens; only their SHA-256 is stored (they carry 256 bits).
import { createHash, randomBytes } from 'node:crypto';

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** API tokens look like rst_<8-char prefix>_<secret>; the prefix lets a user recognise a token in lists. */
export function newApiToken(): { token: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString('base64url').slice(0, 8);
  const token = `rst_${prefix}_${randomSecret()}`;
  return { token, prefix, hash: sha256(token) };
}
