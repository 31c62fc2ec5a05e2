/**
 * Opaque global IDs for the Relay `Node` interface: base64url of `Type:localId`.
 * Clients must treat them as opaque; the encoding may change.
 */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: number;
}

/** Decodes a global ID; `undefined` when it is malformed (never throws). */
export function fromGlobalId(globalId: string): DecodedId | undefined {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return undefined;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]{0,63}):([1-9]\d{0,14})$/.exec(decoded);
  if (!match) return undefined;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return undefined;
  return { type: match[1]!, id };
}

/** Decodes a global ID that must be of `type`; `undefined` otherwise. */
export function localId(globalId: string, type: string): number | undefined {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.id : undefined;
}
