import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup/popup-app';
import { getDb } from '../../lib/db';
import { popupBrowserEnv } from './browser-env';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <PopupApp db={getDb()} env={popupBrowserEnv()} />
    </I18nProvider>
  </StrictMode>,
);
