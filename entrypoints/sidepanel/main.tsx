import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n';
import { SidePanelApp } from '../../components/side-panel-app';
import { getDb } from '../../lib/db';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SidePanelApp db={getDb()} />
    </I18nProvider>
  </StrictMode>,
);
