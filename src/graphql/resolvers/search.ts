import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { FULLTEXT_INDEX, kindOf, NODE_LABELS, searchKeys } from '../../graph/model';
import type { GraphQLContext } from '../context';
import { userError } from '../errors';
import { compilerFor, readRows, selectionsAt, type Args } from './support';

const MAX_HITS = 100;
const MAX_TEXT = 200;

/** Words of the input: letters and digits only, so no Lucene syntax ever reaches the index. */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 12);
}

/**
 * A Lucene query from plain words: every word must match as a word or word prefix (fuzzy for
 * longer words), or the whole text without spaces matches a search key ("tc 260" -> tc260).
 */
export function luceneQuery(words: string[], compact: string): string {
  const perWord = words.map((w) => `(${w}^3 OR ${w}*${w.length >= 5 ? ` OR ${w}~1` : ''})`).join(' AND ');
  return `(${perWord}) OR searchKeys:${compact}^6 OR searchKeys:${compact}*^2`;
}

export async function searchResolver(_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const text = String(args.text ?? '');
  if (text.length > MAX_TEXT) throw userError(`text must be at most ${MAX_TEXT} characters`, 'text');
  const words = searchWords(text);
  if (words.length === 0) throw userError('text must contain at least one letter or digit', 'text');
  const first = Math.min(Math.max(Number(args.first ?? 10), 0), MAX_HITS);
  if (first === 0) return [];
  const compact = searchKeys(text)[0] ?? words.join('');
  const kinds = (args.kinds as string[] | undefined | null) ?? [];
  // The index holds the catalogue's labels only, so without kinds every hit qualifies and none is checked.
  const labels = kinds.length ? NODE_LABELS.filter((l) => kinds.includes(kindOf(l))) : null;

  const c = compilerFor(info);
  const entitySets = selectionsAt(info, ['entity']);
  const projection = entitySets
    ? c.project(getNamedType(info.schema.getType('Entity')!), { n: 'node' }, entitySets)
    : 'null';
  const lower = c.q.param(text.trim().toLowerCase());
  const key = c.q.param(compact);
  // Exact name/alias (or search key) matches outrank partial ones whatever Lucene scores them.
  const cypher = `
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', ${c.q.param(luceneQuery(words, compact))}, {limit: ${c.q.param(first * 5 + 20)}})
    YIELD node, score
    ${labels ? `WHERE labels(node)[0] IN ${c.q.param(labels)}` : ''}
    WITH node, score, [x IN [node.name] + coalesce(node.aliases, []) WHERE toLower(x) = ${lower}] AS exact
    WITH node, score + CASE WHEN size(exact) > 0 THEN 100 WHEN ${key} IN coalesce(node.searchKeys, []) THEN 50 ELSE 0 END AS rank,
         coalesce(exact[0], head([x IN [node.name] + coalesce(node.aliases, []) WHERE any(w IN ${c.q.param(words)} WHERE toLower(x) CONTAINS w)]), node.name) AS matched
    ORDER BY rank DESC, node.name
    LIMIT ${c.q.param(first)}
    RETURN {score: rank, kind: toUpper(labels(node)[0]), matched: matched, entity: ${projection}} AS hit`;
  const rows = await readRows<{ hit: unknown }>(ctx, cypher, c.q.params);
  return rows.map((r) => r.hit);
}
