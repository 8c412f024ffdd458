/**
 * Every French sentence the answer engine writes: what a user reads when the texts are silent,
 * when the bot asks back, beside an answer, and when a question cannot be read. The answers
 * themselves are data (knowledge/entries/*.yml).
 */

export const ABSTENTION_TEXT = 'Les textes de référence ne répondent pas à cette question.';

export const CLARIFY_TEXT = 'Votre question porte-t-elle sur :';

/** Whom to ask when the texts are silent (the seeds' leaflet points to the DDARS referent). */
export const ASK_DDARS =
  'Pour une réponse, adressez-vous au référent CLS/CLSM de la délégation départementale de l’ARS (DDARS) de votre département.';

export const nearTopics = (titles: string): string =>
  `Sujets proches que les textes traitent : ${titles}.`;

/** The label of the line saying how another text differs. */
export const NOTE_LABEL = 'À noter';

/** "dans quelle partie du cahier des charges…": where the rule stands, before the rule. */
export const placeText = (places: string[]): string => `Référence : ${places.join(' ; ')}.`;

export const HISTORICAL_MARK = ', texte historique';

/** A 2012 entry's point, told beside the current text's answer. */
export const historicalNote = (oldAnswer: string): string =>
  `l’ancien cahier des charges régional (vers 2012, texte historique) traitait aussi ce point : ${oldAnswer}`;

/** "la charte fait-elle partie des pièces ?": the item is not in what the text says. */
export const itemNotNamedText = (item: string): string =>
  `Le texte ne nomme pas « ${item.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())} » sur ce point. Ce qu’il prévoit :`;

export const unknownYearText = (year: string, latest: number): string =>
  `${ABSTENTION_TEXT} Aucun ne parle de ${year} : le plus récent est de ${latest}.`;

/** "les dates des SISM cette année": the texts are dated, they give no calendar of the year. */
export const relativeYearText = (latest: number): string =>
  `${ABSTENTION_TEXT} Ils ne donnent pas de dates pour l’année en cours ou à venir : le plus récent est de ${latest}.`;

/** "quelle sanction…": the thing asked for is a word no text uses. */
export const unknownThingText = (word: string): string =>
  `${ABSTENTION_TEXT} Aucun ne parle de « ${word} ».`;

export const OTHER_REGION_TEXT = `${ABSTENTION_TEXT} Les textes régionaux de référence sont ceux de l’ARS Occitanie : ils ne disent rien des règles propres aux autres régions.`;

export const QUESTION_EMPTY =
  'la question est vide. Exemple : « combien de fois se réunit le COPIL ? »';
export const questionTooLong = (length: number, max: number): string =>
  `la question est trop longue (${length} caractères, ${max} au plus). Posez une question courte.`;
export const QUESTION_UNREADABLE =
  'la question contient des caractères illisibles (données binaires ?).';
export const QUESTION_NO_WORD =
  'la question ne contient aucun mot. Posez votre question en français.';

export const compiledText = (file: string, entries: number): string =>
  `${file}: ${entries} entrées compilées\n`;
