/**
 * What a new embedded Neo4j home reuses from the per-user cache: the resolved jar list (no Maven run) and
 * the JVM's class-data archive (written once by a start outside tests, then mapped).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classDataArchive } from '../../src/neo4j/embedded/class-data';
import { EMBEDDED_DIR, resolveClasspath } from '../../src/neo4j/embedded/jars';

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
});
