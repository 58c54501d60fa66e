import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { FIELD_LABELS, MESSAGES, type Lang, type MessageKey } from './messages';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A rejected row's field path (`items[1].price`) in the seller's words. */
  field(path: string): string;
}

const LANG_KEY = 'shoplens.lang';
const Context = createContext<I18n | undefined>(undefined);

function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

function initialLang(): Lang {
  const saved = globalThis.localStorage?.getItem(LANG_KEY);
  if (saved === 'zh' || saved === 'en') return saved;
  return 'zh'; // Chinese first, whatever the browser's language.
}

/** Provides the UI language (zh-CN by default, English on request, remembered). */
export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang(next) {
        globalThis.localStorage?.setItem(LANG_KEY, next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        setLangState(next);
      },
      t: (key, params) => fill(MESSAGES[lang][key], params),
      field(path) {
        const any = /^items\[\]\.(\w+)$/.exec(path);
        if (any) {
          const label = FIELD_LABELS[any[1]!]?.[lang] ?? any[1]!;
          return lang === 'zh' ? `商品的${label}` : `item ${label}`;
        }
        const item = /^items\[(\d+)\]\.(\w+)$/.exec(path);
        if (item) {
          const label = FIELD_LABELS[item[2]!]?.[lang] ?? item[2]!;
          return lang === 'zh' ? `第 ${Number(item[1]) + 1} 件商品的${label}` : `${label} of item ${Number(item[1]) + 1}`;
        }
        return FIELD_LABELS[path]?.[lang] ?? path;
      },
    }),
    [lang],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The current language and its strings. */
export function useI18n(): I18n {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
