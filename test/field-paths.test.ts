import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseCreate } from './support/cases.js';
import { factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { argsWith, leaves, namesInputOf, operationFor, rootFields } from './support/schema-walk.js';

/** `userErrors.field` has one form everywhere: a list of non-empty segments without dots. */
let t: TestHub;
let admin: string;
let dispatcher: string;
let center: string;

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2025-11-03T10:00:00+08:00' });
  const f = await factories(t);
  admin = f.admin;
  // Built (and signed in) first: the enumeration's failed sign-ins trip the sign-in throttle for this address.
  const home = await f.center();
  dispatcher = (await f.user('DISPATCHER', { center: home })).token;
  center = home.id;
});
afterAll(() => t?.close());

const wellFormed = (field: unknown) => Array.isArray(field) && field.length > 0 && field.every((s) => typeof s === 'string' && s !== '' && !s.includes('.'));

describe('userErrors field paths', () => {
  it('every mutation of the schema (some end the admin\'s session), sent made-up ids and blank text, answers paths as plain segments that name a field of its input', async () => {
    const bad: string[] = [];
    let errors = 0;
    const mutations = rootFields('mutation');
    for (const field of mutations) {
      const blanks = field.args.flatMap((a) => leaves(a)).filter((l) => l.scalar === 'String').map((l) => l.path);
      const variants = [argsWith(field, undefined, null), ...blanks.map((p) => argsWith(field, p, ''))];
      for (const variables of variants) {
        const res = await t.post({ query: operationFor('mutation', field), variables }, { authorization: `Bearer ${admin}` });
        const body = (await res.json()) as { data?: Record<string, { userErrors?: { field: unknown }[] } | null> };
        for (const e of body.data?.[field.name]?.userErrors ?? []) {
          errors += 1;
          if (!wellFormed(e.field) || !namesInputOf(field, e.field as string[])) bad.push(`${field.name}: ${JSON.stringify(e.field)}`);
        }
      }
    }
    console.log(`field paths: ${mutations.length} mutations, ${errors} userErrors checked`);
    expect(bad).toEqual([]);
    expect(errors).toBeGreaterThan(mutations.length);
  });

  it('a party with a bad ID number and a bad phone: both paths name the party by index', async () => {
    const res = await t.gql(CaseCreate, {
      input: {
        centerId: center, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'NEIGHBOUR', title: '邻里纠纷', description: '因噪音发生争执',
        parties: [{ role: 'APPLICANT', type: 'PERSON', name: '申请人甲', idNumber: '511322198203152310', phone: '12345678' }],
      },
    }, dispatcher);
    expect(res.caseCreate.userErrors.map((e) => e.field)).toEqual(expect.arrayContaining([
      ['input', 'parties', '0', 'idNumber'], ['input', 'parties', '0', 'phone'],
    ]));
  });
});
