import { dateProps, relDateProps, RELATIONSHIPS, searchKeys, type RelDef } from './model';

/**
 * What every write of a node or relationship keeps true, for the seed loader and the curation writer
 * alike: dates stored as Neo4j DATE values, search keys from the name, aliases and id, and `sources`
 * listing every document that states the node.
 */

/** `SET v.p = date(v.p)` for each date property. */
export const dateSetters = (variable: string, props: readonly string[]) =>
  props.map((p) => `SET ${variable}.${p} = date(${variable}.${p})`).join('\n');

export const nodeDateSetters = (variable: string, label: string) => dateSetters(variable, dateProps(label));

/** The relationship definition a (from)-[type]->(to) write belongs to. */
export function relFor(type: string, fromLabel: string, toLabel: string): RelDef {
  const def = (RELATIONSHIPS as readonly RelDef[]).find(
    (r) =>
      r.types.includes(type) &&
      (r.from as readonly string[]).includes(fromLabel) &&
      (r.to as readonly string[]).includes(toLabel),
  );
  if (!def) throw new Error(`(:${fromLabel})-[:${type}]->(:${toLabel}) is not in the model`);
  return def;
}

export const relDateSetters = (variable: string, type: string, fromLabel: string, toLabel: string) =>
  dateSetters(variable, relDateProps(relFor(type, fromLabel, toLabel)));

/** A node's search keys: its name, aliases and id without case, spaces or punctuation. */
export const nodeSearchKeys = (id: string, name: unknown, aliases: unknown) =>
  searchKeys(name as string | undefined, ...((aliases as string[] | undefined) ?? []), id);

/** Cypher: add `$keys` to `v.searchKeys`, keeping the ones it has. */
export const addSearchKeys = (variable: string, param: string) =>
  `SET ${variable}.searchKeys = coalesce(${variable}.searchKeys, []) + [k IN ${param} WHERE NOT k IN coalesce(${variable}.searchKeys, [])]`;

/** Cypher: add a source id to `v.sources` once. */
export const addSource = (variable: string, param: string) =>
  `SET ${variable}.sources = CASE WHEN ${param} IN coalesce(${variable}.sources, []) THEN ${variable}.sources ELSE coalesce(${variable}.sources, []) + ${param} END`;

/**
 * What identifies one fact across seed loads: its type, ends, source and the values it states (its own
 * properties, location and quote), so a suppressed fact stays suppressed and a corrected copy does not.
 */
export function factKey(
  type: string,
  from: { label: string; id: string },
  to: { label: string; id: string },
  props: Record<string, unknown>,
): string {
  const names = [...Object.keys(relFor(type, from.label, to.label).props), 'location', 'quote'].sort();
  const values = names.map((n) => (props[n] === undefined || props[n] === null ? null : String(props[n])));
  return JSON.stringify([
    type,
    `${from.label}:${from.id}`,
    `${to.label}:${to.id}`,
    String(props.source),
    values,
  ]);
}
