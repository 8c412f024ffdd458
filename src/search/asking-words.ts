/**
 * Words that say where to look or how to answer, not what about: the texts named ("le
 * référentiel", "l'ancien cdc", "la doc nationale"), the verbs of asking them ("que prévoit",
 * "d'après", "exige"), the era ("désormais", "le vieux texte") and chat verbs ("on met quoi",
 * "monter un CLSM"). An entry that has such a word gains from it; one that lacks it loses
 * nothing, so "que prévoit désormais le référentiel national sur ce point" is judged on what
 * it asks about. Words no text uses ("sanction", "quorum") are not here: they are what a
 * near-topic question the texts do not answer asks.
 */
export const ASKING_WORDS = [
  // The texts, named.
  'cahier charges cdc referentiel reference instruction circulaire texte textes document documents doc',
  'plaquette slides diapo diaporama tableau synthese national nationale nationaux niveau',
  'regional regionale ministere ministerielle',
  // Asking them.
  'selon apres prevoit prevoient prevoir prevu prevue prevus prevues dit disent fixe fixent fixer impose',
  'imposent imposer demande demandent demander exige exigent exiger exigee preconise',
  'attend attendent attendu attendue attendus attendues',
  'deconseille deconseillent deconseillee deconseiller',
  // "le ref national pousse vers quel montage ?": a text's leaning, asked as a ruling.
  'pousse poussent pousser',
  'preconisent preconiser indique indiquent preciser precise stipule mentionne mentionnent',
  // "l'évaluation telle que la décrit le référentiel": a text's description, asked of it; "sur
  // quels aspects porte…": which parts, asked.
  'decrit decrivent decrire aspect aspects',
  // "que recommande le cadre national ?": a text's advice, asked as its preconisation.
  'recommande recommandent recommander recommandee recommandes recommandees',
  // "c quoi la reco nationale ?": the same, in chat's short noun.
  'reco recos',
  'parle parlent cite citent retient retiennent attribue attribuent evoque evoquent',
  // "le ref national renvoie à un guide": where a text points, asked of it.
  'renvoie renvoient',
  'considere considerent entend qualifie qualifient caracterise caracterisent point vue sujet',
  'donne donnent donner',
  'figure figurent figurer parmi liste listes listee listees invite invitent situe situent',
  'enumere enumerent enumerer enumeres enumerees',
  // "les missions assignées au CLSM": the missions, asked in other words.
  'assigne assignee assignes assignees',
  'situer lors via travers titre type nature vocabulaire message messages slogan adjectif mot mots',
  // The era.
  'vieux vieil vieille ancien ancienne anciens desormais maintenant actuel actuelle',
  'actuellement nouveau nouvelle nouveaux nouvelles autrefois avant aujourd hui epoque origine',
  // "est-ce devenu une obligation avec l'instruction ?": the era, asked of a rule.
  'devenu devenue devenus devenues',
  // Chat verbs and fillers.
  'monter monte met mets mettre mettent mettons mettez trouve trouver trouvent joint joins jointe',
  // "faire tourner CLS et CLSM avec les mêmes instances": running them, in chat.
  'tourner tourne tournent',
  // "peut-on utiliser le budget pour…": what the money may pay is asked, not its use as such.
  'utiliser',
  // "quelle différence est faite entre…": made, said of the text's wording; "elle se faisait à
  // quel rythme": done, said of what the question names.
  'faite faites faisait faisaient',
  // "le CLSM que nous lançons", "notre futur CLSM": starting it, told.
  'lance lancer lancons lancez lancent lancee lancees futur future futurs futures',
  'general generale truc trucs qqch qqchose quelque chose coup cas vrai faux juste vient peu pres',
  // "il est composé de qui en principe ?": as a rule, asked.
  'principe',
  'dedans concretement sein voit voient vois',
  // "ça correspond à quoi ?": what a thing is, asked in other words.
  'correspond correspondent',
  // "on hésite entre…", "ça colle au référentiel ?", "ça rentre dedans ?", "la version 2025",
  // "chacun", "quelqu'un": the asker's doubt, a fit asked, a text named, anyone.
  'hesite hesitons hesitent colle collent rentre rentrent rentrer version versions chacun',
  'chacune quelqu',
  // "l'ARS a-t-elle vocation à financer…": whether it is meant to, asked.
  'vocation',
  // "la plaquette destinée aux élus", "ça a changé ?", "y aller": a text's reader, a change
  // asked, going. (Not "sortie", "joue", "depuis": each answered an out-of-scope question.)
  'destinee destine destines destinees change changent changer aller allons allez',
  // "une commune nous sollicite pour un financement": the asker asked, told.
  'sollicite sollicitent solliciter sollicitee sollicites',
  // "ya aucune lettre, c bloquant ?": whether a lack stops a thing, asked of a rule.
  'bloquant bloquante bloquants bloquantes',
  // "est-ce que cela a une conséquence sur la composition ?": a change asked, in other words.
  'consequence consequences',
  // "quelle conséquence le référentiel en tire-t-il ?": what a text draws from a thing, asked.
  'tire tirent tirer',
  // "le COPIL doit-il comprendre…", "comporte une action": what is included, asked in other
  // words.
  'comprendre comprend comprennent comporte comportent comporter inclure inclut incluent',
  // "combien d'objectifs spécifiques en découlent ?": what follows from a thing, asked.
  'decoule decoulent decouler',
  // "quels financeurs sont censés…": a duty, told in other words. (Not "contient": "quels
  // indicateurs contient le profil santé ?" then read as asked of the ORS's tools.)
  'cense censes censee censees',
  // "on fait un PTSM à quelle maille, d'habitude ?": what is usual, asked of what the texts say.
  'habitude habituellement',
  // "c'est confirmé ?", "il a raison ?": a claim told is checked.
  'confirme confirmer confirmez confirmee raison',
  // "je me trompe ?", "il me semble que…", "j'ai cru comprendre que…": a belief told, to be
  // checked. (Not "exact": "les missions exactes des communautés 360" asks for what no text
  // details.)
  'trompe trompes trompez semble semblait cru',
  // "c'est marqué quelque part qui préside ?": written in a text, asked.
  'marque marquee marques',
  // "0,5 ETP, c'est acceptable ?", "c'est conforme au référentiel ?", "c'est cohérent avec sa
  // définition ?", "c'est compatible avec le ref ?": a claim weighed.
  'acceptable acceptables conforme conformes valable valables admissible admissibles',
  'coherent coherente coherents coherentes compatible compatibles',
  // "c'est pareil ?", "côté DDARS", "ça suffit ?": a comparison, a point of view, a test asked.
  'pareil pareille pareils identique identiques cote suffit suffisent suffire suffisant',
  // "c'est suffisant ou il manque quelqu'un ?": whether something is missing, asked of a list.
  'manque manquent manquerait manquer',
  // "par comparaison avec un CLSM", "comparé au CLS": a comparison asked.
  'comparaison compare comparee',
  'pouvait pouvaient pourrait pourraient voudrait voudraient possible possibles serait seraient',
  // "donne-t-elle lieu à un bilan", "au lieu de": a place asked is read by kinds.ts.
  'particulierement lieu',
  // "c'est exigé ou juste souhaité ?", "je souhaite savoir", "faut-il forcément…", "ou c'est
  // optionnel ?": a duty weighed, or asking itself.
  'souhaite souhaitee souhaitable souhaitables souhaitons souhaitent forcement',
  'optionnel optionnelle optionnels optionnelles facultatif facultative facultatifs facultatives',
  // "vous auriez des exemples ?", "pourriez-vous…", "lesquelles ?", "et ensuite ?": asking,
  // politely, by choice or for what follows.
  'auriez pourriez pouvez lesquelles lesquels laquelle lequel ensuite',
  // "rappelez-moi…", "je voudrais connaître…", "expliquez-moi…", "tu peux me redire…": asking to
  // be told, in the imperative or by a wish.
  'rappeler rappelez rappelle connaitre expliquer expliquez explique resumer resumez recapituler',
  'recapitulez redire detailler detaillez lister listez voudrais',
  // "je cherche…", "quid de…", "dites-moi…", "vous savez ?", "je m'interroge sur…", "éclairez-moi",
  // "j'ai un doute sur…": asking, in chat's other ways. (Not "info": shorthand reads it as
  // "information", a topic of the texts.)
  'cherche cherchons recherche quid dites dis savez sauriez interroge interrogeons eclairer',
  'eclairez doute',
  // "je voulais savoir…", "une idée ?", "je n'arrive pas à trouver…", "question bête mais…", "je
  // suis perdue", "re, …", "j'ai lu les textes mais…", "Madame, Monsieur": the asker's state and
  // chat's and mail's openings.
  'voulais voulait voulions voulons voulez idee idees arrive arrivons bete perdu perdue perdus re lu',
  'madame monsieur mesdames messieurs',
  // "je ne trouve rien, c'est normal ?": whether what the asker met is to be expected.
  'normal',
  // "quelles missions reviennent au coordinateur ?", "ce qui lui incombe": whose a task is,
  // asked in other words.
  'revient reviennent revenir incombe incombent',
  // "c'est quoi la règle ?": the rule itself asked, whatever it is about.
  'regle regles',
  // "quel est l'objet de la plénière ?": what a thing is for; "on lit partout que…": a claim
  // heard, told; "sur quels aspects porte l'évaluation ?": its items, asked.
  'objet lit lisent partout aspect aspects',
].join(' ');
