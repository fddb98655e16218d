export * from './contracts';
export * from './temporal-client.module';
export * from './errors';
export type * from './activities';
