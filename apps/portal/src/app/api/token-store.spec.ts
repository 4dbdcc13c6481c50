import { describe, expect, it, vi } from 'vitest';
import { createLocalTokenStore } from './token-store';

const TOKENS = { accessToken: 'a', refreshToken: 'r' };

describe('createLocalTokenStore', () => {
  it('keeps tokens across a reload (a new store over the same storage)', () => {
    createLocalTokenStore().set(TOKENS);
    expect(createLocalTokenStore().get()).toEqual(TOKENS);
  });

  it('forgets tokens when set to null', () => {
    const store = createLocalTokenStore();
    store.set(TOKENS);
    store.set(null);
    expect(store.get()).toBeNull();
    expect(createLocalTokenStore().get()).toBeNull();
  });

  it('treats unreadable storage as signed out', () => {
    window.localStorage.setItem('trellis.session', '{not json');
    expect(createLocalTokenStore().get()).toBeNull();
    window.localStorage.setItem('trellis.session', JSON.stringify({ accessToken: 1 }));
    expect(createLocalTokenStore().get()).toBeNull();
  });

  it('returns the same snapshot until the tokens change', () => {
    const store = createLocalTokenStore();
    store.set(TOKENS);
    expect(store.get()).toBe(store.get());
  });

  it('tells subscribers about changes until they unsubscribe', () => {
    const store = createLocalTokenStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(TOKENS);
    unsubscribe();
    store.set(null);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('follows a sign-out in another tab', () => {
    const store = createLocalTokenStore();
    store.set(TOKENS);
    const listener = vi.fn();
    store.subscribe(listener);
    // Another tab removed the tokens: this tab only hears about it through the storage event.
    window.localStorage.removeItem('trellis.session');
    window.dispatchEvent(new StorageEvent('storage', { key: 'trellis.session' }));
    expect(store.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
