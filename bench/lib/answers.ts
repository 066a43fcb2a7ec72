/**
 * Before anything is timed, the three targets must give the same answer to each operation, or the
 * comparison would be between different work. Their JSON shapes differ (the peer returns one-element
 * lists for single relationships, the floor its own maps), so answers are compared by the entities they
 * contain: the multiset of every `id` and `key` value, plus every number that is a count or a length.
 */
import type { HttpRequest } from './targets';

/** Keys whose subtrees hold provenance, which the targets spell differently (an id vs a Source object). */
const SKIPPED = new Set(['provenance', 'properties']);
const COUNTED = new Set(['count', 'totalCount', 'talksOnTopicCount', 'length']);

export function fingerprint(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!SKIPPED.has(k)) walk(x, k);
    } else if ((key === 'id' || key === 'key') && typeof v === 'string') parts.push(v);
    else if (key && COUNTED.has(key) && typeof v === 'number') parts.push(`#${v}`);
  };
  walk(value);
  return parts.sort().join('|');
}

export async function fetchAnswer(request: HttpRequest): Promise<{ data?: unknown; errors?: unknown }> {
  const res = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await res.json().catch(() => ({ errors: [`HTTP ${res.status}, not JSON`] }))) as {
    data?: unknown;
    errors?: unknown;
  };
  if (res.status !== 200 && !body.errors) body.errors = [`HTTP ${res.status}`];
  return body;
}
