import type { NavigationEntry } from '@trellis/domain';
import { NAVIGATION } from '@trellis/domain';
import type { ComponentType, LazyExoticComponent } from 'react';
import { Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../../features/auth/components/require-auth';
import { RequirePermission } from '../../features/auth/components/require-permission';
import { NotFoundPage } from '../../features/errors/pages/not-found-page';
import { RouteErrorPage } from '../../features/errors/pages/route-error-page';
import { FullPageLoader } from '../../shared/components/full-page-loader';
import { AppShell } from '../layout/app-shell';
import { HomeRedirect } from './home-redirect';
import { lazyPage } from './lazy-page';
import { paths } from './paths';

const LoginPage = lazyPage(() => import('../../features/auth/pages/login-page'), 'LoginPage');
const CatalogItemPage = lazyPage(
  () => import('../../features/catalog/pages/catalog-item-page'),
  'CatalogItemPage',
);
const RequestPage = lazyPage(
  () => import('../../features/requests/pages/request-page'),
  'RequestPage',
);

/** The page behind each navigation entry; the record type makes a missing page a compile error. */
const NAVIGATION_PAGES: Record<NavigationEntry['key'], LazyExoticComponent<ComponentType>> = {
  catalog: lazyPage(() => import('../../features/catalog/pages/catalog-page'), 'CatalogPage'),
  requests: lazyPage(
    () => import('../../features/requests/pages/my-requests-page'),
    'MyRequestsPage',
  ),
  approvals: lazyPage(
    () => import('../../features/approvals/pages/approvals-page'),
    'ApprovalsPage',
  ),
  tasks: lazyPage(() => import('../../features/tasks/pages/tasks-page'), 'TasksPage'),
  incidents: lazyPage(
    () => import('../../features/incidents/pages/incidents-page'),
    'IncidentsPage',
  ),
  changes: lazyPage(() => import('../../features/changes/pages/changes-page'), 'ChangesPage'),
  dashboard: lazyPage(
    () => import('../../features/dashboard/pages/dashboard-page'),
    'DashboardPage',
  ),
  audit: lazyPage(() => import('../../features/audit/pages/audit-page'), 'AuditPage'),
  admin: lazyPage(() => import('../../features/admin/pages/admin-page'), 'AdminPage'),
};

export const routes: RouteObject[] = [
  {
    path: paths.login,
    element: (
      <Suspense fallback={<FullPageLoader />}>
        <LoginPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    path: paths.home,
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      // Each page is guarded by the permission its navigation entry needs, so typing a URL
      // reaches no more than the navigation offers.
      ...NAVIGATION.map((entry): RouteObject => {
        const Page = NAVIGATION_PAGES[entry.key];
        return {
          path: entry.path,
          element: (
            <RequirePermission permission={entry.permission}>
              <Page />
            </RequirePermission>
          ),
        };
      }),
      {
        path: paths.catalogItem,
        element: (
          <RequirePermission permission="catalog:read">
            <CatalogItemPage />
          </RequirePermission>
        ),
      },
      {
        path: paths.request,
        element: (
          <RequirePermission permission="requests:read-own">
            <RequestPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}
