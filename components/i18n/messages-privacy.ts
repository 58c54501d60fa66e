/** Strings of the 数据 tab's privacy section, Chinese first. */
export const PRIVACY_MESSAGES = {
  zh: {},
  en: {},
} as const;
