import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages are lazy chunks; the first import of one in a test run transforms it and everything it
// imports (the approvals page pulls in MUI X DataGrid), which takes over 5 s on two busy cores.
// This bounds how long a query waits for the page to appear; it retries nothing.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no matchMedia; MUI asks it for breakpoints and the system colour scheme. Answer as
// a light-mode desktop browser 1280 px wide.
const VIEWPORT_WIDTH = 1280;

function matches(query: string): boolean {
  const min = /\(min-width:\s*([\d.]+)px\)/.exec(query);
  const max = /\(max-width:\s*([\d.]+)px\)/.exec(query);
  if (!min && !max) return false;
  return (!min || VIEWPORT_WIDTH >= Number(min[1])) && (!max || VIEWPORT_WIDTH <= Number(max[1]));
}

if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: matches(query),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
