import type { AnswerEngine } from '../../src/search/answer.js';
import { verdict, type EvalQuestion, type Verdict } from './evaluation.js';

/**
 * Lead-ins users put before a question (who forwards it, who asks, the situation), none of
 * which changes what is asked. A question answered right alone should stay right behind each:
 * the drift measures how much the engine leans on words that are not the question.
 */
export const LEAD_INS: ReadonlyArray<{ name: string; lead: string }> = [
  { name: 'forwarded', lead: "question d'une collegue de la dd : " },
  { name: 'relayed', lead: 'le maire me pose la question : ' },
  { name: 'self', lead: "bonjour, je suis coordinatrice d'un clsm intercommunal depuis peu. " },
  { name: 'situation', lead: 'on prepare le dossier de notre clsm. ' },
  { name: 'history', lead: 'notre cls a ete signe en 2021 avec la comcom. ' },
];

export interface LeadInDrift {
  name: string;
  /** Questions answered right alone, asked again behind the lead-in. */
  asked: number;
  counts: Record<Verdict, number>;
}

/** Each lead-in's verdicts on the questions `questions` answers right alone. */
export function leadInDrift(engine: AnswerEngine, questions: EvalQuestion[]): LeadInDrift[] {
  const rightAlone = questions.filter((q) => verdict(q, engine.ask(q.q)) === 'right');
  return LEAD_INS.map(({ name, lead }) => {
    const counts: Record<Verdict, number> = { right: 0, clarify: 0, abstain: 0, wrong: 0 };
    for (const q of rightAlone) {
      const led = { ...q, q: `${lead}${q.q}` };
      counts[verdict(led, engine.ask(led.q))] += 1;
    }
    return { name, asked: rightAlone.length, counts };
  });
}

const pct = (n: number, d: number) => `${d === 0 ? '–' : ((100 * n) / d).toFixed(1)} %`;

export const formatDrift = (d: LeadInDrift): string =>
  `${d.name} ("${LEAD_INS.find((l) => l.name === d.name)?.lead.trim()}"): of ${d.asked} right alone, ` +
  `right ${pct(d.counts.right, d.asked)}, clarify ${pct(d.counts.clarify, d.asked)}, ` +
  `abstain ${pct(d.counts.abstain, d.asked)}, wrong ${pct(d.counts.wrong, d.asked)}`;
