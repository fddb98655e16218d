/**
 * The one place where the API (client side), the worker and the workflows agree on names and shapes, one file per
 * workflow. Each file imports only `./shared` and pure domain types, so there is no cycle between them.
 */
export * from './shared';
export * from './proposal';
export * from './grant';
export * from './notification';
