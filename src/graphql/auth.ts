import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { AccessConfig } from '../config/config';
import { hashToken, ROLES, type Role, type TokenEntry } from '../config/tokens';
import type { ErrorCode } from './errors';

export type { Role };
const RANK = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>;

/** Who made a request; `name` is what history records as "by". */
export interface Actor {
  name: string;
  role: Role;
}

const authError = (code: Extract<ErrorCode, 'UNAUTHENTICATED' | 'FORBIDDEN'>, message: string) =>
  new GraphQLError(message, { extensions: { code } });

/**
 * The configured token whose hash equals the presented token's. Every entry is compared (no early exit)
 * with timingSafeEqual over equal-length digests, so the time taken says nothing about which entry, or
 * how much of one, matched.
 */
function match(tokens: readonly TokenEntry[], presented: string): TokenEntry | undefined {
  const digest = hashToken(presented);
  let found: TokenEntry | undefined;
  for (const t of tokens) if (timingSafeEqual(t.hash, digest) && !found) found = t;
  return found;
}

/** The actor behind `Authorization: Bearer <token>`; with no token configured, writing is off for everyone. */
export function authenticate(access: Pick<AccessConfig, 'tokens'>, authorization: string | undefined): Actor {
  if (access.tokens.length === 0) {
    throw authError(
      'FORBIDDEN',
      'Writes are disabled on this server: it has no API_TOKEN, API_TOKENS or API_TOKENS_FILE configured.',
    );
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!m) {
    throw authError(
      'UNAUTHENTICATED',
      'This needs a token: send the header "Authorization: Bearer <token>".',
    );
  }
  const entry = match(access.tokens, m[1]!);
  if (!entry) throw authError('UNAUTHENTICATED', 'The bearer token is not valid (unknown or revoked).');
  return { name: entry.name, role: entry.role };
}

/** The request's actor, refused (FORBIDDEN) unless its role is at least `role`. */
export function requireRole(
  ctx: { config: { access: Pick<AccessConfig, 'tokens'> }; authorization?: string },
  role: Role,
): Actor {
  const actor = authenticate(ctx.config.access, ctx.authorization);
  if (RANK[actor.role] < RANK[role]) {
    throw authError(
      'FORBIDDEN',
      `This needs the ${role} role or higher; token "${actor.name}" has the ${actor.role} role.`,
    );
  }
  return actor;
}

/**
 * With READS_REQUIRE_TOKEN, every query (introspection included) needs a token of any role; mutations
 * check their own, higher, role in their resolvers. Checked once the operation is known, before it runs.
 */
export function readAccessPlugin<
  C extends { config: { access: AccessConfig }; authorization?: string },
>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.config.access.readsRequireToken) return;
      return {
        async didResolveOperation({ operation, contextValue: ctx }) {
          if (operation?.operation === 'mutation') return;
          try {
            requireRole(ctx, 'reader');
          } catch (err) {
            // The whole request is refused: HTTP 401 (no or bad token) or 403, as clients expect.
            const code = (err as GraphQLError).extensions.code;
            throw new GraphQLError((err as GraphQLError).message, {
              extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } },
            });
          }
        },
      };
    },
  };
}
