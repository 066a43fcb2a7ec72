import { chooseProvider, requestedProvider, type RuntimeAnswer } from '../support/test-neo4j';

const runtimeWithImage = async (): Promise<RuntimeAnswer> => ({ runtime: true, hasImage: true });
const runtimeWithoutImage = async (): Promise<RuntimeAnswer> => ({ runtime: true, hasImage: false });
const noRuntime = async (): Promise<RuntimeAnswer> => ({ runtime: false, why: 'no socket' });

describe('which Neo4j the tests run on (TEST_NEO4J_PROVIDER)', () => {
  it('auto: NEO4J_TEST_URI first, without asking a container runtime', async () => {
    const probe = jest.fn(runtimeWithImage);
    expect(await chooseProvider({ NEO4J_TEST_URI: 'bolt://127.0.0.1:1' }, probe)).toMatchObject({
      provider: 'NEO4J_TEST_URI',
    });
    expect(probe).not.toHaveBeenCalled();
  });

  it('auto: Testcontainers where a runtime has the image, else embedded with the reason', async () => {
    expect((await chooseProvider({}, runtimeWithImage)).provider).toBe('testcontainers');
    expect(await chooseProvider({ NEO4J_TEST_IMAGE: 'local/neo4j:5.26' }, runtimeWithoutImage)).toEqual({
      provider: 'embedded',
      reason: 'the container runtime has no local/neo4j:5.26',
    });
    expect(await chooseProvider({}, noRuntime)).toEqual({
      provider: 'embedded',
      reason: 'no container runtime (no socket)',
    });
  });

  it('an explicit testcontainers fails loudly instead of falling back', async () => {
    const env = { TEST_NEO4J_PROVIDER: 'testcontainers' };
    await expect(chooseProvider(env, noRuntime)).rejects.toThrow(
      /no container runtime answers \(no socket\)/,
    );
    await expect(chooseProvider(env, runtimeWithoutImage)).rejects.toThrow(
      /has no image neo4j:5\.26 and nothing is pulled/,
    );
    expect((await chooseProvider(env, runtimeWithImage)).provider).toBe('testcontainers');
  });

  it('an explicit embedded never asks a container runtime, even with NEO4J_TEST_URI set', async () => {
    const probe = jest.fn(runtimeWithImage);
    const env = { TEST_NEO4J_PROVIDER: 'embedded', NEO4J_TEST_URI: 'bolt://127.0.0.1:1' };
    expect((await chooseProvider(env, probe)).provider).toBe('embedded');
    expect(probe).not.toHaveBeenCalled();
  });

  it('uri needs NEO4J_TEST_URI; an unknown provider name is an error that lists the valid ones', async () => {
    await expect(chooseProvider({ TEST_NEO4J_PROVIDER: 'uri' }, noRuntime)).rejects.toThrow(
      'TEST_NEO4J_PROVIDER=uri needs NEO4J_TEST_URI',
    );
    expect(() => requestedProvider({ TEST_NEO4J_PROVIDER: 'docker' })).toThrow(
      'TEST_NEO4J_PROVIDER must be auto, uri, testcontainers or embedded (got "docker")',
    );
    expect(requestedProvider({ TEST_NEO4J_PROVIDER: ' Embedded ' })).toBe('embedded');
  });
});
