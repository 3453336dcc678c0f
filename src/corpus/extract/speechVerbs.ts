/**
 * Verbs that report speech (`sagte`, `erklärte`, `so`, `laut`) and Konjunktiv-I forms that mark indirect speech
 * continuing after a named person (`Notwendig sei …`).
 */

const SPEECH = new Set([
  'sagt', 'sagte', 'sagen', 'sagten', 'erklärt', 'erklärte', 'erklären', 'erklärten', 'betont', 'betonte', 'fordert',
  'forderte', 'plädiert', 'plädierte', 'berichtet', 'berichtete', 'ergänzt', 'ergänzte', 'mahnt', 'mahnte',
  'unterstrich', 'unterstreicht', 'erläutert', 'erläuterte', 'kündigt', 'kündigte', 'warnt', 'warnte', 'fragt',
  'fragte', 'meint', 'meinte', 'sprach', 'spricht', 'äußerte', 'äußert', 'kritisiert', 'kritisierte', 'lobte', 'lobt',
  'verwies', 'verweist', 'bekräftigte', 'bilanzierte', 'resümierte', 'sieht', 'glaubt', 'hob', 'zeigte', 'merkte',
  'stellte', 'schilderte', 'beschrieb', 'versprach', 'räumte', 'appellierte', 'argumentierte', 'bestätigte',
  'so', 'laut', 'Laut', 'formulierte', 'führte', 'antwortete', 'rief', 'riet', 'empfahl', 'bekannte', 'gab',
  // Less frequent, each a verb of saying in its present and past third person (`Arne Tjaden versicherte, …`).
  'versichert', 'versicherte', 'beteuert', 'beteuerte', 'entgegnet', 'entgegnete', 'widerspricht', 'widersprach',
  'beklagt', 'beklagte', 'bemängelt', 'bemängelte', 'moniert', 'monierte', 'kommentiert', 'kommentierte',
  'begründet', 'begründete', 'erinnert', 'erinnerte', 'begrüßt', 'begrüßte', 'bezeichnet', 'bezeichnete',
  'prognostiziert', 'prognostizierte', 'kündigten', 'warnten', 'forderten', 'betonten', 'kritisierten',
  'bekräftigt', 'bestätigt', 'verspricht', 'appelliert', 'zitiert', 'zitierte', 'ergänzten', 'räumt', 'nannte', 'nennt',
]);

/** True when `word` reports what someone said (finite verb forms and the markers `so`/`laut`). */
export function isSpeechVerb(word: string): boolean {
  return SPEECH.has(word);
}

/** Verbs that report speech only in the narrow sense (used for `VERB … NAME` / `NAME … VERB`). */
const STRICT = new Set([...SPEECH].filter((w) => !['stellte', 'zeigte', 'gab', 'hob', 'führte', 'sieht', 'glaubt', 'merkte', 'räumte', 'nannte', 'nennt'].includes(w)));

/** Narrow speech verbs: saying, explaining, demanding; not `stellte … vor`. */
export function isStrictSpeechVerb(word: string): boolean {
  return STRICT.has(word);
}

const KONJUNKTIV = new Set([
  'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'gehe', 'gebe', 'stehe', 'liege',
  'zeige', 'komme', 'brauche', 'fehle', 'biete', 'trage', 'mache', 'sehe', 'bleibe', 'lasse', 'gelte', 'erfolge',
  'hätten', 'wären', 'wäre', 'hätte', 'basiere', 'funktioniere', 'arbeite', 'ermögliche', 'benötige', 'verfüge',
  // Konjunktiv II as reported speech uses it (`Die Beschäftigten müssten frühzeitig beteiligt werden`), and more
  // Konjunktiv I of frequent verbs.
  'müssten', 'könnten', 'gäbe', 'läge', 'lägen', 'stünde', 'käme', 'sinke', 'steige', 'wachse', 'reiche', 'lohne',
  'helfe', 'entstehe', 'laufe', 'halte', 'koste', 'spare', 'erwarte', 'plane', 'prüfe', 'rechne', 'nutze',
]);

/** True for a Konjunktiv-I (or reported Konjunktiv-II) verb form that marks indirect speech. */
export function isKonjunktiv(word: string): boolean {
  return KONJUNKTIV.has(word);
}

/** The Konjunktiv-II forms among them: reported speech in a main clause, a mere possibility in a relative one. */
const KONJUNKTIV_II = new Set(['hätten', 'wären', 'wäre', 'hätte', 'müssten', 'könnten', 'gäbe', 'läge', 'lägen', 'stünde', 'käme']);
export function isKonjunktivII(word: string): boolean {
  return KONJUNKTIV_II.has(word);
}
