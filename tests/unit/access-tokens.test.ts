import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';
import { generateToken, hashToken, parseTokenEntries, tokenLine } from '../../src/config/tokens';
import { authenticate, requireRole } from '../../src/graphql/auth';

const READER = generateToken();
const CURATOR = generateToken();
const ADMIN = generateToken();
const LEGACY = 'legacy-token-0123456789';
const LINES = [
  tokenLine('rita', 'reader', READER),
  tokenLine('carl', 'curator', CURATOR),
  tokenLine('ada', 'admin', ADMIN),
];

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, false);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('access tokens: configuration', () => {
  it('generates distinct random tokens and a name:role:sha256 line', () => {
    expect(READER).toMatch(/^sag_[A-Za-z0-9_-]{43}$/);
    expect(new Set([READER, CURATOR, ADMIN, generateToken()]).size).toBe(4);
    expect(LINES[0]).toBe(`rita:reader:${hashToken(READER).toString('hex')}`);
    expect(LINES[0]).not.toContain(READER);
  });

  it('reads API_TOKENS (comma or newline separated, # comments) and keeps only hashes', () => {
    const c = loadConfig({ API_TOKENS: `${LINES[0]}, ${LINES[1]}\n# the admin\n${LINES[2]}\n` }, false);
    expect(c.access.tokens.map((t) => [t.name, t.role])).toEqual([
      ['rita', 'reader'],
      ['carl', 'curator'],
      ['ada', 'admin'],
    ]);
    expect(c.access.tokens[1]!.hash.equals(hashToken(CURATOR))).toBe(true);
    expect(JSON.stringify(c)).not.toContain(CURATOR);
    expect(c.access.readsRequireToken).toBe(false);
  });

  it('reads API_TOKENS_FILE and adds the legacy API_TOKEN as an admin named api-token', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tokens-')), 'tokens');
    fs.writeFileSync(file, `# team tokens\n${LINES[1]}\n\n${LINES[2]}  # Ada\n`);
    const c = loadConfig({ API_TOKENS_FILE: file, API_TOKEN: LEGACY, READS_REQUIRE_TOKEN: 'true' }, false);
    expect(c.access.tokens.map((t) => `${t.name}:${t.role}`)).toEqual([
      'api-token:admin',
      'carl:curator',
      'ada:admin',
    ]);
    expect(JSON.stringify(c)).not.toContain(LEGACY);
    expect(c.access.readsRequireToken).toBe(true);
  });

  it('names each malformed entry by position and never echoes its text', () => {
    const raw = generateToken();
    const problems = problemsOf({
      API_TOKENS: [raw, `bob:boss:${'a'.repeat(64)}`, `eve:reader:${raw}`, 'carl:curator:xyz'].join(','),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^API_TOKENS entry 1: expected name:role:sha256-hex/),
      expect.stringMatching(/^API_TOKENS entry 2 \("bob"\): the role must be one of reader, curator, admin$/),
      expect.stringMatching(/^API_TOKENS entry 3 \("eve"\): the hash must be 64 hexadecimal digits/),
      expect.stringMatching(/^API_TOKENS entry 4 \("carl"\): the hash must be/),
    ]);
    expect(problems.join('\n')).not.toContain(raw);
    expect(problems.join('\n')).not.toContain(raw.slice(4, 20));
  });

  it('refuses duplicate names, one token under two names, a missing file, and reads locked with no token', () => {
    expect(problemsOf({ API_TOKENS: `${LINES[0]},${tokenLine('rita', 'admin', ADMIN)}` })).toEqual([
      'API_TOKENS: the name "rita" is given to more than one token',
    ]);
    expect(problemsOf({ API_TOKENS: `${LINES[0]},${tokenLine('rob', 'admin', READER)}` })).toEqual([
      'API_TOKENS: "rob" and "rita" have the same token; give each its own',
    ]);
    expect(problemsOf({ API_TOKENS_FILE: '/nonexistent/tokens' })[0]).toMatch(
      /^API_TOKENS_FILE: cannot read \/nonexistent\/tokens \(ENOENT\)/,
    );
    expect(problemsOf({ READS_REQUIRE_TOKEN: 'true' })[0]).toMatch(/^READS_REQUIRE_TOKEN: .*no token/);
  });

  it('parses an empty or comment-only list as no tokens', () => {
    expect(parseTokenEntries('\n# none yet\n , ', 'API_TOKENS')).toEqual({ entries: [], problems: [] });
  });
});

describe('access tokens: authenticate and requireRole', () => {
  const config = loadConfig({ API_TOKENS: LINES.join(','), API_TOKEN: LEGACY }, false);
  const ctx = (token?: string) => ({
    config,
    authorization: token === undefined ? undefined : `Bearer ${token}`,
  });

  it('names the actor behind each token', () => {
    expect(authenticate(config.access, `Bearer ${READER}`)).toEqual({ name: 'rita', role: 'reader' });
    expect(authenticate(config.access, `bearer   ${CURATOR}`)).toEqual({ name: 'carl', role: 'curator' });
    expect(authenticate(config.access, `Bearer ${LEGACY}`)).toEqual({ name: 'api-token', role: 'admin' });
  });

  it('ranks roles: reader < curator < admin', () => {
    expect(requireRole(ctx(READER), 'reader').name).toBe('rita');
    expect(codeOf(() => requireRole(ctx(READER), 'curator'))).toBe('FORBIDDEN');
    expect(requireRole(ctx(CURATOR), 'curator')).toEqual({ name: 'carl', role: 'curator' });
    expect(codeOf(() => requireRole(ctx(CURATOR), 'admin'))).toBe('FORBIDDEN');
    expect(requireRole(ctx(ADMIN), 'curator')).toEqual({ name: 'ada', role: 'admin' });
    expect(requireRole(ctx(ADMIN), 'admin').name).toBe('ada');
  });

  it('says what is wrong: no header, another scheme, an unknown token, a role too low', () => {
    expect(codeOf(() => requireRole(ctx(), 'reader'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authenticate(config.access, `Basic ${READER}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole(ctx(`${READER}x`), 'reader'))).toBe('UNAUTHENTICATED');
    expect(() => requireRole(ctx(READER), 'curator')).toThrow(
      'This needs the curator role or higher; token "rita" has the reader role.',
    );
    expect(() => requireRole(ctx('nope-nope-nope-nope'), 'reader')).toThrow(/not valid/);
  });

  it('refuses everyone (FORBIDDEN) when no token is configured', () => {
    const open = loadConfig({}, false);
    expect(() => requireRole({ config: open, authorization: `Bearer ${ADMIN}` }, 'curator')).toThrow(
      /no API_TOKEN, API_TOKENS or API_TOKENS_FILE/,
    );
    expect(codeOf(() => requireRole({ config: open, authorization: `Bearer ${ADMIN}` }, 'curator'))).toBe(
      'FORBIDDEN',
    );
  });
});
