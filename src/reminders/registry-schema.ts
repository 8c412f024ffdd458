// The CLSM registry as data: the YAML import/export contract, its zod schema and its French errors.
import { parseDocument, YAMLError, type ErrorCode } from 'yaml';
import { z } from 'zod';
import { meetingKindSchema } from '../knowledge/data-schema.js';
import { isIsoDate } from './calendar.js';

export const clsmIdSchema = z
  .string({
    // YAML reads an unquoted 2024, true, null or 1e5 as a number, a boolean or null.
    error: (issue) =>
      issue.input === null || ['number', 'boolean'].includes(typeof issue.input)
        ? 'identifiant attendu entre guillemets (ex. id: "2024")'
        : 'identifiant attendu (texte)',
  })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'identifiant attendu en minuscules sans accents, chiffres et tirets (ex. albigeois)',
  })
  .max(64, { error: 'identifiant trop long (64 caractères au plus)' });

export const channelIdSchema = z
  .string({ error: 'identifiant de canal Slack attendu (ex. C0123ABCD)' })
  .regex(/^[CG][A-Z0-9]{2,}$/, { error: 'identifiant de canal Slack attendu (ex. C0123ABCD)' });

export const userIdSchema = z
  .string({ error: 'identifiant d’utilisateur Slack attendu (ex. U0123ABCD)' })
  .regex(/^[UW][A-Z0-9]{2,}$/, {
    error: 'identifiant d’utilisateur Slack attendu (ex. U0123ABCD)',
  });

export const clsmNameSchema = z
  .string({ error: 'nom attendu (texte)' })
  .trim()
  .min(1, { error: 'le nom ne peut pas être vide' })
  .max(150, { error: 'nom trop long (150 caractères au plus)' });

/** More inhabitants than any French territory could have: a typo. */
export const MAX_POPULATION = 100_000_000;

export const populationSchema = z
  .int({ error: 'nombre entier d’habitants attendu' })
  .positive({ error: 'la population doit être supérieure à zéro' })
  .max(MAX_POPULATION, { error: 'population invraisemblable (100 000 000 habitants au plus)' });

/** A department code: "81", "2A", "971". YAML reads an unquoted 81 as a number: accepted. */
export const departmentSchema = z
  .union([z.string(), z.int()], { error: 'code de département attendu (ex. "81", "2A")' })
  .transform((v) => (typeof v === 'number' ? String(v).padStart(2, '0') : v.trim().toUpperCase()))
  .pipe(
    z.string().regex(/^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/, {
      error: 'code de département attendu (ex. "81", "2A", "971")',
    }),
  );

export const meetingDateSchema = z
  .string({ error: 'date attendue au format AAAA-MM-JJ (ex. 2026-03-12)' })
  .refine(isIsoDate, {
    error: 'date attendue au format AAAA-MM-JJ, et qui existe (ex. 2026-03-12)',
  });

export const meetingTimeSchema = z
  .string({ error: 'heure attendue entre guillemets au format HH:MM (ex. "14:00")' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'heure attendue au format HH:MM (ex. "14:00")' });

export const placeSchema = z
  .string({ error: 'lieu attendu (texte)' })
  .trim()
  .min(1, { error: 'le lieu ne peut pas être vide' })
  .max(200, { error: 'lieu trop long (200 caractères au plus)' });

export const meetingSchema = z.strictObject({
  kind: z.enum(meetingKindSchema.options, { error: 'type de réunion attendu : copil ou pleniere' }),
  date: meetingDateSchema,
  time: meetingTimeSchema.optional(),
  place: placeSchema.optional(),
  /** A cancelled meeting stays recorded but counts for nothing. */
  cancelled: z.boolean({ error: 'true ou false attendu' }).optional(),
});

