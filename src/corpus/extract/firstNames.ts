/**
 * A compact list of first names common in Germany (German and frequent international ones). One signal among
 * several for a person name; never sufficient for names that collide with nouns, and never required.
 */

const NAMES = `
Adam Adrian Agnes Agnieszka Ahmed Ahmet Alexander Alexandra Alfred Ali Alina Aline Alois Andrea Andreas Andrej Angela Angelika Anja Anke Anna Anne Annegret Annette Anton Antje Arne Armin Arnd Arndt Astrid Axel
Barbara Beate Ben Benedikt Benjamin Bernd Bernhard Bettina Birgit Björn Bodo Boris Brigitte Britta Bruno Burkhard
Carina Carl Carla Carmen Carola Carolin Caroline Carsten Caspar Cem Charlotte Christa Christian Christiane Christina Christine Christoph Christopher Claudia Claus Clemens Constanze Cornelia Daniel Daniela Dagmar David Dennis Detlef Dieter Dietmar Dirk Doris Dorothee Dominik
Edith Elena Elisabeth Elke Ellen Emil Emily Emma Eric Erik Erich Ernst Erwin Esther Eva Evelyn Ewald Fabian Felix Florian Frank Franz Franziska Frauke Friederike Friedrich Fritz Gabriele Georg Gerd Gerhard Gernot Gert Gisela Gregor Gudrun Günter Günther Guido
Hakan Hanna Hannah Hannes Hans Harald Hartmut Heike Heiko Heinrich Heinz Helene Helga Helmut Hendrik Henning Henrik Herbert Hermann Horst Hubert Hugo Ilse Ina Ines Ingo Ingrid Irene Iris Isabel Isabell Ivan
Jakob Jan Jana Janina Jannik Jens Jessica Joachim Jochen Johann Johanna Johannes Jonas Jörg Josef Julia Julian Juliane Jürgen Justus Jutta
Kai Karin Karl Karola Karsten Katharina Kathrin Katja Katrin Kay Kerstin Kevin Kirsten Klaus Konrad Kristina Lara Lars Laura Lea Lena Leon Leonie Lisa Lothar Lucas Ludwig Lukas Lutz
Magdalena Maik Malte Manfred Manuel Manuela Marc Marcel Marco Marcus Maren Margarete Maria Marie Marina Mario Marion Marius Mark Markus Marlene Marta Martin Martina Matthias Max Maximilian Mehmet Meike Melanie Michael Michaela Miriam Mirko Monika Moritz Murat
Nadine Nadja Natalie Nicole Niklas Nils Nina Norbert Ole Olaf Oliver Oskar Pascal Patricia Patrick Paul Paula Peter Petra Philipp Pia Rainer Ralf Ralph Regina Reinhard Renate René Richard Rita Robert Roland Rolf Ronald Rüdiger Ruth
Sabine Sandra Sarah Sascha Sebastian Selin Silke Simon Simone Sonja Sophie Sören Stefan Stefanie Steffen Stephan Stephanie Susanne Sven Svenja Sylvia Tanja Thilo Thomas Thorsten Till Tim Tobias Tom Torsten Udo Ulla Ulrich Ulrike Ursula Uta Ute Uwe
Valentin Vanessa Vera Verena Viktor Volker Walter Werner Wiebke Wilhelm Willi Wolfgang Yasemin Yvonne Zeynep
`;

const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True when `word` is a listed first name, or a hyphenated pair of them (`Hans-Henning`, `Jens-Uwe`). */
export function isFirstName(word: string): boolean {
  if (FIRST_NAMES.has(word)) return true;
  const i = word.indexOf('-');
  return i > 0 && FIRST_NAMES.has(word.slice(0, i)) && FIRST_NAMES.has(word.slice(i + 1));
}
