/**
 * The README is where a newcomer looks first: it stays short, lists the demo logins exactly as `npm start`
 * prints them, states the Node version `engines` asks for, and its links (and the docs') lead somewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBanner } from '../src/banner.js';
import { ROOT } from './support/process.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readme = read('README.md');
const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);

/** Written by work merged alongside this file; drop a name here once its file is in the tree. */
const PENDING = new Set<string>([]);

describe('the README', () => {
  it('is at most 12 KB; the reference lives in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
    expect(docs.length).toBeGreaterThanOrEqual(10);
  });

  it('shows what npm start prints, with the same demo logins', () => {
    const banner = startBanner('http://localhost:4000/graphql', { seedDemo: true, demoPassword: 'hub-demo-2025' }).join('\n');
    expect(readme).toContain(`\`\`\`text\n${banner}\n\`\`\``);
  });

  it('asks for the Node version package.json’s engines asks for', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(readme).toContain(`\`engines.node\` is \`${engines}\``);
    expect(readme).toContain(`Node.js ${engines.replace('>=', '')} or newer`);
  });

  it('and the docs link only to files that exist', () => {
    for (const file of ['README.md', ...docs]) {
      for (const [, target] of read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const path = normalize(join(dirname(file), target!));
        if (PENDING.has(path)) continue;
        expect(existsSync(join(ROOT, path)), `${file} → ${target}`).toBe(true);
      }
    }
  });
});

describe('docs/operations.md', () => {
  it('describes every setting the hub reads', () => {
    const operations = read('docs/operations.md');
    const settings = [...read('src/config.ts').matchAll(/r\.\w+(?:<[^>]+>)?\('([A-Z][A-Z_]+)'|duration\(r, '([A-Z_]+)'|origins\(r, '([A-Z_]+)'|raw\('([A-Z_]+)'\)/g)]
      .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
    expect(settings.length).toBeGreaterThan(20);
    for (const name of settings) expect(operations, name).toContain(`\`${name}\``);
  });
});
