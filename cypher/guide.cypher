// Researchers' guided start: queries to paste into Neo4j Browser (or play as a guide: :play http://localhost:4000/guide).
// Each query is a "// title" line, a "// why" line, then the Cypher, ending with a semicolon.

// 1. Who spoke on what
// Every speaker linked to the topics of their talks: the graph view shows people, talks and topics.
MATCH path = (p:Person)-[:GAVE]->(:Talk)-[:ABOUT]->(:Topic)
RETURN path;

// 2. Who spoke on what, as a table
// One row per speaker and topic, with the event.
MATCH (p:Person)-[:GAVE]->(t:Talk)-[:ABOUT]->(topic:Topic), (t)-[:AT]->(e:Event)
RETURN p.name AS speaker, topic.name AS topic, e.name AS event
ORDER BY speaker, topic;

// 3. Institutions and their roles at each event
// Sponsors, organisers and co-organisers, from the relationship type.
MATCH (i:Institution)-[r:SPONSORED|ORGANISED|CO_ORGANISED]->(e:Event)
RETURN e.name AS event, type(r) AS role, i.name AS institution
ORDER BY event, role;

// 4. The topic hierarchy
// Every topic with the chain of broader topics above it.
MATCH path = (t:Topic)-[:BROADER*0..]->(root:Topic)
WHERE NOT (root)-[:BROADER]->()
RETURN t.name AS topic, [n IN nodes(path) | n.name] AS chain
ORDER BY size(chain), topic;

// 5. Talks on a topic, narrower topics included
// Who spoke on biometric identification, including face recognition under it.
MATCH (p:Person)-[:GAVE]->(t:Talk)-[:ABOUT]->(sub:Topic)-[:BROADER*0..]->(:Topic {id: 'biometric-identification'})
RETURN p.name AS speaker, t.title AS talk, sub.name AS topic;

// 6. Speakers' titles and institutions as of the event
// The title each speaker held, as the source gives it, and the larger body of a unit.
MATCH (p:Person)-[:GAVE]->(:Talk)-[:AT]->(e:Event)
OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
OPTIONAL MATCH (i)-[:PART_OF]->(parent:Institution)
RETURN p.name AS speaker, a.title AS title, i.name AS institution, parent.name AS partOf, e.name AS event
ORDER BY speaker;

// 7. Everyone and everything within two hops of TC260
// The neighbourhood of the committee, without the links to the source document.
MATCH path = (i:Institution {id: 'tc260'})-[*1..2]-(x)
WHERE none(r IN relationships(path) WHERE type(r) = 'MENTIONED_IN') AND NOT x:Source
RETURN path;

// 8. The shortest path between two people
// How Liu Xiangang (TC260) and Jiang Zengzeng (Tencent) are connected.
MATCH (a:Person {id: 'liu-xiangang'}), (b:Person {id: 'jiang-zengzeng'})
MATCH path = shortestPath((a)-[*..6]-(b))
WHERE none(r IN relationships(path) WHERE type(r) = 'MENTIONED_IN')
RETURN path;

// 9. The provenance of a fact
// Which document, and where in it, says that Yuan Jie spoke at the forum.
MATCH (p:Person {id: 'yuan-jie'})-[g:GAVE]->(t:Talk)-[at:AT]->(e:Event)
MATCH (s:Source {id: g.source})
OPTIONAL MATCH (author:Person)-[:AUTHORED]->(s)
RETURN p.name AS speaker, t.title AS talk, e.name AS event, s.title AS source, author.name AS author,
       toString(s.published) AS published, g.location AS location;

// 10. Which topics an institution's people covered
// Topics of talks by people affiliated with an institution or one of its units.
MATCH (i:Institution)<-[:PART_OF*0..]-(:Institution)<-[:AFFILIATED_WITH]-(p:Person)-[:GAVE]->(:Talk)-[:ABOUT]->(t:Topic)
RETURN i.name AS institution, collect(DISTINCT t.name) AS topics
ORDER BY institution;

// 11. Directives and what they call for
// Policy directions cited at the forum, who issued them, and the topics they point to.
MATCH (issuer)-[iss:ISSUED]->(d:Directive)-[c:CALLS_FOR]->(t:Topic)
RETURN d.name AS directive, issuer.name AS issuedBy, iss.title AS title, t.name AS topic, c.point AS point
ORDER BY directive, c.location;

// 12. What the forum stressed
// Priorities the forum emphasised, with the directive each one serves.
MATCH (e:Event)-[r:EMPHASISED]->(t:Topic)
OPTIONAL MATCH (d:Directive {id: r.directive})
RETURN e.name AS event, t.name AS priority, r.point AS point, d.name AS directive
ORDER BY r.location;

// 13. Events in place and time
// Events with dates, city and province, and the larger event they belong to.
MATCH (e:Event)-[:HELD_IN]->(city:Place)-[:LOCATED_IN]->(province:Place)
OPTIONAL MATCH (e)-[:PART_OF]->(parent:Event)
RETURN e.name AS event, toString(e.startDate) AS start, toString(e.endDate) AS end, city.name AS city,
       province.name AS province, parent.name AS partOf
ORDER BY start;

// 14. Standards, what they cover and what they replace
// Each standard with its topics, the editions it supersedes and the events where it was discussed.
MATCH (s:Standard)
OPTIONAL MATCH (s)-[:ABOUT]->(t:Topic)
OPTIONAL MATCH (s)-[:SUPERSEDES]->(old:Standard)
OPTIONAL MATCH (s)-[:DISCUSSED_AT]->(e:Event)
RETURN s.code AS code, s.title AS title, s.status AS status, collect(DISTINCT t.name) AS topics,
       collect(DISTINCT old.code) AS supersedes, collect(DISTINCT e.name) AS discussedAt
ORDER BY code;

// 15. Committees, their working groups and secretariats
// Committee structure: subcommittees and study groups under each committee, who holds its secretariat and who chairs it.
MATCH (c:Institution {kind: 'committee'})
OPTIONAL MATCH (part:Institution)-[:PART_OF]->(c)
OPTIONAL MATCH (sec:Institution)-[:SECRETARIAT_OF]->(c)
OPTIONAL MATCH (chair:Person)-[a:AFFILIATED_WITH {title: 'Chair'}]->(c)
RETURN c.name AS committee, collect(DISTINCT part.name) AS parts, collect(DISTINCT sec.name) AS secretariat,
       collect(DISTINCT chair.name) AS chair
ORDER BY committee;
