import { useEffect, useRef, useState } from 'preact/hooks';
import type { Prov, SourceRef } from '../fragments';
import { pathOf } from '../kinds';

const describe = (p: Prov) =>
  [
    `Source: ${p.source.title}`,
    p.source.published ? `published ${p.source.published}` : '',
    p.location ? `at ${p.location}` : '',
    p.quote ? `“${p.quote}”` : '',
  ]
    .filter(Boolean)
    .join(', ');

/**
 * The source of one fact: its summary on hover (title attribute), and on click a popover with the
 * source's title (a link to its page), date, the place in the report and the quoted words.
 */
export function Provenance(props: { p?: Prov | null; sources?: SourceRef[] }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, [open]);
  const provs: Prov[] = props.p ? [props.p] : (props.sources ?? []).map((source) => ({ source }));
  if (!provs.length) return <span class="prov-none" title="No source recorded for this fact" />;
  const summary = provs.map(describe).join('\n');
  return (
    <span class="prov" ref={box}>
      <button
        type="button"
        class="prov-btn"
        title={summary}
        aria-label={`src, where this fact comes from: ${summary}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        src
      </button>
      {open && (
        <span class="prov-pop" role="dialog" aria-label="Provenance">
          {provs.map((p) => (
            <span class="prov-item" key={p.source.id + (p.location ?? '')}>
              <a href={pathOf('SOURCE', p.source.id)}>{p.source.title}</a>
              <span class="muted">
                {p.source.published ?? 'undated'}
                {p.location ? ` · ${p.location}` : ''}
              </span>
              {p.quote ? <q class="quote">{p.quote}</q> : <span class="muted small">No quote recorded.</span>}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
