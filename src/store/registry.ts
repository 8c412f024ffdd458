// The CLSM registry in SQLite: CLSMs, their Slack channel and their meetings.
import type { MeetingKind } from '../knowledge/data-schema.js';
import {
  RegistryFileError,
  parseRegistryYaml,
  stringifyRegistry,
  type Clsm,
  type Meeting,
  type RegistryFile,
} from '../reminders/registry-schema.js';
import type { IsoDate } from '../reminders/calendar.js';
import { write, type Db } from './db.js';
import {
  alreadyRetired,
  channelOfClsmOutsideFile,
  channelTaken,
  meetingAlreadyThatDay,
  noMeetingThatDay,
  unknownClsm,
} from './messages.js';

/** Something the user asked that the registry refuses; the message is French and shown as is. */
export class RegistryError extends Error {
  override name = 'RegistryError';
}

/** A CLSM without its meetings. */
export type ClsmProfile = Omit<Clsm, 'meetings'>;

export type NewMeeting = Pick<Meeting, 'kind' | 'date' | 'time' | 'place'>;

interface ClsmRow {
  id: string;
  name: string;
  channel: string;
  population: number;
  department: string | null;
  coordinator: string | null;
  copil_people_and_carers: number | null;
  retired_on: string | null;
}

interface MeetingRow {
  clsm_id: string;
  kind: MeetingKind;
  date: string;
  time: string | null;
  place: string | null;
  cancelled_at: string | null;
}

function toMeeting(row: MeetingRow): Meeting {
  const meeting: Meeting = { kind: row.kind, date: row.date };
  if (row.time) meeting.time = row.time;
  if (row.place) meeting.place = row.place;
  if (row.cancelled_at) meeting.cancelled = true;
  return meeting;
}

function toClsm(row: ClsmRow, meetings: Meeting[]): Clsm {
  const clsm: Clsm = {
    id: row.id,
    name: row.name,
    channel: row.channel,
    population: row.population,
    meetings,
  };
  if (row.department) clsm.department = row.department;
  if (row.coordinator) clsm.coordinator = row.coordinator;
  if (row.copil_people_and_carers !== null)
    clsm.copilIncludesPeopleAndCarers = row.copil_people_and_carers === 1;
  if (row.retired_on) clsm.retired = row.retired_on;
  return clsm;
}

const MEETING_ORDER = 'ORDER BY date, kind';

/**
 * The registry's CLSMs with all their meetings (cancelled ones included, flagged), sorted by id
 * then date: the active ones (what reminders, the report and App Home work on), or every one,
 * retired included, with `{ retired: true }` (the export).
 */
export function listClsms(db: Db, options: { retired?: boolean } = {}): Clsm[] {
  const meetings = new Map<string, Meeting[]>();
  const rows = db
    .prepare(`SELECT clsm_id, kind, date, time, place, cancelled_at FROM meeting ${MEETING_ORDER}`)
    .all() as MeetingRow[];
  for (const row of rows) {
    const list = meetings.get(row.clsm_id);
    if (list) list.push(toMeeting(row));
    else meetings.set(row.clsm_id, [toMeeting(row)]);
  }
  const where = options.retired ? '' : 'WHERE retired_on IS NULL';
  return (db.prepare(`SELECT * FROM clsm ${where} ORDER BY id`).all() as ClsmRow[]).map((row) =>
    toClsm(row, meetings.get(row.id) ?? []),
  );
}

function withMeetings(db: Db, row: ClsmRow | undefined): Clsm | null {
  if (!row) return null;
  const meetings = db
    .prepare(
      `SELECT clsm_id, kind, date, time, place, cancelled_at FROM meeting WHERE clsm_id = ? ${MEETING_ORDER}`,
    )
    .all(row.id) as MeetingRow[];
  return toClsm(row, meetings.map(toMeeting));
}

export function getClsm(db: Db, id: string): Clsm | null {
  return withMeetings(db, db.prepare('SELECT * FROM clsm WHERE id = ?').get(id) as ClsmRow);
}

export function findClsmByChannel(db: Db, channel: string): Clsm | null {
  return withMeetings(
    db,
    db.prepare('SELECT * FROM clsm WHERE channel = ?').get(channel) as ClsmRow | undefined,
  );
}

function requireClsm(db: Db, id: string): ClsmRow {
  const row = db.prepare('SELECT * FROM clsm WHERE id = ?').get(id) as ClsmRow | undefined;
  if (!row) throw new RegistryError(unknownClsm(id));
  return row;
}

function assertChannelFree(db: Db, channel: string, forId: string): void {
  const owner = db.prepare('SELECT id, name FROM clsm WHERE channel = ?').get(channel) as
    Pick<ClsmRow, 'id' | 'name'> | undefined;
  if (owner && owner.id !== forId) throw new RegistryError(channelTaken(channel, owner));
}

