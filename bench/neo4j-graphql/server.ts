/**
 * The peer in the benchmark: @neo4j/graphql 7 serving typeDefs.graphql over the same graph, on the same
 * HTTP stack as the service (Apollo Server 5 on express 5), set up as the library's documentation shows:
 * `new Neo4jGraphQL({ typeDefs, driver })`, `await neoSchema.getSchema()`, one driver for the process.
 *
 * Run directly (`node --import tsx bench/neo4j-graphql/server.ts`) it serves on PEER_PORT (default 4107)
 * against NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD; `npm run bench` starts it that way, as a child process.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { kindOf, NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/graph/model';
import { repoAsset } from '../../src/util/assets';

export const TYPE_DEFS_FILE = repoAsset(__dirname, 2, 'bench', 'neo4j-graphql', 'typeDefs.graphql');

/**
 * The typeDefs with their placeholders filled from the model catalogue, so the peer's @cypher traverses,
 * looks up and counts exactly what the service's own Cypher does (see the file's header).
 */
export function peerTypeDefs(): string {
  return fs
    .readFileSync(TYPE_DEFS_FILE, 'utf8')
    .replaceAll('__FACT_TYPES__', RELATIONSHIP_TYPES.join('|'))
    .replace(/__ANY_NODE\((\$\w+)\)__/g, (_, param: string) =>
      NODE_LABELS.map((l) => `MATCH (n:${l} {id: ${param}}) RETURN n`).join(' UNION ALL '),
    )
    .replaceAll(
      '__NODES_PER_KIND__',
      NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${kindOf(l)}' AS kind, count(n) AS count`).join(
        ' UNION ALL ',
      ),
    );
}

/** One Cypher query the peer sent, as it reached the driver (with the library's `CYPHER 5` prefix). */
export interface RecordedQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Records every query sent through a driver: the library gets this proxy instead of the driver, so the
 * benchmark can count the peer's round trips per operation and PROFILE exactly the Cypher it ran.
 * Recording is off unless `recording` is set; the proxy adds one function call per query.
 */
export class QueryRecorder {
  recording = false;
  readonly queries: RecordedQuery[] = [];

  record(cypher: string, params: unknown): void {
    if (this.recording) this.queries.push({ cypher, params: (params ?? {}) as Record<string, unknown> });
  }

  /** The queries recorded while `fn` ran (requests must not overlap). */
  async during(fn: () => Promise<unknown>): Promise<RecordedQuery[]> {
    this.queries.length = 0;
    this.recording = true;
    try {
      await fn();
    } finally {
      this.recording = false;
    }
    return [...this.queries];
  }

  wrap(driver: Driver): Driver {
    const record = (cypher: string, params: unknown) => this.record(cypher, params);
    const wrapTx = <T extends object>(tx: T): T =>
      new Proxy(tx, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (prop === 'run' && typeof value === 'function') {
            return (cypher: string, params?: unknown, ...rest: unknown[]) => {
              record(cypher, params);
              return (value as (...a: unknown[]) => unknown).call(target, cypher, params, ...rest);
            };
          }
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      });
    const wrapSession = <T extends object>(session: T): T =>
      new Proxy(session, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if ((prop === 'executeRead' || prop === 'executeWrite') && typeof value === 'function') {
            return (work: (tx: object) => unknown, config?: unknown) =>
              (value as (...a: unknown[]) => unknown).call(target, (tx: object) => work(wrapTx(tx)), config);
          }
          if (prop === 'run' && typeof value === 'function') {
            return (cypher: string, params?: unknown, ...rest: unknown[]) => {
              record(cypher, params);
              return (value as (...a: unknown[]) => unknown).call(target, cypher, params, ...rest);
            };
          }
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      });
    return new Proxy(driver, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop === 'session' && typeof value === 'function') {
          return (...args: unknown[]) =>
            wrapSession((value as (...a: unknown[]) => object).apply(target, args));
        }
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  }
}

export interface PeerConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** The executable schema @neo4j/graphql generates from typeDefs.graphql. */
export async function buildPeerSchema(driver: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver });
  return neoSchema.getSchema();
}

export interface RunningPeer {
  url: string;
  port: number;
  driver: Driver;
  recorder: QueryRecorder;
  stop(): Promise<void>;
}

export async function startPeerServer(
  connection: PeerConnection,
  options: { port?: number; host?: string } = {},
): Promise<RunningPeer> {
  const host = options.host ?? '127.0.0.1';
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const recorder = new QueryRecorder();
  const schema = await buildPeerSchema(recorder.wrap(driver));
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        token: req.headers.authorization,
        sessionConfig: connection.database ? { database: connection.database } : undefined,
      }),
    }),
  );
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    driver,
    recorder,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await driver.close();
    },
  };
}

if (require.main === module) {
  const env = process.env;
  startPeerServer(
    {
      uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7688',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'standards-graph',
      database: env.NEO4J_DATABASE,
    },
    { port: Number(env.PEER_PORT ?? 4107) },
  ).then(
    (peer) => {
      process.stdout.write(`@neo4j/graphql peer ready at ${peer.url}\n`);
      const stop = () => peer.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err: unknown) => {
      process.stderr.write(`peer failed to start: ${String(err)}\n`);
      process.exit(1);
    },
  );
}
