import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './ui/app.css';

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onSessionLost } from './api/client.js';
import { createQueryClient } from './api/query-client.js';
import { replaceSession, sessionQueryKey } from './features/auth/session-query.js';
import { initI18n } from './i18n/i18n.js';
import { createAppRouter } from './routes/router.js';
import { theme } from './ui/theme.js';

initI18n();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

onSessionLost(() => {
  // A visitor of the public pages never had a session: a 401 there (say, a draft's address)
  // takes nothing away, and must not send a citizen to the staff sign-in page.
  if (!queryClient.getQueryData(sessionQueryKey)) return;
  replaceSession(queryClient, null);
  void router.navigate({ to: '/dang-nhap', replace: true });
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks #root');

createRoot(rootElement).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
