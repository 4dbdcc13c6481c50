import { Identity1763700000000 } from './1763700000000-identity';

/** Migrations in order. Listed explicitly so the bundle needs no glob at run time. */
export const MIGRATIONS = [Identity1763700000000];
