// Pure domain rules: no I/O, no Node built-ins, so that workflows can import them as well as services.
export * from './errors';
export * from './money';
export * from './regions';
export * from './roles';
export * from './organizations';
export * from './proposal-status';
export * from './durations';
export * from './round-rules';
export * from './eligibility';
export * from './scoring';
export * from './reviewer-selection';
export * from './grant-schedule';
export * from './grant-lifecycle';
export * from './deadlines';
export * from './notifications';
export * from './payout';
export * from './payments';
