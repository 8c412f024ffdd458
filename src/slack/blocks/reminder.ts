// Block Kit of a meeting reminder posted in a CLSM's channel (French), and its button's value.
import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { meetingKindSchema } from '../../knowledge/data-schema.js';
import { frenchDateInWords, frenchTime } from '../../reminders/calendar.js';
import { MEETING_WORDS, meetingHeading, periodLabel, thePeriod } from '../../reminders/labels.js';
import type { ReminderToPost } from '../../reminders/scheduler.js';
import { clsmIdSchema, meetingDateSchema } from '../../reminders/registry-schema.js';
import { button, context, escapeMrkdwn, header, section } from './kit.js';

/** action_id of the reminder's button that records (or changes) the meeting's date. */
export const RECORD_MEETING_ACTION = 'reminder_record_meeting';

/** What the button carries: the CLSM, the kind of meeting and, for a planned one, its date. */
export const recordMeetingValueSchema = z.strictObject({
  clsm: clsmIdSchema,
  meeting: meetingKindSchema,
  date: meetingDateSchema.optional(),
});
export type RecordMeetingValue = z.infer<typeof recordMeetingValueSchema>;

/** The button's value read back, or null if it is not one of ours. */
export function parseRecordMeetingValue(value: string | undefined): RecordMeetingValue | null {
  if (!value) return null;
  try {
    const parsed = recordMeetingValueSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The message of a reminder: plain-text fallback and blocks. */
export function reminderMessage({ reminder: r, rule }: ReminderToPost): {
  text: string;
  blocks: KnownBlock[];
} {
  const words = MEETING_WORDS[r.meeting];
  const clsm = `*${escapeMrkdwn(r.clsmName)}*`;
  let heading: string;
  let body: string;
  let buttonText: string;
  if (r.type === 'upcoming' && r.meetingDate) {
    const when = frenchDateInWords(r.meetingDate);
    heading = `📅 ${meetingHeading(r.meeting)} le ${when}`;
    const at = r.meetingTime ? ` à ${frenchTime(r.meetingTime)}` : '';
    const where = r.meetingPlace ? `, ${escapeMrkdwn(r.meetingPlace)}` : '';
    body = `${clsm} : ${words.the} se réunit le *${when}*${at}${where}.`;
    buttonText = 'Modifier la date';
  } else if (r.period) {
    const from = frenchDateInWords(r.period.start);
    const to = frenchDateInWords(r.period.end);
    if (r.type === 'to-plan') {
      heading = `🗓️ ${meetingHeading(r.meeting)} à planifier : ${periodLabel(r.period)}`;
      body =
        `${clsm} : ${words.none} n’est encore daté${words.e} sur ${thePeriod(r.period)} ` +
        `(du ${from} au ${to}). Fixez sa date puis enregistrez-la avec le bouton ci-dessous.`;
    } else {
      heading = `⚠️ ${meetingHeading(r.meeting)} en retard : ${periodLabel(r.period)}`;
      body = `${clsm} : ${thePeriod(r.period)} se termine le *${to}* et ${words.none} n’est daté${words.e}.`;
    }
    buttonText = 'Enregistrer la date';
  } else {
    throw new Error(`reminder ${r.key} has neither a meeting date nor a period`);
  }
  const { source, section: where, quote } = rule.citation;
  const value: RecordMeetingValue = { clsm: r.clsm, meeting: r.meeting };
  if (r.type === 'upcoming' && r.meetingDate) value.date = r.meetingDate;
  return {
    text: escapeMrkdwn(`${heading} (${r.clsmName})`),
    blocks: [
      header(heading),
      section(body),
      context(`Règle : ${escapeMrkdwn(`${source}, ${where} : « ${quote} »`)}`),
      {
        type: 'actions',
        elements: [
          button(
            buttonText,
            RECORD_MEETING_ACTION,
            JSON.stringify(value),
            r.type === 'upcoming' ? undefined : 'primary',
          ),
        ],
      },
    ],
  };
}
