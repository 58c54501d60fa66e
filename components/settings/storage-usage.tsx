// The storage block moved to the 数据 tab (components/data/storage-section.tsx); formatBytes to ../format.
// Kept for the imports not yet changed (components/data/backup-section.tsx).
export { formatBytes } from '../format';
