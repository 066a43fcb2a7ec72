import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { EmbeddedNeo4jOptions, Neo4jConnection } from '../../config/config';
import type { Logger } from '../../logging/logger';
import { assertPortFree } from '../../util/ports';
import { findJava, PrerequisiteError } from './java';
import { classDataArchive, type ClassDataArchive } from './class-data';
import { jvmClasspath } from './jvm-classpath';

const START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 8_000;
const STOP_GRACE_WITH_ARCHIVE_MS = 120_000;

// JVM flags the Neo4j distribution's own launcher passes; without the add-opens Neo4j falls back to slower I/O.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '-Dlog4j2.disable.jmx=true',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export function renderNeo4jConf(o: EmbeddedNeo4jOptions): string {
  const home = o.home;
  return [
    '# Written by the service at each start from EMBEDDED_NEO4J_* settings; edits here are overwritten.',
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.run=${path.join(home, 'run')}`,
    `server.directories.import=${path.join(home, 'import')}`,
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    `server.http.listen_address=127.0.0.1:${o.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${o.httpPort}`,
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Neo4j Browser: no telemetry from a local, offline database.
    'client.allow_telemetry=false',
    // Netty's default 5 s quiet period, twice, made every stop take 10 s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=2',
    '',
  ].join('\n');
}

/** A Neo4j 5.26 Community server run from the official jars, owned by this process. */
export class EmbeddedNeo4j {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private recentOutput: string[] = [];
  private classData?: ClassDataArchive;
  /** Where the last start's time went (ms), for the service's "ready" log and the start-up benchmark. */
  readonly timings: Record<string, number> = {};

  constructor(
    private readonly options: EmbeddedNeo4jOptions,
    private readonly logger: Logger,
  ) {}

  get connection(): Neo4jConnection {
    return {
      uri: `bolt://127.0.0.1:${this.options.boltPort}`,
      user: 'neo4j',
      password: this.options.password,
      database: 'neo4j',
    };
  }

  get browserUrl(): string {
    return `http://127.0.0.1:${this.options.httpPort}/browser/`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<Neo4jConnection> {
    const o = this.options;
    let t0 = Date.now();
    const { java, major } = findJava();
    this.timings.javaCheckMs = Date.now() - t0;
    await assertPortFree('127.0.0.1', o.boltPort, 'EMBEDDED_NEO4J_BOLT_PORT');
    await assertPortFree('127.0.0.1', o.httpPort, 'EMBEDDED_NEO4J_HTTP_PORT');

    const conf = path.join(o.home, 'conf');
    fs.mkdirSync(conf, { recursive: true });
    fs.writeFileSync(path.join(conf, 'neo4j.conf'), renderNeo4jConf(o));
    t0 = Date.now();
    const { jars, launcher, classpath } = jvmClasspath(o.home, java, major, this.logger);
    this.timings.classpathMs = Date.now() - t0;
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: o.home, NEO4J_CONF: conf };
    // Only possible before the very first start (afterwards the password lives in the system database);
    // the launcher sets it with neo4j-admin's command in the server's own JVM.
    const newHome = !fs.existsSync(path.join(o.home, 'data', 'dbms', 'auth.ini'));
    if (newHome) env.NEO4J_INITIAL_PASSWORD = o.password;
    else delete env.NEO4J_INITIAL_PASSWORD;
    this.classData = classDataArchive(java, major, jars);

    t0 = Date.now();
    const child = spawn(
      java,
      [
        `-Xms${o.heap}`,
        `-Xmx${o.heap}`,
        ...JVM_FLAGS,
        ...this.classData.flags,
        '-cp',
        classpath,
        launcher.main,
        `--home-dir=${o.home}`,
        `--config-dir=${conf}`,
      ],
      // stdin stays an open pipe: the JVM's watchdog exits when it closes, i.e. when we die.
      { env, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child = child;
    this.logger.info(
      {
        pid: child.pid,
        java: major,
        home: o.home,
        launcher: launcher.compiled ? 'compiled' : 'source',
        bolt: o.boltPort,
        http: o.httpPort,
        ...(this.classData.creating ? { classData: "written at this run's exit" } : {}),
      },
      'starting embedded Neo4j 5.26',
    );
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        // Our end of the pipes would otherwise keep the Node event loop alive after the JVM is gone.
        child.stdin?.destroy();
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve();
      }),
    );
    const remember = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        this.recentOutput.push(line);
        if (this.recentOutput.length > 40) this.recentOutput.shift();
        this.logger.debug({ neo4j: line }, 'neo4j output');
      }
    };
    child.stdout?.on('data', remember);
    child.stderr?.on('data', remember);

    await this.waitForBolt();
    this.timings.jvmToBoltMs = Date.now() - t0;
    return this.connection;
  }

  private async waitForBolt(): Promise<void> {
    const c = this.connection;
    const deadline = Date.now() + START_TIMEOUT_MS;
    let died = false;
    this.exited?.then(() => (died = true));
    while (Date.now() < deadline) {
      if (died) {
        throw new Error(
          `Embedded Neo4j exited during start-up (logs in ${path.join(this.options.home, 'logs')}):\n${this.recentOutput.join('\n')}`,
        );
      }
      const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
        connectionTimeout: 2000,
        // No retries inside the driver: while the database starts it would back off 1 s, 2 s, 4 s... and
        // answer seconds after Neo4j is ready; this loop polls every 250 ms instead.
        maxTransactionRetryTime: 0,
        logging: { level: 'error', logger: () => {} },
      });
      try {
        // Bolt answers before the default database is online; ready means a query on it runs.
        await driver.executeQuery('RETURN 1', {}, { database: c.database });
        return;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'Neo.ClientError.Security.Unauthorized') {
          await this.stop();
          throw new PrerequisiteError(
            `The embedded Neo4j in ${this.options.home} has a different password than EMBEDDED_NEO4J_PASSWORD. Set the password it was created with, or delete ${path.join(this.options.home, 'data')} to start afresh.`,
          );
        }
      } finally {
        await driver.close();
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await this.stop();
    throw new Error(`Embedded Neo4j did not accept Bolt connections within ${START_TIMEOUT_MS / 1000} s`);
  }

  /** SIGTERM (Neo4j checkpoints and closes cleanly), then SIGKILL if it lingers. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.logger.info({ pid: child.pid }, 'stopping embedded Neo4j');
    child.kill('SIGTERM');
    // Writing the class-data archive at exit takes a few seconds more, once.
    const grace = this.classData?.creating ? STOP_GRACE_WITH_ARCHIVE_MS : STOP_GRACE_MS;
    const killed = await Promise.race([
      this.exited!.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), grace)),
    ]);
    if (killed) {
      this.logger.warn({ pid: child.pid }, 'embedded Neo4j did not stop in time; killing it');
      child.kill('SIGKILL');
      await this.exited;
    } else {
      this.classData?.keep();
    }
    this.logger.info('embedded Neo4j stopped');
  }
}
