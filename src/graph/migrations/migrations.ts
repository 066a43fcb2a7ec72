import { NODE_LABELS } from '../model';
import { fulltextStatement } from './schema';

export interface Migration {
  /** Applied in ascending order; never renumber or edit one that has shipped, add a new one. */
  version: number;
  name: string;
  /** Schema statements, each run in its own write transaction (Neo4j forbids mixing schema and data). */
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'unique ids per label',
    statements: NODE_LABELS.map(
      (label) =>
        `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  },
  {
    version: 2,
    name: 'lookup indexes for filters and sorting',
    statements: [
      'CREATE INDEX event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate)',
      'CREATE INDEX talk_date IF NOT EXISTS FOR (n:Talk) ON (n.date)',
      ...NODE_LABELS.map(
        (label) => `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
      ),
      'CREATE INDEX affiliated_with_source IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.source)',
    ],
  },
  {
    version: 3,
    name: 'full-text search over names and aliases',
    statements: [fulltextStatement()],
  },
  {
    version: 4,
    name: 'curation: decisions, merge tombstones and the history of changes',
    statements: [
      'CREATE CONSTRAINT decision_id_unique IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE',
      'CREATE CONSTRAINT change_id_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
      'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)',
      'CREATE INDEX merged_redirect IF NOT EXISTS FOR (t:Merged) ON (t.mergedLabel, t.id)',
      'CREATE INDEX merged_decision IF NOT EXISTS FOR (t:Merged) ON (t.mergeId)',
      'CREATE INDEX decision_kind IF NOT EXISTS FOR (d:Decision) ON (d.kind)',
    ],
  },
  {
    version: 5,
    name: 'talk tallies: one count per topic, institution and event, ranked by count',
    statements: [
      'CREATE CONSTRAINT tally_key_unique IF NOT EXISTS FOR (s:Tally) REQUIRE s.key IS UNIQUE',
      'CREATE INDEX tally_kind_talks IF NOT EXISTS FOR (s:Tally) ON (s.kind, s.talks)',
    ],
  },
];
