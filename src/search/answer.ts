import type { KnowledgeBase } from '../knowledge/loader.js';
import type { Citation, Entry, GlossaryTerm } from '../knowledge/schema.js';
import { foldAccents, plainQuestion } from './analyser.js';
import { ceilingFor, describeCeiling, noCeilingFact } from '../rules/ceiling.js';
import {
  createCandidateFinder,
  marginOver,
  sameEntry,
  type Candidate,
  type QuestionAnalysis,
} from './candidates.js';
import { toAnswerCitation, type AnswerCitation } from './citation.js';
import { decide } from './decision.js';
import { unknownNamedThing } from './asked-thing.js';
import { splitAsks, type AskParts } from './asks.js';
import { questionFacets } from './facets.js';
import type { EntryIndex } from './index.js';
import { asksIn, asRead, BODIES_NAMED, IMPERSONAL, THERE_ARE } from './focus.js';
import { givesAll, valuesAskedIn, YEAR_ASKED } from './kinds.js';
import {
  findPopulation,
  populationsByAsk,
  territoriesTold,
  type PopulationAsked,
} from './numbers.js';
import {
  ABSTENTION_TEXT,
  CLARIFY_TEXT,
  historicalNote,
  itemNotNamedText,
  OTHER_REGION_TEXT,
  unknownThingText,
  placeText,
  relativeYearText,
  unknownYearText,
} from './messages.js';
import { perEntry } from './per-entry.js';
import { OTHER_REGIONS, PLACES } from './places.js';

export interface TopicLink {
  id: string;
  title: string;
  /** A label of at most 75 characters for buttons, when the title is longer. */
  shortTitle?: string;
}

/** How a question ends: answered, a clarifying question back, or the texts are silent. */
export type Outcome = 'answer' | 'clarify' | 'abstain';

/** One answer, whatever the surface (CLI text, JSON, Block Kit). */
export interface Answer {
  question: string;
  outcome: Outcome;
  /** `outcome === 'abstain'`: the texts do not answer. */
  abstained: boolean;
  /** The answer itself, French, pasteable; when clarifying, the question asked back. */
  text: string;
  /** How another text differs ("À noter : ..."), when one does. */
  note: string | null;
  citations: AnswerCitation[];
  /** Ids of the entries the answer rests on, best first. */
  entries: string[];
  /** "Voir aussi" (answered) or closest topics (abstained). */
  related: TopicLink[];
  /** The choices of a clarifying question; empty otherwise. */
  suggestions: TopicLink[];
}

/** The entry computed population answers rest on (§6 ceilings). */
export const CEILING_ENTRY_ID = 'financement-plafonds';

export { ABSTENTION_TEXT };

