/**
 * A throwaway Neo4j container for the fault test: started, stopped and started again with the container
 * CLI (podman by default, CONTAINER_CLI=docker for Docker), on free loopback ports, data kept in the
 * container between stop and start, removed with its volume at the end. Nothing is pulled.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/config/config';
import { freePort } from '../../src/util/ports';

const run = promisify(execFile);
const REPO = path.resolve(__dirname, '..', '..');
const PASSWORD = 'script-password-1';
const START_TIMEOUT_MS = 180_000;

export interface ContainerNeo4j {
  connection: Neo4jConnection;
  /** e.g. "container 1a2b3c4d5e6f (localhost/standards-graph/neo4j:5.26)" */
  label: string;
  stop(): Promise<void>;
  /** Starts the stopped container again and waits until its default database runs a query. */
  start(): Promise<void>;
  /** Removes the container and its data volume. */
  remove(): Promise<void>;
}

function cliEnv(cli: string): NodeJS.ProcessEnv {
  const conf = path.join(REPO, 'scripts', 'images', 'containers.conf');
  // The project's Podman settings (runc, no ulimits) unless the caller chose others.
  return cli === 'podman' && !process.env.CONTAINERS_CONF && fs.existsSync(conf)
    ? { ...process.env, CONTAINERS_CONF: conf }
    : process.env;
}

async function waitForQuery(connection: Neo4jConnection, what: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      // Bolt answers before the default database is online; ready means a query on it runs.
      await driver.executeQuery('RETURN 1', {}, { database: connection.database });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await driver.close();
    }
  }
  throw new Error(`${what} did not run a query within ${START_TIMEOUT_MS / 1000} s`);
}

export async function startNeo4jContainer(image: string, cli = 'podman'): Promise<ContainerNeo4j> {
  const env = cliEnv(cli);
  const docker = (...args: string[]) => run(cli, args, { env, maxBuffer: 8 * 1024 * 1024 });
  const bolt = await freePort();
  const http = await freePort();
  const name = `standards-graph-fault-${process.pid}`;
  try {
    const { stdout } = await docker(
      'run',
      '--detach',
      '--pull=never',
      '--name',
      name,
      '--publish',
      `127.0.0.1:${bolt}:7687`,
      '--publish',
      `127.0.0.1:${http}:7474`,
      '--env',
      `NEO4J_AUTH=neo4j/${PASSWORD}`,
      '--env',
      'NEO4J_server_memory_heap_initial__size=512m',
      '--env',
      'NEO4J_server_memory_heap_max__size=512m',
      '--env',
      'NEO4J_server_memory_pagecache_size=256m',
      image,
    );
    const id = stdout.trim().slice(0, 12);
    const connection = {
      uri: `bolt://127.0.0.1:${bolt}`,
      user: 'neo4j',
      password: PASSWORD,
      database: 'neo4j',
    };
    const label = `container ${id} (${image})`;
    // Never leave the container behind if the script dies first.
    process.once('exit', () => {
      spawnSync(cli, ['rm', '--force', '--volumes', name], { env, stdio: 'ignore' });
    });
    const c: ContainerNeo4j = {
      connection,
      label,
      // Neo4j gets SIGTERM and 20 s to checkpoint, as `docker stop` gives it.
      stop: async () => void (await docker('stop', '--time', '20', name)),
      start: async () => {
        await docker('start', name);
        await waitForQuery(connection, label);
      },
      remove: async () => void (await docker('rm', '--force', '--volumes', name).catch(() => undefined)),
    };
    await waitForQuery(connection, label);
    return c;
  } catch (err) {
    await docker('rm', '--force', '--volumes', name).catch(() => undefined);
    throw err;
  }
}
