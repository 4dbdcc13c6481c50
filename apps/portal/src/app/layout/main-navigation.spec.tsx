import type { Role } from '@trellis/domain';
import { navigationFor } from '@trellis/domain';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '../../features/auth/hooks/use-current-user';
import { fakeMe } from '../../testing/fake-api';
import { MainNavigation } from './main-navigation';

const ROLE_SETS: Role[][] = [
  ['requester'],
  ['requester', 'approver'],
  ['requester', 'agent'],
  ['requester', 'admin'],
  ['requester', 'change_manager', 'approver'],
  ['requester', 'auditor'],
  ['requester', 'approver', 'agent', 'change_manager', 'admin', 'auditor'],
];

describe('MainNavigation', () => {
  it.each(ROLE_SETS.map((roles) => [roles.join(', '), roles] as const))(
    'shows exactly the entries navigationFor allows for %s',
    (_label, roles) => {
      render(
        <CurrentUserContext value={fakeMe(roles)}>
          <MemoryRouter initialEntries={['/catalog']}>
            <MainNavigation />
          </MemoryRouter>
        </CurrentUserContext>,
      );
      const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
      const links = within(navigation).getAllByRole('link');
      expect(links.map((link) => link.textContent)).toEqual(
        navigationFor(roles).map((entry) => entry.label),
      );
      expect(links.map((link) => link.getAttribute('href'))).toEqual(
        navigationFor(roles).map((entry) => entry.path),
      );
    },
  );

  it('marks the current page', () => {
    render(
      <CurrentUserContext value={fakeMe(['requester'])}>
        <MemoryRouter initialEntries={['/requests']}>
          <MainNavigation />
        </MemoryRouter>
      </CurrentUserContext>,
    );
    expect(screen.getByRole('link', { name: 'My requests' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Catalog' })).not.toHaveAttribute('aria-current');
  });
});
