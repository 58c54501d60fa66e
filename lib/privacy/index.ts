import { z } from 'zod';
import { PLATFORM_IDS, type PlatformId } from '../domain';

/**
 * The privacy settings (数据 → 隐私), stored as the `privacy` row of the settings table and checked with this
 * schema when read. Pure: the hashing itself (SHA-256, Web Crypto) is done by the glue (lib/db/privacy.ts).
 *
 * - `salt`: random, made once per install (or taken from a restored backup, so its anonymous keys stay the
 *   same). Mixed into every hash, so a forgotten buyer's key cannot be found by hashing a list of nicknames
 *   without this install's database.
 * - `forgotten`: the buyers the seller asked to forget, as SHA-256(salt, platform, nickname) in hex — never
 *   the nickname. A later capture of one of them stores the anonymous key instead of the name.
 * - `retentionMonths`: orders placed longer ago than this are deleted (null: keep everything, the default).
 */
export const PRIVACY_SETTING_ID = 'privacy';
export const RETENTION_CHOICES = [6, 12, 24, 36, 60] as const;
/** Prefix of the key a forgotten buyer's orders carry instead of the nickname. */
export const ANON_PREFIX = '匿名-';
/** Hex digits of the hash in the key: 40 bits, so two of even 100k forgotten buyers share one with odds ~1 in 200. */
export const ANON_HEX = 10;

export const PrivacySettingsSchema = z.object({
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  forgotten: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1_000_000),
  retentionMonths: z.number().int().min(1).max(120).nullable(),
});
export type PrivacySettings = z.infer<typeof PrivacySettingsSchema>;

/** What is hashed for one buyer: the salt, the platform and the nickname, joined by a character no nickname has. */
export function buyerHashInput(salt: string, platform: PlatformId, buyer: string): string {
  return `${salt}\u0000${platform}\u0000${buyer}`;
}

/** The stable anonymous key of a buyer whose hash (hex) is `hash`. */
export function anonymousKey(hash: string): string {
  return ANON_PREFIX + hash.slice(0, ANON_HEX);
}

export function isAnonymousKey(buyer: string): boolean {
  return buyer.startsWith(ANON_PREFIX) && /^[0-9a-f]+$/.test(buyer.slice(ANON_PREFIX.length));
}

/**
 * The earliest placedAt kept under a retention of `months`: the same calendar day `months` months before `now`
 * in Asia/Shanghai (the 31st clamped to the month's last day), at 00:00 there.
 */
export function retentionCutoff(now: number, months: number): number {
  const SHANGHAI = 8 * 3_600_000;
  const local = new Date(now + SHANGHAI);
  let y = local.getUTCFullYear();
  let m = local.getUTCMonth() - months;
  y += Math.floor(m / 12);
  m = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(local.getUTCDate(), last)) - SHANGHAI;
}

/** A search box's match among buyers: the text anywhere in the nickname, case-insensitive. */
export function matchesBuyer(buyer: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q !== '' && buyer.toLowerCase().includes(q);
}

/** The platforms, for the delete-one-platform choice. */
export const PRIVACY_PLATFORMS: readonly PlatformId[] = PLATFORM_IDS;

/** Replaces every occurrence of a nickname in a text (a rejected row's excerpt in the capture log). */
export function scrubText(text: string, buyer: string, key: string): string {
  return buyer === '' ? text : text.split(buyer).join(key);
}
