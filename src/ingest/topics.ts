import { keyTokens, slug } from './text-utils';

/**
 * Topics of talks: the known topic (seed files, graph) whose name or alias is contained, word for word
 * (normalised: case, spelling, plurals, order), in the words that say what the talk was about; the most
 * specific ones win over their broader topics. With no match a new topic is proposed from the phrase,
 * under the known topic it shares most words with.
 */

export interface KnownTopic {
  id: string;
  name: string;
  aliases: string[];
  broader: string[];
}

const FILLER = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'a', 'an', 'to', 'with', 'its', 'their']);
const content = (s: string) => keyTokens(s).filter((t) => !FILLER.has(t));

export interface TopicMatch {
  ids: string[];
  proposed?: { id: string; name: string; broader: string[] };
}

export function matchTopics(phrase: string, topics: KnownTopic[]): TopicMatch {
  const words = new Set(content(phrase));
  const hits = new Map<string, number>();
  for (const t of topics) {
    for (const n of [t.name, ...t.aliases]) {
      const tokens = content(n);
      if (tokens.length > 0 && tokens.every((w) => words.has(w))) {
        hits.set(t.id, Math.max(hits.get(t.id) ?? 0, tokens.length));
      }
    }
  }
  const byId = new Map(topics.map((t) => [t.id, t]));
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const b of byId.get(id)?.broader ?? []) {
      if (!seen.has(b)) {
        seen.add(b);
        ancestors(b, seen);
      }
    }
    return seen;
  };
  const covered = new Set<string>();
  for (const id of hits.keys()) for (const a of ancestors(id)) covered.add(a);
  const ids = [...hits.entries()]
    .filter(([id]) => !covered.has(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([id]) => id);
  if (ids.length > 0) return { ids };

  const name = topicName(phrase);
  if (!name) return { ids: [] };
  const nameWords = new Set(content(name));
  let best: { id: string; score: number } | undefined;
  for (const t of topics) {
    const score = Math.max(
      ...[t.name, ...t.aliases].map((n) => content(n).filter((w) => nameWords.has(w)).length),
    );
    if (score > 0 && (!best || score > best.score)) best = { id: t.id, score };
  }
  const root = topics.find((t) => t.broader.length === 0);
  const broader = best ? [best.id] : root ? [root.id] : [];
  return { ids: [], proposed: { id: slug(name), name, broader } };
}

/** A short noun phrase for a new topic: what follows "overview of", "developments in" and the like. */
export function topicName(phrase: string): string | undefined {
  let p = phrase
    .replace(/[“”"]/g, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^(?:and\s+)?(?:interpret|explain|present|introduce|share)\s+/i, '');
  const inner = /^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:of|in|on|about|for|regarding)\s+(.*)$/i.exec(p);
  if (inner && inner[1]!.split(' ').length >= 2) p = inner[1]!;
  p = p
    .replace(/^(?:the|a|an|several|some|many|various|China[’']s|its|their)\s+/i, '')
    .replace(/[.,;:].*$/, '')
    .replace(/\s+(?:and|that|which|who|with|to|in|on|for|by)\b.*$/i, (m) =>
      /^\s+and\b/.test(m) && m.split(' ').length <= 4 ? m : '',
    );
  const words = p.split(/\s+/).filter(Boolean).slice(0, 6);
  if (words.length === 0) return undefined;
  const name = words.join(' ');
  return name[0]!.toUpperCase() + name.slice(1);
}
