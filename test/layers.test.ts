import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering check (`npm run lint:layers`, part of `npm test`) must be able to fail. These tests run the
 * repository's own `.dependency-cruiser.cjs` over a small tree laid out like the hub's, in which each
 * arrow that the rules forbid is drawn once, and expect each rule to name exactly that arrow.
 */
const CONFIG = resolve(import.meta.dirname, '../.dependency-cruiser.cjs');

/** path → source; every import is relative and written with `.js`, as in the hub. */
const TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
  'src/config.ts': 'export const config = {};\n',
  'src/server.ts': "import { Case } from './modules/cases/case.js';\nexport const server = Case;\n",
  'src/shared/errors.ts': "import { config } from '../config.js';\nexport const errors = config;\n",
  // The arrow that points up: the ground floor takes a type from a feature.
  'src/shared/viewer.ts': "import type { Role } from '../modules/identity/role.js';\nexport type Viewer = { role: Role };\n",
  'src/modules/identity/role.ts': "import { errors } from '../../shared/errors.js';\nexport type Role = 'ADMIN';\nexport const r = errors;\n",
  // Files of one folder may import each other in a circle (entities that reference each other).
  'src/modules/cases/case.ts': "import { Party } from './party.js';\nexport class Case { parties: Party[] = []; }\n",
  'src/modules/cases/party.ts': "import type { Case } from './case.js';\nexport class Party { case?: Case; }\n",
  // Three features in a circle, no two of them importing each other directly.
  'src/modules/ledger/ledger.ts': "import { meeting } from '../meetings/meeting.js';\nexport const ledger = meeting;\n",
  'src/modules/meetings/meeting.ts': "import { duty } from '../duty/duty.js';\nexport const meeting = duty;\n",
  'src/modules/duty/duty.ts': "import { ledger } from '../ledger/ledger.js';\nexport const duty = () => ledger;\n",
  // Two features that import each other through different files: no file cycle, but a folder cycle.
  'src/modules/calendar/days.ts': "import { deadline } from '../cases/deadline.js';\nexport const days = deadline;\n",
  'src/modules/cases/deadline.ts': "import { policy } from '../calendar/policy.js';\nexport const deadline = policy;\n",
  'src/modules/calendar/policy.ts': 'export const policy = 1;\n',
  // A feature that reaches up into the composition that assembles it.
  'src/modules/rosters/roster.ts': "import { server } from '../../server.js';\nexport const roster = server;\n",
  // Production code that borrows a test helper.
  'src/seed/demo.ts': "import { factory } from '../../test/support/factory.js';\nexport const demo = factory;\n",
  'test/support/factory.ts': 'export const factory = 1;\n',
  // The console reaching into the server's code instead of its API.
  'console/src/app.ts': "import { Case } from '../../src/modules/cases/case.js';\nexport const app = Case;\n",
};

let root: string;
let result: ICruiseResult;

/** The violations of one rule, as `from → to` (a cycle: the folders or files it runs through). */
function violations(rule: string): string[] {
  return result.summary.violations
    .filter((v) => v.rule.name === rule)
    .map((v) => (v.cycle?.length ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`))
    .sort();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hub-layers-'));
  for (const [path, text] of Object.entries(TREE)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  const options = await extractDepcruiseOptions(CONFIG);
  const output = await cruise(['src', 'console/src'], { ...options, baseDir: root, tsConfig: { fileName: join(root, 'tsconfig.json') } });
  result = output.output as ICruiseResult;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the layering rules of .dependency-cruiser.cjs', () => {
  it('refuse an import from src/shared/ into a feature, even of a type only', () => {
    expect(violations('shared-is-ground')).toEqual(['src/shared/viewer.ts → src/modules/identity/role.ts']);
  });

  it('refuse feature folders in a cycle, however long and whether or not files form one', () => {
    const cycles = violations('no-feature-cycles');
    expect(cycles.some((c) => c.includes('src/modules/ledger') && c.includes('src/modules/meetings') && c.includes('src/modules/duty'))).toBe(true);
    expect(cycles.some((c) => c.includes('src/modules/calendar') && c.includes('src/modules/cases'))).toBe(true);
    // Everything else in the tree points one way (cases/ → calendar/ alone is fine).
    expect(cycles.every((c) => /ledger|meetings|duty|calendar|cases/.test(c))).toBe(true);
  });

  it('allow files of one folder to import each other in a circle, and refuse a circle that leaves its folder', () => {
    const fileCycles = violations('no-cycles-outside-a-folder');
    expect(fileCycles.some((c) => c.includes('src/modules/cases/party.ts'))).toBe(false);
    expect(fileCycles.some((c) => c.includes('src/modules/ledger/ledger.ts'))).toBe(true);
  });

  it('refuse a feature importing the composition above it', () => {
    expect(violations('features-below-composition')).toEqual(['src/modules/rosters/roster.ts → src/server.ts']);
  });

  it('refuse production code importing tests', () => {
    expect(violations('src-not-to-test')).toEqual(['src/seed/demo.ts → test/support/factory.ts']);
  });

  it('refuse the console importing the server code', () => {
    expect(violations('console-only-through-the-api')).toEqual(['console/src/app.ts → src/modules/cases/case.ts']);
  });

  it('count every violation as an error, so `npm run lint:layers` exits non-zero', () => {
    expect(result.summary.error).toBeGreaterThan(0);
    expect(result.summary.violations.every((v) => v.rule.severity === 'error')).toBe(true);
  });
});
