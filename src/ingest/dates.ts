import * as chrono from 'chrono-node';

/**
 * Dates and date ranges in a sentence (chrono-node, British and American forms, "from 14 to 20
 * September 2020", "November 4-9, 2013"). A date without a year takes the year that puts it closest
 * before the reference (the publication date): reports tell of what has happened.
 */
export interface FoundDate {
  start: string;
  end?: string;
  index: number;
  text: string;
  inferred: string[];
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

// chrono-node, day before month ("16 September 2020"); American order is still read when unambiguous.
const parser = new chrono.Chrono(chrono.en.configuration.createCasualConfiguration(true));
/** Cheap test before the parser: a month name or a numeric date. */
const MAYBE_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

export function findDates(text: string, reference?: string): FoundDate[] {
  if (!MAYBE_DATE.test(text)) return [];
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : undefined;
  const out: FoundDate[] = [];
  for (const r of parser.parse(text, ref ?? new Date('2000-01-01T12:00:00Z'))) {
    const c = r.start;
    if (!c.isCertain('month') && !c.isCertain('day')) continue; // a bare year or weekday is no date
    const inferred: string[] = [];
    let year = c.get('year')!;
    const month = c.get('month')!;
    const day = c.isCertain('day') ? c.get('day')! : 1;
    if (!c.isCertain('day')) inferred.push(`day not given in "${r.text}"; first of the month taken`);
    if (!c.isCertain('year')) {
      if (!ref) {
        inferred.push(`year not given in "${r.text}" and no publication date: year unknown, please check`);
        year = NaN;
      } else {
        const refYear = ref.getUTCFullYear();
        // Closest on or before the reference (allow a week of announcement ahead).
        const candidates = [refYear - 1, refYear, refYear + 1].filter(
          (y) => Date.UTC(y, month - 1, day) <= ref.getTime() + 7 * 86400_000,
        );
        year = Math.max(...candidates);
        inferred.push(`year of "${r.text}" taken from the publication date (${reference})`);
      }
    }
    if (Number.isNaN(year)) {
      out.push({ start: iso(0, month, day), index: r.index, text: r.text, inferred });
      continue;
    }
    let end: string | undefined;
    if (r.end) {
      const e = r.end;
      const ey = e.isCertain('year') ? e.get('year')! : year;
      end = iso(ey, e.get('month')!, e.get('day')!);
      // "from 14 to 20 September 2020": chrono may give the start the end's year only implicitly.
      if (!c.isCertain('year') && e.isCertain('year')) {
        year = ey;
        inferred.splice(
          inferred.findIndex((i) => i.startsWith('year of')),
          1,
        );
      }
    }
    out.push({ start: iso(year, month, day), end, index: r.index, text: r.text, inferred });
  }
  return out;
}

/** The year the document is most probably about: the publication year, else the most cited year. */
export function documentYear(text: string, published?: string): number | undefined {
  if (published) return Number(published.slice(0, 4));
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b(19[89]\d|20[0-4]\d)\b/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
