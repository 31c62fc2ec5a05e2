/**
 * The wide door: API keys for third-party frontends, trusted documents, citizen submissions with
 * idempotency keys, and tracking by code and phone — over real HTTP and WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { Factories, factories, type BuiltAgency, type BuiltCenter, type BuiltKey, type BuiltUser, type Desk } from './support/factories.js';
import { keyCall, keySocket, register, sha256 } from './support/keys.js';

const CASE_SUMMARIES = `query BigScreenCases { cases(first: 20) { nodes { number trackingCode status title center { divisionCode } parties { name idNumber phone } timeline(first: 5) { nodes { label details } } } } }`;
const SUBMIT = `mutation MiniProgramSubmit($input: CaseSubmitInput!) { caseSubmit(input: $input) { receipt { trackingCode caseNumber centerName receivedAt replayed } userErrors { field code message } } }`;
const TRACK = `query MiniProgramTrack($code: String!, $phone: String!) { caseTrack(trackingCode: $code, phone: $phone) { caseNumber status statusLabel centerName handlingAgency nextStep milestones { at label } } }`;
const TODAY = `subscription ScreenToday($centerId: ID!) { todayDuties(centerId: $centerId) { date duties { name } } }`;

const KeyRevoke = graphql(`mutation KeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }`);
const KeyList = graphql(`query KeyList { apiKeys(first: 20, includeRevoked: true) { nodes { id name prefix lastUsedAt revokedAt centers { divisionCode } operations { operationName sha256 } } } }`);
const RegisterOp = graphql(`mutation RegisterOp($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id version } userErrors { field code message } } }`);
const RetireOp = graphql(`mutation RetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { persistedOperation { id } userErrors { code } } }`);
const CaseDispatch = graphql(`mutation TpDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { id status version } userErrors { code message } } }`);
const ByNumber = graphql(`query TpByNumber($number: String!) { caseByNumber(number: $number) { id version status center { id } } }`);

let t: TestHub;
let admin: string;
let f: Factories;
/** 草原旗: the banner the big screen and the mini program serve; 沙漠旗 is another banner. */
let banner: BuiltCenter;
let otherBanner: BuiltCenter;
let desk: Desk;
/** 草原旗人社局, where a wage claim goes. */
let hrBureau: BuiltAgency;
/** The clerk who dispatches submitted cases. */
let clerk: BuiltUser;
let screen: BuiltKey;
let mini: BuiltKey;
let casesHash: string;
let submitHash: string;
let trackHash: string;

function submission(idempotencyKey: string, overrides: Record<string, unknown> = {}) {
  return {
    input: {
      idempotencyKey,
      centerCode: banner.divisionCode,
      categoryCode: 'WAGE_ARREARS',
      description: '我们在某工地干了三个月，老板一直拖欠工资，共计四万二千元，多次讨要未果。',
      place: '草原旗某工地',
      amount: '42000.00',
      applicant: { name: '王小二', phone: '13912345678', idNumber: '150627199001011235', headcount: 6 },
      respondent: { type: 'ORGANISATION', name: '某建筑劳务有限公司' },
      ...overrides,
    },
  };
}

beforeAll(async () => {
  t = await startTestHub();
  admin = await t.login('admin');
  f = await factories(t);
  banner = await f.center({ name: '草原旗综治中心' });
  otherBanner = await f.center({ name: '沙漠旗综治中心' });
  desk = await f.desk({ center: banner });
  hrBureau = await f.agency(banner, { name: '草原旗人力资源和社会保障局', shortName: '人社局' });
  clerk = await f.user('DISPATCHER', { center: banner }, { displayName: '草原旗受理员' });
  // Cases on the big screen's banner, with a person's ID number and phone, and one on another banner.
  const person = { role: 'APPLICANT' as const, type: 'PERSON' as const, name: '其木格', phone: '13904770001', idNumber: '150627199001011235' };
  await f.case(desk, { status: 'IN_PROGRESS', input: { parties: [person] } });
  await f.case(desk, { input: { parties: [person] } });
  await f.case(await f.desk({ center: otherBanner }));
  screen = await f.apiKey([banner], ['CASES_READ'], { name: '草原旗大屏' });
  mini = await f.apiKey([banner], ['CASES_SUBMIT'], { name: '草原码解纷小程序' });
  casesHash = await register(t, admin, screen, CASE_SUMMARIES);
  submitHash = await register(t, admin, mini, SUBMIT);
  trackHash = await register(t, admin, mini, TRACK);
  await register(t, admin, screen, TODAY);
});
afterAll(() => t?.close());