export const clsmSchema = z
  .strictObject({
    id: clsmIdSchema,
    name: clsmNameSchema,
    channel: channelIdSchema,
    population: populationSchema,
    department: departmentSchema.optional(),
    coordinator: userIdSchema.optional(),
    /** Do people concerned by psychiatric disorders and carers sit in the COPIL (2025 indicator)? */
    copilIncludesPeopleAndCarers: z.boolean({ error: 'true ou false attendu' }).optional(),
    /** Retired on this date: kept with its history, no more reminders. */
    retired: meetingDateSchema.optional(),
    meetings: z.array(meetingSchema, { error: 'liste de réunions attendue' }).default([]),
  })
  .superRefine((clsm, ctx) => {
    const seen = new Set<string>();
    clsm.meetings.forEach((m, i) => {
      const at = `${m.kind} ${m.date}`;
      if (seen.has(at))
        ctx.addIssue({
          code: 'custom',
          path: ['meetings', i, 'date'],
          message: `réunion en double : ${m.kind} du ${m.date}`,
        });
      seen.add(at);
    });
  });

export const registryFileSchema = z
  .strictObject(
    { clsms: z.array(clsmSchema, { error: 'liste « clsms » attendue' }) },
    { error: 'le fichier doit contenir une liste « clsms »' },
  )
  .superRefine((file, ctx) => {
    const ids = new Map<string, number>();
    const channels = new Map<string, number>();
    file.clsms.forEach((c, i) => {
      const sameId = ids.get(c.id);
      if (sameId !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['clsms', i, 'id'],
          message: `identifiant déjà utilisé par l’entrée n° ${sameId + 1}`,
        });
      const sameChannel = channels.get(c.channel);
      if (sameChannel !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['clsms', i, 'channel'],
          message: `canal déjà lié à l’entrée n° ${sameChannel + 1}`,
        });
      ids.set(c.id, i);
      channels.set(c.channel, i);
    });
  });

export type Meeting = z.infer<typeof meetingSchema>;
export type Clsm = z.infer<typeof clsmSchema>;
export type RegistryFile = z.infer<typeof registryFileSchema>;

/** A registry file that cannot be imported; the message names the entry and the field. */
export class RegistryFileError extends Error {
  override name = 'RegistryFileError';
}

function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const [top, index, ...field] = path;
  if (top !== 'clsms' || typeof index !== 'number')
    return path.length > 0 ? `le fichier, champ « ${path.map(String).join('.')} »` : 'le fichier';
  const entries = (raw as { clsms?: unknown } | null)?.clsms;
  const entry = Array.isArray(entries)
    ? (entries[index] as { id?: unknown } | undefined)
    : undefined;
  const id = typeof entry?.id === 'string' ? ` (${entry.id})` : '';
  const fieldText = field
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return `entrée n° ${index + 1}${id}${fieldText ? `, champ « ${fieldText} »` : ''}`;
}

/** Aliases a registry file may expand (anchors are legal YAML, bombs are not). */
export const MAX_YAML_ALIASES = 100;

/** What each YAML error means, in French (the parser's own messages are English). */
const YAML_ERRORS: Partial<Record<ErrorCode, string>> = {
  BAD_ALIAS: 'référence (alias *…) vers une ancre inconnue',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide entre guillemets',
  BAD_INDENT: 'indentation incohérente ou crochet mal fermé',
  BLOCK_AS_IMPLICIT_KEY: 'bloc utilisé comme clé',
  BLOCK_IN_FLOW: 'bloc à l’intérieur de crochets ou d’accolades',
  DUPLICATE_KEY: 'champ en double',
  KEY_OVER_1024_CHARS: 'clé trop longue (1 024 caractères au plus)',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet, accolade ou deux-points)',
  MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes (deux-points manquant ?)',
  MULTIPLE_DOCS: 'plusieurs documents (« --- ») : un seul registre par fichier',
  NON_STRING_KEY: 'clé qui n’est pas un texte',
  RESOURCE_EXHAUSTION: 'structure imbriquée trop profonde',
  TAB_AS_INDENT: 'tabulation utilisée pour indenter (des espaces sont attendus)',
  TAG_RESOLVE_FAILED: 'étiquette de type (!…) inconnue',
  UNEXPECTED_TOKEN: 'caractère inattendu',
};

