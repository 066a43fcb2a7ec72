import { createHash, timingSafeEqual } from 'node:crypto';
import { codedError } from './errors';

/** What a token may do: readers read, curators also write and curate, admins also restore and manage. */
export type Role = 'reader' | 'curator' | 'admin';
const RANK: Record<Role, number> = { reader: 0, curator: 1, admin: 2 };

/** Who made a request; `name` is what history records as "by". */
export interface Actor {
  name: string;
  role: Role;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The actor behind `Authorization: Bearer <token>`. Hashing both sides first makes the comparison
 * constant-time whatever the lengths; with no token configured, writing is off for everyone.
 * (Today one API_TOKEN, acting as an admin named "api-token".)
 */
export function authenticate(configuredToken: string | undefined, authorization: string | undefined): Actor {
  if (!configuredToken) {
    throw codedError('FORBIDDEN', 'Mutations are disabled on this server: it has no API_TOKEN configured.');
  }
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!m) throw codedError('UNAUTHENTICATED', 'Mutations need the header "Authorization: Bearer <token>".');
  if (!timingSafeEqual(digest(m[1]!), digest(configuredToken))) {
    throw codedError('UNAUTHENTICATED', 'The bearer token is not valid.');
  }
  return { name: 'api-token', role: 'admin' };
}

/** The request's actor, refused (FORBIDDEN) unless its role is at least `role`. */
export function requireRole(
  ctx: { config: { apiToken?: string }; authorization?: string },
  role: Role,
): Actor {
  const actor = authenticate(ctx.config.apiToken, ctx.authorization);
  if (RANK[actor.role] < RANK[role])
    throw codedError('FORBIDDEN', `This needs the ${role} role; token "${actor.name}" is a ${actor.role}.`);
  return actor;
}
