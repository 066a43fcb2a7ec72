/** Topics: a DAG several levels deep (roots, then breadth-first children; some have two parents). */
import { Rng, ZipfSampler } from './random';
import type { Sources } from './sources';
import type { Ctx, Owner } from './types';
import { acronym, AREAS, ASPECTS, location, nodeRow, slug, TOPIC_ROOTS } from './words';

export interface Topic {
  id: string;
  name: string;
  level: number;
  broader: number[];
}

export interface Topics {
  list: Topic[];
  /** Topic indexes in sampling order (shuffled), and the Zipf sampler over that order. */
  order: number[];
  sampler: ZipfSampler;
  /** A topic of a talk, an emphasis or a standard: popular topics sit at every level. */
  sample(rng: Rng): number;
}

export function topics(ctx: Ctx): Topics {
  const list: Topic[] = [];
  const rng = ctx.rngFor('topics', 0);
  const roots = TOPIC_ROOTS.length;
  const branching = 3;
  const names = new Set<string>();
  for (let k = 0; k < ctx.n.topics; k++) {
    let name: string;
    let level = 0;
    const broader: number[] = [];
    if (k < roots) {
      name = TOPIC_ROOTS[k]!;
    } else {
      const parent = Math.floor((k - roots) / branching);
      level = list[parent]!.level + 1;
      broader.push(parent);
      // A tenth of the topics sit under a second, unrelated topic of the parent's level: a DAG, not a tree.
      if (rng.chance(0.1)) {
        const sameLevel = list.filter((t) => t.level === level - 1);
        const other = list.indexOf(rng.pick(sameLevel));
        if (other !== parent) broader.push(other);
      }
      const c = k - roots;
      const area = AREAS[c % AREAS.length]!;
      const aspect = ASPECTS[Math.floor(c / AREAS.length) % ASPECTS.length]!;
      const cycle = Math.floor(c / (AREAS.length * ASPECTS.length));
      name = `${area}${aspect ? ` ${aspect}` : ''}${cycle > 0 ? ` ${cycle + 1}` : ''}`;
    }
    if (names.has(name)) name = `${name} ${k}`;
    names.add(name);
    list.push({ id: slug(name), name, level, broader });
  }
  // Topics are drawn by a Zipf law over a shuffled order, so popular topics sit at every level.
  const order = list.map((_, k) => k);
  const shuffle = ctx.rngFor('topic-order', 0);
  for (let k = order.length - 1; k > 0; k--) {
    const j = shuffle.int(k + 1);
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  const sampler = new ZipfSampler(list.length, 0.7);
  return { list, order, sampler, sample: (r) => order[sampler.sample(r)]! };
}

/** Topic nodes and their BROADER links. */
export function topicOwner(ctx: Ctx, t: Topics, src: Sources): Owner {
  return {
    label: 'Topic',
    count: t.list.length,
    node(k) {
      const topic = t.list[k]!;
      const rng = ctx.rngFor('topic', k);
      const source = src.random(rng);
      const aliases = topic.name.split(' ').length > 2 && rng.chance(0.3) ? [acronym(topic.name)] : [];
      return nodeRow(
        topic.id,
        topic.name,
        aliases.filter((a) => a.length >= 2),
        [source],
        { description: rng.chance(0.6) ? `${topic.name}, as discussed at standards events.` : undefined },
      );
    },
    rels(k) {
      const topic = t.list[k]!;
      const source = src.random(ctx.rngFor('topic', k));
      const prov = { source, location: location(ctx.rngFor('topic-rels', k)) };
      return [
        ctx.rel('MENTIONED_IN', 'Topic', topic.id, 'Source', source, prov),
        ...topic.broader.map((b) => ctx.rel('BROADER', 'Topic', topic.id, 'Topic', t.list[b]!.id, prov)),
      ];
    },
  };
}
