export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './repositories/audit.repository';
export * from './persistence.module';
export * from './pg-errors';
export * from './repositories/proposal.repository';
export * from './payout-vault';
