/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Tenant slug the sign-in form offers before the person has typed one. */
  readonly VITE_DEFAULT_TENANT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
