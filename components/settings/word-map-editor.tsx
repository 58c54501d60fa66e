import { useRef, useState } from 'react';
import { CATEGORY_CODES, type CategoryCode } from '../../lib/analytics/settings';
import { toHalfWidth } from '../../lib/analytics/sku-codes';
import type { SaveResult } from '../hooks/use-save-settings';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';

type WordMap = Record<string, CategoryCode>;
const CODES = Object.keys(CATEGORY_CODES) as CategoryCode[];
/** Words are matched in half-width upper case (sku-codes categoryOf), so 「ＴＥＥ」 and 「tee」 are the same word. */
const norm = (w: string) => toHalfWidth(w.trim()).toUpperCase();

function CategorySelect({ value, label, onChange }: { value: CategoryCode; label: string; onChange(c: CategoryCode): void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as CategoryCode)}>
      {CODES.map((c) => (
        <option key={c} value={c}>
          {c} {CATEGORY_CODES[c]}
        </option>
      ))}
    </select>
  );
}

/** The map with one key renamed, in place (the order of the entries kept). */
const renamed = (map: WordMap, from: string, to: string): WordMap =>
  Object.fromEntries(Object.entries(map).map(([w, c]) => [w === from ? to : w, c]));

/**
 * An editor of a word → category map (the seller's category words, or per-product overrides): add, rename,
 * re-categorise, remove. A blank, duplicate or malformed key is refused with the reason beside it; every
 * accepted edit is saved at once through `save`, as an edit of the map as stored by then (saves queue, and the
 * live read that redraws the rows may lag behind them), and validated again there.
 */
export function WordMapEditor({
  entries,
  save,
  keyLabel,
  check,
  testId,
}: {
  entries: WordMap;
  save(edit: (stored: WordMap) => WordMap): Promise<SaveResult>;
  keyLabel: MessageKey;
  /** Extra rule for a key: the message key of what is wrong with it, if anything. */
  check?(key: string): MessageKey | undefined;
  testId: string;
}) {
  const { t } = useI18n();
  const list = Object.entries(entries) as [string, CategoryCode][];
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [newWord, setNewWord] = useState('');
  const [newCode, setNewCode] = useState<CategoryCode>('01');
  const [addError, setAddError] = useState<string>();
  /** Each row's word as last saved from here: a row being typed in is renamed from it, not from a stale render. */
  const names = useRef<Record<number, string>>({});
  const nameOf = (i: number) => names.current[i] ?? list[i]![0];

  const problem = (word: string, except: number): string | undefined => {
    if (word.trim() === '') return t('err_wordEmpty');
    if (list.some(([w], i) => i !== except && norm(w) === norm(word))) return t('err_wordDup', { word: word.trim() });
    const rule = check?.(word.trim());
    return rule ? t(rule) : undefined;
  };
  const store = async (edit: (stored: WordMap) => WordMap) => {
    const result = await save(edit);
    return result.ok ? undefined : result.errors.join(t('listSep'));
  };
  const rename = async (i: number, word: string) => {
    setDrafts((d) => ({ ...d, [i]: word }));
    let bad = problem(word, i);
    if (!bad) {
      const from = nameOf(i);
      const to = word.trim();
      names.current[i] = to;
      bad = await store((m) => renamed(m, from, to));
    }
    setErrors((e) => ({ ...e, [i]: bad ?? '' }));
  };
  const recategorise = (i: number, code: CategoryCode) => {
    const word = nameOf(i);
    void store((m) => ({ ...m, [word]: code }));
  };
  const remove = async (i: number) => {
    const word = nameOf(i);
    names.current = {};
    setDrafts({});
    setErrors({});
    await store((m) => Object.fromEntries(Object.entries(m).filter(([w]) => w !== word)));
  };
  const add = async () => {
    const word = newWord.trim();
    const bad = problem(newWord, -1) ?? (await store((m) => ({ ...m, [word]: newCode })));
    setAddError(bad);
    if (!bad) setNewWord('');
  };

  return (
    <div className="word-map" data-testid={testId}>
      {list.length === 0 && <p className="muted">{t('wordMapEmpty')}</p>}
      <ul>
        {list.map(([word, code], i) => (
          <li key={i} className="word-row">
            <input aria-label={t(keyLabel)} value={drafts[i] ?? word} aria-invalid={!!errors[i]} onChange={(e) => void rename(i, e.target.value)} />
            <span aria-hidden="true">→</span>
            <CategorySelect value={code} label={t('categoryOf', { word })} onChange={(c) => recategorise(i, c)} />
            <button type="button" onClick={() => void remove(i)} aria-label={t('removeWord', { word })}>
              {t('setRemove')}
            </button>
            {errors[i] && (
              <span role="alert" className="field-error">
                {errors[i]}
              </span>
            )}
          </li>
        ))}
      </ul>
      <form
        className="word-row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input aria-label={t('newWordLabel', { what: t(keyLabel) })} value={newWord} onChange={(e) => setNewWord(e.target.value)} />
        <span aria-hidden="true">→</span>
        <CategorySelect value={newCode} label={t('newWordCategory')} onChange={setNewCode} />
        <button type="submit">{t('setAdd')}</button>
        {addError && (
          <span role="alert" className="field-error">
            {addError}
          </span>
        )}
      </form>
    </div>
  );
}
