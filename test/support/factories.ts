/**
 * Test factories: build what a test needs through the public API, so a test that is not about the demo
 * stories does not lean on their names, counts or ids. Every builder has sensible defaults, takes
 * overrides, and fails the test with the userErrors when the hub refuses (a factory never hides a bug).
 *
 *   const f = await factories(t);
 *   const desk = await f.desk();                              // a county center with its people
 *   const c = await f.case(desk, { status: 'IN_PROGRESS' });  // a case walked there by its handlers
 *
 * Only the bootstrap admin (`admin`) and reference data (categories, calendar) come from the template.
 */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import type { ApiCapability, CaseCreateInput, CenterLevel, Role } from '../gql/graphql.js';
import { CaseClose, CaseCreate, CaseDispatch, CaseFail, CaseReject, CaseResolve, CaseSession, CaseWithdraw } from './cases.js';
import { DEMO_PASSWORD } from './env.js';
import type { TestHub } from './hub.js';

const CenterCreate = graphql(`
  mutation FactoryCenter($input: CenterCreateInput!) { centerCreate(input: $input) { center { id name divisionCode } userErrors { field code message } } }
`);
const AgencyCreate = graphql(`
  mutation FactoryAgency($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id name shortName } userErrors { field code message } } }
`);
const MediatorCreate = graphql(`
  mutation FactoryMediator($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }
`);
const UserCreate = graphql(`
  mutation FactoryUser($input: UserCreateInput!) { userCreate(input: $input) { user { id username } userErrors { field code message } } }
`);
const RoleGrant = graphql(`
  mutation FactoryRole($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { field code message } } }
`);
const StationingCreate = graphql(`
  mutation FactoryStationing($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { field code message } } }
`);
const KeyCreate = graphql(`
  mutation FactoryKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id version } userErrors { field code message } } }
`);

export interface BuiltCenter { id: string; name: string; divisionCode: string }
export interface BuiltAgency { id: string; name: string; shortName: string; center: BuiltCenter }
export interface BuiltMediator { id: string; name: string; agency: BuiltAgency }
export interface BuiltUser { id: string; username: string; token: string }
export interface BuiltKey { id: string; secret: string; version: number }
export type BuiltCase = NonNullable<ResultOf<typeof CaseCreate>['caseCreate']['case']>;

/** A center with the people a case meets: its dispatcher and leader, one agency with staff, one mediator. */
export interface Desk {
  center: BuiltCenter;
  agency: BuiltAgency;
  mediator: BuiltMediator;
  dispatcher: BuiltUser;
  leader: BuiltUser;
  /** AGENCY_STAFF of `agency`, the lead a factory case is dispatched to. */
  staff: BuiltUser;
  /** The MEDIATOR account of `mediator`. */
  mediatorUser: BuiltUser;
}

type Scope = { center?: BuiltCenter; agency?: BuiltAgency; mediator?: BuiltMediator };
/** Where `f.case` stops; each step is taken by the person whose step it is. */
export type CaseStage = 'RECEIVED' | 'REJECTED' | 'DISPATCHED' | 'WITHDRAWN' | 'IN_PROGRESS' | 'RESOLVED' | 'FAILED' | 'CLOSED';

function must<T>(payload: { userErrors: readonly { field: readonly string[]; code: string; message: string }[] }, value: T | null | undefined, what: string): T {
  if (payload.userErrors.length || value == null) throw new Error(`factory ${what} refused: ${JSON.stringify(payload.userErrors)}`);
  return value;
}

/** Per hub, so that two factories of one test file (another admin's, say) never hand out the same code. */
const sequences = new WeakMap<TestHub, number>();

export class Factories {
  constructor(readonly t: TestHub, readonly admin: string) {}

  /** A short suffix unique within this hub's database (names, usernames and division codes must be unique). */
  private next(): number {
    const n = (sequences.get(this.t) ?? 0) + 1;
    sequences.set(this.t, n);
    return n;
  }

  /** A county center (code 4690xx, unused by the seeds) or, with `parent`, a town center below it. */
  async center(over: { name?: string; level?: `${CenterLevel}`; parent?: BuiltCenter; divisionCode?: string } = {}): Promise<BuiltCenter> {
    const n = this.next();
    const level = over.level ?? (over.parent ? 'TOWN' : 'COUNTY');
    const divisionCode = over.divisionCode ?? (over.parent ? `${over.parent.divisionCode}${String(n).padStart(3, '0')}` : `4690${String(n % 100 || 1).padStart(2, '0')}`);
    const res = await this.t.gql(CenterCreate, {
      input: { name: over.name ?? `测试${n}综治中心`, level: level as CenterLevel, divisionCode, parentId: over.parent?.id },
    }, this.admin);
    return must(res.centerCreate, res.centerCreate.center, 'centerCreate');
  }

