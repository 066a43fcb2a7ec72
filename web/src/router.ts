import { useEffect, useState } from 'preact/hooks';

/** Client-side routing on the History API: every view has a URL that can be shared and bookmarked. */
export interface Location {
  path: string;
  params: URLSearchParams;
}

const current = (): Location => ({
  path: window.location.pathname,
  params: new URLSearchParams(window.location.search),
});

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
window.addEventListener('popstate', notify);

export function navigate(to: string, opts: { replace?: boolean } = {}) {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.href = to;
    return;
  }
  if (url.pathname + url.search === window.location.pathname + window.location.search) return;
  if (opts.replace) history.replaceState(null, '', url.pathname + url.search);
  else history.pushState(null, '', url.pathname + url.search);
  notify();
  if (!opts.replace) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const l = () => setLoc(current());
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return loc;
}

/** Same-origin links (HTML or SVG <a>) navigate in the page; modified clicks keep their browser meaning. */
export function interceptLinks(root: HTMLElement) {
  root.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest('a');
    if (!a) return;
    const href = a.getAttribute('href');
    if (!href || a.hasAttribute('download') || a.getAttribute('target') === '_blank') return;
    if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/graphql')) return;
    e.preventDefault();
    navigate(href);
  });
}

export function withParams(path: string, params: Record<string, string | number | boolean | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
