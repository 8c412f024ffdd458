import type { Answer } from './answer.js';
import type { AnswerCitation } from './citation.js';

/** Whom to ask when the texts are silent (the seeds' leaflet points to the DDARS referent). */
export const ASK_DDARS =
  'Pour une réponse, adressez-vous au référent CLS/CLSM de la délégation départementale de l’ARS (DDARS) de votre département.';

/** The answer as it is pasted: the answer, then the "À noter" line when texts differ. */
export function fullAnswerText(answer: Answer): string {
  if (answer.abstained) {
    const near = answer.related.map((r) => r.title).join(' ; ');
    return [answer.text, near ? `Sujets proches que les textes traitent : ${near}.` : '', ASK_DDARS]
      .filter(Boolean)
      .join('\n');
  }
  return answer.note ? `${answer.text}\n${NOTE_LABEL} : ${answer.note}` : answer.text;
}

/** The label of the line saying how another text differs. */
export const NOTE_LABEL = 'À noter';

/** "Cahier des charges ARS Occitanie (2023), §6 – Financement des projets labellisés (2023-03)" */
export function sourceLine(c: AnswerCitation): string {
  return `${c.sourceName}, ${c.section}${c.date ? ` (${c.date})` : ''}${c.historical ? ', texte historique' : ''}`;
}
