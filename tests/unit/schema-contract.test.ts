import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { printedSchema } from '../../scripts/print-schema';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the schema contract', () => {
  it('schema.graphql is the schema the server builds (run `npm run schema:print` after changing schema/)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8')).toBe(printedSchema());
  });

  it('the generated resolver types are current (run `npm run codegen` after changing schema/)', () => {
    // codegen's own --check exits non-zero when the generated file differs from what it would write.
    const r = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'),
      ['--config', 'codegen.ts', '--check'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/would be changed|Generated files are not up to date/i);
    expect(r.status).toBe(0);
  }, 60_000);

  it('keeps the root fields dashboards depend on', () => {
    const printed = printedSchema();
    for (const field of [
      'events(',
      'people(',
      'institutions(',
      'topics(',
      'talks(',
      'search(',
      'connection(',
      'neighbourhood(',
      'stats:',
    ]) {
      expect(printed).toContain(`  ${field}`);
    }
  });
});