describe('API keys', () => {
  it('are stored hashed: the secret is shown once and appears nowhere in the database', async () => {
    expect(screen.secret).toMatch(/^hub_[0-9a-z]{10}_[A-Za-z0-9_-]{43}$/);
    const secretPart = screen.secret.split('_').slice(2).join('_');
    const [row] = await t.sql<{ dump: string }>(`select row_to_json(k)::text as dump from api_key k where prefix = $1`, [screen.secret.slice(4, 14)]);
    expect(row!.dump).not.toContain(secretPart);
    expect(row!.dump).toContain(sha256(secretPart));
  });

  it('let a big screen read case summaries of its own banner only, names masked, no ID or phone, no timeline details', async () => {
    const res = await keyCall<{ cases: { nodes: { number: string; center: { divisionCode: string }; parties: { name: string; idNumber: string | null; phone: string | null }[]; timeline: { nodes: { details: unknown }[] } }[] } }>(t, screen.secret, casesHash);
    expect(res.status).toBe(200);
    const nodes = res.body.data!.cases.nodes;
    expect(nodes).toHaveLength(2);
    expect(nodes.every((c) => c.center.divisionCode === banner.divisionCode)).toBe(true);
    const people = nodes.flatMap((c) => c.parties);
    expect(people.some((p) => /^.\*+$/.test(p.name))).toBe(true);
    for (const p of people) {
      if (p.idNumber) expect(p.idNumber).toMatch(/^\d{6}\*+\w{4}$/);
      if (p.phone) expect(p.phone).toContain('****');
    }
    expect(nodes.flatMap((c) => c.timeline.nodes).every((e) => JSON.stringify(e.details) === '{}')).toBe(true);
    expect(nodes.every((c) => /^\*{4}-\*{4}-[0-9A-Z]{4}$/.test((c as unknown as { trackingCode: string }).trackingCode))).toBe(true);
  });

  it('record their last use, and a revoked key stops working at once', async () => {
    const extra = await f.apiKey([banner], ['CASES_READ'], { name: '临时接入' });
    const hash = await register(t, admin, extra, CASE_SUMMARIES);
    expect((await keyCall(t, extra.secret, hash)).status).toBe(200);
    const listed = (await t.gql(KeyList, {}, admin)).apiKeys.nodes.find((k) => k.id === extra.id)!;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(listed.operations.map((o) => o.operationName)).toEqual(['BigScreenCases']);
    const revoked = await t.gql(KeyRevoke, { input: { id: extra.id, version: extra.version } }, admin);
    expect(revoked.apiKeyRevoke.apiKey!.revokedAt).not.toBeNull();
    const refused = await keyCall(t, extra.secret, hash);
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuse a wrong secret with a known prefix, and a malformed key', async () => {
    const forged = `${screen.secret.slice(0, 15)}${'A'.repeat(43)}`;
    expect((await keyCall(t, forged, casesHash)).status).toBe(401);
    expect((await keyCall(t, 'hub_nonsense', casesHash)).status).toBe(401);
  });

  it('are rate-limited per key with 429, Retry-After and a clear error', async () => {
    const slow = await f.apiKey([banner], ['CASES_READ'], { rateLimitPerMinute: 3 });
    const hash = await register(t, admin, slow, CASE_SUMMARIES);
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push(await keyCall(t, slow.secret, hash));
    expect(statuses.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
    const limited = statuses[3]!;
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.body.errors![0]!.message).toContain('3');
    // Other keys are not affected.
    expect((await keyCall(t, screen.secret, casesHash)).status).toBe(200);
  });

  it('cannot be issued by an admin for a center outside their scope', async () => {
    const otherAdmin = await f.user('ADMIN', { center: otherBanner });
    await expect(new Factories(t, otherAdmin.token).apiKey([banner], ['CASES_READ'])).rejects.toThrow(/OUT_OF_SCOPE/);
  });
});

