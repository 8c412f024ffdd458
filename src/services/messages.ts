// The French reasons the scheduler writes in the ledger for reminders it does not post
// (admins read them in failure lists and the database).

/** An older reminder of the same meeting, replaced by a more urgent one due at once. */
export const SUPERSEDED_REASON = 'remplacé par un rappel plus récent de la même réunion';
/** Claimed but no longer planned when posting came. */
export const NOT_DUE_REASON = 'plus dû : réunion annulée, déplacée ou passée, ou période close';
/** Covered by the welcome message posted when the channel was linked. */
export const WELCOME_REASON = 'résumé dans le message d’accueil du canal';
