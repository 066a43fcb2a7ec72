/** Small string helpers shared by the recognisers and the linker. */

/** A lower-case slug for ids: "Liu Xiangang" -> "liu-xiangang". */
export function slug(s: string, maxWords = 8): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

const SPELLING: [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/ise\b/g, 'ize'],
  [/ised\b/g, 'ized'],
  [/centre/g, 'center'],
  [/programme/g, 'program'],
  [/defence/g, 'defense'],
  [/licence/g, 'license'],
  [/co-?operation/g, 'cooperation'],
  [/co-?ordination/g, 'coordination'],
];

/**
 * The key two names share when they differ only in case, punctuation, British/American spelling,
 * possessives or a leading "the": "the China Electronics Standardisation Centre" ~ "China Electronics
 * Standardization Center".
 */
const normCache = new Map<string, string>();
export function normKey(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  // Names repeat across mentions, drafts and candidates: computing each key once pays off.
  if (normCache.size > 50_000) normCache.clear();
  const k = computeNormKey(s);
  normCache.set(s, k);
  return k;
}

function computeNormKey(s: string): string {
  let k = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '');
  for (const [re, to] of SPELLING) k = k.replace(re, to);
  return k
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Tokens of a normalised key, plural "s" dropped, for overlap measures. */
export function keyTokens(s: string): string[] {
  return normKey(s)
    .split(' ')
    .filter((t) => t.length > 0)
    .map((t) => (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

/** Initials of the capitalised words: "China Electronics Standardisation Institute" -> "CESI". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w) && !/^(Of|For|And|The|On)$/.test(w))
    .map((w) => w[0])
    .join('');
}

export const titleCase = (s: string) => s.replace(/\b([a-z])/g, (c) => c.toUpperCase());

/** Escapes a string for use inside a RegExp. */
export const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
