// Ids for bulk-loaded A&D records, made in the process instead of by gen_random_uuid(): time-ordered (the UUIDv7
// layout: 48 bits of Unix milliseconds first), so a bulk load appends to the right edge of the primary-key index
// instead of touching a random leaf page per row (on a 10M-row table the random pages do not stay in shared
// buffers), and cheap (a per-load random prefix and a counter: no random bytes per row).
import { randomBytes } from 'node:crypto';

/** A generator of distinct, increasing UUIDv7-layout ids: up to 2^24 per call of idsFrom. */
export function timeOrderedIds(now = Date.now()): () => string {
  const time = now.toString(16).padStart(12, '0');
  const random = randomBytes(8).toString('hex');
  // version 7 | 12 random bits, variant 10 | 14 random bits, 24 random bits then a 24-bit counter.
  const variant = ((parseInt(random.slice(3, 4), 16) & 0x3) | 0x8).toString(16);
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(0, 3)}-${variant}${random.slice(4, 7)}-${random.slice(7, 13)}`;
  let counter = 0;
  return () => {
    if (counter > 0xffffff) throw new Error('timeOrderedIds: more than 2^24 ids from one generator');
    return prefix + (counter++).toString(16).padStart(6, '0');
  };
}
