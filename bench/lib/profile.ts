/**
 * Per operation and target: how many queries reach Neo4j (round trips) and what they cost there (db hits,
 * summed over the PROFILE plans of exactly the Cypher each target sent, with its parameters).
 * The GraphQL servers run in this process for it, with their driver calls recorded: ours through a
 * Database whose `run` records, the peer through QueryRecorder. The raw floor sends one known query.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ProfiledPlan } from 'neo4j-driver';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { loadConfig, type Neo4jConnection } from '../../src/config/config';
import { createApolloServer } from '../../src/graphql/server';
import { silentLogger } from '../../src/logging/logger';
import { Database, type Params } from '../../src/neo4j/database';
import { buildPeerSchema, QueryRecorder, type RecordedQuery } from '../neo4j-graphql/server';
import { peerMix } from '../neo4j-graphql/operations';
import { queryMix, type MixIds } from '../query-mix';
import { RAW_QUERIES } from '../raw-cypher/queries';
import { graphql } from 'graphql';
import type { TargetName } from './targets';
import { VersionedCache } from '../../src/util/versioned-cache';

export interface OperationProfile {
  roundTrips: number;
  dbHits: number;
  /** The Cypher sent, for the report's appendix. */
  queries: string[];
}

export type Profiles = Record<string, Partial<Record<TargetName, OperationProfile>>>;

/**
 * Our Database, recording every query it sends: single reads through `query` (which may or may not go
 * through `run`) and statements of managed transactions through `run`, each recorded once.
 */
class RecordingDatabase extends Database {
  recorded: RecordedQuery[] = [];
  private readonly insideQuery = new AsyncLocalStorage<boolean>();
  override query<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    this.recorded.push({ cypher, params });
    return this.insideQuery.run(true, () => super.query<R>(cypher, params));
  }
  override run<R extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    cypher: string,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    if (!this.insideQuery.getStore()) this.recorded.push({ cypher, params });
    return super.run<R>(tx, cypher, params);
  }
}

function sumDbHits(plan: ProfiledPlan | false): number {
  if (!plan) return 0;
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

/** PROFILE goes after any `CYPHER 5` version prefix (the peer sends one). */
export function profiled(cypher: string): string {
  const m = /^\s*(CYPHER(?:\s+\d+)?(?:\s+[\w.]+=\S+)*)\s+/i.exec(cypher);
  return m ? `${m[1]} PROFILE ${cypher.slice(m[0].length)}` : `PROFILE ${cypher}`;
}

async function dbHitsOf(driver: Driver, database: string, queries: RecordedQuery[]): Promise<number> {
  let total = 0;
  for (const q of queries) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(profiled(q.cypher), q.params));
      total += sumDbHits(result.summary.profile);
    } finally {
      await session.close();
    }
  }
  return total;
}

export async function profileOperations(
  connection: Neo4jConnection,
  ids: MixIds,
  operations: string[],
  targets: TargetName[],
): Promise<Profiles> {
  const profiles: Profiles = {};
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    logging: { level: 'error', logger: () => {} },
  });
  const config = loadConfig(
    {
      NODE_ENV: 'production',
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
    },
    false,
  );
  const db = new RecordingDatabase(connection, config.txTimeoutMs, config.retryMs);
  const apollo = createApolloServer(config, silentLogger);
  await apollo.start();
  const recorder = new QueryRecorder();
  // Built only when the peer is measured: building its schema takes seconds.
  const peerSchema = targets.includes('peer') ? await buildPeerSchema(recorder.wrap(driver)) : undefined;
  try {
    const ours = queryMix(ids);
    const peer = peerMix(ids);
    for (const name of operations) {
      const entry: Partial<Record<TargetName, OperationProfile>> = {};
      if (targets.includes('ours')) {
        const op = ours.find((o) => o.name === name)!;
        db.recorded = [];
        const response = await apollo.executeOperation(
          { query: op.query, variables: op.variables },
          // A fresh aggregate cache per operation: the profile shows the cold work.
          { contextValue: { db, config, logger: silentLogger, aggregates: new VersionedCache<unknown>() } },
        );
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        if (result?.errors) throw new Error(`ours: ${name} failed: ${JSON.stringify(result.errors)}`);
        entry.ours = {
          roundTrips: db.recorded.length,
          dbHits: await dbHitsOf(driver, connection.database, db.recorded),
          queries: db.recorded.map((q) => q.cypher),
        };
      }
      if (peerSchema) {
        const op = peer.find((o) => o.name === name)!;
        const sent = await recorder.during(async () => {
          const result = await graphql({
            schema: peerSchema,
            source: op.query,
            variableValues: op.variables,
            contextValue: { sessionConfig: { database: connection.database } },
          });
          if (result.errors) throw new Error(`peer: ${name} failed: ${JSON.stringify(result.errors)}`);
        });
        entry.peer = {
          roundTrips: sent.length,
          dbHits: await dbHitsOf(driver, connection.database, sent),
          queries: sent.map((q) => q.cypher),
        };
      }
      if (targets.includes('raw')) {
        const raw = RAW_QUERIES[name]!;
        const variables = ours.find((o) => o.name === name)!.variables;
        const query = { cypher: raw.cypher, params: raw.params(variables) };
        entry.raw = {
          roundTrips: 1,
          dbHits: await dbHitsOf(driver, connection.database, [query]),
          queries: [raw.cypher],
        };
      }
      profiles[name] = entry;
    }
  } finally {
    await apollo.stop();
    await db.close();
    await driver.close();
  }
  return profiles;
}
