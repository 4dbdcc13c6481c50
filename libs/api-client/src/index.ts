export type { components, operations, paths } from './generated/schema';
export { createTrellisClient } from './lib/client';
export type { TrellisClient, TrellisClientOptions, TokenStore, StoredTokens } from './lib/client';
export { isProblem } from './lib/problem';
export type { Problem } from './lib/problem';
export type { Schemas } from './lib/schemas';
