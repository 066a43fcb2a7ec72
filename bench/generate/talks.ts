/** Talks: one speaker at one event, ABOUT 1-3 topics, dated in the event; some MENTIONED a standard. */
import type { Events } from './events';
import type { People } from './people';
import { distinct } from './random';
import type { Sources } from './sources';
import type { Standards } from './standards';
import type { Topics } from './topics';
import type { Ctx, Owner } from './types';
import { b36, isoDay, location, nodeRow, TALK_TITLES } from './words';

export interface TalkCore {
  speaker: number;
  event: number;
  topics: number[];
  at: string;
}

/** A talk's speaker, event and topics (the part its relationships and its node share). */
export function talkCores(ctx: Ctx, p: People, ev: Events, t: Topics): (i: number) => TalkCore {
  const E = ev.ids.length;
  return (i) => {
    const rng = ctx.rngFor('talk-core', i);
    const speaker = p.speakerSampler.sample(rng);
    const event = rng.int(E);
    const topics = distinct(
      rng.weighted([
        [1, 40],
        [2, 40],
        [3, 20],
      ] as const),
      () => t.sample(rng),
    );
    return { speaker, event, topics, at: location(rng) };
  };
}

export const talkId = (i: number) => `talk-t${b36(i)}`;

/** Talk nodes with GAVE, AT, ABOUT and MENTIONED (a standard on one of its topics, else a popular one). */
export function talkOwner(
  ctx: Ctx,
  core: (i: number) => TalkCore,
  deps: { people: People; events: Events; topics: Topics; standards: Standards; src: Sources },
): Owner {
  const { people, events, topics, standards, src } = deps;
  return {
    label: 'Talk',
    count: ctx.n.talks,
    node(i) {
      const c = core(i);
      const rng = ctx.rngFor('talk', i);
      const title = rng.pick(TALK_TITLES).replace('{t}', topics.list[c.topics[0]!]!.name);
      const start = events.start[c.event]!;
      const explicit = rng.chance(0.4);
      const day = explicit ? start + rng.int(events.end[c.event]! - start + 1) : start;
      return nodeRow(talkId(i), title, [], [src.ids[src.ofEvent(c.event)]!], {
        title,
        summary: rng.chance(0.5)
          ? `${people.names[c.speaker]!.name} spoke on ${topics.list[c.topics[0]!]!.name.toLowerCase()}.`
          : undefined,
        kind: rng.weighted([
          ['keynote', 10],
          ['talk', 70],
          ['panel', 12],
          ['remarks', 8],
        ] as const),
        date: isoDay(day),
        dateInferred: explicit ? undefined : true,
      });
    },
    rels(i) {
      const c = core(i);
      const id = talkId(i);
      const source = src.ids[src.ofEvent(c.event)]!;
      const prov = { source, location: c.at };
      const out = [
        ctx.rel('MENTIONED_IN', 'Talk', id, 'Source', source, prov),
        ctx.rel('GAVE', 'Person', people.ids[c.speaker]!, 'Talk', id, prov),
        ctx.rel('AT', 'Talk', id, 'Event', events.ids[c.event]!, prov),
        ...c.topics.map((k) => ctx.rel('ABOUT', 'Talk', id, 'Topic', topics.list[k]!.id, prov)),
      ];
      const rng = ctx.rngFor('talk-standards', i);
      if (rng.chance(0.12)) {
        const onTopic = c.topics.flatMap((k) => standards.byTopic.get(k) ?? []);
        const mentioned = distinct(rng.range(1, 2), () =>
          onTopic.length > 0 && rng.chance(0.8) ? rng.pick(onTopic) : standards.sample(rng),
        );
        for (const k of mentioned) {
          out.push(
            ctx.rel('MENTIONED', 'Talk', id, 'Standard', standards.ids[k]!, {
              source,
              location: location(rng),
            }),
          );
        }
      }
      return out;
    },
  };
}
