import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { SnackbarProvider } from 'notistack';
import type { ReactNode } from 'react';
import type { Api } from '../api/api-context';
import { ApiProvider } from '../api/api-context';
import { SNACKBAR_COMPONENTS } from './snackbar-components';
import { COLOR_MODE_STORAGE_KEY, theme } from '../theme/theme';

export interface AppServices {
  api: Api;
  queryClient: QueryClient;
}

export function AppProviders({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOR_MODE_STORAGE_KEY} noSsr>
      <CssBaseline enableColorScheme />
      <SnackbarProvider
        maxSnack={3}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        Components={SNACKBAR_COMPONENTS}
      >
        <QueryClientProvider client={services.queryClient}>
          <ApiProvider api={services.api}>{children}</ApiProvider>
        </QueryClientProvider>
      </SnackbarProvider>
    </ThemeProvider>
  );
}
