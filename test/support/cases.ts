import { graphql } from '../gql/index.js';
import type { TestHub } from './hub.js';

export const CaseFields = graphql(`
  fragment CaseFields on Case {
    id number trackingCode version status kind channel title amount riskLevel riskFlag overdue
    receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount
    center { name } originCenter { name } category { code }
    parties { id role type name idNumber phone headcount }
    assignments { role agency { shortName } mediator { name } }
    leadAgency { shortName } mediator { name }
  }
`);

export const CaseById = graphql(`
  query CaseById($id: ID!) {
    node(id: $id) {
      ... on Case {
        ...CaseFields
        history: assignments(includeEnded: true) { role endedAt endReason agency { shortName } mediator { name } }
        timeline(first: 100) { totalCount nodes { seq type label actorName fromStatus toStatus details } }
        sessions { method participants mediator { name } }
        agreement { totalAmount paidAmount outstandingAmount overdue instalments { seq dueDate amount paidAmount overdue paid } payments { amount paidDate note } confirmations { result requestedDate decisionDueDate decidedDate court { shortName } } }
        extensionRequests { id days status reason decidedByName }
        supervisions { id kind open instructions responseDueDate response raisedByName }
        feedback { satisfaction comment party { name } }
        links { link { type } other { number } }
      }
    }
  }
`);

export const CaseCreate = graphql(`
  mutation CaseCreate($input: CaseCreateInput!) { caseCreate(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseUpdate = graphql(`
  mutation CaseUpdate($input: CaseUpdateInput!) { caseUpdate(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CasePartyAdd = graphql(`
  mutation CasePartyAdd($input: CasePartyAddInput!) { casePartyAdd(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseDispatch = graphql(`
  mutation CaseDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseReassign = graphql(`
  mutation CaseReassign($input: CaseReassignInput!) { caseReassign(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseReject = graphql(`
  mutation CaseReject($input: CaseReasonInput!) { caseReject(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseWithdraw = graphql(`
  mutation CaseWithdraw($input: CaseReasonInput!) { caseWithdraw(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseEscalate = graphql(`
  mutation CaseEscalate($input: CaseReasonInput!) { caseEscalate(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseDelegate = graphql(`
  mutation CaseDelegate($input: CaseDelegateInput!) { caseDelegate(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseSession = graphql(`
  mutation CaseSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { session { method } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseAgreement = graphql(`
  mutation CaseAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { agreement { id totalAmount } case { ...CaseFields } userErrors { field message code } } }
`);
export const CasePayment = graphql(`
  mutation CasePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { payment { amount } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseConfirmationRequest = graphql(`
  mutation CaseConfirmationRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { confirmation { result decisionDueDate } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseConfirmationDecide = graphql(`
  mutation CaseConfirmationDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { confirmation { result } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseResolve = graphql(`
  mutation CaseResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseFail = graphql(`
  mutation CaseFail($input: CaseFailInput!) { caseFail(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseExtensionRequest = graphql(`
  mutation CaseExtensionRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { extensionRequest { id days status } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseExtensionDecide = graphql(`
  mutation CaseExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { extensionRequest { id status } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseSupervise = graphql(`
  mutation CaseSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { supervision { id kind } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseSupervisionAnswer = graphql(`
  mutation CaseSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { supervision { id open response } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseSweep = graphql(`mutation CaseSweep { caseSupervisionSweep { raised userErrors { code } } }`);
export const CaseFeedback = graphql(`
  mutation CaseFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { feedback { satisfaction } case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseClose = graphql(`
  mutation CaseClose($input: CaseCloseInput!) { caseClose(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseReopen = graphql(`
  mutation CaseReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { ...CaseFields } userErrors { field message code } } }
`);
export const CaseLinkDoc = graphql(`
  mutation CaseLinkCases($input: CaseLinkInput!) { caseLink(input: $input) { link { type } case { ...CaseFields } userErrors { field message code } } }
`);
export const Suggestion = graphql(`
  query Suggestion($id: ID!) {
    node(id: $id) { ... on Case { dispatchSuggestion { basis leadAgency { id shortName } cooperatingAgencies { id shortName }
      mediators { score openCases presentToday reasons mediator { id name } } } } }
  }
`);
export const Cases = graphql(`
  query CasesList($first: Int, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) { totalCount nodes { ...CaseFields } pageInfo { hasNextPage endCursor } }
  }
`);

const Org = graphql(`
  query Org {
    centers(first: 50) { nodes { id name } }
    agencies(first: 100) { nodes { id shortName center { name } } }
    mediators(first: 100) { nodes { id name } }
  }
`);

export interface OrgIds {
  center(name: string): string;
  agency(shortName: string, banner: 'hj' | 'yj'): string;
  mediator(name: string): string;
}

export async function orgIds(t: TestHub, token: string): Promise<OrgIds> {
  const org = await t.gql(Org, {}, token);
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what} in the demo data`);
    return value;
  };
  return {
    center: (name) => must(org.centers.nodes.find((c) => c.name === name), name).id,
    agency: (shortName, banner) => must(org.agencies.nodes.find((a) => a.shortName === shortName
      && a.center.name === (banner === 'hj' ? '杭锦旗综治中心' : '伊金霍洛旗综治中心')), shortName).id,
    mediator: (name) => must(org.mediators.nodes.find((m) => m.name === name), name).id,
  };
}
