import type { ComponentType, LazyExoticComponent } from 'react';
import { lazy } from 'react';

/** A page loaded on first visit (its own chunk) from a module's named export. */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const module = await load();
    return { default: module[name] as ComponentType };
  });
}
