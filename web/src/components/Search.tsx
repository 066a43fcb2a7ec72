import { useEffect, useRef, useState } from 'preact/hooks';
import { gql } from '../api';
import { KINDS, pathOf, pluralOf, styleOf, type Kind } from '../kinds';
import { navigate } from '../router';

export interface Hit {
  kind: Kind;
  matched?: string | null;
  entity: { id: string; name: string };
}

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { kind matched entity { id name } }
}`;

let seq = 0;

/**
 * Search as you type over every kind, results grouped by kind. Keyboard: ↓/↑ move, Enter opens,
 * Escape closes; "/" anywhere focuses the header's box. With onPick it chooses instead of navigating.
 */
export function Search(props: {
  id: string;
  label: string;
  placeholder?: string;
  onPick?: (h: Hit) => void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setHits(null);
      return;
    }
    const mine = ++seq;
    const t = setTimeout(() => {
      gql<{ search: Hit[] }>(SEARCH, { text: q, first: 20 }).then(
        (d) => {
          if (mine !== seq) return;
          // Grouped by kind in the graph's kind order, ranking kept inside each group.
          const sorted = KINDS.flatMap((k) => d.search.filter((h) => h.kind === k));
          setHits(sorted);
          setActive(0);
          setError(null);
          setOpen(true);
        },
        (e: Error) => mine === seq && setError(e.message),
      );
    }, 120);
    return () => clearTimeout(t);
  }, [text]);

  useEffect(() => {
    if (props.onPick) return;
    const slash = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key === '/' && !/INPUT|TEXTAREA|SELECT/.test(t.tagName)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', slash);
    return () => document.removeEventListener('keydown', slash);
  }, [props.onPick]);

  const choose = (h: Hit) => {
    setOpen(false);
    if (props.onPick) {
      props.onPick(h);
      setText(h.entity.name);
    } else {
      setText('');
      navigate(pathOf(h.kind, h.entity.id));
    }
  };
  const onKey = (e: KeyboardEvent) => {
    const n = hits?.length ?? 0;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      setOpen(true);
      setActive((active + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      setActive((active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const h = hits?.[active];
      if (h && open) choose(h);
      else if (!props.onPick && text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const listId = `${props.id}-list`;
  const showList = open && hits !== null;
  let index = -1;
  return (
    <div
      class="search"
      onFocusOut={(e) => !e.currentTarget.contains(e.relatedTarget as Node) && setOpen(false)}
    >
      <label for={props.id} class="sr-only">
        {props.label}
      </label>
      <input
        ref={input}
        id={props.id}
        type="search"
        autoComplete="off"
        autoFocus={props.autoFocus}
        placeholder={props.placeholder ?? 'Search people, institutions, topics, events…  ( / )'}
        value={text}
        role="combobox"
        list={undefined}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits!.length ? `${props.id}-opt-${active}` : undefined}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onFocus={() => hits && setOpen(true)}
        onKeyDown={onKey}
      />
      {error && <span class="error small">{error}</span>}
      {showList && (
        <div class="search-results" id={listId} role="listbox" aria-label={`Results for ${text}`}>
          {hits!.length === 0 && <div class="empty small">No match for “{text}”.</div>}
          {KINDS.filter((k) => hits!.some((h) => h.kind === k)).map((k) => (
            <div role="group" aria-label={pluralOf(k)} key={k}>
              <div class="group-label" aria-hidden="true">
                {pluralOf(k)}
              </div>
              {hits!
                .filter((h) => h.kind === k)
                .map((h) => {
                  index++;
                  const i = index;
                  return (
                    <div
                      id={`${props.id}-opt-${i}`}
                      key={h.kind + h.entity.id}
                      role="option"
                      aria-selected={i === active}
                      class={i === active ? 'option active' : 'option'}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        choose(h);
                      }}
                      onMouseEnter={() => setActive(i)}
                    >
                      <span class="dot" style={{ background: styleOf(k).color }} aria-hidden="true" />
                      <span class="name">{h.entity.name}</span>
                      {h.matched && h.matched !== h.entity.name && (
                        <span class="muted small"> · {h.matched}</span>
                      )}
                    </div>
                  );
                })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
