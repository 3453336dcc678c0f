import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

const doc = (text: string): CorpusDocument => extractDocument({
  id: 't', file: 't.txt', kind: 'article', title: '', date: null, dateSource: null, source: null, keywords: [], text,
  organisations: [], people: [], topics: [],
});
const speakers = (text: string): string[] => doc(text).people.filter((p) => p.speaker).map((p) => p.name);

describe('speakers', () => {
  it.each([
    ['„Wir stehen hier erst am Anfang einer Entwicklung“, so Dieter Rehfeld.', ['Dieter Rehfeld']],
    ['Kay Ruge berichtete davon. „Ich halte das für den richtigen Weg der Zusammenarbeit“, sagte er.', ['Kay Ruge']],
    ['„Auf diese Weise bringen wir beide Stränge zusammen“, sagen Helmut Dedy und Klaus Effing.', ['Helmut Dedy', 'Klaus Effing']],
    ['Martin Hagen, Abteilungsleiter Digitalisierung in der Bremer Senatsverwaltung, plädierte für mehr Zentralität.', ['Martin Hagen']],
    ['Laut Claudia Reimer-Stolz steht die Umgebung ab März zur Verfügung.', ['Claudia Reimer-Stolz']],
    ['Nach zwei Jahren habe Bundesministerin Franziska Giffey die App vorgestellt. Das zeige, so Dr. Martin Hagen, viel.', ['Martin Hagen']],
    ['Den Stand stellte Professor Andreas Engel vor. 25 Prozent der Leistungen seien bereits digital verfügbar.', ['Andreas Engel']],
    ['Oberbürgermeister Tobias Weingärtner hat uns den Rücken freigehalten.', []],
    ['Als Themen nennt Vitako die erneute Bestellung von Ralf Resch zum Geschäftsführer. Die Arbeitsgemeinschaft wolle mehr tun.', []],
    // Konjunktiv II after a person: reported in a main clause, a possibility in a relative one; a sentence that names
    // its source without the person hands the indirect speech to that source.
    ['Die Leitung hat Ina Roth. Die Beschäftigten müssten frühzeitig beteiligt werden.', ['Ina Roth']],
    ['Die Leitung hat Ina Roth. Das hilft Gemeinden, die sich das nie leisten könnten.', []],
    ['Die Leitung hat Ina Roth. Nach Angaben des Landesamts müssten alle Server geprüft werden.', []],
    ['Die Leitung hat Ina Roth. Laut Roth müssten alle Server geprüft werden.', ['Ina Roth']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('attributes a split quote and its continuation to the last named speaker', () => {
    const d = doc('Dieter Rehfeld, Geschäftsführer bei regio iT, sprach. „Durch Data Driven Government und Prozessautomatisierung“, so führte er aus, „können wir den Bürgern Wege ersparen.“');
    expect(d.people[0]!.quotes).toEqual(['Durch Data Driven Government und Prozessautomatisierung', 'können wir den Bürgern Wege ersparen.']);
  });

  it('a quoted name is not a quote of anyone', () => {
    const d = doc('Dr. Kay Ruge sprach. Die “OZG Task Force” sei ein guter Aufschlag gewesen, so Ruge.');
    expect(d.people[0]!.quotes).toEqual([]);
    expect(d.people[0]!.speaker).toBe(true);
  });

  // `er` / `sie` after two people: the one of the pronoun's gender (gender.ts), not simply the last one named.
  const quotesOf = (text: string) => Object.fromEntries(doc(text).people.map((p) => [p.name, p.quotes]));
  it.each([
    ['role: Projektleiter vs Geschäftsführerin',
      'Geschäftsführerin Marlies Dornbusch lobte den Plan. Projektleiter Sven Aßmuth räumte Verzögerungen ein, Dornbusch widersprach. „Die Anbindung steht bis Ende Juni“, sagte er.',
      'Sven Aßmuth'],
    ['first names, the woman named first',
      'Johanna Pietsch und Ole Kramer stellten die App vor. „Wir sind mit dem Start sehr zufrieden“, sagte sie.',
      'Johanna Pietsch'],
    ['article before a shared form: der Vorsitzende',
      '«Es fehlt an Personal», sagte der Verbandsvorsitzende Emre Aksoy. Studienleiterin Dr. Hanne Brügge stimmte zu. «Das trifft am Ende alle Kommunen», sagte er.',
      'Emre Aksoy'],
    ['Frau / Herr',
      'Herr Wendland begrüßte Frau Okafor-Lenz. Beide sprachen lange. „Das war schon lange überfällig, finde ich“, sagte sie.',
      null],
  ])('a pronoun takes the person of its gender (%s)', (_, text, who) => {
    const q = quotesOf(text);
    const holders = Object.entries(q).filter(([, list]) => list.some((x) => /zufrieden|Juni|alle Kommunen|überfällig/.test(x))).map(([n]) => n);
    if (who) expect(holders).toEqual([who]);
    else expect(holders.length).toBeLessThanOrEqual(1);
  });

  it('leaves `sagte er` unattributed when only women were named', () => {
    const d = doc('Bürgermeisterin Carla Wendt und Dezernentin Ina Lorch stellten den Plan vor. „Das wird für alle Beteiligten teuer“, sagte er.');
    expect(d.people.flatMap((p) => p.quotes)).toEqual([]);
  });

  it('a role after the speech verb refers back like a pronoun: `sagte der Präsident des Landesamts`', () => {
    const d = doc('Marion Kettler lobte das Projekt. LVG-Präsident Dr. Konrad Wiebking zog Bilanz. »Wir haben mit den Kommunen gemeinsam gebaut«, sagte der Präsident des Landesamts.');
    expect(Object.fromEntries(d.people.map((p) => [p.name, p.quotes]))).toEqual({ 'Marion Kettler': [], 'Konrad Wiebking': ['Wir haben mit den Kommunen gemeinsam gebaut'] });
  });

  it('a word for a person by trade after the speech verb refers back like a pronoun: `sagte die Informatikerin`', () => {
    const q = (text: string) => Object.fromEntries(doc(text).people.map((p) => [p.name, p.quotes]));
    expect(q('Bernd Sauer sprach zuerst. Danach kam Dr. Ines Roth zu Wort. »Wir sind vorbereitet«, sagte die Informatikerin.'))
      .toEqual({ 'Bernd Sauer': [], 'Ines Roth': ['Wir sind vorbereitet'] });
    expect(q('Dr. Ines Roth sprach zuerst. Danach kam Bernd Sauer zu Wort. »Wir sind vorbereitet«, so der Jurist.'))
      .toEqual({ 'Ines Roth': [], 'Bernd Sauer': ['Wir sind vorbereitet'] });
    // A masculine `-er` word may be a company (`der Anbieter`): no person for it.
    expect(q('Dr. Ines Roth sprach zuerst. Danach kam Bernd Sauer zu Wort. »Wir sind vorbereitet«, sagte der Anbieter.'))
      .toEqual({ 'Ines Roth': [], 'Bernd Sauer': [] });
  });

  it('a role after the speech verb refers to a holder of that role whose gender agrees with its article', () => {
    const d = doc('Der Aufsichtsrat hat Ina Vogt zur Vorstandsvorsitzenden bestellt. Sie folgt auf Jens Ahlers. „Es war eine gute Zeit“, sagte der scheidende Vorstandsvorsitzende.');
    expect(Object.fromEntries(d.people.map((p) => [p.name, p.quotes]))).toEqual({ 'Ina Vogt': [], 'Jens Ahlers': ['Es war eine gute Zeit'] });
  });

  it('the second part of a quote split by an attribution without a name goes to the same speaker', () => {
    const d = doc('Jannik Petersen, Geschäftsführer der Brückwerk Digital GmbH, betonte die Sicherheit. „Keine Anfrage verlässt das Haus“, sagte der Brückwerk-Chef, „und Daten werden gelöscht.“');
    expect(d.people[0]!.quotes).toEqual(['Keine Anfrage verlässt das Haus', 'und Daten werden gelöscht.']);
  });

  it('a short quote with a comma inside is said, not a name; a short one before `, sagte X` too', () => {
    const a = doc('Projektleiterin Dr. Carola Ferreira spricht über Skepsis und einen „Marathon, keinen Sprint“.');
    expect(a.people[0]!.quotes).toEqual(['Marathon, keinen Sprint']);
    const b = doc('Dr. Jan-Hendrik Lüdecke zog Bilanz. „Personalgewinnung ist Chefsache“, sagte Lüdecke.');
    expect(b.people[0]!.quotes).toEqual(['Personalgewinnung ist Chefsache']);
    const c = doc('Die App „Frag Kasimir“ beantwortet Fragen, erklärte Bürgermeister Henning Lorenzen.');
    expect(c.people[0]!.quotes).toEqual([]);
  });

  it('a term after an indefinite article in a reported sentence is the speaker\'s, a name after a definite one is not', () => {
    const d = doc('Präsident Hans-Peter Grubitzsch nannte das Vorhaben ein «Generationenprojekt». Die App «Polizei Mobil» startet im Mai.');
    expect(d.people[0]!.quotes).toEqual(['Generationenprojekt']);
  });

  it('a name after a role phrase and a comma after the speech verb is the speaker', () => {
    const d = doc('„Wir sind stärker gewachsen als geplant und haben die Standards angehoben“, sagt der Vorstandsvorsitzende des KRM, Jörg Lindqvist.');
    expect(d.people.find((p) => p.name === 'Jörg Lindqvist')?.quotes).toEqual(['Wir sind stärker gewachsen als geplant und haben die Standards angehoben']);
  });

  it('a possessive name is not the one who speaks: `Kötters Nachfolgerin dankte ihm für „…“`', () => {
    const d = doc('Ioana Popescu wurde gewählt. Bernd Kötter verabschiedete sich. Kötters Nachfolgerin dankte ihm für “acht Jahre unermüdlichen Einsatz”.');
    expect(d.people.find((p) => p.name === 'Bernd Kötter')?.quotes).toEqual([]);
  });

  it('a role with its article before a colon-quote refers back: `Der Staatssekretär kündigte an: »…«`', () => {
    const d = doc('Anna Berger lobte das Projekt. Jens-Uwe Kallweit, Staatssekretär im MID, räumte Versäumnisse ein. Der Staatssekretär kündigte an, die Steuerung neu aufzustellen: »Bis zum Sommer richten wir eine Lenkungsgruppe ein.«');
    expect(d.people.find((p) => p.name === 'Jens-Uwe Kallweit')?.quotes).toEqual(['Bis zum Sommer richten wir eine Lenkungsgruppe ein.']);
  });

  it('a role refers to the person who holds it, before the nearest one of its gender', () => {
    const d = doc('»Wir haben dreimal dasselbe ausgeschrieben und schlechtere Preise bekommen«, sagt der Landrat des Kreises Hohenmoor, Bernd Schäufele. Geschäftsführer der EHAS ist Dr. Constantin von Hagenau. Dem Vorwurf, es gehe nur ums Sparen, widerspricht der Hohenmoorer Landrat: »Das ist kein Sparprogramm auf Kosten der Qualität.«');
    expect(Object.fromEntries(d.people.map((p) => [p.name, p.quotes.length]))).toEqual({ 'Bernd Schäufele': 2, 'Constantin von Hagenau': 0 });
  });

  it('indirect speech goes on into a sentence that ends in a quote', () => {
    const d = doc('Laut Jan-Hendrik Wübbena scheitern viele Vorhaben. Man solle mit kleinen Schritten beginnen: «Perfektion ist der Feind jeder Modernisierung.»');
    expect(d.people[0]!.quotes).toEqual(['Perfektion ist der Feind jeder Modernisierung.']);
  });

  it('`X zufolge` reports X', () => {
    expect(speakers('Der Leiter der Bauaufsicht, Dr. Tobias Ehrenfried, ist zuversichtlich. Ehrenfried zufolge sinkt die Bearbeitungszeit deutlich.')).toEqual(['Tobias Ehrenfried']);
  });

  it('an interview headed by a quotation: the headline is the interviewee\'s quote', () => {
    const text = [
      'Der Landkreis hat die E-Akte eingeführt. Dr. Leonie Marschall leitet dort den Fachdienst Digitalisierung.',
      'Frage: Frau Marschall, ist das Projekt abgeschlossen?',
      'Nein, im Grunde fängt es jetzt erst an. Wir haben vor allem Papier in Bildschirme übersetzt.',
      'Frage: Woran scheitert die Neugestaltung der Prozesse?',
      'Selten an der Technik. Schwierig ist die Frage, wer Zuständigkeiten abgibt.',
    ].join('\n\n');
    const make = (title: string) => extractDocument({
      id: 't', file: 't.txt', kind: 'article', title, date: null, dateSource: null, source: null, keywords: [], text,
      organisations: [], people: [], topics: [],
    }).people.find((p) => p.name === 'Leonie Marschall');
    expect(make('„Wir müssen aufhören, Papier zu digitalisieren“')?.quotes).toEqual(['Wir müssen aufhören, Papier zu digitalisieren']);
    expect(make('Die E-Akte im Landkreis')?.quotes).toEqual([]);
  });

  it('answers labelled with a surname name the interviewee, before anyone the answers mention', () => {
    const text = [
      'Das Klinikum und der Kreis teilen ein Rechenzentrum. IT-Direktor Konstantin von der Brelie erklärt, wie.',
      'Frage: Wie kam es dazu?',
      'Von der Brelie: Die Idee entstand bei einem Gespräch mit Landrätin Petra Gollnick am Rande einer Übung.',
      'Frage: Was teilen Sie?',
      'Von der Brelie: Strom, Kühlung und Personal.',
    ].join('\n\n');
    const d = extractDocument({
      id: 't', file: 't.txt', kind: 'article', title: '„Wir teilen Strom, Kühlung und Verantwortung“', date: null, dateSource: null,
      source: null, keywords: [], text, organisations: [], people: [], topics: [],
    });
    expect(Object.fromEntries(d.people.map((p) => [p.name, p.quotes]))).toEqual({
      'Konstantin von der Brelie': ['Wir teilen Strom, Kühlung und Verantwortung'], 'Petra Gollnick': [],
    });
  });

  it('a compound role with `Ministeriums-` is a role: the person it names is found', () => {
    expect(speakers('Ministeriumssprecher Falk Neumeyer sagte, man nehme die Hinweise ernst.')).toEqual(['Falk Neumeyer']);
  });

  it.each(['versicherte', 'beteuerte', 'entgegnete', 'bemängelte'])('`Name, Rolle, %s, …` makes a speaker', (verb) => {
    expect(speakers(`Arne Tjarks, Geschäftsführer des Zweckverbands, ${verb}, die Infrastruktur sei ausgelegt.`)).toEqual(['Arne Tjarks']);
  });
});

