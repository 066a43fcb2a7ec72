import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { EntityLink } from '../components/EntityLink';
import { ErrorBox } from '../components/States';
import { pathOf, type Kind } from '../kinds';
import { Section } from './common';

/**
 * The curators' review page: paste or upload a report, see the draft beside the report's text with each
 * fact's quote highlighted, see what linked to existing entities and what is uncertain, reject or
 * correct facts, and accept (the same validation and all-or-nothing load as `npm run ingest -- --accept`).
 * The token stays in this tab's sessionStorage and travels only in the Authorization header.
 */

const TOKEN_KEY = 'explorer.curatorToken';
const DRAFT = `mutation Draft($input: ReportInput!) { draftReport(input: $input) {
  sourceId title text yaml notes summary
  facts { key type from { id name } to { id name } detail location quote span { start end } fields { name value } }
  entities { section id name as link confidence candidates { id name score } inferred location quote }
} }`;
const ACCEPT = `mutation Accept($input: AcceptReportInput!) {
  acceptReport(input: $input) { sourceId file nodes relationships }
}`;

type Format = 'TEXT' | 'MARKDOWN' | 'HTML' | 'PDF';
interface Span {
  start: number;
  end: number;
}
interface DraftFact {
  key: string;
  type: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  detail?: string | null;
  location?: string | null;
  quote?: string | null;
  span?: Span | null;
  fields: { name: string; value: string }[];
}
interface DraftEntity {
  section: string;
  id: string;
  name: string;
  as: string;
  link: string;
  confidence: number;
  candidates: { id: string; name: string; score: number }[];
  inferred: string[];
  location?: string | null;
  quote?: string | null;
}
interface ReportDraft {
  sourceId: string;
  title: string;
  text: string;
  yaml: string;
  notes: string[];
  summary: string;
  facts: DraftFact[];
  entities: DraftEntity[];
}
interface AcceptResult {
  sourceId: string;
  file: string;
  nodes: number;
  relationships: number;
}

const readToken = () => {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
};
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function TokenBox(props: { token: string; setToken: (t: string) => void }) {
  const [typed, setTyped] = useState('');
  if (props.token)
    return (
      <p>
        A token is set for this tab (kept in its session storage, sent only as a header).{' '}
        <button
          type="button"
          class="small-btn"
          onClick={() => {
            sessionStorage.removeItem(TOKEN_KEY);
            props.setToken('');
          }}
        >
          Forget the token
        </button>
      </p>
    );
  return (
    <form
      class="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        const t = typed.trim();
        if (!t) return;
        sessionStorage.setItem(TOKEN_KEY, t);
        props.setToken(t);
        setTyped('');
      }}
    >
      <label for="review-token">Curator token</label>
      <input
        id="review-token"
        type="password"
        autocomplete="off"
        value={typed}
        onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
      />
      <button type="submit">Use this token</button>
      <p class="muted small">
        A token with the curator or admin role (API_TOKEN, API_TOKENS). It is kept in this tab only and never
        put in an address.
      </p>
    </form>
  );
}

const FORMAT_OF: Record<string, Format> = {
  md: 'MARKDOWN',
  markdown: 'MARKDOWN',
  html: 'HTML',
  htm: 'HTML',
  pdf: 'PDF',
};

