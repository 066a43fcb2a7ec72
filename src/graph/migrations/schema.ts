import {
  FULLTEXT_INDEX,
  FULLTEXT_PROPERTIES,
  LABELS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type PropDef,
} from '../model';

/**
 * The constraints and indexes the catalogue asks for, as IF NOT EXISTS statements: a unique id per
 * label, a range index on every name and on every property marked `indexed`, and on every relationship
 * type's `source` (a source's facts, src/graph/source-facts.ts).
 */
export function catalogueSchemaStatements(): string[] {
  return [...nodeStatements(), ...RELATIONSHIP_TYPES.map(sourceIndexStatement)];
}

const sourceIndexStatement = (type: string) =>
  `CREATE INDEX ${type.toLowerCase()}_source IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.source)`;

function nodeStatements(): string[] {
  return LABELS.flatMap((l) => {
    const lower = l.label.toLowerCase();
    const indexed = Object.entries(l.props as Record<string, PropDef>)
      .filter(([, p]) => p.indexed)
      .map(([name]) => name);
    return [
      `CREATE CONSTRAINT ${lower}_id_unique IF NOT EXISTS FOR (n:${l.label}) REQUIRE n.id IS UNIQUE`,
      `CREATE INDEX ${lower}_name IF NOT EXISTS FOR (n:${l.label}) ON (n.name)`,
      ...indexed.map(
        (p) =>
          `CREATE INDEX ${lower}_${p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} IF NOT EXISTS FOR (n:${l.label}) ON (n.${p})`,
      ),
    ];
  });
}

/** The full-text index statement for the catalogue's labels and searchable properties. */
export function fulltextStatement(): string {
  return `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`;
}

/** True when the full-text index exists with exactly the catalogue's labels and properties. */
export function fulltextMatches(
  index: { labelsOrTypes: string[]; properties: string[] } | undefined,
): boolean {
  if (!index) return false;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return same(index.labelsOrTypes, NODE_LABELS) && same(index.properties, FULLTEXT_PROPERTIES);
}

/**
 * The name a schema statement gives its index or constraint (`CREATE INDEX talk_date IF NOT EXISTS ...`
 * → talk_date; a uniqueness constraint's own index has the constraint's name). Undefined for any other
 * statement.
 */
export function schemaObjectName(statement: string): string | undefined {
  return /^CREATE (?:CONSTRAINT|(?:[A-Z]+ )?INDEX) (\w+) IF NOT EXISTS /i.exec(statement)?.[1];
}
