/** Strings of the 数据 tab's backup section, Chinese first. */
export const BACKUP_MESSAGES = {
  zh: {},
  en: {},
} as const;
