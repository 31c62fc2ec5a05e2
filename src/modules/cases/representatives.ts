import { UserErrorCode } from '../../shared/errors.js';
import type { Validator } from '../../shared/validation.js';
import type { TimeLimitPolicy } from '../calendar/time-limit-policy.entity.js';
import { CaseChannel } from './case.enums.js';
import { PartyRole, PartyType, type Party } from './party.entity.js';

/** Channels where petitioners come in person (走访), to which art. 20's limit on representatives applies. */
export const VISIT_CHANNELS: readonly CaseChannel[] = [CaseChannel.PETITION_VISIT, CaseChannel.WALK_IN, CaseChannel.LEADER_RECEPTION];

/**
 * 信访工作条例 art. 20: a visit by more people than the policy's `maxRepresentatives` names
 * representatives, at most that many. The representatives are parties; the group's headcount stays on
 * the parties as recorded. Errors land on `path` + the party's index (e.g. ["parties","5","representative"]).
 */
export function checkRepresentatives(
  v: Validator, channel: CaseChannel, parties: Pick<Party, 'role' | 'type' | 'headcount' | 'representative'>[],
  policy: Pick<TimeLimitPolicy, 'maxRepresentatives' | 'basis'>, path: string[] = ['parties'],
): void {
  const max = policy.maxRepresentatives;
  if (max == null || !VISIT_CHANNELS.includes(channel)) return;
  parties.forEach((p, i) => {
    if (p.representative && (p.role !== PartyRole.APPLICANT || p.type !== PartyType.PERSON)) {
      v.add([...path, String(i), 'representative'], UserErrorCode.INVALID, '代表须是来访的自然人申请人');
    }
  });
  const visitors = parties.filter((p) => p.role === PartyRole.APPLICANT).reduce((sum, p) => sum + p.headcount, 0);
  if (visitors <= max) return;
  const representatives = parties.map((p, i) => [p, i] as const).filter(([p]) => p.representative);
  if (representatives.length === 0) {
    v.add(path, UserErrorCode.REQUIRED, `来访${visitors}人，超过${max}人的应当推选代表（不超过${max}人）并标记为代表（《信访工作条例》第二十条）`);
  }
  for (const [, i] of representatives.slice(max)) {
    v.add([...path, String(i), 'representative'], UserErrorCode.OUT_OF_RANGE, `多人走访推选的代表不超过${max}人（《信访工作条例》第二十条）`);
  }
}
