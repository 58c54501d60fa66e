import { BACKUP_MESSAGES } from './messages-backup';
import { IMPORT_MESSAGES } from './messages-import';
import { PRIVACY_MESSAGES } from './messages-privacy';
import { STORAGE_MESSAGES } from './messages-storage';

/** Strings of the 数据 tab (import, backup and restore, storage, privacy), Chinese first; each section has its file. */
export const DATA_MESSAGES = {
  zh: {
    ...IMPORT_MESSAGES.zh,
    ...BACKUP_MESSAGES.zh,
    ...STORAGE_MESSAGES.zh,
    ...PRIVACY_MESSAGES.zh,
    tab_data: '数据',
  },
  en: {
    ...IMPORT_MESSAGES.en,
    ...BACKUP_MESSAGES.en,
    ...STORAGE_MESSAGES.en,
    ...PRIVACY_MESSAGES.en,
    tab_data: 'Data',
  },
} as const;
