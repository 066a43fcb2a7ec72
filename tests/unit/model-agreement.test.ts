import { buildASTSchema, isObjectType, type GraphQLObjectType } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema';
import { SPECS } from '../../src/graphql/cypher/specs';
import {
  kindOf,
  LABELS,
  NODE_LABELS,
  ORGANISER_ROLES,
  RELATIONSHIPS,
  type LabelDef,
  type RelDef,
} from '../../src/graph/model';
import { SeedFileSchema } from '../../src/graph/seed/format';

/**
 * The SDL (schema/), the model catalogue (src/graph/model/) and the Cypher mapping (SPECS) describe the
 * same model three ways; this is where they must agree, so a missing mapping fails here, not at run time.
 */
const schema = buildASTSchema(loadTypeDefs());
const object = (name: string) => {
  const t = schema.getType(name);
  if (!t || !isObjectType(t)) throw new Error(`SDL has no object type ${name}`);
  return t as GraphQLObjectType;
};
const rels = RELATIONSHIPS as readonly RelDef[];
const labels = LABELS as readonly LabelDef[];
const edgeTypes = rels.filter((r) => r.edge).map((r) => r.edge!.type);
const mapped = [...NODE_LABELS, ...edgeTypes, 'Provenance', 'GraphNode', 'Fact'];

describe('the SDL, the model catalogue and the Cypher mapping agree', () => {
  it.each(mapped)('every field of %s has a Cypher mapping, and every mapping a field', (type) => {
    const sdl = Object.keys(object(type).getFields()).sort();
    expect(Object.keys(SPECS[type] ?? {}).sort()).toEqual(sdl);
  });

  it('every SDL type that implements Entity is a label of the catalogue', () => {
    const entities = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Entity'))
      .map((t) => t.name)
      .sort();
    expect(entities).toEqual([...NODE_LABELS].sort());
  });

  it('EntityKind and OrganiserRole list exactly the catalogue’s kinds and roles', () => {
    const values = (name: string) =>
      (schema.getType(name) as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name);
    expect(values('EntityKind').sort()).toEqual(NODE_LABELS.map(kindOf).sort());
    expect(values('OrganiserRole')).toEqual([...ORGANISER_ROLES]);
  });

  it('every label has a lookup by id on Query, returning its type', () => {
    for (const l of NODE_LABELS) {
      const field = object('Query').getFields()[l.charAt(0).toLowerCase() + l.slice(1)];
      expect(field && String(field.type)).toBe(l);
    }
  });

  it.each(rels.map((r) => [r.key, r] as const))(
    '%s: both ends are labels, with its fields in the SDL',
    (_key, rel) => {
      for (const end of ['from', 'to'] as const) {
        for (const label of rel[end]) expect(NODE_LABELS).toContain(label);
        const field = rel.fields[end];
        if (!field) continue;
        const far = end === 'from' ? rel.to : rel.from;
        for (const label of rel[end]) {
          const sdl = object(label).getFields()[field.name];
          expect({ label, field: field.name, exists: !!sdl }).toEqual({
            label,
            field: field.name,
            exists: true,
          });
          const named = String(sdl!.type).replace(/[[\]!]/g, '');
          const expected = rel.edge ? rel.edge.type : far.length === 1 ? far[0] : named;
          expect(`${label}.${field.name}: ${named}`).toBe(`${label}.${field.name}: ${expected}`);
          expect(String(sdl!.type).startsWith('[')).toBe(field.list !== false);
          if (field.roleArgument) expect(sdl!.args.map((a) => a.name)).toContain('role');
        }
      }
      if (rel.edge) {
        const fields = object(rel.edge.type).getFields();
        expect(Object.keys(fields)).toEqual(
          expect.arrayContaining([rel.edge.from, rel.edge.to, 'provenance']),
        );
      }
    },
  );

  it('relationship keys are unique and name their ends and first type', () => {
    expect(new Set(rels.map((r) => r.key)).size).toBe(rels.length);
    for (const r of rels) {
      const [from, type, to] = r.key.split('-');
      if (r.from.length === 1) expect(from).toBe(r.from[0]);
      if (r.types.length === 1) expect(type).toBe(r.types[0]);
      expect(to).toBe(r.to[0]);
    }
  });

  it('seed sections and each entry’s fields are unambiguous', () => {
    const sections = [
      ...labels.map((l) => l.seed.section),
      ...rels.flatMap((r) => (r.seed.form === 'section' ? [r.seed.section] : [])),
    ];
    expect(new Set(sections).size).toBe(sections.length);
    for (const l of labels) {
      const inline = rels
        .filter((r) => r.seed.form !== 'section' && (r[r.seed.owner] as readonly string[]).includes(l.label))
        .map((r) => (r.seed as { field: string }).field);
      const fields = [...Object.keys(l.props), ...inline, 'id', 'name', 'aliases', 'at', 'quote'];
      expect(new Set(fields).size).toBe(fields.length);
    }
    // The schema built from them accepts a file with only a source.
    expect(SeedFileSchema.safeParse({ source: { id: 'x', title: 'X', kind: 'report' } }).success).toBe(true);
  });
});
