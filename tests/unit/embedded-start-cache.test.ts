/**
 * What a new embedded Neo4j home reuses from the per-user cache: the resolved jar list (no Maven run) and
 * the JVM's class-data archive (written once by a start outside tests, then mapped), and the launcher
 * compiled once instead of at every start.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classDataArchive } from '../../src/neo4j/embedded/class-data';
import { EMBEDDED_DIR, resolveClasspath } from '../../src/neo4j/embedded/jars';
import { findJava } from '../../src/neo4j/embedded/java';
import { launcherRun, LAUNCHER_SOURCE } from '../../src/neo4j/embedded/launcher-class';
import { unsignedClasspath } from '../../src/neo4j/embedded/unsigned-jars';

describe('the per-user start-up cache of the embedded Neo4j', () => {
  let dir: string;
  const savedCache = process.env.XDG_CACHE_HOME;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-cache-'));
  });
  afterEach(() => {
    if (savedCache === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = savedCache;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a new home takes the jar list another home resolved, without running Maven', () => {
    process.env.XDG_CACHE_HOME = path.join(dir, 'cache');
    const key = createHash('sha256')
      .update(fs.readFileSync(path.join(EMBEDDED_DIR, 'pom.xml')))
      .digest('hex')
      .slice(0, 16);
    const jars = [path.join(dir, 'a.jar'), path.join(dir, 'b.jar')];
    for (const j of jars) fs.writeFileSync(j, '');
    const shared = path.join(dir, 'cache', 'standards-actors-graph', `classpath-${key}.txt`);
    fs.mkdirSync(path.dirname(shared), { recursive: true });
    fs.writeFileSync(shared, jars.join(path.delimiter));
    // MAVEN_CMD pointing nowhere: a Maven run would throw.
    const maven = process.env.MAVEN_CMD;
    process.env.MAVEN_CMD = path.join(dir, 'no-maven-here');
    try {
      expect(resolveClasspath(path.join(dir, 'new-home'))).toEqual({ entries: jars, resolved: false });
    } finally {
      if (maven === undefined) delete process.env.MAVEN_CMD;
      else process.env.MAVEN_CMD = maven;
    }
  });

  it('the first start writes the class-data archive at exit; it is kept only once written, then mapped', () => {
    const env = { PATH: process.env.PATH, NODE_ENV: 'development' };
    const first = classDataArchive('java', 17, 'a.jar:b.jar', env, dir);
    expect(first.creating).toBe(true);
    const flag = first.flags[0]!;
    expect(flag).toMatch(/^-XX:ArchiveClassesAtExit=.*\.jsa\.tmp$/);
    // Nothing written (the JVM was killed): nothing kept, the next start tries again.
    first.keep();
    expect(classDataArchive('java', 17, 'a.jar:b.jar', env, dir).creating).toBe(true);
    // Written: moved into place, and the next start maps it.
    fs.writeFileSync(flag.split('=')[1]!, 'archive');
    first.keep();
    const next = classDataArchive('java', 17, 'a.jar:b.jar', env, dir);
    expect(next.creating).toBe(false);
    expect(next.flags).toEqual([expect.stringMatching(/^-XX:SharedArchiveFile=.*neo4j-cds-\w+\.jsa$/)]);
    // Another jar set is another archive.
    expect(classDataArchive('java', 17, 'c.jar', env, dir).creating).toBe(true);
  });

  it('test runs map an archive but never write one (its stop would take longer)', () => {
    const archive = classDataArchive('java', 17, 'x.jar', { NODE_ENV: 'test' }, dir);
    expect(archive).toMatchObject({ flags: [], creating: false });
  });

  it('compiles the launcher once per Java, jars and source, and runs the class from then on', () => {
    // The real Java and Neo4j jars (the test run's embedded Neo4j resolved them into the user cache).
    const { java, major } = findJava();
    const jars = resolveClasspath(path.join(dir, 'home')).entries.join(path.delimiter);
    const notes: string[] = [];
    const first = launcherRun(java, major, jars, (m) => notes.push(m), process.env, dir);
    expect(notes).toEqual([]);
    expect(first.compiled).toBe(true);
    expect(first.main).toBe('Launcher');
    const jar = first.jar!;
    expect(jar).toMatch(/launcher-\w+\.jar$/);
    const bytes = fs.readFileSync(jar);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes('Launcher.class')).toBe(true);
    const written = fs.statSync(jar).mtimeMs;
    // A jar, so the JVM can write its class-data archive with this classpath (a folder would stop it).
    const archive = path.join(dir, 'check.jsa');
    spawnSync(
      java,
      [
        `-XX:ArchiveClassesAtExit=${archive}`,
        '-cp',
        `${jars}${path.delimiter}${jar}`,
        'Launcher',
        '--version',
      ],
      {
        stdio: 'ignore',
      },
    );
    expect(fs.statSync(archive).size).toBeGreaterThan(0);
    fs.rmSync(archive);
    // The next start finds it and compiles nothing; no temporary folder is left behind.
    expect(launcherRun(java, major, jars, (m) => notes.push(m), process.env, dir)).toEqual(first);
    expect(fs.statSync(jar).mtimeMs).toBe(written);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('falls back to running the source file when it cannot compile, and says why', () => {
    const { java, major } = findJava();
    const notes: string[] = [];
    // Without Neo4j's jars the launcher's imports do not resolve.
    const run = launcherRun(
      java,
      major,
      path.join(dir, 'nothing.jar'),
      (m) => notes.push(m),
      process.env,
      dir,
    );
    expect(run).toEqual({ main: LAUNCHER_SOURCE, compiled: false });
    expect(notes).toEqual([expect.stringMatching(/could not compile .*Launcher\.java .*org\.neo4j/s)]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('puts unsigned copies of the signed jars on the classpath, once, with the same classes', () => {
    const { java, major } = findJava();
    const entries = resolveClasspath(path.join(dir, 'home')).entries;
    const jars = entries.join(path.delimiter);
    const signature = /META-INF\/[^/]+\.(SF|RSA|DSA|EC)$/i;
    const list = (jar: string) =>
      spawnSync(java, ['--module', 'jdk.jartool/sun.tools.jar.Main', '--list', '--file', jar], {
        encoding: 'utf8',
      }).stdout.split('\n');
    const signed = entries.filter((jar) => /eclipse-collections/.test(jar));
    expect(signed.length).toBeGreaterThan(0);
    for (const jar of signed) expect(list(jar).some((e) => signature.test(e))).toBe(true);

    const launcher = launcherRun(java, major, jars, () => {}, process.env, dir);
    const notes: string[] = [];
    const classpath = unsignedClasspath(java, launcher, jars, (m) => notes.push(m), process.env, dir);
    expect(notes).toEqual([]);
    const after = classpath.split(path.delimiter);
    expect(after).toHaveLength(entries.length);
    entries.forEach((jar, i) => {
      if (!signed.includes(jar)) return expect(after[i]).toBe(jar);
      const copy = after[i]!;
      expect(copy.startsWith(dir)).toBe(true);
      const entriesOf = list(copy);
      expect(entriesOf.some((e) => signature.test(e))).toBe(false);
      // Every class of the original is in the copy.
      const classes = list(jar).filter((e) => e.endsWith('.class'));
      expect(entriesOf.filter((e) => e.endsWith('.class')).sort()).toEqual(classes.sort());
    });
    // Kept: the next start reads the list and copies nothing.
    const copy = after[entries.indexOf(signed[0]!)]!;
    const made = fs.statSync(copy).mtimeMs;
    expect(unsignedClasspath(java, launcher, jars, (m) => notes.push(m), process.env, dir)).toBe(classpath);
    expect(fs.statSync(copy).mtimeMs).toBe(made);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Without a compiled launcher the jars stay as they are.
    expect(
      unsignedClasspath(java, { main: LAUNCHER_SOURCE, compiled: false }, jars, () => {}, process.env, dir),
    ).toBe(jars);
  });
});
