import { useState, type ReactNode } from 'react';
import { useI18n } from './i18n';

/** How many items a long list shows at first, and how many more each "显示更多" adds. */
export const LIST_STEP = 50;

/**
 * A long list shown 50 at a time with a "显示更多" button: thousands of SKUs or customers stay quick to
 * render without a virtualisation dependency. Give it a `key` that changes with the list to start over.
 */
export function LimitedList<T>({
  items,
  render,
  keyOf,
  className,
  label,
}: {
  items: readonly T[];
  render(item: T): ReactNode;
  keyOf(item: T): string;
  className?: string;
  label?: string;
}) {
  const { t } = useI18n();
  const [shown, setShown] = useState(LIST_STEP);
  const rest = items.length - shown;
  return (
    <>
      <ol className={className ? `rows ${className}` : 'rows'} aria-label={label}>
        {items.slice(0, shown).map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ol>
      {rest > 0 && (
        <button type="button" className="more" onClick={() => setShown((n) => n + LIST_STEP)}>
          {t('showMore', { n: Math.min(rest, LIST_STEP), rest })}
        </button>
      )}
    </>
  );
}
