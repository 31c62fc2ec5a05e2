import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { CaseCreate, orgIds, Suggestion, type OrgIds } from './support/cases.js';
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
let org: OrgIds;
let admin: string;
beforeAll(async () => {
  t = await startTestHub();
  admin = await t.login('admin');
  org = await orgIds(t, admin);
});
afterAll(() => t?.close());

describe('the category taxonomy and routing rules are data', () => {
  it('lets an admin over every center add and archive a category', async () => {
    const bad = await t.gql(CategoryCreate, { input: { code: '1x', nameZh: '', nameEn: 'Housing' } }, admin);
    expect(bad.categoryCreate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['code:INVALID', 'nameZh:REQUIRED']);
    const banner = await t.request(CategoryCreate, { input: { code: 'HOUSING_DEMOLITION', nameZh: '征地拆迁', nameEn: 'Land requisition' } }, await t.login('hj.admin'));
    expect(banner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await t.gql(CategoryCreate, { input: { code: 'housing_demolition', nameZh: '征地拆迁', nameEn: 'Land requisition' } }, admin);
    expect(ok.categoryCreate.category).toMatchObject({ code: 'HOUSING_DEMOLITION', nameZh: '征地拆迁' });
    const again = await t.gql(CategoryCreate, { input: { code: 'HOUSING_DEMOLITION', nameZh: '重复', nameEn: 'Dup' } }, admin);
    expect(again.categoryCreate.userErrors).toMatchObject([{ field: ['input', 'code'], code: 'TAKEN' }]);

    const dispatcher = await t.login('hj.dispatcher');
    const created = await t.gql(CaseCreate, {
      input: { centerId: org.center('杭锦旗综治中心'), kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'HOUSING_DEMOLITION', title: '征地补偿', description: '反映补偿标准', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '牧民' }] },
    }, dispatcher);
    expect(created.caseCreate.userErrors).toEqual([]);
    const c = ok.categoryCreate.category!;
    const archived = await t.gql(CategoryUpdate, { input: { id: c.id, version: c.version, archived: true } }, admin);
    expect(archived.categoryUpdate.category!.archivedAt).not.toBeNull();
    const refused = await t.gql(CaseCreate, {
      input: { centerId: org.center('杭锦旗综治中心'), kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'HOUSING_DEMOLITION', title: '征地补偿', description: '再次反映', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '牧民' }] },
    }, dispatcher);
    expect(refused.caseCreate.userErrors).toMatchObject([{ field: ['input', 'categoryCode'], code: 'NOT_FOUND' }]);
  });

  it('lets a banner admin set the routing rules of the banner, which then drive the dispatch suggestion', async () => {
    const hjAdmin = await t.login('hj.admin');
    const foreign = await t.gql(RuleSet, { input: { centerId: org.center('杭锦旗综治中心'), categoryCode: 'MEDICAL', leadAgencyId: org.agency('医调委', 'yj') } }, hjAdmin);
    expect(foreign.routingRuleSet.userErrors).toMatchObject([{ field: ['input', 'leadAgencyId'], code: 'OUT_OF_SCOPE' }]);
    const other = await t.request(RuleSet, { input: { centerId: org.center('伊金霍洛旗综治中心'), categoryCode: 'MEDICAL', leadAgencyId: org.agency('医调委', 'yj') } }, hjAdmin);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await t.gql(RuleSet, {
      input: { centerId: org.center('杭锦旗综治中心'), categoryCode: 'MEDICAL', leadAgencyId: org.agency('司法局', 'hj'), cooperatingAgencyIds: [org.agency('心理服务', 'hj')] },
    }, hjAdmin);
    expect(set.routingRuleSet.routingRule).toMatchObject({ categoryCode: 'MEDICAL', leadAgency: { shortName: '司法局' }, cooperatingAgencies: [{ shortName: '心理服务' }] });
    // Inherited by the town below.
    const rules = await t.gql(Rules, { centerId: org.center('塔然高勒镇综治中心') }, hjAdmin);
    expect(rules.routingRules.find((r) => r.categoryCode === 'MEDICAL')).toMatchObject({ center: { name: '杭锦旗综治中心' }, leadAgency: { shortName: '司法局' } });
    const dispatcher = await t.login('hj.dispatcher');
    const c = (await t.gql(CaseCreate, {
      input: { centerId: org.center('塔然高勒镇综治中心'), kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'MEDICAL', title: '医疗纠纷', description: '手术后遗症', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '患者家属' }] },
    }, dispatcher)).caseCreate.case!;
    const s = await t.gql(Suggestion, { id: c.id }, dispatcher);
    const suggestion = s.node && 'dispatchSuggestion' in s.node ? s.node.dispatchSuggestion : null;
    expect(suggestion).toMatchObject({ leadAgency: { shortName: '司法局' }, cooperatingAgencies: [{ shortName: '心理服务' }] });
  });
});
