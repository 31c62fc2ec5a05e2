import type { HubContext } from '../../shared/context.js';
import { maskIdNumber, maskPhone } from '../../shared/masking.js';

/**
 * A party's ID or phone number as this viewer may read it: in full when `full` (and then written to
 * the audit log), masked otherwise. The one place the API, exports and printed documents go through.
 */
export function personalValue(
  ctx: HubContext,
  full: boolean,
  caseId: number,
  party: { id: number; idNumber: string | null; phone: string | null },
  field: 'idNumber' | 'phone',
): string | null {
  const value = party[field];
  if (!value) return null;
  if (!full) return field === 'phone' ? maskPhone(value) : maskIdNumber(value);
  if (ctx.viewer.userId !== null) ctx.audit.record(ctx.viewer.userId, caseId, party.id, field);
  return value;
}
