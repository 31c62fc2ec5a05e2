import { ApiKey, PersistedOperation } from '../modules/access/api-key.entity.js';
import { PersonalDataAccess } from '../modules/audit/personal-data-access.entity.js';
import { CitizenSubmission } from '../modules/citizen/citizen-submission.entity.js';
import { Throttle } from '../shared/throttle.entity.js';
import { CalendarDay } from '../modules/calendar/calendar-day.entity.js';
import { CalendarYear } from '../modules/calendar/calendar-year.entity.js';
import { TimeLimitPolicy } from '../modules/calendar/time-limit-policy.entity.js';
import { Assignment } from '../modules/cases/assignment.entity.js';
import { CaseEvent } from '../modules/cases/case-event.entity.js';
import { Case } from '../modules/cases/case.entity.js';
import { CaseLink, Feedback } from '../modules/cases/feedback.entity.js';
import { Agreement, Instalment, JudicialConfirmation, MediationSession, Payment } from '../modules/cases/handling.entity.js';
import { Party } from '../modules/cases/party.entity.js';
import { CaseCounter } from '../modules/cases/case-counter.entity.js';
import { RoutingRule } from '../modules/routing/routing-rule.entity.js';
import { ExtensionRequest, Supervision } from '../modules/cases/supervision.entity.js';
import { Category } from '../modules/catalog/category.entity.js';
import { RoleAssignment } from '../modules/identity/role-assignment.entity.js';
import { Session } from '../modules/identity/session.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Agency } from '../modules/organisation/agency.entity.js';
import { Center } from '../modules/organisation/center.entity.js';
import { Mediator } from '../modules/organisation/mediator.entity.js';
import { PresenceDay } from '../modules/organisation/presence-day.entity.js';
import { Stationing } from '../modules/organisation/stationing.entity.js';
import { HubEvent, HubEventCounter } from '../shared/event-log/hub-event.entity.js';
import { Duty, DutySwap, Leave, PublishedDuty, RotaPublication } from '../modules/rosters/duty.entity.js';
import { DUAL_DISPATCH_ENTITIES } from './dual-dispatch-entities.js';
import { DAYBOARD_ENTITIES } from '../modules/dayboard/entities.js';
import { LEDGER_ENTITIES } from '../modules/ledger/ledger-facts.entity.js';

/** Every entity the ORM knows; listed explicitly so start-up does no file discovery. */
export const ENTITIES = [
  Center, Agency, Stationing, PresenceDay, Mediator, Category, User, RoleAssignment, Session,
  CalendarDay, CalendarYear, TimeLimitPolicy,
  Case, Party, Assignment, CaseEvent, MediationSession, Agreement, Instalment, Payment, JudicialConfirmation,
  Supervision, ExtensionRequest, Feedback, CaseLink, RoutingRule, CaseCounter,
  HubEvent, HubEventCounter, Duty, Leave, DutySwap, PublishedDuty, RotaPublication,
  ApiKey, PersistedOperation, CitizenSubmission, PersonalDataAccess, Throttle,
  ...DUAL_DISPATCH_ENTITIES,
  ...DAYBOARD_ENTITIES,
  ...LEDGER_ENTITIES,
];
