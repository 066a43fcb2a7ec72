export interface SeedProblem {
  /** The seed file, relative to the seeds folder. */
  file: string;
  /** Where inside the file, e.g. "talks[3].speaker"; empty for the file as a whole. */
  path: string;
  message: string;
}

/** Every problem found in the seed files; nothing is written to the database when this is thrown. */
export class SeedValidationError extends Error {
  constructor(public readonly problems: SeedProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed files; nothing was written:\n` +
        problems.map((p) => `  - ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
