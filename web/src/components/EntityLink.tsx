import type { ComponentChildren } from 'preact';
import { pathOf, styleOf, type Kind } from '../kinds';

/** A link to an entity's page, with a dot in its kind's colour. */
export function EntityLink(props: { kind: Kind; id: string; name: string; children?: ComponentChildren }) {
  return (
    <a class="entity" href={pathOf(props.kind, props.id)} title={props.name}>
      <span class="dot" style={{ background: styleOf(props.kind).color }} aria-hidden="true" />
      {props.children ?? props.name}
    </a>
  );
}

/** Comma-separated entity links. */
export function EntityList(props: { kind: Kind; items: { id: string; name: string }[]; empty?: string }) {
  if (!props.items.length) return <span class="muted">{props.empty ?? '—'}</span>;
  return (
    <>
      {props.items.map((it, i) => (
        <>
          {i > 0 && ', '}
          <EntityLink kind={props.kind} id={it.id} name={it.name} />
        </>
      ))}
    </>
  );
}