function ReportForm(props: { busy: boolean; onDraft: (input: Record<string, unknown>) => void }) {
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<Format>('TEXT');
  const [fileName, setFileName] = useState('');
  const [meta, setMeta] = useState({ title: '', url: '', published: '' });
  const onFile = (file: File | undefined) => {
    if (!file) return;
    const f = FORMAT_OF[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'TEXT';
    setFormat(f);
    setFileName(file.name);
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result);
      // A PDF travels as base64 (the part after "data:application/pdf;base64,").
      setContent(f === 'PDF' ? result.slice(result.indexOf(',') + 1) : result);
    };
    if (f === 'PDF') reader.readAsDataURL(file);
    else reader.readAsText(file);
  };
  const field = (name: keyof typeof meta, label: string) => (
    <>
      <label for={`review-${name}`}>{label}</label>
      <input
        id={`review-${name}`}
        type="text"
        value={meta[name]}
        onInput={(e) => setMeta({ ...meta, [name]: (e.target as HTMLInputElement).value })}
      />
    </>
  );
  return (
    <form
      class="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v.trim() !== ''));
        props.onDraft({ content, format, ...given });
      }}
    >
      <label for="review-text">Report (paste text, Markdown or HTML)</label>
      <textarea
        id="review-text"
        rows={10}
        value={format === 'PDF' ? `(PDF file ${fileName})` : content}
        readOnly={format === 'PDF'}
        onInput={(e) => setContent((e.target as HTMLTextAreaElement).value)}
      />
      <label for="review-file">…or upload a file (.txt, .md, .html, .pdf)</label>
      <input
        id="review-file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,.pdf"
        onChange={(e) => onFile((e.target as HTMLInputElement).files?.[0])}
      />
      <label for="review-format">Format</label>
      <select
        id="review-format"
        value={format}
        onChange={(e) => setFormat((e.target as HTMLSelectElement).value as Format)}
      >
        <option value="TEXT">Text</option>
        <option value="MARKDOWN">Markdown</option>
        <option value="HTML">HTML</option>
        <option value="PDF">PDF</option>
      </select>
      {field('title', 'Title (if the document lacks one)')}
      {field('url', 'URL')}
      {field('published', 'Published (YYYY-MM-DD)')}
      <button type="submit" disabled={props.busy || !content.trim()}>
        {props.busy ? 'Drafting…' : 'Draft'}
      </button>
    </form>
  );
}

