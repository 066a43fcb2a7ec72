import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RELATIONSHIP_TYPES } from '../../../src/graph/model';
import { gql } from '../api';
import { EntityLink } from '../components/EntityLink';
import { Search, type Hit } from '../components/Search';
import { ErrorBox, Loading } from '../components/States';
import { neo4jBrowserUrl } from '../config';
import { download, slug, toGraphML, type ExportEdge, type ExportNode } from '../export';
import { KINDS, labelOf, pathOf, styleOf, type Kind } from '../kinds';
import { navigate, withParams, type Location } from '../router';

const Q = __HAS_QUOTE__ ? ' quote' : '';
const NODE = 'key id kind name';
const EDGE = `type from to label source location${Q}`;
const AROUND = `query Around($id: ID!, $depth: Int!, $limit: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { ${NODE} } edges { ${EDGE} } }
}`;
const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  connection(from: $from, to: $to, maxHops: $maxHops) { length nodes { ${NODE} } edges { ${EDGE} } }
}`;

type GNode = ExportNode & { kind: Kind };
type GEdge = ExportEdge & { quote?: string | null };
interface Sub {
  nodes: GNode[];
  edges: GEdge[];
}
const edgeKey = (e: GEdge) => `${e.from}-${e.type}-${e.to}`;

/** The Cypher that shows the same picture in Neo4j Browser. */
function cypherFor(params: { id?: string; from?: string; to?: string; depth: number; maxHops: number }) {
  const types = RELATIONSHIP_TYPES.join('|');
  const node = (v: string, key: string) => {
    const [label, ...rest] = key.split(':');
    return `(${v}:${label} {id: ${JSON.stringify(rest.join(':'))}})`;
  };
  if (params.from && params.to)
    return `MATCH ${node('a', params.from)}, ${node('b', params.to)}\nMATCH path = allShortestPaths((a)-[:${types}*..${params.maxHops}]-(b))\nRETURN path LIMIT 10`;
  if (params.id)
    return `MATCH path = ${node('c', params.id)}-[:${types}*1..${params.depth}]-(m)\nRETURN path LIMIT 100`;
  return '';
}

const label = (s: string) => (s.length > 28 ? s.slice(0, 26) + '…' : s);

export function GraphPage(props: { loc: Location }) {
  const p = props.loc.params;
  const id = p.get('id') ?? undefined;
  const from = p.get('from') ?? undefined;
  const to = p.get('to') ?? undefined;
  const depth = Math.min(3, Math.max(1, Number(p.get('depth') ?? 1) || 1));
  const maxHops = Math.min(6, Math.max(1, Number(p.get('hops') ?? 5) || 5));
  const [graph, setGraph] = useState<Sub | null>(null);
  const [info, setInfo] = useState<string>('');
  const [error, setError] = useState<Error | null>(null);
  const [selected, setSelected] = useState<GNode | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const nodesByKey = useRef(new Map<string, GNode>());

  const merge = (add: Sub) =>
    setGraph((g) => {
      const nodes = new Map((g?.nodes ?? []).map((n) => [n.key, n]));
      const edges = new Map((g?.edges ?? []).map((e) => [edgeKey(e), e]));
      add.nodes.forEach((n) => nodes.set(n.key, n));
      add.edges.forEach((e) => edges.set(edgeKey(e), e));
      return { nodes: [...nodes.values()], edges: [...edges.values()] };
    });

  useEffect(() => {
    setGraph(null);
    setError(null);
    setSelected(null);
    if (from && to) {
      gql<{ connection: (Sub & { length: number })[] }>(PATHS, { from, to, maxHops }).then((d) => {
        const paths = d.connection;
        setInfo(
          paths.length
            ? `${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${paths[0]!.length} hop${paths[0]!.length === 1 ? '' : 's'}`
            : `No path of at most ${maxHops} hops.`,
        );
        merge({ nodes: paths.flatMap((x) => x.nodes), edges: paths.flatMap((x) => x.edges) });
      }, setError);
    } else if (id) {
      gql<{ neighbourhood: Sub & { truncated: boolean } }>(AROUND, { id, depth, limit: 100 }).then((d) => {
        setInfo(
          `${d.neighbourhood.nodes.length} nodes, ${d.neighbourhood.edges.length} relationships within ${depth} hop${depth > 1 ? 's' : ''}` +
            (d.neighbourhood.truncated ? ' (cut at 100 nodes, nearest first)' : ''),
        );
        merge(d.neighbourhood);
      }, setError);
    }
  }, [id, from, to, depth, maxHops]);

  const expand = (key: string) =>
    gql<{ neighbourhood: Sub }>(AROUND, { id: key, depth: 1, limit: 40 }).then(
      (d) => merge(d.neighbourhood),
      setError,
    );

  // Cytoscape owns the canvas; elements are added incrementally so expanding keeps the picture stable.
  useEffect(() => {
    if (!box.current || !graph) return;
    if (!cy.current) {
      cy.current = cytoscape({
        container: box.current,
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(color)',
              'border-color': 'data(border)',
              'border-width': 2,
              label: 'data(label)',
              'font-size': 10,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              width: 'data(size)',
              height: 'data(size)',
              color: '#222',
              'text-background-color': '#fff',
              'text-background-opacity': 0.8,
              'text-background-padding': '1px',
            },
          },
          { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#222' } },
          { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111' } },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'line-color': '#A5ABB6',
              'target-arrow-color': '#A5ABB6',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              label: 'data(label)',
              'font-size': 8,
              'text-rotation': 'autorotate',
              color: '#444',
              'text-background-color': '#fff',
              'text-background-opacity': 0.8,
            },
          },
        ],
      });
      cy.current.on('tap', 'node', (e) => {
        const key = e.target.id() as string;
        const n = nodesByKey.current.get(key);
        if (n) setSelected(n);
      });
      cy.current.on('dbltap', 'node', (e) => expand(e.target.id() as string));
    }
    const c = cy.current;
    nodesByKey.current = new Map(graph.nodes.map((n) => [n.key, n]));
    const add: ElementDefinition[] = [];
    for (const n of graph.nodes)
      if (c.getElementById(n.key).empty()) {
        const st = styleOf(n.kind);
        add.push({
          group: 'nodes',
          data: {
            id: n.key,
            label: label(n.name),
            color: st.color,
            border: st.border,
            size: n.key === id || n.key === from || n.key === to ? 44 : 30,
          },
          classes: n.key === id || n.key === from || n.key === to ? 'focus' : '',
        });
      }
    for (const e of graph.edges) {
      const k = edgeKey(e);
      if (c.getElementById(k).empty())
        add.push({
          group: 'edges',
          data: {
            id: k,
            source: e.from,
            target: e.to,
            label: e.label ? `${e.type}: ${label(e.label)}` : e.type,
          },
        });
    }
    if (add.length) {
      c.add(add);
      c.layout({
        name: 'cose',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
      }).run();
      c.fit(undefined, 30);
    }
  }, [graph]);

  useEffect(
    () => () => {
      cy.current?.destroy();
      cy.current = null;
    },
    [id, from, to, depth, maxHops],
  );

  const cypher = useMemo(() => cypherFor({ id, from, to, depth, maxHops }), [id, from, to, depth, maxHops]);
  const centre = id ?? from;
  const name = (key: string) => graph?.nodes.find((n) => n.key === key)?.name ?? key;
  const fileBase = slug(
    from && to ? `paths ${name(from)} ${name(to)}` : `around ${centre ? name(centre) : 'graph'}`,
  );
  const choosePathEnd = (h: Hit) =>
    navigate(withParams('/graph', { from: centre, to: `${labelOf(h.kind)}:${h.entity.id}`, hops: maxHops }));

  if (!id && !(from && to))
    return (
      <article>
        <h1>Graph view</h1>
        <p>Choose an entity to see what surrounds it.</p>
        <Search
          id="graph-centre"
          label="Entity to centre the graph on"
          placeholder="Centre on…"
          onPick={(h) => navigate(withParams('/graph', { id: `${labelOf(h.kind)}:${h.entity.id}` }))}
        />
      </article>
    );

  const kindOfKey = (key: string) => KINDS.find((k) => labelOf(k) === key.split(':')[0]);
  return (
    <article class="graph-page">
      <h1>
        {from && to ? `Paths from ${name(from)} to ${name(to)}` : `Around ${centre ? name(centre) : ''}`}
      </h1>
      <div class="graph-tools">
        {!(from && to) && (
          <label>
            Depth{' '}
            <select
              value={depth}
              onChange={(e) =>
                navigate(withParams('/graph', { id, depth: (e.target as HTMLSelectElement).value }), {
                  replace: true,
                })
              }
            >
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Path length up to{' '}
          <select
            value={maxHops}
            onChange={(e) =>
              navigate(
                withParams('/graph', {
                  id,
                  from,
                  to,
                  depth: id ? depth : undefined,
                  hops: (e.target as HTMLSelectElement).value,
                }),
                {
                  replace: true,
                },
              )
            }
          >
            {[1, 2, 3, 4, 5, 6].map((h) => (
              <option key={h} value={h}>
                {h} hops
              </option>
            ))}
          </select>
        </label>
        <div class="path-to">
          <Search
            id="path-to"
            label="Find paths to another entity"
            placeholder="Path to…"
            onPick={choosePathEnd}
          />
        </div>
        {from && to && (
          <a href={withParams('/graph', { id: from })} class="small-btn">
            Back to the neighbourhood
          </a>
        )}
        <span class="spacer" />
        <button
          type="button"
          class="small-btn"
          disabled={!graph}
          onClick={() =>
            download(`${fileBase}.graphml`, toGraphML(graph!.nodes, graph!.edges), 'application/xml')
          }
        >
          GraphML
        </button>
        <button
          type="button"
          class="small-btn"
          disabled={!graph}
          onClick={() => download(`${fileBase}.json`, JSON.stringify(graph, null, 2), 'application/json')}
        >
          JSON
        </button>
        <button
          type="button"
          class="small-btn"
          disabled={!graph}
          onClick={() =>
            download(
              `${fileBase}.png`,
              cy.current!.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }),
            )
          }
        >
          PNG
        </button>
      </div>
      <p class="muted" role="status">
        {error ? '' : graph ? info : 'Loading…'}{' '}
        {graph && <>· click a node for details, double-click to expand it</>}
      </p>
      {error && <ErrorBox error={error} />}
      <div class="graph-row">
        <div
          ref={box}
          class="graph-canvas"
          role="img"
          aria-label={`Graph: ${info}. The same nodes and relationships are listed below.`}
        />
        <aside class="graph-side" aria-label="Selected node">
          {selected ? (
            <>
              <h2>{selected.name}</h2>
              <p>
                <span class="tag">
                  <span class="dot" style={{ background: styleOf(selected.kind).color }} aria-hidden="true" />
                  {labelOf(selected.kind)}
                </span>
              </p>
              <p>
                <a href={pathOf(selected.kind, selected.id)}>Open its page</a>
              </p>
              <p>
                <button type="button" class="small-btn" onClick={() => expand(selected.key)}>
                  Expand
                </button>{' '}
                <a class="small-btn" href={withParams('/graph', { id: selected.key })}>
                  Centre here
                </a>
              </p>
            </>
          ) : (
            <p class="muted small">Click a node.</p>
          )}
          <h2>Kinds</h2>
          <ul class="legend">
            {KINDS.map((k) => (
              <li key={k}>
                <span class="dot" style={{ background: styleOf(k).color }} aria-hidden="true" /> {labelOf(k)}
              </li>
            ))}
          </ul>
        </aside>
      </div>
      <details class="cypher">
        <summary>The same in Neo4j Browser (Cypher)</summary>
        <pre>
          <code>{cypher}</code>
        </pre>
        <p>
          <button type="button" class="small-btn" onClick={() => navigator.clipboard?.writeText(cypher)}>
            Copy
          </button>{' '}
          {neo4jBrowserUrl ? (
            <a
              href={`${neo4jBrowserUrl}?cmd=edit&arg=${encodeURIComponent(cypher)}`}
              target="_blank"
              rel="noreferrer"
            >
              Open in Neo4j Browser
            </a>
          ) : (
            <span class="muted small">Paste it into Neo4j Browser connected to this service's database.</span>
          )}
        </p>
      </details>
      {graph && (
        <details class="graph-table" open={!!(from && to)}>
          <summary>
            {graph.nodes.length} nodes and {graph.edges.length} relationships as a list
          </summary>
          <ul class="facts" aria-label="Relationships">
            {graph.edges.map((e) => {
              const a = kindOfKey(e.from);
              const b = kindOfKey(e.to);
              return (
                <li key={edgeKey(e)}>
                  {a ? (
                    <EntityLink kind={a} id={e.from.slice(e.from.indexOf(':') + 1)} name={name(e.from)} />
                  ) : (
                    name(e.from)
                  )}{' '}
                  <code>{e.type}</code>
                  {e.label && <span class="muted"> ({e.label})</span>}{' '}
                  {b ? (
                    <EntityLink kind={b} id={e.to.slice(e.to.indexOf(':') + 1)} name={name(e.to)} />
                  ) : (
                    name(e.to)
                  )}
                  {e.source && (
                    <span class="muted small">
                      {' '}
                      — <a href={pathOf('SOURCE', e.source)}>{e.source}</a>
                      {e.location ? `, ${e.location}` : ''}
                      {e.quote ? <q class="quote">{e.quote}</q> : null}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {!graph && !error && <Loading />}
    </article>
  );
}
