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
const AdminTeamsPage = lazyPage(() => import('../../features/admin/pages/teams-page'), 'TeamsPage');
const AdminCostCentresPage = lazyPage(
  () => import('../../features/admin/pages/cost-centres-page'),
  'CostCentresPage',
);
const AdminApiTokensPage = lazyPage(
  () => import('../../features/admin/pages/api-tokens-page'),
  'ApiTokensPage',
);
const CatalogItemEditorPage = lazyPage(
  () => import('../../features/catalog-admin/pages/catalog-item-editor-page'),
  'CatalogItemEditorPage',
);
const ApprovalPoliciesPage = lazyPage(
  () => import('../../features/catalog-admin/pages/approval-policies-page'),
  'ApprovalPoliciesPage',
);
const ApprovalPolicyEditorPage = lazyPage(
  () => import('../../features/catalog-admin/pages/approval-policy-editor-page'),
  'ApprovalPolicyEditorPage',
);
const SlaPoliciesPage = lazyPage(
  () => import('../../features/service-levels/pages/sla-policies-page'),
  'SlaPoliciesPage',
);
const SlaCalendarEditorPage = lazyPage(
  () => import('../../features/service-levels/pages/sla-calendar-editor-page'),
  'SlaCalendarEditorPage',
);
const SlaPolicyEditorPage = lazyPage(
  () => import('../../features/service-levels/pages/sla-policy-editor-page'),
  'SlaPolicyEditorPage',
);
const NotificationPreferencesPage = lazyPage(
  () => import('../../features/notifications/pages/notification-preferences-page'),
  'NotificationPreferencesPage',
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
  catalogAdmin: lazyPage(
    () => import('../../features/catalog-admin/pages/catalog-admin-page'),
    'CatalogAdminPage',
  ),
  serviceLevels: lazyPage(
    () => import('../../features/service-levels/pages/sla-calendars-page'),
    'SlaCalendarsPage',
  ),
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
      {
        path: paths.adminTeams,
        element: (
          <RequirePermission permission="teams:manage">
            <AdminTeamsPage />
          </RequirePermission>
        ),
      },
      {
        path: paths.adminCostCentres,
        element: (
          <RequirePermission permission="catalog:manage">
            <AdminCostCentresPage />
          </RequirePermission>
        ),
      },
      {
        path: paths.adminApiTokens,
        element: (
          <RequirePermission permission="api-tokens:manage">
            <AdminApiTokensPage />
          </RequirePermission>
        ),
      },
      // The catalog editor's pages (features/catalog-admin): items and approval policies.
      ...(
        [
          [paths.catalogAdminNewItem, CatalogItemEditorPage],
          [paths.catalogAdminItem, CatalogItemEditorPage],
          [paths.approvalPolicies, ApprovalPoliciesPage],
          [paths.newApprovalPolicy, ApprovalPolicyEditorPage],
          [paths.approvalPolicy, ApprovalPolicyEditorPage],
        ] as const
      ).map(([path, Page]): RouteObject => ({
        path,
        element: (
          <RequirePermission permission="catalog:manage">
            <Page />
          </RequirePermission>
        ),
      })),
      // Service levels (features/service-levels): calendars and policies, for administrators.
      ...(
        [
          [paths.slaPolicies, SlaPoliciesPage],
          [paths.newSlaCalendar, SlaCalendarEditorPage],
          [paths.slaCalendar, SlaCalendarEditorPage],
          [paths.newSlaPolicy, SlaPolicyEditorPage],
          [paths.slaPolicy, SlaPolicyEditorPage],
        ] as const
      ).map(([path, Page]): RouteObject => ({
        path,
        element: (
          <RequirePermission permission="settings:manage">
            <Page />
          </RequirePermission>
        ),
      })),
      {
        path: paths.notificationPreferences,
        element: (
          <RequirePermission permission="profile:read">
            <NotificationPreferencesPage />
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
