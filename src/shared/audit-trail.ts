import type { EntityManager } from '@mikro-orm/postgresql';

interface Read {
  userId: number;
  caseId: number;
  partyId: number;
  fields: Set<string>;
}

/**
 * Collects the unmasked personal-data reads of one operation (one row per party, however many of
 * its fields and aliases were read) and writes them in one INSERT before the answer is sent. A read
 * that cannot be audited is not answered: the server turns a failed flush into an error.
 */
export class AuditTrail {
  private readonly reads = new Map<string, Read>();
  operationName: string | null = null;

  constructor(
    readonly requestId: string,
    readonly clientIp: string,
    /** What the caller said the data is needed for (`X-Access-Reason`), trimmed to 200 characters. */
    readonly reason: string | null,
  ) {}

  record(userId: number, caseId: number, partyId: number, field: string): void {
    const key = `${userId}:${partyId}`;
    const read = this.reads.get(key);
    if (read) read.fields.add(field);
    else this.reads.set(key, { userId, caseId, partyId, fields: new Set([field]) });
  }

  get pending(): number {
    return this.reads.size;
  }

  /** Writes what was collected (outside any transaction of the operation) and starts afresh. */
  async flush(em: EntityManager): Promise<void> {
    if (this.reads.size === 0) return;
    const rows = [...this.reads.values()];
    this.reads.clear();
    const params: unknown[] = [];
    const values = rows.map((r) => {
      params.push(r.userId, r.caseId, r.partyId, JSON.stringify([...r.fields].sort()), this.reason, this.operationName, this.requestId, this.clientIp);
      return '(?, ?, ?, ?::jsonb, ?, ?, ?, ?)';
    });
    await em.getConnection().execute(
      `insert into personal_data_access (user_id, case_id, party_id, fields, reason, operation_name, request_id, client_ip) values ${values.join(', ')}`,
      params,
    );
  }
}

/** The reason header, cleaned: printable, at most 200 characters, or null. */
export function accessReason(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  let text = header;
  // HTTP headers are Latin-1 on the wire; clients send Chinese percent-encoded.
  try {
    text = decodeURIComponent(header);
  } catch {
    /* keep as sent */
  }
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean ? [...clean].slice(0, 200).join('') : null;
}
