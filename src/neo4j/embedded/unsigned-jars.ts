import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runJava } from './java';
import type { LauncherRun } from './launcher-class';
import { userCacheDir } from './user-cache';

/**
 * The Neo4j classpath with its signed jars (Eclipse Collections) replaced by unsigned copies, made once
 * per user by embedded/Unsign.java. A signed jar is verified at every JVM start (its 700 KB manifest
 * parsed, each class digested) and the class-data archive cannot hold its classes. On the 2-core machine,
 * at load 2-3, a bare JVM reached a Bolt answer in 7.4-8.5 s with the copies against 12.3-12.7 s without;
 * inside `npm start` (module loading alongside) the JVM phase moved less, 9.3-10.7 s to 9.2-10.2 s.
 * Without a compiled launcher (it carries Unsign) the jars are used as they are.
 */
export function unsignedClasspath(
  java: string,
  launcher: LauncherRun,
  jars: string,
  onNote: (msg: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  dir: string = userCacheDir(env),
): string {
  if (!launcher.jar) return jars;
  const key = createHash('sha256').update(jars).digest('hex').slice(0, 16);
  const copies = path.join(dir, `unsigned-${key}`);
  const kept = () => {
    try {
      const list = fs.readFileSync(path.join(copies, 'classpath.txt'), 'utf8');
      return list.split(path.delimiter).every((jar) => fs.existsSync(jar)) ? list : undefined;
    } catch {
      return undefined; // not made yet
    }
  };
  const ready = kept();
  if (ready) return ready;
  // Made in a folder of its own, then renamed: a concurrent start never sees half-written copies.
  const tmp = `${copies}.${process.pid}-${Date.now()}.tmp`;
  try {
    const printed = runJava(java, ['-cp', launcher.jar, 'Unsign', tmp, ...jars.split(path.delimiter)], env);
    const classpath = printed
      .split(path.delimiter)
      .map((jar) => (jar.startsWith(tmp + path.sep) ? path.join(copies, path.relative(tmp, jar)) : jar))
      .join(path.delimiter);
    fs.writeFileSync(path.join(tmp, 'classpath.txt'), classpath);
    try {
      fs.renameSync(tmp, copies);
    } catch {
      // Another start made them meanwhile (then they are used), or stale ones are in the way.
      if (!kept()) {
        fs.rmSync(copies, { recursive: true, force: true });
        fs.renameSync(tmp, copies);
      }
    }
    const made = kept();
    if (!made) throw new Error(`${copies} holds no usable copies`);
    return made;
  } catch (err) {
    onNote(
      `could not copy the signed jars without signatures (${(err as Error).message}); using them as they are`,
    );
    return jars;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
