import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PrerequisiteError } from './java';
import { userCacheDir } from './user-cache';
import { repoAsset } from '../../util/assets';

/** Folder holding the pom that names the Neo4j server and Browser jars, and the watchdog launcher. */
export const EMBEDDED_DIR = repoAsset(__dirname, 3, 'embedded');

export interface Classpath {
  entries: string[];
  /** True when Maven had to run (jars were fetched or at least re-resolved). */
  resolved: boolean;
}

/**
 * The server's classpath. Maven downloads the jars once into its local repository (~/.m2); the
 * resolved list is cached keyed by the pom's hash, in `home` and in the per-user cache, so that later
 * starts, and new homes on the same machine, do not run Maven at all (a Maven run is 5 to 25 s).
 */
export function resolveClasspath(home: string, log: (msg: string) => void = () => {}): Classpath {
  const pom = path.join(EMBEDDED_DIR, 'pom.xml');
  const key = createHash('sha256').update(fs.readFileSync(pom)).digest('hex').slice(0, 16);
  const cacheFile = path.join(home, `classpath-${key}.txt`);
  const shared = path.join(userCacheDir(), `classpath-${key}.txt`);
  for (const file of [cacheFile, shared]) {
    if (!fs.existsSync(file)) continue;
    const entries = fs.readFileSync(file, 'utf8').trim().split(path.delimiter);
    if (entries.length > 0 && entries.every((jar) => fs.existsSync(jar))) return { entries, resolved: false };
  }
  fs.mkdirSync(home, { recursive: true });
  log(
    'resolving Neo4j 5.26 jars with Maven (first start downloads ~150 MB into ~/.m2; later starts reuse them)',
  );
  const mvn = process.env.MAVEN_CMD ?? 'mvn';
  const result = spawnSync(
    mvn,
    ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.error) {
    throw new PrerequisiteError(
      `Maven was not found (${mvn}); the embedded Neo4j fetches its jars with it. Install Maven 3.6+ (Debian/Ubuntu: \`apt-get install maven\`; macOS: \`brew install maven\`), or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  if (result.status !== 0 || !fs.existsSync(cacheFile)) {
    throw new PrerequisiteError(
      `Maven could not resolve the Neo4j jars (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-2000)}`,
    );
  }
  const entries = fs.readFileSync(cacheFile, 'utf8').trim().split(path.delimiter);
  try {
    fs.mkdirSync(path.dirname(shared), { recursive: true });
    // Written whole then renamed, so a concurrent start never reads half a list.
    fs.copyFileSync(cacheFile, `${shared}.${process.pid}`);
    fs.renameSync(`${shared}.${process.pid}`, shared);
  } catch {
    // The per-user cache is an optimisation; an unwritable home folder only costs the next new home a Maven run.
  }
  return { entries, resolved: true };
}
