// Every French sentence about the knowledge base: what is wrong in a file (curators read these;
// the bot and the CLI prefix them with KNOWLEDGE_INVALID) and what `npm run kb:check` says.

/** How every surface starts telling a broken knowledge base. */
export const KNOWLEDGE_INVALID = 'Base de connaissances invalide';

export const FILE_NOT_FOUND = 'fichier introuvable';

/** Where a YAML syntax error is: the path part of the error. */
export function yamlPosition(line: number, col: number): string {
  return `ligne ${line}, colonne ${col}`;
}

export const SLUG_EXPECTED = 'identifiant attendu en kebab-case (a-z, 0-9, -)';

export function shortTitleTooLong(max: number): string {
  return `titre court trop long (${max} caractères au plus)`;
}

export function shortTitleNeeded(max: number): string {
  return `titre de plus de ${max} caractères : ajoutez un shortTitle (${max} caractères au plus) pour les boutons « Voir aussi »`;
}

export const SECTION_WITHOUT_REASON = 'une section sans règle doit dire pourquoi (reason)';

export function unknownSource(source: string): string {
  return `source inconnue ${source}`;
}

/** A section that the source's list in `where` (e.g. " dans sources.yml") does not have. */
export function sectionNotInSource(section: string, source: string, where = ''): string {
  return `section « ${section} » absente de ${source}${where}`;
}

/** A quote or excerpt (`what`) not found word for word; the first 80 characters are shown. */
export function notFoundVerbatim(
  what: 'citation' | 'extrait',
  source: string,
  text: string,
): string {
  return `${what} introuvable mot pour mot dans ${source} : « ${text.slice(0, 80)} »`;
}

export function duplicateId(id: string): string {
  return `identifiant en double : ${id}`;
}

export function unknownEntry(target: string): string {
  return `renvoi vers une entrée inconnue : ${target}`;
}

export function entryNotCiting(id: string, source: string): string {
  return `l'entrée ${id} ne cite pas ${source}`;
}

export function sectionsOutOfOrder(file: string, want: string): string {
  return `${file} : sections attendues dans l'ordre : ${want}`;
}

export function sectionStartNotFound(section: string, heading: string): string {
  return `début de section introuvable pour « ${section} » : « ${heading} »`;
}

/** `npm run kb:check`, the whole base. */
export function knowledgeValid(entries: number, terms: number): string {
  return `Base de connaissances valide : ${entries} entrées, ${terms} sigles.`;
}

/** `npm run kb:check entries/<file>.yml`. */
export function entriesFileValid(file: string, entries: number): string {
  return `${file} : ${entries} entrées valides.`;
}
