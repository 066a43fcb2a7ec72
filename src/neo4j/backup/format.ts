import type { Encoded } from './values';

/**
 * The backup file: gzip-compressed JSON Lines. A header, every node, every relationship, and a trailer
 * with the counts, so a truncated or damaged file is detected before anything is trusted.
 */
export const BACKUP_FORMAT = 'standards-graph-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  created: string;
  database: string;
  neo4j: string;
  /** Counts when the backup started, for progress (the trailer has the exact ones). */
  expected: { nodes: number; relationships: number };
  /** CREATE statements of the constraints and indexes (not the built-in lookup indexes), with their names. */
  schema: { name: string; statement: string }[];
}

/** A node: its element id in the backed-up database (only to join relationships), labels and properties. */
export interface NodeLine {
  i: string;
  l: string[];
  p: Record<string, Encoded>;
}

/** A relationship: start and end by the nodes' `i`, type and properties. */
export interface RelLine {
  s: string;
  e: string;
  t: string;
  p: Record<string, Encoded>;
}

export interface Trailer {
  end: true;
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
