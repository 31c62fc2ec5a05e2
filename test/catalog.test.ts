import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { CaseCreate, Suggestion } from './support/cases.js';
import { factories, type BuiltAgency, type BuiltCenter, type BuiltUser, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const CategoryCreate = graphql(`
  mutation CategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id code nameZh version archivedAt } userErrors { field code message } } }
`);
const CategoryUpdate = graphql(`
  mutation CategoryUpdate($input: CategoryUpdateInput!) { categoryUpdate(input: $input) { category { code archivedAt } userErrors { field code } } }
`);
const RuleSet = graphql(`
  mutation RuleSet($input: RoutingRuleSetInput!) {
    routingRuleSet(input: $input) { routingRule { id categoryCode center { name } leadAgency { shortName } cooperatingAgencies { shortName } } userErrors { field code message } }
  }
`);
const Rules = graphql(`query Rules($centerId: ID!) { routingRules(centerId: $centerId) { categoryCode center { name } leadAgency { shortName } } }`);

let t: TestHub;
let f: Factories;
/** The bootstrap admin, over every center. */
let admin: string;
/** A county with a town below it, two of its agencies, its admin and dispatcher. */
let county: BuiltCenter;
let town: BuiltCenter;
let justice: BuiltAgency;
let counselling: BuiltAgency;
let countyAdmin: BuiltUser;
let dispatcher: BuiltUser;
/** An agency of another county. */
let foreignAgency: BuiltAgency;
beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  admin = f.admin;
  county = await f.center();
  town = await f.center({ parent: county });
  justice = await f.agency(county, { shortName: '司法局', kind: 'JUSTICE' });
  counselling = await f.agency(county, { shortName: '心理服务', kind: 'PSYCHOLOGICAL_SERVICE' });
  countyAdmin = await f.user('ADMIN', { center: county });
  dispatcher = await f.user('DISPATCHER', { center: county });
  foreignAgency = await f.agency(await f.center(), { shortName: '医调委', kind: 'MEDIATION_COMMITTEE' });
});
afterAll(() => t?.close());

describe('the category taxonomy and routing rules are data', () => {
  it('lets an admin over every center add and archive a category', async () => {
    const bad = await t.gql(CategoryCreate, { input: { code: '1x', nameZh: '', nameEn: 'Housing' } }, admin);
    expect(bad.categoryCreate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['code:INVALID', 'nameZh:REQUIRED']);
    const countyOnly = await t.request(CategoryCreate, { input: { code: 'HOUSING_DEMOLITION', nameZh: '征地拆迁', nameEn: 'Land requisition' } }, countyAdmin.token);
    expect(countyOnly.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await t.gql(CategoryCreate, { input: { code: 'housing_demolition', nameZh: '征地拆迁', nameEn: 'Land requisition' } }, admin);
    expect(ok.categoryCreate.category).toMatchObject({ code: 'HOUSING_DEMOLITION', nameZh: '征地拆迁' });
    const again = await t.gql(CategoryCreate, { input: { code: 'HOUSING_DEMOLITION', nameZh: '重复', nameEn: 'Dup' } }, admin);
    expect(again.categoryCreate.userErrors).toMatchObject([{ field: ['input', 'code'], code: 'TAKEN' }]);

    const created = await t.gql(CaseCreate, {
      input: { centerId: county.id, kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'HOUSING_DEMOLITION', title: '征地补偿', description: '反映补偿标准', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '牧民' }] },
    }, dispatcher.token);
    expect(created.caseCreate.userErrors).toEqual([]);
    const c = ok.categoryCreate.category!;
    const archived = await t.gql(CategoryUpdate, { input: { id: c.id, version: c.version, archived: true } }, admin);
    expect(archived.categoryUpdate.category!.archivedAt).not.toBeNull();
    const refused = await t.gql(CaseCreate, {
      input: { centerId: county.id, kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'HOUSING_DEMOLITION', title: '征地补偿', description: '再次反映', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '牧民' }] },
    }, dispatcher.token);
    expect(refused.caseCreate.userErrors).toMatchObject([{ field: ['input', 'categoryCode'], code: 'NOT_FOUND' }]);
  });

  it('lets a county admin set the routing rules of the county, which then drive the dispatch suggestion', async () => {
    const foreign = await t.gql(RuleSet, { input: { centerId: county.id, categoryCode: 'MEDICAL', leadAgencyId: foreignAgency.id } }, countyAdmin.token);
    expect(foreign.routingRuleSet.userErrors).toMatchObject([{ field: ['input', 'leadAgencyId'], code: 'OUT_OF_SCOPE' }]);
    const other = await t.request(RuleSet, { input: { centerId: foreignAgency.center.id, categoryCode: 'MEDICAL', leadAgencyId: foreignAgency.id } }, countyAdmin.token);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await t.gql(RuleSet, {
      input: { centerId: county.id, categoryCode: 'MEDICAL', leadAgencyId: justice.id, cooperatingAgencyIds: [counselling.id] },
    }, countyAdmin.token);
    expect(set.routingRuleSet.routingRule).toMatchObject({ categoryCode: 'MEDICAL', leadAgency: { shortName: '司法局' }, cooperatingAgencies: [{ shortName: '心理服务' }] });
    // Inherited by the town below.
    const rules = await t.gql(Rules, { centerId: town.id }, countyAdmin.token);
    expect(rules.routingRules.find((r) => r.categoryCode === 'MEDICAL')).toMatchObject({ center: { name: county.name }, leadAgency: { shortName: '司法局' } });
    const c = (await t.gql(CaseCreate, {
      input: { centerId: town.id, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'MEDICAL', title: '医疗纠纷', description: '手术后遗症', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '患者家属' }] },
    }, dispatcher.token)).caseCreate.case!;
    const s = await t.gql(Suggestion, { id: c.id }, dispatcher.token);
    const suggestion = s.node && 'dispatchSuggestion' in s.node ? s.node.dispatchSuggestion : null;
    expect(suggestion).toMatchObject({ leadAgency: { shortName: '司法局' }, cooperatingAgencies: [{ shortName: '心理服务' }] });
  });
});