describe('trusted documents', () => {
  it('refuse any document not registered for the key: by hash, as text, or registered for another key', async () => {
    const unknown = await keyCall(t, screen.secret, sha256('query X { viewer { id } }'));
    expect(unknown.status).toBe(403);
    expect(unknown.body.errors![0]!.message).toContain('未为此密钥登记');
    const asText = await t.post({ query: '{ cases(first: 100) { nodes { parties { idNumber } } } }' }, { 'x-api-key': screen.secret });
    expect(asText.status).toBe(403);
    const othersDoc = await keyCall(t, screen.secret, submitHash);
    expect(othersDoc.status).toBe(403);
    // The registered text itself is accepted as text too (its hash is registered).
    const exact = await t.post({ query: CASE_SUMMARIES }, { 'x-api-key': screen.secret });
    expect(exact.status).toBe(200);
    const mismatch = await keyCall(t, screen.secret, casesHash, undefined, { query: `${CASE_SUMMARIES} ` });
    expect(mismatch.status).toBe(400);
  });

  it('are checked at registration: a document the key’s capabilities do not allow is refused, naming the field', async () => {
    const res = await t.gql(RegisterOp, { input: { apiKeyId: screen.id, document: 'query Sneaky { users(first: 5) { nodes { phone } } }' } }, admin);
    expect(res.persistedOperationRegister.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'document'], code: 'OUT_OF_SCOPE', message: expect.stringContaining('users') }),
    ]);
    const broken = await t.gql(RegisterOp, { input: { apiKeyId: screen.id, document: 'query { cases(first: 500) { nodes { nope } } }' } }, admin);
    expect(broken.persistedOperationRegister.userErrors.map((e) => e.code)).toContain('INVALID');
  });

  it('stop working when retired', async () => {
    const hash = await register(t, admin, screen, 'query RetireMe { caseCategories { code } }');
    expect((await keyCall(t, screen.secret, hash)).status).toBe(200);
    const op = (await t.gql(KeyList, {}, admin)).apiKeys.nodes.find((k) => k.id === screen.id)!.operations.find((o) => o.sha256 === hash)!;
    const [row] = await t.sql<{ id: number; version: number }>(`select id, version from persisted_operation where sha256 = $1`, [op.sha256]);
    const id = Buffer.from(`PersistedOperation:${row!.id}`).toString('base64url');
    const retired = await t.gql(RetireOp, { input: { id, version: row!.version } }, admin);
    expect(retired.persistedOperationRetire.userErrors).toEqual([]);
    expect((await keyCall(t, screen.secret, hash)).status).toBe(403);
  });

  it('apply over WebSocket too: a registered subscription runs, an unregistered one is refused, a bad key cannot connect', async () => {
    const client = keySocket(t, screen.secret);
    const first = await new Promise<unknown>((resolve, reject) => {
      const stop = client.subscribe({ query: '', variables: { centerId: banner.id }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(TODAY) } } } as never, {
        next: (v) => { stop(); resolve(v); }, error: reject, complete: () => undefined,
      });
    });
    expect(JSON.stringify(first)).toContain('todayDuties');
    const refused = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'subscription { rosterChanges(centerId: "x") { seq } }' }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(JSON.stringify(refused)).toContain('未为此密钥登记');
    await client.dispose();
    const bad = keySocket(t, 'hub_aaaaaaaaaa_' + 'b'.repeat(43));
    const closed = await new Promise<unknown>((resolve) => {
      bad.subscribe({ query: TODAY, variables: { centerId: banner.id } }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect((closed as { code?: number }).code).toBe(4403);
    await bad.dispose();
  });
});

