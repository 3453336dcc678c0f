/**
 * A compact list of first names common in Germany (German and frequent international ones), by the gender they
 * are given to here. One signal among several for a person name; never sufficient for names that collide with
 * nouns, and never required. The gender only helps to resolve `sagte er` / `sagte sie` (speakers.ts) and is never
 * shown: names given to either (`Kay`, `Sascha`) have none.
 */

const FEMALE = `
Agnes Agnieszka Alexandra Alina Aline Andrea Angela Angelika Anja Anke Anna Anne Annegret Annette Annika Antje Astrid
Barbara Beate Bettina Birgit Brigitte Britta Carina Carla Carmen Carola Carolin Carolina Caroline Charlotte Christa
Christiane Christina Christine Claudia Constanze Cornelia Dagmar Daniela Doris Dorothee Edith Elena Elisabeth Elke
Ellen Emily Emma Esther Eva Evelyn Ewa Franziska Frauke Friederike Gabriele Gertrud Gisela Gudrun Hanna Hannah Heike
Helene Helga Hildegard Ilse Imke Ina Ines Ingrid Insa Irene Iris Isabel Isabell Jana Janina Jessica Johanna Julia
Juliane Jutta Karin Karola Katharina Kathrin Katja Katrin Kerstin Kirsten Kristina Lara Larissa Laura Lea Lena Leonie
Lisa Luisa Magdalena Manuela Mareike Maren Margarete Maria Marie Marina Marion Marlene Marlies Marta Martina Meike
Melanie Michaela Miriam Monika Nadine Nadja Natalie Nicole Nina Nora Patricia Paula Petra Pia Regina Renate Rita Ruth
Sabine Sandra Sarah Selin Silke Silvia Simone Sonja Sophia Sophie Stefanie Stephanie Susanne Svenja Sylvia Tanja
Tatjana Theresa Ulla Ulrike Ursula Uta Ute Vanessa Vera Verena Wiebke Yasemin Yvonne Zeynep
`;

const MALE = `
Adam Adrian Ahmed Ahmet Alexander Alfred Ali Alois Andreas Andrej Anton Armin Arnd Arndt Arne Axel Ben Benedikt
Benjamin Bernd Bernhard Björn Bodo Boris Bruno Burkhard Carl Carsten Caspar Cem Christian Christoph Christopher Claus
Clemens Daniel David Dennis Detlef Dieter Dietmar Dirk Dominik Emil Emre Eric Erich Erik Ernst Erwin Ewald Fabian
Felix Finn Florian Frank Franz Friedrich Fritz Georg Gerd Gerhard Gernot Gert Gregor Guido Gunnar Günter Günther Hakan
Hannes Hans Harald Hartmut Hauke Heiko Heinrich Heinz Helmut Hendrik Henning Henrik Herbert Hermann Horst Hubert Hugo
Ingo Ivan Jakob Jan Jannik Jannis Jens Joachim Jochen Johann Johannes Jonas Jörg Jörn Josef Julian Jürgen Justus Kai
Karl Karsten Kemal Kevin Klaus Knut Konrad Lars Lennart Leon Lothar Lucas Ludwig Lukas Lutz Maik Malte Manfred Manuel
Marc Marcel Marco Marcus Mario Marius Mark Markus Martin Matthias Max Maximilian Mehmet Michael Mirko Moritz Murat
Mustafa Niklas Nils Norbert Olaf Ole Oliver Oskar Pascal Patrick Paul Peter Philipp Piotr Rainer Ralf Ralph Reinhard
René Richard Robert Roland Rolf Ronald Rüdiger Rudolf Sebastian Simon Sören Stefan Steffen Stephan Sven Thilo Thomas
Thorsten Till Tim Tobias Tom Tomasz Torsten Udo Ulrich Uwe Valentin Viktor Volker Walter Werner Wilhelm Willi Wolfgang
Yusuf
`;

const EITHER = `Kay Sascha`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const GENDER: ReadonlyMap<string, 'f' | 'm' | null> = new Map<string, 'f' | 'm' | null>([
  ...words(FEMALE).map((n) => [n, 'f'] as const),
  ...words(MALE).map((n) => [n, 'm'] as const),
  ...words(EITHER).map((n) => [n, null] as const),
]);

/** True when `word` is a listed first name, or a hyphenated pair of them (`Hans-Henning`, `Jens-Uwe`). */
export function isFirstName(word: string): boolean {
  if (GENDER.has(word)) return true;
  const i = word.indexOf('-');
  return i > 0 && GENDER.has(word.slice(0, i)) && GENDER.has(word.slice(i + 1));
}

/** The gender a listed first name is given to (of a hyphenated pair: its first part, `Hans-Henning`), or null. */
export function firstNameGender(word: string): 'f' | 'm' | null {
  const i = word.indexOf('-');
  return GENDER.get(i > 0 ? word.slice(0, i) : word) ?? null;
}
