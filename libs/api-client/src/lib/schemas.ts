import type { components } from '../generated/schema';

/** The API's named schemas: `Schemas['UserDto']`. */
export type Schemas = components['schemas'];
