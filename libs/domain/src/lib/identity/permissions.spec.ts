import fc from 'fast-check';
import { PERMISSIONS, ROLE_PERMISSIONS, can, permissionsFor } from './permissions';
import { ROLES, normalizeRoles } from './roles';
import { NAVIGATION, navigationFor } from './navigation';

const roleList = fc.array(fc.constantFrom(...ROLES), { maxLength: 8 });

describe('permissions', () => {
  it('grants every requester the right to order and follow their own requests', () => {
    expect(can([], 'requests:create')).toBe(true);
    expect(can(['auditor'], 'requests:read-own')).toBe(true);
  });

  it('is monotonic: holding more roles never removes a permission', () => {
    fc.assert(
      fc.property(roleList, roleList, (a, b) => {
        const fewer = permissionsFor(a);
        const more = permissionsFor([...a, ...b]);
        for (const p of fewer) expect(more.has(p)).toBe(true);
      }),
    );
  });

  it('is the union of the permissions of each role held', () => {
    fc.assert(
      fc.property(roleList, (roles) => {
        const together = permissionsFor(roles);
        const union = new Set(roles.flatMap((r) => [...permissionsFor([r])]));
        for (const p of permissionsFor([])) union.add(p);
        expect([...together].sort()).toEqual([...union].sort());
      }),
    );
  });

  it('gives the auditor role read access to everything and no write access', () => {
    const granted = ROLE_PERMISSIONS.auditor;
    expect(granted).toContain('audit:read');
    expect(granted).toContain('users:read');
    for (const p of granted) {
      expect(p).toMatch(/:(read|read-own|read-all)$/);
    }
  });

  it('keeps user and token administration to admins', () => {
    for (const role of ROLES) {
      expect(can([role], 'users:manage')).toBe(role === 'admin');
      expect(can([role], 'api-tokens:manage')).toBe(role === 'admin');
    }
  });

  it('ignores unknown role names', () => {
    expect(normalizeRoles(['root', 'admin', 'admin'])).toEqual(['requester', 'admin']);
    expect(PERMISSIONS.every((p) => typeof p === 'string')).toBe(true);
  });
});

describe('navigation', () => {
  it('shows each entry exactly when its permission is granted', () => {
    fc.assert(
      fc.property(roleList, (roles) => {
        const shown = navigationFor(roles).map((e) => e.key);
        const expected = NAVIGATION.filter((e) => can(roles, e.permission)).map((e) => e.key);
        expect(shown).toEqual(expected);
      }),
    );
  });

  it('shows a plain requester only the catalog and their requests', () => {
    expect(navigationFor(['requester']).map((e) => e.label)).toEqual(['Catalog', 'My requests']);
  });
});
