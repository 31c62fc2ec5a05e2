/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConsoleSignIn($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken\n      user { id username displayName title homeCenter { id name divisionCode } roles { role agency { id shortName } mediator { id name } center { id name } } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ConsoleSignInDocument,
    "\n  mutation ConsoleRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { field message code } }\n  }\n": typeof types.ConsoleRenewDocument,
    "mutation ConsoleSignOut { sessionRevoke { revoked } }": typeof types.ConsoleSignOutDocument,
    "mutation ConsoleSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleSessionDocument,
    "mutation ConsoleAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleAgreementDocument,
    "mutation ConsolePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsolePaymentDocument,
    "mutation ConsoleConfirmRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleConfirmRequestDocument,
    "mutation ConsoleConfirmDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleConfirmDecideDocument,
    "mutation ConsoleExtRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleExtRequestDocument,
    "mutation ConsoleExtDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleExtDecideDocument,
    "mutation ConsoleSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleSuperviseDocument,
    "mutation ConsoleSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleSupervisionAnswerDocument,
    "mutation ConsoleFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleFeedbackDocument,
    "mutation ConsoleResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleResolveDocument,
    "mutation ConsoleFail($input: CaseFailInput!) { caseFail(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleFailDocument,
    "mutation ConsoleClose($input: CaseCloseInput!) { caseClose(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleCloseDocument,
    "mutation ConsoleReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { id version } userErrors { field message code } } }": typeof types.ConsoleReopenDocument,
    "query ConsoleCourts($centerId: ID!) { agencies(first: 50, filter: { centerSubtreeOf: $centerId, kinds: [COURT] }) { nodes { id shortName } } }": typeof types.ConsoleCourtsDocument,
    "\n  fragment ListCase on Case {\n    id number title status riskLevel overdue dueDate receivedAt updatedAt version headcount\n    category { nameZh } leadAgency { shortName } mediator { name }\n    supervisions { id open }\n  }\n": typeof types.ListCaseFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id number trackingCode version status kind channel title description place amount riskLevel riskReason overdue\n        receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount\n        center { id name } category { nameZh }\n        parties { id role type name headcount }\n        assignments { id role assignedAt agency { id shortName } mediator { id name } }\n        leadAgency { id shortName } mediator { id name }\n        sessions { id method heldAt participants notes mediator { name } recordedByName }\n        agreement {\n          terms totalAmount paidAmount outstandingAmount overdue effectiveDate\n          instalments { seq dueDate amount paidAmount overdue paid }\n          payments { id amount paidDate note }\n          confirmations { id result requestedDate decisionDueDate decidedDate court { shortName } }\n        }\n        extensionRequests { id days status reason requestedByName decidedByName decisionNote }\n        supervisions { id kind open instructions responseDueDate response raisedByName answeredByName version }\n        feedback { id satisfaction comment party { name } }\n        timeline(first: 100) { nodes { seq at type label actorName } }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CasePartiesFull($id: ID!) { node(id: $id) { ... on Case { parties { id idNumber phone } } } }\n": typeof types.CasePartiesFullDocument,
    "\n  subscription CasePageEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq } }\n": typeof types.CasePageEventsDocument,
    "\n  query AgencyCases($agencyId: ID!) {\n    cases(first: 100, filter: { agencyId: $agencyId }) { totalCount nodes { ...ListCase } }\n  }\n": typeof types.AgencyCasesDocument,
    "\n  subscription AgencyAssignments($agencyId: ID, $after: String) {\n    assignmentEvents(agencyId: $agencyId, after: $after) {\n      seq cursor at topic type label caseId caseNumber caseTitle\n      case { ...ListCase }\n    }\n  }\n": typeof types.AgencyAssignmentsDocument,
    "\n  query DispatchSuggestion($id: ID!, $centerId: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id version\n        dispatchSuggestion(limit: 5) {\n          basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n          mediators { score openCases presentToday reasons mediator { id name title studio capacity agency { shortName } } }\n        }\n      }\n    }\n    agencies(first: 100, filter: { centerSubtreeOf: $centerId }) { nodes { id shortName center { name } } }\n  }\n": typeof types.DispatchSuggestionDocument,
    "\n  mutation WorkbenchDispatch($input: CaseDispatchInput!) {\n    caseDispatch(input: $input) { case { id number status version leadAgency { shortName } } userErrors { field message code } }\n  }\n": typeof types.WorkbenchDispatchDocument,
    "query IntakeCategories { caseCategories { code nameZh } }": typeof types.IntakeCategoriesDocument,
    "\n  mutation IntakeCreate($input: CaseCreateInput!) {\n    caseCreate(input: $input) { case { id number trackingCode riskLevel } userErrors { field message code } }\n  }\n": typeof types.IntakeCreateDocument,
    "\n  query PublicDutiesPage($code: String!) { publicDuties(divisionCode: $code) { date kind slot name title room topics } }\n": typeof types.PublicDutiesPageDocument,
    "\n  query CitizenTrack($trackingCode: String!, $phone: String!) {\n    caseTrack(trackingCode: $trackingCode, phone: $phone) {\n      caseNumber centerName status statusLabel receivedAt dueDate handlingAgency nextStep milestones { at label }\n    }\n  }\n": typeof types.CitizenTrackDocument,
    "\n  query WorkbenchQueue($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      nodes { id number title status receivedAt riskLevel amount headcount version category { nameZh } center { name } }\n    }\n  }\n": typeof types.WorkbenchQueueDocument,
    "\n  subscription WorkbenchEvents($centerId: ID!, $after: String) {\n    centerEvents(centerId: $centerId, after: $after) { cursor type caseId }\n  }\n": typeof types.WorkbenchEventsDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleSignIn($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken\n      user { id username displayName title homeCenter { id name divisionCode } roles { role agency { id shortName } mediator { id name } center { id name } } }\n      userErrors { field message code }\n    }\n  }\n": types.ConsoleSignInDocument,
    "\n  mutation ConsoleRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { field message code } }\n  }\n": types.ConsoleRenewDocument,
    "mutation ConsoleSignOut { sessionRevoke { revoked } }": types.ConsoleSignOutDocument,
    "mutation ConsoleSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleSessionDocument,
    "mutation ConsoleAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleAgreementDocument,
    "mutation ConsolePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { case { id version } userErrors { field message code } } }": types.ConsolePaymentDocument,
    "mutation ConsoleConfirmRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleConfirmRequestDocument,
    "mutation ConsoleConfirmDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleConfirmDecideDocument,
    "mutation ConsoleExtRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleExtRequestDocument,
    "mutation ConsoleExtDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleExtDecideDocument,
    "mutation ConsoleSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleSuperviseDocument,
    "mutation ConsoleSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleSupervisionAnswerDocument,
    "mutation ConsoleFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleFeedbackDocument,
    "mutation ConsoleResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleResolveDocument,
    "mutation ConsoleFail($input: CaseFailInput!) { caseFail(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleFailDocument,
    "mutation ConsoleClose($input: CaseCloseInput!) { caseClose(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleCloseDocument,
    "mutation ConsoleReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { id version } userErrors { field message code } } }": types.ConsoleReopenDocument,
    "query ConsoleCourts($centerId: ID!) { agencies(first: 50, filter: { centerSubtreeOf: $centerId, kinds: [COURT] }) { nodes { id shortName } } }": types.ConsoleCourtsDocument,
    "\n  fragment ListCase on Case {\n    id number title status riskLevel overdue dueDate receivedAt updatedAt version headcount\n    category { nameZh } leadAgency { shortName } mediator { name }\n    supervisions { id open }\n  }\n": types.ListCaseFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id number trackingCode version status kind channel title description place amount riskLevel riskReason overdue\n        receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount\n        center { id name } category { nameZh }\n        parties { id role type name headcount }\n        assignments { id role assignedAt agency { id shortName } mediator { id name } }\n        leadAgency { id shortName } mediator { id name }\n        sessions { id method heldAt participants notes mediator { name } recordedByName }\n        agreement {\n          terms totalAmount paidAmount outstandingAmount overdue effectiveDate\n          instalments { seq dueDate amount paidAmount overdue paid }\n          payments { id amount paidDate note }\n          confirmations { id result requestedDate decisionDueDate decidedDate court { shortName } }\n        }\n        extensionRequests { id days status reason requestedByName decidedByName decisionNote }\n        supervisions { id kind open instructions responseDueDate response raisedByName answeredByName version }\n        feedback { id satisfaction comment party { name } }\n        timeline(first: 100) { nodes { seq at type label actorName } }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CasePartiesFull($id: ID!) { node(id: $id) { ... on Case { parties { id idNumber phone } } } }\n": types.CasePartiesFullDocument,
    "\n  subscription CasePageEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq } }\n": types.CasePageEventsDocument,
    "\n  query AgencyCases($agencyId: ID!) {\n    cases(first: 100, filter: { agencyId: $agencyId }) { totalCount nodes { ...ListCase } }\n  }\n": types.AgencyCasesDocument,
    "\n  subscription AgencyAssignments($agencyId: ID, $after: String) {\n    assignmentEvents(agencyId: $agencyId, after: $after) {\n      seq cursor at topic type label caseId caseNumber caseTitle\n      case { ...ListCase }\n    }\n  }\n": types.AgencyAssignmentsDocument,
    "\n  query DispatchSuggestion($id: ID!, $centerId: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id version\n        dispatchSuggestion(limit: 5) {\n          basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n          mediators { score openCases presentToday reasons mediator { id name title studio capacity agency { shortName } } }\n        }\n      }\n    }\n    agencies(first: 100, filter: { centerSubtreeOf: $centerId }) { nodes { id shortName center { name } } }\n  }\n": types.DispatchSuggestionDocument,
    "\n  mutation WorkbenchDispatch($input: CaseDispatchInput!) {\n    caseDispatch(input: $input) { case { id number status version leadAgency { shortName } } userErrors { field message code } }\n  }\n": types.WorkbenchDispatchDocument,
    "query IntakeCategories { caseCategories { code nameZh } }": types.IntakeCategoriesDocument,
    "\n  mutation IntakeCreate($input: CaseCreateInput!) {\n    caseCreate(input: $input) { case { id number trackingCode riskLevel } userErrors { field message code } }\n  }\n": types.IntakeCreateDocument,
    "\n  query PublicDutiesPage($code: String!) { publicDuties(divisionCode: $code) { date kind slot name title room topics } }\n": types.PublicDutiesPageDocument,
    "\n  query CitizenTrack($trackingCode: String!, $phone: String!) {\n    caseTrack(trackingCode: $trackingCode, phone: $phone) {\n      caseNumber centerName status statusLabel receivedAt dueDate handlingAgency nextStep milestones { at label }\n    }\n  }\n": types.CitizenTrackDocument,
    "\n  query WorkbenchQueue($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      nodes { id number title status receivedAt riskLevel amount headcount version category { nameZh } center { name } }\n    }\n  }\n": types.WorkbenchQueueDocument,
    "\n  subscription WorkbenchEvents($centerId: ID!, $after: String) {\n    centerEvents(centerId: $centerId, after: $after) { cursor type caseId }\n  }\n": types.WorkbenchEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignIn($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken\n      user { id username displayName title homeCenter { id name divisionCode } roles { role agency { id shortName } mediator { id name } center { id name } } }\n      userErrors { field message code }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { field message code } }\n  }\n"): typeof import('./graphql.js').ConsoleRenewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSignOut { sessionRevoke { revoked } }"): typeof import('./graphql.js').ConsoleSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsolePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsolePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleConfirmRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleConfirmRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleConfirmDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleConfirmDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleExtRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleExtRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleExtDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleExtDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleSuperviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleSupervisionAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleFail($input: CaseFailInput!) { caseFail(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleFailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleClose($input: CaseCloseInput!) { caseClose(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { id version } userErrors { field message code } } }"): typeof import('./graphql.js').ConsoleReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleCourts($centerId: ID!) { agencies(first: 50, filter: { centerSubtreeOf: $centerId, kinds: [COURT] }) { nodes { id shortName } } }"): typeof import('./graphql.js').ConsoleCourtsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListCase on Case {\n    id number title status riskLevel overdue dueDate receivedAt updatedAt version headcount\n    category { nameZh } leadAgency { shortName } mediator { name }\n    supervisions { id open }\n  }\n"): typeof import('./graphql.js').ListCaseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id number trackingCode version status kind channel title description place amount riskLevel riskReason overdue\n        receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount\n        center { id name } category { nameZh }\n        parties { id role type name headcount }\n        assignments { id role assignedAt agency { id shortName } mediator { id name } }\n        leadAgency { id shortName } mediator { id name }\n        sessions { id method heldAt participants notes mediator { name } recordedByName }\n        agreement {\n          terms totalAmount paidAmount outstandingAmount overdue effectiveDate\n          instalments { seq dueDate amount paidAmount overdue paid }\n          payments { id amount paidDate note }\n          confirmations { id result requestedDate decisionDueDate decidedDate court { shortName } }\n        }\n        extensionRequests { id days status reason requestedByName decidedByName decisionNote }\n        supervisions { id kind open instructions responseDueDate response raisedByName answeredByName version }\n        feedback { id satisfaction comment party { name } }\n        timeline(first: 100) { nodes { seq at type label actorName } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePartiesFull($id: ID!) { node(id: $id) { ... on Case { parties { id idNumber phone } } } }\n"): typeof import('./graphql.js').CasePartiesFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CasePageEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq } }\n"): typeof import('./graphql.js').CasePageEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyCases($agencyId: ID!) {\n    cases(first: 100, filter: { agencyId: $agencyId }) { totalCount nodes { ...ListCase } }\n  }\n"): typeof import('./graphql.js').AgencyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyAssignments($agencyId: ID, $after: String) {\n    assignmentEvents(agencyId: $agencyId, after: $after) {\n      seq cursor at topic type label caseId caseNumber caseTitle\n      case { ...ListCase }\n    }\n  }\n"): typeof import('./graphql.js').AgencyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchSuggestion($id: ID!, $centerId: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id version\n        dispatchSuggestion(limit: 5) {\n          basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n          mediators { score openCases presentToday reasons mediator { id name title studio capacity agency { shortName } } }\n        }\n      }\n    }\n    agencies(first: 100, filter: { centerSubtreeOf: $centerId }) { nodes { id shortName center { name } } }\n  }\n"): typeof import('./graphql.js').DispatchSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkbenchDispatch($input: CaseDispatchInput!) {\n    caseDispatch(input: $input) { case { id number status version leadAgency { shortName } } userErrors { field message code } }\n  }\n"): typeof import('./graphql.js').WorkbenchDispatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntakeCategories { caseCategories { code nameZh } }"): typeof import('./graphql.js').IntakeCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeCreate($input: CaseCreateInput!) {\n    caseCreate(input: $input) { case { id number trackingCode riskLevel } userErrors { field message code } }\n  }\n"): typeof import('./graphql.js').IntakeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDutiesPage($code: String!) { publicDuties(divisionCode: $code) { date kind slot name title room topics } }\n"): typeof import('./graphql.js').PublicDutiesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenTrack($trackingCode: String!, $phone: String!) {\n    caseTrack(trackingCode: $trackingCode, phone: $phone) {\n      caseNumber centerName status statusLabel receivedAt dueDate handlingAgency nextStep milestones { at label }\n    }\n  }\n"): typeof import('./graphql.js').CitizenTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchQueue($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      nodes { id number title status receivedAt riskLevel amount headcount version category { nameZh } center { name } }\n    }\n  }\n"): typeof import('./graphql.js').WorkbenchQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkbenchEvents($centerId: ID!, $after: String) {\n    centerEvents(centerId: $centerId, after: $after) { cursor type caseId }\n  }\n"): typeof import('./graphql.js').WorkbenchEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
