import type { BackupProgress } from '../neo4j/backup/backup';
import { Progress } from '../util/progress';

/** Backup and restore progress on stderr, one phase (nodes, relationships) after the other. */
export function progressOnStderr(verb: string): BackupProgress {
  let current: Progress | undefined;
  return {
    phase: (name, total) => (current = new Progress(`${verb} ${name}`, total, name)),
    tick: (n) => current?.tick(n),
    done: () => {
      current?.finish();
      current = undefined;
    },
  };
}
