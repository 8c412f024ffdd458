/**
 * Which sentences of the texts state a rule, figure, cadence, obligation, role or composition:
 * a transparent list of cues, each a kind and a pattern; a sentence is rule-bearing when one
 * matches, and the report names the cues so a curator can see why.
 */
export type CueKind = 'obligation' | 'rôle' | 'cadence' | 'composition' | 'chiffre' | 'financement';

interface Cue {
  kind: CueKind;
  label: string;
  pattern: RegExp;
}

const w = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');

export const CUES: readonly Cue[] = [
  { kind: 'obligation', label: 'doit', pattern: w('doit|doivent|devra|devront|devrait|devraient') },
  {
    kind: 'obligation',
    label: 'obligatoire',
    pattern: w('obligatoires?|obligations?|obligatoirement'),
  },
  {
    kind: 'obligation',
    label: 'nécessaire',
    pattern: w('nécessaires?|indispensables?|requis|requise|exigée?s?|impérati(?:f|ve)s?'),
  },
  {
    kind: 'obligation',
    label: 'recommandé',
    pattern: w(
      'recommandée?s?|recommande|recommandent|préconisée?s?|préconise|encouragée?s?|encourage',
    ),
  },
  {
    kind: 'obligation',
    label: 'il convient',
    pattern: w("il convient|il s'agit de|s'engagent?|est tenue?|sont tenue?s"),
  },
  { kind: 'obligation', label: 'peut', pattern: w('peut|peuvent|pourra|pourront|possibilité') },
  {
    kind: 'rôle',
    label: 'est chargé',
    pattern: w('(?:est|sont) chargée?s?|a pour missions?|ont pour missions?|missions?|rôles?'),
  },
  {
    kind: 'rôle',
    label: 'préside',
    pattern: w('présidée?s?|préside|présidence|co-?présid\\p{L}*|présidents?'),
  },
  {
    kind: 'rôle',
    label: 'assure',
    pattern: w(
      'assure|assurent|assurée?s?|anime|animée?s?|animation|pilote|pilotée?s?|porte|portée?s?|porteurs?|coordonne|coordonnée?s?',
    ),
  },
  {
    kind: 'rôle',
    label: 'labellise',
    pattern: w('labellis\\p{L}*|valide|validée?s?|signée?s?|signataires?'),
  },
  {
    kind: 'cadence',
    label: 'se réunit',
    pattern: w(
      'se réunit|se réunissent|réunions?|fois par an|par an|annuel(?:le)?s?|annuellement|chaque année|semestriel(?:le)?s?|trimestriel(?:le)?s?|mensuel(?:le)?s?',
    ),
  },
  {
    kind: 'composition',
    label: 'composé de',
    pattern: w(
      'composée?s?|composition|comprend|comprennent|membres?|sièg\\p{L}*|représentants?|associe|associent|réunit|réunissant',
    ),
  },
  {
    kind: 'chiffre',
    label: 'au moins',
    pattern: w(
      "au moins|au minimum|minimum|minimal(?:e|es)?|maximum|maximal(?:e|es)?|au plus|plafond\\p{L}*|jusqu'à",
    ),
  },
  { kind: 'chiffre', label: '€ / % / ETP', pattern: /€|%|(?<![\p{L}])(?:euros?|ETP)(?![\p{L}])/iu },
  {
    kind: 'chiffre',
    label: 'nombre',
    pattern:
      /(?<![\p{L}\p{N}.])\d+(?:[ .,]\d+)*(?![\p{L}\p{N}])|(?<![\p{L}])(?:deux|trois|quatre|cinq|six|dix)(?![\p{L}])/iu,
  },
  { kind: 'chiffre', label: 'durée', pattern: w('durée|ans|années?|mois|délai') },
  {
    kind: 'financement',
    label: 'financement',
    pattern: w('financ\\p{L}*|cofinanc\\p{L}*|subvention\\p{L}*|budget\\p{L}*|crédits?|fonds'),
  },
];

/** A heading's own number ("2.1 ", "3) ", "II. ") is not a figure. */
const HEADING_NUMBER = /^(?:[•-]\s*)?(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.)\s/u;

/** The cues a sentence matches, as "kind:label"; empty when it states no rule. */
export function ruleCues(sentence: string): string[] {
  const body = sentence.replace(HEADING_NUMBER, '');
  return CUES.filter((c) => c.pattern.test(body)).map((c) => `${c.kind}:${c.label}`);
}

/** A bullet item opening on a verb ("Mettre en place…", "A repérer…", "Participe à…"): a task. */
const ACTION_ITEM =
  /^(?:[-•.o►*\u{F000}-\u{F8FF}]\s*)?(?:(?:[Dd]e|[Àà]|[Aa])\s+|[Dd]')?(?:\p{L}+(?:er|ir|re)(?![\p{L}])|\p{Lu}\p{Ll}+(?:e|it|nd)\s+(?:à|avec|en|les?|la|l'|des|du|au|aux|compte|met)(?![\p{L}]))/u;

/**
 * The cues of each sentence of a text, in order. A bullet item also counts as a rule when it
 * opens on a verb (a task in a list of missions) or when the lead-in of its list ("… est composé
 * de :") states one: it then carries "liste:<kind>".
 */
export function classifySentences(
  sentences: readonly { text: string; bullet: boolean }[],
): string[][] {
  let leadIn: string[] = [];
  return sentences.map(({ text, bullet }) => {
    const own = ruleCues(text);
    if (!bullet) {
      leadIn = text.endsWith(':') ? own : [];
      return own;
    }
    const extra = [...new Set(leadIn.map((c) => `liste:${c.split(':')[0] ?? ''}`))];
    if (ACTION_ITEM.test(text)) extra.push('rôle:action (puce)');
    return [...own, ...extra];
  });
}
