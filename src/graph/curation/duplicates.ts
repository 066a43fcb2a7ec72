import { distance } from 'fastest-levenshtein';
import type { Database } from '../../neo4j/database';
import type { NodeLabel } from '../model';
import { notSamePairs, pairKey } from './decisions';

/**
 * Likely duplicates among the entities of one label, for a curator to decide. Candidate pairs come from
 * blocking (pairs sharing a normalised name, a reordered name, an acronym or a distinctive word), so the
 * cost follows the number of similar names rather than the square of the label's size; each pair is then
 * scored on its names and on the neighbours the two share. Pairs marked "not the same" never appear.
 */

export interface EntitySummary {
  label: NodeLabel;
  id: string;
  name: string;
  aliases: string[];
}

export interface DuplicateCandidate {
  a: EntitySummary;
  b: EntitySummary;
  score: number;
  evidence: string[];
}

interface Row extends EntitySummary {
  neighbours: string[];
}

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'la', 'le', 'des', 'at', 'to', '&']);

export const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const sortedWords = (s: string) => words(s).sort().join(' ');
/** "Cyberspace Administration of China" → "cac". */
const acronym = (s: string) =>
  words(s)
    .filter((w) => !STOP.has(w))
    .map((w) => w[0])
    .join('');
/** An alias or name that is itself an acronym ("CAC", "TC260" is not: it has digits). */
const isAcronym = (s: string) => /^[A-Z]{2,8}$/.test(s.trim());

const names = (e: EntitySummary) => [e.name, ...e.aliases].filter(Boolean);

function score(a: Row, b: Row): { score: number; evidence: string[] } {
  const evidence: string[] = [];
  let best = 0;
  const hit = (s: number, why: string) => {
    if (s > best) best = s;
    evidence.push(why);
  };
  for (const x of names(a))
    for (const y of names(b)) {
      const nx = normalise(x);
      const ny = normalise(y);
      if (!nx || !ny) continue;
      if (nx === ny) hit(0.95, `same name without case or punctuation: "${x}" / "${y}"`);
      else if (sortedWords(x) === sortedWords(y)) hit(0.9, `same words in another order: "${x}" / "${y}"`);
      else if (isAcronym(x) && acronym(y) === x.toLowerCase()) hit(0.75, `"${x}" is the acronym of "${y}"`);
      else if (isAcronym(y) && acronym(x) === y.toLowerCase()) hit(0.75, `"${y}" is the acronym of "${x}"`);
      else {
        const [short, long] = nx.length <= ny.length ? [nx, ny] : [ny, nx];
        if (short.length >= 4 && long.startsWith(short))
          hit(0.7, `one name extends the other: "${x}" / "${y}"`);
        const ratio = 1 - distance(nx, ny) / Math.max(nx.length, ny.length);
        if (ratio >= 0.8)
          hit(0.85 * ratio, `similar spelling (${Math.round(ratio * 100)}%): "${x}" / "${y}"`);
      }
    }
  const shared = a.neighbours.filter((n) => b.neighbours.includes(n)).length;
  if (shared > 0 && best > 0) {
    best = Math.min(1, best + Math.min(0.2, 0.05 * shared));
    evidence.push(`${shared} shared neighbour${shared > 1 ? 's' : ''}`);
  }
  return { score: Math.round(best * 1000) / 1000, evidence: [...new Set(evidence)] };
}

/** The blocking keys of an entity: pairs that share none are never compared. */
function blockKeys(e: Row): string[] {
  const keys = new Set<string>();
  for (const n of names(e)) {
    keys.add(`n:${normalise(n)}`);
    keys.add(`w:${sortedWords(n)}`);
    keys.add(`a:${isAcronym(n) ? n.toLowerCase() : acronym(n)}`);
    for (const w of words(n)) if (w.length >= 4 && !STOP.has(w)) keys.add(`t:${w}`);
    const nn = normalise(n);
    if (nn.length >= 4) keys.add(`p:${nn.slice(0, 4)}`);
  }
  return [...keys];
}

/** Blocks larger than this are too common a word to be evidence (e.g. "china", "security"). */
const MAX_BLOCK = 60;

export async function duplicateCandidates(
  db: Database,
  label: NodeLabel,
  options: { first: number; minScore: number },
): Promise<DuplicateCandidate[]> {
  const rows = await db.query<Row>(
    `MATCH (n:${label})
     RETURN $label AS label, n.id AS id, coalesce(n.name, n.id) AS name, coalesce(n.aliases, []) AS aliases,
            [(n)--(x) WHERE NOT x:Source AND NOT x:${label} | elementId(x)][..100] AS neighbours`,
    { label },
  );
  const excluded = await notSamePairs(db, label);
  const blocks = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const k of blockKeys(r)) blocks.set(k, [...(blocks.get(k) ?? []), i]);
  });
  const pairs = new Set<string>();
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) pairs.add(`${members[i]}|${members[j]}`);
  }
  const out: DuplicateCandidate[] = [];
  for (const p of pairs) {
    const [i, j] = p.split('|').map(Number) as [number, number];
    const a = rows[i]!;
    const b = rows[j]!;
    if (excluded.has(pairKey(a.id, b.id))) continue;
    const s = score(a, b);
    if (s.score < options.minScore) continue;
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const strip = ({ neighbours: _n, ...e }: Row): EntitySummary => e;
    out.push({ a: strip(x), b: strip(y), ...s });
  }
  return out
    .sort((p, q) => q.score - p.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id))
    .slice(0, options.first);
}
