import type { ComponentChildren } from 'preact';
import type { SourceRef } from '../fragments';
import { labelOf, pathOf, styleOf, type Kind } from '../kinds';
import { Provenance } from '../components/Provenance';

/** The top of every entity page: kind, name, aliases, the sources stating it, and the graph view. */
export function EntityHeader(props: {
  kind: Kind;
  id: string;
  name: string;
  aliases?: string[];
  sources?: SourceRef[];
  sub?: ComponentChildren;
}) {
  const st = styleOf(props.kind);
  const aliases = (props.aliases ?? []).filter((a) => a !== props.name);
  return (
    <header class="entity-head">
      <span class="kind-badge" style={{ borderColor: st.border }}>
        <span class="dot" style={{ background: st.color }} aria-hidden="true" />
        {labelOf(props.kind)}
      </span>
      <h1>
        {props.name}
        {props.sources && <Provenance sources={props.sources} />}
      </h1>
      {aliases.length > 0 && <p class="aliases">Also known as: {aliases.join(' · ')}</p>}
      {props.sub}
      <p class="actions">
        <a href={`/graph?id=${encodeURIComponent(`${labelOf(props.kind)}:${props.id}`)}`}>Graph view</a>
        {' · '}
        <span class="muted small">
          URL: <code>{pathOf(props.kind, props.id)}</code>
        </span>
      </p>
    </header>
  );
}

export function Section(props: { title: string; count?: number; children: ComponentChildren }) {
  const id = 's-' + props.title.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {props.title}
        {props.count !== undefined && <span class="count"> {props.count}</span>}
      </h2>
      {props.children}
    </section>
  );
}

export const year = (d?: string | null) => (d ? d.slice(0, 4) : '');
export const byDate = <T extends { date?: string | null }>(a: T, b: T) =>
  (a.date ?? '').localeCompare(b.date ?? '');
