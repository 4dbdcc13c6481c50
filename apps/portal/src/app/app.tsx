import { RouterProvider } from 'react-router-dom';
import type { AppServices } from './providers/app-providers';
import { AppProviders } from './providers/app-providers';
import type { AppRouter } from './router/router';

export function App({ services, router }: { services: AppServices; router: AppRouter }) {
  return (
    <AppProviders services={services}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
