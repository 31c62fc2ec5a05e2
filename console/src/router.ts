/** A tiny History API router: the hub answers index.html for every client route (src/console-static.ts). */
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();
addEventListener('popstate', () => listeners.forEach((fn) => fn()));

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((fn) => fn());
  scrollTo(0, 0);
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const fn = () => setPath(location.pathname + location.search);
    listeners.add(fn);
    return () => void listeners.delete(fn);
  }, []);
  return path;
}

/** `match('/cases/:id', '/cases/abc')` → `{ id: 'abc' }`, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const a = path.split('?')[0]!.split('/');
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = decodeURIComponent(a[i]!);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}

/** A link that navigates without reloading (and still opens in a new tab with ctrl/middle click). */
export function onLink(e: MouseEvent): void {
  const a = (e.currentTarget as HTMLAnchorElement);
  if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0 || a.target) return;
  e.preventDefault();
  navigate(a.getAttribute('href')!);
}