/** The report's text with the facts' quotes marked; overlapping quotes share a mark. */
function MarkedText(props: { text: string; facts: DraftFact[]; rejected: Set<string>; active?: string }) {
  const parts = useMemo(() => {
    const spans = props.facts.filter((f) => f.span);
    const cuts = new Set([0, props.text.length]);
    for (const f of spans) {
      cuts.add(f.span!.start);
      cuts.add(f.span!.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    return points.slice(0, -1).map((start, i) => {
      const end = points[i + 1]!;
      const covering = spans.filter((f) => f.span!.start <= start && f.span!.end >= end);
      return { start, end, keys: covering.map((f) => f.key) };
    });
  }, [props.text, props.facts]);
  return (
    <div class="report-text" tabIndex={0} aria-label="The report's text, with the quotes of the facts marked">
      {parts.map((p) => {
        const chunk = props.text.slice(p.start, p.end);
        if (!p.keys.length) return chunk;
        const cls = [
          p.keys.every((k) => props.rejected.has(k)) ? 'rejected' : '',
          props.active && p.keys.includes(props.active) ? 'active' : '',
        ].join(' ');
        return (
          <mark key={p.start} id={`q-${p.keys[0]}`} class={cls.trim() || undefined} title={p.keys.join(', ')}>
            {chunk}
          </mark>
        );
      })}
    </div>
  );
}

function FactCard(props: {
  fact: DraftFact;
  rejected: boolean;
  corrections: Record<string, string>;
  onToggle: () => void;
  onCorrect: (field: string, value: string) => void;
  onShow: () => void;
}) {
  const f = props.fact;
  const [editing, setEditing] = useState(false);
  const [field, setField] = useState(f.fields[0]?.name ?? '');
  const current = (name: string) =>
    props.corrections[name] ?? f.fields.find((x) => x.name === name)?.value ?? '';
  const [value, setValue] = useState(current(field));
  const id = `fact-${f.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li class={props.rejected ? 'fact rejected' : 'fact'} data-key={f.key}>
      <p>
        <strong>{f.from.name}</strong>{' '}
        <span class="fact-type">{f.type.toLowerCase().replace(/_/g, ' ')}</span> <strong>{f.to.name}</strong>
        {f.detail && <span class="muted"> — {f.detail}</span>}
        {props.rejected && <span class="badge"> rejected</span>}
      </p>
      {f.quote && (
        <p class="small">
          <q class="quote">{f.quote}</q> <span class="muted">({f.location ?? 'no location'})</span>
          {!f.span && <span class="badge warn"> quote not found in the text</span>}
        </p>
      )}
      {Object.entries(props.corrections).map(([k, v]) => (
        <p class="small corrected" key={k}>
          Corrected: {k} = “{v}”
        </p>
      ))}
      <p class="fact-actions">
        {f.span && (
          <button type="button" class="small-btn" onClick={props.onShow}>
            Show in text
          </button>
        )}
        <button type="button" class="small-btn" onClick={props.onToggle} aria-pressed={props.rejected}>
          {props.rejected ? 'Restore' : 'Reject'}
        </button>
        {f.fields.length > 0 && (
          <button
            type="button"
            class="small-btn"
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
          >
            Correct…
          </button>
        )}
      </p>
      {editing && (
        <form
          class="correct-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onCorrect(field, value);
            setEditing(false);
          }}
        >
          <label for={`${id}-field`}>Field</label>
          <select
            id={`${id}-field`}
            value={field}
            onChange={(e) => {
              const name = (e.target as HTMLSelectElement).value;
              setField(name);
              setValue(current(name));
            }}
          >
            {f.fields.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </select>
          <label for={`${id}-value`}>New value</label>
          <input
            id={`${id}-value`}
            value={value}
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Apply</button>
        </form>
      )}
    </li>
  );
}

const LINKED = new Set(['exact', 'alias', 'normalised', 'acronym']);
const KIND_OF_SECTION: Record<string, Kind> = {
  people: 'PERSON',
  institutions: 'INSTITUTION',
  places: 'PLACE',
  events: 'EVENT',
  topics: 'TOPIC',
};

function EntityRows(props: { entities: DraftEntity[] }) {
  const order = (e: DraftEntity) => (e.link === 'uncertain' ? 0 : e.link === 'new' ? 1 : 2);
  const rows = [...props.entities].sort((a, b) => order(a) - order(b) || a.section.localeCompare(b.section));
  return (
    <table>
      <caption class="sr-only">Entities of the draft and how they were linked</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">As written</th>
          <th scope="col">In the draft</th>
          <th scope="col">Linking</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => {
          const kind = KIND_OF_SECTION[e.section];
          return (
            <tr key={`${e.section}:${e.id}`} class={e.link === 'uncertain' ? 'uncertain' : undefined}>
              <td>{e.section}</td>
              <td>{e.as}</td>
              <td>
                {kind && LINKED.has(e.link) ? <EntityLink kind={kind} id={e.id} name={e.name} /> : e.name}
                <span class="muted small"> ({e.id})</span>
              </td>
              <td>
                {LINKED.has(e.link) ? (
                  <span class="badge ok">
                    linked ({e.link}, {e.confidence})
                  </span>
                ) : e.link === 'uncertain' ? (
                  <span class="badge warn">uncertain: kept new</span>
                ) : (
                  <span class="badge">new</span>
                )}
                {e.link === 'uncertain' && e.candidates.length > 0 && (
                  <span class="small">
                    {' '}
                    similar to{' '}
                    {e.candidates.map((c, i) => (
                      <>
                        {i > 0 && ', '}
                        {kind ? <EntityLink kind={kind} id={c.id} name={c.name} /> : c.name} ({c.score})
                      </>
                    ))}
                    ; merge by hand if the same
                  </span>
                )}
                {e.inferred.map((x) => (
                  <span class="small warn-text" key={x}>
                    {' '}
                    inferred: {x}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Problems(props: { error: Error }) {
  const problems = props.error instanceof ApiError ? props.error.errors[0]?.extensions?.problems : undefined;
  if (!problems?.length) return <ErrorBox error={props.error} />;
  return (
    <div class="error" role="alert">
      <p>The draft was not accepted; nothing was written. Problems:</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.path ? <code>{p.path}</code> : p.file}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DraftReview(props: { token: string; draft: ReportDraft; onAccepted: (r: AcceptResult) => void }) {
  const d = props.draft;
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [corrections, setCorrections] = useState<Record<string, Record<string, string>>>({});
  const [active, setActive] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const toggle = (key: string) => {
    const next = new Set(rejected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setRejected(next);
  };
  const show = (key: string) => {
    setActive(key);
    document.getElementById(`q-${key}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const accept = () => {
    setBusy(true);
    setError(undefined);
    const list = Object.entries(corrections).flatMap(([key, fields]) =>
      Object.entries(fields).map(([field, value]) => ({ key, field, value })),
    );
    gql<{ acceptReport: AcceptResult }>(
      ACCEPT,
      { input: { yaml: d.yaml, text: d.text, reject: [...rejected], corrections: list } },
      auth(props.token),
    ).then(
      (r) => props.onAccepted(r.acceptReport),
      (e: Error) => {
        setError(e);
        setBusy(false);
      },
    );
  };
  const uncertain = d.entities.filter((e) => e.link === 'uncertain').length;
  const linked = d.entities.filter((e) => LINKED.has(e.link)).length;
  return (
    <>
      <Section title="The draft">
        <p>
          Source <code>{d.sourceId}</code>: <strong>{d.title}</strong>. {d.facts.length} facts, {linked}{' '}
          entities linked to the graph, {d.entities.length - linked - uncertain} new, {uncertain} uncertain.
        </p>
        <div class="review-grid">
          <div>
            <h3>The report</h3>
            <MarkedText text={d.text} facts={d.facts} rejected={rejected} active={active} />
          </div>
          <div>
            <h3>Facts ({d.facts.length - rejected.size} kept)</h3>
            <ul class="facts">
              {d.facts.map((f) => (
                <FactCard
                  key={f.key}
                  fact={f}
                  rejected={rejected.has(f.key)}
                  corrections={corrections[f.key] ?? {}}
                  onToggle={() => toggle(f.key)}
                  onShow={() => show(f.key)}
                  onCorrect={(field, value) =>
                    setCorrections({ ...corrections, [f.key]: { ...corrections[f.key], [field]: value } })
                  }
                />
              ))}
            </ul>
          </div>
        </div>
      </Section>
      <Section title="Entities and linking" count={d.entities.length}>
        <EntityRows entities={d.entities} />
      </Section>
      {d.notes.length > 0 && (
        <Section title="Notes for the reviewer">
          <ul>
            {d.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Accept">
        <details>
          <summary>The draft as a seed file (YAML)</summary>
          <pre class="yaml">{d.yaml}</pre>
        </details>
        <details>
          <summary>Review summary (as npm run ingest prints it)</summary>
          <pre class="yaml">{d.summary}</pre>
        </details>
        <p>
          Accepting validates the draft with every seed file (references, quotes against the text), writes it
          and the report's text into the seeds folder and loads the seed graph in one transaction: all or
          nothing.
        </p>
        <button type="button" disabled={busy} onClick={accept}>
          {busy
            ? 'Accepting…'
            : `Accept (${rejected.size} rejected, ${Object.keys(corrections).length} corrected)`}
        </button>
        {error && <Problems error={error} />}
      </Section>
    </>
  );
}

export function ReviewPage() {
  const [token, setToken] = useState(readToken);
  const [draft, setDraft] = useState<ReportDraft>();
  const [accepted, setAccepted] = useState<AcceptResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const onDraft = (input: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    setDraft(undefined);
    setAccepted(undefined);
    gql<{ draftReport: ReportDraft }>(DRAFT, { input }, auth(token)).then(
      (r) => {
        setDraft(r.draftReport);
        setBusy(false);
      },
      (e: Error) => {
        setError(e);
        setBusy(false);
      },
    );
  };
  let body: ComponentChildren = null;
  if (accepted)
    body = (
      <Section title="Accepted">
        <p role="status">
          Accepted into <code>{accepted.file}</code> and loaded ({accepted.nodes} nodes,{' '}
          {accepted.relationships} relationships in the seed graph).{' '}
          <a href={pathOf('SOURCE', accepted.sourceId)}>Open the source's page</a> to see its facts.
        </p>
      </Section>
    );
  else if (draft) body = <DraftReview token={token} draft={draft} onAccepted={setAccepted} />;
  return (
    <article>
      <h1>Review a report</h1>
      <p class="muted">
        Draft a report as <code>npm run ingest</code> does, check each fact against the words that state it,
        reject or correct, and accept into the seed graph.
      </p>
      <Section title="Token">
        <TokenBox token={token} setToken={setToken} />
      </Section>
      {token && (
        <Section title="Report">
          <ReportForm busy={busy} onDraft={onDraft} />
          {error && <ErrorBox error={error} />}
        </Section>
      )}
      {body}
    </article>
  );
}
