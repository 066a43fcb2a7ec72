import { createHash, randomBytes } from 'node:crypto';

/** What a token may do: readers read, curators also write and curate, admins also restore and manage. */
export const ROLES = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** One configured token: only its SHA-256 is kept, never the token itself. */
export interface TokenEntry {
  name: string;
  role: Role;
  /** SHA-256 of the token's UTF-8 bytes (32 bytes). */
  hash: Buffer;
}

/** The name the single legacy API_TOKEN acts under. */
export const LEGACY_TOKEN_NAME = 'api-token';

export const TOKEN_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const HEX_SHA256 = /^[0-9a-f]{64}$/i;

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * A new random token: 32 bytes from the OS's CSPRNG, base64url, with a recognisable prefix so secret
 * scanners and people can tell what it is. 256 bits make a plain (unsalted, fast) SHA-256 safe to store.
 */
export const generateToken = (): string => `sag_${randomBytes(32).toString('base64url')}`;

/** The configuration line for a token: `name:role:sha256-hex`. */
export const tokenLine = (name: string, role: Role, token: string): string =>
  `${name}:${role}:${hashToken(token).toString('hex')}`;

/**
 * Parses `name:role:sha256-hex` entries, separated by commas or new lines; blank lines and `#` comments
 * are skipped. Problems name the entry by its position (`where` #n), never repeat its text: a user who
 * pasted a raw token by mistake must not find it in a log.
 */
export function parseTokenEntries(
  text: string,
  where: string,
): { entries: TokenEntry[]; problems: string[] } {
  const entries: TokenEntry[] = [];
  const problems: string[] = [];
  const items = text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, ''))
    .flatMap((line) => line.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  items.forEach((item, i) => {
    const at = `${where} entry ${i + 1}`;
    const parts = item.split(':');
    if (parts.length !== 3) {
      problems.push(`${at}: expected name:role:sha256-hex (npm run token prints one)`);
      return;
    }
    const [name, role, hex] = parts as [string, string, string];
    const bad: string[] = [];
    if (!TOKEN_NAME_PATTERN.test(name))
      bad.push(
        'the name must be 1-64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit',
      );
    if (!(ROLES as readonly string[]).includes(role)) bad.push(`the role must be one of ${ROLES.join(', ')}`);
    if (!HEX_SHA256.test(hex))
      bad.push('the hash must be 64 hexadecimal digits (the SHA-256 of the token, not the token)');
    if (bad.length) {
      problems.push(`${at}${TOKEN_NAME_PATTERN.test(name) ? ` ("${name}")` : ''}: ${bad.join('; ')}`);
      return;
    }
    entries.push({ name, role: role as Role, hash: Buffer.from(hex, 'hex') });
  });
  return { entries, problems };
}

/** Two tokens under one name, or one token under two names, make history and revocation ambiguous. */
export function duplicateProblems(entries: readonly TokenEntry[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const hashes = new Map<string, string>();
  for (const e of entries) {
    if (names.has(e.name)) problems.push(`API_TOKENS: the name "${e.name}" is given to more than one token`);
    names.add(e.name);
    const h = e.hash.toString('hex');
    const other = hashes.get(h);
    if (other !== undefined)
      problems.push(`API_TOKENS: "${e.name}" and "${other}" have the same token; give each its own`);
    hashes.set(h, e.name);
  }
  return problems;
}
