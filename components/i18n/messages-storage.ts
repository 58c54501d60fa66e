/** Strings of the 数据 tab's storage section, Chinese first. */
export const STORAGE_MESSAGES = {
  zh: {},
  en: {},
} as const;
