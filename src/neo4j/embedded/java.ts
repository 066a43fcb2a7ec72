import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export class PrerequisiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrerequisiteError';
  }
}

const INSTALL_JAVA =
  'install a Java 17 or 21 runtime (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`) or set JAVA_HOME';

/** Major version from `java -version` output, e.g. `openjdk version "17.0.15"` → 17, `"1.8.0_392"` → 8. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** The java executable: JAVA_HOME's if set, else the one on PATH. Checked to be a version Neo4j 5.26 runs on. */
export function findJava(env: NodeJS.ProcessEnv = process.env): { java: string; major: number } {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new PrerequisiteError(
      `Java was not found (${java}: ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}). The embedded Neo4j needs it: ${INSTALL_JAVA}. Or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  const major = parseJavaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === undefined) {
    throw new PrerequisiteError(
      `Could not read the Java version from \`${java} -version\`; ${INSTALL_JAVA}.`,
    );
  }
  if (major < 17) {
    throw new PrerequisiteError(
      `Java ${major} is too old for Neo4j 5.26 (it needs 17 or 21); ${INSTALL_JAVA}.`,
    );
  }
  return { java, major };
}

/** The java executable's real file: `java` is looked up on PATH like the shell does. */
export function realJava(java: string, env: NodeJS.ProcessEnv): string {
  const candidates = java.includes(path.sep)
    ? [java]
    : (env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, java));
  for (const c of candidates) {
    try {
      return fs.realpathSync(c);
    } catch {
      // not there; next
    }
  }
  return java;
}

/** Runs `java args` to the end and returns its standard output; a failure throws with what it printed. */
export function runJava(java: string, args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(java, args, { encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0)
    throw new Error(
      `${r.error?.message ?? ''}${r.stderr ?? ''}${r.stdout ?? ''}`.trim() || `exit ${r.status}`,
    );
  return r.stdout;
}
