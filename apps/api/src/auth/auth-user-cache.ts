import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import type { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent';
import { AppConfig, durationSetting } from '@csf/config';
import type { UserEntity } from '@csf/persistence';

const caches = new WeakMap<DataSource, AuthUserCache>();

/**
 * Call after any write to a user row that the bearer check reads (active, token_version, roles, organisation,
 * second factor, name, language), with the manager that wrote it; plain functions reach the cache this way.
 */
export function userChanged(manager: EntityManager, id: string): void {
  caches.get(manager.connection)?.changed(id, manager);
}

/** What the bearer check needs of a user row. */
export type CachedUser = Pick<
  UserEntity,
  | 'id'
  | 'email'
  | 'phone'
  | 'displayName'
  | 'roles'
  | 'organizationId'
  | 'language'
  | 'active'
  | 'tokenVersion'
  | 'totpEnabledAt'
>;

/**
 * The signed-in users this process loaded in the last AUTH_USER_CACHE_TTL, so the bearer check does not read the
 * users table on every request. A change to a user made here (deactivation, token_version bump, roles, membership,
 * second factor) evicts the entry when its transaction commits — not before, or a request reading the row between
 * the eviction and the commit would cache the old one again. Other instances see it within the TTL.
 */
@Injectable()
export class AuthUserCache implements OnModuleInit, EntitySubscriberInterface {
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  /** Insertion order is age order: the first key is the oldest entry. */
  private readonly entries = new Map<string, { user: CachedUser; expiresAt: number }>();
  /** Bumped by every eviction: a load that started before one does not store what it read. */
  private generation = 0;
  /** Users changed inside a transaction still open, evicted again when it ends. */
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.ttlMs = durationSetting(config.AUTH_USER_CACHE_TTL);
    this.maxEntries = config.AUTH_USER_CACHE_SIZE;
  }

  onModuleInit(): void {
    // Registered on the live DataSource so it hears every transaction's end, whoever opened it.
    this.dataSource.subscribers.push(this);
    caches.set(this.dataSource, this);
  }

  async get(id: string, load: () => Promise<CachedUser | null>): Promise<CachedUser | null> {
    const now = Date.now();
    const hit = this.entries.get(id);
    if (hit && hit.expiresAt > now) return hit.user;
    if (hit) this.entries.delete(id);
    const generation = this.generation;
    const user = await load();
    if (user && this.ttlMs > 0 && generation === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(id, { user, expiresAt: now + this.ttlMs });
    }
    return user;
  }

  /** Evicts the user now and, when `manager` is inside a transaction, once more when that transaction ends. */
  changed(id: string, manager?: EntityManager): void {
    this.evict(id);
    const runner = manager?.queryRunner;
    if (!runner?.isTransactionActive) return;
    const ids = this.pending.get(runner) ?? new Set<string>();
    ids.add(id);
    this.pending.set(runner, ids);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    this.settle(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.settle(event.queryRunner);
  }

  private settle(runner: QueryRunner): void {
    // A savepoint's release or rollback is not the end: the outer transaction may still commit later.
    if (runner.isTransactionActive) return;
    const ids = this.pending.get(runner);
    if (!ids) return;
    this.pending.delete(runner);
    for (const id of ids) this.evict(id);
  }

  private evict(id: string): void {
    this.generation += 1;
    this.entries.delete(id);
  }
}
