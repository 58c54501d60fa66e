/** Strings of the 数据 tab's import section, Chinese first. */
export const IMPORT_MESSAGES = {
  zh: {},
  en: {},
} as const;
