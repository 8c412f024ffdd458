import { describe, expect, it } from 'vitest';
import { fullAnswerText } from '../../src/search/answer-text.js';
import { startEngine } from '../../src/search/engine.js';

const { engine } = startEngine();

describe('answers', () => {
  it('answers the COPIL cadence from the 2025 référentiel, citing it verbatim, with the older text noted', () => {
    const a = engine.ask('combien de fois se reunit le copil ?');
    expect(a.abstained).toBe(false);
    expect(a.entries[0]).toBe('copil-frequence');
    expect(a.text).toMatch(/deux fois par an/);
    expect(a.citations[0]).toMatchObject({
      source: '003_cc92af99d410d381.txt',
      section: expect.stringMatching(/Annexe 1 §4/),
    });
    expect(a.citations[0]?.quote).toMatch(/Le COPIL se réunit deux fois par an/);
    expect(fullAnswerText(a)).toMatch(/\nÀ noter : .*2012/);
  });

  it('gives no ceiling for a cadence asked beside a population told ("tous les combien")', () => {
    for (const q of [
      'on est une interco de 30 000 hab, le cotech on le reunit tous les combien ?',
      'bonjour, on est une interco de 30 000 hab : le cotech, on le reunit tous les combien ?',
    ])
      expect(engine.ask(q).entries).not.toContain('financement-plafonds');
    expect(engine.ask('pour 45 000 habitants c’est combien ?').text).toMatch(/13 000 €/);
  });

  it('gives no share of the funding from a text that states none, though another text does', () => {
    // The référentiel national recommends tripartite co-funding without a split; the Occitanie
    // ceilings and the leaflet's parity are other texts' rules.
    const a = engine.ask(
      'Pour le co-financement tripartite encouragé par le référentiel national, quelle part du financement revient aux ARS ?',
    );
    expect(a.outcome).toBe('abstain');
    // Asked of no text, the leaflet's parity for the CLS coordinator is a share.
    expect(engine.ask('pour le coordo cls, quelle part paie l’ars ?').text).toMatch(
      /parit|parts égales|50 %/,
    );
  });

  it('computes the ceiling for a population from the typed data', () => {
    const a = engine.ask('plafond pour 55 000 habitants');
    expect(a.text).toMatch(/13 000 €/);
    expect(a.entries).toEqual(['financement-plafonds']);
    expect(a.citations[0]?.quote).toMatch(/entre 40 000 et 80 000 habitants : plafond de 13 000/);
    // And what it pays for, cited.
    expect(a.text).toMatch(/temps de logistique\/communication relevant du CLSM/);
    expect(a.citations.map((c) => c.quote)).toContain(
      'Et/ou certaines actions qui ne sont pas déjà financées par les directions de l’ARS.',
    );
  });

  it('abstains on a year no text speaks of, and says which is the latest, yet answers the 2012 text asked by its year', () => {
    const a = engine.ask('date limite de dépôt des candidatures de labellisation pour 2026 ?');
    expect(a.outcome).toBe('abstain');
    expect(a.text).toMatch(/Aucun ne parle de 2026 : le plus récent est de 2025\./);
    expect(a.related.map((r) => r.id)).toContain('candidature-date-depot');
    const old = engine.ask('dans le cahier des charges de 2012, qui finançait le coordonnateur ?');
    expect(old.text).not.toMatch(/Aucun ne parle/);
  });

  it('reads a processing delay as a duration the texts do not give, not as the filing deadline', () => {
    const a = engine.ask("délai de réponse de l'ARS après le dépôt du dossier de labellisation ?");
    expect(a.outcome).toBe('abstain');
    expect(engine.ask('délai pour déposer le dossier de labellisation ?').entries[0]).toBe(
      'candidature-date-depot',
    );
  });

  it('does not offer a choice of Occitanie rules for another region either', () => {
    // A topic named alone is asked back (a rule, not the fitted decision)…
    expect(engine.ask('labellisation').outcome).toBe('clarify');
    // …but not with Occitanie's rules as the choices for another region.
    const elsewhere = engine.ask('labellisation en bretagne');
    expect(elsewhere.outcome).toBe('abstain');
    expect(elsewhere.text).toMatch(/ceux de l’ARS Occitanie/);
    // Nor a choice whose first is national when another of its choices is an Occitanie rule.
    const choice = engine.ask("l'ARS Grand Est applique quels critères pour labelliser un CLSM ?");
    expect(choice.outcome).toBe('abstain');
    expect(choice.text).toMatch(/ceux de l’ARS Occitanie/);
  });

  it('does not give an Occitanie rule for another region, yet answers the national frame there', () => {
    const ceiling = engine.ask(
      'plafond de financement pour un CLSM de 50 000 habitants en Bretagne ?',
    );
    expect(ceiling.outcome).toBe('abstain');
    expect(ceiling.text).toMatch(/ceux de l’ARS Occitanie/);
    expect(ceiling.text).not.toMatch(/13 000/);
    const national = engine.ask(
      'je suis en Bretagne, combien de fois par an se réunit le COPIL du CLSM ?',
    );
    expect(national.outcome).toBe('answer');
    expect(national.text).toMatch(/deux fois par an/);
    // "AURA" is a region when named as one, not the verb of a told future.
    expect(engine.ask('en AURA, quel plafond pour un CLSM de 50 000 habitants ?').outcome).toBe(
      'abstain',
    );
    const future = engine.ask(
      'notre CLSM aura son propre coordonnateur, distinct de celui du CLS : faut-il le justifier dans le dossier ?',
    );
    expect(future.text).not.toMatch(/ceux de l’ARS Occitanie/);
    expect(future.entries[0]).toBe('dossier-coordination-non-mutualisee');
  });

  it('does not answer a CLS coordinator question with the CLSM population ceilings', () => {
    const a = engine.ask(
      'comcom de 22 000 habitants, on recrute un coordonnateur CLS : combien l’ARS finance-t-elle au maximum ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).not.toMatch(/8 000 €/);
    expect(a.text).toMatch(/parts égales .* 30 000 €/);
    // The CLSM ceilings are counted on the CLS's territory: that is still a ceiling question.
    const ceiling = engine.ask(
      'notre territoire CLS fait 55 000 habitants, quel plafond pour le CLSM ?',
    );
    expect(ceiling.text).toMatch(/13 000 €/);
  });

  it('reads "notre CLS couvre 55 000 habitants" in a labelling question as the CLSM ceiling’s population', () => {
    const a = engine.ask(
      'on prepare le dossier de labellisation, notre cls couvre 55 000 habitants : quel plafond ars ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/13 000 €/);
  });

  it('computes the ceiling for a bare "c’est combien" after a population, whatever another ask names', () => {
    // The CLS named in the other ask is not whose funding the population asks.
    const a = engine.ask(
      '§6 du cdc : pour 58 000 habitants c’est combien ? et le coordo cls peut être à moins d’un temps plein ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/58 000 habitants, le plafond .* 13 000 €/);
    expect(a.text).toMatch(/0,70/);
    expect(
      engine.ask('faut-il un CLS pour être labellisé, et pour 66 000 hab on peut avoir combien ?')
        .text,
    ).toMatch(/66 000 habitants, le plafond .* 13 000 €/);
    // Asked first, the ceiling is still asked when the message goes on with another ask.
    const first = engine.ask(
      'pour 95 000 habitants c’est combien ? et le bilan annuel on l’envoie à qui ?',
    );
    expect(first.text).toMatch(/95 000 habitants, le plafond .* 20 000 €/);
    expect(first.text).toMatch(/diffusé à l'ensemble des membres/);
  });

  it('answers a short ask after a ceiling in the light of what came before it', () => {
    // "on met quoi comme historique dans le dossier" alone hesitates between the dossier's
    // pieces; after a labelling told, it is the history the dossier presents.
    const a = engine.ask(
      'agglo de 115 000 hab, on veut faire labelliser notre clsm qui existe déjà : combien max, et on met quoi comme historique dans le dossier ?',
    );
    expect(a.text).toMatch(/115 000 habitants, le plafond .* 20 000 €/);
    expect(a.text).toMatch(/historique et la présentation du projet/);
  });

  it('says the texts do not answer above 300 000 inhabitants, and why, never a made-up figure', () => {
    const a = engine.ask('plafond financement pour 450 000 hab');
    expect(a.outcome).toBe('abstain');
    expect(a.text).toMatch(/^Les textes de référence ne répondent pas à cette question/);
    expect(a.text).toMatch(/ne fixe pas de plafond/);
    expect(a.text).not.toMatch(/20 000 €/);
    // Whom to ask is said once, by the abstention, not again by the ceiling sentence.
    expect(fullAnswerText(a).match(/DDARS/g)).toHaveLength(1);
    // "dépasse 300 000" is above the last tier, not on its upper bound.
    const above = engine.ask('plafond ARS si notre territoire CLS dépasse 300 000 habitants ?');
    expect(above.outcome).toBe('abstain');
    expect(above.text).toMatch(/de plus de 300 000 habitants, le texte ne fixe pas de plafond/);
  });

  it('gives both tiers’ amounts at a boundary the text puts in two tiers, citing both', () => {
    for (const [population, low, high] of [
      ['40000', '8 000 €', '13 000 €'],
      ['80 000', '13 000 €', '20 000 €'],
    ] as const) {
      const a = engine.ask(`plafond pour ${population} habitants`);
      expect(a.text).toContain(`${low} ou de ${high}`);
      expect(a.text).toMatch(/ambigu/);
      expect(a.citations.map((c) => c.quote).join(' ')).toContain(
        `plafond de ${high.replace(' €', '€')}`,
      );
    }
  });

  it('abstains on what the texts do not say, with close topics and whom to ask', () => {
    const a = engine.ask("quel est le salaire d'un coordinateur ?");
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
    const text = fullAnswerText(a);
    expect(text).toMatch(/^Les textes de référence ne répondent pas à cette question/);
    expect(text).toMatch(/DDARS/);
    expect(a.related.length).toBeGreaterThan(0);
  });

  it('answers "when" from an entry that dates the event, whatever facets its curator declared', () => {
    const a = engine.ask(
      "c'est quand que l'ars occitanie a valide sa strategie regionale des cls ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/mars 2022/);
  });

  it('answers from the text a question names by what users call it ("la plaquette")', () => {
    const a = engine.ask("selon la plaquette, le cls c'est quel genre d'outil ?");
    expect(a.outcome).toBe('answer');
    expect(a.citations.map((c) => c.source)).toContain('002_29b56df44670a6a0.txt');
  });

  it('says the dated texts give no calendar for "this year", but still answers a cadence asked for it', () => {
    const when = engine.ask('quelles sont les dates des SISM cette annee ?');
    expect(when.outcome).toBe('abstain');
    expect(when.text).toMatch(/pas de dates pour l’année en cours/);
    expect(engine.ask('le copil se reunit combien de fois cette annee ?').text).toMatch(
      /deux fois par an/,
    );
  });

  it('reads a text’s reference number as naming the text, not as what is asked', () => {
    const a = engine.ask("l'instruction dgs/sp4/2025/8 est-elle opposable aux communes ?");
    expect(a.entries[0]).toBe('instruction-2025-statut-juridique');
  });

  it('explains an acronym from the glossary, when its meaning is what is asked', () => {
    const a = engine.ask('que veut dire GEM ?');
    expect(a.text).toMatch(/^GEM : groupe d’entraide mutuelle/i);
    expect(engine.ask('CLSM, ça veut dire quoi exactement ?').text).toMatch(
      /^CLSM : conseil local de santé mentale/,
    );
    // The meaning of something said of a CLS is not the acronym's.
    const b = engine.ask('la mobilisation citoyenne dans un CLS, ça veut dire quoi concrètement ?');
    expect(b.text).not.toMatch(/^CLS : contrat local de santé/);
    expect(b.entries[0]).toBe('cls-axe-mobilisation-citoyenne');
    // Nor is it when one word named before the acronym opens the phrase asked about.
    const e = engine.ask('on parle de capitalisation pour le clsm, ça veut dire quoi ?');
    expect(e.text).not.toMatch(/^CLSM : conseil local/);
    expect(e.entries[0]).toBe('evaluation-referentiel-capitalisation');
    // Asked right after the words that ask a meaning, whatever follows; not when another word
    // stands between them, nor when the definition of a CLSM is asked.
    expect(
      engine.ask("Que signifie le sigle FALC cité dans les objectifs d'accès aux soins ?").text,
    ).toMatch(/^FALC : facile à lire et à comprendre/);
    const c = engine.ask('Que signifie la capitalisation dans le référentiel national des CLSM ?');
    expect(c.text).not.toMatch(/^CLSM : conseil local/);
    const d = engine.ask('la définition du CLSM dans le cahier des charges occitanie ?');
    expect(d.text).not.toMatch(/^CLSM : conseil local/);
  });

  it('reads a name users give a scheme as its acronym, the whole name and not a part of it', () => {
    for (const typed of [
      'le tableau de l’annexe 2 présente-t-il le contrat local de santé comme obligatoire ?',
      'le tableau de l’annexe 2 présente-t-il les contrats locaux de santé comme obligatoires ?',
      'le tableau de l’annexe 2 présente-t-il le contrat santé local comme obligatoire ?',
    ])
      expect(engine.analyse(typed).parts.focus).toMatch(/présente-t-il (le|les) CLS comme/);
  });

  it('answers each ask by its own entry, a first ask not pulled to the next one’s answer', () => {
    const a = engine.ask(
      'À quoi sert le COPIL élargi et quel autre nom lui donne le cahier des charges ?',
    );
    expect(a.entries.slice(0, 2)).toEqual([
      'copil-elargi-role',
      'instances-terminologie-copil-pleniere',
    ]);
    // A second ask whose first candidate already answers the first takes its own.
    const b = engine.ask(
      'l’instruction de 2025 remplace-t-elle celle de 2016 ? et vaut-elle pour les DOM ?',
    );
    expect(b.entries.slice(0, 2)).toEqual([
      'instruction-2025-abrogation',
      'instruction-2025-outre-mer',
    ]);
    // "Et le COPIL sert à quoi ?" goes on from the first ask but names its own subject: read
    // with the first ask, it found that ask's entry again; alone, it finds its own.
    expect(
      engine.ask(
        'Dans le référentiel national, la DD ARS fait-elle partie du COPIL ? Et le COPIL sert à quoi exactement ?',
      ).entries,
    ).toEqual(expect.arrayContaining(['copil-acteurs-cles', 'copil-role-national']));
    // "Le financement peut-il…" names its subject: the "-il" after the verb repeats it and
    // points back to nothing, so the ask is read alone.
    expect(
      engine
        .ask(
          "Nous sommes une communauté d'agglomération du Tarn. Pour le temps de coordination du CLSM, l'ARS exige-t-elle que la collectivité cofinance à parts égales ? Le financement peut-il aussi porter sur autre chose que la coordination ?",
        )
        .entries.slice(0, 2),
    ).toEqual(['financement-pas-de-parite', 'financement-elargir-au-dela-coordination']);
    // "Et les animations de réseau, c'est obligatoire ?" asks by its verb.
    expect(
      engine.ask(
        "Mon poste de coordo est rattaché à l'hôpital : suis-je quand même tenu de suivre la formation nationale ? Et les animations de réseau, c'est obligatoire ?",
      ).entries,
    ).toEqual(
      expect.arrayContaining([
        'coordinateur-formation-nationale',
        'coordinateur-animations-reseau',
      ]),
    );
    // "et sinon" turns to another topic: a one-word ask is read alone.
    expect(
      engine.ask(
        "les lettres d'engagement des partenaires sont obligatoires meme si tout le monde cosigne ? et sinon faut un calendrier ?",
      ).entries,
    ).toEqual(
      expect.arrayContaining(['dossier-lettres-engagement-cosignature', 'dossier-calendrier']),
    );
    // "il dit quoi" stands for the text the first ask named.
    expect(
      engine.ask(
        'le referentiel national impose t il un nombre minimum d habitants pour un clsm ? et il dit quoi sur le rural ?',
      ).entries,
    ).toEqual(
      expect.arrayContaining(['perimetre-pas-de-seuil', 'perimetre-typologie-urbain-rural']),
    );
    // "cette instance" points back to the body the first ask named.
    expect(
      engine.ask(
        "L'hôpital psychiatrique peut-il co-animer le COPIL élargi ? Et à quoi sert cette instance ?",
      ).entries,
    ).toEqual(expect.arrayContaining(['copil-co-animation', 'copil-elargi-role']));
    // "et faut-il…" refers back to nothing ("il" is impersonal), "l'évaluation" is no pronoun.
    expect(
      engine.ask(
        "pour le bilan d'activite, le ref cite quels exemples d'elements a suivre ? et faut il faire appel a des experts pour l'evaluation ?",
      ).entries,
    ).toEqual(
      expect.arrayContaining([
        'evaluation-referentiel-suivi-activite',
        'evaluation-referentiel-experts',
      ]),
    );
    // "… et ça se réunit quand ?": a second ask whose subject is "ça".
    expect(
      engine.ask(
        "le copil d'un clsm c'est qui au minimum et ça se réunit quand, dans le référentiel national ?",
      ).entries,
    ).toEqual(expect.arrayContaining(['copil-composition-minimale', 'copil-frequence']));
  });

  it('answers who funds, not the ceiling, when a population is told but no amount asked', () => {
    const a = engine.ask(
      'on est 35 000 habitants, qui doit financer le clsm selon le referentiel ?',
    );
    expect(a.entries[0]).toBe('financement-cofinancement-tripartite');
    expect(engine.ask("combien l'ARS donne pour 35 000 habitants ?").text).toMatch(/8 000 €/);
  });

  // Each question below once got another entry or none; what it shows is said first.
  it.each([
    [
      '"relative aux CLSM" is about the CLSM, not a word the answer must name',
      "Quel bureau de la DGS est le contact pour l'instruction relative aux CLSM ?",
      'instruction-2025-contact',
    ],
    [
      'the answer is from the text asked about, not the one its preamble sets against it',
      "Le cahier des charges d'Occitanie de 2023 fait se réunir le comité technique autant que de besoin ; à quel rythme le référentiel national de 2025 réunit-il le comité de pilotage ?",
      'copil-frequence',
    ],
    [
      'a year within the told situation is no date of the figure asked',
      "Notre comité technique ne s'est réuni qu'une fois en 2024. Quelle fréquence le cahier des charges d'Occitanie lui fixe-t-il ?",
      'cotech-frequence',
    ],
    [
      '"la feuille de route départementale" is the PTSM, as the cahier des charges calls it',
      "est ce que le clsm a son mot a dire sur la feuille de route departementale avant que l'agence regionale la valide ?",
      'instruction-clsm-diagnostic-ptsm',
    ],
    [
      'a letter dropped ("piltage") or two swapped ("seoln") cost the answer nothing',
      'le comité de piltage du clsm se réunit combien de fois par an seoln le référentiel ?',
      'copil-frequence',
    ],
    [
      'two letters swapped ("formatoin") cost the answer nothing',
      'notre coordo est rattache a lhopital il doit qd meme suivre une formatoin nationale pcq on sait pas laquelle?',
      'coordinateur-formation-nationale',
    ],
    [
      'an adverb typed without its "e" ("seulemnt") costs the answer nothing',
      'pr leval du clsm en occitanie il faut faire un bilan tt les ans ou seulemnt a la fin du cls?',
      'evaluation-bilan-annuel',
    ],
    [
      'what the 2012 text did, asked whether it still holds, is answered from the current text',
      'en 2012 il y avait une cellule pour les cas complexes, le clsm labellise en occitanie peut il encore traiter des situations individuelles ?',
      'objectifs-situations-complexes-exclues',
    ],
    [
      'what users call a COPIL and a CLSM in their own words names them',
      "Qui doit obligatoirement siéger, au minimum, dans l'organe de décision d'un conseil local selon le cadre national de 2025 ?",
      'copil-composition-minimale',
    ],
    [
      'the old circulars\' "conseils de santé mentale de secteur" are not CLSM',
      'Quelles anciennes circulaires incitaient déjà à créer des conseils de santé mentale de secteur ?',
      'instruction-2025-textes-reference',
    ],
    [
      '"c\'est pareil ?" says how the question is asked, not what about',
      "le cotech et l'equipe projet c'est pareil dans le ref 2018 ?",
      'cls-equipe-animation',
    ],
    [
      '"par comparaison avec" says how the question is asked, not what about',
      'combien de priorités pour un PTSM, par comparaison avec un CLSM ?',
      'articulation-clsm-ptsm-difference',
    ],
    [
      '"côté DDARS" says who asks, not what about',
      'cote DDARS on doit suivre un indicateur sur les usagers dans les copil ?',
      'indicateurs-representants-usagers-copil',
    ],
    [
      'La Réunion named after an ARS is overseas, not a meeting',
      "je suis en ars a la reunion, l'instruction clsm de 2025 vaut aussi pour nous ?",
      'instruction-2025-outre-mer',
    ],
    [
      'la réunion, in lower case, where the asker is, is overseas',
      "on est a la reunion, l'instruction clsm de 2025 s'applique chez nous ?",
      'instruction-2025-outre-mer',
    ],
    [
      'La Réunion in capitals is overseas',
      "L'instruction de mai 2025 vaut-elle à La Réunion ?",
      'instruction-2025-outre-mer',
    ],
    [
      'La Réunion after "ou" is overseas',
      'Les consignes de 2025 valent-elles pour la Guadeloupe ou La Réunion ?',
      'instruction-2025-outre-mer',
    ],
    [
      'who asks ("le maire voudrait savoir") and the signature are not what is asked',
      'Bonjour, le maire voudrait savoir combien de fois par an se réunit le COPIL selon le référentiel de 2025. Cordialement, Paul Martin, service santé',
      'copil-frequence',
    ],
    [
      'who holds a claim ("j\'ai entendu que", "mon directeur affirme que") is not what is asked',
      "J'ai entendu que l'ARS Occitanie prend en charge jusqu'à 50 000 € du poste de coordonnateur CLS. C'est exact ?",
      'financement-coordonnateur-cls-parite',
    ],
    [
      '"qu\'est-ce qui a changé" asks the change, not a topic',
      "le copil se réunissait régulièrement en 2012, qu'est-ce qui a changé avec le référentiel national ?",
      'copil-frequence',
    ],
    [
      'renewing a label every year asks how long it lasts, not a cadence',
      'le label CLSM, il faut le redemander chaque année ?',
      'labellisation-objet-duree',
    ],
    [
      'a figure put forward in words is checked as one in digits',
      "mon collègue soutient que le COPIL se réunit quatre fois par an, c'est vrai ?",
      'copil-frequence',
    ],
    [
      'a cadence put forward is checked by the entry that gives the cadence',
      'le référentiel national impose-t-il une plénière tous les trimestres ?',
      'pleniere-frequence',
    ],
    [
      '"ou plus souvent" weighs a cadence put forward, it is no topic',
      "l'assemblée plénière c'est 1 fois par an ou plus souvent ?",
      'pleniere-frequence',
    ],
    [
      '"c\'est acceptable ?" weighs the claim told, it is no topic',
      'notre coordo CLS est à 0,5 ETP, c’est acceptable pour l’ARS Occitanie ?',
      'financement-coordinateur-cls-quotite',
    ],
    [
      '"c\'est cohérent avec…" weighs the plan told, it is no topic',
      "notre DGS voudrait créer une asso pour porter le CLSM comme une structure à part entière. C'est cohérent avec la définition du ref national ?",
      'definition-ni-contrat-ni-structure',
    ],
    [
      '"c\'est compatible avec…" weighs the plan told, it is no topic',
      "le département voudrait un CLS à l'échelle de tout le département, c'est compatible avec le ref CLS 2018 ?",
      'cls-territoire-infradepartemental',
    ],
    [
      '"c\'est marqué…" asks what a text writes, it is no topic',
      "dans le tableau de synthese de l'instruction, c'est marqué qui préside le CLSM ?",
      'clsm-presidence-national',
    ],
    [
      'a person named ("le dr Martin") is no topic; a doctor named is a doctor',
      'le dr Martin (généraliste) siège au COPIL de notre CLSM, il y est à titre perso ou il représente qqn ?',
      'copil-membres-representants',
    ],
    [
      '"vous auriez…" asks politely, it is no topic',
      'vous auriez des exemples d’actions santé mentale pour notre CLS ?',
      'cls-axe-sante-mentale',
    ],
    [
      '"rappelez-moi…" asks to be told, it is no topic',
      'rappelez-moi les plafonds de financement du cahier des charges',
      'financement-plafonds',
    ],
    [
      '"je voudrais connaître…" asks by a wish, it is no topic',
      'je voudrais connaitre les plafonds de financement',
      'financement-plafonds',
    ],
    ['"quid de…" asks, it is no topic', 'quid de la durée du CLS ?', 'cls-duree'],
    [
      '"c\'est normal ?" asks whether what the asker met is expected, it is no topic',
      "je cherche le texte de 2025 sur legifrance et je trouve rien, c'est normal ? il est paru ou ?",
      'instruction-2025-statut-juridique',
    ],
    [
      '"dites-moi…, vous savez ?" asks, it is no topic',
      'dites-moi la durée du CLS, vous savez ?',
      'cls-duree',
    ],
    [
      "\"j'aurais besoin de…\" is the asker's need, not the population's needs",
      "j'aurais besoin des missions du coordonnateur svp",
      'coordinateur-missions-national',
    ],
    [
      'a slip on the word of asking ("qeulle") costs the answer nothing',
      'le cotech du clsm ds le cdc ars occitanie il se reunit a qeulle frequence?',
      'cotech-frequence',
    ],
    [
      '"je voulais savoir…" asks, it is no topic',
      'je voulais savoir qui préside le COPIL',
      'copil-presidence',
    ],
    [
      '"une idée de…" asks, it is no topic',
      'une idée de combien de temps dure un CLS ?',
      'cls-duree',
    ],
    [
      '"je n\'arrive pas à trouver…" asks, it is no topic',
      "je n'arrive pas à trouver quelles pièces joindre au dossier de labellisation",
      'dossier-pieces',
    ],
    [
      'a mail\'s "Madame, Monsieur" is no topic',
      'Madame, Monsieur, le CLSM est-il obligatoire ? Cordialement',
      'comparaison-obligatoire',
    ],
    [
      'a courteous opening ("Comme convenu", "dsl de déranger") is no part of a short question',
      'Comme convenu, qui préside le COPIL ?',
      'copil-presidence',
    ],
    [
      '"Suite à notre échange" opens a mail, it is no topic',
      'Suite à notre échange, quelles sont les missions du coordonnateur ?',
      'coordinateur-missions-national',
    ],
    [
      'the "groupe des décideurs" is the COPIL, in lay words',
      'le groupe des décideurs du CLSM se réunit tous les combien ?',
      'copil-frequence',
    ],
    [
      '"lesquelles ?" asks which of what the clause names',
      'le référentiel cite des ressources en ligne, lesquelles ?',
      'referentiel-ressources-en-ligne',
    ],
    [
      '"comprendre" asks what a body includes, in other words',
      'selon le référentiel national, que doit comprendre au minimum le COPIL ?',
      'copil-composition-minimale',
    ],
    [
      '"il a raison ?" checks the claim told before it',
      'le maire pense que depuis 2025 créer un CLSM est obligatoire pour toutes les communes. il a raison ?',
      'comparaison-obligatoire',
    ],
    [
      '"quelle serait…" asks as "quelle est…" does',
      'la commune envisage de recruter un coordonnateur pour son futur contrat local de santé. Quelle serait la participation de l’ARS Occitanie ?',
      'financement-coordonnateur-cls-parite',
    ],
    [
      '"une structure avec des locaux ?" asks whether it is a structure, not where it sits',
      'le CLSM, c’est une structure avec des locaux ?',
      'definition-ni-contrat-ni-structure',
    ],
    [
      '"avant 2023" names the text before the 2023 one, not that one',
      'avant 2023, le cdc parlait de quels outils de la politique de la ville ?',
      'historique-politique-ville',
    ],
    [
      '"avant celui de 2023" names the text before the 2023 one, as "avant 2023" does',
      'le vieux cahier des charges, celui d’avant celui de 2023 : qui présidait le CLSM ?',
      'historique-presidence-clsm',
    ],
    [
      '"avant 2023" with a count asked dates no figure: the old text’s cadence',
      'avant 2023, l’assemblée plénière se réunissait combien de fois par an ?',
      'historique-pleniere-frequence',
    ],
    [
      '"normalement" says how the asker hedges, not what is asked',
      'qui anime normalement le COPIL élargi en Occitanie ?',
      'copil-animation',
    ],
    [
      '"une association" is a body, not "associer" (to involve)',
      'le CLSM est-il une association ou un contrat ?',
      'definition-ni-contrat-ni-structure',
    ],
    [
      '"que se passe-t-il après…" asks what comes next, not a consequence',
      'que se passe-t-il après la signature du CLS ?',
      'cls-etapes-construction',
    ],
    [
      '"après…, il se passe quoi ?" asks what comes next too, in chat order',
      'après la signature du CLS il se passe quoi ?',
      'cls-etapes-construction',
    ],
  ])('reads the question as meant: %s', (_why, question, entry) =>
    expect(engine.ask(question).entries[0]).toBe(entry),
  );

  it('reads a cadence of the enlarged COPIL as not the COTECH’s (the COPIL restreint)', () => {
    expect(
      engine.ask('en Occitanie, à quel rythme se réunit le COPIL élargi ?').entries,
    ).not.toContain('cotech-frequence');
    expect(
      engine.ask('en Occitanie, le COPIL restreint se réunit combien de fois ?').entries[0],
    ).toBe('cotech-frequence');
    // Nor is the COPIL's "deux fois par an" the cadence of a comité technique asked of the
    // national text, which has none.
    expect(
      engine.ask("l'instruction 2025 dit-elle à quelle fréquence se réunit le comité technique ?")
        .entries,
    ).not.toContain('copil-frequence');
  });

  it('answers two bodies compared from an entry on both, not one on either alone', () => {
    for (const question of [
      "le comite technique du CLS c'est pareil que le copil ?",
      'ref cls 2018 : copil et cotech, qui fait quoi ?',
    ])
      expect(engine.ask(question).entries[0]).toBe('cls-niveaux-gouvernance');
    // Something else asked of one of them ("qui siège au COTECH ?") is that body's own.
    expect(
      engine.ask('qui siège au comité technique du CLS, selon le référentiel 2018 ?').entries[0],
    ).toBe('cls-cotech-missions');
  });

  it('reads "notre conseil" as the CLSM, not "notre conseil municipal", and "malgré tout" as no topic', () => {
    expect(
      engine.ask(
        "on n'a pas encore de contrat local de santé : l'ARS Occitanie peut-elle malgré tout financer notre conseil ?",
      ).entries,
    ).toContain('financement-condition-cls');
    expect(
      engine.analyse('un élu de notre conseil municipal conteste le référentiel').askedTerms,
    ).not.toContain('clsm');
  });

  it('reads the body a COTECH is set towards ("par rapport au COPIL") as not the one asked', () => {
    expect(
      engine.ask('Selon le référentiel CLS de 2018, quel rôle a le COTECH par rapport au COPIL ?')
        .entries[0],
    ).toBe('cls-cotech-missions');
  });

  it('reads a body asked of a CLS, no CLSM named, as not the CLSM’s', () => {
    // The CLSM's COTECH (its entry quotes the CLS's signatories) answers no more.
    expect(
      engine.ask("Pour un CLS d'Occitanie, qui compose le comité technique, d'après le ref ?")
        .entries,
    ).not.toContain('cotech-composition');
    // So is one told before and pointed back to, the CLS named in full.
    expect(
      engine.ask(
        'Nous mettons en place le cotech de notre contrat local de santé. Qui doit y siéger et quel est son rôle ?',
      ).entries,
    ).not.toContain('cotech-composition');
    // The COPIL élargi is the CLSM's alone, whatever the CLS is.
    expect(
      engine.ask(
        'dans le cdc occitanie, qui preside le copil elargi quand le cls est intercommunal ?',
      ).entries[0],
    ).toBe('copil-presidence');
  });

  it('reads who asks as what is asked when the asker asks whether they sit', () => {
    expect(
      engine.ask(
        "je suis a la ddars, est ce que le ref national prevoit qu'on soit dans le copil du clsm ?",
      ).entries[0],
    ).toBe('copil-acteurs-cles');
  });

  it('reads the COPIL asked about as not the COTECH, unless a body is what is asked', () => {
    expect(engine.ask("le copil d'un cls il sert a quoi d'apres le ref 2018 ?").entries[0]).toBe(
      'cls-copil-missions',
    );
    expect(
      engine.ask(
        "référentiel 2018 : quelle instance prépare l'évaluation soumise au COPIL du CLS ?",
      ).entries[0],
    ).toBe('cls-cotech-missions');
  });

  it('answers how long a thing lasts from an entry about that thing, not one naming it in passing', () => {
    expect(
      engine.ask('combien de temps notre CLSM peut-il rester en préfiguration ?').outcome,
    ).toBe('abstain');
    expect(
      engine.ask("combien de temps max peut durer la préfiguration d'un CLSM avant le label ?")
        .outcome,
    ).toBe('abstain');
    expect(engine.ask('combien de temps dure la labellisation ?').entries[0]).toBe(
      'labellisation-objet-duree',
    );
  });

  it('asks a sum of the text it names: the national text gives none, the Occitanie ceilings are another text’s', () => {
    expect(
      engine.ask(
        "l'instruction de 2025 prévoit-elle un montant pour financer le coordonnateur du CLSM ?",
      ).outcome,
    ).toBe('abstain');
    expect(
      engine.ask(
        'le cahier des charges 2023 prévoit quel montant pour un CLSM de 50 000 habitants ?',
      ).entries[0],
    ).toBe('financement-plafonds');
  });

  it('reads figures told in brackets as the situation, not as what is asked', () => {
    const a = engine.ask(
      'le cotech de notre clsm (comcom de 22 000 hab) il est compose de qui selon le cdc ars occitanie ?',
    );
    expect(a.entries[0]).toBe('cotech-composition');
    // An acronym in brackets is still asked about: no text describes a DAC.
    expect(
      engine.ask(
        "Quelles sont les missions et la composition d'un dispositif d'appui à la coordination (DAC) ?",
      ).outcome,
    ).not.toBe('answer');
  });

  it('reads "à l’origine", "le cdc d’origine" as asking what the old text said, "se faisait" as no topic', () => {
    expect(
      engine.ask("dans le texte d'origine, le clsm avait combien de missions ?").entries[0],
    ).toBe('historique-missions-clsm');
    expect(
      engine.ask("à l'origine, l'évaluation de l'expérimentation des clsm était prévue quand ?")
        .entries[0],
    ).toBe('historique-experimentation-2014');
    // "se faisait" says it was done, not what: the old text's cadences, both of them.
    const cadence = engine.ask(
      "dans l'ancien cdc, l'évaluation du clsm se faisait à quel rythme ?",
    );
    expect(cadence.entries[0]).toBe('historique-evaluation-biennale-dynamique');
    expect(cadence.text).toMatch(/tous les deux ans[^]*bilan annuel/);
    // Not what stands at the origin of something: who made the référentiel.
    expect(engine.ask("qui est à l'origine du référentiel national ?").entries[0]).toBe(
      'referentiel-elaboration-guide',
    );
  });

  it('answers what the old text said when asked first, then what the current one says', () => {
    const a = engine.ask(
      'question : dans l’ancien cahier des charges, qui présidait le CLSM ? et dans celui de 2023, c’est la même chose ?',
    );
    expect(a.entries.slice(0, 2)).toEqual(['historique-presidence-clsm', 'copil-presidence']);
  });

  it('abstains when one element of a stated rule is shifted: another region, structure or text', () => {
    for (const question of [
      'quel plafond ars pour 50 000 habitants dans les autres régions ?',
      "qui préside le COPIL d'un PTSM ?",
      // The CLSM's COPIL lists the GEM among its members: that is not the GEM's own COPIL.
      "qui siège au COPIL d'un GEM ?",
      // Nor when the other structure is named before and its body asked by a pronoun.
      'Qui préside le conseil territorial de santé de mon département, et combien de fois se réunit-il par an ?',
      'le ptsm a t il un comite de pilotage departemental ? il se reunit combien de fois par an ?',
      'comment est financée une CPTS ?',
      // An entry naming the GEM among the CLSM's levers says nothing of its money.
      "comment l'ARS finance-t-elle un groupe d'entraide mutuelle (GEM) ?",
      'quelle part du financement du CLSM le conseil départemental doit-il apporter ?',
      "quelles sont les missions d'une communauté 360 ?",
      // Not from an entry whose title lists the DAC among other schemes.
      "quelles missions a un dispositif d'appui à la coordination (DAC) ?",
      'le financement ars est-il versé en plusieurs tranches ?',
      'le financement ARS du CLSM est-il versé en une ou plusieurs fois ?',
      'le financement ars du coordo clsm, il est versé comment ?',
      // Nor any price: not even as a question back between the entries on the diagnostic.
      "Le diagnostic santé réalisé avec l'ORS-CREAI est-il facturé à la commune ?",
      "l'IREPS facture-t-elle son accompagnement du coordonnateur ?",
      // Nor tax, nor a minimum population for a CLS (the "no threshold" is the CLSM's).
      'la rétribution des personnes concernées qui participent au CLSM est-elle imposable ?',
      'quel nombre minimum d’habitants faut-il pour signer un CLS ?',
      // Nor a term of office.
      'pour combien de temps les membres du COPIL d’un CLSM sont-ils désignés ?',
      // Nor one person for the CLSM and another scheme (the texts seek it with the CLS only).
      'le coordinateur du PTSM peut-il être la même personne que le coordonnateur du CLSM ?',
      // Nor a price put as "fait payer", nor the time allowed to become labelled.
      'l’IREPS fait-elle payer son appui aux collectivités ?',
      'un CLSM en préfiguration a combien de temps pour devenir labellisé ?',
      // Nor the budget line money is drawn from; a doubt in brackets ends no question.
      "sur quelle enveloppe (le FIR ?) l'ARS finance-t-elle le coordonnateur du CLSM ?",
      // Nor a law an entry on the topic does not name.
      'quelle loi encadre le secret partagé dans la cellule des situations complexes du CLSM ?',
      // The MDA is named among the extended COPIL's members, and nothing more.
      'la maison des adolescents, quelles sont ses missions ?',
      // An event's budget is not the coordination's ceiling for that population.
      'quel budget faut-il prévoir pour les SISM dans une ville de 30 000 habitants ?',
      "un clsm à cheval sur le gers et l'ariège dépose son dossier où ?",
      // The 2012 text gives no amount: not the 2023 ceilings.
      "l'ancien cdc de 2012 fixait quel plafond de financement pour un clsm ?",
      // Nor the 2018 CLS text: the leaflet's 30 000 € is another text's.
      'selon le référentiel CLS de 2018, combien l’ARS versait-elle pour le coordinateur ?',
      // No text sets a floor; the ceilings are not one.
      'y a-t-il un montant minimal de financement ARS pour un CLSM labellisé ?',
      // Nor whether an amount is yearly.
      'les 20 000 € du plafond, c’est par an ou pour toute la durée du label ?',
      // Nor how another structure's founding agreement is signed, a lead time before a CLS
      // ends, or another contributor's amount.
      'qui approuve la convention constitutive d’une CPT ?',
      'combien de mois avant la fin du CLS faut-il lancer son renouvellement ?',
      'combien la commune doit-elle apporter dans le cofinancement tripartite ?',
      // Nor a named fund, a ranking, a date a yearly report is due, nor what the 2012 text paid.
      "le fonds d'intervention régional peut-il financer notre poste de coordination CLSM ?",
      "quelle commune d'Occitanie compte le plus de CLSM ?",
      'le bilan annuel du CLSM, on le rend à quelle date ?',
      "l'ARS donnait combien aux CLSM en 2012 ?",
      // Nor a stand-in, nor who evaluates another structure's plan.
      "en l'absence du maire, qui préside le COPIL du CLSM à sa place ?",
      'qui évalue le PTSM ?',
      // Nor who signs the PTSM's territorial contract (named as a title only).
      'qui signe le contrat territorial de santé mentale et pour quelle durée ?',
      // Nor how a CPT is created, from the entry on the CLSM's part in its agreement.
      'comment crée-t-on une communauté psychiatrique de territoire ?',
      // Nor how to become a trainer of a training the texts only name.
      'comment devenir formateur en premiers secours en santé mentale ?',
      // Nor a withdrawal of the label.
      'le label CLSM de l’ARS Occitanie peut-il nous être retiré, et dans quels cas ?',
      // Nor where an event was held (the entry naming it says why, not where), nor how a
      // person obtains an allowance.
      'Dans quelle ville se sont tenues les Assises de la santé mentale et de la psychiatrie de 2021 ?',
      "Comment obtenir l'allocation aux adultes handicapés ?",
      // Nor a template, an office, a postal address, how fast the ARS replies, a CTG's money,
      // what an MDPH does, nor what the 2012 text paid (amounts asked in the plural).
      'y a-t-il un modèle type de convention entre la commune et le CH ?',
      'quel modèle de tableau de bord l’ARS fournit-elle au coordo CLS ?',
      // Nor a target for an indicator the instruction names.
      "quelle cible chiffrée pour l'indicateur pourcentage de CLSM avec des usagers au COPIL ?",
      'le CLSM doit-il avoir un site internet ?',
      // Nor an average of one kind of territory, nor a figure for a year besides the one given.
      'quelle est la population moyenne couverte par un CLSM en zone rurale ?',
      'quelle population moyenne couvrait un CLSM en 2022, et en 2016 ?',
      // Nor a pay, a minimum number of members, nor which ARS wrote the 2012 text.
      'salaire coordo clsm',
      "nombre minimum d'usagers au COPIL ?",
      "quelle ARS a publié l'ancien cahier des charges de 2012 ?",
      'quelle assurance pour les membres du CLSM ?',
      'le COPIL vote-t-il ses décisions à la majorité ?',
      'combien coûte un CLSM ?',
      'faut-il un local pour le CLSM ?',
      'quels sont les horaires du coordo ?',
      'le coordo peut-il être élu municipal ?',
      "quel est le budget moyen d'un CLSM ?",
      'le COPIL peut-il se réunir sans le maire ?',
      'le coordo doit-il avoir son bureau à la mairie ?',
      "quelle est l'adresse postale de la DDARS ?",
      "plafond pour 60 000 habitants ? et l'ARS répond en combien de semaines ?",
      'quel financement la CTG de la CAF apporte-t-elle pour 30 000 habitants ?',
      'quelles sont les missions de la maison départementale des personnes handicapées ?',
      "quels montants l'ancien cahier des charges de 2012 donnait-il aux CLSM ?",
      // Nor a price, nor how many CLSM a text's year funded, nor a cap on CLS per coordinator.
      'la formation nationale des coordonnateurs est-elle gratuite ?',
      "dans l'ancien appel à projets, combien de CLSM ont été financés ?",
      "un coordo CLS n'a pas le droit de suivre plus de deux CLS à la fois ?",
      // Nor a number named (a phone line), which an entry's own figure does not check.
      'le numéro 3114 doit-il figurer sur les plaquettes du CLSM ?',
      // Nor what a figure of today's texts was before, asked of no text.
      'le plafond de 30 000 € du coordo CLS, il était de combien avant ?',
      // Nor ceilings asked of the national text named in a lead-in (it sets none).
      'selon le référentiel national 2025, quels sont les plafonds de financement par habitants ?',
    ])
      expect(engine.ask(question).outcome, question).toBe('abstain');
    // Whether it sets any, like the Occitanie text, is answered by the Occitanie ceilings.
    expect(
      engine.ask(
        'le référentiel national fixe-t-il des plafonds par tranche comme l’ARS Occitanie ?',
      ).entries[0],
    ).toBe('financement-plafonds');
    // The same rules asked as the texts state them are answered.
    expect(engine.ask('quel plafond ars pour 50 000 habitants en Occitanie ?').outcome).toBe(
      'answer',
    );
    expect(engine.ask('qui préside le COPIL du CLSM ?').outcome).toBe('answer');
    expect(engine.ask('avant, le COPIL se réunissait combien de fois ?').entries[0]).toBe(
      'historique-copil-frequence',
    );
    expect(
      engine.ask('la formation nationale des coordonnateurs est-elle obligatoire ?').outcome,
    ).toBe('answer');
    expect(engine.ask('les Assises de 2021 ont-elles parlé des CLSM ?').outcome).toBe('answer');
    expect(engine.ask('la MDPH siège-t-elle au COPIL élargi ?').outcome).toBe('answer');
    expect(engine.ask('le centre national a-t-il un site internet ?').outcome).toBe('answer');
    expect(engine.ask('le président du COPIL peut-il être le maire ?').outcome).toBe('answer');
    expect(engine.ask('quelle population moyenne couvrait un CLSM en 2022 ?').outcome).toBe(
      'answer',
    );
    // An amount asked as "jusqu'à combien" for a territory is the ceiling.
    expect(
      engine.ask('comcom de 35 000 habitants, l’ARS peut financer jusqu’à combien ?').entries,
    ).toEqual(['financement-plafonds']);
  });

  it('reads the CLSM’s own coordinator asked about, not another scheme’s coordinator', () => {
    // The COPIL élargi's member list names the CLSM's coordinator; the entries on the CTG's or
    // the PTSM's coordinator invited to the CLSM's bodies speak of someone else.
    expect(engine.ask('le coordonnateur du clsm participe-t-il au copil ?').entries[0]).toBe(
      'copil-elargi-composition',
    );
    expect(
      engine.ask("le coordo clsm doit il etre present au copil elargi d'apres le cdc occitanie ?")
        .entries,
    ).not.toContain('articulation-coordinateur-ptsm-instances');
    // "assister au COPIL" is taking part in it, as the texts say "participer".
    expect(engine.ask('le coordo du clsm doit-il assister au copil élargi ?').entries[0]).toBe(
      'copil-elargi-composition',
    );
    // Unless the question names that scheme too.
    expect(
      engine.ask('le coordo clsm peut-il aussi inviter le coordo ptsm au copil elargi ?')
        .entries[0],
    ).toBe('articulation-coordinateur-ptsm-instances');
  });

  it('reads where a question was put to the asker as part of the lead-in, not as what is asked', () => {
    // "en réunion de bureau" tells where "on nous demande" happened.
    const a = engine.ask('on nous demande en réunion de bureau combien de temps dure un cls ?');
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('cls-duree');
  });

  it('reads "est-ce prévu ?" after a wish told as asking about that wish', () => {
    // "ce" stands for the sentence before: not the label's funding, which "label" names.
    expect(
      engine.ask(
        'Le maire voudrait que le CLSM suive les situations individuelles complexes. Est-ce prévu dans le cadre du label ARS ?',
      ).entries[0],
    ).toBe('objectifs-situations-complexes-exclues');
  });

  it('reads "qui chapeaute …" as who heads it', () => {
    expect(engine.ask('qui chapeaute le clsm selon le référentiel national ?').entries[0]).toBe(
      'clsm-presidence-national',
    );
  });

  it('reads a confessed helplessness after the question as asking nothing', () => {
    const question = "dans l'évaluation du clsm, on doit évaluer quoi exactement ?";
    expect(engine.ask(question).entries[0]).toBe('evaluation-objets');
    // "commencer" is no topic: not the entry on starting the evaluation early.
    for (const tail of [' jsp par ou commencer', ' je ne sais pas par où commencer'])
      expect(engine.ask(question + tail).entries).toEqual(engine.ask(question).entries);
  });

  it('reads "le cdc Occitanie" in the ask as the 2023 text when another text is told before', () => {
    // The leaflet's parity is told; the Occitanie cahier des charges is asked, and asks none.
    const a = engine.ask(
      "la plaquette dit que l'ars paie le coordo cls a parts egales. et le cdc occitanie, pour le coordo clsm, il exige la parite ?",
    );
    expect(a.entries[0]).toBe('financement-pas-de-parite');
    expect(a.text).toMatch(/ne demande pas de cofinancement à parité/);
  });

  it('says first where the rule stands when that is asked', () => {
    const a = engine.ask(
      "Dans quelle partie du cahier des charges d'Occitanie trouve-t-on les plafonds par tranche de population ?",
    );
    expect(a.text).toMatch(
      /^Référence : Cahier des charges ARS Occitanie \(2023\), §6 – Financement des projets labellisés/,
    );
    expect(engine.ask('quel est le plafond pour 55 000 habitants ?').text).not.toMatch(/Référence/);
  });

  it('computes no ceiling from a population told in the situation when no amount is asked', () => {
    const a = engine.ask(
      'Notre CLSM urbain de 200 000 habitants est financé par la seule ville. Le référentiel de 2025 préconise-t-il un autre schéma de financement ?',
    );
    expect(a.text).not.toMatch(/plafond du financement ARS est de/);
    expect(
      engine.ask('on monte un clsm sur une comcom de 35 000 hab, c’est quoi le plafond ars ?').text,
    ).toMatch(/plafond du financement ARS est de 8 000 €/);
  });

  it('computes the ceiling when the asker asks what they are entitled to or which tier is theirs', () => {
    for (const q of [
      'on est a 41 200 habitants, on a droit a combien ?',
      'on est a 41 200 habitants sur le perimetre du cls, on tombe dans quelle tranche et on a droit a combien ?',
    ])
      expect(engine.ask(q).text).toMatch(/plafond du financement ARS est de 13 000 €/);
  });

  it('computes the ceiling when an ask other than the last one asks the amount', () => {
    const a = engine.ask(
      "notre conseil local fait 70 000 habitants sur le territoire du contrat santé, l'ARS peut verser combien au maximum, et faut-il que la commune mette la même somme ?",
    );
    expect(a.text).toMatch(/plafond du financement ARS est de 13 000 €/);
    expect(a.text).toMatch(/parité/);
  });

  it('computes each territory’s ceiling when several are told, each asked its own', () => {
    const a = engine.ask(
      'quel plafond ars pour le clsm d’une comcom de 30 000 habitants ? et pour une agglo de 150 000 hab ?',
    );
    expect(a.text).toMatch(/30 000 habitants, le plafond du financement ARS est de 8 000 €/);
    expect(a.text).toMatch(/150 000 habitants, le plafond du financement ARS est de 20 000 €/);
    expect(a.text.match(/en sus du financement de la coordination CLS/g)).toHaveLength(1);
    // "et si on passe à 45 000 ?": the same territory with another figure, no territory named.
    const next = engine.ask(
      'notre comcom fait 35 000 habitants, quel plafond ars pour le clsm ? et si on passe à 45 000 ?',
    );
    expect(next.text).toMatch(/35 000 habitants, le plafond du financement ARS est de 8 000 €/);
    expect(next.text).toMatch(/45 000 habitants, le plafond du financement ARS est de 13 000 €/);
    // The population told before the first ask, a follow-up with another.
    const merged = engine.ask(
      'on est une cc de 60 000 hab, le plafond ars pour le clsm c’est combien ? et si on passe à 90 000 hab avec la fusion ?',
    );
    expect(merged.text).toMatch(/60 000 habitants, le plafond du financement ARS est de 13 000 €/);
    expect(merged.text).toMatch(/90 000 habitants, le plafond du financement ARS est de 20 000 €/);
    // The follow-up opens a sentence whose figure comes in a later clause.
    const fused = engine.ask(
      'on est une comcom de 70 000 hab, le plafond ars c’est combien ? et si on fusionne et qu’on passe à 120 000 hab ?',
    );
    expect(fused.text).toMatch(/120 000 habitants, le plafond du financement ARS est de 20 000 €/);
    // Several territories told in one clause, each asked its own ("chacune", "l'un… l'autre").
    const each = engine.ask(
      'une agglo de 95 000 hab et une comcom de 25 000 hab veulent chacune un CLSM : quel plafond pour la première ? et pour la seconde ?',
    );
    expect(each.text).toMatch(/95 000 habitants, le plafond du financement ARS est de 20 000 €/);
    expect(each.text).toMatch(/25 000 habitants, le plafond du financement ARS est de 8 000 €/);
    // Whether they add up is another question.
    expect(
      engine.ask('un coordo partagé entre 2 CLS (35 000 + 20 000 hab), le plafond se cumule ?')
        .text,
    ).not.toMatch(/plafond du financement ARS est de/);
    // A bound of the scale asked about is no second territory.
    const b = engine.ask(
      'metropole de 450 000 hab, le plafond ars pour le clsm c’est combien ? le bareme s’arrete a 300 000 non ?',
    );
    expect(b.outcome).toBe('abstain');
  });

  it('computes the ceiling that settles an amount put forward and checked ("18 000 €, ça passe ?")', () => {
    const a = engine.ask(
      'notre petr fait 78 500 habitants, on voudrait demander 18 000 euros a l ars pour le clsm. c est possible ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/plafond du financement ARS est de 13 000 €/);
    // An amount told first ("30 000 max") is no population; a bare "combien" after the
    // population asks the ceiling.
    expect(
      engine.ask(
        "le cls prend en charge la coordo a 30 000 max, et pour le clsm d'une interco de 45 000 hab c'est combien ?",
      ).text,
    ).toMatch(/45 000 habitants, le plafond du financement ARS est de 13 000 €/);
    // Told without an amount, the same check asks nothing of the ceiling.
    expect(
      engine.ask('notre petr fait 78 500 habitants et veut monter un clsm, ça passe ?').text,
    ).not.toMatch(/plafond du financement ARS est de/);
  });

  it('computes no CLSM ceiling for a CPTS or a GEM', () => {
    const a = engine.ask('quel financement pour une CPTS de 60 000 habitants ?');
    expect(a.text).not.toMatch(/13 000 €/);
  });

  it('answers a precise point asked of a text users name (the leaflet, the 2018 slides) only from that text', () => {
    // The leaflet gives the CLS's duration; the 2018 slides do not.
    expect(
      engine.ask('dans les slides ARS de 2018, un CLS est signé pour combien d’années ?').outcome,
    ).toBe('abstain');
    expect(engine.ask('selon la plaquette, un CLS dure combien de temps ?').text).toMatch(/5 ans/);
    // So is one asked of a text named by its year in what is asked: the 2025 instruction sets
    // no CLS duration (the leaflet does), and sets the COPIL's cadence.
    expect(engine.ask('l’instruction de 2025 fixe-t-elle la durée d’un CLS ?').outcome).toBe(
      'abstain',
    );
    expect(
      engine.ask('selon l’instruction de 2025, le COPIL se réunit combien de fois par an ?').text,
    ).toMatch(/deux fois par an/);
  });

  it('answers a point of the 2012 text from the text that replaced it unless asked about the old one', () => {
    const now = engine.ask('la pleniere se reunit combien de fois');
    expect(now.entries[0]).toBe('pleniere-frequence');
    const then = engine.ask(
      "que disait l'ancien cahier des charges de 2012 sur la fréquence de la plénière",
    );
    expect(then.entries[0]).toMatch(/^historique-/);
    expect(then.citations.some((c) => c.source === '001_c2705b3667534257.txt')).toBe(true);
    // The "Centre national de ressources" is a body, not the national text named.
    const body = engine.ask(
      'dans l’ancien cdc, le coordonnateur devait-il faire la formation du Centre national de ressources ?',
    );
    expect(body.entries[0]).toMatch(/^historique-/);
  });

  it('never fuzzes CLS into CLSM', () => {
    expect(engine.ask('duree du cls').entries[0]).toBe('cls-duree');
  });

  it('reads what is asked, not the situation told before it', () => {
    const a = engine.ask(
      'on monte un CLSM sur 3 communes avec le CH du coin, qui doit siéger au COPIL au minimum ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('copil-composition-minimale');
  });

  it.each([
    [
      'the CLS’s bodies in a labelling dossier’s question as the CLSM’s setting',
      'dans la partie gouvernance du dossier, on doit expliquer le lien avec les instances du cls ?',
      'dossier-gouvernance',
    ],
    [
      '"je vois…, ça correspond à quoi ?" as asking what a thing is',
      'je vois copil restreint dans le cahier des charges, ca correspond a quoi ?',
      'instances-terminologie-copil-pleniere',
    ],
    [
      '"c’est quoi la règle ?" as asking the rule told before it',
      'coordo clsm depuis 3 semaines, ma directrice me demande combien de fois par an on doit organiser l’assemblée plénière d’après le référentiel national. c’est quoi la règle ?',
      'pleniere-frequence',
    ],
    [
      'the leaflet named by its title ("mode d’emploi") as "la plaquette"',
      'que dit le « mode d’emploi » de l’ARS sur un coordonnateur distinct pour le CLS et pour le CLSM ?',
      'coordinateur-mutualisation-cls',
    ],
    [
      'who asks ("je suis référent CLS à la DD") as no part of the situation the answer is about',
      'bonjour, je suis référent CLS à la DD du Gers, une comcom a un CLS encore en préparation, son CLSM peut il déjà être labellisé ?',
      'labellisation-demandes-concernees',
    ],
    [
      'who asks, taken into a short question for its words, as no part of what is asked',
      'je suis élu, qui signe le CLS avec nous ?',
      'cls-signataires-socles',
    ],
    [
      'a section named by its number ("d’après le §7") as where to look, not as a figure asked',
      'on prépare la candidature : pour un financement d’actions, le §7 demande quel formulaire ?',
      'dossier-cerfa-actions',
    ],
    [
      '"l’éducation nationale", a member asked about, as no naming of the national text',
      'ancien cdc : qui était au copil ? l’education nationale en faisait partie ?',
      'historique-copil-composition',
    ],
    [
      '"les missions assignées" as the missions asked, not a topic of their own',
      "Dans l'ancien cahier des charges CLSM (celui des années 2012), quelles étaient les missions assignées au CLSM ?",
      'historique-missions-clsm',
    ],
    [
      'who asks, taken into a short question, as no part of what the answer is ranked on',
      "je suis elue a la sante dans une petite comcom rurale, est ce qu'on est obligés d'avoir un clsm ?",
      'comparaison-obligatoire',
    ],
    [
      '"ce que le cdc attend du CLSM" as asking the text, not a topic',
      'pour la destigmatisation, quelles actions le cdc ars occitanie attend du clsm envers les pros de premiere ligne ?',
      'destigmatisation-actions-liste',
    ],
    [
      '"à travers le CLS", like "via", as how, not a topic',
      "sur quels determinants de sante une mairie peut jouer a travers le cls d'apres le depliant ars ?",
      'cls-definition-approche-globale',
    ],
    [
      '"une fois le coordo financé" as once it is done, not a number of times',
      'dans un cls, une fois le coordo financé, qui paie les actions elles memes ?',
      'cls-financement-actions',
    ],
    [
      '"principalement" as how to answer, not a topic',
      "Selon le référentiel CLS Occitanie de 2018, avec quels acteurs l'ARS conclut-elle principalement les contrats locaux de santé ?",
      'cls-loi-points-cles',
    ],
    [
      'a verb of listing ("énumère") as asking, not as a topic',
      'combien de publics cibles le tableau de l’annexe 2 énumère pour le PTSM ?',
      'comparaison-cibles',
    ],
    [
      '"exigé ou juste souhaité ?" as whether a duty holds, not as a topic',
      "l'hopital psy n'a pas encore dit oui. sa participation c'est exige ou juste souhaite pour le label ?",
      'candidature-engagement-partenaires',
    ],
    [
      '"reviennent au coordinateur" as whose the tasks are, not as a topic',
      'Quelles missions de planification reviennent au coordinateur CLS selon le référentiel 2018 ?',
      'cls-coordinateur-trois-roles',
    ],
    [
      '"le ref national" as the text named, not a topic the answer must share',
      "mon dgs me demande si le clsm est une asso ou un contrat qu'on signe... c quoi exactement d'apres le ref national ?",
      'definition-ni-contrat-ni-structure',
    ],
    [
      '"forcément" as a duty weighed, not a topic',
      'Un CLSM doit-il forcément remplir tous les objectifs du référentiel ?',
      'objectifs-preconisation-specificites-territoriales',
    ],
    [
      'bodies a bracket lists as examples ("les assos (unafam, gem)") as any of their kind',
      'dossier de labellisation: si le projet est cosigne par l hopital et les assos (unafam, gem) il faut encore les lettres d engagement ?',
      'dossier-lettres-engagement',
    ],
    [
      'an elision typed without its apostrophe ("a l initiative d un clsm") as the words it elides',
      'qui peut etre a l initiative d un clsm ?',
      'comparaison-porteur-initiative',
    ],
    [
      '"ou c’est optionnel ?" as a duty weighed, not a topic',
      "bonjour, on prepare la labellisation en occitanie : la dd ars doit forcement faire partie de nos instances ou c'est optionnel ?",
      'gouvernance-ddars-membre-de-droit',
    ],
    [
      '"en découlent" as what follows from a thing, asked, not a topic',
      'combien d’objectifs spécifiques découlent de l’objectif principal du CLSM ?',
      'objectifs-specifiques-national',
    ],
  ])('reads %s', (_, question, entry) => {
    const a = engine.ask(question);
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe(entry);
  });

  it('says whether a CLSM is compulsory when the national référentiel is named, the table being in the same instruction', () => {
    const a = engine.ask(
      'bonjour, notre maire hesite encore... c est obligatoire un clsm ou pas d apres le ref national ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('comparaison-obligatoire');
    expect(a.text).toMatch(/pas obligatoire mais vivement recommandé/);
  });

  it('says what the COPIL is for when asked by its acronym, not what the COTECH (COPIL restreint) does', () => {
    const a = engine.ask("à quoi sert le copil d'un clsm ?");
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('copil-role-national');
  });

  it("gives the annexe 2 table's scales when a PTSM's scale is set against a CLSM's", () => {
    const a = engine.ask(
      'a quelle echelle se fait un ptsm par rapport a un clsm ? (instruction 2025)',
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/maille de\s+proximité/);
    expect(a.text).toMatch(/au niveau d'un département/);
    expect(a.text).toMatch(/six\s+priorités spécifiques/);
  });

  it('answers each thing a question asks, from the entry that answers it, in the order asked', () => {
    const a = engine.ask("en occitanie qui préside le COPIL élargi du CLSM et qui l'anime ?");
    expect(a.outcome).toBe('answer');
    expect(a.entries.slice(0, 2)).toEqual(['copil-presidence', 'copil-animation']);
    expect(a.text).toMatch(/présidé par le maire[^]*\n\n[^]*chargé de l'animation/);
    const cited = a.citations.map((c) => c.quote).join(' ');
    expect(cited).toMatch(/président/);
    expect(cited).toMatch(/animation/);
    // A ceiling computed by rule, and the other ask answered beside it.
    const ceiling = engine.ask(
      'notre comcom fait 35 000 habitants, quel plafond de financement ARS pour le CLSM ? et faut-il un cofinancement à parité ?',
    );
    expect(ceiling.text).toMatch(/8 000 €/);
    expect(ceiling.entries).toContain('financement-pas-de-parite');
    // The meaning asked is the sharing's, not the acronym's.
    const shared = engine.ask(
      'Selon le référentiel CLS 2018, qui finance le coordinateur du CLS et que signifie ce partage ?',
    );
    expect(shared.text).not.toMatch(/^CLS : contrat local de santé/);
    expect(shared.text).toMatch(/garantie de leur implication/);
  });

  it('reads an ask naming its own subject without the other asks, one leaning on them with them', () => {
    const own = engine.ask(
      'En 2012, quel rôle revenait aux chefs de secteur de psychiatrie publique dans le CLSM, et quelle place avaient les usagers ?',
    );
    expect(own.entries.slice(0, 2)).toEqual([
      'historique-psychiatrie-pilotage',
      'historique-usagers-aidants-constitution',
    ]);
    // "et qui le préside ?" names its subject by a pronoun: it reads the ask before it.
    expect(engine.ask('à quoi sert le COPIL élargi et qui le préside ?').entries).toContain(
      'copil-presidence',
    );
  });

  it('offers no choice between points the texts all leave open: it says what they do say', () => {
    const a = engine.ask(
      'Quel niveau de diplôme est exigé pour recruter un coordonnateur de CLSM selon le référentiel de 2025 ?',
    );
    expect(a.outcome).toBe('abstain');
    expect(a.text).toMatch(/ne fixent ni diplôme ni profil/);
  });

  it('gives a point the texts leave open only when that point is asked', () => {
    expect(engine.ask('qui préside le comité technique du CLSM ?').outcome).toBe('abstain');
    const role = engine.ask(
      'a quoi il sert le comite technique du clsm dans le cahier des charges occitanie ?',
    );
    expect(role.entries[0]).toBe('cotech-missions');
  });

  it('answers where another scheme’s coordinator sits, though one person for both is not said', () => {
    const a = engine.ask(
      'le coordinateur PTSM est à la fois invité au COPIL élargi et au comité technique ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('articulation-coordinateur-ptsm-instances');
    expect(
      engine.ask('le coordo du PTSM peut-il être la même personne que le coordo du CLSM ?').outcome,
    ).toBe('abstain');
    // "du DAC": another scheme's coordinator asked to sit in a body only a CLSM has, not about
    // the DAC's own bodies.
    const dac = engine.ask('Le coordonnateur du DAC peut-il siéger au COPIL élargi ?');
    expect(dac.outcome).toBe('answer');
    expect(dac.entries[0]).toBe('copil-elargi-composition');
  });

  it('reads a year after "le tableau comparatif de" as the text it dates, not a figure asked', () => {
    const a = engine.ask(
      'Combien de priorités le PTSM poursuit-il selon le tableau comparatif de 2025, et l’accès aux soins somatiques en fait-il partie ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('ptsm-six-priorites');
  });

  it('reads "court sur" as how long something lasts', () => {
    const a = engine.ask("le label de l'ars pour un clsm, il court sur combien de temps ?");
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('labellisation-objet-duree');
  });

  it('answers what is asked after a long story the entry does not tell', () => {
    // Who sat at the last COPIL, where, and who complained: the story sank the coverage of an
    // ask the COPIL's minimum membership answers word for word.
    const a = engine.ask(
      "bonjour, on relance le clsm d'une commune de 35 000 habitants en normandie. a la derniere seance du copil il n'y avait que le maire, l'adjoint aux solidarites et la dd ars, et une benevole de l'unafam trouve qu'il manque du monde. d'apres le ref national, qui doit etre au copil au minimum ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries.slice(0, 2)).toContain('copil-composition-minimale');
  });

  it('reads "le ref" that says no more as the référentiel, not as a référent', () => {
    // "ref" is also short for "référent": the IREPS referent's entries used to answer.
    const a = engine.ask("l'éval du clsm, elle porte sur quoi d'après le ref ?");
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('evaluation-referentiel-evaluation');
  });

  it('reads "selon le ref" as a text cited, with no référent in it', () => {
    // The CLS coordinator-référent's entries, and the CLS team "formée de" professionals, used
    // to answer whether the coordinator must be trained.
    const a = engine.ask('selon le ref, faut il que le coordo soit formé ?');
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('coordinateur-formation-nationale');
  });

  it('reads "suis-je tenue de…" as the asker, inverted, not as a topic', () => {
    // "suis" matched nothing asked and the coordinator's training was left unanswered.
    const a = engine.ask(
      'Coordinatrice de CLSM salariée du centre hospitalier, suis-je tenue de faire une formation spécifique ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('coordinateur-formation-nationale');
  });

  it("answers an ask followed by the asker's own plan put up for a yes or a no", () => {
    // "on peut attendre la fin de la 2e année ?" names nothing an entry holds: the whole question
    // went unanswered, though the answer to when the criteria are set says what holds.
    const a = engine.ask(
      "notre clsm démarre en janvier, les objectifs et critères d'évaluation on doit les définir quand ? on peut attendre la fin de la 2e année ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('evaluation-referentiel-anticiper');
    expect(a.text).toContain('dès la création du CLSM');
    // A thing asked for after the ask is no plan: the salary grid is not in the texts.
    expect(engine.ask('le coordo du clsm, quel salaire ? y a un barème ?').outcome).toBe('abstain');
  });

  it('answers each of two asks when one of them has two related entries', () => {
    // "composé de qui" has two close entries on the COTECH's members (fixed, then evolving),
    // one topic seen from two sides: the answer on its pace alone left the members unsaid.
    for (const q of [
      'pour notre clsm, le cotech il est composé de qui et il se reunit a quel rythme ?',
      "le cotech d'un clsm il est composé de qui et il se reunit a quel rythme ?",
    ]) {
      const a = engine.ask(q);
      expect(a.outcome).toBe('answer');
      expect(a.entries.slice(0, 2)).toEqual(['cotech-composition', 'cotech-frequence']);
      expect(a.text).toContain('signataires du contrat local de santé');
      expect(a.text).toContain('autant que de besoin');
    }
  });

  it('reads "bientôt" as when the asker needs it, not as a topic', () => {
    // A word no entry has: it sank both questions into "the texts don't say".
    const ptsm = engine.ask(
      'le ptsm du departement sera bientot validé, les clsm doivent etre consultés avant ? et qui valide au final ?',
    );
    expect(ptsm.outcome).toBe('answer');
    expect(ptsm.entries).toContain('ptsm-arrete-par-dg-ars');
    expect(ptsm.text).toContain('avis');
    expect(engine.ask('le cls sera bientot signé, il dure combien de temps ?').entries[0]).toBe(
      'cls-duree',
    );
  });

  it('reads "quelle conséquence le référentiel en tire" as asking what it provides', () => {
    // Read as a consequence the texts do not state (a sanction), and "tirer" as a topic word.
    for (const q of [
      'notre clsm a pris la sante mentale des jeunes comme priorite. quelle consequence le referentiel national en tire pour la composition du copil ?',
      'si un clsm cible la jeunesse, quelles consequences le référentiel national en tire-t-il pour son COPIL ?',
    ])
      expect(engine.ask(q).entries[0]).toBe('copil-composition-adaptee-priorites');
  });

  it('reads "par contre" as a contrast told and "c\'est bloquant ?" as asking the rule', () => {
    // Both were read as topics no entry has, and the question went unanswered.
    const a = engine.ask(
      "le projet de clsm est cosigné par la mairie, le CH et l'unafam. par contre on a aucune lettre d'engagement des partenaires dans le dossier, c'est bloquant ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('dossier-lettres-engagement');
    expect(a.text).toMatch(/cosign/);
  });

  it('reads "nous sollicite pour" as the asker being asked, not as a topic', () => {
    const a = engine.ask(
      "une petite commune sans aucun CLS nous sollicite pour un financement de l'ARS afin de créer son CLSM, c'est possible en occitanie ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('articulation-clsm-financement-ars-dans-cls');
    expect(a.text).toContain('que si leur action');
  });

  it('answers an ask whose best entry an earlier ask took with the best entry left', () => {
    // The text's status, taken by the first ask, outscored its date of application: the
    // second ask was left unanswered.
    for (const q of [
      "l'instruction DGS/SP4/2025/8 est-elle opposable ? nos élues se demandent si c obligatoire de suivre le referentiel, et ca s'applique a partir de quand ?",
      "la DGS/SP4/2025/8, elle est opposable ? les élues demandent si c obligatoire de suivre le referentiel clsm, et ca s'applique a partir de quand ?",
    ])
      expect(engine.ask(q).entries.slice(0, 2)).toEqual([
        'instruction-2025-statut-juridique',
        'instruction-2025-application',
      ]);
  });

  it('reads "la reco nationale" as what the national text recommends', () => {
    // "reco" was a word no entry has, so the question went unanswered.
    const a = engine.ask(
      "le maire veut un coordo clsm à 50 % au départ. c'est quoi la reco nationale sur le temps de coordo ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('coordinateur-temps-plein');
  });

  it('does not answer a request told before "le ref dit qqch là-dessus ?" with a nearby entry', () => {
    // The relay named no subject, so the CLS coordinator's roles answered a question on
    // remote work, which no text covers.
    const a = engine.ask(
      'notre coordinatrice nous demande 3 jours de télétravail, est-ce que le ref ou le cdc dit qqch là-dessus ?',
    );
    expect(a.outcome).toBe('abstain');
  });

  it('reads "quelle répartition entre A, B et C" as shares asked, which only a split answers', () => {
    // The national text names the three co-funders and no shares: it used to answer.
    const shares = engine.ask(
      "quelle répartition entre la ville, le CH et l'ARS le référentiel recommande-t-il pour financer le CLSM ?",
    );
    expect(shares.outcome).toBe('abstain');
    // The CLS coordinator's funding is split in equal parts: that split answers.
    const cls = engine.ask("pour le coordo du CLS, quelle répartition entre l'ARS et la commune ?");
    expect(cls.outcome).toBe('answer');
    expect(cls.entries[0]).toBe('financement-coordonnateur-cls-parite');
  });

  it('reads "pouvons-nous …, ou le référentiel attend-il autre chose ?" as asking the first', () => {
    // "pouvons-nous" did not read as asking, and "ou le référentiel attend-il autre chose"
    // was taken for the whole question: a choice was offered instead of the answer.
    const a = engine.ask(
      'Nous avons un tout petit CLSM rural : pouvons-nous nous limiter à deux objectifs, ou le référentiel national attend-il autre chose ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toContain("tendre vers la réalisation de l'ensemble");
  });

  it('puts the entry titled on what is asked before one that also matches who it is for', () => {
    // "des élus" says whom the note is for; the difference between CLSM and PTSM names elected
    // officials too, and scores alike, but only the priorities are asked.
    const a = engine.ask(
      'Je prépare une note pour des élus : quelles sont les six priorités du PTSM ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('ptsm-six-priorites');
  });

  it('answers what the COPIL does when it is set towards the COTECH, not what the COTECH does', () => {
    const a = engine.ask('le copil d’un cls il a quel rôle par rapport au cotech ? (ref cls 2018)');
    expect(a.outcome).toBe('answer');
    expect(['cls-niveaux-gouvernance', 'cls-copil-missions']).toContain(a.entries[0]);
  });

  it('answers the facet asked: who presides the COPIL is not what the COPIL is', () => {
    const a = engine.ask('qui préside le comité de pilotage du CLSM ?');
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('copil-presidence');
    expect(a.text).toMatch(/maire/i);
  });

  it('answers from the 2025 référentiel a question that quotes the 2012 text to ask about today', () => {
    const a = engine.ask(
      "le cahier des charges de 2012 disait que la plénière se réunit au moins une fois par an, qu'en dit le référentiel 2025 ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('pleniere-frequence');
    expect(a.citations[0]?.source).toBe('003_cc92af99d410d381.txt');
    // The past as the reference a question compares with ("comme avant") asks of today.
    const today = engine.ask(
      'le CLSM doit-il traiter les situations individuelles complexes comme le faisaient certains CLSM avant ?',
    );
    expect(today.citations[0]?.source).toBe('000_10be37d904fc2112.txt');
  });

  it('answers with both when the two close entries are one topic the knowledge links', () => {
    // The annual report's recipients and its contents: related entries, not a choice to make.
    const a = engine.ask('le bilan annuel du clsm, on le transmet a qui et il parle de quoi ?');
    expect(a.outcome).toBe('answer');
    expect(a.entries.slice(0, 2)).toEqual(['evaluation-bilan-annuel', 'evaluation-bilan-contenu']);
    expect(a.suggestions).toEqual([]);
  });

  it('asks back which topic is meant when a topic is named with nothing asked about it', () => {
    const a = engine.ask('financement');
    expect(a.outcome).toBe('clarify');
    expect(a.abstained).toBe(false);
    expect(a.text).toMatch(/^Votre question porte-t-elle sur :\n1\. /);
    expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(a.citations).toEqual([]);
    // Each choice is an entry whose answer a button (or `clsm ask --entry`) gives.
    for (const s of a.suggestions) expect(engine.answerEntry(s.id)?.outcome).toBe('answer');
  });

  it('says the texts are silent on a question next to a covered topic', () => {
    const a = engine.ask("l'ARS répond en combien de temps à une demande de labellisation ?");
    expect(a.outcome).toBe('abstain');
  });

  it('answers a question passed on in quotes, in the text the relay names', () => {
    const a = engine.ask(
      'une élue m’écrit : « le COPIL élargi, il est présidé par qui ? » que lui répondre d’après le cdc 2023 ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('copil-presidence');
  });

  it('says the texts are silent on a quorum, an age limit, a past count, a retroactive funding, data protection or a deadline, which they never give', () => {
    for (const q of [
      'faut-il un quorum pour que le copil elargi puisse valider le plan d’actions ?',
      'à partir de quel âge un jeune peut-il siéger à l’assemblée plénière ?',
      'combien y avait-il de CLSM en Occitanie en 2020 ?',
      'l’ARS peut-elle financer rétroactivement les dépenses du CLSM engagées avant le label ?',
      'cellule situations complexes : qui est responsable du traitement des données au sens du RGPD ?',
      // The law's own date is no deadline.
      'avant quelle date un CLS doit-il comporter son volet santé mentale ?',
    ])
      expect(engine.ask(q).outcome, q).toBe('abstain');
    // The counts the texts do give are still answered.
    expect(engine.ask('combien y a-t-il de CLSM en France ?').outcome).toBe('answer');
    expect(engine.ask('avant quelle date déposer le dossier de labellisation ?').outcome).toBe(
      'answer',
    );
  });

  it('says the texts are silent on what they name but never give: a list of places, clauses, a programme, a template, other regions, another body', () => {
    for (const q of [
      'tu peux me lister les 280 clsm recenses en 2024 par region ?',
      'la liste des contrats locaux de santé signés en Occitanie, svp',
      "quels ptsm ont ete arretes dans les departements d'occitanie ?",
      'combien d’articles doit comporter la convention de partenariat ?',
      'quel est le contenu des formations premiers secours en santé mentale ?',
      'la charte éthique de 2012, il y a un contenu type ?',
      'quelles autres régions ont un cahier des charges de labellisation ?',
      'qui compose le conseil territorial de santé ?',
      'les ars remontent les indicateurs clsm au centre national a quel mois ?',
      "Quelle est la durée de validité d'un visa du Conseil national de pilotage des ARS ?",
      // A time limit, which the entry on the yearly report does not give.
      'compte rendu copil clsm delai de diffusion',
      // A civil-service category, which the coordinator's roles do not give.
      'Quelle catégorie de la fonction publique territoriale pour recruter un coordinateur CLS ?',
      // A national total, which the entry on an adequate budget does not give.
      'quel est le budget national des clsm ?',
      'budget national clsm',
      // Who may sign for a body, which the entries on conventions and on the coordinator do not say.
      'le coordo peut il signer au nom du maire ?',
      'le coordonnateur du CLSM peut-il signer une convention au nom de la commune ?',
    ])
      expect(engine.ask(q).outcome, q).toBe('abstain');
    // The one time limit a text gives is answered.
    expect(
      engine.ask("dans l'ancien cdc, le coordo devait se former dans quel delai ?").text,
    ).toMatch(/délai de 2 ans/);
    // What the texts do give stays answered.
    expect(engine.ask('quelles formations le CLSM peut-il proposer au public ?').outcome).toBe(
      'answer',
    );
    expect(
      engine.ask('le coordo cls peut il participer aux travaux du conseil territorial de sante ?')
        .entries[0],
    ).toBe('cls-coordinateur-referent-animation');
  });

  it('says the texts are silent on the money of a PTSM or of a member of a CLSM body, and on a CLS coordinator’s contract', () => {
    for (const q of [
      'l’ARS paie-t-elle le coordonnateur PTSM ?',
      'est-ce que l’ARS finance le poste de coordo PTSM ?',
      'l’éducation nationale finance-t-elle une partie du poste de coordonnateur du CLSM ?',
      'la convention ARS pour financer le coordo CLS, elle dure combien de temps ?',
    ])
      expect(engine.ask(q).outcome, q).toBe('abstain');
    // What a PTSM brings a CLSM is not its money; nor is a PTSM coordinator's seat a CLS's.
    expect(engine.ask('qu’est-ce que les PTSM apportent aux CLSM concrètement ?').entries[0]).toBe(
      'articulation-clsm-ptsm-complementarite',
    );
    expect(
      engine.ask('qui compose le copil élargi ? le coordo PTSM en fait partie ?').outcome,
    ).toBe('answer');
    expect(engine.ask('le coordo cls c’est financé à combien par l’ars ?').entries[0]).toBe(
      'financement-coordonnateur-cls-parite',
    );
    // A PTSM's own COPIL asked is not a CLSM's.
    expect(engine.ask('le PTSM a-t-il un COPIL ?').entries).not.toContain(
      'copil-elargi-composition',
    );
  });

  it('says the texts do not settle who may hold the coordinator’s post, and answers that the CLS one may', () => {
    for (const q of [
      'un élu peut-il être coordonnateur du CLSM ?',
      'un adjoint au maire pourrait-il devenir lui-même le coordinateur du CLSM ?',
    ])
      expect(engine.ask(q).outcome, q).toBe('abstain');
    expect(
      engine.ask('le coordonnateur CLS peut-il être aussi coordonnateur du CLSM ?').entries[0],
    ).toBe('coordinateur-mutualisation-cls');
    // A ceiling asked as what the ARS "consacre" is no national budget.
    expect(engine.ask('quel montant l’ARS consacre au CLSM de 50 000 habitants ?').entries[0]).toBe(
      'financement-plafonds',
    );
  });

  it('says the texts do not say how representatives are chosen, and still says who sits', () => {
    for (const q of [
      'les représentants des familles, ils sont élus ?',
      'Comment sont désignés ou élus les représentants des usagers au COPIL du CLSM ?',
    ])
      expect(engine.ask(q).outcome, q).toBe('abstain');
    expect(
      engine.ask(
        'peut on faire un copil sans representant des personnes concernees, juste des elus ?',
      ).entries[0],
    ).toBe('copil-composition-minimale');
  });

  it('says no text gives the time allowed to do something, and still gives how long a contract runs or the one delay a text sets', () => {
    for (const q of [
      'on a combien de temps pour signer le cls ?',
      'combien de temps pour faire le diagnostic du cls ?',
    ])
      expect(engine.ask(q).outcome, q).toBe('abstain');
    expect(engine.ask('le cls est signé pour combien de temps ?').entries[0]).toBe('cls-duree');
    // Working time asked in the same words is the coordinator's.
    expect(
      engine.ask('il faut combien de temps pour la coordo ? un temps plein ?').entries[0],
    ).toBe('coordinateur-temps-plein');
    expect(engine.ask('en 2012 le coordo avait combien de temps pour se former ?').text).toMatch(
      /délai de 2 ans/,
    );
  });

  it('reads "on peut demander combien à l’ARS" as money asked, not a population threshold', () => {
    expect(
      engine.ask(
        'bjr, pour une interco de 62 000 hab on peut demander combien à l’ars pour le clsm ?',
      ).entries,
    ).not.toContain('perimetre-pas-de-seuil');
    expect(
      engine.ask('pour un clsm de 62 000 hab on peut demander combien à l’ars ?').entries[0],
    ).toBe('financement-plafonds');
  });

  it('says which thing asked for no text names, however well the rest matches an entry', () => {
    const a = engine.ask(
      'Quelle sanction si notre CLSM ne réunit son COPIL qu’une fois dans l’année ?',
    );
    expect(a.outcome).toBe('abstain');
    expect(a.text).toMatch(/Aucun ne parle de « sanction »\./);
    expect(a.related.map((r) => r.id)).toContain('copil-frequence');
    expect(
      engine.ask('le copil a-t-il besoin d’un quorum pour voter la feuille de route ?').text,
    ).toMatch(/Aucun ne parle de « quorum »\./);
    expect(engine.ask('il faut un quorum pour valider la feuille de route ?').text).toMatch(
      /Aucun ne parle de « quorum »\./,
    );
    // A thing a text is asked to provide ("prévoit-il une pénalité").
    expect(
      engine.ask('le référentiel prévoit-il une pénalité si le COPIL ne se réunit pas ?').text,
    ).toMatch(/Aucun ne parle de « pénalité »\./);
    // A number named as a thing the texts never name (a phone line), not a population.
    expect(engine.ask("le 3114 c'est quoi et qui le finance ?").text).toMatch(
      /Aucun ne parle de « 3114 »\./,
    );
    // An acronym typed that the texts never name: a body, rule or fund they say nothing of.
    expect(
      engine.ask(
        'Faut-il déclarer la commission des situations complexes du CLSM au titre du RGPD ?',
      ).text,
    ).toMatch(/Aucun ne parle de « RGPD »\./);
    expect(engine.ask('KPI nationaux pour suivre le déploiement des CLSM ?').outcome).toBe(
      'answer',
    );
    // A thing the texts do name, or one of its family ("cofinanceurs" for "cofinancement"), is
    // asked as usual.
    expect(engine.ask('le référentiel national conseille quels cofinanceurs ?').text).not.toMatch(
      /Aucun ne parle/,
    );
    expect(engine.ask('quelle fréquence de réunion pour le COPIL du CLSM ?').text).not.toMatch(
      /Aucun ne parle/,
    );
    // A bare query of a few words asks each of them; a typo the search fixes is no unknown
    // word.
    expect(engine.ask('quorum copil').text).toMatch(/Aucun ne parle de « quorum »\./);
    expect(engine.ask('clsm en belgique').text).toMatch(/Aucun ne parle de « belgique »\./);
    expect(engine.ask('copil frequance').text).not.toMatch(/Aucun ne parle/);
  });

  it('ranks first an entry of the text the question names (by its year, or the national frame)', () => {
    const cites = (q: string) =>
      engine.analyse(q).candidates[0]?.entry.citations.map((c) => c.source) ?? [];
    expect(
      cites('Qui finance le coordinateur de CLS selon le référentiel Occitanie 2018 ?'),
    ).toContain('004_95adf102e0f01a72.txt');
    expect(
      cites('Quels indicateurs l’instruction retient-elle pour suivre le déploiement des CLSM ?'),
    ).toContain('003_cc92af99d410d381.txt');
  });

  it('answers texts set side by side each from its own entry, the one asked about first', () => {
    const both = engine.ask(
      "cdc 2023 vs cdc 2012 : combien d'objectifs strategiques dans chacun ?",
    );
    expect(both.outcome).toBe('answer');
    expect(both.text).toMatch(/^Selon le cahier des charges ARS Occitanie 2023, .*5 objectifs/);
    expect(both.text).toMatch(/ancien cahier des charges/);
    expect(new Set(both.citations.map((c) => c.source.slice(0, 3)))).toEqual(
      new Set(['000', '001']),
    );
    // The other text's name is not what a text is asked about: the 2025 frame's cadence.
    const cadence = engine.ask(
      'le ref national 2025 et le cdc occitanie 2023 disent-ils la meme chose sur la frequence du copil ?',
    );
    expect(cadence.outcome).toBe('answer');
    expect(cadence.text).toMatch(/deux fois par an/);
    // "quelle différence" compares the texts: it is not what is asked of each.
    const territory = engine.ask(
      "territoire d'un clsm : cdc 2023 et ancien cdc, quelle difference ?",
    );
    expect(territory.text).toMatch(/^Selon le cahier des charges ARS Occitanie 2023, le CLSM mène/);
    expect(territory.text).toMatch(/ancien cahier des charges régional .* infra-communal/);
    // "le cdc 2023 dit quoi, et l'instruction de 2025 ?": each text asked in turn.
    const legal = engine.ask(
      "cadre legal des clsm : le cdc 2023 dit quoi, et l'instruction de 2025 ?",
    );
    expect(legal.text).toMatch(/^Selon le cahier des charges ARS Occitanie 2023, aucun dispositif/);
    expect(legal.text).toMatch(
      /Selon l'instruction du 13 mai 2025, les CLSM sont reconnus juridiquement/,
    );
    // A text named in what the question tells comes after the one it asks about.
    const told = engine.ask(
      "comparaison : le referentiel 2025 dit copil 2 fois par an, l'ancien cahier des charges disait quoi sur le rythme du copil ?",
    );
    expect(told.text).toMatch(/^Dans l’ancien cahier des charges/);
  });

  it('answers each ask from the text it points at, when texts are named first and each ask picks one', () => {
    const sources = (q: string) => engine.ask(q).citations.map((c) => c.source.slice(0, 3));
    // "dans la première … dans le second": the texts in the order named.
    const ordered = engine.ask(
      'plaquette ars et cdc 2023 : combien de temps dure un cls selon la premiere, et quelles pieces pour le dossier dans le second ?',
    );
    expect(ordered.entries.slice(0, 2)).toEqual(['cls-duree', 'dossier-pieces']);
    const signs = engine.ask(
      "ref 2018 et instruction 2025 : qui signe un CLS dans le premier, et qui préside le COPIL d'un CLSM dans le second ?",
    );
    expect(signs.entries.slice(0, 2)).toEqual([
      'cls-signataires-minimum',
      'clsm-presidence-national',
    ]);
    // "au national", "en Occitanie": the one national text, the one regional text named.
    expect(
      new Set(
        sources(
          'cdc 2023 et instruction 2025 : quel temps de travail minimum pour le coordo en occitanie, et qui doit financer le clsm au national ?',
        ),
      ),
    ).toEqual(new Set(['000', '003']));
    // An ask that says no more than where to look asks what the ask before it asked.
    const again = engine.ask(
      'cdc 2023 et ref national : combien de fois par an se reunit le copil dans le premier, et dans le second ?',
    );
    expect(again.text).toMatch(/deux fois par an/);
    expect(again.citations.map((c) => c.source.slice(0, 3))).toEqual(
      expect.arrayContaining(['000', '003']),
    );
  });

  it('says what a body is as the text named says it, or the text written for the audience named', () => {
    const first = (q: string) => engine.ask(q).entries[0];
    expect(first("qu'est-ce qu'un CLSM selon le cdc 2023 ?")).toBe('definition-clsm-occitanie');
    expect(first("c'est quoi un CLSM d'après le référentiel national, en une phrase ?")).toBe(
      'definition-clsm-nationale',
    );
    expect(first("c'est quoi un CLS d'après le ref 2018 ?")).toBe('cls-demarche-2018');
    expect(
      first("définition du PTSM selon l'instruction 2025, à reprendre dans une délibération"),
    ).toBe('ptsm-description-annexe2');
    expect(first('la définition du CLS dans la plaquette, à mettre dans un courrier')).toBe(
      'cls-outil-souple',
    );
    // The leaflet is written for the élus: a CLS explained "pour mon maire" is its CLS.
    const forMayor = engine.ask("c'est quoi un CLS, en deux mots pour mon maire ?");
    expect(forMayor.entries[0]).toBe('cls-outil-souple');
    expect(forMayor.citations[0]?.source).toBe('002_29b56df44670a6a0.txt');
    // Asked with something else, it is not a definition.
    expect(first("qu'est-ce que l'instruction de 2025 attend des ARS ?")).not.toMatch(
      /^definition/,
    );
  });

  it('reads a place in a text ("le point 3 de l\'annexe 1", "annexe 1, point 6") as where to look, not as what is asked', () => {
    expect(
      engine.ask("selon le point 3 de l'annexe 1, quels territoires faut-il privilegier ?")
        .entries[0],
    ).toBe('perimetre-territoires-fragilises');
    expect(engine.ask('annexe 1, point 6 : qui devrait cofinancer le clsm ?').entries[0]).toBe(
      'financement-cofinancement-tripartite',
    );
    // The place is in the 2025 text's annex: that text still answers, not the 2023 one's rule.
    expect(
      engine.ask("le point 4 de l'annexe 1 dit quoi sur la composition du copil ?").entries[0],
    ).toBe('copil-composition-minimale');
  });

  it('gives no national count for a department, however the count is asked, nor a list of its CLSM', () => {
    for (const q of [
      'quelle est la liste des CLSM labellisés en Occitanie ?',
      'combien de CLSM dans le Gers ?',
      'combien y a-t-il de clsm dans le gard ?',
      'il y a combien de CLSM en Occitanie ?',
      'combien de nouveaux CLSM voient le jour chaque année en Occitanie ?',
      // The things counted named before, by "en".
      "une vingtaine par an en France, et en Occitanie il s'en crée combien ?",
      'un clsm couvre quelle population moyenne dans le tarn ?',
    ])
      expect(engine.ask(q).outcome).toBe('abstain');
    expect(engine.ask('combien de CLSM en France en 2024 ?').text).toMatch(/280/);
    // A threshold asked beside a place told is no count of that place.
    expect(
      engine.ask(
        "notre departement est rural : le ref national fixe-t-il un nombre d'habitants minimum pour un clsm ?",
      ).entries[0],
    ).toBe('perimetre-pas-de-seuil');
    expect(engine.ask('un clsm couvre quelle population moyenne en france ?').text).toMatch(
      /107 000/,
    );
  });

  it('answers whether an item is in a list with the list, saying when the text does not name it', () => {
    const absent = engine.ask(
      'La charte de partenariat fait-elle partie des pièces exigées dans le dossier de labellisation CLSM ?',
    );
    expect(absent.outcome).toBe('answer');
    expect(absent.entries[0]).toBe('dossier-pieces');
    expect(absent.text).toMatch(/^Le texte ne nomme pas « la charte de partenariat » sur ce point/);
    const payer = engine.ask(
      'la cpam fait elle partie du cofinancement tripartite que recommande le referentiel national ?',
    );
    expect(payer.entries[0]).toBe('financement-cofinancement-tripartite');
    expect(payer.text).toMatch(/ne nomme pas « la cpam »/);
    // Named by the text: the list alone, no such line.
    const present = engine.ask("l'ARS fait-elle partie du cofinancement tripartite ?");
    expect(present.entries[0]).toBe('financement-cofinancement-tripartite');
    expect(present.text).not.toMatch(/ne nomme pas/);
    // Named by its acronym's expansion: "la dd ars" is the "délégation départementale de l'ARS".
    const shorthand = engine.ask('la dd ars fait partie des instances du clsm en occitanie ?');
    expect(shorthand.entries[0]).toBe('gouvernance-ddars-membre-de-droit');
    expect(shorthand.text).not.toMatch(/ne nomme pas/);
  });

  it('reads "sur quelle période… s’étaler" as how long, in a question that asks two things', () => {
    const a = engine.ask(
      'le cdc occitanie donne combien d’objectifs stratégiques au clsm ? et son programme d’actions s’étale sur quelle période ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries.slice(0, 2)).toEqual([
      'objectifs-cinq-strategiques-occitanie',
      'objectifs-programme-cinq-ans',
    ]);
  });

  it('checks a figure the question puts forward against the one the text gives', () => {
    const a = engine.ask("un CLS de 3 ans c'est possible ou la durée est fixe ?");
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/5 ans/);
    // A cadence without a number settles a number put forward too.
    const cotech = engine.ask('le cotech du clsm en occitanie se reunit 4 fois par an, non ?');
    expect(cotech.entries[0]).toBe('cotech-frequence');
    expect(cotech.text).toMatch(/autant que de besoin/);
  });

  it('gives a figure only for the year it is of, even a year told before the question', () => {
    expect(engine.ask("en 2018, un CLSM couvrait en moyenne combien d'habitants ?").outcome).toBe(
      'abstain',
    );
    expect(engine.ask("un CLSM couvre en moyenne combien d'habitants ?").text).toMatch(/107 000/);
  });

  it('gives a figure only for the year it is of', () => {
    const a = engine.ask('Combien de CLSM existaient en France en 2015 ?');
    expect(a.outcome).toBe('abstain');
    expect(a.text).not.toMatch(/280/);
    // A text's own year names the text, however many words stand between them.
    const named = engine.ask(
      "Combien d'objectifs stratégiques le cahier des charges de l'ARS Occitanie de 2023 assigne-t-il à un CLSM ?",
    );
    expect(named.entries[0]).toBe('objectifs-cinq-strategiques-occitanie');
  });

  it('abstains on a point the texts do not settle, saying what they do say, cited', () => {
    const a = engine.ask('quel diplôme faut-il pour être coordonnateur de CLSM ?');
    expect(a.outcome).toBe('abstain');
    expect(a.abstained).toBe(true);
    expect(a.text).toMatch(/ne fixent ni diplôme ni profil/);
    expect(a.citations.length).toBeGreaterThan(0);
    // The same entry, asked for from a button, is shown as it is.
    expect(engine.answerEntry('coordinateur-profil')?.outcome).toBe('answer');
  });

  it('counts bodies only from an entry that counts them, and gives a person only by every word that says which', () => {
    expect(engine.ask('combien y a-t-il de PTSM en France ?').outcome).toBe('abstain');
    expect(engine.ask('combien de CLSM en France ?').text).toMatch(/280 CLSM/);
    expect(
      engine.ask('Qui est le référent santé mentale et psychiatrie au siège de l’ARS Occitanie ?')
        .outcome,
    ).toBe('abstain');
    expect(
      engine.analyse('mail de la référente régionale CLS à l’ARS Occitanie').candidates[0]?.entry
        .id,
    ).toBe('candidature-referente-regionale');
  });

  it('reads "porter sur" as what something is about, not as a "porteur"', () => {
    const ids = engine
      .analyse('sur quoi porte l’évaluation d’un CLSM ?')
      .candidates.map((c) => c.entry.id);
    expect(ids).not.toContain('labellisation-porteurs');
  });

  it('reads "tel que cité par" as the adjective, not as a telephone number asked', () => {
    const a = engine.ask(
      'Que prévoit le décret de juillet 2017 relatif au PTSM au sujet des CLSM, tel que cité par le cahier des charges Occitanie ?',
    );
    expect(a.entries[0]).toBe('cadre-decret-2017-ptsm');
    expect(engine.ask('quel est le tel de la coordo du clsm ?').outcome).toBe('abstain');
  });

  it('answers the rhythm "attendu" of each body asked, even as "les deux" named before', () => {
    for (const q of [
      "selon le ref national 2025 c'est quoi le rythme attendu pour le copil et la pleniere ?",
      "notre copil se reunit 1 fois par an et la pleniere jamais... selon le ref national 2025 c'est quoi le rythme attendu pour les deux ?",
    ]) {
      const a = engine.ask(q);
      expect(a.outcome).toBe('answer');
      expect(a.text).toMatch(/COPIL\) se réunit deux fois par an/);
      expect(a.text).toMatch(
        /plénière, elle, se réunit une fois par an|plénière se réunit une fois par an/,
      );
    }
  });

  it('answers a yes/no ask joined by "et il doit", past the asker\'s own situation told first', () => {
    const a = engine.ask(
      'je vais recruter un coordo clsm, le referentiel national recommande quel temps de travail et il doit suivre une formation ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries.slice(0, 2)).toEqual([
      'coordinateur-temps-plein',
      'coordinateur-formation-nationale',
    ]);
  });

  it('answers a belief told to be confirmed with the rule the text gives', () => {
    const years = engine.ask(
      "en occitanie, la labellisation ars d'un clsm vaut pour 3 ans renouvelables, je me trompe ?",
    );
    expect(years.outcome).toBe('answer');
    expect(years.text).toMatch(/sur la durée du CLS/);
    const training = engine.ask(
      "bjr, je viens d'etre recrutée coordo clsm dans un ch, j'ai cru comprendre que la formation des coordos est facultative et organisée par l'ars, je me trompe ?",
    );
    expect(training.entries[0]).toBe('coordinateur-formation-nationale');
    // A figure put forward is checked against the text's.
    const plenary = engine.ask(
      "on m'a dit que d'apres le ref national la pleniere du clsm c'est 2 fois par an, c'est vrai ?",
    );
    expect(plenary.text).toMatch(/plénière(?:, elle,)? se réunit une fois par an/);
    expect(engine.ask("la labellisation vaut pour 3 ans, j'ai bon ?").text).toMatch(
      /sur la durée du CLS/,
    );
  });

  it('answers a question dictated to a phone: fillers, letters spelled out, a word corrected', () => {
    const asked = [
      [
        "oui bonjour c'est pour savoir le copile il se réunit combien de fois par an enfin selon le référentiel national",
        'copil-frequence',
      ],
      [
        "du coup la plénière non pardon le copil qui doit y être au minimum d'après le ref national",
        'copil-composition-minimale',
      ],
      [
        "bonjour euh est-ce que le clsm c'est obligatoire enfin je veux dire on est obligé d'en faire un",
        'comparaison-obligatoire',
      ],
      ['euh la d d a r s elle siège au copil du c l s m ?', 'copil-acteurs-cles'],
    ];
    for (const [q, id] of asked) expect(engine.ask(q ?? '').entries[0]).toBe(id);
  });

  it('reads a short question of its own, after a situation told, without the sentences before', () => {
    const q =
      "Le CLS de notre communauté de communes a été signé en 2022 et nous souhaitons candidater à la labellisation CLSM auprès de l'ARS Occitanie.\nQuelles pièces faut-il joindre au dossier ?";
    expect(engine.analyse(q).parts.focus).toBe('Quelles pièces faut-il joindre au dossier');
    expect(engine.ask(q).entries[0]).toBe('dossier-pieces');
    // One leaning on what the sentence before names takes it in.
    expect(
      engine.analyse(
        "Un collègue parle de trois objectifs stratégiques dans le cahier des charges d'Occitanie. Combien en compte-t-il ?",
      ).parts.focus,
    ).toMatch(/objectifs strat/);
  });

  it('reads "l\'instruction DGS" as the text named, while the DGS asked about stays asked', () => {
    const a = engine.ask(
      "le ptsm il a combien de priorites selon l'instruction dgs 2025 ? on veut caler notre programme dessus",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('ptsm-six-priorites');
    expect(engine.ask('Budget 2025 de la DGS pour les CLSM ?').outcome).toBe('abstain');
  });

  it('reads "tous les combien de temps" as how often, not how long', () => {
    for (const q of [
      'le copil on le reunit tous les combien de temps ?',
      "la pleniere c'est tt les cb de tps selon le ref national ?",
    ]) {
      const a = engine.ask(q);
      expect(a.outcome).toBe('answer');
      expect(a.text).toMatch(/une fois par an|deux fois par an/);
    }
  });

  it('checks a thing the asker plans against the list asked ("…, ça rentre dedans ?"), saying the text does not name it', () => {
    const a = engine.ask(
      "ref national clsm : c'est quoi les objectifs operationnels ? on voudrait faire un annuaire des ressources du territoire, ca rentre dedans ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('objectifs-operationnels-national');
    expect(a.text).toMatch(/^Le texte ne nomme pas « un annuaire des ressources du territoire »/);
    expect(a.text).toMatch(/recenser, valoriser et communiquer sur les ressources locales/i);
  });

  it('gives the ceiling of a population spelled out in words', () => {
    const a = engine.ask(
      'euh oui bonjour l a r s elle finance combien pour un clsm de trente mille habitants',
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/30 000 habitants, le plafond du financement ARS est de 8 000 €/);
  });

  it('answers each of two asks when the first stands, by a pronoun, for the situation told before it', () => {
    const a = engine.ask(
      "on voudrait deposer la candidature de labellisation, a qui on l'envoie et y a une date limite ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries.slice(0, 2)).toEqual(['candidature-qui-depose', 'candidature-date-depot']);
  });

  it('reads an elision typed glued to a known word ("dengagement"), not a word that merely starts so', () => {
    const glued = engine.ask(
      'si notre projet clsm est cosigné par le CH et lunafam on doit qd meme fournir les lettres dengagement',
    );
    expect(glued.outcome).toBe('answer');
    expect(glued.entries[0]).toBe('dossier-lettres-engagement');
    const whole = engine.ask(
      'Pourquoi le référentiel 2018 insiste-t-il pour centrer le CLS sur les élus ?',
    );
    expect(whole.entries[0]).toBe('cls-territoire-centre-elus');
  });

  it('reads a question restated "autrement dit" as the question it restates', () => {
    const a = engine.ask(
      "L'instruction ministérielle de 2025 sur les CLSM est-elle juridiquement opposable ? Autrement dit, sommes-nous tenus de l'appliquer à la lettre ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('instruction-2025-statut-juridique');
  });

  it('prefers, of two entries scored alike, the one holding every word asked', () => {
    // The text's call for candidates and the labelling's scope score alike; only the latter
    // says whether an existing CLSM may still apply.
    const a = engine.ask(
      "Un maire m'écrit : « notre CLSM existe depuis 2015, peut-il encore être labellisé ou c'est réservé aux nouveaux ? » Que répondre d'après le cahier des charges ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('labellisation-demandes-concernees');
  });

  it('reads "(celui d\'avant 2015)" as dating the old text, not a figure asked of 2015', () => {
    const a = engine.ask(
      "dans l'ancien cahier des charges (celui d'avant 2015), combien de missions avait le CLSM ?",
    );
    expect(a.entries[0]).toBe('historique-missions-clsm');
    expect(a.text).toMatch(/trois missions/);
  });

  it('reads the coordinator\'s "rémunération" as a pay no text gives, not the participants\' retribution', () => {
    for (const q of [
      'Quelle est la rémunération versée à un coordonnateur de CLSM ?',
      'on doit rémunérer le coordo clsm à quel niveau ?',
    ])
      expect(engine.ask(q).outcome).toBe('abstain');
    // The people who take part may be paid from the funding, says the national text.
    expect(
      engine.ask('le budget du clsm peut-il servir à rémunérer les usagers qui participent ?')
        .entries[0],
    ).toBe('participation-retribution-financement');
  });

  it('answers from the text named in the sentence that asks, not the old one told before it', () => {
    const a = engine.ask(
      "L'ancien cdc de l'ARS prévoyait déjà une plénière. Dans l'instruction de 2025, à quel rythme cette instance doit-elle se tenir ?",
    );
    expect(a.entries[0]).toBe('pleniere-frequence');
    expect(a.citations[0]?.source).toBe('003_cc92af99d410d381.txt');
  });

  it('reads a text\'s day and month ("l\'instruction du 13 mai 2025") as naming it, not as what is asked', () => {
    expect(
      engine.ask("Selon l'instruction du 13 mai 2025, qui est censé financer un CLSM ?").entries[0],
    ).toBe('financement-cofinancement-tripartite');
    // Asked for its date, the text still gives it.
    expect(engine.ask("l'instruction clsm date de quand ?").text).toMatch(/13 mai 2025/);
  });

  it('reads "à la réunion" after the asker as the island only there, not a meeting named', () => {
    expect(
      engine.ask('on se retrouve a la reunion du copil, il doit se tenir combien de fois par an ?')
        .entries[0],
    ).toBe('copil-frequence');
  });

  it('reads "le référentiel pousse vers…" as asking what the text leans to', () => {
    const a = engine.ask(
      "la coordo est financée à 100 % par la commune aujourd'hui, le référentiel national pousse vers quel montage ?",
    );
    expect(a.entries[0]).toBe('financement-cofinancement-tripartite');
  });

  it('reads "rentre dans un CLS" as the CLS condition on ARS funding', () => {
    const a = engine.ask(
      "on nous dit que l'ars ne finance un clsm que s'il rentre dans un cls, c'est vrai ?",
    );
    expect(a.entries[0]).toBe('financement-condition-cls');
    expect(a.text).toMatch(/s'intègre dans la démarche du CLS/);
  });

  it('reads a quoted claim, cited from an old text, as what "est-ce toujours exact ?" asks', () => {
    const a = engine.ask(
      "Un élu me cite l'ancien cahier des charges de 2012 : « Aucun dispositif législatif et réglementaire n'encadre les CLSM ». Est-ce toujours exact d'après l'instruction de mai 2025 ?",
    );
    // The 2025 instruction's answer: the CLSM are recognised in law since 2016.
    expect(a.entries[0]).toBe('cadre-reconnaissance-juridique-2016');
    expect(a.text).toMatch(/reconnus juridiquement/);
  });

  it('answers each thing asked when no entry holds the whole question', () => {
    const a = engine.ask(
      "D'après le référentiel 2018, combien faut-il de signataires au minimum pour un CLS, et a-t-on intérêt à en avoir plus ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/au minimum 2 signataires/);
    expect(a.text).toMatch(/plus ils sont nombreux/);
  });

  it('reads "avant qu\'il soit validé" as a moment, not as asking what an old text said', () => {
    const a = engine.ask(
      "le PTSM du département voudrait qu'on déploie ses actions sur notre territoire, on est obligés de tout reprendre ? et on doit donner notre avis sur le PTSM avant qu'il soit validé ?",
    );
    expect(a.outcome).toBe('answer');
    expect(a.text).toMatch(/en accord avec leurs propres priorités/);
    expect(a.text).toMatch(/avant sa validation/);
  });

  it('does not let who passed the question on decide what it is about', () => {
    // "le maire me pose la question :" before a short ask: the maire is not asked about.
    const short = engine.ask('le maire me pose la question : PTSM combien de priorites ?');
    expect(short.outcome).toBe('answer');
    expect(short.text).toMatch(/six priorités/);
    // "la DD" of the colleague who forwards it is not the DD's role in the labelling.
    const plain = engine.ask("qui peut porter un clsm labellise par l'ars occitanie ?");
    const relayed = engine.ask(
      "question d'une collegue de la dd : qui peut porter un clsm labellise par l'ars occitanie ?",
    );
    expect(relayed.entries[0]).toBe(plain.entries[0]);
    expect(relayed.entries[0]).toBe('labellisation-porteurs');
  });

  it('does not search for who asks, unless what is asked is about them', () => {
    // "je suis coordinatrice d'un CLSM intercommunal" is not what is asked about.
    const introduced = engine.ask(
      "bonjour, je suis coordinatrice d'un clsm intercommunal depuis peu. c'est qui qui a ecrit le referentiel national clsm ?",
    );
    expect(introduced.entries[0]).toBe('referentiel-national-elaboration');
    // A police officer asking whether the police has its place: who asks is what is asked.
    const own = engine.ask(
      'je suis commandant de police dans une circonscription. la police a sa place dans un conseil local de sante mentale ?',
    );
    expect(own.entries[0]).toBe('comparaison-acteurs-clsm');
    expect(own.text).toMatch(/police/);
  });

  it('reads "il fallait" as it reads "il faut", and "je me trompe ?" as a belief to check', () => {
    const a = engine.ask(
      "salut, pour notre clsm on m'a dit qu'il fallait caler 3 copil par an minimum d'apres le ref 2025, c'est bien ça ?",
    );
    expect(a.entries[0]).toBe('copil-frequence');
    expect(a.text).toMatch(/deux fois par an/);
    // The tag asks to confirm; it is not a word the answer must hold.
    expect(
      engine.analyse('le copil se reunit deux fois par an, je me trompe ?').askedTerms,
    ).not.toContain('tromp');
  });

  it('reads "je crois me souvenir que" as a belief and "pouvez-vous confirmer ?" as asking to check it', () => {
    const a = engine.ask(
      "Dans l'ancien cahier des charges (vers 2012), je crois me souvenir que c'était la commune qui employait le coordonnateur. Pouvez-vous confirmer ?",
    );
    expect(a.entries[0]).toBe('historique-coordonnateur-employeur');
    // "si j'ai bien suivi", "serait", "également": how the asker talks, not what about.
    expect(
      engine.analyse("si j'ai bien suivi, le clsm serait également facultatif ?").askedTerms,
    ).toEqual(['clsm', 'facult']);
    // "à la carte" is left to each, not the charter a letter away.
    expect(engine.analyse("le reste du copil c'est à la carte ?").askedTerms).toContain('facult');
    expect(engine.analyse("le reste du copil c'est à la carte ?").askedTerms).not.toContain(
      'chart',
    );
  });

  it('reads "toujours" asked after an old text as "still", today\'s rule', () => {
    const a = engine.ask(
      'coucou, avant on avait une cellule cas complexes dans le clsm. en occitanie le clsm peut toujours traiter directement les situations individuelles ?',
    );
    expect(a.entries[0]).not.toMatch(/^historique-/);
    expect(a.citations[0]?.source).toMatch(/^000_/);
  });

  it('reads "ne met pas un euro" as funding nothing, not an amount asked', () => {
    const a = engine.ask(
      "si j'ai bien compris, en occitanie l'ars ne met pas un euro sur un clsm qui serait en dehors d'un cls ?",
    );
    expect(a.entries[0]).toBe('financement-condition-cls');
    expect(engine.analyse("l'ars ne verse pas un seul euro au clsm ?").facets).not.toContain(
      'montant',
    );
  });

  it('does not lean a short question naming its topic on the situation told before', () => {
    // Read with the engine's count of topic words: "ptsm", "valid" are two, under three.
    const read = engine.analyse('on prepare le dossier de notre clsm. le ptsm est valide par qui');
    expect(read.parts.focus).toBe('le ptsm est valide par qui');
    expect(read.askedTerms).not.toContain('doss');
    // A step of the labelling names it too.
    expect(
      engine.analyse(
        'notre cls a ete signe en 2021 avec la comcom. la labellisation vaut pour combien de temps',
      ).parts.focus,
    ).toBe('la labellisation vaut pour combien de temps');
  });

  it("reads words typed as a search after the asker's situation as what is asked", () => {
    const a = engine.ask(
      'notre cls a ete signe en 2021 avec la comcom. plafonds de financement des clsm',
    );
    expect(a.entries[0]).toBe('financement-plafonds');
    expect(a.text).toMatch(/€/);
  });

  it('reads more ways of passing a question on as who asks, not what is asked', () => {
    const alone = engine.ask('qui preside le copil ?').entries[0];
    for (const lead of [
      'mail recu de la mairie : ',
      "je relaie une question d'un elu : ",
      "pour info je suis a l'ars. ",
    ]) {
      const a = engine.ask(`${lead}qui preside le copil ?`);
      expect(a.outcome).toBe('answer');
      expect(a.entries[0]).toBe(alone);
    }
    // Before two asks, each is still answered in its order.
    const two = engine.ask(
      "mail recu de la mairie : cb d'objectifs strategiques pour un clsm labellise en occitanie ? et le programme d'actions s'etale sur combien d'annees ?",
    );
    expect(two.entries.slice(0, 2)).toEqual([
      'objectifs-cinq-strategiques-occitanie',
      'objectifs-programme-cinq-ans',
    ]);
  });

  it('reads who the asker is as what is asked when they ask whether a text applies to them', () => {
    const a = engine.ask(
      'bjr, je suis coordo dans un clsm en guyane, est ce que le ref national 2025 vaut aussi pour nous ?',
    );
    expect(a.entries[0]).toBe('instruction-2025-outre-mer');
    // The Occitanie cahier des charges is not made theirs by the national text's overseas note.
    const regional = engine.ask(
      'je suis coordo en guadeloupe, le cahier des charges occitanie s’applique chez nous ?',
    );
    expect(regional.entries).not.toContain('instruction-2025-outre-mer');
  });

  it('reads an alternative asked after a question ("ou s’agit-il de …") with that question', () => {
    const a = engine.ask(
      'le référentiel national s’impose-t-il aux collectivités, ou s’agit-il de simples recommandations ?',
    );
    expect(a.outcome).toBe('answer');
    expect(fullAnswerText(a)).toMatch(/opposable/i);
  });

  it('reads "le CLSM que nous lançons" as no topic, and an ask passed on as no bar to a definition', () => {
    const funded = engine.ask(
      'notre agglo n’a pas de CLS. peut-on quand même obtenir des crédits ARS pour le CLSM que nous lançons ?',
    );
    expect(funded.entries[0]).toBe('financement-condition-cls');
    const defined = engine.ask(
      'ma directrice me demande si le clsm doit avoir des statuts... c’est quoi au juste un clsm selon le referentiel ?',
    );
    expect(defined.entries[0]).toBe('definition-clsm-nationale');
    expect(defined.text).toMatch(/ni un contrat, ni une structure/);
  });

  it('reads "nous mettons en place" as the asker setting a body up, not as what is asked', () => {
    const a = engine.ask(
      'Nous mettons en place le comité technique de notre CLSM : qui est censé y siéger ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('cotech-composition');
  });

  it('reads the place a thing holds apart from "en place" (set up)', () => {
    // The mutualisation entry's "déjà en place" no longer answers where the CLSM stands.
    const placed = engine.ask(
      "Quelle place la plaquette CLS de l'ARS donne-t-elle au conseil local de santé mentale dans un contrat local de santé ?",
    );
    expect(placed.outcome).toBe('answer');
    expect(placed.entries[0]).toBe('cls-clsm-dispositif-privilegie');
  });

  it('reads a text that "renvoie à" something as where it points, not a topic', () => {
    const guide = engine.ask(
      'le référentiel de 2025 renvoie à un guide détaillé : il est dispo où ?',
    );
    expect(guide.outcome).toBe('answer');
    expect(guide.entries).toContain('referentiel-guide-detaille');
  });

  it('reads "des conséquences sur …" as a change asked of what follows', () => {
    const composed = engine.ask(
      'Le CLSM retient les personnes âgées comme priorité. Y a-t-il des conséquences sur la composition du comité de pilotage ?',
    );
    expect(composed.outcome).toBe('answer');
    expect(composed.entries[0]).toBe('copil-composition-adaptee-priorites');
  });

  it('reads "il manque …" as asking what is missing from a list the texts give', () => {
    const body = engine.ask(
      'on a juste un copil et des groupes de travail, d’après le référentiel national il nous manque une instance ?',
    );
    expect(body.outcome).toBe('answer');
    expect(body.entries[0]).toBe('instances-trois-national');
    const members = engine.ask(
      'notre copil a le maire et la ddars, il manque qui d’après le ref national pour la composition minimale ?',
    );
    expect(members.entries[0]).toBe('copil-composition-minimale');
  });

  it('reads "pour qu’ils ne se marchent pas dessus" as how two schemes fit together', () => {
    const a = engine.ask(
      'cls et clsm sur la meme comcom, comment faire pour qu’ils se marchent pas dessus d’apres le referentiel national ?',
    );
    expect(a.entries[0]).toBe('articulation-cls-preconisations');
  });

  it('says the texts give no time limit when one is asked of a law that sets none', () => {
    // The 3DS law's entries give its date, not a deadline for CLS signed before it.
    expect(
      engine.ask(
        'la loi 3DS impose un volet santé mentale aux CLS : on a jusqu’à quand pour l’ajouter au nôtre ?',
      ).outcome,
    ).toBe('abstain');
    // The labelling deadline is stated ("au fil de l'eau"): it still answers.
    expect(engine.ask('jusqu’à quand peut-on déposer une candidature de label ?').entries[0]).toBe(
      'candidature-date-depot',
    );
  });

  it('says the texts do not answer where a meeting is held, not how often it meets', () => {
    for (const q of [
      'c’est vrai que la plénière doit se tenir en mairie ?',
      'où doit se réunir le COPIL du CLSM ?',
    ]) {
      const a = engine.ask(q);
      expect(a.outcome, q).toBe('abstain');
    }
    // Its cadence, asked with it, is still answered.
    expect(engine.ask('le copil se réunit-il en mairie deux fois par an ?').outcome).toBe('answer');
  });

  it('answers an old rule checked against today’s text with today’s rule on the same point', () => {
    // The 2012 evaluation every two years: today's cadence is the annual and 5-year reports.
    const a = engine.ask(
      'en 2012 on evaluait le clsm tous les 2 ans, c’est encore le cas avec le cdc occitanie ?',
    );
    expect(a.entries[0]).toBe('evaluation-bilan-annuel');
    expect(a.text).toMatch(/bilan annuel synthétique/);
  });

  it('reads the old text’s figures, told to be checked against today’s, as not what is asked', () => {
    const a = engine.ask(
      'dans le vieux cdc de 2012 y avait 4 objectifs strategiques. le ref national de 2025 il en fixe combien ?',
    );
    expect(a.entries[0]).toBe('objectifs-specifiques-national');
  });

  it('says the texts do not foresee signing the charter again, rather than giving the charter', () => {
    // "refaire signer": a step taken again, which no text foresees.
    const a = engine.ask('nouveau maire en mars : doit-on refaire signer la charte du clsm ?');
    expect(a.outcome).toBe('abstain');
    expect(engine.ask('qui signe la charte du clsm ?').entries[0]).toBe(
      'definition-charte-convention',
    );
  });

  it('reads "le renouveler à la fin" as renewal, "à la fin" being when it happens', () => {
    const a = engine.ask(
      'un cls en occitanie, c’est pour combien de temps ? et ça se renouvelle à la fin ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('cls-duree');
  });

  it('reads "le job du coordo" as his role, and "d’autres" unnamed as no topic', () => {
    const a = engine.ask(
      'animer le cls, c’est le job du coordo seul ou c’est partagé avec d’autres ?',
    );
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toBe('cls-equipe-animation');
    expect(a.text).toMatch(/animation partagée et non déléguée/);
  });

  it('reads a bracketed "(celui de …)" as saying which text, neither asked nor told', () => {
    const a = engine.ask(
      'Dans le vieux cdc (celui de l’appel à projets évalué fin 2014), qui employait le coordo ?',
    );
    expect(a.entries).toEqual(['historique-coordonnateur-employeur']);
  });

  it('says the texts do not give a form’s number asked after the question', () => {
    const a = engine.ask(
      'le cdc demande un cerfa pour financer les actions du clsm, lequel ? le numéro svp',
    );
    expect(a.outcome).toBe('abstain');
    expect(engine.ask('quel cerfa pour financer les actions du clsm ?').entries[0]).toBe(
      'dossier-cerfa-actions',
    );
  });

  it('abstains on who sits in another scheme’s body, the asker’s doubt told after', () => {
    const a = engine.ask(
      'le conseil territorial de santé, qui siège dedans ? le référentiel CLS en parle mais je sais pas comment il est composé',
    );
    expect(a.outcome).toBe('abstain');
  });

  it('abstains on how long a contrat de ville lasts: not the CLS’s duration', () => {
    const a = engine.ask('Le contrat de ville de notre commune dure combien de temps ?');
    expect(a.outcome).toBe('abstain');
  });

  it('reads "en principe" and "qqchose" as asking nothing of their own', () => {
    expect(
      engine.ask(
        'on met en place le cotech du cls, il est composé de qui en principe d’après le référentiel cls 2018 ?',
      ).entries[0],
    ).toBe('cls-cotech-missions');
    expect(
      engine.ask('au copil y a un pharmacien, il siège à titre perso ou il représente qqchose ?')
        .entries[0],
    ).toBe('copil-membres-representants');
  });

  // Words that name no topic, and texts named in other words: the entry each question rests on.
  it.each([
    // "sur quels aspects": the items asked, not a topic.
    [
      'd’après le référentiel national, l’évaluation d’un clsm porte sur quels aspects ?',
      'evaluation-referentiel-evaluation',
    ],
    // "notre futur CLSM": the asker's project told, not a topic.
    [
      'le plan d’actions de notre futur clsm peut-il couvrir plusieurs années d’après le cdc régional ?',
      'objectifs-programme-cinq-ans',
    ],
    // "les petits groupes par thème": the thematic working groups.
    [
      'les petits groupes par thème du clsm, ils se voient à quel rythme ?',
      'groupes-travail-frequence',
    ],
    // "le premier cahier des charges": the old text, asked.
    [
      'du temps du premier cahier des charges, le coordo de l’atelier santé ville avait quelle place au clsm ?',
      'historique-politique-ville',
    ],
    // The Occitanie cahier des charges, named in full in the sentence that asks, is asked.
    [
      'La plaquette CLS dit que l’ARS paie le coordo CLS à parts égales avec la commune. Dans le cahier des charges de labellisation en Occitanie, cette parité vaut aussi pour la coordination du CLSM ?',
      'financement-pas-de-parite',
    ],
    // "de temps en temps": how often, loosely, names no topic.
    [
      "Le coordonnateur d'un CLSM labellisé me demande si la délégation départementale doit siéger dans ses instances ou seulement y venir de temps en temps. Qu'en est-il ?",
      'gouvernance-ddars-membre-de-droit',
    ],
    // "chacune de ces deux instances": the bodies told before are asked.
    [
      'Lors de la réunion, nos partenaires mélangeaient COPIL et COTECH. Selon le référentiel CLS 2018, quelle est la fonction de chacune de ces deux instances ?',
      'cls-niveaux-gouvernance',
    ],
    // What a body is, asked of the Occitanie cahier des charges by name: that text's definition.
    ['c quoi un clsm pour le cdc de labellisation occitanie ?', 'definition-clsm-occitanie'],
    // A text's definition asked by that word ("définit"), after a story told.
    [
      'notre adjointe veut faire du clsm une association avec statuts et bureau pour avoir des subventions... le ref national définit le clsm comment au juste ?',
      'definition-clsm-nationale',
    ],
    // An entry matching only the aside told (the call for projects "évalué fin 2014") leads by
    // less than a fifth the one titled on what is asked, the coordinator's training.
    [
      "Dans l'ancien cahier des charges CLSM (l'appel à projets évalué fin 2014), que disait-on de la formation du coordonnateur ?",
      'historique-coordonnateur-competences-formation',
    ],
    // A claim passed on is what "est-ce" asks about, though "notre maire" opens its clause.
    [
      "Notre maire soutient qu'il faut une lettre d'engagement signée par chaque partenaire même si tous ont cosigné le projet. Est-ce vraiment obligatoire selon le cahier des charges d'Occitanie ?",
      'dossier-lettres-engagement-cosignature',
    ],
    // Which text is meant, in brackets, with a comma: neither asked nor a clause of its own.
    [
      "dans le vieux cahier des charges clsm (celui de l'appel a projets, abandonné depuis), qui employait le coordonnateur ?",
      'historique-coordonnateur-employeur',
    ],
    // "tenus de": bound to, an obligation.
    [
      'La DD prépare le PTSM. Sommes-nous tenus de consulter les CLSM, et à quel moment ?',
      'cadre-avis-clsm-ptsm',
    ],
    ['un cls c’est reconductible après 5 ans ?', 'cls-duree'],
    [
      'notre clsm a peu de moyens, peut-on laisser tomber une partie des objectifs du referentiel national ?',
      'objectifs-preconisation-specificites-territoriales',
    ],
    [
      'les élus se demandent si un coordo est indispensable pour faire vivre un cls',
      'cls-coordinateur-condition-critique',
    ],
    // A section of the dossier named by its topic: that topic, not the dossier's pieces.
    [
      'pour la partie calendrier du dossier de labellisation, qu’est-ce qu’on y met ?',
      'dossier-calendrier',
    ],
    // The CLSM's chair asked of no text: the national frame's, not the Occitanie COPIL's.
    ["qui chapeaute le clsm ? le maire ou l'hopital ?", 'clsm-presidence-national'],
    // A collectivity's DGS tells who asks; "que puis-je lui répondre" asks nothing more.
    [
      'je suis DGS d’une agglo, notre président veut savoir combien l’ARS prend en charge pour le poste de coordo CLS. que puis-je lui répondre ?',
      'financement-coordonnateur-cls-parite',
    ],
  ])('rests "%s" on %s', (q, id) => expect(engine.ask(q).entries[0]).toBe(id));

  it('reads a claim passed on as what "est-ce" asks about', () => {
    // "mon chef me dit…" opens like the asker's own situation, which "est-ce" never stands for:
    // the claim was left in the preamble.
    const q =
      "Nos partenaires ont tous cosigné le projet de CLSM. Mon chef me dit qu'il faut quand même une lettre d'engagement de chacun. Est-ce vraiment nécessaire d'après le cahier des charges ?";
    expect(engine.analyse(q).parts.focus).toMatch(/lettre d'engagement de chacun, Est-ce/);
  });

  it('reads a letter "récupérée" for the dossier as a piece to provide', () => {
    // "récupérer" matched nothing, and the cosigned project's exception went unanswered.
    const a = engine.ask(
      "tous nos partenaires ont cosigné le projet de clsm mais le DGS veut quand même récupérer des lettres d'engagement. c'est nécessaire d'après le cahier des charges ?",
    );
    expect(a.entries.slice(0, 2)).toContain('dossier-lettres-engagement');
    expect(a.text).toContain("les lettres d'engagement ne seront pas demandées");
    // Money taken back is no piece of a dossier: the texts say nothing of it.
    expect(
      engine.ask("si le cls s'arrête avant 5 ans, l'ars récupère-t-elle les fonds versés ?")
        .outcome,
    ).toBe('abstain');
  });

  it('reads "c\'est écrit où ?" as asking the texts, and "au-delà de participer" as besides', () => {
    const asked = engine.analyse(
      "au-delà de contribuer au ptsm, un clsm doit-il le faire connaître à l'échelon local ? c'est écrit où ?",
    ).askedTerms;
    expect(asked).not.toContain('ecrit');
    expect(asked).not.toContain('del');
    expect(engine.analyse('au-delà de 300 000 habitants, quel plafond ?').askedTerms).toContain(
      'del',
    );
  });

  it('reads "telle que la décrit le référentiel" and "sur quels aspects" as asking the text', () => {
    // Both were words no entry has: the evaluation's three aspects went unanswered.
    expect(
      engine.ask(
        'Sur quels aspects porte l’évaluation du CLSM, telle que la décrit le référentiel national ?',
      ).entries[0],
    ).toBe('evaluation-referentiel-evaluation');
  });

  it('reads an old text named again between commas ("celui dont…") as which one, not as asked', () => {
    // The aside's "expérimentation … évaluée fin 2014" led to that experiment's entry.
    expect(
      engine.ask(
        "Que disait l'ancien cahier des charges, celui de l'expérimentation évaluée fin 2014, sur l'employeur du coordonnateur ?",
      ).entries[0],
    ).toBe('historique-coordonnateur-employeur');
  });

  it("answers taking part in another body's work from an entry naming that work", () => {
    // The CTS is asked of only by entries titled on it; none is, so the question abstained
    // though the CLS coordinator's entry says he contributes to its work.
    expect(
      engine.ask(
        'coordo cls ici : participer aux travaux du conseil territorial de santé, ça fait partie de mes missions ?',
      ).entries[0],
    ).toBe('cls-coordinateur-referent-animation');
    // What the CTS is, or who presides it, is still not in the texts.
    expect(engine.ask('qui préside le conseil territorial de santé ?').outcome).toBe('abstain');
  });

  it('reads "c\'est pour une comcom qui…" after the question as whom it is for', () => {
    // Read as part of what is asked, its words sank the dossier's pieces into an abstention.
    expect(
      engine.ask(
        'quelles pièces mettre dans le dossier de labellisation clsm ? c’est pour une petite comcom qui découvre tout',
      ).entries[0],
    ).toBe('dossier-pieces');
  });

  it('finds the CLSMs\' opinion on a PTSM "en refonte", and what an activity follow-up records', () => {
    expect(
      engine.ask(
        'ptsm en cours de refonte, les clsm doivent donner leur avis avant la validation ?',
      ).entries[0],
    ).toBe('cadre-avis-clsm-ptsm');
    expect(
      engine.ask(
        'pour le suivi d’activité du clsm, quelles données relever d’après le référentiel national ?',
      ).entries[0],
    ).toBe('evaluation-referentiel-suivi-activite');
  });

  it('reads a text named after the question ("? ce que dit le cdc régional") as where to look', () => {
    // Read as the question itself, it left what was asked in the preamble.
    expect(
      engine.analyse(
        "en occitanie, l'ars peut-elle financer un clsm qui n'est rattaché à aucun cls ? ce que dit le cahier des charges régional",
      ).parts.focus,
    ).toMatch(/^en occitanie, l'ars peut-elle financer un clsm/);
  });

  it('reads "s\'y prendre avant" as earlier, not as what an old text said', () => {
    const q =
      "notre clsm démarre, l'évaluation on la fera dans 2 ou 3 ans, ou le ref dit qu'il faut s'y prendre avant ?";
    expect(engine.analyse(q).wantsHistory).toBe(false);
    expect(engine.ask(q).entries.filter((id) => id.startsWith('historique-'))).toEqual([]);
  });

  it('reads "d\'environ 2012" as an approximate year, not as the environment', () => {
    // "environ" shares its stem with "environnement": it sent the CLSM's own missions to the
    // coordinator's entry, one of whose ways of asking says "d'environ 2012".
    expect(
      engine.ask(
        "Quelles missions avait le CLSM selon le cahier des charges régional d'environ 2012 ?",
      ).entries[0],
    ).toBe('historique-missions-clsm');
  });

  it('reads "j\'ai le texte sous les yeux mais je ne trouve pas le passage" as no topic', () => {
    // Its words sank the coordinator's importance into an abstention.
    expect(
      engine.ask(
        "notre maire veut se passer de coordinateur pour le cls. j'ai le référentiel 2018 sous les yeux mais je ne trouve pas le passage, il dit quoi sur l'importance du coordo ?",
      ).entries[0],
    ).toBe('cls-coordinateur-condition-critique');
  });

  it('gives both critical conditions of a CLS that the 2018 text names, whichever leads', () => {
    const a = engine.ask(
      "quelles conditions critiques de réussite d'un CLS le référentiel de 2018 repère-t-il ?",
    );
    expect(fullAnswerText(a)).toMatch(/coordinateur/);
    expect(fullAnswerText(a)).toMatch(/centré sur les élus et non les institutions/);
  });

  it("names the delegation the candidature goes to in the regional text's own words", () => {
    const a = engine.ask(
      'on a notre cls signé depuis 2021 ; y a-t-il une date limite pour déposer la candidature de labellisation, et on l’adresse à qui ?',
    );
    expect(a.entries[0]).toBe('candidature-date-depot');
    expect(fullAnswerText(a)).toMatch(/Délégation départementale ARS du département concerné/);
  });

  it('abstains on deciding remotely, which no text speaks of', () => {
    // The roadmap's entry answered it, saying what the COPIL does with the roadmap.
    expect(
      engine.ask('la validation de la feuille de route peut-elle se faire à distance ?').outcome,
    ).toBe('abstain');
  });

  it('reads signatories "leaving" the CLS\'s running to its coordinator as delegating it', () => {
    expect(
      engine.ask("les signataires veulent laisser l'animation du cls au seul coordo, ça va ?")
        .entries[0],
    ).toBe('cls-equipe-animation');
  });

  it('reads "la lab" as the labelling, cut short', () => {
    const a = engine.ask("c'est pour la lab de notre clsm : on envoie le dossier à qui ?");
    expect(a.outcome).toBe('answer');
    expect(a.entries[0]).toMatch(/^candidature-/);
  });

  it('reads "est devenu obligatoire" as whether a rule binds now, not as a topic word', () => {
    // Its unmatched word split the national "obligatory or not" from the text's legal status.
    expect(
      engine.ask(
        "le préfet me demande si monter un CLSM est devenu obligatoire depuis l'instruction de 2025 : je lui réponds quoi ?",
      ).entries[0],
    ).toBe('comparaison-obligatoire');
  });

  it('reads "… et on l\'envoie à qui ?" after an ask as a second ask', () => {
    const a = engine.ask('le bilan du clsm, c’est quel rythme et on l’envoie à qui ?');
    expect(a.entries.slice(0, 2)).toEqual([
      'evaluation-bilan-annuel',
      'evaluation-bilan-diffusion',
    ]);
  });

  it('reads "ça couvre combien de monde" as a population', () => {
    // A count of "monde" no answer gave: it abstained.
    expect(engine.ask('un clsm, ça couvre combien de monde en moyenne ?').entries[0]).toBe(
      'perimetre-107000-habitants',
    );
  });

  it('reads "communauté de communes" as one intercommunality, not two topic words', () => {
    // Its two words outweighed what was asked of it.
    expect(
      engine.ask(
        "notre communauté de communes ne peut pas payer un coordonnateur à temps plein : le référentiel national l'exige-t-il ?",
      ).entries[0],
    ).toMatch(/^coordinateur-temps-(plein|adapte)$/);
  });

  it('gives the COPIL\'s members for "le comité de pilotage, il y a qui dedans ?", not the COTECH\'s', () => {
    expect(engine.ask('le comité de pilotage du clsm, il y a qui dedans ?').entries[0]).toBe(
      'copil-composition-minimale',
    );
  });

  it('finds the CLS perimeter for "quel choix de périmètre"', () => {
    expect(
      engine.ask('commune ou interco : quel choix de périmètre pour un cls ?').entries[0],
    ).toBe('cls-perimetre-intercommunalite');
  });

  it('reads ", pour ne pas être en faute…" after an ask passed on as why, not what', () => {
    expect(
      engine.ask(
        "Notre CLSM est labellisé depuis un an. Mon élu me demande quel document d'évaluation rendre et à quel rythme, pour ne pas être en faute vis-à-vis de la délégation. Que prévoit le cahier des charges ?",
      ).entries[0],
    ).toBe('evaluation-bilan-annuel');
  });

  it('reads "que la mairie ou il y a d\'autres financeurs ?" as one ask: only the mairie, or others', () => {
    // Split at its "ou", "que la mairie" was an ask no entry was sure of.
    expect(
      engine.ask(
        'au niveau national, qui doit financer le clsm ? que la mairie ou il y a d’autres financeurs prévus ?',
      ).entries,
    ).toEqual(['financement-cofinancement-tripartite']);
  });

  it('reads "je suis censée…" as what the asker ought to do, "je suis" asking nothing', () => {
    const a = engine.ask(
      'je suis censée rendre compte de mon activité aux signataires comment ? je suis coordo cls',
    );
    expect(a.entries[0]).toBe('cls-coordinateur-referent-territoire');
  });

  it('reads "le guide CLS de l\'ARS pour les élus" as the leaflet, and answers both its asks', () => {
    // "guide" and "élus" as topic words left the CLS's duration unsure: only the funding was
    // answered, half the question.
    expect(
      engine.ask(
        "dans le guide cls de l'ars pour les élus : un cls c'est pour combien de temps, et l'ars paie combien pour le coordo ?",
      ).entries,
    ).toEqual(['cls-duree', 'financement-coordonnateur-cls-parite']);
  });
});
