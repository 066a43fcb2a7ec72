import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { realJava, runJava } from './java';
import { EMBEDDED_DIR } from './jars';
import { userCacheDir } from './user-cache';

/**
 * embedded/Launcher.java, compiled once per Java, classpath and source into the per-user cache. Run as
 * a source file (`java Launcher.java`) the JVM loads javac and compiles it at every start: on the
 * 2-core machine, at load 11-14, that made the JVM's time to a Bolt answer 32-50 s against 22-28 s for
 * the compiled class. The compiler and the jar tool are the running Java's own jdk.compiler and jdk.jartool
 * modules, which Debian's runtime ships (no separate JDK needed). A jar, not a folder: the JVM refuses to
 * write its class-data archive (class-data.ts) when the classpath holds a non-empty folder.
 */
export const LAUNCHER_SOURCE = path.join(EMBEDDED_DIR, 'Launcher.java');
/** Compiled into the same jar (see unsigned-jars.ts). */
const SOURCES = [LAUNCHER_SOURCE, path.join(EMBEDDED_DIR, 'Unsign.java')];

export interface LauncherRun {
  /** What comes after the JVM flags: the main class, or the source file when compiling failed. */
  main: string;
  compiled: boolean;
  /** The compiled jar (also holds Unsign), to go last on the JVM's classpath; none when not compiled. */
  jar?: string;
}

export function launcherRun(
  java: string,
  major: number,
  classpath: string,
  onNote: (msg: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  dir: string = userCacheDir(env),
): LauncherRun {
  const hash = createHash('sha256').update(JSON.stringify([realJava(java, env), major, classpath]));
  for (const file of SOURCES) hash.update(fs.readFileSync(file));
  const key = hash.digest('hex').slice(0, 16);
  const jar = path.join(dir, `launcher-${key}.jar`);
  const run = { main: 'Launcher', compiled: true, jar };
  if (fs.existsSync(jar)) return run;

  // Built in a folder of its own, then renamed: a concurrent start never sees a half-written jar.
  const tmp = `${jar}.${process.pid}-${Date.now()}.tmp`;
  try {
    const classes = path.join(tmp, 'classes');
    fs.mkdirSync(classes, { recursive: true });
    runJava(
      java,
      ['--module', 'jdk.compiler/com.sun.tools.javac.Main', '-d', classes, '-cp', classpath, ...SOURCES],
      env,
    );
    const built = path.join(tmp, 'launcher.jar');
    runJava(
      java,
      ['--module', 'jdk.jartool/sun.tools.jar.Main', '--create', '--file', built, '-C', classes, '.'],
      env,
    );
    fs.renameSync(built, jar);
    return run;
  } catch (err) {
    onNote(`could not compile ${LAUNCHER_SOURCE} (${(err as Error).message}); running it as a source file`);
    return { main: LAUNCHER_SOURCE, compiled: false };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
