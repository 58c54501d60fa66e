import type { DailyKpis } from '../lib/analytics/kpi';
import { PLATFORM_IDS, PLATFORM_LABELS, formatFen } from '../lib/domain';
import { useI18n } from './i18n';

const BAR = 10;
const HEIGHT = 100;

/**
 * GMV per day as stacked bars, one colour per platform, in plain SVG (no chart dependency). The SVG stretches
 * to the panel's width; labels are HTML beside it so text never stretches. Each day's bar has a tooltip with
 * the day and its GMV.
 */
export function GmvChart({ daily }: { daily: DailyKpis[] }) {
  const { t, lang } = useI18n();
  const max = Math.max(0, ...daily.map((d) => d.total.gmvFen));
  const scale = (fen: number) => (max > 0 ? (fen / max) * HEIGHT : 0);
  const first = daily[0]?.day ?? '';
  const last = daily.at(-1)?.day ?? '';
  const gap = daily.length > 60 ? 0 : 2;
  return (
    <figure className="chart">
      <figcaption>
        <span>{t('chartTitle')}</span>
        <span className="muted">{t('chartMax', { value: formatFen(max) })}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${daily.length * BAR} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('chartLabel', { from: first, to: last, max: formatFen(max) })}
      >
        {daily.map((d, i) => {
          let y = HEIGHT;
          return (
            <g key={d.day} data-day={d.day}>
              <title>{t('chartDay', { day: d.day, gmv: formatFen(d.total.gmvFen), n: d.total.orders })}</title>
              <rect x={i * BAR} y={0} width={BAR} height={HEIGHT} className="chart-hit" />
              {PLATFORM_IDS.map((p) => {
                const h = scale(d.byPlatform[p].gmvFen);
                if (h <= 0) return null;
                y -= h;
                return <rect key={p} x={i * BAR + gap / 2} y={y} width={BAR - gap} height={h} className={`bar bar-${p}`} />;
              })}
            </g>
          );
        })}
      </svg>
      <div className="chart-axis muted">
        <span>{first.slice(5)}</span>
        <span>{last.slice(5)}</span>
      </div>
      <ul className="legend">
        {PLATFORM_IDS.map((p) => (
          <li key={p}>
            <span className={`swatch bar-${p}`} aria-hidden="true" />
            {PLATFORM_LABELS[p][lang]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
