/**
 * A compact list of first names common in Germany (German and frequent international ones), by the gender they
 * are given to here. One signal among several for a person name; never sufficient for names that collide with
 * nouns, and never required. The gender only helps to resolve `sagte er` / `sagte sie` (speakers.ts) and is never
 * shown: names given to either (`Kay`, `Sascha`) have none.
 */

const FEMALE = `
Agnes Agnieszka Alexandra Alina Aline Ana Andrea Angela Angelika Anja Anke Anna Anne Annegret Anneliese Annette Annika
Antje Astrid Aylin Ayşe Barbara Beate Bettina Birgit Brigitte Britta Carina Carla Carmen Carola Carolin Carolina
Caroline Charlotte Chiara Christa Christiane Christin Christina Christine Claudia Constanze Cornelia Dagmar Daniela
Doris Dorothee Edith Elena Elif Elisabeth Elke Ellen Emily Emine Emma Esther Eva Evelyn Ewa Franziska Frauke Frieda
Friederike Gabriele Gertrud Gisela Giulia Greta Gudrun Hanna Hannah Hatice Heike Helena Helene Helga Henrike Hildegard Ida
Ilse Imke Ina Ines Ingrid Insa Ioana Irene Irina Iris Isabel Isabell Jana Janina Jelena Jessica Johanna Julia Juliane
Jutta Karin Karola Katarzyna Katharina Kathrin Katja Katrin Kerstin Kirsten Kristina Kübra Lara Larissa Laura Lea
Leila Lena Leonie Lina Lisa Lore Lucía Luisa Luise Magdalena Manuela Mareike Maren Margarete Maria Marie Marina Marion
Marlene Marlies Marta Martina Meike Melanie Merle Michaela Mila Miriam Monika Nadia Nadine Nadja Natalie Natascha Nele
Nicole Nina Nora Olga Patricia Paula Petra Pia Regina Renate Rita Ruth Sabine Sandra Sarah Selin Silke Silvia Simone
Sonja Sophia Sophie Stefanie Stephanie Susanne Svenja Sylvia Tanja Tatjana Theresa Ulla Ulrike Ursula Uta Ute Vanessa
Vera Verena Wiebke Yasemin Yvonne Zeynep Zofia Birte Dörte Dörthe Gesa Hilke Inga Maike Özlem Silja
Annemarie Bärbel Christel Erika Hannelore Heidi Ingeborg Irmgard Marianne Rosemarie Sigrid Waltraud
`;

const MALE = `
Adam Adrian Ahmed Ahmet Alexander Alfred Ali Alois Andreas Andrej Anton Armin Arnd Arndt Arne Axel Ben Benedikt
Benjamin Benno Bernd Bernhard Björn Bodo Boris Bruno Burak Burkhard Carl Carsten Caspar Cem Christian Christoph
Christopher Claus Clemens Daniel David Dennis Detlef Dieter Dietmar Dirk Dmitri Dominik Emil Emre Eric Erich Erik
Ernst Erwin Ewald Fabian Falk Felix Finn Florian Frank Franz Friedrich Fritz Georg Gerd Gerhard Gernot Gert Goran
Gregor Guido Gunnar Günter Günther Gustav Hakan Hannes Hans Harald Hartmut Hauke Heiko Heinrich Heinz Helmut Hendrik
Henning Henrik Herbert Hermann Holger Horst Hubert Hugo Ingo Ivan Jakob Jan Jannik Jannis Jasper Jens Joachim Jochen
Johann Johannes Jonas Jörg Jörn Josef Julian Jürgen Justus Kai Karim Karl Karsten Kemal Kevin Klaus Knut Konrad
Konstantin Lars Lennart Leon Lothar Lucas Ludwig Lukas Lutz Maik Malte Manfred Manuel Marc Marcel Marco Marcus Mario
Marius Mark Markus Martin Mats Matthias Matthis Max Maximilian Mehmet Michael Mikkel Mirko Moritz Murat Mustafa Niklas
Nikolai Nils Norbert Olaf Ole Oliver Omar Oskar Pascal Patrick Paul Peter Philipp Piotr Rainer Ralf Ralph Reinhard
René Richard Robert Roland Rolf Ronald Rüdiger Rudolf Samir Sebastian Sergej Serkan Simon Sönke Sören Stefan Steffen
Stephan Sven Tarek Thilo Thomas Thorsten Till Tim Timo Tobias Tom Tomasz Torben Torsten Udo Ulrich Uwe Valentin Viktor
Volker Walter Werner Wilhelm Willi Wolfgang Yusuf Ömer
Egon Heiner Siegfried Winfried
`;

const EITHER = `Deniz Kay Luca Sascha`;

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
