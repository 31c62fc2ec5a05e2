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
    "\n  mutation ConsoleLinkSign($path: String!) {\n    linkSign(input: { path: $path }) { url expiresAt userErrors { field code message } }\n  }\n": typeof types.ConsoleLinkSignDocument,
    "\n  subscription BigScreenCounters($centerId: ID) {\n    ledgerCounters(centerId: $centerId) { at openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received dispatched resolved } thisYear { received resolutionRate } }\n  }\n": typeof types.BigScreenCountersDocument,
    "subscription BigScreenDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date duties { kind slot name title room } } }": typeof types.BigScreenDutiesDocument,
    "subscription BigScreenEvents($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { seq cursor at topic type label caseNumber caseTitle } }": typeof types.BigScreenEventsDocument,
    "\n  query BigScreenMonth($centerId: ID, $date: Date!, $today: Date!) {\n    byCategory: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: CATEGORY) { totals { received resolved resolutionRate } groups { label figures { received } } }\n    byAgency: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: AGENCY) { groups { label figures { received } } }\n    stationings(first: 50, filter: { centerId: $centerId, activeOn: $today }) { nodes { id mode windowNumber agency { shortName } } }\n  }\n": typeof types.BigScreenMonthDocument,
    "query BigScreenPresence($id: ID!, $day: Date!) { presenceDays(stationingId: $id, from: $day, to: $day) }": typeof types.BigScreenPresenceDocument,
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
    "\n  query BoardCases($filter: CaseFilter!) {\n    cases(first: 100, filter: $filter) { totalCount nodes { ...ListCase } }\n  }\n": typeof types.BoardCasesDocument,
    "\n  subscription BoardAssignments($agencyId: ID, $mediatorId: ID, $after: String) {\n    assignmentEvents(agencyId: $agencyId, mediatorId: $mediatorId, after: $after) {\n      seq cursor at topic type label caseId caseNumber caseTitle\n      case { ...ListCase }\n    }\n  }\n": typeof types.BoardAssignmentsDocument,
    "\n  query DispatchSuggestion($id: ID!, $centerId: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id version title\n        dispatchSuggestion(limit: 5) {\n          basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n          mediators { score openCases presentToday reasons mediator { id name title studio capacity agency { shortName } } }\n        }\n      }\n    }\n    agencies(first: 100, filter: { centerSubtreeOf: $centerId }) { nodes { id shortName center { name } } }\n  }\n": typeof types.DispatchSuggestionDocument,
    "\n  mutation WorkbenchDispatch($input: CaseDispatchInput!) {\n    caseDispatch(input: $input) { case { id number status version leadAgency { shortName } } userErrors { field message code } }\n  }\n": typeof types.WorkbenchDispatchDocument,
    "query IntakeCategories { caseCategories { code nameZh } }": typeof types.IntakeCategoriesDocument,
    "\n  mutation IntakeCreate($input: CaseCreateInput!) {\n    caseCreate(input: $input) { case { id number trackingCode riskLevel } userErrors { field message code } }\n  }\n": typeof types.IntakeCreateDocument,
    "\n  query LeaderAttention($centerId: ID!) {\n    open: cases(first: 100, filter: { centerSubtreeOf: $centerId, statuses: [DISPATCHED, IN_PROGRESS] }) {\n      nodes { ...ListCase extensionRequests { id days reason status requestedByName } }\n    }\n  }\n": typeof types.LeaderAttentionDocument,
    "\n  subscription LeaderAlerts($centerId: ID, $after: String) {\n    supervisionAlerts(centerId: $centerId, after: $after) { seq cursor at topic type label caseId caseNumber caseTitle }\n  }\n": typeof types.LeaderAlertsDocument,
    "mutation LeaderExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id } userErrors { field message code } } }": typeof types.LeaderExtensionDecideDocument,
    "mutation LeaderSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id } userErrors { field message code } } }": typeof types.LeaderSuperviseDocument,
    "\n  query LedgerPage($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {\n    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {\n      from to\n      totals { received dispatched resolved failed open overdue supervisions resolutionRate satisfactionRate dispatchedWithin15MinutesRate }\n      groups { key label figures { received dispatched resolved failed open overdue resolutionRate } }\n    }\n  }\n": typeof types.LedgerPageDocument,
    "\n  query PublicDutiesPage($code: String!) { publicDuties(divisionCode: $code) { date kind slot name title room topics } }\n": typeof types.PublicDutiesPageDocument,
    "\n  query RosterOpenSwaps($centerId: ID!) {\n    dutySwaps(centerId: $centerId, status: [REQUESTED, ACCEPTED], first: 50) {\n      nodes { id version status reason createdAt requestedById counterpartId fromDuty { date kind leaderName } toDuty { date kind leaderName } }\n    }\n  }\n": typeof types.RosterOpenSwapsDocument,
    "mutation RosterSwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field message code } } }": typeof types.RosterSwapAnswerDocument,
    "mutation RosterSwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status } userErrors { field message code } } }": typeof types.RosterSwapDecideDocument,
    "mutation RosterGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id } userErrors { field message code } } }": typeof types.RosterGenerateDocument,
    "mutation RosterLeave($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { id } userErrors { field message code } } }": typeof types.RosterLeaveDocument,
    "mutation RosterSwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field message code } } }": typeof types.RosterSwapRequestDocument,
    "mutation RosterPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field message code } } }": typeof types.RosterPublishDocument,
    "\n  query RosterMonth($centerId: ID!, $from: Date!, $to: Date!, $pastFrom: Date!) {\n    duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderId leaderName leaderTitle manual room topics }\n    known: duties(centerId: $centerId, from: $pastFrom, to: $to) { leaderId leaderName leaderTitle }\n    calendarDays(from: $from, to: $to) { date kind name }\n    rosterCheck(centerId: $centerId, from: $from, to: $to) { date kind message }\n    rotaPublicationNumber(centerId: $centerId)\n  }\n": typeof types.RosterMonthDocument,
    "mutation RosterDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field message code } } }": typeof types.RosterDutySetDocument,
    "subscription RosterLive($centerId: ID!, $after: String) { rosterChanges(centerId: $centerId, after: $after) { cursor type } }": typeof types.RosterLiveDocument,
    "\n  query CitizenTrack($trackingCode: String!, $phone: String!) {\n    caseTrack(trackingCode: $trackingCode, phone: $phone) {\n      caseNumber centerName status statusLabel receivedAt dueDate handlingAgency nextStep milestones { at label }\n    }\n  }\n": typeof types.CitizenTrackDocument,
    "\n  query WorkbenchQueue($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      nodes { id number title status receivedAt riskLevel amount headcount version category { nameZh } center { name } }\n    }\n  }\n": typeof types.WorkbenchQueueDocument,
    "\n  subscription WorkbenchEvents($centerId: ID!, $after: String) {\n    centerEvents(centerId: $centerId, after: $after) { cursor type caseId }\n  }\n": typeof types.WorkbenchEventsDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleSignIn($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken\n      user { id username displayName title homeCenter { id name divisionCode } roles { role agency { id shortName } mediator { id name } center { id name } } }\n      userErrors { field message code }\n    }\n  }\n": types.ConsoleSignInDocument,
    "\n  mutation ConsoleRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { field message code } }\n  }\n": types.ConsoleRenewDocument,
    "mutation ConsoleSignOut { sessionRevoke { revoked } }": types.ConsoleSignOutDocument,
    "\n  mutation ConsoleLinkSign($path: String!) {\n    linkSign(input: { path: $path }) { url expiresAt userErrors { field code message } }\n  }\n": types.ConsoleLinkSignDocument,
    "\n  subscription BigScreenCounters($centerId: ID) {\n    ledgerCounters(centerId: $centerId) { at openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received dispatched resolved } thisYear { received resolutionRate } }\n  }\n": types.BigScreenCountersDocument,
    "subscription BigScreenDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date duties { kind slot name title room } } }": types.BigScreenDutiesDocument,
    "subscription BigScreenEvents($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { seq cursor at topic type label caseNumber caseTitle } }": types.BigScreenEventsDocument,
    "\n  query BigScreenMonth($centerId: ID, $date: Date!, $today: Date!) {\n    byCategory: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: CATEGORY) { totals { received resolved resolutionRate } groups { label figures { received } } }\n    byAgency: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: AGENCY) { groups { label figures { received } } }\n    stationings(first: 50, filter: { centerId: $centerId, activeOn: $today }) { nodes { id mode windowNumber agency { shortName } } }\n  }\n": types.BigScreenMonthDocument,
    "query BigScreenPresence($id: ID!, $day: Date!) { presenceDays(stationingId: $id, from: $day, to: $day) }": types.BigScreenPresenceDocument,
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
    "\n  query BoardCases($filter: CaseFilter!) {\n    cases(first: 100, filter: $filter) { totalCount nodes { ...ListCase } }\n  }\n": types.BoardCasesDocument,
    "\n  subscription BoardAssignments($agencyId: ID, $mediatorId: ID, $after: String) {\n    assignmentEvents(agencyId: $agencyId, mediatorId: $mediatorId, after: $after) {\n      seq cursor at topic type label caseId caseNumber caseTitle\n      case { ...ListCase }\n    }\n  }\n": types.BoardAssignmentsDocument,
    "\n  query DispatchSuggestion($id: ID!, $centerId: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id version title\n        dispatchSuggestion(limit: 5) {\n          basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n          mediators { score openCases presentToday reasons mediator { id name title studio capacity agency { shortName } } }\n        }\n      }\n    }\n    agencies(first: 100, filter: { centerSubtreeOf: $centerId }) { nodes { id shortName center { name } } }\n  }\n": types.DispatchSuggestionDocument,
    "\n  mutation WorkbenchDispatch($input: CaseDispatchInput!) {\n    caseDispatch(input: $input) { case { id number status version leadAgency { shortName } } userErrors { field message code } }\n  }\n": types.WorkbenchDispatchDocument,
    "query IntakeCategories { caseCategories { code nameZh } }": types.IntakeCategoriesDocument,
    "\n  mutation IntakeCreate($input: CaseCreateInput!) {\n    caseCreate(input: $input) { case { id number trackingCode riskLevel } userErrors { field message code } }\n  }\n": types.IntakeCreateDocument,
    "\n  query LeaderAttention($centerId: ID!) {\n    open: cases(first: 100, filter: { centerSubtreeOf: $centerId, statuses: [DISPATCHED, IN_PROGRESS] }) {\n      nodes { ...ListCase extensionRequests { id days reason status requestedByName } }\n    }\n  }\n": types.LeaderAttentionDocument,
    "\n  subscription LeaderAlerts($centerId: ID, $after: String) {\n    supervisionAlerts(centerId: $centerId, after: $after) { seq cursor at topic type label caseId caseNumber caseTitle }\n  }\n": types.LeaderAlertsDocument,
    "mutation LeaderExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id } userErrors { field message code } } }": types.LeaderExtensionDecideDocument,
    "mutation LeaderSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id } userErrors { field message code } } }": types.LeaderSuperviseDocument,
    "\n  query LedgerPage($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {\n    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {\n      from to\n      totals { received dispatched resolved failed open overdue supervisions resolutionRate satisfactionRate dispatchedWithin15MinutesRate }\n      groups { key label figures { received dispatched resolved failed open overdue resolutionRate } }\n    }\n  }\n": types.LedgerPageDocument,
    "\n  query PublicDutiesPage($code: String!) { publicDuties(divisionCode: $code) { date kind slot name title room topics } }\n": types.PublicDutiesPageDocument,
    "\n  query RosterOpenSwaps($centerId: ID!) {\n    dutySwaps(centerId: $centerId, status: [REQUESTED, ACCEPTED], first: 50) {\n      nodes { id version status reason createdAt requestedById counterpartId fromDuty { date kind leaderName } toDuty { date kind leaderName } }\n    }\n  }\n": types.RosterOpenSwapsDocument,
    "mutation RosterSwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field message code } } }": types.RosterSwapAnswerDocument,
    "mutation RosterSwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status } userErrors { field message code } } }": types.RosterSwapDecideDocument,
    "mutation RosterGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id } userErrors { field message code } } }": types.RosterGenerateDocument,
    "mutation RosterLeave($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { id } userErrors { field message code } } }": types.RosterLeaveDocument,
    "mutation RosterSwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field message code } } }": types.RosterSwapRequestDocument,
    "mutation RosterPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field message code } } }": types.RosterPublishDocument,
    "\n  query RosterMonth($centerId: ID!, $from: Date!, $to: Date!, $pastFrom: Date!) {\n    duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderId leaderName leaderTitle manual room topics }\n    known: duties(centerId: $centerId, from: $pastFrom, to: $to) { leaderId leaderName leaderTitle }\n    calendarDays(from: $from, to: $to) { date kind name }\n    rosterCheck(centerId: $centerId, from: $from, to: $to) { date kind message }\n    rotaPublicationNumber(centerId: $centerId)\n  }\n": types.RosterMonthDocument,
    "mutation RosterDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field message code } } }": types.RosterDutySetDocument,
    "subscription RosterLive($centerId: ID!, $after: String) { rosterChanges(centerId: $centerId, after: $after) { cursor type } }": types.RosterLiveDocument,
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
export function graphql(source: "\n  mutation ConsoleLinkSign($path: String!) {\n    linkSign(input: { path: $path }) { url expiresAt userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').ConsoleLinkSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BigScreenCounters($centerId: ID) {\n    ledgerCounters(centerId: $centerId) { at openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received dispatched resolved } thisYear { received resolutionRate } }\n  }\n"): typeof import('./graphql.js').BigScreenCountersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BigScreenDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date duties { kind slot name title room } } }"): typeof import('./graphql.js').BigScreenDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BigScreenEvents($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { seq cursor at topic type label caseNumber caseTitle } }"): typeof import('./graphql.js').BigScreenEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BigScreenMonth($centerId: ID, $date: Date!, $today: Date!) {\n    byCategory: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: CATEGORY) { totals { received resolved resolutionRate } groups { label figures { received } } }\n    byAgency: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: AGENCY) { groups { label figures { received } } }\n    stationings(first: 50, filter: { centerId: $centerId, activeOn: $today }) { nodes { id mode windowNumber agency { shortName } } }\n  }\n"): typeof import('./graphql.js').BigScreenMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BigScreenPresence($id: ID!, $day: Date!) { presenceDays(stationingId: $id, from: $day, to: $day) }"): typeof import('./graphql.js').BigScreenPresenceDocument;
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
export function graphql(source: "\n  query BoardCases($filter: CaseFilter!) {\n    cases(first: 100, filter: $filter) { totalCount nodes { ...ListCase } }\n  }\n"): typeof import('./graphql.js').BoardCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardAssignments($agencyId: ID, $mediatorId: ID, $after: String) {\n    assignmentEvents(agencyId: $agencyId, mediatorId: $mediatorId, after: $after) {\n      seq cursor at topic type label caseId caseNumber caseTitle\n      case { ...ListCase }\n    }\n  }\n"): typeof import('./graphql.js').BoardAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchSuggestion($id: ID!, $centerId: ID!) {\n    node(id: $id) {\n      ... on Case {\n        id version title\n        dispatchSuggestion(limit: 5) {\n          basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n          mediators { score openCases presentToday reasons mediator { id name title studio capacity agency { shortName } } }\n        }\n      }\n    }\n    agencies(first: 100, filter: { centerSubtreeOf: $centerId }) { nodes { id shortName center { name } } }\n  }\n"): typeof import('./graphql.js').DispatchSuggestionDocument;
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
export function graphql(source: "\n  query LeaderAttention($centerId: ID!) {\n    open: cases(first: 100, filter: { centerSubtreeOf: $centerId, statuses: [DISPATCHED, IN_PROGRESS] }) {\n      nodes { ...ListCase extensionRequests { id days reason status requestedByName } }\n    }\n  }\n"): typeof import('./graphql.js').LeaderAttentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeaderAlerts($centerId: ID, $after: String) {\n    supervisionAlerts(centerId: $centerId, after: $after) { seq cursor at topic type label caseId caseNumber caseTitle }\n  }\n"): typeof import('./graphql.js').LeaderAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaderExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id } userErrors { field message code } } }"): typeof import('./graphql.js').LeaderExtensionDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaderSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id } userErrors { field message code } } }"): typeof import('./graphql.js').LeaderSuperviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPage($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {\n    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {\n      from to\n      totals { received dispatched resolved failed open overdue supervisions resolutionRate satisfactionRate dispatchedWithin15MinutesRate }\n      groups { key label figures { received dispatched resolved failed open overdue resolutionRate } }\n    }\n  }\n"): typeof import('./graphql.js').LedgerPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDutiesPage($code: String!) { publicDuties(divisionCode: $code) { date kind slot name title room topics } }\n"): typeof import('./graphql.js').PublicDutiesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterOpenSwaps($centerId: ID!) {\n    dutySwaps(centerId: $centerId, status: [REQUESTED, ACCEPTED], first: 50) {\n      nodes { id version status reason createdAt requestedById counterpartId fromDuty { date kind leaderName } toDuty { date kind leaderName } }\n    }\n  }\n"): typeof import('./graphql.js').RosterOpenSwapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterSwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field message code } } }"): typeof import('./graphql.js').RosterSwapAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterSwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status } userErrors { field message code } } }"): typeof import('./graphql.js').RosterSwapDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id } userErrors { field message code } } }"): typeof import('./graphql.js').RosterGenerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterLeave($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { id } userErrors { field message code } } }"): typeof import('./graphql.js').RosterLeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterSwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field message code } } }"): typeof import('./graphql.js').RosterSwapRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field message code } } }"): typeof import('./graphql.js').RosterPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterMonth($centerId: ID!, $from: Date!, $to: Date!, $pastFrom: Date!) {\n    duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderId leaderName leaderTitle manual room topics }\n    known: duties(centerId: $centerId, from: $pastFrom, to: $to) { leaderId leaderName leaderTitle }\n    calendarDays(from: $from, to: $to) { date kind name }\n    rosterCheck(centerId: $centerId, from: $from, to: $to) { date kind message }\n    rotaPublicationNumber(centerId: $centerId)\n  }\n"): typeof import('./graphql.js').RosterMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field message code } } }"): typeof import('./graphql.js').RosterDutySetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RosterLive($centerId: ID!, $after: String) { rosterChanges(centerId: $centerId, after: $after) { cursor type } }"): typeof import('./graphql.js').RosterLiveDocument;
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
