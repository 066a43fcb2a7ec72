import { walkSkip } from '../../src/graphql/cypher/list-query';

/** When a page of talks on a topic walks the date index instead of sorting every talk on the topic. */
describe('walkSkip: the index walk only where it is cheaper and the page holds only dated members', () => {
  // The bench's SF100 topic: 39,029 talks on it and its narrower topics, 450,000 talks in all.
  const big = { total: 39_029, missing: 0, labelled: 450_000 };

  it('walks for the first pages of a large share of the label, both directions', () => {
    expect(walkSkip(big, 0, 21, false)).toBe(0);
    expect(walkSkip(big, 0, 21, true)).toBe(0);
    expect(walkSkip(big, 400, 21, false)).toBe(400);
  });

  it('sorts instead when the walk would read more than the anchored list: deep pages, rare topics, the end', () => {
    expect(walkSkip(big, 5_000, 21, false)).toBeUndefined();
    expect(walkSkip({ total: 100, missing: 0, labelled: 450_000 }, 0, 21, false)).toBeUndefined();
    expect(walkSkip({ total: 0, missing: 0, labelled: 450_000 }, 0, 21, false)).toBeUndefined();
    // The page runs past the last member: the walk would read to the end of the index.
    expect(walkSkip({ total: 40, missing: 0, labelled: 60 }, 30, 21, false)).toBeUndefined();
    expect(walkSkip({ total: 5_000, missing: 0, labelled: 6_000 }, 30, 21, false)).toBe(30);
  });

  it('leaves pages that reach undated members to the sort: last ascending, first descending', () => {
    const some = { total: 450, missing: 50, labelled: 500 }; // 400 dated
    expect(walkSkip(some, 0, 3, false)).toBe(0);
    expect(walkSkip(some, 100, 3, false)).toBe(100);
    expect(walkSkip(some, 398, 3, false)).toBeUndefined(); // positions 398-400: 400 is the first undated
    expect(walkSkip(some, 300, 3, false)).toBeUndefined(); // dated, but deep: sorting is cheaper
    expect(walkSkip(some, 0, 3, true)).toBeUndefined();
    expect(walkSkip(some, 49, 3, true)).toBeUndefined();
    expect(walkSkip(some, 50, 3, true)).toBe(0); // descending, the 50 undated come first
    expect(walkSkip(some, 60, 3, true)).toBe(10);
  });
});
