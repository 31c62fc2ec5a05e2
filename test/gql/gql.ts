/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.NodesByIdDocument,
    "query ApiCategories { caseCategories { code nameZh nameEn } }": typeof types.ApiCategoriesDocument,
    "query ApiMe { viewer { id username } }": typeof types.ApiMeDocument,
    "query ProvisionalDeadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }": typeof types.ProvisionalDeadlineDocument,
    "query CalendarYearOf($year: Int!) { calendarYear(year: $year) { year provisional notice basis statutoryHolidays { date name } days { date kind name } } }": typeof types.CalendarYearOfDocument,
    "\n  mutation CalendarYearSet($input: CalendarYearSetInput!) {\n    calendarYearSet(input: $input) { calendarYear { year provisional notice } recalculatedCases unverifiedCases userErrors { field code message } }\n  }\n": typeof types.CalendarYearSetDocument,
    "query ProvisionalRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }": typeof types.ProvisionalRosterCheckDocument,
    "\n  mutation ProvisionalDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date } warnings { year message } userErrors { field code } } }\n": typeof types.ProvisionalDutyGenerateDocument,
    "query ProvisionalCalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }": typeof types.ProvisionalCalendarDaysDocument,
    "query ProvisionalCaseFlag($id: ID!) { node(id: $id) { ... on Case { acceptDueDate dueDate dueDateProvisional } } }": typeof types.ProvisionalCaseFlagDocument,
    "subscription ProvisionalCaseStream($caseId: ID!) { caseEvents(caseId: $caseId) { type details } }": typeof types.ProvisionalCaseStreamDocument,
    "query Deadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }": typeof types.DeadlineDocument,
    "query CalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }": typeof types.CalendarDaysDocument,
    "\n  mutation CalendarDaySet($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { calendarDay { date kind name } userErrors { field code message } } }\n": typeof types.CalendarDaySetDocument,
    "mutation CalendarDayRemove($date: Date!) { calendarDayRemove(date: $date) { removed userErrors { code } } }": typeof types.CalendarDayRemoveDocument,
    "query Policies { timeLimitPolicies { kind categoryCode acceptDays acceptDayCount finishDays finishDayCount maxExtensions maxExtensionDays basis } }": typeof types.PoliciesDocument,
    "\n  mutation PolicySet($input: TimeLimitPolicySetInput!) { timeLimitPolicySet(input: $input) { timeLimitPolicy { kind categoryCode acceptDays } userErrors { field code } } }\n": typeof types.PolicySetDocument,
    "\n  mutation CalendarIntake($input: CaseCreateInput!) { caseCreate(input: $input) { case { number receivedAt acceptDueDate kind } userErrors { field code message } } }\n": typeof types.CalendarIntakeDocument,
    "\n  query NewestIds($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.NewestIdsDocument,
    "query NewestCaseById($id: ID!) { node(id: $id) { id } }": typeof types.NewestCaseByIdDocument,
    "query SameSource($id: ID!) { node(id: $id) { ... on Case { sameSourceSuggestions { reasons case { id number } } } } }": typeof types.SameSourceDocument,
    "\n    query ListTimelines { cases(first: 50) { nodes { id timeline(first: 2) { nodes { seq } pageInfo { hasNextPage endCursor } } } } }\n  ": typeof types.ListTimelinesDocument,
    "query TimelineRest($id: ID!, $after: String) { node(id: $id) { ... on Case { timeline(first: 100, after: $after) { nodes { seq } } } } }": typeof types.TimelineRestDocument,
    "query TimelineAll($id: ID!) { node(id: $id) { ... on Case { timeline(first: 100) { nodes { seq } } } } }": typeof types.TimelineAllDocument,
    "mutation StoryUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }": typeof types.StoryUserCreateDocument,
    "mutation StoryGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { message } } }": typeof types.StoryGrantDocument,
    "mutation LaozhangLogin { sessionCreate(input: { username: \"yj.laozhang\", password: \"Mediator-2025\" }) { accessToken } }": typeof types.LaozhangLoginDocument,
    "\n  mutation CategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id code nameZh version archivedAt } userErrors { field code message } } }\n": typeof types.CategoryCreateDocument,
    "\n  mutation CategoryUpdate($input: CategoryUpdateInput!) { categoryUpdate(input: $input) { category { code archivedAt } userErrors { field code } } }\n": typeof types.CategoryUpdateDocument,
    "\n  mutation RuleSet($input: RoutingRuleSetInput!) {\n    routingRuleSet(input: $input) { routingRule { id categoryCode center { name } leadAgency { shortName } cooperatingAgencies { shortName } } userErrors { field code message } }\n  }\n": typeof types.RuleSetDocument,
    "query Rules($centerId: ID!) { routingRules(centerId: $centerId) { categoryCode center { name } leadAgency { shortName } } }": typeof types.RulesDocument,
    "query FollowupTrack($code: String!, $phone: String!) { caseTrack(trackingCode: $code, phone: $phone) { status version canWithdraw canRate milestones { label } } }": typeof types.FollowupTrackDocument,
    "mutation FollowupWithdraw($input: CaseCitizenWithdrawInput!) { caseCitizenWithdraw(input: $input) { tracking { status version canWithdraw nextStep } userErrors { field code message } } }": typeof types.FollowupWithdrawDocument,
    "mutation FollowupRate($input: CaseCitizenRateInput!) { caseCitizenRate(input: $input) { tracking { status canRate milestones { label } } userErrors { field code message } } }": typeof types.FollowupRateDocument,
    "query FollowupTimeline($id: ID!) { node(id: $id) { ... on Case { status feedback { satisfaction comment party { name } } timeline(first: 50) { nodes { type actorName details } } } } }": typeof types.FollowupTimelineDocument,
    "query FollowupLedger($centerId: ID, $period: LedgerPeriodInput!) { ledger(centerId: $centerId, period: $period) { totals { feedbacks withdrawn } } }": typeof types.FollowupLedgerDocument,
    "subscription FollowupEvents($centerId: ID!) { centerEvents(centerId: $centerId) { type caseNumber details } }": typeof types.FollowupEventsDocument,
    "subscription ClusterStream { assignmentEvents { topic type caseNumber cursor } }": typeof types.ClusterStreamDocument,
    "subscription ClusterResume($after: String) { assignmentEvents(after: $after) { topic type caseNumber cursor } }": typeof types.ClusterResumeDocument,
    "query ClusterIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }": typeof types.ClusterIdsDocument,
    "mutation ConsoleTestLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }": typeof types.ConsoleTestLoginDocument,
    "mutation ConsoleTestRenew($input: SessionRenewInput!) { sessionRenew(input: $input) { accessToken userErrors { code } } }": typeof types.ConsoleTestRenewDocument,
    "query SwapScreenLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": typeof types.SwapScreenLeadersDocument,
    "mutation SwapScreenDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }": typeof types.SwapScreenDutySetDocument,
    "mutation SwapScreenRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id } userErrors { field code message } } }": typeof types.SwapScreenRequestDocument,
    "query SwapScreenDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to, kind: RECEPTION) { date leaderName } }": typeof types.SwapScreenDutiesDocument,
    "subscription ProcDispatchAlerts($after: String) { dispatchAlerts(after: $after) { cursor topic type caseNumber details } }": typeof types.ProcDispatchAlertsDocument,
    "query ProcHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }": typeof types.ProcHangjinDocument,
    "mutation ProcTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds } userErrors { code } } }": typeof types.ProcTargetSetDocument,
    "query DayLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": typeof types.DayLeadersDocument,
    "mutation DaySetDuty($input: DutySetInput!) { dutySet(input: $input) { duty { id version } userErrors { field code message } } }": typeof types.DaySetDutyDocument,
    "query DayPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": typeof types.DayPublicationNumberDocument,
    "mutation DayRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": typeof types.DayRotaPublishDocument,
    "\n  query DayBoard($centerId: ID!, $date: Date) {\n    dayBoard(centerId: $centerId, date: $date) {\n      date receivedTodayCount waitingCount reason\n      receivedToday { number }\n      waitingForDispatch { minutesWaited case { number } }\n      highRisk { number riskLevel } overdue { number } openSupervisions { instructions }\n      agenciesPresent { mode windowNumber agency { shortName } }\n      leadersReceiving { name } buildingManager { name title }\n    }\n  }\n": typeof types.DayBoardDocument,
    "subscription DayBoardUpdates($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason waitingCount waitingForDispatch { case { number } } buildingManager { name } } }": typeof types.DayBoardUpdatesDocument,
    "subscription DayDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { type caseNumber details } }": typeof types.DayDispatchAlertsDocument,
    "mutation DayTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds version } userErrors { field code message } } }": typeof types.DayTargetSetDocument,
    "query DayTarget($id: ID!) { node(id: $id) { ... on Center { dispatchTargetSeconds } } }": typeof types.DayTargetDocument,
    "query DayTimeline($id: ID!) { node(id: $id) { ... on Case { timeline(first: 50) { nodes { type actingAs details } } } } }": typeof types.DayTimelineDocument,
    "query DayStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }": typeof types.DayStationingsDocument,
    "mutation DayPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }": typeof types.DayPresenceSetDocument,
    "mutation DayPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date planned published agencyName } userErrors { field code message } } }": typeof types.DayPresenceDaySetDocument,
    "mutation DayPresencePublish($input: PresencePublishInput!) { presencePublish(input: $input) { publication { number days } userErrors { field code message } } }": typeof types.DayPresencePublishDocument,
    "query DayPresenceNumber($centerId: ID!) { presencePublicationNumber(centerId: $centerId) }": typeof types.DayPresenceNumberDocument,
    "mutation DayMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }": typeof types.DayMediatorCreateDocument,
    "mutation DayRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { userErrors { field code message } } }": typeof types.DayRoleGrantDocument,
    "query DayPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { date agencyName planned published } }": typeof types.DayPresenceRotaDocument,
    "query DualLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": typeof types.DualLeadersDocument,
    "mutation DualDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }": typeof types.DualDutySetDocument,
    "query DualPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": typeof types.DualPublicationNumberDocument,
    "mutation DualPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": typeof types.DualPublishDocument,
    "\n  mutation Receive($input: ReceptionRecordInput!) {\n    receptionRecord(input: $input) {\n      reception { id onDuty offDutyReason outcome headcount leaderName petitioners { name headcount representative } cases { number } }\n      case { id version number kind channel headcount status parties { name headcount representative } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ReceiveDocument,
    "\n  mutation Take($input: CaseLeaderInChargeTakeInput!) {\n    caseLeaderInChargeTake(input: $input) { case { id version leaderInCharge { leaderName source } } userErrors { field code message } }\n  }\n": typeof types.TakeDocument,
    "query InCharge { myCasesInCharge(first: 20) { totalCount nodes { id number leaderInCharge { leaderName } } } }": typeof types.InChargeDocument,
    "query Loads($centerId: ID!) { leaderLoads(centerId: $centerId) { name openCases overdueCases } }": typeof types.LoadsDocument,
    "subscription InChargeEvents { casesInChargeEvents { type caseId } }": typeof types.InChargeEventsDocument,
    "\n  query DualLedger($centerId: ID!) {\n    ledger(centerId: $centerId, period: { kind: DAY, date: \"2027-03-02\" }) {\n      receptions { receptions people offDuty byOutcome { outcome receptions } byLeader { name receptions offDuty } }\n      jointMeetings { meetings decisions instructions doneOnTime doneLate overdue pending }\n    }\n  }\n": typeof types.DualLedgerDocument,
    "query DualTimeline($id: ID!) { node(id: $id) { ... on Case { version receptions { leaderName } timeline(first: 100) { nodes { type details } } } } }": typeof types.DualTimelineDocument,
    "query DualSearch($search: String!) { cases(first: 5, filter: { search: $search }) { nodes { id version number } } }": typeof types.DualSearchDocument,
    "\n  mutation Schedule($input: JointMeetingScheduleInput!) {\n    jointMeetingSchedule(input: $input) {\n      jointMeeting { id version title chairName minutesUrl agencies { shortName } agenda { reasons source case { id number } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ScheduleDocument,
    "\n  mutation Decide($input: JointMeetingDecisionRecordInput!) {\n    jointMeetingDecisionRecord(input: $input) {\n      decision { summary leaderInChargeName continueAsIs instructions { owner dueDate supervisionId supervision { open responseDueDate } } }\n      case { id version leaderInCharge { leaderName source } }\n      jointMeeting { version heldAt }\n      userErrors { field code message }\n    }\n  }\n": typeof types.DecideDocument,
    "query DualCaseLead($id: ID!) { node(id: $id) { ... on Case { version leadAgency { shortName } } } }": typeof types.DualCaseLeadDocument,
    "query MeetingNode($id: ID!) { node(id: $id) { ... on JointMeeting { title } } }": typeof types.MeetingNodeDocument,
    "subscription MeetingEvents($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { type details } }": typeof types.MeetingEventsDocument,
    "\n  query BoardReceptions($centerId: ID!, $date: Date) { dayBoard(centerId: $centerId, date: $date) { receptionCount receptions { leaderName outcome headcount } } }\n": typeof types.BoardReceptionsDocument,
    "\n  subscription EvAssignments($after: String) { assignmentEvents(after: $after) { cursor seq topic caseNumber } }\n": typeof types.EvAssignmentsDocument,
    "\n  subscription EvCaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq topic type } }\n": typeof types.EvCaseStreamDocument,
    "\n  subscription EvCenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor seq topic caseNumber } }\n": typeof types.EvCenterStreamDocument,
    "\n  query ExportsWageClaim($filter: CaseFilter) { cases(first: 5, filter: $filter) { nodes { id number headcount } } }\n": typeof types.ExportsWageClaimDocument,
    "subscription DirectWall($centerId: ID!) { centerEvents(centerId: $centerId) { seq details } }": typeof types.DirectWallDocument,
    "subscription DirectBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq type } }": typeof types.DirectBoardDocument,
    "subscription DirectCaseBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq case { title } } }": typeof types.DirectCaseBoardDocument,
    "subscription FanBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic type caseNumber } }": typeof types.FanBoardDocument,
    "subscription FanScreen($centerId: ID!) { centerEvents(centerId: $centerId) { seq type caseTitle riskLevel } }": typeof types.FanScreenDocument,
    "\n  subscription FanParties($centerId: ID!) { centerEvents(centerId: $centerId) { seq type case { title parties { name phone } } } }\n": typeof types.FanPartiesDocument,
    "subscription FanDesk { assignmentEvents { seq type caseNumber } }": typeof types.FanDeskDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionCreateDocument,
    "\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n": typeof types.SessionRenewDocument,
    "mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }": typeof types.SessionRevokeDocument,
    "\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n": typeof types.ViewerDocument,
    "\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n": typeof types.UsersDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n": typeof types.UserCreateDocument,
    "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n": typeof types.UserUpdateDocument,
    "\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n": typeof types.RoleGrantDocument,
    "\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n": typeof types.RoleRevokeDocument,
    "\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n": typeof types.PasswordChangeDocument,
    "\n  query LedgerFactsLedger($centerId: ID, $period: LedgerPeriodInput!) {\n    ledger(centerId: $centerId, period: $period) {\n      repeatSourceCount repeatSources { label role cases }\n      totals {\n        received resolved failed open overdue rejected withdrawn dispatched dispatchedWithin15MinutesRate\n        dispatchMinutesMedian dispatchMinutesP90 resolutionHoursMedian resolutionHoursP90\n        extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n      }\n    }\n  }\n": typeof types.LedgerFactsLedgerDocument,
    "\n  query LedgerQuery($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {\n    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {\n      from to repeatSourceCount repeatSources { label role cases }\n      totals { ...Figures }\n      groups { key label figures { ...Figures } }\n    }\n  }\n  fragment Figures on LedgerFigures {\n    received resolved failed open overdue rejected withdrawn resolutionRate dispatched dispatchMinutesMedian dispatchMinutesP90\n    dispatchedWithin15MinutesRate resolutionHoursMedian resolutionHoursP90 extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n  }\n": typeof types.LedgerQueryDocument,
    "\n  subscription LedgerCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received } thisYear { received } } }\n": typeof types.LedgerCountersDocument,
    "mutation LedgerSweep { caseSupervisionSweep { raised } }": typeof types.LedgerSweepDocument,
    "query LedgerVisible($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount nodes { id number } } }": typeof types.LedgerVisibleDocument,
    "\n  mutation LinkSign($input: LinkSignInput!) { linkSign(input: $input) { url expiresAt userErrors { field code message } } }\n": typeof types.LinkSignDocument,
    "\n  mutation LinksSignIn($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }\n": typeof types.LinksSignInDocument,
    "mutation LinksSignOut { sessionRevoke { revoked } }": typeof types.LinksSignOutDocument,
    "\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n": typeof types.CenterFieldsFragmentDoc,
    "\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.CentersDocument,
    "\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": typeof types.CenterCreateDocument,
    "\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": typeof types.CenterUpdateDocument,
    "\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n": typeof types.CenterArchiveDocument,
    "\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n": typeof types.AgencyCreateDocument,
    "\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n": typeof types.AgenciesDocument,
    "\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.StationingCreateDocument,
    "\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n": typeof types.StationingEndDocument,
    "\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.MediatorCreateDocument,
    "\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n": typeof types.MediatorUpdateDocument,
    "\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n": typeof types.MediatorsDocument,
    "mutation MatrixRegister($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id } userErrors { code } } }": typeof types.MatrixRegisterDocument,
    "query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }": typeof types.PermUsersDocument,
    "mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }": typeof types.PCenterCreateDocument,
    "mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }": typeof types.PCenterUpdateDocument,
    "mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }": typeof types.PCenterArchiveDocument,
    "mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }": typeof types.PAgencyCreateDocument,
    "mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }": typeof types.PAgencyUpdateDocument,
    "mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }": typeof types.PAgencyArchiveDocument,
    "mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }": typeof types.PStationingCreateDocument,
    "mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }": typeof types.PStationingUpdateDocument,
    "mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }": typeof types.PStationingEndDocument,
    "mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }": typeof types.PMediatorCreateDocument,
    "mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }": typeof types.PMediatorUpdateDocument,
    "mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }": typeof types.PMediatorArchiveDocument,
    "mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }": typeof types.PUserCreateDocument,
    "mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }": typeof types.PUserUpdateDocument,
    "mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }": typeof types.PRoleGrantDocument,
    "mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }": typeof types.PRoleRevokeDocument,
    "query PetitionPolicies { timeLimitPolicies { kind categoryCode objectionDays objectionDayCount reviewRequestDays reviewAnswerDays reviewDayCount maxRepresentatives } }": typeof types.PetitionPoliciesDocument,
    "\n  mutation CaseObject($input: CaseObjectInput!) {\n    caseObject(input: $input) { case { id version status assignments { role } } userErrors { field code message } }\n  }\n": typeof types.CaseObjectDocument,
    "\n  mutation PetitionAnswer($input: PetitionAnswerRecordInput!) {\n    petitionAnswerRecord(input: $input) { case { id version petitionProcedure { stage answeredOn } } userErrors { field code message } }\n  }\n": typeof types.PetitionAnswerDocument,
    "\n  mutation PetitionReview($input: PetitionReviewRequestInput!) {\n    petitionReviewRequest(input: $input) {\n      case { id version number title status dueDate outcomeNote parties { name } links { other { id } } petitionProcedure { stage previousCase { id } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.PetitionReviewDocument,
    "\n  query PetitionCase($id: ID!) {\n    node(id: $id) { ... on Case { version followUps { id } timeline(first: 50) { nodes { type details } } } }\n  }\n": typeof types.PetitionCaseDocument,
    "query ReplicaLedger($centerId: ID) { ledger(centerId: $centerId, period: { kind: YEAR }) { totals { received } } }": typeof types.ReplicaLedgerDocument,
    "query ReplicaHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }": typeof types.ReplicaHangjinDocument,
    "query ReplicaEjinhoro { centers(first: 1, filter: { search: \"150627\", level: COUNTY }) { nodes { id } } }": typeof types.ReplicaEjinhoroDocument,
    "query ReplicaLeaders { users(first: 20, filter: { role: LEADER }) { nodes { id username } } }": typeof types.ReplicaLeadersDocument,
    "mutation ReplicaDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }": typeof types.ReplicaDutySetDocument,
    "mutation ReplicaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": typeof types.ReplicaPublishDocument,
    "query ReplicaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": typeof types.ReplicaPublicationNumberDocument,
    "query ReplicaPublicWeek($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind name } }": typeof types.ReplicaPublicWeekDocument,
    "subscription ProcStream($after: String) { assignmentEvents(after: $after) { cursor topic type caseNumber } }": typeof types.ProcStreamDocument,
    "query ProcIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }": typeof types.ProcIdsDocument,
    "\n  subscription Assignments($after: String, $agencyId: ID) {\n    assignmentEvents(after: $after, agencyId: $agencyId) { cursor seq topic type label caseNumber caseStatus details case { title } }\n  }\n": typeof types.AssignmentsDocument,
    "\n  subscription CaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor topic type caseStatus } }\n": typeof types.CaseStreamDocument,
    "\n  subscription CenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor topic type caseNumber } }\n": typeof types.CenterStreamDocument,
    "subscription Alerts { supervisionAlerts { cursor topic type caseNumber details } }": typeof types.AlertsDocument,
    "mutation RtRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }": typeof types.RtRevokeDocument,
    "mutation RtLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }": typeof types.RtLoginDocument,
    "mutation RtLogout { sessionRevoke { revoked } }": typeof types.RtLogoutDocument,
    "mutation RtSweep { caseSupervisionSweep { raised } }": typeof types.RtSweepDocument,
    "subscription Deep { assignmentEvents { case { center { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }": typeof types.DeepDocument,
    "\n  mutation RulesDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id date } userErrors { field code message } } }\n": typeof types.RulesDutyGenerateDocument,
    "\n  mutation RulesDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date slot leaderName } userErrors { field code message } } }\n": typeof types.RulesDutySetDocument,
    "\n  query RulesDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderName } }\n": typeof types.RulesDutiesDocument,
    "query RulesRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message duties { id } } }": typeof types.RulesRosterCheckDocument,
    "query RulesRosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name days } }": typeof types.RulesRosterBalanceDocument,
    "mutation RulesRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": typeof types.RulesRotaPublishDocument,
    "mutation RulesLeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { field code message } } }": typeof types.RulesLeaveCreateDocument,
    "mutation RulesPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }": typeof types.RulesPresenceSetDocument,
    "mutation RulesPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date } userErrors { field code } } }": typeof types.RulesPresenceDaySetDocument,
    "query RulesPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { __typename } }": typeof types.RulesPresenceRotaDocument,
    "\n  mutation DutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date leaderName } userErrors { field code message } } }\n": typeof types.DutyGenerateDocument,
    "\n  mutation DutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date leaderName manual } userErrors { field code message } } }\n": typeof types.DutySetDocument,
    "mutation LeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { code } } }": typeof types.LeaveCreateDocument,
    "\n  query Duties($centerId: ID!, $from: Date!, $to: Date!, $kind: DutyKind) {\n    duties(centerId: $centerId, from: $from, to: $to, kind: $kind) { id version date kind slot leaderName leaderTitle manual room topics }\n  }\n": typeof types.DutiesDocument,
    "query RosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }": typeof types.RosterCheckDocument,
    "query RosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name reception buildingManager days } }": typeof types.RosterBalanceDocument,
    "query PublicDuties($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind slot name title room topics } }": typeof types.PublicDutiesDocument,
    "subscription RosterStream($centerId: ID!) { rosterChanges(centerId: $centerId) { topic type cursor details } }": typeof types.RosterStreamDocument,
    "subscription TodayDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date reason duties { kind name title slot } } }": typeof types.TodayDutiesDocument,
    "mutation SwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field code message } } }": typeof types.SwapRequestDocument,
    "mutation SwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field code message } } }": typeof types.SwapAnswerDocument,
    "mutation SwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status fromDuty { date leaderName } toDuty { date leaderName } } userErrors { field code message } } }": typeof types.SwapDecideDocument,
    "\n  query DutySwaps($centerId: ID!, $status: [SwapStatus!], $first: Int, $after: String) {\n    dutySwaps(centerId: $centerId, status: $status, first: $first, after: $after) {\n      nodes { id status reason requestedById counterpartId fromDuty { date leaderName } toDuty { date leaderName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DutySwapsDocument,
    "mutation RotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field code message } } }": typeof types.RotaPublishDocument,
    "query RotaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": typeof types.RotaPublicationNumberDocument,
    "query RosterStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }": typeof types.RosterStationingsDocument,
    "query StationingsByMode($modes: [StationingMode!]) { stationings(first: 50, filter: { modes: $modes }) { nodes { id mode } } }": typeof types.StationingsByModeDocument,
    "mutation PresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }": typeof types.PresenceSetDocument,
    "query PresenceDays($id: ID!, $from: Date!, $to: Date!) { presenceDays(stationingId: $id, from: $from, to: $to) }": typeof types.PresenceDaysDocument,
    "query RosterLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": typeof types.RosterLeadersDocument,
    "mutation SecLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken userErrors { code } } }": typeof types.SecLoginDocument,
    "query SecCases { cases(first: 100) { nodes { id number parties { id } leadAgency { shortName } } } }": typeof types.SecCasesDocument,
    "\n  query SecCaseParties($id: ID!) {\n    node(id: $id) { ... on Case { id number parties { id name idNumber phone } } }\n  }\n": typeof types.SecCasePartiesDocument,
    "query SecCaseCenter($id: ID!) { node(id: $id) { ... on Case { version status center { id } } } }": typeof types.SecCaseCenterDocument,
    "\n  subscription SecLiveParties($centerId: ID!) { centerEvents(centerId: $centerId) { topic case { number parties { name phone } } } }\n": typeof types.SecLivePartiesDocument,
    "\n  query SecAudit($caseId: ID) {\n    personalDataAccesses(first: 50, caseId: $caseId) { nodes { at fields reason operationName requestId user { username } case { number } partyName } }\n  }\n": typeof types.SecAuditDocument,
    "mutation StreamKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }": typeof types.StreamKeyRevokeDocument,
    "mutation StreamSignOut { sessionRevoke { revoked } }": typeof types.StreamSignOutDocument,
    "mutation StreamRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }": typeof types.StreamRoleRevokeDocument,
    "mutation StreamRetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { userErrors { code } } }": typeof types.StreamRetireOpDocument,
    "mutation StreamLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }": typeof types.StreamLoginDocument,
    "subscription AccessAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }": typeof types.AccessAssignmentsDocument,
    "subscription AccessCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }": typeof types.AccessCaseDocument,
    "subscription AccessCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }": typeof types.AccessCenterDocument,
    "subscription AccessAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }": typeof types.AccessAlertsDocument,
    "subscription AccessRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }": typeof types.AccessRosterDocument,
    "subscription AccessToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }": typeof types.AccessTodayDocument,
    "subscription AccessCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }": typeof types.AccessCountersDocument,
    "subscription AccessInCharge { casesInChargeEvents { seq topic } }": typeof types.AccessInChargeDocument,
    "subscription AccessDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }": typeof types.AccessDayBoardDocument,
    "subscription AccessDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }": typeof types.AccessDispatchAlertsDocument,
    "subscription AccessMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }": typeof types.AccessMeetingsDocument,
    "\n  fragment CaseFields on Case {\n    id number trackingCode version status kind channel title amount riskLevel riskFlag overdue\n    receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount\n    center { name } originCenter { name } category { code }\n    parties { id role type name idNumber phone headcount }\n    assignments { role agency { shortName } mediator { name } }\n    leadAgency { shortName } mediator { name }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query CaseById($id: ID!) {\n    node(id: $id) {\n      ... on Case {\n        ...CaseFields\n        history: assignments(includeEnded: true) { role endedAt endReason agency { shortName } mediator { name } }\n        timeline(first: 100) { totalCount nodes { seq type label actorName fromStatus toStatus details } }\n        sessions { method participants mediator { name } }\n        agreement { totalAmount paidAmount outstandingAmount overdue instalments { seq dueDate amount paidAmount overdue paid } payments { amount paidDate note } confirmations { result requestedDate decisionDueDate decidedDate court { shortName } } }\n        extensionRequests { id days status reason decidedByName }\n        supervisions { id kind open instructions responseDueDate response raisedByName }\n        feedback { satisfaction comment party { name } }\n        links { link { type } other { number } }\n      }\n    }\n  }\n": typeof types.CaseByIdDocument,
    "\n  mutation CaseCreate($input: CaseCreateInput!) { caseCreate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseCreateDocument,
    "\n  mutation CaseUpdate($input: CaseUpdateInput!) { caseUpdate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseUpdateDocument,
    "\n  mutation CasePartyAdd($input: CasePartyAddInput!) { casePartyAdd(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CasePartyAddDocument,
    "\n  mutation CaseDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseDispatchDocument,
    "\n  mutation CaseReassign($input: CaseReassignInput!) { caseReassign(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseReassignDocument,
    "\n  mutation CaseReject($input: CaseReasonInput!) { caseReject(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseRejectDocument,
    "\n  mutation CaseWithdraw($input: CaseReasonInput!) { caseWithdraw(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseWithdrawDocument,
    "\n  mutation CaseEscalate($input: CaseReasonInput!) { caseEscalate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseEscalateDocument,
    "\n  mutation CaseDelegate($input: CaseDelegateInput!) { caseDelegate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseDelegateDocument,
    "\n  mutation CaseSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { session { method } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseSessionDocument,
    "\n  mutation CaseAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { agreement { id totalAmount } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseAgreementDocument,
    "\n  mutation CasePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { payment { amount } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CasePaymentDocument,
    "\n  mutation CaseConfirmationRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { confirmation { result decisionDueDate } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseConfirmationRequestDocument,
    "\n  mutation CaseConfirmationDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { confirmation { result } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseConfirmationDecideDocument,
    "\n  mutation CaseResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseResolveDocument,
    "\n  mutation CaseFail($input: CaseFailInput!) { caseFail(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseFailDocument,
    "\n  mutation CaseExtensionRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { extensionRequest { id days status } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseExtensionRequestDocument,
    "\n  mutation CaseExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { extensionRequest { id status } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseExtensionDecideDocument,
    "\n  mutation CaseSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { supervision { id kind } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseSuperviseDocument,
    "\n  mutation CaseSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { supervision { id open response } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseSupervisionAnswerDocument,
    "mutation CaseSweep { caseSupervisionSweep { raised userErrors { code } } }": typeof types.CaseSweepDocument,
    "\n  mutation CaseFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { feedback { satisfaction } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseFeedbackDocument,
    "\n  mutation CaseClose($input: CaseCloseInput!) { caseClose(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseCloseDocument,
    "\n  mutation CaseReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseReopenDocument,
    "\n  mutation CaseLinkCases($input: CaseLinkInput!) { caseLink(input: $input) { link { type } case { ...CaseFields } userErrors { field message code } } }\n": typeof types.CaseLinkCasesDocument,
    "\n  query Suggestion($id: ID!) {\n    node(id: $id) { ... on Case { dispatchSuggestion { basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n      mediators { score openCases presentToday reasons mediator { id name } } } } }\n  }\n": typeof types.SuggestionDocument,
    "\n  query CasesList($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { totalCount nodes { ...CaseFields } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.CasesListDocument,
    "\n  query Org {\n    centers(first: 50) { nodes { id name } }\n    agencies(first: 100) { nodes { id shortName center { name } } }\n    mediators(first: 100) { nodes { id name } }\n  }\n": typeof types.OrgDocument,
    "\n  mutation FactoryCenter($input: CenterCreateInput!) { centerCreate(input: $input) { center { id name divisionCode } userErrors { field code message } } }\n": typeof types.FactoryCenterDocument,
    "\n  mutation FactoryAgency($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id name shortName } userErrors { field code message } } }\n": typeof types.FactoryAgencyDocument,
    "\n  mutation FactoryMediator($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }\n": typeof types.FactoryMediatorDocument,
    "\n  mutation FactoryUser($input: UserCreateInput!) { userCreate(input: $input) { user { id username } userErrors { field code message } } }\n": typeof types.FactoryUserDocument,
    "\n  mutation FactoryRole($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { field code message } } }\n": typeof types.FactoryRoleDocument,
    "\n  mutation FactoryStationing($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { field code message } } }\n": typeof types.FactoryStationingDocument,
    "\n  mutation FactoryKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id version } userErrors { field code message } } }\n": typeof types.FactoryKeyDocument,
    "query FactoryUserRoles($id: ID!) { node(id: $id) { ... on User { roles { id role } } } }": typeof types.FactoryUserRolesDocument,
    "\n  mutation FactoryRoutingRule($input: RoutingRuleSetInput!) { routingRuleSet(input: $input) { routingRule { id } userErrors { field code message } } }\n": typeof types.FactoryRoutingRuleDocument,
    "\n  mutation OperationRegister($input: PersistedOperationRegisterInput!) {\n    persistedOperationRegister(input: $input) { persistedOperation { id sha256 operationName version } userErrors { field code message } }\n  }\n": typeof types.OperationRegisterDocument,
    "mutation KeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }": typeof types.KeyRevokeDocument,
    "query KeyList { apiKeys(first: 20, includeRevoked: true) { nodes { id name prefix lastUsedAt revokedAt centers { divisionCode } operations { operationName sha256 } } } }": typeof types.KeyListDocument,
    "mutation RegisterOp($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id version } userErrors { field code message } } }": typeof types.RegisterOpDocument,
    "mutation RetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { persistedOperation { id } userErrors { code } } }": typeof types.RetireOpDocument,
    "mutation TpDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { id status version } userErrors { code message } } }": typeof types.TpDispatchDocument,
    "query TpByNumber($number: String!) { caseByNumber(number: $number) { id version status center { id } } }": typeof types.TpByNumberDocument,
    "subscription IdsAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }": typeof types.IdsAssignmentsDocument,
    "subscription IdsCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }": typeof types.IdsCaseDocument,
    "subscription IdsCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }": typeof types.IdsCenterDocument,
    "subscription IdsAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }": typeof types.IdsAlertsDocument,
    "subscription IdsRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }": typeof types.IdsRosterDocument,
    "subscription IdsToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }": typeof types.IdsTodayDocument,
    "subscription IdsCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }": typeof types.IdsCountersDocument,
    "subscription IdsInCharge { casesInChargeEvents { seq topic } }": typeof types.IdsInChargeDocument,
    "subscription IdsDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }": typeof types.IdsDayBoardDocument,
    "subscription IdsDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }": typeof types.IdsDispatchAlertsDocument,
    "subscription IdsMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }": typeof types.IdsMeetingsDocument,
};
const documents: Documents = {
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n": types.NodeByIdDocument,
    "query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.NodesByIdDocument,
    "query ApiCategories { caseCategories { code nameZh nameEn } }": types.ApiCategoriesDocument,
    "query ApiMe { viewer { id username } }": types.ApiMeDocument,
    "query ProvisionalDeadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }": types.ProvisionalDeadlineDocument,
    "query CalendarYearOf($year: Int!) { calendarYear(year: $year) { year provisional notice basis statutoryHolidays { date name } days { date kind name } } }": types.CalendarYearOfDocument,
    "\n  mutation CalendarYearSet($input: CalendarYearSetInput!) {\n    calendarYearSet(input: $input) { calendarYear { year provisional notice } recalculatedCases unverifiedCases userErrors { field code message } }\n  }\n": types.CalendarYearSetDocument,
    "query ProvisionalRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }": types.ProvisionalRosterCheckDocument,
    "\n  mutation ProvisionalDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date } warnings { year message } userErrors { field code } } }\n": types.ProvisionalDutyGenerateDocument,
    "query ProvisionalCalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }": types.ProvisionalCalendarDaysDocument,
    "query ProvisionalCaseFlag($id: ID!) { node(id: $id) { ... on Case { acceptDueDate dueDate dueDateProvisional } } }": types.ProvisionalCaseFlagDocument,
    "subscription ProvisionalCaseStream($caseId: ID!) { caseEvents(caseId: $caseId) { type details } }": types.ProvisionalCaseStreamDocument,
    "query Deadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }": types.DeadlineDocument,
    "query CalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }": types.CalendarDaysDocument,
    "\n  mutation CalendarDaySet($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { calendarDay { date kind name } userErrors { field code message } } }\n": types.CalendarDaySetDocument,
    "mutation CalendarDayRemove($date: Date!) { calendarDayRemove(date: $date) { removed userErrors { code } } }": types.CalendarDayRemoveDocument,
    "query Policies { timeLimitPolicies { kind categoryCode acceptDays acceptDayCount finishDays finishDayCount maxExtensions maxExtensionDays basis } }": types.PoliciesDocument,
    "\n  mutation PolicySet($input: TimeLimitPolicySetInput!) { timeLimitPolicySet(input: $input) { timeLimitPolicy { kind categoryCode acceptDays } userErrors { field code } } }\n": types.PolicySetDocument,
    "\n  mutation CalendarIntake($input: CaseCreateInput!) { caseCreate(input: $input) { case { number receivedAt acceptDueDate kind } userErrors { field code message } } }\n": types.CalendarIntakeDocument,
    "\n  query NewestIds($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n": types.NewestIdsDocument,
    "query NewestCaseById($id: ID!) { node(id: $id) { id } }": types.NewestCaseByIdDocument,
    "query SameSource($id: ID!) { node(id: $id) { ... on Case { sameSourceSuggestions { reasons case { id number } } } } }": types.SameSourceDocument,
    "\n    query ListTimelines { cases(first: 50) { nodes { id timeline(first: 2) { nodes { seq } pageInfo { hasNextPage endCursor } } } } }\n  ": types.ListTimelinesDocument,
    "query TimelineRest($id: ID!, $after: String) { node(id: $id) { ... on Case { timeline(first: 100, after: $after) { nodes { seq } } } } }": types.TimelineRestDocument,
    "query TimelineAll($id: ID!) { node(id: $id) { ... on Case { timeline(first: 100) { nodes { seq } } } } }": types.TimelineAllDocument,
    "mutation StoryUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }": types.StoryUserCreateDocument,
    "mutation StoryGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { message } } }": types.StoryGrantDocument,
    "mutation LaozhangLogin { sessionCreate(input: { username: \"yj.laozhang\", password: \"Mediator-2025\" }) { accessToken } }": types.LaozhangLoginDocument,
    "\n  mutation CategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id code nameZh version archivedAt } userErrors { field code message } } }\n": types.CategoryCreateDocument,
    "\n  mutation CategoryUpdate($input: CategoryUpdateInput!) { categoryUpdate(input: $input) { category { code archivedAt } userErrors { field code } } }\n": types.CategoryUpdateDocument,
    "\n  mutation RuleSet($input: RoutingRuleSetInput!) {\n    routingRuleSet(input: $input) { routingRule { id categoryCode center { name } leadAgency { shortName } cooperatingAgencies { shortName } } userErrors { field code message } }\n  }\n": types.RuleSetDocument,
    "query Rules($centerId: ID!) { routingRules(centerId: $centerId) { categoryCode center { name } leadAgency { shortName } } }": types.RulesDocument,
    "query FollowupTrack($code: String!, $phone: String!) { caseTrack(trackingCode: $code, phone: $phone) { status version canWithdraw canRate milestones { label } } }": types.FollowupTrackDocument,
    "mutation FollowupWithdraw($input: CaseCitizenWithdrawInput!) { caseCitizenWithdraw(input: $input) { tracking { status version canWithdraw nextStep } userErrors { field code message } } }": types.FollowupWithdrawDocument,
    "mutation FollowupRate($input: CaseCitizenRateInput!) { caseCitizenRate(input: $input) { tracking { status canRate milestones { label } } userErrors { field code message } } }": types.FollowupRateDocument,
    "query FollowupTimeline($id: ID!) { node(id: $id) { ... on Case { status feedback { satisfaction comment party { name } } timeline(first: 50) { nodes { type actorName details } } } } }": types.FollowupTimelineDocument,
    "query FollowupLedger($centerId: ID, $period: LedgerPeriodInput!) { ledger(centerId: $centerId, period: $period) { totals { feedbacks withdrawn } } }": types.FollowupLedgerDocument,
    "subscription FollowupEvents($centerId: ID!) { centerEvents(centerId: $centerId) { type caseNumber details } }": types.FollowupEventsDocument,
    "subscription ClusterStream { assignmentEvents { topic type caseNumber cursor } }": types.ClusterStreamDocument,
    "subscription ClusterResume($after: String) { assignmentEvents(after: $after) { topic type caseNumber cursor } }": types.ClusterResumeDocument,
    "query ClusterIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }": types.ClusterIdsDocument,
    "mutation ConsoleTestLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }": types.ConsoleTestLoginDocument,
    "mutation ConsoleTestRenew($input: SessionRenewInput!) { sessionRenew(input: $input) { accessToken userErrors { code } } }": types.ConsoleTestRenewDocument,
    "query SwapScreenLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": types.SwapScreenLeadersDocument,
    "mutation SwapScreenDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }": types.SwapScreenDutySetDocument,
    "mutation SwapScreenRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id } userErrors { field code message } } }": types.SwapScreenRequestDocument,
    "query SwapScreenDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to, kind: RECEPTION) { date leaderName } }": types.SwapScreenDutiesDocument,
    "subscription ProcDispatchAlerts($after: String) { dispatchAlerts(after: $after) { cursor topic type caseNumber details } }": types.ProcDispatchAlertsDocument,
    "query ProcHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }": types.ProcHangjinDocument,
    "mutation ProcTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds } userErrors { code } } }": types.ProcTargetSetDocument,
    "query DayLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": types.DayLeadersDocument,
    "mutation DaySetDuty($input: DutySetInput!) { dutySet(input: $input) { duty { id version } userErrors { field code message } } }": types.DaySetDutyDocument,
    "query DayPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": types.DayPublicationNumberDocument,
    "mutation DayRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": types.DayRotaPublishDocument,
    "\n  query DayBoard($centerId: ID!, $date: Date) {\n    dayBoard(centerId: $centerId, date: $date) {\n      date receivedTodayCount waitingCount reason\n      receivedToday { number }\n      waitingForDispatch { minutesWaited case { number } }\n      highRisk { number riskLevel } overdue { number } openSupervisions { instructions }\n      agenciesPresent { mode windowNumber agency { shortName } }\n      leadersReceiving { name } buildingManager { name title }\n    }\n  }\n": types.DayBoardDocument,
    "subscription DayBoardUpdates($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason waitingCount waitingForDispatch { case { number } } buildingManager { name } } }": types.DayBoardUpdatesDocument,
    "subscription DayDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { type caseNumber details } }": types.DayDispatchAlertsDocument,
    "mutation DayTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds version } userErrors { field code message } } }": types.DayTargetSetDocument,
    "query DayTarget($id: ID!) { node(id: $id) { ... on Center { dispatchTargetSeconds } } }": types.DayTargetDocument,
    "query DayTimeline($id: ID!) { node(id: $id) { ... on Case { timeline(first: 50) { nodes { type actingAs details } } } } }": types.DayTimelineDocument,
    "query DayStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }": types.DayStationingsDocument,
    "mutation DayPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }": types.DayPresenceSetDocument,
    "mutation DayPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date planned published agencyName } userErrors { field code message } } }": types.DayPresenceDaySetDocument,
    "mutation DayPresencePublish($input: PresencePublishInput!) { presencePublish(input: $input) { publication { number days } userErrors { field code message } } }": types.DayPresencePublishDocument,
    "query DayPresenceNumber($centerId: ID!) { presencePublicationNumber(centerId: $centerId) }": types.DayPresenceNumberDocument,
    "mutation DayMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }": types.DayMediatorCreateDocument,
    "mutation DayRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { userErrors { field code message } } }": types.DayRoleGrantDocument,
    "query DayPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { date agencyName planned published } }": types.DayPresenceRotaDocument,
    "query DualLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": types.DualLeadersDocument,
    "mutation DualDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }": types.DualDutySetDocument,
    "query DualPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": types.DualPublicationNumberDocument,
    "mutation DualPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": types.DualPublishDocument,
    "\n  mutation Receive($input: ReceptionRecordInput!) {\n    receptionRecord(input: $input) {\n      reception { id onDuty offDutyReason outcome headcount leaderName petitioners { name headcount representative } cases { number } }\n      case { id version number kind channel headcount status parties { name headcount representative } }\n      userErrors { field code message }\n    }\n  }\n": types.ReceiveDocument,
    "\n  mutation Take($input: CaseLeaderInChargeTakeInput!) {\n    caseLeaderInChargeTake(input: $input) { case { id version leaderInCharge { leaderName source } } userErrors { field code message } }\n  }\n": types.TakeDocument,
    "query InCharge { myCasesInCharge(first: 20) { totalCount nodes { id number leaderInCharge { leaderName } } } }": types.InChargeDocument,
    "query Loads($centerId: ID!) { leaderLoads(centerId: $centerId) { name openCases overdueCases } }": types.LoadsDocument,
    "subscription InChargeEvents { casesInChargeEvents { type caseId } }": types.InChargeEventsDocument,
    "\n  query DualLedger($centerId: ID!) {\n    ledger(centerId: $centerId, period: { kind: DAY, date: \"2027-03-02\" }) {\n      receptions { receptions people offDuty byOutcome { outcome receptions } byLeader { name receptions offDuty } }\n      jointMeetings { meetings decisions instructions doneOnTime doneLate overdue pending }\n    }\n  }\n": types.DualLedgerDocument,
    "query DualTimeline($id: ID!) { node(id: $id) { ... on Case { version receptions { leaderName } timeline(first: 100) { nodes { type details } } } } }": types.DualTimelineDocument,
    "query DualSearch($search: String!) { cases(first: 5, filter: { search: $search }) { nodes { id version number } } }": types.DualSearchDocument,
    "\n  mutation Schedule($input: JointMeetingScheduleInput!) {\n    jointMeetingSchedule(input: $input) {\n      jointMeeting { id version title chairName minutesUrl agencies { shortName } agenda { reasons source case { id number } } }\n      userErrors { field code message }\n    }\n  }\n": types.ScheduleDocument,
    "\n  mutation Decide($input: JointMeetingDecisionRecordInput!) {\n    jointMeetingDecisionRecord(input: $input) {\n      decision { summary leaderInChargeName continueAsIs instructions { owner dueDate supervisionId supervision { open responseDueDate } } }\n      case { id version leaderInCharge { leaderName source } }\n      jointMeeting { version heldAt }\n      userErrors { field code message }\n    }\n  }\n": types.DecideDocument,
    "query DualCaseLead($id: ID!) { node(id: $id) { ... on Case { version leadAgency { shortName } } } }": types.DualCaseLeadDocument,
    "query MeetingNode($id: ID!) { node(id: $id) { ... on JointMeeting { title } } }": types.MeetingNodeDocument,
    "subscription MeetingEvents($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { type details } }": types.MeetingEventsDocument,
    "\n  query BoardReceptions($centerId: ID!, $date: Date) { dayBoard(centerId: $centerId, date: $date) { receptionCount receptions { leaderName outcome headcount } } }\n": types.BoardReceptionsDocument,
    "\n  subscription EvAssignments($after: String) { assignmentEvents(after: $after) { cursor seq topic caseNumber } }\n": types.EvAssignmentsDocument,
    "\n  subscription EvCaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq topic type } }\n": types.EvCaseStreamDocument,
    "\n  subscription EvCenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor seq topic caseNumber } }\n": types.EvCenterStreamDocument,
    "\n  query ExportsWageClaim($filter: CaseFilter) { cases(first: 5, filter: $filter) { nodes { id number headcount } } }\n": types.ExportsWageClaimDocument,
    "subscription DirectWall($centerId: ID!) { centerEvents(centerId: $centerId) { seq details } }": types.DirectWallDocument,
    "subscription DirectBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq type } }": types.DirectBoardDocument,
    "subscription DirectCaseBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq case { title } } }": types.DirectCaseBoardDocument,
    "subscription FanBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic type caseNumber } }": types.FanBoardDocument,
    "subscription FanScreen($centerId: ID!) { centerEvents(centerId: $centerId) { seq type caseTitle riskLevel } }": types.FanScreenDocument,
    "\n  subscription FanParties($centerId: ID!) { centerEvents(centerId: $centerId) { seq type case { title parties { name phone } } } }\n": types.FanPartiesDocument,
    "subscription FanDesk { assignmentEvents { seq type caseNumber } }": types.FanDeskDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n": types.SessionCreateDocument,
    "\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n": types.SessionRenewDocument,
    "mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }": types.SessionRevokeDocument,
    "\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n": types.ViewerDocument,
    "\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n": types.UsersDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n": types.UserCreateDocument,
    "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n": types.UserUpdateDocument,
    "\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n": types.RoleGrantDocument,
    "\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n": types.RoleRevokeDocument,
    "\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n": types.PasswordChangeDocument,
    "\n  query LedgerFactsLedger($centerId: ID, $period: LedgerPeriodInput!) {\n    ledger(centerId: $centerId, period: $period) {\n      repeatSourceCount repeatSources { label role cases }\n      totals {\n        received resolved failed open overdue rejected withdrawn dispatched dispatchedWithin15MinutesRate\n        dispatchMinutesMedian dispatchMinutesP90 resolutionHoursMedian resolutionHoursP90\n        extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n      }\n    }\n  }\n": types.LedgerFactsLedgerDocument,
    "\n  query LedgerQuery($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {\n    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {\n      from to repeatSourceCount repeatSources { label role cases }\n      totals { ...Figures }\n      groups { key label figures { ...Figures } }\n    }\n  }\n  fragment Figures on LedgerFigures {\n    received resolved failed open overdue rejected withdrawn resolutionRate dispatched dispatchMinutesMedian dispatchMinutesP90\n    dispatchedWithin15MinutesRate resolutionHoursMedian resolutionHoursP90 extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n  }\n": types.LedgerQueryDocument,
    "\n  subscription LedgerCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received } thisYear { received } } }\n": types.LedgerCountersDocument,
    "mutation LedgerSweep { caseSupervisionSweep { raised } }": types.LedgerSweepDocument,
    "query LedgerVisible($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount nodes { id number } } }": types.LedgerVisibleDocument,
    "\n  mutation LinkSign($input: LinkSignInput!) { linkSign(input: $input) { url expiresAt userErrors { field code message } } }\n": types.LinkSignDocument,
    "\n  mutation LinksSignIn($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }\n": types.LinksSignInDocument,
    "mutation LinksSignOut { sessionRevoke { revoked } }": types.LinksSignOutDocument,
    "\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n": types.CenterFieldsFragmentDoc,
    "\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.CentersDocument,
    "\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": types.CenterCreateDocument,
    "\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": types.CenterUpdateDocument,
    "\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n": types.CenterArchiveDocument,
    "\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n": types.AgencyCreateDocument,
    "\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n": types.AgenciesDocument,
    "\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n": types.StationingCreateDocument,
    "\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n": types.StationingEndDocument,
    "\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n": types.MediatorCreateDocument,
    "\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n": types.MediatorUpdateDocument,
    "\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n": types.MediatorsDocument,
    "mutation MatrixRegister($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id } userErrors { code } } }": types.MatrixRegisterDocument,
    "query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }": types.PermUsersDocument,
    "mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }": types.PCenterCreateDocument,
    "mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }": types.PCenterUpdateDocument,
    "mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }": types.PCenterArchiveDocument,
    "mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }": types.PAgencyCreateDocument,
    "mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }": types.PAgencyUpdateDocument,
    "mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }": types.PAgencyArchiveDocument,
    "mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }": types.PStationingCreateDocument,
    "mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }": types.PStationingUpdateDocument,
    "mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }": types.PStationingEndDocument,
    "mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }": types.PMediatorCreateDocument,
    "mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }": types.PMediatorUpdateDocument,
    "mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }": types.PMediatorArchiveDocument,
    "mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }": types.PUserCreateDocument,
    "mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }": types.PUserUpdateDocument,
    "mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }": types.PRoleGrantDocument,
    "mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }": types.PRoleRevokeDocument,
    "query PetitionPolicies { timeLimitPolicies { kind categoryCode objectionDays objectionDayCount reviewRequestDays reviewAnswerDays reviewDayCount maxRepresentatives } }": types.PetitionPoliciesDocument,
    "\n  mutation CaseObject($input: CaseObjectInput!) {\n    caseObject(input: $input) { case { id version status assignments { role } } userErrors { field code message } }\n  }\n": types.CaseObjectDocument,
    "\n  mutation PetitionAnswer($input: PetitionAnswerRecordInput!) {\n    petitionAnswerRecord(input: $input) { case { id version petitionProcedure { stage answeredOn } } userErrors { field code message } }\n  }\n": types.PetitionAnswerDocument,
    "\n  mutation PetitionReview($input: PetitionReviewRequestInput!) {\n    petitionReviewRequest(input: $input) {\n      case { id version number title status dueDate outcomeNote parties { name } links { other { id } } petitionProcedure { stage previousCase { id } } }\n      userErrors { field code message }\n    }\n  }\n": types.PetitionReviewDocument,
    "\n  query PetitionCase($id: ID!) {\n    node(id: $id) { ... on Case { version followUps { id } timeline(first: 50) { nodes { type details } } } }\n  }\n": types.PetitionCaseDocument,
    "query ReplicaLedger($centerId: ID) { ledger(centerId: $centerId, period: { kind: YEAR }) { totals { received } } }": types.ReplicaLedgerDocument,
    "query ReplicaHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }": types.ReplicaHangjinDocument,
    "query ReplicaEjinhoro { centers(first: 1, filter: { search: \"150627\", level: COUNTY }) { nodes { id } } }": types.ReplicaEjinhoroDocument,
    "query ReplicaLeaders { users(first: 20, filter: { role: LEADER }) { nodes { id username } } }": types.ReplicaLeadersDocument,
    "mutation ReplicaDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }": types.ReplicaDutySetDocument,
    "mutation ReplicaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": types.ReplicaPublishDocument,
    "query ReplicaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": types.ReplicaPublicationNumberDocument,
    "query ReplicaPublicWeek($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind name } }": types.ReplicaPublicWeekDocument,
    "subscription ProcStream($after: String) { assignmentEvents(after: $after) { cursor topic type caseNumber } }": types.ProcStreamDocument,
    "query ProcIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }": types.ProcIdsDocument,
    "\n  subscription Assignments($after: String, $agencyId: ID) {\n    assignmentEvents(after: $after, agencyId: $agencyId) { cursor seq topic type label caseNumber caseStatus details case { title } }\n  }\n": types.AssignmentsDocument,
    "\n  subscription CaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor topic type caseStatus } }\n": types.CaseStreamDocument,
    "\n  subscription CenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor topic type caseNumber } }\n": types.CenterStreamDocument,
    "subscription Alerts { supervisionAlerts { cursor topic type caseNumber details } }": types.AlertsDocument,
    "mutation RtRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }": types.RtRevokeDocument,
    "mutation RtLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }": types.RtLoginDocument,
    "mutation RtLogout { sessionRevoke { revoked } }": types.RtLogoutDocument,
    "mutation RtSweep { caseSupervisionSweep { raised } }": types.RtSweepDocument,
    "subscription Deep { assignmentEvents { case { center { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }": types.DeepDocument,
    "\n  mutation RulesDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id date } userErrors { field code message } } }\n": types.RulesDutyGenerateDocument,
    "\n  mutation RulesDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date slot leaderName } userErrors { field code message } } }\n": types.RulesDutySetDocument,
    "\n  query RulesDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderName } }\n": types.RulesDutiesDocument,
    "query RulesRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message duties { id } } }": types.RulesRosterCheckDocument,
    "query RulesRosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name days } }": types.RulesRosterBalanceDocument,
    "mutation RulesRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }": types.RulesRotaPublishDocument,
    "mutation RulesLeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { field code message } } }": types.RulesLeaveCreateDocument,
    "mutation RulesPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }": types.RulesPresenceSetDocument,
    "mutation RulesPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date } userErrors { field code } } }": types.RulesPresenceDaySetDocument,
    "query RulesPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { __typename } }": types.RulesPresenceRotaDocument,
    "\n  mutation DutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date leaderName } userErrors { field code message } } }\n": types.DutyGenerateDocument,
    "\n  mutation DutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date leaderName manual } userErrors { field code message } } }\n": types.DutySetDocument,
    "mutation LeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { code } } }": types.LeaveCreateDocument,
    "\n  query Duties($centerId: ID!, $from: Date!, $to: Date!, $kind: DutyKind) {\n    duties(centerId: $centerId, from: $from, to: $to, kind: $kind) { id version date kind slot leaderName leaderTitle manual room topics }\n  }\n": types.DutiesDocument,
    "query RosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }": types.RosterCheckDocument,
    "query RosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name reception buildingManager days } }": types.RosterBalanceDocument,
    "query PublicDuties($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind slot name title room topics } }": types.PublicDutiesDocument,
    "subscription RosterStream($centerId: ID!) { rosterChanges(centerId: $centerId) { topic type cursor details } }": types.RosterStreamDocument,
    "subscription TodayDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date reason duties { kind name title slot } } }": types.TodayDutiesDocument,
    "mutation SwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field code message } } }": types.SwapRequestDocument,
    "mutation SwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field code message } } }": types.SwapAnswerDocument,
    "mutation SwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status fromDuty { date leaderName } toDuty { date leaderName } } userErrors { field code message } } }": types.SwapDecideDocument,
    "\n  query DutySwaps($centerId: ID!, $status: [SwapStatus!], $first: Int, $after: String) {\n    dutySwaps(centerId: $centerId, status: $status, first: $first, after: $after) {\n      nodes { id status reason requestedById counterpartId fromDuty { date leaderName } toDuty { date leaderName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DutySwapsDocument,
    "mutation RotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field code message } } }": types.RotaPublishDocument,
    "query RotaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }": types.RotaPublicationNumberDocument,
    "query RosterStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }": types.RosterStationingsDocument,
    "query StationingsByMode($modes: [StationingMode!]) { stationings(first: 50, filter: { modes: $modes }) { nodes { id mode } } }": types.StationingsByModeDocument,
    "mutation PresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }": types.PresenceSetDocument,
    "query PresenceDays($id: ID!, $from: Date!, $to: Date!) { presenceDays(stationingId: $id, from: $from, to: $to) }": types.PresenceDaysDocument,
    "query RosterLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }": types.RosterLeadersDocument,
    "mutation SecLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken userErrors { code } } }": types.SecLoginDocument,
    "query SecCases { cases(first: 100) { nodes { id number parties { id } leadAgency { shortName } } } }": types.SecCasesDocument,
    "\n  query SecCaseParties($id: ID!) {\n    node(id: $id) { ... on Case { id number parties { id name idNumber phone } } }\n  }\n": types.SecCasePartiesDocument,
    "query SecCaseCenter($id: ID!) { node(id: $id) { ... on Case { version status center { id } } } }": types.SecCaseCenterDocument,
    "\n  subscription SecLiveParties($centerId: ID!) { centerEvents(centerId: $centerId) { topic case { number parties { name phone } } } }\n": types.SecLivePartiesDocument,
    "\n  query SecAudit($caseId: ID) {\n    personalDataAccesses(first: 50, caseId: $caseId) { nodes { at fields reason operationName requestId user { username } case { number } partyName } }\n  }\n": types.SecAuditDocument,
    "mutation StreamKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }": types.StreamKeyRevokeDocument,
    "mutation StreamSignOut { sessionRevoke { revoked } }": types.StreamSignOutDocument,
    "mutation StreamRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }": types.StreamRoleRevokeDocument,
    "mutation StreamRetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { userErrors { code } } }": types.StreamRetireOpDocument,
    "mutation StreamLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }": types.StreamLoginDocument,
    "subscription AccessAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }": types.AccessAssignmentsDocument,
    "subscription AccessCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }": types.AccessCaseDocument,
    "subscription AccessCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }": types.AccessCenterDocument,
    "subscription AccessAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }": types.AccessAlertsDocument,
    "subscription AccessRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }": types.AccessRosterDocument,
    "subscription AccessToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }": types.AccessTodayDocument,
    "subscription AccessCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }": types.AccessCountersDocument,
    "subscription AccessInCharge { casesInChargeEvents { seq topic } }": types.AccessInChargeDocument,
    "subscription AccessDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }": types.AccessDayBoardDocument,
    "subscription AccessDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }": types.AccessDispatchAlertsDocument,
    "subscription AccessMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }": types.AccessMeetingsDocument,
    "\n  fragment CaseFields on Case {\n    id number trackingCode version status kind channel title amount riskLevel riskFlag overdue\n    receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount\n    center { name } originCenter { name } category { code }\n    parties { id role type name idNumber phone headcount }\n    assignments { role agency { shortName } mediator { name } }\n    leadAgency { shortName } mediator { name }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query CaseById($id: ID!) {\n    node(id: $id) {\n      ... on Case {\n        ...CaseFields\n        history: assignments(includeEnded: true) { role endedAt endReason agency { shortName } mediator { name } }\n        timeline(first: 100) { totalCount nodes { seq type label actorName fromStatus toStatus details } }\n        sessions { method participants mediator { name } }\n        agreement { totalAmount paidAmount outstandingAmount overdue instalments { seq dueDate amount paidAmount overdue paid } payments { amount paidDate note } confirmations { result requestedDate decisionDueDate decidedDate court { shortName } } }\n        extensionRequests { id days status reason decidedByName }\n        supervisions { id kind open instructions responseDueDate response raisedByName }\n        feedback { satisfaction comment party { name } }\n        links { link { type } other { number } }\n      }\n    }\n  }\n": types.CaseByIdDocument,
    "\n  mutation CaseCreate($input: CaseCreateInput!) { caseCreate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseCreateDocument,
    "\n  mutation CaseUpdate($input: CaseUpdateInput!) { caseUpdate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseUpdateDocument,
    "\n  mutation CasePartyAdd($input: CasePartyAddInput!) { casePartyAdd(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CasePartyAddDocument,
    "\n  mutation CaseDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseDispatchDocument,
    "\n  mutation CaseReassign($input: CaseReassignInput!) { caseReassign(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseReassignDocument,
    "\n  mutation CaseReject($input: CaseReasonInput!) { caseReject(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseRejectDocument,
    "\n  mutation CaseWithdraw($input: CaseReasonInput!) { caseWithdraw(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseWithdrawDocument,
    "\n  mutation CaseEscalate($input: CaseReasonInput!) { caseEscalate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseEscalateDocument,
    "\n  mutation CaseDelegate($input: CaseDelegateInput!) { caseDelegate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseDelegateDocument,
    "\n  mutation CaseSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { session { method } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseSessionDocument,
    "\n  mutation CaseAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { agreement { id totalAmount } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseAgreementDocument,
    "\n  mutation CasePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { payment { amount } case { ...CaseFields } userErrors { field message code } } }\n": types.CasePaymentDocument,
    "\n  mutation CaseConfirmationRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { confirmation { result decisionDueDate } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseConfirmationRequestDocument,
    "\n  mutation CaseConfirmationDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { confirmation { result } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseConfirmationDecideDocument,
    "\n  mutation CaseResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseResolveDocument,
    "\n  mutation CaseFail($input: CaseFailInput!) { caseFail(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseFailDocument,
    "\n  mutation CaseExtensionRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { extensionRequest { id days status } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseExtensionRequestDocument,
    "\n  mutation CaseExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { extensionRequest { id status } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseExtensionDecideDocument,
    "\n  mutation CaseSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { supervision { id kind } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseSuperviseDocument,
    "\n  mutation CaseSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { supervision { id open response } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseSupervisionAnswerDocument,
    "mutation CaseSweep { caseSupervisionSweep { raised userErrors { code } } }": types.CaseSweepDocument,
    "\n  mutation CaseFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { feedback { satisfaction } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseFeedbackDocument,
    "\n  mutation CaseClose($input: CaseCloseInput!) { caseClose(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseCloseDocument,
    "\n  mutation CaseReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n": types.CaseReopenDocument,
    "\n  mutation CaseLinkCases($input: CaseLinkInput!) { caseLink(input: $input) { link { type } case { ...CaseFields } userErrors { field message code } } }\n": types.CaseLinkCasesDocument,
    "\n  query Suggestion($id: ID!) {\n    node(id: $id) { ... on Case { dispatchSuggestion { basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n      mediators { score openCases presentToday reasons mediator { id name } } } } }\n  }\n": types.SuggestionDocument,
    "\n  query CasesList($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { totalCount nodes { ...CaseFields } pageInfo { hasNextPage endCursor } }\n  }\n": types.CasesListDocument,
    "\n  query Org {\n    centers(first: 50) { nodes { id name } }\n    agencies(first: 100) { nodes { id shortName center { name } } }\n    mediators(first: 100) { nodes { id name } }\n  }\n": types.OrgDocument,
    "\n  mutation FactoryCenter($input: CenterCreateInput!) { centerCreate(input: $input) { center { id name divisionCode } userErrors { field code message } } }\n": types.FactoryCenterDocument,
    "\n  mutation FactoryAgency($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id name shortName } userErrors { field code message } } }\n": types.FactoryAgencyDocument,
    "\n  mutation FactoryMediator($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }\n": types.FactoryMediatorDocument,
    "\n  mutation FactoryUser($input: UserCreateInput!) { userCreate(input: $input) { user { id username } userErrors { field code message } } }\n": types.FactoryUserDocument,
    "\n  mutation FactoryRole($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { field code message } } }\n": types.FactoryRoleDocument,
    "\n  mutation FactoryStationing($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { field code message } } }\n": types.FactoryStationingDocument,
    "\n  mutation FactoryKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id version } userErrors { field code message } } }\n": types.FactoryKeyDocument,
    "query FactoryUserRoles($id: ID!) { node(id: $id) { ... on User { roles { id role } } } }": types.FactoryUserRolesDocument,
    "\n  mutation FactoryRoutingRule($input: RoutingRuleSetInput!) { routingRuleSet(input: $input) { routingRule { id } userErrors { field code message } } }\n": types.FactoryRoutingRuleDocument,
    "\n  mutation OperationRegister($input: PersistedOperationRegisterInput!) {\n    persistedOperationRegister(input: $input) { persistedOperation { id sha256 operationName version } userErrors { field code message } }\n  }\n": types.OperationRegisterDocument,
    "mutation KeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }": types.KeyRevokeDocument,
    "query KeyList { apiKeys(first: 20, includeRevoked: true) { nodes { id name prefix lastUsedAt revokedAt centers { divisionCode } operations { operationName sha256 } } } }": types.KeyListDocument,
    "mutation RegisterOp($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id version } userErrors { field code message } } }": types.RegisterOpDocument,
    "mutation RetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { persistedOperation { id } userErrors { code } } }": types.RetireOpDocument,
    "mutation TpDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { id status version } userErrors { code message } } }": types.TpDispatchDocument,
    "query TpByNumber($number: String!) { caseByNumber(number: $number) { id version status center { id } } }": types.TpByNumberDocument,
    "subscription IdsAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }": types.IdsAssignmentsDocument,
    "subscription IdsCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }": types.IdsCaseDocument,
    "subscription IdsCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }": types.IdsCenterDocument,
    "subscription IdsAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }": types.IdsAlertsDocument,
    "subscription IdsRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }": types.IdsRosterDocument,
    "subscription IdsToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }": types.IdsTodayDocument,
    "subscription IdsCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }": types.IdsCountersDocument,
    "subscription IdsInCharge { casesInChargeEvents { seq topic } }": types.IdsInChargeDocument,
    "subscription IdsDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }": types.IdsDayBoardDocument,
    "subscription IdsDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }": types.IdsDispatchAlertsDocument,
    "subscription IdsMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }": types.IdsMeetingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): (typeof documents)["query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiCategories { caseCategories { code nameZh nameEn } }"): (typeof documents)["query ApiCategories { caseCategories { code nameZh nameEn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiMe { viewer { id username } }"): (typeof documents)["query ApiMe { viewer { id username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvisionalDeadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }"): (typeof documents)["query ProvisionalDeadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarYearOf($year: Int!) { calendarYear(year: $year) { year provisional notice basis statutoryHolidays { date name } days { date kind name } } }"): (typeof documents)["query CalendarYearOf($year: Int!) { calendarYear(year: $year) { year provisional notice basis statutoryHolidays { date name } days { date kind name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarYearSet($input: CalendarYearSetInput!) {\n    calendarYearSet(input: $input) { calendarYear { year provisional notice } recalculatedCases unverifiedCases userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CalendarYearSet($input: CalendarYearSetInput!) {\n    calendarYearSet(input: $input) { calendarYear { year provisional notice } recalculatedCases unverifiedCases userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvisionalRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }"): (typeof documents)["query ProvisionalRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvisionalDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date } warnings { year message } userErrors { field code } } }\n"): (typeof documents)["\n  mutation ProvisionalDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date } warnings { year message } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvisionalCalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }"): (typeof documents)["query ProvisionalCalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvisionalCaseFlag($id: ID!) { node(id: $id) { ... on Case { acceptDueDate dueDate dueDateProvisional } } }"): (typeof documents)["query ProvisionalCaseFlag($id: ID!) { node(id: $id) { ... on Case { acceptDueDate dueDate dueDateProvisional } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProvisionalCaseStream($caseId: ID!) { caseEvents(caseId: $caseId) { type details } }"): (typeof documents)["subscription ProvisionalCaseStream($caseId: ID!) { caseEvents(caseId: $caseId) { type details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Deadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }"): (typeof documents)["query Deadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }"): (typeof documents)["query CalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarDaySet($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { calendarDay { date kind name } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation CalendarDaySet($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { calendarDay { date kind name } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarDayRemove($date: Date!) { calendarDayRemove(date: $date) { removed userErrors { code } } }"): (typeof documents)["mutation CalendarDayRemove($date: Date!) { calendarDayRemove(date: $date) { removed userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Policies { timeLimitPolicies { kind categoryCode acceptDays acceptDayCount finishDays finishDayCount maxExtensions maxExtensionDays basis } }"): (typeof documents)["query Policies { timeLimitPolicies { kind categoryCode acceptDays acceptDayCount finishDays finishDayCount maxExtensions maxExtensionDays basis } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicySet($input: TimeLimitPolicySetInput!) { timeLimitPolicySet(input: $input) { timeLimitPolicy { kind categoryCode acceptDays } userErrors { field code } } }\n"): (typeof documents)["\n  mutation PolicySet($input: TimeLimitPolicySetInput!) { timeLimitPolicySet(input: $input) { timeLimitPolicy { kind categoryCode acceptDays } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarIntake($input: CaseCreateInput!) { caseCreate(input: $input) { case { number receivedAt acceptDueDate kind } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation CalendarIntake($input: CaseCreateInput!) { caseCreate(input: $input) { case { number receivedAt acceptDueDate kind } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewestIds($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query NewestIds($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewestCaseById($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query NewestCaseById($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SameSource($id: ID!) { node(id: $id) { ... on Case { sameSourceSuggestions { reasons case { id number } } } } }"): (typeof documents)["query SameSource($id: ID!) { node(id: $id) { ... on Case { sameSourceSuggestions { reasons case { id number } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ListTimelines { cases(first: 50) { nodes { id timeline(first: 2) { nodes { seq } pageInfo { hasNextPage endCursor } } } } }\n  "): (typeof documents)["\n    query ListTimelines { cases(first: 50) { nodes { id timeline(first: 2) { nodes { seq } pageInfo { hasNextPage endCursor } } } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelineRest($id: ID!, $after: String) { node(id: $id) { ... on Case { timeline(first: 100, after: $after) { nodes { seq } } } } }"): (typeof documents)["query TimelineRest($id: ID!, $after: String) { node(id: $id) { ... on Case { timeline(first: 100, after: $after) { nodes { seq } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelineAll($id: ID!) { node(id: $id) { ... on Case { timeline(first: 100) { nodes { seq } } } } }"): (typeof documents)["query TimelineAll($id: ID!) { node(id: $id) { ... on Case { timeline(first: 100) { nodes { seq } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StoryUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }"): (typeof documents)["mutation StoryUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StoryGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { message } } }"): (typeof documents)["mutation StoryGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LaozhangLogin { sessionCreate(input: { username: \"yj.laozhang\", password: \"Mediator-2025\" }) { accessToken } }"): (typeof documents)["mutation LaozhangLogin { sessionCreate(input: { username: \"yj.laozhang\", password: \"Mediator-2025\" }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id code nameZh version archivedAt } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation CategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id code nameZh version archivedAt } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoryUpdate($input: CategoryUpdateInput!) { categoryUpdate(input: $input) { category { code archivedAt } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CategoryUpdate($input: CategoryUpdateInput!) { categoryUpdate(input: $input) { category { code archivedAt } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleSet($input: RoutingRuleSetInput!) {\n    routingRuleSet(input: $input) { routingRule { id categoryCode center { name } leadAgency { shortName } cooperatingAgencies { shortName } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RuleSet($input: RoutingRuleSetInput!) {\n    routingRuleSet(input: $input) { routingRule { id categoryCode center { name } leadAgency { shortName } cooperatingAgencies { shortName } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Rules($centerId: ID!) { routingRules(centerId: $centerId) { categoryCode center { name } leadAgency { shortName } } }"): (typeof documents)["query Rules($centerId: ID!) { routingRules(centerId: $centerId) { categoryCode center { name } leadAgency { shortName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowupTrack($code: String!, $phone: String!) { caseTrack(trackingCode: $code, phone: $phone) { status version canWithdraw canRate milestones { label } } }"): (typeof documents)["query FollowupTrack($code: String!, $phone: String!) { caseTrack(trackingCode: $code, phone: $phone) { status version canWithdraw canRate milestones { label } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowupWithdraw($input: CaseCitizenWithdrawInput!) { caseCitizenWithdraw(input: $input) { tracking { status version canWithdraw nextStep } userErrors { field code message } } }"): (typeof documents)["mutation FollowupWithdraw($input: CaseCitizenWithdrawInput!) { caseCitizenWithdraw(input: $input) { tracking { status version canWithdraw nextStep } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowupRate($input: CaseCitizenRateInput!) { caseCitizenRate(input: $input) { tracking { status canRate milestones { label } } userErrors { field code message } } }"): (typeof documents)["mutation FollowupRate($input: CaseCitizenRateInput!) { caseCitizenRate(input: $input) { tracking { status canRate milestones { label } } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowupTimeline($id: ID!) { node(id: $id) { ... on Case { status feedback { satisfaction comment party { name } } timeline(first: 50) { nodes { type actorName details } } } } }"): (typeof documents)["query FollowupTimeline($id: ID!) { node(id: $id) { ... on Case { status feedback { satisfaction comment party { name } } timeline(first: 50) { nodes { type actorName details } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowupLedger($centerId: ID, $period: LedgerPeriodInput!) { ledger(centerId: $centerId, period: $period) { totals { feedbacks withdrawn } } }"): (typeof documents)["query FollowupLedger($centerId: ID, $period: LedgerPeriodInput!) { ledger(centerId: $centerId, period: $period) { totals { feedbacks withdrawn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FollowupEvents($centerId: ID!) { centerEvents(centerId: $centerId) { type caseNumber details } }"): (typeof documents)["subscription FollowupEvents($centerId: ID!) { centerEvents(centerId: $centerId) { type caseNumber details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterStream { assignmentEvents { topic type caseNumber cursor } }"): (typeof documents)["subscription ClusterStream { assignmentEvents { topic type caseNumber cursor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterResume($after: String) { assignmentEvents(after: $after) { topic type caseNumber cursor } }"): (typeof documents)["subscription ClusterResume($after: String) { assignmentEvents(after: $after) { topic type caseNumber cursor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }"): (typeof documents)["query ClusterIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }"): (typeof documents)["mutation ConsoleTestLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestRenew($input: SessionRenewInput!) { sessionRenew(input: $input) { accessToken userErrors { code } } }"): (typeof documents)["mutation ConsoleTestRenew($input: SessionRenewInput!) { sessionRenew(input: $input) { accessToken userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SwapScreenLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"): (typeof documents)["query SwapScreenLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwapScreenDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }"): (typeof documents)["mutation SwapScreenDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwapScreenRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id } userErrors { field code message } } }"): (typeof documents)["mutation SwapScreenRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SwapScreenDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to, kind: RECEPTION) { date leaderName } }"): (typeof documents)["query SwapScreenDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to, kind: RECEPTION) { date leaderName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProcDispatchAlerts($after: String) { dispatchAlerts(after: $after) { cursor topic type caseNumber details } }"): (typeof documents)["subscription ProcDispatchAlerts($after: String) { dispatchAlerts(after: $after) { cursor topic type caseNumber details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }"): (typeof documents)["query ProcHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds } userErrors { code } } }"): (typeof documents)["mutation ProcTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"): (typeof documents)["query DayLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DaySetDuty($input: DutySetInput!) { dutySet(input: $input) { duty { id version } userErrors { field code message } } }"): (typeof documents)["mutation DaySetDuty($input: DutySetInput!) { dutySet(input: $input) { duty { id version } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"): (typeof documents)["query DayPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DayRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"): (typeof documents)["mutation DayRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DayBoard($centerId: ID!, $date: Date) {\n    dayBoard(centerId: $centerId, date: $date) {\n      date receivedTodayCount waitingCount reason\n      receivedToday { number }\n      waitingForDispatch { minutesWaited case { number } }\n      highRisk { number riskLevel } overdue { number } openSupervisions { instructions }\n      agenciesPresent { mode windowNumber agency { shortName } }\n      leadersReceiving { name } buildingManager { name title }\n    }\n  }\n"): (typeof documents)["\n  query DayBoard($centerId: ID!, $date: Date) {\n    dayBoard(centerId: $centerId, date: $date) {\n      date receivedTodayCount waitingCount reason\n      receivedToday { number }\n      waitingForDispatch { minutesWaited case { number } }\n      highRisk { number riskLevel } overdue { number } openSupervisions { instructions }\n      agenciesPresent { mode windowNumber agency { shortName } }\n      leadersReceiving { name } buildingManager { name title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DayBoardUpdates($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason waitingCount waitingForDispatch { case { number } } buildingManager { name } } }"): (typeof documents)["subscription DayBoardUpdates($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason waitingCount waitingForDispatch { case { number } } buildingManager { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DayDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { type caseNumber details } }"): (typeof documents)["subscription DayDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { type caseNumber details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DayTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds version } userErrors { field code message } } }"): (typeof documents)["mutation DayTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds version } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayTarget($id: ID!) { node(id: $id) { ... on Center { dispatchTargetSeconds } } }"): (typeof documents)["query DayTarget($id: ID!) { node(id: $id) { ... on Center { dispatchTargetSeconds } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayTimeline($id: ID!) { node(id: $id) { ... on Case { timeline(first: 50) { nodes { type actingAs details } } } } }"): (typeof documents)["query DayTimeline($id: ID!) { node(id: $id) { ... on Case { timeline(first: 50) { nodes { type actingAs details } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }"): (typeof documents)["query DayStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DayPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }"): (typeof documents)["mutation DayPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DayPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date planned published agencyName } userErrors { field code message } } }"): (typeof documents)["mutation DayPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date planned published agencyName } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DayPresencePublish($input: PresencePublishInput!) { presencePublish(input: $input) { publication { number days } userErrors { field code message } } }"): (typeof documents)["mutation DayPresencePublish($input: PresencePublishInput!) { presencePublish(input: $input) { publication { number days } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayPresenceNumber($centerId: ID!) { presencePublicationNumber(centerId: $centerId) }"): (typeof documents)["query DayPresenceNumber($centerId: ID!) { presencePublicationNumber(centerId: $centerId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DayMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }"): (typeof documents)["mutation DayMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DayRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { userErrors { field code message } } }"): (typeof documents)["mutation DayRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { date agencyName planned published } }"): (typeof documents)["query DayPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { date agencyName planned published } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DualLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"): (typeof documents)["query DualLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DualDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }"): (typeof documents)["mutation DualDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DualPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"): (typeof documents)["query DualPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DualPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"): (typeof documents)["mutation DualPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Receive($input: ReceptionRecordInput!) {\n    receptionRecord(input: $input) {\n      reception { id onDuty offDutyReason outcome headcount leaderName petitioners { name headcount representative } cases { number } }\n      case { id version number kind channel headcount status parties { name headcount representative } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Receive($input: ReceptionRecordInput!) {\n    receptionRecord(input: $input) {\n      reception { id onDuty offDutyReason outcome headcount leaderName petitioners { name headcount representative } cases { number } }\n      case { id version number kind channel headcount status parties { name headcount representative } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Take($input: CaseLeaderInChargeTakeInput!) {\n    caseLeaderInChargeTake(input: $input) { case { id version leaderInCharge { leaderName source } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation Take($input: CaseLeaderInChargeTakeInput!) {\n    caseLeaderInChargeTake(input: $input) { case { id version leaderInCharge { leaderName source } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InCharge { myCasesInCharge(first: 20) { totalCount nodes { id number leaderInCharge { leaderName } } } }"): (typeof documents)["query InCharge { myCasesInCharge(first: 20) { totalCount nodes { id number leaderInCharge { leaderName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Loads($centerId: ID!) { leaderLoads(centerId: $centerId) { name openCases overdueCases } }"): (typeof documents)["query Loads($centerId: ID!) { leaderLoads(centerId: $centerId) { name openCases overdueCases } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription InChargeEvents { casesInChargeEvents { type caseId } }"): (typeof documents)["subscription InChargeEvents { casesInChargeEvents { type caseId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DualLedger($centerId: ID!) {\n    ledger(centerId: $centerId, period: { kind: DAY, date: \"2027-03-02\" }) {\n      receptions { receptions people offDuty byOutcome { outcome receptions } byLeader { name receptions offDuty } }\n      jointMeetings { meetings decisions instructions doneOnTime doneLate overdue pending }\n    }\n  }\n"): (typeof documents)["\n  query DualLedger($centerId: ID!) {\n    ledger(centerId: $centerId, period: { kind: DAY, date: \"2027-03-02\" }) {\n      receptions { receptions people offDuty byOutcome { outcome receptions } byLeader { name receptions offDuty } }\n      jointMeetings { meetings decisions instructions doneOnTime doneLate overdue pending }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DualTimeline($id: ID!) { node(id: $id) { ... on Case { version receptions { leaderName } timeline(first: 100) { nodes { type details } } } } }"): (typeof documents)["query DualTimeline($id: ID!) { node(id: $id) { ... on Case { version receptions { leaderName } timeline(first: 100) { nodes { type details } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DualSearch($search: String!) { cases(first: 5, filter: { search: $search }) { nodes { id version number } } }"): (typeof documents)["query DualSearch($search: String!) { cases(first: 5, filter: { search: $search }) { nodes { id version number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Schedule($input: JointMeetingScheduleInput!) {\n    jointMeetingSchedule(input: $input) {\n      jointMeeting { id version title chairName minutesUrl agencies { shortName } agenda { reasons source case { id number } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Schedule($input: JointMeetingScheduleInput!) {\n    jointMeetingSchedule(input: $input) {\n      jointMeeting { id version title chairName minutesUrl agencies { shortName } agenda { reasons source case { id number } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Decide($input: JointMeetingDecisionRecordInput!) {\n    jointMeetingDecisionRecord(input: $input) {\n      decision { summary leaderInChargeName continueAsIs instructions { owner dueDate supervisionId supervision { open responseDueDate } } }\n      case { id version leaderInCharge { leaderName source } }\n      jointMeeting { version heldAt }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Decide($input: JointMeetingDecisionRecordInput!) {\n    jointMeetingDecisionRecord(input: $input) {\n      decision { summary leaderInChargeName continueAsIs instructions { owner dueDate supervisionId supervision { open responseDueDate } } }\n      case { id version leaderInCharge { leaderName source } }\n      jointMeeting { version heldAt }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DualCaseLead($id: ID!) { node(id: $id) { ... on Case { version leadAgency { shortName } } } }"): (typeof documents)["query DualCaseLead($id: ID!) { node(id: $id) { ... on Case { version leadAgency { shortName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingNode($id: ID!) { node(id: $id) { ... on JointMeeting { title } } }"): (typeof documents)["query MeetingNode($id: ID!) { node(id: $id) { ... on JointMeeting { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MeetingEvents($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { type details } }"): (typeof documents)["subscription MeetingEvents($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { type details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardReceptions($centerId: ID!, $date: Date) { dayBoard(centerId: $centerId, date: $date) { receptionCount receptions { leaderName outcome headcount } } }\n"): (typeof documents)["\n  query BoardReceptions($centerId: ID!, $date: Date) { dayBoard(centerId: $centerId, date: $date) { receptionCount receptions { leaderName outcome headcount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvAssignments($after: String) { assignmentEvents(after: $after) { cursor seq topic caseNumber } }\n"): (typeof documents)["\n  subscription EvAssignments($after: String) { assignmentEvents(after: $after) { cursor seq topic caseNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvCaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq topic type } }\n"): (typeof documents)["\n  subscription EvCaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq topic type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvCenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor seq topic caseNumber } }\n"): (typeof documents)["\n  subscription EvCenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor seq topic caseNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsWageClaim($filter: CaseFilter) { cases(first: 5, filter: $filter) { nodes { id number headcount } } }\n"): (typeof documents)["\n  query ExportsWageClaim($filter: CaseFilter) { cases(first: 5, filter: $filter) { nodes { id number headcount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DirectWall($centerId: ID!) { centerEvents(centerId: $centerId) { seq details } }"): (typeof documents)["subscription DirectWall($centerId: ID!) { centerEvents(centerId: $centerId) { seq details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DirectBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq type } }"): (typeof documents)["subscription DirectBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DirectCaseBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq case { title } } }"): (typeof documents)["subscription DirectCaseBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq case { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FanBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic type caseNumber } }"): (typeof documents)["subscription FanBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic type caseNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FanScreen($centerId: ID!) { centerEvents(centerId: $centerId) { seq type caseTitle riskLevel } }"): (typeof documents)["subscription FanScreen($centerId: ID!) { centerEvents(centerId: $centerId) { seq type caseTitle riskLevel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanParties($centerId: ID!) { centerEvents(centerId: $centerId) { seq type case { title parties { name phone } } } }\n"): (typeof documents)["\n  subscription FanParties($centerId: ID!) { centerEvents(centerId: $centerId) { seq type case { title parties { name phone } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FanDesk { assignmentEvents { seq type caseNumber } }"): (typeof documents)["subscription FanDesk { assignmentEvents { seq type caseNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }"): (typeof documents)["mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n"): (typeof documents)["\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerFactsLedger($centerId: ID, $period: LedgerPeriodInput!) {\n    ledger(centerId: $centerId, period: $period) {\n      repeatSourceCount repeatSources { label role cases }\n      totals {\n        received resolved failed open overdue rejected withdrawn dispatched dispatchedWithin15MinutesRate\n        dispatchMinutesMedian dispatchMinutesP90 resolutionHoursMedian resolutionHoursP90\n        extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerFactsLedger($centerId: ID, $period: LedgerPeriodInput!) {\n    ledger(centerId: $centerId, period: $period) {\n      repeatSourceCount repeatSources { label role cases }\n      totals {\n        received resolved failed open overdue rejected withdrawn dispatched dispatchedWithin15MinutesRate\n        dispatchMinutesMedian dispatchMinutesP90 resolutionHoursMedian resolutionHoursP90\n        extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerQuery($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {\n    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {\n      from to repeatSourceCount repeatSources { label role cases }\n      totals { ...Figures }\n      groups { key label figures { ...Figures } }\n    }\n  }\n  fragment Figures on LedgerFigures {\n    received resolved failed open overdue rejected withdrawn resolutionRate dispatched dispatchMinutesMedian dispatchMinutesP90\n    dispatchedWithin15MinutesRate resolutionHoursMedian resolutionHoursP90 extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n  }\n"): (typeof documents)["\n  query LedgerQuery($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {\n    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {\n      from to repeatSourceCount repeatSources { label role cases }\n      totals { ...Figures }\n      groups { key label figures { ...Figures } }\n    }\n  }\n  fragment Figures on LedgerFigures {\n    received resolved failed open overdue rejected withdrawn resolutionRate dispatched dispatchMinutesMedian dispatchMinutesP90\n    dispatchedWithin15MinutesRate resolutionHoursMedian resolutionHoursP90 extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LedgerCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received } thisYear { received } } }\n"): (typeof documents)["\n  subscription LedgerCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received } thisYear { received } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerSweep { caseSupervisionSweep { raised } }"): (typeof documents)["mutation LedgerSweep { caseSupervisionSweep { raised } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerVisible($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount nodes { id number } } }"): (typeof documents)["query LedgerVisible($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount nodes { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkSign($input: LinkSignInput!) { linkSign(input: $input) { url expiresAt userErrors { field code message } } }\n"): (typeof documents)["\n  mutation LinkSign($input: LinkSignInput!) { linkSign(input: $input) { url expiresAt userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksSignIn($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }\n"): (typeof documents)["\n  mutation LinksSignIn($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinksSignOut { sessionRevoke { revoked } }"): (typeof documents)["mutation LinksSignOut { sessionRevoke { revoked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n"): (typeof documents)["\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n"): (typeof documents)["\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n"): (typeof documents)["\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixRegister($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id } userErrors { code } } }"): (typeof documents)["mutation MatrixRegister($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }"): (typeof documents)["query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }"): (typeof documents)["mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }"): (typeof documents)["mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }"): (typeof documents)["mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }"): (typeof documents)["mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }"): (typeof documents)["mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }"): (typeof documents)["mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }"): (typeof documents)["mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }"): (typeof documents)["mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }"): (typeof documents)["mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }"): (typeof documents)["mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }"): (typeof documents)["mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }"): (typeof documents)["mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }"): (typeof documents)["mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }"): (typeof documents)["mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }"): (typeof documents)["mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }"): (typeof documents)["mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PetitionPolicies { timeLimitPolicies { kind categoryCode objectionDays objectionDayCount reviewRequestDays reviewAnswerDays reviewDayCount maxRepresentatives } }"): (typeof documents)["query PetitionPolicies { timeLimitPolicies { kind categoryCode objectionDays objectionDayCount reviewRequestDays reviewAnswerDays reviewDayCount maxRepresentatives } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseObject($input: CaseObjectInput!) {\n    caseObject(input: $input) { case { id version status assignments { role } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CaseObject($input: CaseObjectInput!) {\n    caseObject(input: $input) { case { id version status assignments { role } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionAnswer($input: PetitionAnswerRecordInput!) {\n    petitionAnswerRecord(input: $input) { case { id version petitionProcedure { stage answeredOn } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation PetitionAnswer($input: PetitionAnswerRecordInput!) {\n    petitionAnswerRecord(input: $input) { case { id version petitionProcedure { stage answeredOn } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionReview($input: PetitionReviewRequestInput!) {\n    petitionReviewRequest(input: $input) {\n      case { id version number title status dueDate outcomeNote parties { name } links { other { id } } petitionProcedure { stage previousCase { id } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation PetitionReview($input: PetitionReviewRequestInput!) {\n    petitionReviewRequest(input: $input) {\n      case { id version number title status dueDate outcomeNote parties { name } links { other { id } } petitionProcedure { stage previousCase { id } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionCase($id: ID!) {\n    node(id: $id) { ... on Case { version followUps { id } timeline(first: 50) { nodes { type details } } } }\n  }\n"): (typeof documents)["\n  query PetitionCase($id: ID!) {\n    node(id: $id) { ... on Case { version followUps { id } timeline(first: 50) { nodes { type details } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaLedger($centerId: ID) { ledger(centerId: $centerId, period: { kind: YEAR }) { totals { received } } }"): (typeof documents)["query ReplicaLedger($centerId: ID) { ledger(centerId: $centerId, period: { kind: YEAR }) { totals { received } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }"): (typeof documents)["query ReplicaHangjin { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaEjinhoro { centers(first: 1, filter: { search: \"150627\", level: COUNTY }) { nodes { id } } }"): (typeof documents)["query ReplicaEjinhoro { centers(first: 1, filter: { search: \"150627\", level: COUNTY }) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaLeaders { users(first: 20, filter: { role: LEADER }) { nodes { id username } } }"): (typeof documents)["query ReplicaLeaders { users(first: 20, filter: { role: LEADER }) { nodes { id username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }"): (typeof documents)["mutation ReplicaDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"): (typeof documents)["mutation ReplicaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"): (typeof documents)["query ReplicaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaPublicWeek($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind name } }"): (typeof documents)["query ReplicaPublicWeek($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProcStream($after: String) { assignmentEvents(after: $after) { cursor topic type caseNumber } }"): (typeof documents)["subscription ProcStream($after: String) { assignmentEvents(after: $after) { cursor topic type caseNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }"): (typeof documents)["query ProcIds { centers(first: 1, filter: { search: \"150625\", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: \"人社局\" }) { nodes { id center { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Assignments($after: String, $agencyId: ID) {\n    assignmentEvents(after: $after, agencyId: $agencyId) { cursor seq topic type label caseNumber caseStatus details case { title } }\n  }\n"): (typeof documents)["\n  subscription Assignments($after: String, $agencyId: ID) {\n    assignmentEvents(after: $after, agencyId: $agencyId) { cursor seq topic type label caseNumber caseStatus details case { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor topic type caseStatus } }\n"): (typeof documents)["\n  subscription CaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor topic type caseStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor topic type caseNumber } }\n"): (typeof documents)["\n  subscription CenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor topic type caseNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Alerts { supervisionAlerts { cursor topic type caseNumber details } }"): (typeof documents)["subscription Alerts { supervisionAlerts { cursor topic type caseNumber details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RtRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }"): (typeof documents)["mutation RtRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RtLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }"): (typeof documents)["mutation RtLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RtLogout { sessionRevoke { revoked } }"): (typeof documents)["mutation RtLogout { sessionRevoke { revoked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RtSweep { caseSupervisionSweep { raised } }"): (typeof documents)["mutation RtSweep { caseSupervisionSweep { raised } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Deep { assignmentEvents { case { center { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }"): (typeof documents)["subscription Deep { assignmentEvents { case { center { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id date } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation RulesDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id date } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date slot leaderName } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation RulesDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date slot leaderName } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderName } }\n"): (typeof documents)["\n  query RulesDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message duties { id } } }"): (typeof documents)["query RulesRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message duties { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesRosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name days } }"): (typeof documents)["query RulesRosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name days } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"): (typeof documents)["mutation RulesRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesLeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { field code message } } }"): (typeof documents)["mutation RulesLeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }"): (typeof documents)["mutation RulesPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date } userErrors { field code } } }"): (typeof documents)["mutation RulesPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date } userErrors { field code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { __typename } }"): (typeof documents)["query RulesPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date leaderName } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation DutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date leaderName } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date leaderName manual } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation DutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date leaderName manual } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { code } } }"): (typeof documents)["mutation LeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Duties($centerId: ID!, $from: Date!, $to: Date!, $kind: DutyKind) {\n    duties(centerId: $centerId, from: $from, to: $to, kind: $kind) { id version date kind slot leaderName leaderTitle manual room topics }\n  }\n"): (typeof documents)["\n  query Duties($centerId: ID!, $from: Date!, $to: Date!, $kind: DutyKind) {\n    duties(centerId: $centerId, from: $from, to: $to, kind: $kind) { id version date kind slot leaderName leaderTitle manual room topics }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }"): (typeof documents)["query RosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name reception buildingManager days } }"): (typeof documents)["query RosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name reception buildingManager days } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicDuties($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind slot name title room topics } }"): (typeof documents)["query PublicDuties($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind slot name title room topics } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RosterStream($centerId: ID!) { rosterChanges(centerId: $centerId) { topic type cursor details } }"): (typeof documents)["subscription RosterStream($centerId: ID!) { rosterChanges(centerId: $centerId) { topic type cursor details } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TodayDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date reason duties { kind name title slot } } }"): (typeof documents)["subscription TodayDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date reason duties { kind name title slot } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field code message } } }"): (typeof documents)["mutation SwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field code message } } }"): (typeof documents)["mutation SwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status fromDuty { date leaderName } toDuty { date leaderName } } userErrors { field code message } } }"): (typeof documents)["mutation SwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status fromDuty { date leaderName } toDuty { date leaderName } } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutySwaps($centerId: ID!, $status: [SwapStatus!], $first: Int, $after: String) {\n    dutySwaps(centerId: $centerId, status: $status, first: $first, after: $after) {\n      nodes { id status reason requestedById counterpartId fromDuty { date leaderName } toDuty { date leaderName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DutySwaps($centerId: ID!, $status: [SwapStatus!], $first: Int, $after: String) {\n    dutySwaps(centerId: $centerId, status: $status, first: $first, after: $after) {\n      nodes { id status reason requestedById counterpartId fromDuty { date leaderName } toDuty { date leaderName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field code message } } }"): (typeof documents)["mutation RotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RotaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"): (typeof documents)["query RotaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RosterStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }"): (typeof documents)["query RosterStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationingsByMode($modes: [StationingMode!]) { stationings(first: 50, filter: { modes: $modes }) { nodes { id mode } } }"): (typeof documents)["query StationingsByMode($modes: [StationingMode!]) { stationings(first: 50, filter: { modes: $modes }) { nodes { id mode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }"): (typeof documents)["mutation PresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PresenceDays($id: ID!, $from: Date!, $to: Date!) { presenceDays(stationingId: $id, from: $from, to: $to) }"): (typeof documents)["query PresenceDays($id: ID!, $from: Date!, $to: Date!) { presenceDays(stationingId: $id, from: $from, to: $to) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RosterLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"): (typeof documents)["query RosterLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken userErrors { code } } }"): (typeof documents)["mutation SecLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecCases { cases(first: 100) { nodes { id number parties { id } leadAgency { shortName } } } }"): (typeof documents)["query SecCases { cases(first: 100) { nodes { id number parties { id } leadAgency { shortName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecCaseParties($id: ID!) {\n    node(id: $id) { ... on Case { id number parties { id name idNumber phone } } }\n  }\n"): (typeof documents)["\n  query SecCaseParties($id: ID!) {\n    node(id: $id) { ... on Case { id number parties { id name idNumber phone } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecCaseCenter($id: ID!) { node(id: $id) { ... on Case { version status center { id } } } }"): (typeof documents)["query SecCaseCenter($id: ID!) { node(id: $id) { ... on Case { version status center { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SecLiveParties($centerId: ID!) { centerEvents(centerId: $centerId) { topic case { number parties { name phone } } } }\n"): (typeof documents)["\n  subscription SecLiveParties($centerId: ID!) { centerEvents(centerId: $centerId) { topic case { number parties { name phone } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecAudit($caseId: ID) {\n    personalDataAccesses(first: 50, caseId: $caseId) { nodes { at fields reason operationName requestId user { username } case { number } partyName } }\n  }\n"): (typeof documents)["\n  query SecAudit($caseId: ID) {\n    personalDataAccesses(first: 50, caseId: $caseId) { nodes { at fields reason operationName requestId user { username } case { number } partyName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }"): (typeof documents)["mutation StreamKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamSignOut { sessionRevoke { revoked } }"): (typeof documents)["mutation StreamSignOut { sessionRevoke { revoked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }"): (typeof documents)["mutation StreamRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { userErrors { code } } }"): (typeof documents)["mutation StreamRetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }"): (typeof documents)["mutation StreamLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }"): (typeof documents)["subscription AccessAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }"): (typeof documents)["subscription AccessCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription AccessCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription AccessAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription AccessRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }"): (typeof documents)["subscription AccessToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }"): (typeof documents)["subscription AccessCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessInCharge { casesInChargeEvents { seq topic } }"): (typeof documents)["subscription AccessInCharge { casesInChargeEvents { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }"): (typeof documents)["subscription AccessDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription AccessDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AccessMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription AccessMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    id number trackingCode version status kind channel title amount riskLevel riskFlag overdue\n    receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount\n    center { name } originCenter { name } category { code }\n    parties { id role type name idNumber phone headcount }\n    assignments { role agency { shortName } mediator { name } }\n    leadAgency { shortName } mediator { name }\n  }\n"): (typeof documents)["\n  fragment CaseFields on Case {\n    id number trackingCode version status kind channel title amount riskLevel riskFlag overdue\n    receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount\n    center { name } originCenter { name } category { code }\n    parties { id role type name idNumber phone headcount }\n    assignments { role agency { shortName } mediator { name } }\n    leadAgency { shortName } mediator { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseById($id: ID!) {\n    node(id: $id) {\n      ... on Case {\n        ...CaseFields\n        history: assignments(includeEnded: true) { role endedAt endReason agency { shortName } mediator { name } }\n        timeline(first: 100) { totalCount nodes { seq type label actorName fromStatus toStatus details } }\n        sessions { method participants mediator { name } }\n        agreement { totalAmount paidAmount outstandingAmount overdue instalments { seq dueDate amount paidAmount overdue paid } payments { amount paidDate note } confirmations { result requestedDate decisionDueDate decidedDate court { shortName } } }\n        extensionRequests { id days status reason decidedByName }\n        supervisions { id kind open instructions responseDueDate response raisedByName }\n        feedback { satisfaction comment party { name } }\n        links { link { type } other { number } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseById($id: ID!) {\n    node(id: $id) {\n      ... on Case {\n        ...CaseFields\n        history: assignments(includeEnded: true) { role endedAt endReason agency { shortName } mediator { name } }\n        timeline(first: 100) { totalCount nodes { seq type label actorName fromStatus toStatus details } }\n        sessions { method participants mediator { name } }\n        agreement { totalAmount paidAmount outstandingAmount overdue instalments { seq dueDate amount paidAmount overdue paid } payments { amount paidDate note } confirmations { result requestedDate decisionDueDate decidedDate court { shortName } } }\n        extensionRequests { id days status reason decidedByName }\n        supervisions { id kind open instructions responseDueDate response raisedByName }\n        feedback { satisfaction comment party { name } }\n        links { link { type } other { number } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseCreate($input: CaseCreateInput!) { caseCreate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseCreate($input: CaseCreateInput!) { caseCreate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseUpdate($input: CaseUpdateInput!) { caseUpdate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseUpdate($input: CaseUpdateInput!) { caseUpdate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasePartyAdd($input: CasePartyAddInput!) { casePartyAdd(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CasePartyAdd($input: CasePartyAddInput!) { casePartyAdd(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseReassign($input: CaseReassignInput!) { caseReassign(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseReassign($input: CaseReassignInput!) { caseReassign(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseReject($input: CaseReasonInput!) { caseReject(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseReject($input: CaseReasonInput!) { caseReject(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseWithdraw($input: CaseReasonInput!) { caseWithdraw(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseWithdraw($input: CaseReasonInput!) { caseWithdraw(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseEscalate($input: CaseReasonInput!) { caseEscalate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseEscalate($input: CaseReasonInput!) { caseEscalate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDelegate($input: CaseDelegateInput!) { caseDelegate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseDelegate($input: CaseDelegateInput!) { caseDelegate(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { session { method } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { session { method } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { agreement { id totalAmount } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { agreement { id totalAmount } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { payment { amount } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CasePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { payment { amount } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseConfirmationRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { confirmation { result decisionDueDate } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseConfirmationRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { confirmation { result decisionDueDate } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseConfirmationDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { confirmation { result } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseConfirmationDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { confirmation { result } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFail($input: CaseFailInput!) { caseFail(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseFail($input: CaseFailInput!) { caseFail(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseExtensionRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { extensionRequest { id days status } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseExtensionRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { extensionRequest { id days status } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { extensionRequest { id status } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { extensionRequest { id status } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { supervision { id kind } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { supervision { id kind } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { supervision { id open response } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { supervision { id open response } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseSweep { caseSupervisionSweep { raised userErrors { code } } }"): (typeof documents)["mutation CaseSweep { caseSupervisionSweep { raised userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { feedback { satisfaction } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { feedback { satisfaction } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseClose($input: CaseCloseInput!) { caseClose(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseClose($input: CaseCloseInput!) { caseClose(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseLinkCases($input: CaseLinkInput!) { caseLink(input: $input) { link { type } case { ...CaseFields } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CaseLinkCases($input: CaseLinkInput!) { caseLink(input: $input) { link { type } case { ...CaseFields } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestion($id: ID!) {\n    node(id: $id) { ... on Case { dispatchSuggestion { basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n      mediators { score openCases presentToday reasons mediator { id name } } } } }\n  }\n"): (typeof documents)["\n  query Suggestion($id: ID!) {\n    node(id: $id) { ... on Case { dispatchSuggestion { basis leadAgency { id shortName } cooperatingAgencies { id shortName }\n      mediators { score openCases presentToday reasons mediator { id name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesList($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { totalCount nodes { ...CaseFields } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query CasesList($first: Int, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) { totalCount nodes { ...CaseFields } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Org {\n    centers(first: 50) { nodes { id name } }\n    agencies(first: 100) { nodes { id shortName center { name } } }\n    mediators(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query Org {\n    centers(first: 50) { nodes { id name } }\n    agencies(first: 100) { nodes { id shortName center { name } } }\n    mediators(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCenter($input: CenterCreateInput!) { centerCreate(input: $input) { center { id name divisionCode } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryCenter($input: CenterCreateInput!) { centerCreate(input: $input) { center { id name divisionCode } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryAgency($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id name shortName } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryAgency($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id name shortName } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryMediator($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryMediator($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryUser($input: UserCreateInput!) { userCreate(input: $input) { user { id username } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryUser($input: UserCreateInput!) { userCreate(input: $input) { user { id username } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRole($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryRole($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryStationing($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryStationing($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id version } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id version } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FactoryUserRoles($id: ID!) { node(id: $id) { ... on User { roles { id role } } } }"): (typeof documents)["query FactoryUserRoles($id: ID!) { node(id: $id) { ... on User { roles { id role } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRoutingRule($input: RoutingRuleSetInput!) { routingRuleSet(input: $input) { routingRule { id } userErrors { field code message } } }\n"): (typeof documents)["\n  mutation FactoryRoutingRule($input: RoutingRuleSetInput!) { routingRuleSet(input: $input) { routingRule { id } userErrors { field code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationRegister($input: PersistedOperationRegisterInput!) {\n    persistedOperationRegister(input: $input) { persistedOperation { id sha256 operationName version } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation OperationRegister($input: PersistedOperationRegisterInput!) {\n    persistedOperationRegister(input: $input) { persistedOperation { id sha256 operationName version } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }"): (typeof documents)["mutation KeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyList { apiKeys(first: 20, includeRevoked: true) { nodes { id name prefix lastUsedAt revokedAt centers { divisionCode } operations { operationName sha256 } } } }"): (typeof documents)["query KeyList { apiKeys(first: 20, includeRevoked: true) { nodes { id name prefix lastUsedAt revokedAt centers { divisionCode } operations { operationName sha256 } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterOp($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id version } userErrors { field code message } } }"): (typeof documents)["mutation RegisterOp($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id version } userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { persistedOperation { id } userErrors { code } } }"): (typeof documents)["mutation RetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { persistedOperation { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TpDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { id status version } userErrors { code message } } }"): (typeof documents)["mutation TpDispatch($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { id status version } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TpByNumber($number: String!) { caseByNumber(number: $number) { id version status center { id } } }"): (typeof documents)["query TpByNumber($number: String!) { caseByNumber(number: $number) { id version status center { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }"): (typeof documents)["subscription IdsAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }"): (typeof documents)["subscription IdsCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription IdsCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription IdsAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription IdsRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }"): (typeof documents)["subscription IdsToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }"): (typeof documents)["subscription IdsCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsInCharge { casesInChargeEvents { seq topic } }"): (typeof documents)["subscription IdsInCharge { casesInChargeEvents { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }"): (typeof documents)["subscription IdsDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription IdsDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdsMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }"): (typeof documents)["subscription IdsMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;