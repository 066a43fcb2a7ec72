/** Directives: policy directions events cite, ISSUED by people or bodies, CALLS_FOR topics. */
import type { Institutions } from './institutions';
import type { People } from './people';
import { distinct } from './random';
import type { Sources } from './sources';
import type { Topics } from './topics';
import type { Ctx, Owner } from './types';
import { AREAS, b36, DIRECTIVE_NOUNS, DIRECTIVE_NUMBERS, location, nodeRow, slug } from './words';

export interface Directives {
  ids: string[];
  names: string[];
}

export function directives(ctx: Ctx): Directives {
  const ids: string[] = [];
  const names: string[] = [];
  for (let d = 0; d < ctx.n.directives; d++) {
    const rng = ctx.rngFor('directive-core', d);
    const name = `${rng.pick(DIRECTIVE_NUMBERS)} ${rng.pick(DIRECTIVE_NOUNS)} on ${rng.pick(AREAS)}`;
    names.push(name);
    ids.push(`${slug(name)}-d${b36(d)}`);
  }
  return { ids, names };
}

/** Directive nodes, their issuers (ISSUED, from a Person or an Institution) and CALLS_FOR. */
export function directiveOwner(
  ctx: Ctx,
  dir: Directives,
  p: People,
  inst: Institutions,
  t: Topics,
  src: Sources,
): Owner {
  return {
    label: 'Directive',
    count: dir.ids.length,
    node(d) {
      const rng = ctx.rngFor('directive', d);
      const name = dir.names[d]!;
      const aliases = rng.chance(0.3) ? [name.replace(/ on .*/, '')] : [];
      return nodeRow(dir.ids[d]!, name, aliases, [src.random(rng)], {
        description: rng.chance(0.7)
          ? `A policy direction on ${name.replace(/.* on /, '').toLowerCase()}.`
          : undefined,
      });
    },
    rels(d) {
      const source = src.random(ctx.rngFor('directive', d));
      const rng = ctx.rngFor('directive-rels', d);
      const id = dir.ids[d]!;
      const out = [
        ctx.rel('MENTIONED_IN', 'Directive', id, 'Source', source, { source, location: location(rng) }),
      ];
      for (let k = rng.range(1, 2); k > 0; k--) {
        if (rng.chance(0.5)) {
          out.push(
            ctx.rel('ISSUED', 'Person', p.ids[p.speakerSampler.sample(rng)]!, 'Directive', id, {
              source,
              location: location(rng),
              title: rng.pick(['President', 'Director', 'Minister', 'Chair', 'Secretary-General']),
            }),
          );
        } else {
          out.push(
            ctx.rel('ISSUED', 'Institution', inst.ids[inst.sampleTop(rng)]!, 'Directive', id, {
              source,
              location: location(rng),
            }),
          );
        }
      }
      // Two issuers may coincide; keep the first.
      const seen = new Set<string>();
      const issued = out.filter(
        (r) => r.type !== 'ISSUED' || (!seen.has(r.row.from) && seen.add(r.row.from)),
      );
      for (const k of distinct(rng.range(1, 4), () => rng.int(t.list.length))) {
        const topic = t.list[k]!;
        issued.push(
          ctx.rel('CALLS_FOR', 'Directive', id, 'Topic', topic.id, {
            source,
            location: location(rng),
            point: `${rng.pick(['Strengthen', 'Improve', 'Accelerate', 'Standardise', 'Promote'])} ${topic.name.toLowerCase()}`,
          }),
        );
      }
      return issued;
    },
  };
}
