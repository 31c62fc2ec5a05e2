/**
 * Console quality figures (not a test): JavaScript a browser transfers, gzipped, for sign-in and for
 * each screen, read from the built files in dist/console (follows the chunks' static imports).
 * Run with `npm run bench:console` (builds first). Target: sign-in + agency dashboard ≤ 250 KB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = join(process.cwd(), 'dist', 'console');
const assets = join(dir, 'assets');
const files = readdirSync(assets);
const gz = (name: string) => gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;

/** A chunk and every chunk it imports statically (what the browser must fetch before it runs). */
function closure(start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  const code = readFileSync(join(assets, start), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) closure(m[1]!, seen);
  return seen;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (set: Set<string>) => [...set].reduce((n, f) => n + gz(f), 0);

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)![1]!;
const css = [...html.matchAll(/href="\/assets\/([^"]+\.css)"/g)].map((m) => m[1]!);
const signIn = closure(entry);
const cssBytes = css.reduce((n, f) => n + gz(f), 0);
console.log(`sign-in page: ${kb(sum(signIn))} JS gzipped (${[...signIn].join(', ')}), CSS ${kb(cssBytes)}`);
for (const screen of ['dashboard', 'workbench', 'case-page', 'roster', 'ledger', 'big-screen', 'leader', 'my-cases', 'public-duties', 'track']) {
  const chunk = files.find((f) => f.startsWith(`${screen}-`) && f.endsWith('.js'));
  if (!chunk) continue;
  const all = closure(chunk, new Set(signIn));
  console.log(`sign-in + ${screen}: ${kb(sum(all))} JS gzipped`);
}
