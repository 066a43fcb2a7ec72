import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { realJava } from './java';
import { EMBEDDED_DIR } from './jars';
import { userCacheDir } from './user-cache';

/**
 * embedded/Launcher.java, compiled once per Java, classpath and source into the per-user cache. Run as
 * a source file (`java Launcher.java`) the JVM loads javac and compiles it at every start: on the
 * 2-core machine, at load 11-14, that made the JVM's time to a Bolt answer 32-50 s against 22-28 s for
 * the compiled class. The compiler is the running Java's own jdk.compiler module, which Debian's and
 * Temurin's runtimes ship (no separate JDK needed).
 */
export const LAUNCHER_SOURCE = path.join(EMBEDDED_DIR, 'Launcher.java');

export interface LauncherRun {
  /** The JVM's -cp. */
  classpath: string;
  /** What comes after the JVM flags: the main class, or the source file when compiling failed. */
  main: string;
  compiled: boolean;
}

export function launcherRun(
  java: string,
  major: number,
  classpath: string,
  onNote: (msg: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  dir: string = userCacheDir(env),
): LauncherRun {
  const source = fs.readFileSync(LAUNCHER_SOURCE);
  const key = createHash('sha256')
    .update(JSON.stringify([realJava(java, env), major, classpath]))
    .update(source)
    .digest('hex')
    .slice(0, 16);
  const classes = path.join(dir, `launcher-${key}`);
  const run = { classpath: `${classpath}${path.delimiter}${classes}`, main: 'Launcher', compiled: true };
  if (fs.existsSync(path.join(classes, 'Launcher.class'))) return run;

  // Compiled into a folder of its own, then renamed: a concurrent start never sees a half-written class.
  const tmp = `${classes}.${process.pid}-${Date.now()}.tmp`;
  try {
    fs.mkdirSync(tmp, { recursive: true });
    const javac = spawnSync(
      java,
      ['--module', 'jdk.compiler/com.sun.tools.javac.Main', '-d', tmp, '-cp', classpath, LAUNCHER_SOURCE],
      { encoding: 'utf8', env },
    );
    if (javac.status !== 0 || !fs.existsSync(path.join(tmp, 'Launcher.class')))
      throw new Error(`${javac.error?.message ?? ''}${javac.stderr ?? ''}`.trim() || `exit ${javac.status}`);
    try {
      fs.renameSync(tmp, classes);
    } catch (err) {
      // Another start got there first; its class is the same.
      if (!fs.existsSync(path.join(classes, 'Launcher.class'))) throw err;
    }
    return run;
  } catch (err) {
    onNote(`could not compile ${LAUNCHER_SOURCE} (${(err as Error).message}); running it as a source file`);
    return { classpath, main: LAUNCHER_SOURCE, compiled: false };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