describe('citizen submissions', () => {
  it('create one case for a retried submission and replay the first receipt', async () => {
    const first = await keyCall<{ caseSubmit: { receipt: { trackingCode: string; caseNumber: string; replayed: boolean } } }>(t, mini.secret, submitHash, submission('retry-0001-abcdef'));
    const receipt = first.body.data!.caseSubmit.receipt;
    expect(receipt.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.caseNumber).toMatch(new RegExp(`^${banner.divisionCode}-\\d{4}-\\d{6}$`));
    expect(receipt.replayed).toBe(false);
    const again = await keyCall<{ caseSubmit: { receipt: { trackingCode: string; replayed: boolean } } }>(t, mini.secret, submitHash, submission('retry-0001-abcdef'));
    expect(again.body.data!.caseSubmit.receipt).toMatchObject({ trackingCode: receipt.trackingCode, replayed: true });
    const [count] = await t.sql<{ n: string }>(`select count(*) as n from hub_case where tracking_code = $1`, [receipt.trackingCode]);
    expect(count!.n).toBe('1');
    const [kase] = await t.sql<{ channel: string; status: string }>(`select channel, status from hub_case where tracking_code = $1`, [receipt.trackingCode]);
    expect(kase).toEqual({ channel: 'ONLINE', status: 'RECEIVED' });
  });

  it('create exactly one case when the same submission arrives eight times at once', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () =>
      keyCall<{ caseSubmit: { receipt: { trackingCode: string } } }>(t, mini.secret, submitHash, submission('burst-0001-abcdef'))));
    const codes = new Set(answers.map((a) => a.body.data?.caseSubmit.receipt.trackingCode));
    expect(codes.size).toBe(1);
    const [count] = await t.sql<{ n: string }>(`select count(*) as n from citizen_submission where idempotency_key = 'burst-0001-abcdef'`);
    expect(count!.n).toBe('1');
    // Case numbers stay gapless: the losers' numbers were rolled back with their transactions.
    const numbers = await t.sql<{ number: string }>(`select number from hub_case where origin_center_id = (select id from center where division_code = $1) order by number`, [banner.divisionCode]);
    const seqs = numbers.map((n) => Number(n.number.split('-')[2]));
    expect(seqs.at(-1)! - seqs[0]! + 1).toBe(new Set(seqs).size);
  });

  it('refuse the same idempotency key with a different body', async () => {
    await keyCall(t, mini.secret, submitHash, submission('reuse-0001-abcdef'));
    const changed = await keyCall<{ caseSubmit: { receipt: unknown; userErrors: { field: string[]; code: string }[] } }>(t, mini.secret, submitHash, submission('reuse-0001-abcdef', { amount: '43000.00' }));
    expect(changed.body.data!.caseSubmit.receipt).toBeNull();
    expect(changed.body.data!.caseSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' })]);
  });

  it('validate every field and name it; nothing is saved', async () => {
    const before = await t.sql<{ n: string }>(`select count(*) as n from hub_case`);
    const bad = await keyCall<{ caseSubmit: { userErrors: { field: string[]; code: string }[] } }>(t, mini.secret, submitHash, submission('bad-0001-abcdef', {
      centerCode: otherBanner.divisionCode, description: '太短',
      applicant: { name: '', phone: '12345', idNumber: '150627199001011234' },
    }));
    const fields = bad.body.data!.caseSubmit.userErrors.map((e) => `${e.field.join('.')}:${e.code}`);
    expect(fields).toEqual(expect.arrayContaining([
      'input.centerCode:OUT_OF_SCOPE', 'input.description:INVALID', 'input.applicant.name:REQUIRED',
      'input.applicant.phone:INVALID', 'input.applicant.idNumber:INVALID',
    ]));
    const short = await keyCall<{ caseSubmit: { userErrors: { field: string[]; code: string }[] } }>(t, mini.secret, submitHash, submission('x'));
    expect(short.body.data!.caseSubmit.userErrors[0]).toMatchObject({ field: ['input', 'idempotencyKey'], code: 'INVALID' });
    expect(await t.sql<{ n: string }>(`select count(*) as n from hub_case`)).toEqual(before);
  });

  it('are only for keys: staff tokens and anonymous callers are refused', async () => {
    const asStaff = await t.post({ query: SUBMIT, variables: submission('staff-0001-abcdef') }, { authorization: `Bearer ${desk.dispatcher.token}` });
    expect(((await asStaff.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.post({ query: SUBMIT, variables: submission('anon-0001-abcdef') });
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('tracking a case', () => {
  it('shows status, milestones, the handling agency and the next step, and nothing about anyone else', async () => {
    const submitted = await keyCall<{ caseSubmit: { receipt: { trackingCode: string; caseNumber: string } } }>(t, mini.secret, submitHash, submission('track-0001-abcdef'));
    const { trackingCode, caseNumber } = submitted.body.data!.caseSubmit.receipt;
    const kase = (await t.gql(ByNumber, { number: caseNumber }, clerk.token)).caseByNumber!;
    const dispatched = await t.gql(CaseDispatch, { input: { id: kase.id, version: kase.version, leadAgencyId: hrBureau.id } }, clerk.token);
    expect(dispatched.caseDispatch.userErrors).toEqual([]);

    const tracked = await keyCall<{ caseTrack: { status: string; handlingAgency: string; nextStep: string; milestones: { label: string }[] } }>(
      t, mini.secret, trackHash, { code: trackingCode.toLowerCase().replace(/-/g, ''), phone: '139 1234 5678' });
    const view = tracked.body.data!.caseTrack;
    expect(view).toMatchObject({ status: 'DISPATCHED', handlingAgency: expect.stringContaining('人力资源') });
    expect(view.milestones.map((m) => m.label)).toEqual(['已登记受理', '已分派办理部门']);
    expect(view.nextStep).toContain('工作人员');
    const text = JSON.stringify(tracked.body);
    for (const secret of ['王小二', '某建筑劳务', '13912345678', '150627199001011235', '草原旗受理员']) expect(text).not.toContain(secret);
  });

  it('answers null to a wrong phone and throttles repeated wrong guesses, even a later right one', async () => {
    const submitted = await keyCall<{ caseSubmit: { receipt: { trackingCode: string } } }>(t, mini.secret, submitHash, submission('guess-0001-abcdef'));
    const code = submitted.body.data!.caseSubmit.receipt.trackingCode;
    const track = (phone: string) => t.post({ query: TRACK, variables: { code, phone } });
    const wrong = (await (await track('13900000000')).json()) as { data: { caseTrack: unknown } };
    expect(wrong.data.caseTrack).toBeNull();
    for (let i = 0; i < 4; i += 1) await track(`1390000000${i + 1}`);
    const blocked = (await (await track('13912345678')).json()) as { errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(blocked.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    expect(blocked.errors[0]!.extensions.retryAfterSeconds).toBeGreaterThan(60);
  });
});
