const STORAGE_KEY = 'trellis.tenant';
const DEFAULT_TENANT = import.meta.env.VITE_DEFAULT_TENANT || 'acme';

/** The tenant last signed in to on this browser, so people need not type it each time. */
export function rememberedTenant(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) || DEFAULT_TENANT;
  } catch {
    return DEFAULT_TENANT;
  }
}

export function rememberTenant(tenant: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, tenant);
  } catch {
    // Storage may be disabled (private mode); remembering is only a convenience.
  }
}
