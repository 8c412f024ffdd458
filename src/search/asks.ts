import { plainQuestion } from './analyser.js';
import {
  ASKER_NAMED,
  forwarded,
  asksByRelativeOnly,
  asksIn,
  BODIES_NAMED,
  BODY,
  FULL_STOP,
  isRelay,
  ITEM_OF_LIST_BEFORE,
  leansBack,
  POLITENESS,
  REPORTED,
  TOLD,
  tellsOwnSituation,
  type QuestionParts,
} from './focus.js';

/**
 * "…, et qui l'anime", "… et à quel rythme…", "… et pour combien de temps…", "… ou par qui",
 * "… et ils se réunissent à quel rythme", "… et se réunissent tous les combien", "… et ça sert à
 * quoi", "… et faut-il que la comcom mette autant", "… et faut le réunir à quel rythme": a second
 * ask joined to the first. Not "… et y a pas de CLS": a situation told.
 */
const JOINED_ASK =
  /,?\s+(?:et|ou|puis)\s+(?=(?:(?:il|ils|elle|elles|ca|cela|on|se) [^,?]{0,30}\b(?:quand|combien|comment|quel|quelle|quels|quelles|quoi|a qui)\b)|(?:il|ils|elle|elles|on) (?:doit|doivent|faut)\b|(?:qui|quand|combien|comment|pourquoi|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|a (?:quel|quelle|quels|quelles|qui|quoi|combien)|(?:sur|pour|de|dans|en|par|avec) (?:quel|quelle|quels|quelles|qui|combien)|jusqu'a|que|qu'|est-ce|est ce|c'est quoi|ou|(?:il )?y a(?:-t-il| t il|(?! (?:pas|plus|aucune?|rien|personne)\b))|(?:faut|doit|doivent|peut|peuvent|est|sont|existe|ont|faudrait|devrait|pourrait)[- ](?:t[- ])?(?:il|ils|elle|elles|on)|faut (?:(?:le|la|les|y|en) |l')\w+)\b)/;
/** A comma, then an interrogative opening another ask ("…, à quelle fréquence se réunit-il"). */
const ASK_IN_A_ROW =
  /,\s+(?=(?:(?:a|de|en|sur|pour|par|avec) )?(?:quel|quelle|quels|quelles|combien|comment|quand|pourquoi)\b)/;