  async agency(center: BuiltCenter, over: { name?: string; shortName?: string; kind?: string } = {}): Promise<BuiltAgency> {
    const n = this.next();
    const res = await this.t.gql(AgencyCreate, {
      input: { centerId: center.id, kind: (over.kind ?? 'HUMAN_RESOURCES') as never, name: over.name ?? `测试部门${n}`, shortName: over.shortName ?? `部门${n}` },
    }, this.admin);
    return { ...must(res.agencyCreate, res.agencyCreate.agency, 'agencyCreate'), center };
  }

  async mediator(agency: BuiltAgency, over: { name?: string; capacity?: number } = {}): Promise<BuiltMediator> {
    const n = this.next();
    const res = await this.t.gql(MediatorCreate, { input: { agencyId: agency.id, name: over.name ?? `调解员${n}`, capacity: over.capacity } }, this.admin);
    return { ...must(res.mediatorCreate, res.mediatorCreate.mediator, 'mediatorCreate'), agency };
  }

  /**
   * An account with one role and a signed-in token. The home center is the scope's (center, the agency's
   * or the mediator's); global roles (ADMIN, AUDITOR) without a scope get `home` or a new center.
   */
  async user(role: `${Role}`, scope: Scope = {}, over: { username?: string; displayName?: string; home?: BuiltCenter } = {}): Promise<BuiltUser> {
    const n = this.next();
    const home = over.home ?? scope.center ?? scope.agency?.center ?? scope.mediator?.agency.center ?? (await this.center());
    const username = over.username ?? `f${n}.${role.toLowerCase()}`;
    const created = await this.t.gql(UserCreate, {
      input: { username, password: DEMO_PASSWORD, displayName: over.displayName ?? `测试用户${n}`, homeCenterId: home.id },
    }, this.admin);
    const user = must(created.userCreate, created.userCreate.user, 'userCreate');
    const granted = await this.t.gql(RoleGrant, {
      input: { userId: user.id, role: role as Role, centerId: scope.center?.id, agencyId: scope.agency?.id, mediatorId: scope.mediator?.id },
    }, this.admin);
    must(granted.userRoleGrant, granted.userRoleGrant.roleAssignment, 'userRoleGrant');
    return { id: user.id, username, token: await this.t.login(username) };
  }

  /** A center with its dispatcher, leader, an agency with staff and a mediator with an account. */
  async desk(over: { center?: BuiltCenter } = {}): Promise<Desk> {
    const center = over.center ?? (await this.center());
    const agency = await this.agency(center);
    const mediator = await this.mediator(agency);
    return {
      center, agency, mediator,
      dispatcher: await this.user('DISPATCHER', { center }),
      leader: await this.user('LEADER', { center }),
      staff: await this.user('AGENCY_STAFF', { agency }),
      mediatorUser: await this.user('MEDIATOR', { mediator }),
    };
  }

  /**
   * A case received at the desk's center and walked to `status` by the people whose step it is:
   * the dispatcher dispatches to the desk's agency (and mediator with `withMediator`), its staff record a
   * phone session and resolve (or fail), the dispatcher closes without feedback (reason given).
   */
  async case(desk: Desk, over: { status?: CaseStage; input?: Partial<CaseCreateInput>; withMediator?: boolean } = {}): Promise<BuiltCase> {
    const n = this.next();
    const status = over.status ?? 'RECEIVED';
    const created = await this.t.gql(CaseCreate, {
      input: {
        centerId: desk.center.id, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'NEIGHBOUR', title: `测试纠纷${n}`, description: '因噪音发生争执',
        parties: [{ role: 'APPLICANT', type: 'PERSON', name: `申请人${n}` }], ...over.input,
      } as CaseCreateInput,
    }, desk.dispatcher.token);
    let c = must(created.caseCreate, created.caseCreate.case, 'caseCreate');
    const step = async <P extends { case?: BuiltCase | null; userErrors: { field: string[]; code: string; message: string }[] }>(what: string, run: () => Promise<P>) => {
      const payload = await run();
      c = must(payload, payload.case, what);
    };
    const { dispatcher, staff } = desk;
    const ref = () => ({ id: c.id, version: c.version });
    if (status === 'RECEIVED') return c;
    if (status === 'REJECTED') {
      await step('caseReject', async () => (await this.t.gql(CaseReject, { input: { ...ref(), reason: '不属于受理范围' } }, dispatcher.token)).caseReject);
      return c;
    }
    await step('caseDispatch', async () => (await this.t.gql(CaseDispatch, {
      input: { ...ref(), leadAgencyId: desk.agency.id, mediatorId: over.withMediator ? desk.mediator.id : undefined },
    }, dispatcher.token)).caseDispatch);
    if (status === 'DISPATCHED') return c;
    if (status === 'WITHDRAWN') {
      await step('caseWithdraw', async () => (await this.t.gql(CaseWithdraw, { input: { ...ref(), reason: '申请人撤回' } }, dispatcher.token)).caseWithdraw);
      return c;
    }
    await step('caseSessionRecord', async () => (await this.t.gql(CaseSession, {
      input: { ...ref(), method: 'PHONE', heldAt: new Date().toISOString(), participants: '双方当事人', notes: '电话沟通' },
    }, staff.token)).caseSessionRecord);
    if (status === 'IN_PROGRESS') return c;
    if (status === 'FAILED') {
      await step('caseFail', async () => (await this.t.gql(CaseFail, { input: { ...ref(), referral: 'ARBITRATION', note: '引导仲裁' } }, staff.token)).caseFail);
      return c;
    }
    await step('caseResolve', async () => (await this.t.gql(CaseResolve, { input: { ...ref(), note: '调解化解' } }, staff.token)).caseResolve);
    if (status === 'RESOLVED') return c;
    await step('caseClose', async () => (await this.t.gql(CaseClose, { input: { ...ref(), withoutFeedbackReason: '电话无人接听' } }, dispatcher.token)).caseClose);
    return c;
  }

