/**
 * The fixed mix of GraphQL operations users run, shared by the benchmark (npm run bench) and the load
 * test. Ids are parameters so the same mix runs on the seed graph and on synthetic graphs.
 */
export interface MixIds {
  topic: string;
  person: string;
  institution: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
  neighbourhoodOf: string;
}

export interface MixOperation {
  name: string;
  /** detail and list queries carry the p99 target */
  kind: 'detail' | 'list' | 'analysis';
  query: string;
  variables: Record<string, unknown>;
}

/** Ids that exist in the forum seed graph. */
export const SEED_IDS: MixIds = {
  topic: 'biometric-identification',
  person: 'jiang-zengzeng',
  institution: 'tc260',
  searchText: 'TC260',
  pathFrom: 'jiang-zengzeng',
  pathTo: 'tc260',
  neighbourhoodOf: 'tc260',
};

export function queryMix(ids: MixIds): MixOperation[] {
  return [
    {
      name: 'talksOnTopicWithNarrower',
      kind: 'list',
      query: `query TalksOnTopic($topic: ID!) { talks(where: { topic: $topic, includeNarrower: true }, first: 20) {
        totalCount nodes { id title date speaker { id name } speakerAffiliation { title institution { id name } } event { id name } topics { id name } } } }`,
      variables: { topic: ids.topic },
    },
    {
      name: 'personWithTalksAndAffiliations',
      kind: 'detail',
      query: `query Person($id: ID!) { person(id: $id) { id name familyName
        affiliations { title asOf institution { id name } provenance { location source { id } } }
        talks { id title date event { id name startDate } topics { id name } } } }`,
      variables: { id: ids.person },
    },
    {
      name: 'institutionEventsByRole',
      kind: 'detail',
      query: `query InstitutionEvents($id: ID!) { institution(id: $id) { id name
        organised: events(role: ORGANISED) { event { id name startDate } }
        sponsored: events(role: SPONSORED) { event { id name startDate } }
        coOrganised: events(role: CO_ORGANISED) { event { id name startDate } } } }`,
      variables: { id: ids.institution },
    },
    {
      name: 'paginatedFilteredList',
      kind: 'list',
      query: `query Events($from: Date!) { events(where: { from: $from }, orderBy: { field: START_DATE, direction: DESC }, first: 20) {
        totalCount edges { cursor node { id name startDate place { id name } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { from: '2010-01-01' },
    },
    {
      name: 'search',
      kind: 'list',
      query: `query Search($text: String!) { search(text: $text, first: 10) { score kind matched entity { id name } } }`,
      variables: { text: ids.searchText },
    },
    {
      name: 'pathBetweenActors',
      kind: 'analysis',
      query: `query Path($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 4) { length nodes { key name } edges { type from to } } }`,
      variables: { from: ids.pathFrom, to: ids.pathTo },
    },
    {
      name: 'neighbourhoodDepth2',
      kind: 'analysis',
      query: `query Around($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { truncated nodes { key kind name } edges { type from to } } }`,
      variables: { id: ids.neighbourhoodOf },
    },
    {
      name: 'dashboardStats',
      kind: 'analysis',
      query: `query Dashboard { stats { talksPerTopic(rollUp: true, first: 10) { topic { id name } count }
        talksPerInstitution(first: 10) { institution { id name } count } eventsPerYear { year count } nodesPerKind { kind count } } }`,
      variables: {},
    },
  ];
}
