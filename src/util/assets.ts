import fs from 'node:fs';
import path from 'node:path';

/**
 * A folder of the repository (schema/, cypher/, embedded/, ...) seen from compiled or source code.
 * From src/x/ it is two levels up; compiled to dist/src/x/ it is beside dist/src (the Docker image copies
 * it there) or, in a checkout, at the repository root one level further up. The first that exists wins.
 */
export function repoAsset(fromDir: string, levelsUp: number, ...segments: string[]): string {
  const candidates = [0, 1].map((extra) =>
    path.resolve(fromDir, ...Array<string>(levelsUp + extra).fill('..'), ...segments),
  );
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0]!;
}
