import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { HubEntity } from '../../shared/node.js';
import { User } from './user.entity.js';

/**
 * A signed-in session. Access tokens are short-lived JWTs naming the session; the refresh token is a
 * random secret stored only as a SHA-256 hash and rotated on every renewal. Presenting an already
 * rotated refresh token revokes the session (it was stolen or replayed).
 */
@Entity()
export class Session extends HubEntity {
  @ManyToOne(() => User, { ref: true, index: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ length: 64 })
  @Unique()
  refreshHash!: string;

  @Property({ length: 64, nullable: true, index: true })
  previousRefreshHash: string | null = null;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
