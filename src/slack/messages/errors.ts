// What the bot says when something goes wrong: a user's mistake ("Erreur : …") or a reply that
// failed (Slack refused it, a bug); tell-user.ts picks the sentence, these are the words.

/** One user mistake, already a French sentence naming what is wrong. */
export function errorLine(message: string): string {
  return `Erreur : ${message}`;
}

export const INVITE_HINT = 'invitez le bot dans ce canal : /invite @clsm';

/** Said when a bug (not Slack, not the user) stops a reply. */
export const INTERNAL_ERROR =
  'Désolé, une erreur interne m’empêche de répondre. Réessayez dans un instant ; si cela persiste, prévenez un administrateur.';

/** Slack did not answer (HTTP or network error). */
export const RETRY_LATER =
  'Slack n’a pas accepté ma réponse pour l’instant (erreur passagère de Slack) : réessayez dans un instant.';

/** Slack still answered 429 after the client's retries. */
export const RATE_LIMITED =
  'Slack limite en ce moment le nombre de messages que je peux envoyer : réessayez dans une minute.';

/** Why Slack refused a reply, by its error code. */
export const PLATFORM_REASONS: Readonly<Record<string, string>> = {
  not_in_channel: `Je ne peux pas répondre dans ce canal car je n’en suis pas membre : ${INVITE_HINT}, puis reposez votre question.`,
  channel_not_found: `Ce canal m’est fermé (canal privé où je ne suis pas invité, ou canal supprimé) : ${INVITE_HINT}, ou posez-moi la question ici.`,
  is_archived:
    'Ce canal est archivé : je ne peux plus y répondre. Posez-moi la question ici, en message direct.',
  restricted_action: `Les réglages de ce canal m’empêchent d’y écrire : ${INVITE_HINT} ou demandez à un administrateur de l’espace de travail.`,
  msg_too_long:
    'Ma réponse était trop longue pour Slack. Reformulez la question plus précisément, ou réessayez.',
};

/** Slack refused the reply with a code PLATFORM_REASONS does not explain. */
export function platformRefused(code: string): string {
  return `Slack a refusé ma réponse (${code}) : réessayez ; si cela persiste, prévenez un administrateur.`;
}
