import fs from 'node:fs';
import { STATE_FILE, readTestState } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  const state = fs.existsSync(STATE_FILE) ? readTestState() : undefined;
  await globalThis.__EMBEDDED_TEST_NEO4J__?.stop();
  await globalThis.__TEST_CONTAINER__?.stop();
  if (state?.embeddedHome) fs.rmSync(state.embeddedHome, { recursive: true, force: true });
  fs.rmSync(STATE_FILE, { force: true });
}
