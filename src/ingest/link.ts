import { distance } from 'fastest-levenshtein';
import type { Knowledge, KnownEntity, KnownLabel } from './knowledge';
import { initials, keyTokens, normKey } from './text-utils';

/**
 * Deciding whether a mention is an entity the graph already has. In order: the exact name or an alias;
 * the normalised name (case, punctuation, British/American spelling, a leading "the", word order for
 * people); an acronym and its expansion (with or without spaces: "TC 260" = "TC260"). A close but not
 * certain name is never merged: it stays new and the draft lists the candidates with their scores.
 */

export type LinkMethod = 'exact' | 'alias' | 'normalised' | 'acronym' | 'new' | 'uncertain';

export interface Candidate {
  id: string;
  name: string;
  score: number;
}

export interface LinkResult {
  method: LinkMethod;
  confidence: number;
  entity?: KnownEntity;
  candidates: Candidate[];
}

/** Link methods from the most to the least certain. */
const STRENGTH: LinkMethod[] = ['exact', 'alias', 'normalised', 'acronym'];

/** Similar enough to be shown to the reviewer, not enough to merge. */
export const REVIEW_THRESHOLD = 0.75;

const compact = (s: string) => s.replace(/[\s-]+/g, '').toUpperCase();
const isAcronym = (s: string) => /^[A-Z0-9/&\s-]+$/.test(s) && /[A-Z]{2}/.test(s) && s.length <= 16;
const sortedTokens = (s: string) => [...keyTokens(s)].sort().join(' ');

export function similarity(a: string, b: string): number {
  const x = normKey(a);
  const y = normKey(b);
  if (!x || !y) return 0;
  const lev = 1 - distance(x, y) / Math.max(x.length, y.length);
  const ta = new Set(keyTokens(a));
  const tb = new Set(keyTokens(b));
  const inter = [...ta].filter((t) => tb.has(t)).length;
  const jaccard = inter / (ta.size + tb.size - inter || 1);
  return Math.round(Math.max(lev, jaccard) * 1000) / 1000;
}

/**
 * Links a mention; when a curator marked the entity found as "not the same" as another that the mention
 * matches too (the acronym CAC for two bodies), the link is uncertain and both are candidates.
 */
export function link(
  label: KnownLabel,
  names: string[],
  k: Knowledge,
  agrees: (e: KnownEntity) => boolean = () => true,
): LinkResult {
  const pool = k.entities.filter((e) => e.label === label);
  const found = linkIn(pool, label, names, agrees);
  const partners = found.entity && k.notSame?.get(`${label}:${found.entity.id}`);
  if (!found.entity || !partners || found.method === 'exact') return found;
  // A rival counts when the mention matches it at least as well (an alias for an alias, not an acronym).
  const rivals = pool.filter((p) => {
    if (!partners.has(p.id)) return false;
    const r = linkIn([p], label, names, agrees);
    return r.entity && STRENGTH.indexOf(r.method) <= STRENGTH.indexOf(found.method);
  });
  if (rivals.length === 0) return found;
  return {
    method: 'uncertain',
    confidence: found.confidence,
    candidates: [found.entity, ...rivals].map((e) => ({ id: e.id, name: e.name, score: found.confidence })),
  };
}

function linkIn(
  pool: KnownEntity[],
  label: KnownLabel,
  names: string[],
  agrees: (e: KnownEntity) => boolean,
): LinkResult {
  const [name, ...aliases] = names;
  const ok = (e: KnownEntity) => agrees(e);
  // 1. exact name or alias
  for (const e of pool) {
    if (!ok(e)) continue;
    if (e.name === name) return { method: 'exact', confidence: 1, entity: e, candidates: [] };
  }
  for (const e of pool) {
    if (!ok(e)) continue;
    const theirs = [e.name, ...e.aliases];
    if (names.some((n) => theirs.includes(n)))
      return { method: 'alias', confidence: 0.98, entity: e, candidates: [] };
  }
  // 2. normalised
  const keyOf = label === 'Person' ? sortedTokens : normKey;
  const ours = new Set(names.map(keyOf));
  for (const e of pool) {
    if (ok(e) && [e.name, ...e.aliases].some((n) => ours.has(keyOf(n)))) {
      return { method: 'normalised', confidence: 0.95, entity: e, candidates: [] };
    }
  }
  // 3. acronym <-> expansion
  if (label === 'Institution' || label === 'Event') {
    const ourAcronyms = new Set(names.filter(isAcronym).map(compact));
    const ourInitials = new Set(
      names
        .filter((n) => !isAcronym(n))
        .map((n) => initials(n))
        .filter((i) => i.length >= 3),
    );
    for (const e of pool) {
      if (!ok(e)) continue;
      const theirs = [e.name, ...e.aliases];
      const theirAcronyms = theirs.filter(isAcronym).map(compact);
      const theirInitials = theirs.filter((n) => !isAcronym(n)).map((n) => initials(n));
      if (
        theirAcronyms.some((a) => ourAcronyms.has(a) || ourInitials.has(a)) ||
        theirInitials.some((i) => i.length >= 3 && ourAcronyms.has(i))
      ) {
        return { method: 'acronym', confidence: 0.9, entity: e, candidates: [] };
      }
    }
  }
  // 4. similar: candidates for the reviewer
  const candidates = pool
    .map((e) => ({
      id: e.id,
      name: e.name,
      score: Math.max(...names.flatMap((n) => [e.name, ...e.aliases].map((m) => similarity(n, m)))),
    }))
    .filter((c) => c.score >= REVIEW_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 3);
  void aliases;
  if (candidates.length > 0) return { method: 'uncertain', confidence: candidates[0]!.score, candidates };
  return { method: 'new', confidence: 1, candidates: [] };
}
