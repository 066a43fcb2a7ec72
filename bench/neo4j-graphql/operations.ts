/**
 * The benchmark's query mix (bench/query-mix.ts) written for the @neo4j/graphql peer's generated schema
 * (typeDefs.graphql): the same data, the same order and page sizes, in the library's own query language
 * (`people(where: { id: { eq } })`, `eventsConnection(sort, first)`, `affiliationsConnection` for
 * relationship properties). What the library cannot generate calls the typeDefs' @cypher fields.
 */
import { queryMix, type MixIds, type MixOperation } from '../query-mix';

const SAME_AS_OURS = new Set(['search', 'pathBetweenActors', 'neighbourhoodDepth2']);

export function peerMix(ids: MixIds): MixOperation[] {
  return [
    {
      name: 'talksOnTopicWithNarrower',
      kind: 'list',
      query: `query TalksOnTopic($topic: ID!) { talksOnTopicCount(topic: $topic, includeNarrower: true)
        talksOnTopic(topic: $topic, includeNarrower: true, limit: 20) {
          id title date speaker { id name } speakerAffiliation { title institution { id name } } event { id name } topics(sort: [{ name: ASC }]) { id name } } }`,
      variables: { topic: ids.topic },
    },
    {
      name: 'personWithTalksAndAffiliations',
      kind: 'detail',
      query: `query Person($id: ID!) { people(where: { id: { eq: $id } }) { id name familyName
        affiliationsConnection(sort: [{ edge: { asOf: DESC } }]) { edges { properties { title asOf location source } node { id name } } }
        talks(sort: [{ date: ASC }, { id: ASC }]) { id title date event { id name startDate } topics(sort: [{ name: ASC }]) { id name } } } }`,
      variables: { id: ids.person },
    },
    {
      name: 'institutionEventsByRole',
      kind: 'detail',
      query: `query InstitutionEvents($id: ID!) { institutions(where: { id: { eq: $id } }) { id name
        organised(sort: [{ startDate: ASC }, { id: ASC }]) { id name startDate }
        sponsored(sort: [{ startDate: ASC }, { id: ASC }]) { id name startDate }
        coOrganised(sort: [{ startDate: ASC }, { id: ASC }]) { id name startDate } } }`,
      variables: { id: ids.institution },
    },
    {
      name: 'paginatedFilteredList',
      kind: 'list',
      query: `query Events($from: Date!) { eventsConnection(where: { startDate: { gte: $from } }, sort: [{ startDate: DESC }, { id: ASC }], first: 20) {
        totalCount edges { cursor node { id name startDate place { id name } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { from: '2010-01-01' },
    },
    // Search, paths and neighbourhoods are @cypher root fields named and shaped like this service's.
    ...queryMix(ids).filter((op) => SAME_AS_OURS.has(op.name)),
    {
      name: 'dashboardStats',
      kind: 'analysis',
      query: `query Dashboard { talksPerTopic(rollUp: true, first: 10) { topic { id name } count }
        talksPerInstitution(first: 10) { institution { id name } count } eventsPerYear { year count } nodesPerKind { kind count } }`,
      variables: {},
    },
  ];
}