/** Where in a text something stands: "dans quelle partie du cahier des charges…", "où trouver…". */
const PLACE_ASKED =
  /\b(dans (quel|quelle|quels|quelles) (partie|section|annexe|rubrique|chapitre|paragraphe|passage|document|texte|point)s?|(quel|quelle) (partie|section|annexe|rubrique|chapitre|paragraphe|passage) (du|de la|de l'|des|de)|ou (trouve-t-on|trouve t on|se trouve|figure|est-ce (ecrit|indique|prevu))|a quel endroit|quel texte (dit|prevoit|fixe|mentionne|indique|parle))\b/;
/** Places named in a reference line, at most. */
const MAX_PLACES = 2;

const MEANING =
  /\b(que veut dire|que signifie|signifie|signification|veut dire|sigle|acronyme|abreviation|definition de|definition du|definition d)\b/;
const MEANING_WORDS = new RegExp(MEANING.source, 'g');
/** Questions whose asks are kept: the few one `ask` reads (the question, then each ask's focus). */
const KEPT_READINGS = 8;
/** A bare "combien" ending what is asked: how much (not "tous les combien", how often). */
const HOW_MUCH_LAST = /(?<!\btous les )\bcombien\s*\??\s*$/;
/**
 * "…, et quelle place avaient les usagers ?": an ask naming more words than this reads no other
 * ask as context, unless it leans on one: it goes on from it ("et pour l'accès aux soins ?",
 * "des exemples ?") or names its subject by a pronoun ("et il peut piloter…", "qui y siège").
 */
const OWN_ASK = 1;
const GOES_ON = /^(?:et|ou|mais|puis|sinon|aussi|donc|des|un|une|le|la|les)\b/;
/** A pronoun naming what another ask named ("et il peut piloter…", "à quoi sert cette instance"). */
const REFERS_BACK =
  /\b(?:il|ils|elle|elles|y|lui|leur|ce|cet|cette|ces|cela|ca|celui|celle|ceux)\b|-(?:il|ils|elle|elles)\b/;
/** "qui l'anime", "en faut-il": pronouns too, though mostly an article or "in". */
const MAYBE_REFERS_BACK = /\b(?:l'|en)\b/;
const leans = (focus: string): boolean =>
  GOES_ON.test(focus) || REFERS_BACK.test(focus) || MAYBE_REFERS_BACK.test(focus);
/** Words pointing back to a body named before ("cette instance", "ce comité"). */
const POINTS_BACK = /\b(?:cette instance|ce comite|cette assemblee|cette reunion)\b/;
/** A text named ("le référentiel national", "le cdc 2023"), and a pronoun saying what it says. */
const TEXT_NAMED_ALL =
  /\b(?:le |la |l')?(?:ref(?:erentiel)?|cdc|cahier des charges|instruction|plaquette)(?: (?:national|nationale|cls|occitanie|de \d{4}|\d{4}))*\b/g;
const TEXT_POINTED =
  /\b(?:il|elle) (?=(?:dit|prevoit|precise|recommande|preconise|indique|parle)\b)/;
const A_VERB = /\b(?:c'est|est|sont|faut|doit|doivent|peut|peuvent)\b/;
/**
 * An ask going on from another ("et le COPIL sert à quoi ?") that asks by itself (an
 * interrogative, or a verb: "et les animations de réseau, c'est obligatoire ?") and names its
 * subject: read with the other ask first; alone when that reading gives no answer of its own.
 * ("et pour l'accès aux soins ?" has no verb: it goes on from the other ask's question.)
 */
const goesOnAsking = (focus: string): boolean =>
  GOES_ON.test(focus) &&
  !REFERS_BACK.test(focus.replace(IMPERSONAL, ' ').replace(SUBJECT_REPEATED, ' ')) &&
  (asksIn(focus) || A_VERB.test(focus));
/**
 * "le financement peut-il aussi porter sur… ?": the pronoun after the verb repeats the subject
 * named before it; it points back to nothing.
 */
const SUBJECT_REPEATED =
  /(?<=^(?:(?:et|ou|mais) )?(?:le |la |les |l')[a-z][^,?]*?\s\S+)-(?:t-)?(?:il|ils|elle|elles)\b/;
/** "… ? et sinon faut un calendrier ?": "sinon" turns to another topic, however thinly named. */
const NEW_TOPIC = /^(?:et )?sinon\b/;
/** An ask naming this many words or fewer ("par quel organe") reads the later asks as context. */
const THIN_ASK = 1;
/** "on l'envoie", "il les réunit": an object pronoun, standing for a thing named before. */
const TOLD_OBJECT = /\b(?:on|il|elle|ils|elles|je|nous|vous)\s+(?:l'|le |la |les )[a-z]/;
/** Words besides the acronym an ask of its meaning may hold ("CLSM, ça veut dire quoi exactement"). */
const MEANING_OTHER_WORDS = 1;
/**
 * "combien de CLSM en Occitanie", "combien de nouveaux CLSM par an en Occitanie": the texts
 * give no count by region or department (only a national one), so a local count is never
 * answered from a national figure.
 */
const COUNTED =
  'clsm|cls|ptsm|gem|cpts|cmp|cmpp|ch|chu|conseils|contrats|communes|territoires|projets|coordo\\w*|habitants|structures|dispositifs|etablissements|hopitaux|psychiatres|lits|associations';
/** "en Occitanie il s'en crée combien par an ?": the things counted named before, by "en". */
const COUNTED_BY_PRONOUN =
  "\\bs'en (cree|creent|creera|monte|montent|ouvre|ouvrent|labellise|labellisent)\\w* combien\\b|\\ben (compte|comptent|recense|recensent)\\w* combien\\b";
/** "un nombre d'habitants minimum ou maximum": a threshold asked, not a count of a place. */
const THRESHOLD = '(?:minimum|maximum|minimal|maximal|mini|maxi|min|max|requis)\\b';
const COUNT_ASKED = new RegExp(
  `\\b(combien|nombre|nb|taux|pourcentage)\\s+(${THERE_ARE}\\s+)?(de |d')?((nouveaux|nouvelles|nouveau|nouvelle|autres)\\s+)?(${COUNTED})\\b(?!\\s+${THRESHOLD})|${COUNTED_BY_PRONOUN}`,
);
/** A place named anywhere: "combien de CLSM compte l'Occitanie", "… dans le Gers". */
const PLACE_NAMED = new RegExp(`\\b(${PLACES.join('|')})\\b`);
/** "la population moyenne couverte par un CLSM en Occitanie": an average, national too. */
const AVERAGE_ASKED = /\b((population|taille) moyenne|en moyenne)\b/;
/**
 * "la liste des CLSM labellisés en Occitanie", "les noms des CLS du Gers", "lister les 280 CLSM
 * recensés", "quels PTSM ont été arrêtés dans les départements d'Occitanie": which ones, by name.
 */
const LIST_ASKED =
  /\b(liste|lister|noms?|nommer|quels sont les)\s+(des |les )?(\d+ )?(clsm|cls|ptsm|gem|contrats locaux de sante|conseils locaux de sante mentale)\b|\bquel(le)?s (clsm|cls|ptsm) (ont ete|sont|etaient) (arretes|signes|labellises|crees|recenses)\b/;
/** "les CLSM recensés par région": one place after another, each one named. */
const BY_PLACE = /\b(par|dans chaque|chaque) (region|departement)s?\b/;
const isLocalCount = (folded: string): boolean =>
  (COUNT_ASKED.test(folded) || AVERAGE_ASKED.test(folded) || LIST_ASKED.test(folded)) &&
  (PLACE_NAMED.test(folded) || BY_PLACE.test(folded));
/** An amount in euros ("18 000 €", "18000 euros", "18k€"). */
const AMOUNT_PUT_FORWARD = /\d\s*(k\s*)?(€|euros?\b)/;
/** A short check of what was just told: "ça passe ?", "c'est possible ?", "c'est ok ?". */
const CHECK_ASKED =
  /^(est-ce que |est ce que )?(ca|c'est|c est|cest|c)?\s*(passe|possible|ok|bon|jouable|acceptable|faisable|envisageable|recevable|autorise|valable|correct|realiste)\b/;

/** "cette année", "l'an prochain": a year the dated texts cannot speak of. */
const RELATIVE_YEAR = /\b(cette annee|l'annee prochaine|l'an prochain|l'annee en cours)\b/;

const OTHER_REGION = new RegExp(`\\b(${OTHER_REGIONS.join('|')})\\b`);

/** Bodies funded otherwise than by the CLSM's population ceilings. */
const OTHER_FUNDED: ReadonlySet<string> = new Set([
  'cls',
  'cpts',
  'gem',
  'ctg',
  'ptsm',
  'cpt',
  'dac',
  // An event's budget ("quel budget prévoir pour les SISM ?"), not the coordination's.
  'sism',
]);
const OTHER_FUNDED_NAMED = new RegExp(`\\b(${[...OTHER_FUNDED].join('|')})s?\\b`);
/**
 * "le territoire CLS fait 40 000 hab", "notre CLS couvre 55 000 habitants", a labelling dossier:
 * the population the CLSM ceilings are counted on, not the CLS's own funding.
 */
const CLS_TERRITORY =
  /\b(territoire|perimetre|population)\s+(du |de notre |de mon |d'un |d'une )?cls\b|\bcls (couvre|compte|fait|regroupe)\b|\blabellis/;

/** A question of this many topic words or fewer that asks nothing is a topic, not a question. */
const TOPIC_ONLY_TERMS = 2;
/** Runners-up named in `entries` and "Voir aussi" beside the answer. */
const RUNNERS_UP = 2;
const MAX_RELATED = 4;
const MAX_CLOSEST_TOPICS = 3;

export type { AnswerCitation } from './citation.js';

export interface AnswerEngine {
  ask(question: string): Answer;
  /** The answer of one entry, as if asked (a "Voir aussi" button); null for an unknown id. */
  answerEntry(id: string): Answer | null;
  /**
   * What the engine read of a question and the candidates it weighed (bench, fitting);
   * `byRule` when a rule answers it (a ceiling, an acronym, a local count), not the decision.
   */
  analyse(question: string): QuestionAnalysis & { byRule: boolean };
  /** The answer the question would get if `id` were chosen (fitting the decision). */
  answerAs(question: string, id: string): Answer | null;
}

/** The clarifying question, one line per choice. */
function clarifyText(choices: TopicLink[]): string {
  return [CLARIFY_TEXT, ...choices.map((c, i) => `${i + 1}. ${c.title}`)].join('\n');
}

/**
 * "on peut attendre la fin de la 1re année ?", "faut tout traiter dès la 1re année ?": the
 * asker's plan put up for a yes or a no (not "y a une grille de salaire ?": a thing asked for).
 */
const PLAN_WEIGHED = /^(?:on (?:peut|pourrait)|faut|il faut)\s/;

export function createAnswerEngine(kb: KnowledgeBase, index: EntryIndex): AnswerEngine {
  const finder = createCandidateFinder(kb, index);
  // The ceiling rule, a silent best entry and the answers by ask all need the question's asks:
  // one reading of them serves all three.
  const readings = new Map<string, AskParts[]>();
  const asksOf = (question: string): AskParts[] => {
    let asks = readings.get(question);
    if (asks === undefined) {
      if (readings.size >= KEPT_READINGS) readings.clear();
      readings.set(question, (asks = splitAsks(question)));
    }
    return asks;
  };
  const cite = (c: Citation): AnswerCitation => toAnswerCitation(c, kb.sources);
  const topic = (e: Entry): TopicLink =>
    e.shortTitle
      ? { id: e.id, title: e.title, shortTitle: e.shortTitle }
      : { id: e.id, title: e.title };
  const link = (id: string): TopicLink[] => {
    const e = kb.entriesById.get(id);
    return e ? [topic(e)] : [];
  };
  const current = (e: Entry): Entry => (e.supersededBy && kb.entriesById.get(e.supersededBy)) || e;

  const base = (question: string): Omit<Answer, 'outcome' | 'abstained' | 'text'> => ({
    question,
    note: null,
    citations: [],
    entries: [],
    related: [],
    suggestions: [],
  });

  const abstain = (question: string, analysis?: QuestionAnalysis): Answer => ({
    ...base(question),
    outcome: 'abstain',
    abstained: true,
    text: ABSTENTION_TEXT,
    related: (analysis?.hits ?? [])
      .map((h) => current(h.entry))
      .filter((e, i, all) => all.indexOf(e) === i)
      .slice(0, MAX_CLOSEST_TOPICS)
      .map(topic),
  });

  const fromEntry = (question: string, entry: Entry, others: Entry[], prefix = ''): Answer => {
    const runnersUp = others
      .filter((e) => e.id !== entry.id && !e.supersededBy)
      .slice(0, RUNNERS_UP)
      .map((e) => e.id);
    const related = [...entry.related, ...runnersUp]
      .filter((id, i, all) => id !== entry.id && all.indexOf(id) === i)
      .slice(0, MAX_RELATED)
      .flatMap(link);
    const citations = entry.citations.map(cite);
    // "dans quelle partie du cahier des charges trouve-t-on les plafonds ?": say where first.
    const places = PLACE_ASKED.test(plainQuestion(question))
      ? [...new Set(citations.map((c) => `${c.sourceName}, ${c.section}`))].slice(0, MAX_PLACES)
      : [];
    const place = places.length > 0 ? `${placeText(places)}\n` : '';
    return {
      ...base(question),
      outcome: 'answer',
      abstained: false,
      text: `${prefix}${place}${entry.answer.trim()}`,
      note: entry.note?.trim() ?? null,
      citations,
      entries: [entry.id, ...runnersUp],
      related,
    };
  };

  /**
   * An entry on a point the texts do not settle ("no text names a president of the plenary")
   * answers as an abstention: its text says what the texts do and do not say, cited.
   */
  const asSilence = (answer: Answer): Answer =>
    kb.entriesById.get(answer.entries[0] ?? '')?.silent
      ? { ...answer, outcome: 'abstain', abstained: true }
      : answer;

  /** A 2012 entry, unless the old text is asked about: the entry of the text that replaced it. */
  const answerWith = (
    question: string,
    entry: Entry,
    others: Entry[],
    wantsHistory: boolean,
    prefix = '',
  ): Answer => {
    const successor =
      entry.supersededBy && !wantsHistory ? kb.entriesById.get(entry.supersededBy) : undefined;
    if (!successor) return fromEntry(question, entry, others, prefix);
    const answer = fromEntry(question, successor, others, prefix);
    return {
      ...answer,
      note: answer.note ?? historicalNote(entry.answer.trim()),
      citations: [...answer.citations, ...entry.citations.map(cite)],
    };
  };

  /** The entry saying what a body is: as the one text named says ("d'après la plaquette"). */
  const definitionEntry = (term: GlossaryTerm, texts: string[]): Entry | undefined => {
    const inText =
      texts.length === 1
        ? Object.entries(term.entryInText ?? {}).find(([file]) => file === texts[0])?.[1]
        : undefined;
    const id = inText ?? term.entry;
    return id ? kb.entriesById.get(id) : undefined;
  };

  /** "que veut dire GEM", "c'est quoi un PTSM": the expansion, then the entry that explains it. */
  const explainAcronym = (
    question: string,
    term: GlossaryTerm,
    texts: string[] = [],
    expand = true,
  ): Answer => {
    const expansion = `${term.acronym} : ${term.expansion}.`;
    const entry = definitionEntry(term, texts);
    if (entry) return fromEntry(question, entry, [], expand ? `${expansion}\n` : undefined);
    return {
      ...base(question),
      outcome: 'answer',
      abstained: false,
      text: expansion,
      citations: [cite(term.citation)],
    };
  };

  const ceiling = (
    question: string,
    asked: PopulationAsked,
    others: PopulationAsked[] = [],
  ): Answer => {
    const result = ceilingFor(asked.population, kb.funding, asked.bound);
    const entry = kb.entriesById.get(CEILING_ENTRY_ID);
    // "65 000 habitants ? et 120 000 ?": each population asked gets its ceiling, in order.
    const results = [result, ...others.map((p) => ceilingFor(p.population, kb.funding, p.bound))];
    if (results.every((r) => r.ceiling === null))
      // Above the last tier the text sets no ceiling: the texts do not answer, and say why
      // (the abstention itself sends to the DDARS).
      return {
        ...base(question),
        outcome: 'abstain',
        abstained: true,
        text: `${ABSTENTION_TEXT} ${noCeilingFact(result, kb)}`,
        citations: [cite(kb.funding.scope)],
      };
    const lines = [...results.flatMap((r) => describeCeiling(r, kb)), kb.funding.covers.text];
    const citations = [...results.flatMap((r) => r.citations), kb.funding.scope];
    return {
      ...base(question),
      outcome: 'answer',
      abstained: false,
      text: lines.join('\n'),
      citations: [...new Set([...citations, ...kb.funding.covers.citations])].map(cite),
      entries: entry ? [entry.id] : [],
      related: entry ? entry.related.slice(0, MAX_RELATED).flatMap(link) : [],
    };
  };

  // Every year the base speaks of: its answers, quotes, the passages around them, the texts' dates.
  const knownYears = new Set(
    [
      ...kb.entries.flatMap((e) => [e.answer, e.note ?? '', ...e.citations.map((c) => c.quote)]),
      ...kb.surroundings.values(),
      ...[...kb.sources.values()].map((s) => s.date),
    ].flatMap((text) => text.match(/\b(?:19|20)\d\d\b/g) ?? []),
  );
  const latestText = Math.max(
    ...[...kb.sources.values()].flatMap((s) =>
      (s.date.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number),
    ),
  );
  /** "la date limite pour 2026": a year no text speaks of, so they cannot say what holds then. */
  const unknownYear = (analysis: QuestionAnalysis): string | undefined =>
    [...analysis.parts.focus.matchAll(YEAR_ASKED)]
      .map((m) => m[1] ?? '')
      .find((y) => !knownYears.has(y));
  const yearUnknown = (question: string, analysis: QuestionAnalysis, year: string): Answer => ({
    ...abstain(question, analysis),
    text: unknownYearText(year, latestText),
  });

  /**
   * "quelle sanction si…", "au titre du RGPD": a thing asked for, or an acronym named, that no
   * entry and no passage ever names (not a word of asking: "quel message la plaquette adresse
   * aux élus" asks about the plaquette).
   */
  const unknownThing = (analysis: QuestionAnalysis): string | undefined =>
    unknownNamedThing(
      analysis.parts.focus,
      (word) => {
        const terms = index.analyser.terms(word);
        return (
          terms.length > 0 &&
          terms.every((t) => !finder.askingTerms.has(t) && !index.known(t) && !index.knownKin(t))
        );
      },
      // A word of a bare query the search matched with a typo fixed ("copil frequance"); read
      // only for a word otherwise unknown, not on every question.
      (word) =>
        index.analyser
          .terms(word)
          .some((t) => analysis.hits.some((h) => h.fuzzyMatched.includes(t))),
    );

  /** "le plafond en Bretagne": an Occitanie rule does not answer for another region. */
  const namesOtherRegion = (analysis: QuestionAnalysis): boolean =>
    OTHER_REGION.test(analysis.folded);
  /** The best candidate is an Occitanie rule and the question is about another region. */
  const occitanieRuleElsewhere = (analysis: QuestionAnalysis): boolean =>
    analysis.candidates[0]?.entry.scope === 'occitanie' && namesOtherRegion(analysis);
  const otherRegion = (question: string, analysis: QuestionAnalysis): Answer => ({
    ...abstain(question, analysis),
    text: OTHER_REGION_TEXT,
  });

  const ceilingAnswer = foldAccents(
    (kb.entriesById.get(CEILING_ENTRY_ID)?.answer ?? '').toLowerCase(),
  );
  // The values asked in what is asked (not in the situation told): the ceilings must give them.
  const ceilingGivesAsked = (folded: string): boolean =>
    givesAll(valuesAskedIn(folded), ceilingAnswer);

  const termCount = (a: QuestionAnalysis) => a.askedTerms.length + a.contextTerms.length;

  // An entry's answer and quotes, analysed once: the base does not change while it runs.
  const saidIn = perEntry(
    (e) =>
      new Set(index.analyser.terms([e.answer, ...e.citations.map((c) => c.quote)].join(' \n '))),
  );
  /**
   * "la CPAM figurait-elle parmi les destinataires du bilan ?": when the entry's answer and
   * quotes do not name the item checked, say so before what the text does say.
   */
  const itemPrefix = ({ parts, wantsHistory }: QuestionAnalysis, best: Entry): string => {
    if (!parts.item) return '';
    const entry = wantsHistory ? best : current(best);
    const terms = index.analyser.terms(parts.item);
    const said = saidIn(entry);
    // "la dd ars" is named by an answer saying "délégation départementale de l'ARS".
    const namedByExpansion = (t: string): boolean =>
      finder.expansionTerms.get(t)?.every((e) => said.has(e)) ?? false;
    return terms.some((t) => !finder.askingTerms.has(t) && !said.has(t) && !namedByExpansion(t))
      ? `${itemNotNamedText(parts.item)}\n`
      : '';
  };

  /** A bare acronym with no explaining entry: the best entry, introduced by the expansion. */
  const bareAcronymPrefix = ({ acronymTerm, ...a }: QuestionAnalysis): string =>
    acronymTerm && termCount({ acronymTerm, ...a }) === 1
      ? `${acronymTerm.acronym} : ${acronymTerm.expansion}.\n`
      : '';

  /**
   * Questions a rule answers before any ranking: nothing to read, ceilings, a year or a thing
   * the texts never name, acronyms, local counts.
   */
  /**
   * Where the acronym stands next to the words asking a meaning, nothing between them: after
   * ("que signifie le sigle FALC cité dans les objectifs…": its meaning, whatever follows) or
   * before ("CLSM, ça veut dire quoi ?"; but "la mobilisation citoyenne dans un CLS, ça veut
   * dire quoi" asks of the whole phrase, so the caller also counts the other words). Not next
   * to them: "que signifie la capitalisation dans le référentiel des CLSM".
   */
  const nextTo = (ask: string, acronym: string): 'after' | 'before' | undefined => {
    const meaning = MEANING.exec(ask);
    const at = new RegExp(`\\b${acronym}\\b`).exec(ask);
    if (!meaning || !at) return undefined;
    const after = at.index > meaning.index;
    const between = after
      ? ask.slice(meaning.index + meaning[0].length, at.index)
      : ask.slice(at.index + at[0].length, meaning.index);
    const nothing = index.analyser
      .terms(between.replace(MEANING_WORDS, ' '))
      .every((t) => finder.askingTerms.has(t));
    // "la définition du CLSM dans le cahier des charges" asks what a CLSM is, not its letters.
    if (!nothing || meaning[0].startsWith('definition')) return undefined;
    return after ? 'after' : 'before';
  };

  /**
   * "on me parle de capitalisation pour le CLSM, ça veut dire quoi ?": a word named before the
   * acronym makes the phrase it opens what is asked to mean, not the acronym's letters.
   */
  const namedBefore = (ask: string, acronym: string): boolean => {
    const at = new RegExp(`\\b${acronym}\\b`).exec(ask);
    return (
      at !== null &&
      index.analyser.terms(ask.slice(0, at.index)).some((t) => !finder.askingTerms.has(t))
    );
  };

  /**
   * The population a ceiling is asked for, if any. "Notre CLSM de 200 000 habitants est financé
   * par la ville. Le référentiel préconise-t-il un autre schéma ?": a population told in the
   * situation asks a ceiling only when an amount is asked, by the focus or by another ask ("…
   * l'ARS peut verser combien au maximum, et faut-il que la commune mette la même somme ?");
   * "ville de 35 000 hab : qui devrait cofinancer ?" asks who funds, not how much.
   */
  const ceilingPopulation = (
    question: string,
    analysis: QuestionAnalysis,
  ): PopulationAsked | null => {
    const population = findPopulation(question) ?? territoriesTold(question)[0] ?? null;
    if (population === null) return null;
    const amountInFocus = analysis.facets.includes('montant');
    const amountInAsks =
      !amountInFocus &&
      asksOf(question).some((ask) => questionFacets(plainQuestion(ask.focus)).includes('montant'));
    const fundersOnly = analysis.facets.includes('financeur') && !amountInFocus && !amountInAsks;
    // "on est une interco de 30 000 hab, le cotech on le réunit tous les combien ?": a cadence
    // asked, the population told.
    const cadenceOnly = analysis.facets.includes('cadence') && !amountInFocus && !amountInAsks;
    // "on voudrait demander 18 000 € à l'ARS. ça passe ?": an amount put forward to be checked
    // against the ceiling.
    const amountChecked =
      AMOUNT_PUT_FORWARD.test(plainQuestion(analysis.parts.preamble)) &&
      CHECK_ASKED.test(plainQuestion(analysis.parts.focus));
    // "le CLS a un plafond de 30 000 €, et pour le CLSM d'une interco de 45 000 hab c'est
    // combien ?": a bare "combien" after the population, the money told before.
    const bareHowMuch =
      /\d/.test(analysis.parts.focus) && HOW_MUCH_LAST.test(plainQuestion(analysis.parts.focus));
    // "pour 95 000 habitants c'est combien ? et le bilan on l'envoie à qui ?": an ask of its own
    // telling a population beside a word of money.
    const populationAsked = asksOf(question).some(
      (ask) => HOW_MUCH_LAST.test(plainQuestion(ask.focus)) && findPopulation(ask.focus) !== null,
    );
    const amountAsked =
      amountInFocus ||
      amountInAsks ||
      populationAsked ||
      amountChecked ||
      bareHowMuch ||
      findPopulation(analysis.parts.focus) !== null;
    return amountAsked && !fundersOnly && !cadenceOnly ? population : null;
  };

  const byRule = (question: string, analysis: QuestionAnalysis): Answer | null => {
    const { folded, acronymTerm } = analysis;
    const terms = termCount(analysis);
    if (terms === 0) return abstain(question);
    // The population ceilings are the CLSM's (§6), counted on the CLS's territory: a question
    // about the CLS itself (its coordinator’s funding), a CPTS, a GEM, a CTG, a PTSM, a CPT or a
    // DAC goes to their entries. The ask that gives the population says whose funding is asked,
    // not another ask ("pour 58 000 habitants c'est combien ? et le coordo cls peut être à
    // temps partiel ?").
    const asks = asksOf(question);
    const populationAsks = (asks.length > 1 ? asks : [])
      .map((a) => foldAccents(a.focus.toLowerCase()))
      .filter((ask) => findPopulation(ask) !== null);
    const aboutClsOnly =
      populationAsks.length > 0
        ? populationAsks.every(
            (ask) =>
              OTHER_FUNDED_NAMED.test(ask) && !/\bclsm\b/.test(ask) && !CLS_TERRITORY.test(ask),
          )
        : analysis.acronyms.some((a) => OTHER_FUNDED.has(a)) &&
          !analysis.acronyms.includes('clsm') &&
          !CLS_TERRITORY.test(folded);
    // "le plafond est revu en cours de route ?": a value the ceilings do not give is asked.
    const told = aboutClsOnly ? null : ceilingPopulation(question, analysis);
    const population = told !== null && ceilingGivesAsked(folded) ? told : null;
    if (population !== null) {
      const byAsk = populationsByAsk(
        question,
        asksOf(question).map((a) => a.focus),
      );
      const [first = population, ...others] = byAsk.length > 0 ? byAsk : territoriesTold(question);
      return namesOtherRegion(analysis)
        ? otherRegion(question, analysis)
        : ceiling(question, first, others);
    }
    const year = unknownYear(analysis);
    if (year) return yearUnknown(question, analysis, year);
    if (analysis.facets.includes('date') && RELATIVE_YEAR.test(analysis.folded))
      return { ...abstain(question, analysis), text: relativeYearText(latestText) };
    const thing = unknownThing(analysis);
    // "labellisation en bretagne": the region is what the texts do not speak of.
    if (thing)
      return namesOtherRegion(analysis)
        ? otherRegion(question, analysis)
        : { ...abstain(question, analysis), text: unknownThingText(thing) };
    // "qui finance le coordinateur du CLS et que signifie ce partage ?", "la mobilisation
    // citoyenne dans un CLS, ça veut dire quoi ?": the meaning asked is the acronym's only when
    // the ask names it and little else.
    const acronymKey = acronymTerm ? foldAccents(acronymTerm.acronym.toLowerCase()) : '';
    const focuses = () => {
      const asks = asksOf(question).map((a) => a.focus);
      return asks.length > 0 ? asks : [folded];
    };
    const meaningAsked =
      acronymTerm !== undefined &&
      MEANING.test(folded) &&
      focuses().some((ask) => {
        const words = index.analyser
          .terms(ask.replace(MEANING_WORDS, ' '))
          .filter((t) => !finder.askingTerms.has(t));
        return (
          MEANING.test(ask) &&
          words.includes(acronymKey) &&
          (nextTo(ask, acronymKey) === 'after' ||
            (nextTo(ask, acronymKey) === 'before' &&
              words.length - 1 <= MEANING_OTHER_WORDS &&
              !namedBefore(ask, acronymKey)))
        );
      });
    if (acronymTerm && (acronymTerm.entry || meaningAsked) && (terms === 1 || meaningAsked))
      return explainAcronym(question, acronymTerm, analysis.textsNamed);
    // "la définition du CLSM dans le cahier des charges" asks the text's definition, by that
    // name: the asker knows what the acronym stands for.
    if (analysis.definitionAsked?.entry)
      return explainAcronym(
        question,
        analysis.definitionAsked,
        analysis.textsNamed,
        !/\bdefinition\b/.test(folded),
      );
    if (isLocalCount(folded)) return abstain(question, analysis);
    return null;
  };

  /**
   * "qui préside le COPIL élargi et qui l'anime ?": each ask of a question that asks several
   * things, read on its own with the rest as context. The entries that would answer them, in the
   * order asked, and whether every ask got one (a rule, a doubt or a silent entry leave an ask
   * unanswered); null for a question that asks one thing.
   */
  const answersByAsk = (
    question: string,
    wantsHistory: boolean,
  ): { entries: Entry[]; all: boolean } | null => {
    const asks = asksOf(question);
    if (asks.length < 2) return null;
    const entries: Entry[] = [];
    let all = true;
    const namedIn = (text: string) =>
      index.analyser.terms(text).filter((t) => !finder.askingTerms.has(t)).length;
    for (const ask of asks) {
      const named = namedIn(ask.focus);
      // "on voudrait déposer la candidature, à qui on l'envoie et y a une date limite ?": a thin
      // ask whose pronoun stands for what was told before it does not need the asks after it.
      const parts =
        named > OWN_ASK && !leans(ask.focus)
          ? { ...ask, preamble: ask.told }
          : named > THIN_ASK ||
              !ask.later ||
              (TOLD_OBJECT.test(plainQuestion(ask.focus)) && namedIn(ask.told) > THIN_ASK)
            ? ask
            : { ...ask, preamble: [ask.preamble, ask.later].filter(Boolean).join(', ') };
      // "une taille minimale de population ? et quels territoires en priorité ?": an ask whose
      // first candidate already answers an earlier ask takes the next one it is sure of.
      const taken = (e: Entry) => entries.some((x) => x.id === current(e).id || x.id === e.id);
      const used = (c: Candidate) => taken(c.entry);
      const read = (parts: AskParts) => {
        const analysis = finder.analyse(question, parts);
        const close = analysis.candidates.length;
        const [first, second] = analysis.candidates;
        // "le cotech il est composé de qui et il se réunit à quel rythme ?": two close entries
        // the knowledge declares related, the first holding every word asked, are one topic seen
        // from two sides (as for a whole question), so the first answers its ask.
        const oneTopic = (c: Candidate) =>
          c === first &&
          !used(c) &&
          c.features.coverage === 1 &&
          second !== undefined &&
          !c.entry.silent &&
          !second.entry.silent &&
          (c.entry.related.includes(second.entry.id) || second.entry.related.includes(c.entry.id));
        const sure = (c: Candidate) => {
          const decision = decide(c.features, close);
          return decision === 'answer' || (decision === 'clarify' && oneTopic(c));
        };
        // When it holds every word asked, its margin is then measured against the best entry
        // left once those the earlier asks took are set aside ("…opposable ? …, et ça s'applique
        // à partir de quand ?": the text's status, taken, outscored its date of application).
        const sureOfLeft = (c: Candidate) => {
          const runnerUp =
            analysis.hits.find((h) => !sameEntry(h.entry, c.entry) && !taken(h.entry))?.score ?? 0;
          const margin = marginOver(c.hit.score, runnerUp);
          const left = { ...c.features, margin, coveredMargin: c.features.coverage * margin };
          return sure(c) || (c.features.focusCoverage === 1 && decide(left, close) === 'answer');
        };
        const best =
          first && used(first)
            ? (analysis.candidates.find((c) => !used(c) && sureOfLeft(c)) ?? first)
            : first;
        const chosen =
          best !== undefined &&
          !occitanieRuleElsewhere(analysis) &&
          // The rules read the ask alone: a population told in another ask is not asked here.
          byRule(parts.focus, { ...analysis, folded: plainQuestion(parts.focus) }) === null &&
          (best === first ? sure(best) : sureOfLeft(best))
            ? best.entry
            : undefined;
        // "c quoi un CLSM selon le cdc 2023 ? et il agit à quelle échelle ?": the body's
        // definition in that text.
        const defined =
          analysis.definitionAsked &&
          definitionEntry(analysis.definitionAsked, analysis.textsNamed);
        if (defined) return { chosen: defined, own: true, wantsHistory: analysis.wantsHistory };
        const own = chosen !== undefined && first !== undefined && !used(first);
        return { chosen, own, wantsHistory: analysis.wantsHistory };
      };
      const withOthers = read(parts);
      // Read with the other asks, it found no entry of its own: read alone an ask that names
      // its subject, or one pointing back to a body an earlier ask named ("… co-animer le COPIL
      // élargi ? Et à quoi sert cette instance ?"), that body in place of the pointing words.
      // So does one whose pronoun stands for the text an earlier ask named ("… le référentiel
      // national fixe-t-il un minimum ? et il dit quoi sur le rural ?").
      const earlierBody = ask.preamble.match(BODIES_NAMED)?.at(-1);
      const earlierText = ask.preamble.match(TEXT_NAMED_ALL)?.at(-1);
      const alone = (): string | null =>
        earlierBody && POINTS_BACK.test(ask.focus)
          ? ask.focus.replace(POINTS_BACK, `le ${earlierBody}`)
          : earlierText && TEXT_POINTED.test(ask.focus)
            ? ask.focus.replace(TEXT_POINTED, `${earlierText} `)
            : (named > OWN_ASK || (named > 0 && NEW_TOPIC.test(ask.focus))) &&
                goesOnAsking(ask.focus)
              ? ask.focus
              : null;
      const focusAlone = withOthers.own ? null : alone();
      const byItself =
        focusAlone === null ? null : read({ ...ask, focus: focusAlone, preamble: ask.told });
      const firstReading = byItself?.own ? byItself : withOthers;
      // "…115 000 hab, on veut faire labelliser : combien max, et on met quoi comme historique
      // dans le dossier ?": an ask unsure alone may be sure in the light of what came before.
      const reading = firstReading.chosen || parts === ask ? firstReading : read(ask);
      // "dans l'ancien cdc qui présidait le CLSM, et est-ce pareil en 2023 ?": each ask says
      // whether it is about the old text.
      const old = wantsHistory || reading.wantsHistory;
      const entry = reading.chosen && (old ? reading.chosen : current(reading.chosen));
      // "… on les fixe quand ? on peut attendre la fin de la 1re année ?": a yes-or-no put after
      // an answered ask weighs the asker's own plan against it; that answer says what holds.
      const weighsPlan =
        !entry &&
        entries.length > 0 &&
        !asksIn(ask.focus) &&
        PLAN_WEIGHED.test(plainQuestion(ask.focus));
      if (weighsPlan) continue;
      if (!entry || entry.silent) all = false;
      else if (!entries.includes(entry)) entries.push(entry);
    }
    return { entries, all };
  };

  /**
   * Each reading of a question for one text, in order: their entries' answers joined; null
   * unless the bot is sure of each (readings made one by one, stopping at the first doubt) and
   * they are not all one entry.
   */
  const answerOfEachText = (
    question: string,
    readings: (() => QuestionAnalysis)[],
  ): Answer | null => {
    const entries: Entry[] = [];
    for (const read of readings) {
      const analysis = read();
      const [best] = analysis.candidates;
      if (!best || best.entry.silent) return null;
      if (decide(best.features, analysis.candidates.length) !== 'answer') return null;
      if (!entries.includes(best.entry)) entries.push(best.entry);
    }
    const [first, ...others] = entries.map((e) => answerWith(question, e, [], true));
    return first && others.length > 0 ? joined(first, others) : null;
  };

  /**
   * "cdc 2023 vs cdc 2012 : combien d'objectifs stratégiques dans chacun ?": texts set side by
   * side are each read for what that text says, in the order `textsCompared` gives (those the
   * question asks about first).
   */
  const answersByText = (question: string, focus: string): Answer | null =>
    answerOfEachText(
      question,
      finder
        .textsCompared(question, focus)
        .map((text) => () => finder.analyse(text.question, undefined, text.file)),
    );

  /**
   * "ref 2018 vs ref 2025 : un CLS est signé par qui, et un CLSM présidé par qui ?": each ask is
   * read for what its own text says.
   */
  const answersByTextAsked = (question: string): Answer | null =>
    answerOfEachText(
      question,
      finder.textsByAsk(question, asksOf(question)).map(
        ({ file, parts }) =>
          () =>
            finder.analyse(`${parts.preamble} ${parts.focus} ?`, parts, file),
      ),
    );

  /** One answer of several entries' answers, each with its citations, the first one leading. */
  const joined = (first: Answer, others: Answer[]): Answer => {
    if (others.length === 0) return first;
    const answers = [first, ...others];
    const ids = answers.map((a) => a.entries[0] ?? '');
    return {
      ...first,
      text: answers.map((a) => a.text).join('\n\n'),
      note: answers.flatMap((a) => (a.note ? [a.note] : [])).join('\n') || null,
      citations: answers
        .flatMap((a) => a.citations)
        .filter(
          (c, i, all) => all.findIndex((o) => o.source === c.source && o.quote === c.quote) === i,
        ),
      entries: [...new Set([...ids, ...answers.flatMap((a) => a.entries)])],
      related: answers
        .flatMap((a) => a.related)
        .filter((r, i, all) => !ids.includes(r.id) && all.findIndex((o) => o.id === r.id) === i)
        .slice(0, MAX_RELATED),
    };
  };

  /** Each thing asked answered by its own entry, when every ask has one it is sure of. */
  const eachAsked = (question: string, analysis: QuestionAnalysis): Answer | null => {
    const byAsk = answersByAsk(question, analysis.wantsHistory);
    const [first, ...others] = byAsk?.all
      ? byAsk.entries.map((e) => answerWith(question, e, [], analysis.wantsHistory))
      : [];
    return first && !occitanieRuleElsewhere(analysis) ? joined(first, others) : null;
  };

  /** The main answer, with the answers of the question's other asks that another entry gives. */
  const withOtherAsks = (question: string, main: Answer, wantsHistory: boolean): Answer => {
    const mainId = main.entries[0];
    const byAsk = main.outcome === 'answer' ? answersByAsk(question, wantsHistory) : null;
    if (!byAsk || byAsk.entries.every((e) => e.id === mainId)) return main;
    // Each ask's entry is already the one its reading chose, old or current.
    const answerOf = (e: Entry) => (e.id === mainId ? main : answerWith(question, e, [], true));
    const [first = main, ...others] = byAsk.entries.some((e) => e.id === mainId)
      ? byAsk.entries.map(answerOf)
      : [main, ...byAsk.entries.map(answerOf)];
    return joined(first, others);
  };

  return {
    analyse(message) {
      // Read as `ask` reads it: the fit's samples are the questions the decision will see.
      const question = asRead(message);
      const analysis = finder.analyse(question);
      return {
        ...analysis,
        byRule: occitanieRuleElsewhere(analysis) || byRule(question, analysis) !== null,
      };
    },
    answerAs(question, id) {
      const entry = kb.entriesById.get(id);
      if (!entry) return null;
      return asSilence(answerWith(question, entry, [], finder.analyse(question).wantsHistory));
    },
    answerEntry(id) {
      const entry = kb.entriesById.get(id);
      return entry ? fromEntry(entry.title, entry, []) : null;
    },
    ask(message) {
      const question = asRead(message);
      const analysis = finder.analyse(question);
      const ruled = byRule(question, analysis);
      // "plafond pour 35 000 habitants ? et faut-il un cofinancement à parité ?": a ruled
      // answer (a ceiling, an acronym) gets the other asks' answers too.
      if (ruled) return withOtherAsks(question, ruled, analysis.wantsHistory);
      const byTextAsked = answersByTextAsked(question);
      if (byTextAsked) return byTextAsked;
      // The texts named where the question asks lead, not one named in what it tells.
      const asks = asksOf(question);
      const byText = answersByText(
        question,
        asks.length > 0 ? asks.map((a) => a.focus).join(' ; ') : analysis.parts.focus,
      );
      if (byText) return byText;
      const [best, ...rest] = analysis.candidates;
      // No entry for the whole, though each thing asked may have its own ("combien faut-il de
      // signataires au minimum pour un CLS, et a-t-on intérêt à en avoir plus ?").
      if (!best) return eachAsked(question, analysis) ?? abstain(question, analysis);

      const choices = analysis.candidates
        .map((c) => (analysis.wantsHistory ? c.entry : current(c.entry)))
        .filter((e, i, all) => all.indexOf(e) === i);
      // "copil", "financement": a topic named, nothing asked about it, several entries on it.
      const topicOnly =
        !analysis.asks && analysis.askedTerms.length <= TOPIC_ONLY_TERMS && choices.length >= 2;
      const decision = topicOnly ? 'clarify' : decide(best.features, choices.length);
      // Neither an answer nor a choice of Occitanie rules for another region; nor a choice
      // among which one is ("les critères de l'ARS Grand Est pour labelliser ?").
      if (
        decision !== 'abstain' &&
        (occitanieRuleElsewhere(analysis) ||
          (decision === 'clarify' &&
            namesOtherRegion(analysis) &&
            choices.some((e) => e.scope === 'occitanie')))
      )
        return otherRegion(question, analysis);
      // A point the texts leave open, chosen for the whole of a question asking several
      // things ("qui préside le COPIL élargi ? et qui l'anime ?" read as the COTECH's
      // presidency), yields to each ask's own answer below.
      const silentForSeveral = best.entry.silent && asksOf(question).length > 1;
      if (decision === 'answer' && !silentForSeveral)
        return withOtherAsks(
          question,
          asSilence(
            answerWith(
              question,
              best.entry,
              rest.map((c) => c.entry),
              analysis.wantsHistory,
              bareAcronymPrefix(analysis) + itemPrefix(analysis, best.entry),
            ),
          ),
          analysis.wantsHistory,
        );
      // Unsure of one entry for the whole, sure of one for each thing asked: those answers.
      const byAsk = topicOnly ? null : eachAsked(question, analysis);
      if (byAsk) return byAsk;
      if (decision === 'answer')
        return asSilence(answerWith(question, best.entry, [], analysis.wantsHistory));
      // A choice between points the texts all leave open is no choice: say what they do say.
      if (decision === 'clarify' && choices.every((e) => e.silent))
        return asSilence(answerWith(question, best.entry, [], analysis.wantsHistory));
      // Two close entries the knowledge declares related are one topic seen from two sides,
      // not a choice between different things: both answers, the first leading.
      const [closest, next] = choices;
      if (
        decision === 'clarify' &&
        !topicOnly &&
        closest &&
        next &&
        !closest.silent &&
        !next.silent &&
        (closest.related.includes(next.id) || next.related.includes(closest.id))
      )
        return joined(answerWith(question, closest, [], analysis.wantsHistory), [
          answerWith(question, next, [], analysis.wantsHistory),
        ]);
      if (decision === 'clarify') {
        const suggestions = choices.map(topic);
        return {
          ...base(question),
          outcome: 'clarify',
          abstained: false,
          text: clarifyText(suggestions),
          suggestions,
        };
      }
      return abstain(question, analysis);
    },
  };
}
