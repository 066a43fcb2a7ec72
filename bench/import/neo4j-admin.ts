/**
 * Runs Neo4j's offline importer, `neo4j-admin database import full`, from the same Maven jars as the
 * embedded server (src/neo4j/embedded: its classpath already holds neo4j-import-tool and
 * neo4j-command-line), as a Java process of its own: org.neo4j.cli.AdminTool is the entry point of the
 * distribution's `neo4j-admin` script. The target Neo4j must be stopped; the database's old files are
 * replaced (--overwrite-destination).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4jOptions } from '../../src/config/config';
import { classDataArchive } from '../../src/neo4j/embedded/class-data';
import { findJava } from '../../src/neo4j/embedded/java';
import { jvmClasspath } from '../../src/neo4j/embedded/jvm-classpath';
import { renderNeo4jConf } from '../../src/neo4j/embedded/launcher';
import { ARRAY_DELIMITER_ARG } from './csv';
import type { CsvManifest } from './write-csv';

// Close to what the distribution's neo4j-admin script passes (parallel GC suits a batch job).
const JVM_FLAGS = [
  '-XX:+UseParallelGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export interface AdminImportOptions {
  /** The Neo4j home the database is imported into (its conf/neo4j.conf is written as the server's). */
  server: EmbeddedNeo4jOptions;
  manifest: CsvManifest;
  database?: string;
  /** JVM heap of the importer. */
  heap?: string;
  /** --max-off-heap-memory (the importer's caches). */
  maxOffHeap?: string;
  /** --threads; defaults to the importer's own (available processors). */
  threads?: number;
  /** Every output line of the importer (progress dots included). */
  onLine?: (line: string) => void;
}

export interface AdminImportResult {
  seconds: number;
  /** The importer's own "IMPORT DONE in ..." figure, in seconds, when it printed one. */
  reportedSeconds?: number;
  peakMemory?: string;
  args: string[];
  /** True when this run wrote the importer's class-data archive (its JVM exit takes a little longer). */
  wroteClassData: boolean;
}

/** The importer's command-line arguments for a manifest (exported for the tests). */
export function importArgs(manifest: CsvManifest, database: string, extra: string[] = []): string[] {
  return [
    'database',
    'import',
    'full',
    // The database first: --nodes and --relationships take several files and would swallow it.
    database,
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER_ARG}`,
    // Node ids are the writer's node numbers: no id mapping (and no lookup to check: the writer did).
    '--id-type=actual',
    '--bad-tolerance=0',
    `--report-file=${path.join(manifest.dir, 'import.report')}`,
    ...(manifest.multiline ? ['--multiline-fields=true'] : []),
    ...extra,
    // Header file first, then the data (labels and types are columns of the files).
    ...manifest.nodes.map((s) => `--nodes=${s.files.join(',')}`),
    ...manifest.relationships.map((s) => `--relationships=${s.files.join(',')}`),
  ];
}

/**
 * Deletes the database's store and transaction logs in `home` (what --overwrite-destination would delete
 * inside the timed import; at SF100 about 1.5 s of unlinking). Returns the seconds it took.
 */
export function wipeDatabase(home: string, database = 'neo4j'): number {
  const started = performance.now();
  for (const dir of ['databases', 'transactions']) {
    fs.rmSync(path.join(home, 'data', dir, database), { recursive: true, force: true });
  }
  return (performance.now() - started) / 1000;
}

/** "IMPORT DONE in 1m 2s 345ms." -> 62.345 */
export function parseDuration(text: string): number | undefined {
  const m = /IMPORT DONE in ((?:\d+[hms]+\s*)+)/.exec(text);
  if (!m) return undefined;
  let s = 0;
  for (const [, n, unit] of m[1]!.matchAll(/(\d+)(ms|h|m|s)/g)) {
    s += Number(n) * ({ h: 3600, m: 60, s: 1, ms: 0.001 } as Record<string, number>)[unit!]!;
  }
  return s;
}

export async function runAdminImport(o: AdminImportOptions): Promise<AdminImportResult> {
  const { java, major } = findJava();
  const home = o.server.home;
  const conf = path.join(home, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), renderNeo4jConf(o.server));
  // The server's classpath (signed jars swapped for unsigned copies: they are verified at every start and
  // kept out of the class-data archive), without its launcher.
  const { jars: classpath } = jvmClasspath(home, java, major, {
    info: () => {},
    warn: (m) => console.warn(m),
  });
  const extra = [
    ...(o.maxOffHeap ? [`--max-off-heap-memory=${o.maxOffHeap}`] : []),
    ...(o.threads ? [`--threads=${o.threads}`] : []),
  ];
  const args = importArgs(o.manifest, o.database ?? 'neo4j', extra);
  const heap = o.heap ?? '1g';
  // The importer's own class-data archive (next to the server's, keyed apart from it: each archive holds
  // the classes its JVM loaded): the JVM start and class loading are serial time before the import.
  const cds = classDataArchive(java, major, `${classpath}${path.delimiter}#import`);
  const started = performance.now();
  const child = spawn(
    java,
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      ...cds.flags,
      // Writing the archive warns about every class it cannot hold (signed jars, old class files).
      ...(cds.creating ? ['-Xlog:cds*=off'] : []),
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      ...args,
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // The JVM is ours: if this process is interrupted, take it down too.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  const tail: string[] = [];
  let all = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    all += text;
    if (all.length > 200_000) all = all.slice(-100_000);
    for (const l of text.split('\n')) {
      if (!l.trim()) continue;
      tail.push(l);
      if (tail.length > 60) tail.shift();
      o.onLine?.(l);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c) => resolve(c));
  });
  process.removeListener('exit', killChild);
  const seconds = (performance.now() - started) / 1000;
  cds.keep();
  if (code !== 0) {
    const reportFile = path.join(o.manifest.dir, 'import.report');
    const report = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8').slice(0, 4000) : '';
    throw new Error(
      `neo4j-admin database import failed (exit ${code}):\n${tail.join('\n')}${report ? `\nreport (${reportFile}):\n${report}` : ''}`,
    );
  }
  return {
    seconds,
    reportedSeconds: parseDuration(all),
    peakMemory: /Peak memory usage: (\S+)/.exec(all)?.[1],
    args,
    wroteClassData: cds.creating,
  };
}