  /** An agency stationed at a center (the roster's unit); starts today unless told. */
  async stationing(agency: BuiltAgency, center: BuiltCenter, over: { mode?: 'RESIDENT' | 'ROTATING' | 'ON_CALL'; startDate?: string } = {}): Promise<{ id: string }> {
    const res = await this.t.gql(StationingCreate, {
      input: { agencyId: agency.id, centerId: center.id, mode: over.mode ?? 'RESIDENT', startDate: over.startDate ?? new Date().toISOString().slice(0, 10) },
    }, this.admin);
    return must(res.stationingCreate, res.stationingCreate.stationing, 'stationingCreate');
  }

  /** An API key for these centers and capabilities (the secret is shown once, as to a real client). */
  async apiKey(centers: BuiltCenter[], capabilities: `${ApiCapability}`[], over: { name?: string; rateLimitPerMinute?: number } = {}): Promise<BuiltKey> {
    const res = await this.t.gql(KeyCreate, {
      input: { name: over.name ?? `测试应用${this.next()}`, centerIds: centers.map((c) => c.id), capabilities: capabilities as ApiCapability[], rateLimitPerMinute: over.rateLimitPerMinute },
    }, this.admin);
    const key = must(res.apiKeyCreate, res.apiKeyCreate.apiKey, 'apiKeyCreate');
    return { id: key.id, secret: res.apiKeyCreate.secret!, version: key.version };
  }
}

/** Factories for one test hub, acting as the bootstrap admin where a step is an administrator's. */
export async function factories(t: TestHub): Promise<Factories> {
  return new Factories(t, await t.login('admin'));
}

// factA
const UserRoles = graphql(`query FactoryUserRoles($id: ID!) { node(id: $id) { ... on User { roles { id role } } } }`);

/** The ids of a built user's role assignments (as the admin reads them), to revoke one in a test. */
export async function roleAssignmentIds(f: Factories, user: BuiltUser): Promise<string[]> {
  const data = await f.t.gql(UserRoles, { id: user.id }, f.admin);
  return data.node && 'roles' in data.node ? data.node.roles.map((r) => r.id) : [];
}

const RoutingRuleSet = graphql(`
  mutation FactoryRoutingRule($input: RoutingRuleSetInput!) { routingRuleSet(input: $input) { routingRule { id } userErrors { field code message } } }
`);

/** A mediator with specialties (category codes), e.g. a grassland specialist of a mediation committee. */
export async function specialist(f: Factories, agency: BuiltAgency, over: { name: string; specialties: string[]; capacity?: number }): Promise<BuiltMediator> {
  const res = await f.t.gql(MediatorCreate, { input: { agencyId: agency.id, ...over } }, f.admin);
  return { ...must(res.mediatorCreate, res.mediatorCreate.mediator, 'mediatorCreate'), agency };
}

/** The center's routing rule for a category: which agency leads, which cooperate (it applies below the center too). */
export async function routingRule(f: Factories, center: BuiltCenter, categoryCode: string, lead: BuiltAgency, cooperating: BuiltAgency[] = []): Promise<void> {
  const res = await f.t.gql(RoutingRuleSet, {
    input: { centerId: center.id, categoryCode, leadAgencyId: lead.id, cooperatingAgencyIds: cooperating.map((a) => a.id) },
  }, f.admin);
  must(res.routingRuleSet, res.routingRuleSet.routingRule, 'routingRuleSet');
}
