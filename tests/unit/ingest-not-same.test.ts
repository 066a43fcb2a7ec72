import { emptyKnowledge, type KnownEntity } from '../../src/ingest/knowledge';
import { link } from '../../src/ingest/link';

const body = (id: string, name: string, aliases: string[]): KnownEntity => ({
  label: 'Institution',
  id,
  name,
  aliases,
  required: {},
  from: 'graph',
});

/** Two bodies share the acronym CAC; a curator's "not the same" mark makes the linker ask instead of guess. */
describe('linking a mention when curators marked two entities as different', () => {
  const knowledge = () => {
    const k = emptyKnowledge();
    k.entities.push(
      body('cac', 'Cyberspace Administration of China', ['CAC']),
      body('cac-certification', 'China Certification and Accreditation Committee', ['CAC']),
    );
    return k;
  };

  it('without a mark, links the acronym to the first body that has it', () => {
    const r = link('Institution', ['CAC'], knowledge());
    expect(r.method).toBe('alias');
    expect(r.entity?.id).toBe('cac');
  });

  it('with a mark, the mention is uncertain and both bodies are candidates', () => {
    const k = knowledge();
    k.notSame = new Map([
      ['Institution:cac', new Set(['cac-certification'])],
      ['Institution:cac-certification', new Set(['cac'])],
    ]);
    const r = link('Institution', ['CAC'], k);
    expect(r.method).toBe('uncertain');
    expect(r.entity).toBeUndefined();
    expect(r.candidates.map((c) => c.id)).toEqual(['cac', 'cac-certification']);
  });

  it('with a mark, a name only one of them has still links to it', () => {
    const k = knowledge();
    k.notSame = new Map([['Institution:cac', new Set(['cac-certification'])]]);
    const r = link('Institution', ['Cyberspace Administration of China'], k);
    expect(r.method).toBe('exact');
    expect(r.entity?.id).toBe('cac');
  });
});
