export * from './contracts';
export * from './refusal';
export * from './temporal-client.module';
export * from './encryption-codec';
export * from './errors';
export type * from './activities';