function yamlProblem(error: YAMLError): RegistryFileError {
  const at = error.linePos?.[0];
  const what = YAML_ERRORS[error.code] ?? 'syntaxe invalide';
  return new RegistryFileError(
    `YAML illisible${at ? ` (ligne ${at.line}, colonne ${at.col})` : ''} : ${what}`,
  );
}

/**
 * The YAML text as plain data, or RegistryFileError: syntax errors, warnings (unknown tags…),
 * duplicate keys, several documents, alias bombs and too deep nesting are all refused.
 */
function readYaml(text: string): unknown {
  try {
    const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'error' });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) throw yamlProblem(problem);
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof RegistryFileError) throw error;
    if (error instanceof YAMLError) throw yamlProblem(error);
    // The alias expansion limit (ReferenceError) and the stack (RangeError) while building data.
    if (error instanceof ReferenceError)
      throw new RegistryFileError(
        `YAML refusé : trop de références (alias *…) à développer, ${MAX_YAML_ALIASES} au plus`,
      );
    if (error instanceof RangeError)
      throw new RegistryFileError('YAML refusé : structure imbriquée trop profonde');
    throw error;
  }
}

/** Parses and validates a registry YAML text; throws RegistryFileError with a French message. */
export function parseRegistryYaml(text: string): RegistryFile {
  const raw = readYaml(text);
  const parsed = registryFileSchema.safeParse(raw, { error: z.locales.fr().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) throw new RegistryFileError('registre invalide');
    if (issue.code === 'unrecognized_keys')
      throw new RegistryFileError(
        `${describePath(raw, [...issue.path, issue.keys[0] ?? '?'])} : champ inconnu`,
      );
    throw new RegistryFileError(`${describePath(raw, issue.path)} : ${issue.message}`);
  }
  return parsed.data;
}

/**
 * A YAML double-quoted scalar that reads back as `s`: JSON's escapes are YAML's, and the
 * characters YAML forbids raw (C0/C1 controls, DEL, U+2028/9, BOM, non-characters) are escaped.
 */
export function quoted(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function meetingLine(m: Meeting): string {
  const fields = [`kind: ${m.kind}`, `date: ${m.date}`];
  if (m.time) fields.push(`time: ${quoted(m.time)}`);
  if (m.place) fields.push(`place: ${quoted(m.place)}`);
  if (m.cancelled) fields.push('cancelled: true');
  return `      - { ${fields.join(', ')} }`;
}

/**
 * The registry in the import format: every text double-quoted (an id such as 2024, true or 1e5
 * stays a string), meetings one per line. Reading it back gives the same registry.
 */
export function stringifyRegistry(file: RegistryFile): string {
  if (file.clsms.length === 0) return 'clsms: []\n';
  const lines = ['clsms:'];
  for (const c of file.clsms) {
    lines.push(`  - id: ${quoted(c.id)}`, `    name: ${quoted(c.name)}`);
    lines.push(`    channel: ${quoted(c.channel)}`, `    population: ${c.population}`);
    if (c.department) lines.push(`    department: ${quoted(c.department)}`);
    if (c.coordinator) lines.push(`    coordinator: ${quoted(c.coordinator)}`);
    if (c.copilIncludesPeopleAndCarers !== undefined)
      lines.push(`    copilIncludesPeopleAndCarers: ${c.copilIncludesPeopleAndCarers}`);
    if (c.retired) lines.push(`    retired: ${c.retired}`);
    if (c.meetings.length === 0) lines.push('    meetings: []');
    else lines.push('    meetings:', ...c.meetings.map(meetingLine));
  }
  return `${lines.join('\n')}\n`;
}
