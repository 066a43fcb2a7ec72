import path from 'node:path';
import { resolveClasspath } from './jars';
import { launcherRun, type LauncherRun } from './launcher-class';
import { unsignedClasspath } from './unsigned-jars';

export interface JvmClasspath {
  /** The Neo4j jars as the JVM gets them: signed ones replaced by unsigned copies when possible. */
  jars: string;
  launcher: LauncherRun;
  /** The JVM's -cp: the jars, then the compiled launcher's jar when there is one. */
  classpath: string;
}

/**
 * The classpath every Neo4j JVM started here runs with (the server, and neo4j-admin's importer in
 * bench/import): the resolved jars (jars.ts), signed ones swapped for unsigned copies (unsigned-jars.ts),
 * and the launcher compiled once (launcher-class.ts). All three are kept in the per-user cache.
 */
export function jvmClasspath(
  home: string,
  java: string,
  major: number,
  log: { info(msg: string): void; warn(msg: string): void },
): JvmClasspath {
  const resolved = resolveClasspath(home, (msg) => log.info(msg)).entries.join(path.delimiter);
  const launcher = launcherRun(java, major, resolved, (msg) => log.warn(msg));
  const jars = unsignedClasspath(java, launcher, resolved, (msg) => log.warn(msg));
  return {
    jars,
    launcher,
    classpath: launcher.jar ? `${jars}${path.delimiter}${launcher.jar}` : jars,
  };
}
