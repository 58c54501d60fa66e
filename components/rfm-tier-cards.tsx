import { TIERS, type NamedTier } from '../lib/analytics/customers';
import { formatCount, formatPct } from './format';
import { useI18n } from './i18n';
import { TIER_ORDER } from './model/rfm-view';

/** The four named tiers with their head counts; choosing one lists its customers below. */
export function RfmTierCards({
  counts,
  total,
  selected,
  onSelect,
}: {
  counts: Record<NamedTier, number>;
  total: number;
  selected: NamedTier;
  onSelect(tier: NamedTier): void;
}) {
  const { lang } = useI18n();
  return (
    <div className="tier-cards" role="group">
      {TIER_ORDER.map((tier) => (
        <button
          key={tier}
          type="button"
          className={`tier tier-${tier}`}
          aria-pressed={tier === selected}
          onClick={() => onSelect(tier)}
        >
          <span className="tier-name">{TIERS[tier].label[lang]}</span>
          <span className="tier-count" data-testid={`tier-${tier}`}>
            {formatCount(counts[tier])}
          </span>
          <span className="muted">{formatPct(total > 0 ? counts[tier] / total : null)}</span>
        </button>
      ))}
    </div>
  );
}
