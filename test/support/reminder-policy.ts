// The reminder policy for tests, from the knowledge base's meeting cadences. A knowledge base
// that fails validation fails the test that needs it, with the loader's French message.
import { loadKnowledge } from '../../src/knowledge/loader.js';
import {
  createReminderPolicy,
  type PolicyOptions,
  type ReminderPolicy,
} from '../../src/reminders/policy.js';

export function testPolicy(options: PolicyOptions = {}): ReminderPolicy {
  const kb = loadKnowledge();
  return createReminderPolicy(kb.meetings, kb.sources, options);
}
