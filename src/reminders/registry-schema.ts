// The CLSM registry as data: the YAML import/export contract and its zod schema (its French
// errors are in labels.ts, REGISTRY_ERRORS and YAML_ERRORS).
import { parseDocument, YAMLError } from 'yaml';
import { z } from 'zod';
import { meetingKindSchema } from '../knowledge/data-schema.js';
import { isIsoDate } from './calendar.js';
import { REGISTRY_ERRORS as E, YAML_ERRORS } from './labels.js';

export const clsmIdSchema = z
  .string({
    // YAML reads an unquoted 2024, true, null or 1e5 as a number, a boolean or null.
    error: (issue) =>
      issue.input === null || ['number', 'boolean'].includes(typeof issue.input)
        ? E.idQuoted
        : E.idText,
  })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: E.idFormat })
  .max(64, { error: E.idTooLong(64) });

export const channelIdSchema = z
  .string({ error: E.channel })
  .regex(/^[CG][A-Z0-9]{2,}$/, { error: E.channel });

export const userIdSchema = z
  .string({ error: E.user })
  .regex(/^[UW][A-Z0-9]{2,}$/, { error: E.user });

export const clsmNameSchema = z
  .string({ error: E.nameText })
  .trim()
  .min(1, { error: E.nameEmpty })
  .max(150, { error: E.nameTooLong(150) });

/** More inhabitants than any French territory could have: a typo. */
export const MAX_POPULATION = 100_000_000;

export const populationSchema = z
  .int({ error: E.populationWhole })
  .positive({ error: E.populationPositive })
  .max(MAX_POPULATION, { error: E.populationImplausible(MAX_POPULATION) });

/** A department code: "81", "2A", "971". YAML reads an unquoted 81 as a number: accepted. */
export const departmentSchema = z
  .union([z.string(), z.int()], { error: E.department })
  .transform((v) => (typeof v === 'number' ? String(v).padStart(2, '0') : v.trim().toUpperCase()))
  .pipe(z.string().regex(/^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/, { error: E.departmentCode }));

export const meetingDateSchema = z
  .string({ error: E.date })
  .refine(isIsoDate, { error: E.dateExists });

export const meetingTimeSchema = z
  .string({ error: E.timeQuoted })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: E.timeFormat });

export const placeSchema = z
  .string({ error: E.placeText })
  .trim()
  .min(1, { error: E.placeEmpty })
  .max(200, { error: E.placeTooLong(200) });

export const meetingSchema = z.strictObject({
  kind: z.enum(meetingKindSchema.options, {
    error: E.meetingKind(meetingKindSchema.options),
  }),
  date: meetingDateSchema,
  time: meetingTimeSchema.optional(),
  place: placeSchema.optional(),
  /** A cancelled meeting stays recorded but counts for nothing. */
  cancelled: z.boolean({ error: E.boolean }).optional(),
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
    copilIncludesPeopleAndCarers: z.boolean({ error: E.boolean }).optional(),
    /** Retired on this date: kept with its history, no more reminders. */
    retired: meetingDateSchema.optional(),
    meetings: z.array(meetingSchema, { error: E.meetings }).default([]),
  })
  .superRefine((clsm, ctx) => {
    const seen = new Set<string>();
    clsm.meetings.forEach((m, i) => {
      const at = `${m.kind} ${m.date}`;
      if (seen.has(at))
        ctx.addIssue({
          code: 'custom',
          path: ['meetings', i, 'date'],
          message: E.duplicateMeeting(m.kind, m.date),
        });
      seen.add(at);
    });
  });

export const registryFileSchema = z
  .strictObject({ clsms: z.array(clsmSchema, { error: E.clsms }) }, { error: E.noClsms })
  .superRefine((file, ctx) => {
    const ids = new Map<string, number>();
    const channels = new Map<string, number>();
    file.clsms.forEach((c, i) => {
      const sameId = ids.get(c.id);
      if (sameId !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['clsms', i, 'id'],
          message: E.idUsedBy(sameId + 1),
        });
      const sameChannel = channels.get(c.channel);
      if (sameChannel !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['clsms', i, 'channel'],
          message: E.channelUsedBy(sameChannel + 1),
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
    return path.length > 0 ? E.fileField(path.map(String).join('.')) : E.file;
  const entries = (raw as { clsms?: unknown } | null)?.clsms;
  const entry = Array.isArray(entries)
    ? (entries[index] as { id?: unknown } | undefined)
    : undefined;
  const id = typeof entry?.id === 'string' ? entry.id : null;
  const fieldText = field
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return E.entry(index + 1, id, fieldText);
}

/** Aliases a registry file may expand (anchors are legal YAML, bombs are not). */
export const MAX_YAML_ALIASES = 100;

function yamlProblem(error: YAMLError): RegistryFileError {
  const at = error.linePos?.[0];
  return new RegistryFileError(
    YAML_ERRORS.unreadable(at, YAML_ERRORS.codes[error.code] ?? YAML_ERRORS.syntax),
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
      throw new RegistryFileError(YAML_ERRORS.tooManyAliases(MAX_YAML_ALIASES));
    if (error instanceof RangeError) throw new RegistryFileError(YAML_ERRORS.tooDeep);
    throw error;
  }
}

/** Parses and validates a registry YAML text; throws RegistryFileError with a French message. */
export function parseRegistryYaml(text: string): RegistryFile {
  const raw = readYaml(text);
  const parsed = registryFileSchema.safeParse(raw, { error: z.locales.fr().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) throw new RegistryFileError(E.invalid);
    if (issue.code === 'unrecognized_keys')
      throw new RegistryFileError(
        E.at(describePath(raw, [...issue.path, issue.keys[0] ?? '?']), E.unknownField),
      );
    throw new RegistryFileError(E.at(describePath(raw, issue.path), issue.message));
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
