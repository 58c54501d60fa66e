import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup/popup-app';
import { getDb } from '../../lib/db';
import { popupBrowserEnv } from './browser-env';
import './style.css';

// The database opens and the active tab is looked up while React draws its first frame, not after it.
const db = getDb();
db.open().catch(() => undefined); // a failure reaches the popup's own reads, which show it
const env = popupBrowserEnv();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <PopupApp db={db} env={env} />
    </I18nProvider>
  </StrictMode>,
);
