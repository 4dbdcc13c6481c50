import type { Role } from '@trellis/domain';
import path from 'node:path';

export const TENANT = 'acme';
export const TENANT_NAME = 'Acme Corporation';
export const PASSWORD = 'Trellis-demo-1';

export interface Persona {
  key: string;
  name: string;
  email: string;
  roles: readonly Role[];
}

/** The demo tenant's people, as the API seeds them (SEED_DEMO=true). */
export const PERSONAS = {
  requester: {
    key: 'requester',
    name: 'Riley Requester',
    email: 'requester@acme.test',
    roles: ['requester'],
  },
  approver: {
    key: 'approver',
    name: 'Avery Approver',
    email: 'approver@acme.test',
    roles: ['requester', 'approver'],
  },
  agent: {
    key: 'agent',
    name: 'Jordan Agent',
    email: 'agent@acme.test',
    roles: ['requester', 'agent'],
  },
  admin: {
    key: 'admin',
    name: 'Morgan Admin',
    email: 'admin@acme.test',
    roles: ['requester', 'admin'],
  },
  changes: {
    key: 'changes',
    name: 'Casey Changes',
    email: 'changes@acme.test',
    roles: ['requester', 'change_manager', 'approver'],
  },
  auditor: {
    key: 'auditor',
    name: 'Quinn Auditor',
    email: 'auditor@acme.test',
    roles: ['requester', 'auditor'],
  },
} as const satisfies Record<string, Persona>;

export type PersonaKey = keyof typeof PERSONAS;

export const ALL_PERSONAS: readonly Persona[] = Object.values(PERSONAS);

/** Where auth.setup.ts leaves a persona's signed-in browser state. */
export function storageStatePath(persona: Persona): string {
  return path.join(__dirname, '..', '..', '.auth', `${persona.key}.json`);
}
