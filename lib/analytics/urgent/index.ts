/**
 * What should I do first today? The few most urgent things across the shop — out of stock, reorder, moves
 * between platforms, customers about to turn 沉睡 — ranked by the days left to act, each with its reason.
 */
export { rankUrgent, SLIPPING_WITHIN_DAYS, type UrgentItem, type UrgentKind, type UrgentList } from './rank';
