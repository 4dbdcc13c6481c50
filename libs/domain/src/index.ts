export * from './lib/identity/roles';
export * from './lib/identity/permissions';
export * from './lib/identity/navigation';
