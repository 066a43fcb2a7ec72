import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  duplicateProblems,
  hashToken,
  LEGACY_TOKEN_NAME,
  parseTokenEntries,
  type TokenEntry,
} from './tokens';

/** Thrown when the environment is invalid; `problems` names each variable and what it expects. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** `allowAny`: 0 means "any free port", for tests and throwaway servers. */
const port = (what: string, allowAny = false) => {
  const expected = `expected a TCP port number (${allowAny ? 0 : 1}-65535) for ${what}`;
  return z.coerce
    .number({ message: expected })
    .int({ message: expected })
    .min(allowAny ? 0 : 1, { message: expected })
    .max(65535, { message: expected });
};

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const memorySize = z
  .string()
  .regex(/^\d+[kmgKMG]$/, { message: 'expected a JVM memory size such as 512m or 1g' });

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

const neo4jUri = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a URI; expected e.g. neo4j://localhost:7687, bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io`,
    });
    return;
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!NEO4J_SCHEMES.includes(scheme)) {
    ctx.addIssue({
      code: 'custom',
      message: `scheme "${scheme}" is not supported; expected one of ${NEO4J_SCHEMES.join(', ')}`,
    });
  }
  if (!url.hostname) ctx.addIssue({ code: 'custom', message: `"${value}" has no host` });
});

const millis = z.coerce
  .number({ message: 'expected a number of milliseconds' })
  .int({ message: 'expected a whole number of milliseconds' })
  .positive({ message: 'expected a positive number of milliseconds' });

const count = z.coerce
  .number({ message: 'expected a whole number' })
  .int({ message: 'expected a whole number' })
  .positive({ message: 'expected a positive whole number' });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port('PORT', true).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),

  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),

  EMBEDDED_NEO4J_HOME: z.string().min(1).default('.neo4j'),
  EMBEDDED_NEO4J_BOLT_PORT: port('EMBEDDED_NEO4J_BOLT_PORT').default(7687),
  EMBEDDED_NEO4J_HTTP_PORT: port('EMBEDDED_NEO4J_HTTP_PORT').default(7474),
  EMBEDDED_NEO4J_HEAP: memorySize.default('512m'),
  EMBEDDED_NEO4J_PAGECACHE: memorySize.default('256m'),
  EMBEDDED_NEO4J_PASSWORD: z
    .string()
    .min(8, { message: 'Neo4j requires passwords of at least 8 characters' })
    .default('standards-graph'),

  SEEDS_DIR: z.string().min(1).default('seeds'),
  SEED_ON_START: bool.default(true),

  API_TOKEN: z
    .string()
    .min(16, { message: 'the bearer token for mutations must be at least 16 characters' })
    .optional(),
  API_TOKENS: z.string().optional(),
  API_TOKENS_FILE: z.string().optional(),
  READS_REQUIRE_TOKEN: bool.default(false),
  CORS_ORIGINS: z.string().default('*'),
  NEO4J_TX_TIMEOUT_MS: millis.default(15000),
  NEO4J_RETRY_MS: millis.default(5000),
  REQUEST_TIMEOUT_MS: millis.default(30000),
  HTTP_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, { message: 'expected a size such as 100kb or 1mb' })
    .default('100kb'),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_MAX_DEPTH: count.default(15),
  GRAPHQL_MAX_COST: count.default(100000),
  GRAPHQL_MAX_ALIASES: count.default(30),
  GRAPHQL_MAX_DIRECTIVES: count.default(50),
  GRAPHQL_MAX_TOKENS: count.default(3000),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface EmbeddedNeo4jOptions {
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  password: string;
}

export interface AccessConfig {
  tokens: TokenEntry[];
  /** Queries also need a token (any role); otherwise reading is open and only writes need one. */
  readsRequireToken: boolean;
}