/** "le maire me demande si …": the lead-in of a yes/no question reported, if the text opens so. */
const reportedIf = (text: string): string | undefined => {
  const lead = REPORTED.exec(text)?.[0];
  return lead !== undefined && /\bs(?:i\s+|')$/.test(lead) ? lead : undefined;
};
/** "que la commune ?": only the commune (ne… que), no ask of its own: "que" asks before a verb. */
const ONLY_THAT = /^(?:c'est )?que (?:le|la|les|l'|un|une|des|du|pour|par) ?[^,?]{1,30}$/;
/** "…, et si …": a second yes/no question reported by the same lead-in. */
const ALSO_IF = /,?\s+et s(?:i\s|')/;
/** "comparaison : …", "question : …": a label before the question says nothing of it. */
const LABEL = /^(?:comparaison|question|petite question|urgent|objet|re|rappel|info)\s*:\s*/;
/** Where a sentence ends: after a question mark, or at a full stop, "!", ";" or a new line. */
const SENTENCES = new RegExp(`(?<=\\?)|(?:[!;\\n]|${FULL_STOP})+`);
/** "…, et elle remplace celle de 2016 ou pas ?": a clause closed by "ou pas" asks yes or no. */
const OR_NOT = /\sou (?:pas|non)$/;
/** Who asks: "je suis maire", "nous sommes une comcom de…", "on est une comcom de…". */
const WHO_ASKS = new RegExp(
  `${ASKER_NAMED.source}|^(?:nous sommes|moi c'est|on est (?:une?|des))\\b`,
);
/** "outre leur avis sur le PTSM, à quel document…": what the ask sets aside is not asked. */
const BESIDES = /^(?:outre|en plus d[eu']|au-dela d[eu']|a part|hormis|en dehors d[eu'])/;
/** "le cotech et les groupes de travail …": two bodies, one ask. */
const TWO_BODIES = new RegExp(
  `^(.*?\\b)(${BODY})\\s+et\\s+(?:(?:le|la|les)\\s+|l')(${BODY})\\b(.*)$`,
);
/** Two bodies set side by side ("entre … et …", "c'est pareil"): one ask on both. */
const LIKENED_BODIES =
  /\b(?:entre|differen\w*|distingu\w*|pareils?|pareille|meme chose|vs|versus|compar\w*|rapport)\b/;
/** More asks than this read as a list of topics, not as questions to answer one by one. */
const MAX_ASKS = 3;

/**
 * The asks of a question that asks several things ("qui préside le COPIL élargi et qui l'anime
 * ?", "qui finance le coordinateur ? que signifie ce partage ?"), each as the focus of its own
 * reading with the rest of the question as its context; empty when it asks one thing.
 * Sentences ending in "?" each ask; within one, a clause joined by "et"/"ou" and opened by an
 * interrogative ("et sur quelle durée…") asks too.
 */
export interface AskParts extends QuestionParts {
  /** The asks after this one, joined: context only for an ask that names too little alone. */
  later: string;
  /** What the question tells and does not ask (no ask): an ask's whole own situation. */
  told: string;
}

/** "… pour les deux ?": a clause ending on "les deux", which stand for things named before. */
const BOTH = /\b(?:tous |toutes )?les deux(?=\s*(?:[?,;.!]|$))/;

/**
 * "notre copil se réunit 1 fois par an et la plénière jamais… c'est quoi le rythme attendu pour
 * les deux ?": "les deux" are the two bodies named before, asked of each.
 */
function bothNamed(question: string): string {
  const at = question.search(BOTH);
  if (at < 0) return question;
  const named = [...new Set(question.slice(0, at).match(BODIES_NAMED) ?? [])];
  if (named.length !== 2) return question;
  return question.replace(BOTH, `le ${named[0]} et le ${named[1]}`);
}

export function splitAsks(question: string): AskParts[] {
  const sentences = bothNamed(plainQuestion(question))
    .replace(/\s+/g, ' ')
    .split(SENTENCES)
    .map((s) => s.trim().replace(LABEL, ''))
    .filter((s) => s.length > 0);
  // Every piece of the question in order, each marked as an ask or as context.
  const pieces = sentences.flatMap((sentence) => {
    const clauses = sentence
      .replace(/\?+$/, '')
      .split(JOINED_ASK)
      .map((c) => c.trim())
      .filter((c) => c.length > 0)
      // "que la commune ou y a d'autres financeurs ?": only the commune, or…: one ask.
      .reduce<string[]>(
        (kept, c) =>
          kept.length > 0 && ONLY_THAT.test(kept.at(-1) ?? '')
            ? [...kept.slice(0, -1), `${kept.at(-1) ?? ''} ou ${c}`]
            : [...kept, c],
        [],
      );
    // A sentence that asks nothing (a greeting, a situation) is context; a clause joined after
    // the first opens with an interrogative, so it asks.
    // A question put as such: a question mark, or reported ("le maire me demande si…").
    const put = sentence.endsWith('?') || REPORTED.test(sentence);
    if (clauses.length === 1)
      return [
        {
          text: clauses[0] ?? '',
          asks:
            sentence.endsWith('?') ||
            (asksIn(sentence) && !TOLD.test(sentence)) ||
            ALSO_IF.test(sentence.slice(reportedIf(sentence)?.length ?? sentence.length)),
          put,
        },
      ];
    return clauses.map((text, i) => ({ text, asks: i > 0 || asksIn(text), put }));
  });
  // "…, et cette donnée date de quelle année ?": a clause after ", et" that asks is an ask too.
  const joined = pieces.flatMap((piece) => {
    if (!piece.asks) return [piece];
    const [first = '', ...rest] = piece.text.split(/,\s+et\s+/);
    const later = rest.join(', et ');
    // So does "et si…" after a question reported by "si" ("on nous demande si le CLSM est
    // obligatoire, et si il faut une structure pour le porter").
    const alsoIf = /^si\b/.test(later) && reportedIf(first) !== undefined;
    // Not "combien de priorités …, et la gestion de crise en fait-elle partie ?": an item
    // checked against the list asked just before is one ask with it.
    return later &&
      !ITEM_OF_LIST_BEFORE.test(later) &&
      (asksIn(later) || OR_NOT.test(later) || alsoIf) &&
      (asksIn(first) || alsoIf)
      ? [
          { ...piece, text: first },
          { ...piece, text: later },
        ]
      : [piece];
  });
  // "qui compose le comité technique, à quelle fréquence se réunit-il ?": asks in a row, each
  // opened by its interrogative after a comma.
  const split = joined.flatMap((piece) => {
    if (!piece.asks) return [piece];
    const [first = '', ...rest] = piece.text.split(ASK_IN_A_ROW);
    // Not "pour un CLSM qui fonctionne déjà, quelle pièce…": a relative "qui" asks nothing.
    return rest.length > 0 && asksIn(first) && !asksByRelativeOnly(first) && rest.every(asksIn)
      ? [first, ...rest].map((text) => ({ ...piece, text }))
      : [piece];
  });
  // "le cotech et les groupes de travail se réunissent à quel rythme ?": the same ask of two
  // bodies, each read on its own (not "quelle différence entre le copil et le cotech ?").
  const bodies = split.flatMap((piece) => {
    const two = piece.asks && !LIKENED_BODIES.test(piece.text) ? TWO_BODIES.exec(piece.text) : null;
    if (!two) return [piece];
    const [, lead = '', first = '', second = '', rest = ''] = two;
    return [
      { ...piece, text: `${lead}${first}${rest}` },
      { ...piece, text: `${lead}${second}${rest}` },
    ];
  });
  // "bonjour, je suis maire, qui signe un CLS ?": a greeting and who asks, told before the
  // first ask, are the situation, not what it asks; so is what it sets aside ("outre …,").
  const marked = bodies.flatMap((piece) => {
    if (!piece.asks) return [piece];
    // "en conseil municipal on nous demande si le CLSM est obligatoire": who asks, and where,
    // told; what they ask follows.
    const reporting = reportedIf(piece.text);
    if (reporting !== undefined && reporting.length < piece.text.length)
      return [
        { ...piece, text: reporting.trim(), asks: false },
        { ...piece, text: piece.text.slice(reporting.length) },
      ];
    // "mail reçu de la mairie : …": who forwarded it, before a colon, is told too; not when
    // what they ask is about themselves ("le chef de pôle me demande : « c'est nous qui… »").
    const aboutForwarder = /\b(?:nous|notre|nos)\b/i.test(piece.text);
    const forwarder = /^([^:,?]*?)\s+:\s+/.exec(piece.text);
    const clauses =
      forwarder && forwarded(forwarder[1] ?? '') && !aboutForwarder
        ? [forwarder[1] ?? '', ...piece.text.slice(forwarder[0].length).split(/,\s+/)]
        : piece.text.split(/,\s+/);
    let lead = clauses.findIndex(
      (c) =>
        !POLITENESS.test(c) &&
        !WHO_ASKS.test(c) &&
        !BESIDES.test(c) &&
        !(forwarded(c) && !aboutForwarder),
    );
    // "je vais recruter un coordo, le référentiel recommande quel temps de travail et …": the
    // asker's own situation, told first, too, before a clause that asks in words; not when the
    // ask leans on it ("…, il dure combien ?"), nor figures told, which each ask reads for its
    // own ("notre comcom fait 35 000 hab, quel plafond ? et si on passe à 45 000 ?").
    while (
      lead >= 0 &&
      lead < clauses.length - 1 &&
      tellsOwnSituation(clauses[lead] ?? '') &&
      !/\d/.test(clauses[lead] ?? '') &&
      asksIn(clauses[lead + 1] ?? '') &&
      !leansBack(clauses[lead + 1] ?? '')
    )
      lead += 1;
    if (lead <= 0) return [piece];
    return [
      { ...piece, text: clauses.slice(0, lead).join(', '), asks: false },
      { ...piece, text: clauses.slice(lead).join(', ') },
    ];
  });
  // "« … ? » je lui réponds quoi d'après le ref ?": a relay passes on the question put before
  // it (not a claim told: "nos partenaires pensent que… Qu'en dit le texte ?").
  const relayed = marked.map((piece, i) =>
    piece.asks && isRelay(piece.text) && marked.slice(0, i).some((p) => p.asks && p.put)
      ? { ...piece, asks: false }
      : piece,
  );
  const asks = relayed.filter((p) => p.asks);
  if (asks.length < 2 || asks.length > MAX_ASKS) return [];
  // An ask's context is what comes before it and what asks nothing; the asks after it are kept
  // apart: "à quoi sert le COPIL élargi et quel autre nom lui donne le cahier des charges ?"
  // reads the second ask with the first (its "lui"), the first without the second, whose words
  // would pull it to the other answer, unless the first names too little on its own ("par quel
  // organe et à quelle date l'instruction a-t-elle été validée ?").
  return asks.map((ask) => {
    const at = relayed.indexOf(ask);
    const join = (pieces: typeof relayed) => pieces.map((p) => p.text).join(', ');
    return {
      focus: ask.text,
      preamble: join(relayed.filter((p, j) => j < at || (j > at && !p.asks))),
      later: join(relayed.filter((p, j) => j > at && p.asks)),
      told: join(relayed.filter((p) => !p.asks)),
    };
  });
}
