import type { ComponentChildren } from 'preact';
import type { SourceRef } from '../fragments';
import { labelOf, pathOf, styleOf, type Kind } from '../kinds';
import { Provenance } from '../components/Provenance';
import { EntityLink } from '../components/EntityLink';
import { Empty } from '../components/States';
import { Table } from '../components/Table';

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

/** A section listing facts (`<li>`s), or saying there are none; without `empty`, no section at all. */
export function FactSection<T>(props: {
  title: string;
  items: T[];
  empty?: string;
  children: (item: T, i: number) => ComponentChildren;
}) {
  if (!props.items.length && props.empty === undefined) return null;
  return (
    <Section title={props.title} count={props.items.length}>
      {props.items.length ? (
        <ul class="facts">{props.items.map(props.children)}</ul>
      ) : (
        <Empty>{props.empty}</Empty>
      )}
    </Section>
  );
}

/** Standards presented at an event, by a talk, on a topic: code linked, then title. */
/** The standards on a topic, event or talk: a paginated table, since a broad topic has hundreds. */
export function StandardsSection(props: { standards: { id: string; code: string; title: string }[] }) {
  if (!props.standards.length) return null;
  return (
    <Section title="Standards" count={props.standards.length}>
      <Table
        caption="Standards"
        rows={props.standards}
        columns={[
          {
            label: 'Code',
            text: (s) => s.code,
            render: (s) => <EntityLink kind="STANDARD" id={s.id} name={s.code} />,
          },
          { label: 'Title', text: (s) => s.title },
        ]}
      />
    </Section>
  );
}

export const year = (d?: string | null) => (d ? d.slice(0, 4) : '');
export const byDate = <T extends { date?: string | null }>(a: T, b: T) =>
  (a.date ?? '').localeCompare(b.date ?? '');
