// Block Kit of a meeting reminder posted in a CLSM's channel (French), and its button's value.
import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { meetingKindSchema } from '../../knowledge/data-schema.js';
import { frenchDateInWords, frenchTime } from '../../reminders/calendar.js';
import { periodLabel, thePeriod } from '../../reminders/labels.js';
import type { ReminderToPost } from '../../services/scheduler.js';
import { clsmIdSchema, meetingDateSchema } from '../../reminders/registry-schema.js';
import { REMINDER_BUTTON, REMINDER_TEXT } from '../messages/meetings.js';
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
  const clsm = `*${escapeMrkdwn(r.clsmName)}*`;
  let heading: string;
  let body: string;
  let buttonText: string;
  if (r.type === 'upcoming' && r.meetingDate) {
    const when = frenchDateInWords(r.meetingDate);
    heading = REMINDER_TEXT.upcomingHeading(r.meeting, when);
    const at = r.meetingTime ? frenchTime(r.meetingTime) : '';
    body = REMINDER_TEXT.upcoming(clsm, r.meeting, when, at, r.meetingPlace ?? '');
    buttonText = REMINDER_BUTTON.change;
  } else if (r.period) {
    const from = frenchDateInWords(r.period.start);
    const to = frenchDateInWords(r.period.end);
    if (r.type === 'to-plan') {
      heading = REMINDER_TEXT.toPlanHeading(r.meeting, periodLabel(r.period));
      body = REMINDER_TEXT.toPlan(clsm, r.meeting, thePeriod(r.period), from, to);
    } else {
      heading = REMINDER_TEXT.overdueHeading(r.meeting, periodLabel(r.period));
      body = REMINDER_TEXT.overdue(clsm, r.meeting, thePeriod(r.period), to);
    }
    buttonText = REMINDER_BUTTON.record;
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
      context(REMINDER_TEXT.rule(source, where, quote)),
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
