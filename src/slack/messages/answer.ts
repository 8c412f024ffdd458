// The words around an answer in Slack: its buttons, the "Voir aussi" heading, the line saying a
// vote was taken, and the replies of its buttons. The answer's own text comes from src/search.

/** The 👍/👎 buttons under every answer. */
export const FEEDBACK_BUTTON = { up: '👍 Utile', down: '👎 Pas utile' } as const;

/** Heading of the related topics' buttons (mrkdwn). */
export const SEE_ALSO_HEADING = '*Voir aussi*';

/** "Source : <source>, <section> (<date>)" under a quote. */
export function sourceCaptionText(source: string): string {
  return `Source : ${source}`;
}

/** The line under the 👍/👎 buttons once a vote is taken (`personal`: only the voter sees it). */
export function feedbackNoticeText(vote: {
  verdict: 'up' | 'down';
  tally: { up: number; down: number };
  personal: boolean;
}): string {
  const mine = vote.verdict === 'up' ? '👍 utile' : '👎 pas utile';
  return vote.personal
    ? `✅ Votre avis est enregistré : ${mine}. Merci ! Un autre clic le remplace.`
    : `✅ Avis enregistrés sur cette réponse : 👍 ${vote.tally.up} · 👎 ${vote.tally.down}. Merci ! Un nouveau clic remplace votre avis.`;
}

/** A "Voir aussi" button whose entry is gone from the knowledge base. */
export const UNKNOWN_TOPIC = 'Ce sujet n’existe plus dans la base de connaissances.';

/** The vote is stored but the message could not show it. */
export const FEEDBACK_THANKS =
  'Merci : votre avis est enregistré et aidera à améliorer les réponses.';

/** Stored (and exported by `clsm feedback export`) for a vote on an empty question. */
export const EMPTY_QUESTION = '(question vide)';