function upsertRow(db: Db, clsm: ClsmProfile, now: Date): void {
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO clsm (id, name, channel, population, department, coordinator,
                       copil_people_and_carers, retired_on, created_at, updated_at)
     VALUES (@id, @name, @channel, @population, @department, @coordinator, @copil, @retired,
             @at, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, channel = excluded.channel,
       population = excluded.population, department = excluded.department,
       coordinator = excluded.coordinator, copil_people_and_carers = excluded.copil_people_and_carers,
       retired_on = excluded.retired_on, updated_at = excluded.updated_at`,
  ).run({
    id: clsm.id,
    name: clsm.name,
    channel: clsm.channel,
    population: clsm.population,
    department: clsm.department ?? null,
    coordinator: clsm.coordinator ?? null,
    copil:
      clsm.copilIncludesPeopleAndCarers === undefined
        ? null
        : clsm.copilIncludesPeopleAndCarers
          ? 1
          : 0,
    retired: clsm.retired ?? null,
    at,
  });
}

/** Creates or replaces a CLSM's profile (its meetings are kept; no `retired` makes it active). */
export function upsertClsm(db: Db, clsm: ClsmProfile, now: Date): void {
  write(db, () => {
    assertChannelFree(db, clsm.channel, clsm.id);
    upsertRow(db, clsm, now);
  });
}

/**
 * Links `channel` to the CLSM `id`, creating it or updating its name and population (other
 * fields are kept; a retired CLSM becomes active again). Returns whether it was created and
 * the channel it was linked to before.
 */
export function linkClsm(
  db: Db,
  link: Pick<ClsmProfile, 'id' | 'name' | 'population' | 'channel'>,
  now: Date,
): { created: boolean; previousChannel: string | null } {
  return write(db, () => {
    assertChannelFree(db, link.channel, link.id);
    const existing = db.prepare('SELECT * FROM clsm WHERE id = ?').get(link.id) as
      ClsmRow | undefined;
    upsertRow(
      db,
      {
        ...(existing ? toClsm(existing, []) : {}),
        retired: undefined,
        id: link.id,
        name: link.name,
        population: link.population,
        channel: link.channel,
      },
      now,
    );
    const moved = existing && existing.channel !== link.channel ? existing.channel : null;
    return { created: !existing, previousChannel: moved };
  });
}

function updateField(
  db: Db,
  id: string,
  column: 'name' | 'population' | 'channel',
  value: string | number,
  now: Date,
): void {
  write(db, () => {
    requireClsm(db, id);
    if (column === 'channel') assertChannelFree(db, String(value), id);
    db.prepare(`UPDATE clsm SET ${column} = ?, updated_at = ? WHERE id = ?`).run(
      value,
      now.toISOString(),
      id,
    );
  });
}

export function linkChannel(db: Db, id: string, channel: string, now: Date): void {
  updateField(db, id, 'channel', channel, now);
}

export function setClsmName(db: Db, id: string, name: string, now: Date): void {
  updateField(db, id, 'name', name, now);
}

export function setPopulation(db: Db, id: string, population: number, now: Date): void {
  updateField(db, id, 'population', population, now);
}

/**
 * Retires the CLSM `id` on `date` (Paris): no more reminders are planned for it; its meetings,
 * ledger and channel are kept, and the export shows it as retired. Linking it again
 * (`linkClsm`) or importing it without `retired` makes it active again.
 */
export function retireClsm(
  db: Db,
  id: string,
  date: IsoDate,
  now: Date,
): Pick<ClsmProfile, 'id' | 'name' | 'channel'> {
  return write(db, () => {
    const row = requireClsm(db, id);
    if (row.retired_on) throw new RegistryError(alreadyRetired(row.name, id, row.retired_on));
    db.prepare('UPDATE clsm SET retired_on = ?, updated_at = ? WHERE id = ?').run(
      date,
      now.toISOString(),
      id,
    );
    return { id, name: row.name, channel: row.channel };
  });
}

function meetingAt(
  db: Db,
  clsmId: string,
  kind: MeetingKind,
  date: string,
): (MeetingRow & { id: number }) | undefined {
  return db
    .prepare('SELECT * FROM meeting WHERE clsm_id = ? AND kind = ? AND date = ?')
    .get(clsmId, kind, date) as (MeetingRow & { id: number }) | undefined;
}

/**
 * Records a meeting. The same kind on the same date is one meeting: its time and place are
 * updated, and a cancelled one is restored.
 */
export function addMeeting(
  db: Db,
  clsmId: string,
  meeting: NewMeeting,
  now: Date,
): 'added' | 'updated' | 'restored' {
  return write(db, () => {
    requireClsm(db, clsmId);
    const at = now.toISOString();
    const existing = meetingAt(db, clsmId, meeting.kind, meeting.date);
    if (existing) {
      db.prepare(
        'UPDATE meeting SET time = ?, place = ?, cancelled_at = NULL, updated_at = ? WHERE id = ?',
      ).run(meeting.time ?? existing.time, meeting.place ?? existing.place, at, existing.id);
      return existing.cancelled_at ? 'restored' : 'updated';
    }
    db.prepare(
      `INSERT INTO meeting (clsm_id, kind, date, time, place, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(clsmId, meeting.kind, meeting.date, meeting.time ?? null, meeting.place ?? null, at, at);
    return 'added';
  });
}

