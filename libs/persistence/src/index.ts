export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './persistence.module';
export * from './pg-errors';
export * from './payout-vault';
// Repositories: one aggregate's rows, found, locked and written inside the caller's transaction.
export * from './repositories/audit.repository';
export * from './repositories/grants.repository';
export * from './repositories/notifications.repository';
export * from './repositories/proposal.repository';
export * from './repositories/review-assignments.repository';
export * from './repositories/rounds.repository';
// Read models: the queries behind the API's lists, searches, dashboards and exports.
export * from './read-models/exports';
export * from './read-models/grants';
export * from './read-models/history';
export * from './read-models/keyset';
export * from './read-models/portfolio';
export * from './read-models/proposal-list';
export * from './read-models/proposal-reviews';
export * from './read-models/report-queue';
export * from './read-models/rounds';
export * from './read-models/tranche-queue';
