import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UrgentRefreshContext, type UrgentRefresh } from '../../components/hooks/use-urgent';
import { I18nProvider } from '../../components/i18n';
import { SidePanelApp } from '../../components/side-panel-app';
import { getDb } from '../../lib/db';
import { runtimeSend } from '../../lib/messaging/runtime-send';
import './style.css';

/** The 经营 tab's urgent list, when none stored fits, is worked out by the background (lib/messaging/urgent-refresh.ts). */
const refreshUrgent: UrgentRefresh = (now) => runtimeSend({ type: 'shoplens/urgent-refresh', now });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <UrgentRefreshContext.Provider value={refreshUrgent}>
        <SidePanelApp db={getDb()} />
      </UrgentRefreshContext.Provider>
    </I18nProvider>
  </StrictMode>,
);