export interface AppConfig {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  logFormat: 'json' | 'pretty';
  /** Set when NEO4J_URI is given: use that server. Otherwise the embedded default is started. */
  neo4j?: Neo4jConnection;
  embedded: EmbeddedNeo4jOptions;
  seedsDir: string;
  seedOnStart: boolean;
  /** Who may call the API: the configured tokens (hashed) and whether reads need one too. */
  access: AccessConfig;
  corsOrigins: string[] | '*';
  txTimeoutMs: number;
  /** How long the driver retries a transaction on transient errors before giving up. */
  retryMs: number;
  requestTimeoutMs: number;
  bodyLimit: string;
  introspection: boolean;
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxDirectives: number; maxTokens: number };
}

/**
 * The tokens of API_TOKENS, API_TOKENS_FILE and the single API_TOKEN (an admin named "api-token"), all
 * reduced to their SHA-256 here so that no plain token outlives start-up in the configuration.
 */
function accessTokens(e: Env): TokenEntry[] {
  const tokens: TokenEntry[] = [];
  const problems: string[] = [];
  if (e.API_TOKEN) tokens.push({ name: LEGACY_TOKEN_NAME, role: 'admin', hash: hashToken(e.API_TOKEN) });
  if (e.API_TOKENS) {
    const parsed = parseTokenEntries(e.API_TOKENS, 'API_TOKENS');
    tokens.push(...parsed.entries);
    problems.push(...parsed.problems);
  }
  if (e.API_TOKENS_FILE) {
    const file = path.resolve(e.API_TOKENS_FILE);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      problems.push(
        `API_TOKENS_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    if (text !== undefined) {
      const parsed = parseTokenEntries(text, `API_TOKENS_FILE (${file})`);
      tokens.push(...parsed.entries);
      problems.push(...parsed.problems);
    }
  }
  problems.push(...duplicateProblems(tokens));
  if (problems.length) throw new ConfigError(problems);
  return tokens;
}

/** Empty strings count as unset, as users write `NEO4J_URI=` in .env files to switch something off. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, isTty = !!process.stdout.isTTY): AppConfig {
  const parsed = EnvSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError(['NEO4J_PASSWORD: required when NEO4J_URI is set']);
  }
  if (!e.NEO4J_URI && e.EMBEDDED_NEO4J_BOLT_PORT === e.EMBEDDED_NEO4J_HTTP_PORT) {
    throw new ConfigError([
      `EMBEDDED_NEO4J_HTTP_PORT: must differ from EMBEDDED_NEO4J_BOLT_PORT (both are ${e.EMBEDDED_NEO4J_BOLT_PORT})`,
    ]);
  }
  const tokens = accessTokens(e);
  if (e.READS_REQUIRE_TOKEN && tokens.length === 0) {
    throw new ConfigError([
      'READS_REQUIRE_TOKEN: is true but no token is configured (API_TOKEN, API_TOKENS or API_TOKENS_FILE); nobody could read',
    ]);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (isTty ? 'pretty' : 'json'),
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
      : undefined,
    embedded: {
      home: path.resolve(e.EMBEDDED_NEO4J_HOME),
      boltPort: e.EMBEDDED_NEO4J_BOLT_PORT,
      httpPort: e.EMBEDDED_NEO4J_HTTP_PORT,
      heap: e.EMBEDDED_NEO4J_HEAP,
      pageCache: e.EMBEDDED_NEO4J_PAGECACHE,
      password: e.EMBEDDED_NEO4J_PASSWORD,
    },
    seedsDir: path.resolve(e.SEEDS_DIR),
    seedOnStart: e.SEED_ON_START,
    access: { tokens, readsRequireToken: e.READS_REQUIRE_TOKEN },
    corsOrigins:
      e.CORS_ORIGINS.trim() === '*'
        ? '*'
        : e.CORS_ORIGINS.split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    retryMs: e.NEO4J_RETRY_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    bodyLimit: e.HTTP_BODY_LIMIT,
    introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
    },
  };
}
