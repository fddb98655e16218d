import { CURRENCY_MINOR_UNITS } from '../../../libs/domain/src/money';
import { REGIONS } from '../../../libs/domain/src/regions';

/** Locale of numbers and dates: French groups thousands with a space (60 000 000 GNF), as people here read them. */
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

/** Amounts are integers in the currency's minor unit (GNF has none). */
export function formatMoney(amount: number, currency: string, language: string): string {
  const digits = CURRENCY_MINOR_UNITS[currency as keyof typeof CURRENCY_MINOR_UNITS] ?? 0;
  const number = new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${number.format(amount / 10 ** digits)} ${currency}`;
}

/** 31 janv. 2027 */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );
}

export function regionName(key: string, language: string): string {
  const region = REGIONS[key as keyof typeof REGIONS];
  return region ? region[language === 'en' ? 'en' : 'fr'] : key;
}

/** "5 days" (the API's durations) → { count: 5, unit: 'day' } for a translated sentence. */
export function parseDuration(value: string): { count: number; unit: 'day' | 'hour' | 'minute' } | null {
  const match = /^(\d+)\s*(day|hour|minute)s?$/i.exec(value.trim());
  return match ? { count: Number(match[1]), unit: match[2].toLowerCase() as 'day' | 'hour' | 'minute' } : null;
}

/** People type phone numbers with spaces or dots: the API wants E.164. */
export const compactPhone = (value: string) => value.replace(/[\s.\-()]/g, '');

/** Only a path of this site: `next` comes from the address bar and must not send anyone elsewhere. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/organization';
}

/** "Matoto", "Ratoma Centre" → matoto, ratoma-centre: communes are keys, people type names. */
export function communeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** matoto → Matoto, ratoma-centre → Ratoma Centre. */
export const communeName = (key: string) =>
  key
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
