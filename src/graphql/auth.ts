import { createHash, timingSafeEqual } from 'node:crypto';
import { codedError } from './errors';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Mutations need `Authorization: Bearer <API_TOKEN>`. Hashing both sides first makes the comparison
 * constant-time whatever the lengths; with no token configured, writing is off for everyone.
 */
export function requireWriter(configuredToken: string | undefined, authorization: string | undefined): void {
  if (!configuredToken) {
    throw codedError('FORBIDDEN', 'Mutations are disabled on this server: it has no API_TOKEN configured.');
  }
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!m) throw codedError('UNAUTHENTICATED', 'Mutations need the header "Authorization: Bearer <token>".');
  if (!timingSafeEqual(digest(m[1]!), digest(configuredToken))) {
    throw codedError('UNAUTHENTICATED', 'The bearer token is not valid.');
  }
}