function requireActiveMeeting(
  db: Db,
  clsmId: string,
  kind: MeetingKind,
  date: string,
): MeetingRow & { id: number } {
  const row = meetingAt(db, clsmId, kind, date);
  if (!row || row.cancelled_at) throw new RegistryError(noMeetingThatDay(kind, date));
  return row;
}

/** Moves a meeting to another date (time and place replaced when given, else kept). */
export function rescheduleMeeting(
  db: Db,
  clsmId: string,
  kind: MeetingKind,
  fromDate: string,
  to: Omit<NewMeeting, 'kind'>,
  now: Date,
): void {
  write(db, () => {
    requireClsm(db, clsmId);
    const row = requireActiveMeeting(db, clsmId, kind, fromDate);
    if (to.date !== fromDate) {
      const clash = meetingAt(db, clsmId, kind, to.date);
      if (clash && !clash.cancelled_at)
        throw new RegistryError(meetingAlreadyThatDay(kind, to.date));
      if (clash) db.prepare('DELETE FROM meeting WHERE id = ?').run(clash.id);
    }
    db.prepare('UPDATE meeting SET date = ?, time = ?, place = ?, updated_at = ? WHERE id = ?').run(
      to.date,
      to.time ?? row.time,
      to.place ?? row.place,
      now.toISOString(),
      row.id,
    );
  });
}

/** Cancels a meeting: it stays recorded, flagged, and counts for nothing. */
export function cancelMeeting(
  db: Db,
  clsmId: string,
  kind: MeetingKind,
  date: string,
  now: Date,
): void {
  write(db, () => {
    requireClsm(db, clsmId);
    const row = requireActiveMeeting(db, clsmId, kind, date);
    const at = now.toISOString();
    db.prepare('UPDATE meeting SET cancelled_at = ?, updated_at = ? WHERE id = ?').run(
      at,
      at,
      row.id,
    );
  });
}

/** The registry file, parsed and validated; its faults as a RegistryError (French). */
function parseRegistryFile(text: string): RegistryFile {
  try {
    return parseRegistryYaml(text);
  } catch (error) {
    if (error instanceof RegistryFileError) throw new RegistryError(error.message);
    throw error;
  }
}

/** A CLSM of the file may not take the channel of a CLSM the file leaves untouched. */
function assertChannelsFreeOutside(db: Db, clsms: readonly Clsm[]): void {
  const inFile = new Set(clsms.map((c) => c.id));
  const owners = db.prepare('SELECT id, channel FROM clsm').all() as Pick<
    ClsmRow,
    'id' | 'channel'
  >[];
  const kept = new Map(owners.filter((o) => !inFile.has(o.id)).map((o) => [o.channel, o.id]));
  clsms.forEach((c, i) => {
    const owner = kept.get(c.channel);
    if (owner) throw new RegistryError(channelOfClsmOutsideFile(i + 1, c.id, owner));
  });
}

/**
 * Replaces a CLSM's meetings with the file's (`at`: when, for a cancelled one too); returns how
 * many were written. Statements are prepared once for the whole import.
 */
function meetingsReplacer(
  db: Db,
  at: string,
): (id: string, meetings: readonly Meeting[]) => number {
  const clear = db.prepare('DELETE FROM meeting WHERE clsm_id = ?');
  const insert = db.prepare(
    `INSERT INTO meeting (clsm_id, kind, date, time, place, cancelled_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (id, meetings) => {
    clear.run(id);
    for (const m of meetings)
      insert.run(
        id,
        m.kind,
        m.date,
        m.time ?? null,
        m.place ?? null,
        m.cancelled ? at : null,
        at,
        at,
      );
    return meetings.length;
  };
}

/**
 * Imports a registry YAML text, all or nothing: each CLSM of the file is created or replaced,
 * its meetings becoming exactly those of the file; CLSMs absent from the file are untouched.
 * Throws RegistryError (French, naming the entry and the field) and then writes nothing.
 */
export function importRegistry(
  db: Db,
  text: string,
  now: Date,
): { clsms: number; meetings: number } {
  const file = parseRegistryFile(text);
  return write(db, () => {
    assertChannelsFreeOutside(db, file.clsms);
    // Channels may swap between CLSMs of the file: free them all before writing.
    const free = db.prepare("UPDATE clsm SET channel = '~' || id WHERE id = ?");
    for (const c of file.clsms) free.run(c.id);
    const replaceMeetings = meetingsReplacer(db, now.toISOString());
    let meetings = 0;
    for (const { meetings: list, ...profile } of file.clsms) {
      upsertRow(db, profile, now);
      meetings += replaceMeetings(profile.id, list);
    }
    return { clsms: file.clsms.length, meetings };
  });
}

/** The whole registry in the import format, retired CLSMs included (flagged). */
export function exportRegistry(db: Db): string {
  return stringifyRegistry({ clsms: listClsms(db, { retired: true }) });
}
