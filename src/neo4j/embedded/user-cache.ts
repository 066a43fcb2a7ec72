import os from 'node:os';
import path from 'node:path';

/**
 * A per-user folder for what any embedded Neo4j home on this machine can reuse (the resolved jar list,
 * the JVM's class-data archive): a new home, a test run or a fresh clone then starts without Maven and
 * with the classes already parsed. XDG_CACHE_HOME if set, else ~/.cache.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'standards-actors-graph');
}
