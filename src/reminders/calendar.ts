// The reminders' calendar: Europe/Paris wall-clock time, business days, French public holidays.
// Calendar days are zone-free `YYYY-MM-DD` strings; only `parisInstant` and `parisDateOf`
// cross between a day and an instant, through @date-fns/tz.
import { TZDate } from '@date-fns/tz';
import joursFeries from '@socialgouv/jours-feries';
// Per-function paths: the package index and all locales take ~0.5 s to load at start-up.
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { fr } from 'date-fns/locale/fr';

export const PARIS = 'Europe/Paris';
/**
 * How far a posting day can move back from its nominal date (a weekend plus the public
 * holidays around it: at most four days in France); ten is a generous bound for look-ups.
 */
export const MAX_POSTING_SHIFT_DAYS = 10;

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The year, month (1-12) and day of a valid calendar day, or null (2027-02-29 is not one). */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1) return null;
  if (probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** `HH:MM` (24 h) → hour and minute, or null. */
export function parseTime(text: string): { hour: number; minute: number } | null {
  const match = TIME.exec(text);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtcMs(iso: IsoDate): number {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`not a calendar day: ${iso}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return new Date(toUtcMs(iso)).getUTCDay();
}

const holidaysByYear = new Map<number, ReadonlyMap<IsoDate, string>>();

/**
 * The public holidays of metropolitan France (not Alsace-Moselle's two extra days) of a year,
 * by day. The library builds local-midnight Dates and adds days as 24 h: a DST change in
 * between moves them by an hour, so each is read at local noon to get its calendar day.
 */
export function frenchPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    const byDay = new Map<IsoDate, string>();
    for (const [name, date] of Object.entries(joursFeries(year, { alsace: false }))) {
      const noon = new Date(date.getTime() + DAY_MS / 2);
      byDay.set(isoDate(noon.getFullYear(), noon.getMonth() + 1, noon.getDate()), name);
    }
    holidays = byDay;
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

export function isPublicHoliday(iso: IsoDate): boolean {
  return frenchPublicHolidays(Number(iso.slice(0, 4))).has(iso);
}

export function isBusinessDay(iso: IsoDate): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !isPublicHoliday(iso);
}

const onOrBeforeCache = new Map<IsoDate, IsoDate>();

/** The day itself if it is a business day, else the previous business day. */
export function businessDayOnOrBefore(iso: IsoDate): IsoDate {
  let found = onOrBeforeCache.get(iso);
  if (found === undefined) {
    found = iso;
    while (!isBusinessDay(found)) found = addDays(found, -1);
    onOrBeforeCache.set(iso, found);
  }
  return found;
}

/** The business day strictly before `iso`. */
export function previousBusinessDay(iso: IsoDate): IsoDate {
  return businessDayOnOrBefore(addDays(iso, -1));
}

/** The first business day of a month (1-12). */
export function firstBusinessDayOfMonth(year: number, month: number): IsoDate {
  let day = isoDate(year, month, 1);
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** The calendar day in Paris at an instant. */
export function parisDateOf(instant: Date): IsoDate {
  return format(new TZDate(instant.getTime(), PARIS), 'yyyy-MM-dd');
}

/** The instant of a Paris wall-clock time (`HH:MM`, midnight by default) on a day. */
export function parisInstant(iso: IsoDate, time = '00:00'): TZDate {
  const day = parseIsoDate(iso);
  const at = parseTime(time);
  if (!day || !at) throw new Error(`not a day and time: ${iso} ${time}`);
  return new TZDate(day.year, day.month - 1, day.day, at.hour, at.minute, PARIS);
}

/** ISO-8601 with the Paris offset: `2026-03-12T09:00:00+01:00`. */
export function formatParisIso(instant: Date): string {
  return formatISO(new TZDate(instant.getTime(), PARIS));
}

/** "jeudi 12 mars 2026", "mercredi 1er juillet 2026". */
export function frenchDateInWords(iso: IsoDate): string {
  return format(parisInstant(iso, '12:00'), 'EEEE do MMMM yyyy', { locale: fr });
}

/** "12/03/2026". */
export function frenchShortDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "14:00" → "14h00", "09:30" → "9h30". */
export function frenchTime(time: string): string {
  const [hour = '', minute = ''] = time.split(':');
  return `${Number(hour)}h${minute}`;
}
