import net from 'node:net';
import { findJava, parseJavaMajorVersion, PrerequisiteError } from '../../src/neo4j/embedded/java';
import { assertPortFree, freePort, PortInUseError } from '../../src/util/ports';

describe('Java detection', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25.0.1" 2025-10-21 LTS', 25],
  ])('reads %s as Java %i', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('says what to install when Java is missing', () => {
    expect(() => findJava({ JAVA_HOME: '/nonexistent/jdk' })).toThrow(PrerequisiteError);
    expect(() => findJava({ JAVA_HOME: '/nonexistent/jdk' })).toThrow(
      /Java was not found.*openjdk-17-jre-headless.*NEO4J_URI/s,
    );
  });

  it('finds the machine Java and accepts it', () => {
    expect(findJava().major).toBeGreaterThanOrEqual(17);
  });
});

describe('port checks', () => {
  it('names the setting when a port is taken', async () => {
    const port = await freePort();
    const server = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      await expect(assertPortFree('127.0.0.1', port, 'EMBEDDED_NEO4J_BOLT_PORT')).rejects.toThrow(
        PortInUseError,
      );
      await expect(assertPortFree('127.0.0.1', port, 'EMBEDDED_NEO4J_BOLT_PORT')).rejects.toThrow(
        new RegExp(`Port ${port} is already in use \\(EMBEDDED_NEO4J_BOLT_PORT\\)`),
      );
    } finally {
      server.close();
    }
    await expect(assertPortFree('127.0.0.1', port, 'X')).resolves.toBeUndefined();
  });
});
