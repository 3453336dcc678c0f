/**
 * German stop words for the search index: articles, pronouns, prepositions, conjunctions, auxiliaries and the
 * particles news prose is full of. They are dropped from documents and queries alike, so `die Cloud` means `Cloud`
 * and AND-queries are not defeated by a word every document contains. Stored folded (see foldGerman), because the
 * index compares folded terms: `für` is listed as `fur`.
 */
import { foldGerman } from '../text/fold.ts';

const WORDS = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes andern anders auch
auf aus bei beim bin bis bist bereits bzw da dabei dadurch dafür dagegen daher damit dann daran darauf darum darunter
das dass daß dazu dein deine deinem deinen deiner dem den denen denn der deren des deshalb dessen dich die dies diese
diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einige einigen einiger einiges
einmal er es etwa etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm
ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist ja jede jedem jeden jeder jedes jedoch jene
jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen man manche manchem
manchen mancher manches mehr mein meine meinem meinen meiner meines mich mir mit muss musste müssen nach nachdem
nein nicht nichts noch nun nur ob oder ohne sehr sei seid sein seine seinem seinen seiner seines seit seitdem
selbst sich sie sind so sodass solche solchem solchen solcher solches soll sollen sollte sollten sondern sowie
sowohl statt über um und uns unser unsere unserem unseren unserer unter viel viele vom von vor wann war waren warst
was weil weiter welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird wirst wo wollen
wollte worden wurde wurden zu zum zur zwar zwischen ab allerdings also andererseits beispielsweise beziehungsweise
derzeit dabei deren diesbezüglich ebenfalls ebenso eher eigentlich erst etwa ganz gar gerade gleich insbesondere
jedoch jeweils kaum laut lediglich mal mehrere meist mittels nämlich neben oft per rund schon seitens sogar somit
sowie teils trotz überhaupt vielleicht wegen weitere weiteren weiterer weiteres wenig wenige wirklich wobei wohl
zudem zugleich zunächst zwar hierbei hierfür hierzu innerhalb ausserhalb außerhalb anhand bisher
`;

/** Folded German stop words (about 270). */
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => foldGerman(w)),
);

/** Whether a folded term is a stop word. */
export function isStopWord(foldedTerm: string): boolean {
  return GERMAN_STOP_WORDS.has(foldedTerm);
}
