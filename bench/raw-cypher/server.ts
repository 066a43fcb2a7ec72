/**
 * The benchmark's floor as an HTTP endpoint, so it is measured the way the GraphQL servers are (same load
 * generator, same JSON over HTTP on loopback): `POST /<operation>` with `{"variables": {...}}` runs that
 * operation's hand-written Cypher (queries.ts) as one auto-commit read through neo4j-driver and answers
 * `{"data": ...}`. Plain node:http, no framework: the difference to the GraphQL servers is their layer.
 *
 * Run directly (`node --import tsx bench/raw-cypher/server.ts`) it serves on RAW_PORT (default 4108)
 * against NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE; `npm run bench` starts it that way.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { RAW_QUERIES } from './queries';

export interface RunningRaw {
  url: string;
  driver: Driver;
  stop(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startRawServer(
  connection: { uri: string; user: string; password: string; database?: string },
  options: { port?: number; host?: string } = {},
): Promise<RunningRaw> {
  const host = options.host ?? '127.0.0.1';
  // The same driver settings as the service's (plain JS numbers, pool of 100, no notifications).
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    logging: { level: 'error', logger: () => {} },
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const query = RAW_QUERIES[(req.url ?? '').slice(1)];
    if (req.method !== 'POST' || !query) return send(404, { error: 'POST /<operation of the query mix>' });
    readBody(req)
      .then(async (text) => {
        const variables = ((text ? JSON.parse(text) : {}) as { variables?: Record<string, unknown> })
          .variables;
        const session = driver.session({
          database: connection.database,
          defaultAccessMode: neo4j.session.READ,
        });
        try {
          // One auto-commit query in a read session, as the service sends a single read (src/neo4j/database.ts).
          const result = await session.run(query.cypher, query.params(variables ?? {}));
          send(200, { data: result.records.map((r) => r.get(0) as unknown) });
        } finally {
          await session.close();
        }
      })
      .catch((err: unknown) => send(500, { errors: [{ message: String(err) }] }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    driver,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

if (require.main === module) {
  const env = process.env;
  startRawServer(
    {
      uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7688',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE,
    },
    { port: Number(env.RAW_PORT ?? 4108) },
  ).then(
    (raw) => {
      process.stdout.write(`raw Cypher floor ready at ${raw.url}\n`);
      const stop = () => void raw.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err: unknown) => {
      process.stderr.write(`raw server failed to start: ${String(err)}\n`);
      process.exit(1);
    },
  );
}
