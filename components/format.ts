/** A ratio as a percentage with one decimal (`41.4%`), or a dash when there is nothing to divide by. */
export function formatPct(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

// One formatter for every count: toLocaleString builds a new one per call, most of a scrolled list's frame.
const COUNT = new Intl.NumberFormat('zh-CN');

/** A count with thousands separators, the way the platform cards show them. */
export function formatCount(n: number): string {
  return COUNT.format(n === 0 ? 0 : n); // -0 (⌈0 × 1.5 − ε⌉) reads as 0
}

/** Units or days: whole numbers as they are, others to one decimal (estimates from the page's 30-day sales). */
export function formatUnits(n: number): string {
  return Number.isInteger(n) ? formatCount(n) : n.toFixed(1);
}

/** A page URL as host + path (the query strings of console lists are long and say little). */
/** The file names of an import's capture-log entry (its url is `import:<names>`: lib/ingest/import.ts), else undefined. */
export function importedFiles(url: string): string | undefined {
  return url.startsWith('import:') ? url.slice('import:'.length) : undefined;
}

export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname + u.pathname;
  } catch {
    return url;
  }
}

/** Bytes in the largest unit that keeps the number readable (1 decimal). */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
