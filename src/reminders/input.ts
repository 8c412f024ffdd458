// Meeting details as people type them in French: dates, times, kinds, populations, quoted words.
import type { MeetingKind } from '../knowledge/data-schema.js';
import { isoDate, parseIsoDate, type IsoDate } from './calendar.js';
import { MAX_POPULATION } from './registry-schema.js';

/** Years a meeting date may have: anything else is a typo. */
export const YEARS = { min: 2000, max: 2100 } as const;

function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** "2027-03-14", "14/03/2027", "14/3/2027", "14-03-2027", "14.03.2027" → "2027-03-14", or null. */
export function parseFrenchDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  let candidate: string | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) candidate = trimmed;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (dmy) candidate = isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  if (!candidate) return null;
  const parts = parseIsoDate(candidate);
  if (!parts || parts.year < YEARS.min || parts.year > YEARS.max) return null;
  return candidate;
}

/** "14:00", "14h", "14h30", "9H05", "14 h" is two words (not accepted) → "HH:MM", or null. */
export function parseFrenchTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:hH](\d{2})?)$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const KINDS: Record<string, MeetingKind> = {
  copil: 'copil',
  'comite-de-pilotage': 'copil',
  pleniere: 'pleniere',
  'assemblee-pleniere': 'pleniere',
  ap: 'pleniere',
};

/** "copil", "COPIL", "pleniere", "plénière", "AP" → the kind, or null. */
export function parseMeetingKind(text: string): MeetingKind | null {
  return KINDS[foldWord(text.trim())] ?? null;
}

/** "83000", "83 000", "83.000" → 83000, or null (zero, or more than MAX_POPULATION). */
export function parsePopulation(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f.]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const n = Number(digits);
  return n > 0 && n <= MAX_POPULATION ? n : null;
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '”': '”' };

/**
 * Splits on spaces, keeping quoted words together ("…", “…”, « … »: Slack turns straight
 * quotes into curly ones). The quotes are removed; an unclosed quote runs to the end.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    const ch = s.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const close = QUOTES[ch];
    if (close) {
      const end = s.indexOf(close, i + 1);
      const stop = end === -1 ? s.length : end;
      tokens.push(s.slice(i + 1, stop).trim());
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s.charAt(j))) j += 1;
    tokens.push(s.slice(i, j));
    i = j;
  }
  return tokens.filter((t) => t.length > 0);
}

/** A command's first word, lower-cased and without accents ("Déplacer" → "deplacer"). */
export function commandWord(token: string | undefined): string {
  return token ? foldWord(token) : '';
}
