/** Sources: the documents every fact comes from; event i is reported by source floor(i * S / E). */
import type { Rng } from './random';
import { distinct } from './random';
import type { Ctx, Owner } from './types';
import { b36, DAY_MS, isoDay, MONTHS, nodeRow, PUBLISHERS, slug } from './words';

export interface Sources {
  ids: string[];
  /** The source reporting event i: sources run in time, each a run of consecutive events. */
  ofEvent(i: number): number;
  random(rng: Rng): string;
}

/** Source ids, up front: every other part cites them. */
export function sources(ctx: Ctx): Sources {
  const S = ctx.n.sources;
  const E = ctx.n.events;
  const ids: string[] = [];
  for (let k = 0; k < S; k++)
    ids.push(`${slug(ctx.rngFor('source-core', k).pick(PUBLISHERS))}-report-s${b36(k)}`);
  return { ids, ofEvent: (i) => Math.floor((i * S) / E), random: (rng) => ids[rng.int(S)]! };
}

/** Source nodes (published after the last event they report) and their AUTHORED bylines. */
export function sourceOwner(
  ctx: Ctx,
  src: Sources,
  eventEnd: Int32Array,
  personIds: readonly string[],
): Owner {
  const S = src.ids.length;
  const E = eventEnd.length;
  return {
    label: 'Source',
    count: S,
    node(k) {
      const publisher = ctx.rngFor('source-core', k).pick(PUBLISHERS);
      const rng = ctx.rngFor('source', k);
      let last = 0;
      for (let i = Math.floor((k * E + S - 1) / S); i < E && src.ofEvent(i) === k; i++) {
        last = Math.max(last, eventEnd[i]!);
      }
      const published = last + rng.range(1, 14);
      const date = new Date(published * DAY_MS);
      const kind = rng.weighted([
        ['news-article', 50],
        ['report', 20],
        ['press-release', 15],
        ['web-page', 10],
        ['recording', 5],
      ] as const);
      const title = `${publisher} ${kind.replace('-', ' ')}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
      const id = src.ids[k]!;
      return nodeRow(id, title, [], [id], {
        title,
        kind,
        published: isoDay(published),
        publisher,
        url: rng.chance(0.8) ? `https://example.org/reports/${id}` : undefined,
        language: rng.chance(0.8) ? 'en' : 'zh',
        notes: rng.chance(0.2) ? 'Synthetic benchmark document.' : undefined,
      });
    },
    rels(k) {
      const rng = ctx.rngFor('source-rels', k);
      const id = src.ids[k]!;
      return distinct(
        rng.weighted([
          [0, 3],
          [1, 5],
          [2, 2],
        ] as const),
        () => rng.int(personIds.length),
      ).map((p) =>
        ctx.rel('AUTHORED', 'Person', personIds[p]!, 'Source', id, { source: id, location: 'byline' }),
      );
    },
  };
}
