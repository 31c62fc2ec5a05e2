import { Role } from './role.js';
import { forbidden } from './errors.js';

/** One role of the viewer, flattened for scope checks. */
export interface Grant {
  role: Role;
  /** null: every center (ADMIN and AUDITOR only). */
  centerId: number | null;
  /** Ancestry that centers below the granted center start with (`/1/5/` for center 5 under 1). */
  subtreePrefix: string | null;
  agencyId: number | null;
  mediatorId: number | null;
  /**
   * Set on grants derived from the published rota (the 当日楼长 of that date, see
   * `modules/identity/duty-grants.ts`), absent on granted roles. Such a grant ends at midnight Beijing time.
   */
  dutyDate?: string;
}

/** What a third-party API key may do; capabilities stand in for roles (see `modules/access`). */
export interface KeyGrant {
  apiKeyId: number;
  name: string;
  capabilities: readonly string[];
  /** The centers the key was issued for, each with its subtree (same shape as a role's scope). */
  centers: readonly { centerId: number; prefix: string }[];
  /** sha256 of the registered document a WebSocket operation runs: re-checked with the key while it streams. */
  operationSha256?: string;
}

export interface ScopedCenter {
  id: number;
  ancestry: string;
}

/**
 * Who is calling, with the roles loaded fresh for this operation (so a revoked role stops working
 * at once). The rules of "who may do what where" read from here; services call them.
 */
export class Viewer {
  static readonly anonymous = new Viewer(null, null, []);

  constructor(
    readonly userId: number | null,
    readonly sessionId: number | null,
    readonly grants: readonly Grant[],
    /** Set when the caller is a third-party client holding an API key (then there is no user and no grant). */
    readonly apiKey: KeyGrant | null = null,
    /** Epoch ms after which the grants are stale (midnight Beijing time when a rota-derived grant is held); null: no bound. */
    readonly validUntil: number | null = null,
  ) {}

  static forApiKey(key: KeyGrant): Viewer {
    return new Viewer(null, null, [], key);
  }

  /** True for a key holding `capability`, for a center inside the key's centers when one is given. */
  keyCan(capability: string, center?: ScopedCenter): boolean {
    const key = this.apiKey;
    if (!key || !key.capabilities.includes(capability)) return false;
    return !center || key.centers.some((c) => c.centerId === center.id || center.ancestry.startsWith(c.prefix));
  }


  /** Signed in with their own account (staff); an API key is not. */
  get authenticated(): boolean {
    return this.userId !== null;
  }

  hasRole(...roles: Role[]): boolean {
    return this.grants.some((g) => roles.includes(g.role));
  }

  static covers(grant: Grant, center: ScopedCenter): boolean {
    return grant.centerId === null || grant.centerId === center.id || center.ancestry.startsWith(grant.subtreePrefix!);
  }

  /** True when one of `roles` is granted over a subtree containing `center`. */
  can(roles: readonly Role[], center: ScopedCenter): boolean {
    return this.grants.some((g) => roles.includes(g.role) && Viewer.covers(g, center));
  }

  /** True when one of `roles` is granted over every center (a province-level grant). */
  canEverywhere(roles: readonly Role[]): boolean {
    return this.grants.some((g) => roles.includes(g.role) && g.centerId === null);
  }

  assertCan(roles: readonly Role[], center: ScopedCenter, what = '此操作'): void {
    if (!this.can(roles, center)) throw forbidden(`您的角色范围不包括该中心，无权执行${what} / Outside the scope of your roles`);
  }

  /**
   * The date of the 楼长 duty that alone lets the viewer act with `roles` on `center`; undefined when a
   * granted role does (or nothing does). The timeline records it as "as 楼长 of <date>".
   */
  dutyBasis(roles: readonly Role[], center: ScopedCenter): string | undefined {
    const covering = this.grants.filter((g) => roles.includes(g.role) && Viewer.covers(g, center));
    if (covering.some((g) => g.dutyDate === undefined)) return undefined;
    return covering[0]?.dutyDate;
  }

  /**
   * The subtrees in which one of `roles` is granted: `'all'`, or the granted center IDs with their
   * descendants' ancestry prefixes. Empty when none.
   */
  scopes(roles: readonly Role[]): 'all' | { centerId: number; prefix: string }[] {
    const mine = this.grants.filter((g) => roles.includes(g.role));
    if (mine.some((g) => g.centerId === null)) return 'all';
    return mine.map((g) => ({ centerId: g.centerId!, prefix: g.subtreePrefix! }));
  }
}
