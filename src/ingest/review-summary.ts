import type { Draft } from './draft';

/** The review summary `npm run ingest` prints: per section what is new, linked, uncertain and why. */
export function reviewSummary(d: Draft, draftFile: string): string {
  const out: string[] = [`Draft ${draftFile} (source "${d.sourceId}")`];
  const counts = Object.entries({
    places: d.seed.places,
    institutions: d.seed.institutions,
    people: d.seed.people,
    topics: d.seed.topics,
    events: d.seed.events,
    affiliations: d.seed.affiliations,
    talks: d.seed.talks,
  }).map(([k, v]) => `${v?.length ?? 0} ${k}`);
  out.push(`  found: ${counts.join(', ')}`);
  for (const [section, entries] of Object.entries(d.review)) {
    const rows = Object.entries(entries);
    if (rows.length === 0 || section === 'talks') continue;
    const linked = rows.filter(([, e]) => !['new', 'uncertain'].includes(e.link));
    const fresh = rows.filter(([, e]) => e.link === 'new');
    const uncertain = rows.filter(([, e]) => e.link === 'uncertain');
    out.push(`  ${section}: ${fresh.length} new, ${linked.length} linked, ${uncertain.length} uncertain`);
    for (const [id, e] of linked) out.push(`    linked     "${e.as}" -> ${id} (${e.link}, ${e.confidence})`);
    for (const [id, e] of uncertain) {
      const c = (e.candidates ?? []).map((x) => `${x.id} ${x.score}`).join(', ');
      out.push(`    UNCERTAIN  "${e.as}" kept new as ${id}; similar to: ${c} — merge by hand if the same`);
    }
    for (const [id, e] of fresh) out.push(`    new        ${id} ("${e.as}")`);
    for (const [id, e] of rows.filter(([, x]) => x.inferred?.length)) {
      for (const i of e.inferred!) out.push(`    INFERRED   ${id}: ${i}`);
    }
  }
  for (const n of d.notes) out.push(`  note: ${n}`);
  return out.join('\n');
}
