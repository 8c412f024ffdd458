import type { AnswerEngine } from './answer.js';

/**
 * Questions of every kind the engine reads (a topic, a ceiling, two asks, the old text, a
 * comparison of texts, chat shorthand, a point no text answers), asked once at a long-running
 * bot's start: V8 compiles the engine's hot paths on their first runs, which would otherwise
 * make the first users' answers several times slower than the next ones.
 */
const WARM_UP_QUESTIONS = [
  'Qui préside le comité de pilotage du CLSM ?',
  'plafond de financement pour une comcom de 52 000 habitants',
  'le COPIL se réunit combien de fois par an ? et qui y siège ?',
  "dans l'ancien cahier des charges de 2012, qui employait le coordonnateur ?",
  'cdc 2023 vs référentiel 2025 : la plénière, c’est à quel rythme dans chacun ?',
  'bjr, on monte un clsm sur 3 communes avec le CH, quelles pièces pour le dossier de labellisation ?',
  "c'est quoi un CLS, en une phrase pour un élu ?",
  "l'ARS répond sous combien de temps à une demande de label ?",
  'GEM ?',
  'le coordo doit-il suivre une formation nationale ?',
];
const ROUNDS = 3;

/**
 * Asks them, one question per turn of the event loop: a bot already listening keeps answering
 * Slack between two (each takes a few milliseconds, the whole some hundreds).
 */
export async function warmUp(engine: AnswerEngine): Promise<void> {
  for (let round = 0; round < ROUNDS; round += 1)
    for (const question of WARM_UP_QUESTIONS) {
      await new Promise((resolve) => setImmediate(resolve));
      engine.ask(question);
    }
}
