import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup/popup-app';
import { quickPopupRead } from '../../lib/db/quick-read';
import { popupBrowserEnv } from './browser-env';
import './style.css';

// The active tab is looked up while React draws its first frame, not after it. The popup draws first from a
// quick read on raw IndexedDB (no Dexie, no schemas); the live Dexie read loads after that draw (PopupApp).
const env = popupBrowserEnv();
const quickRead = (page: Parameters<typeof quickPopupRead>[0]) => quickPopupRead(page);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <PopupApp env={env} quickRead={quickRead} />
    </I18nProvider>
  </StrictMode>,
);
