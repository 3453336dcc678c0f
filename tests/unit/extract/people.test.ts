import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/corpus/extract/people.ts';
import { findOrganisations } from '../../../src/corpus/extract/organisations.ts';
import { tokenize } from '../../../src/corpus/extract/tokens.ts';

const people = (text: string) => {
  const tokens = tokenize(text);
  return findPeople(text, tokens, findOrganisations(text, tokens).spans);
};

describe('people', () => {
  it.each([
    ['Dieter Rehfeld, Geschäftsführer des Vitako-Mitglieds regio iT, sprach.', 'Dieter Rehfeld', null, 'Geschäftsführer', 'regio iT'],
    ['Dann sprach regio iT-Geschäftsführer Dieter Rehfeld über Pläne.', 'Dieter Rehfeld', null, 'Geschäftsführer', 'regio iT'],
    ['Darauf ging Christoph Lindner von Dataport ein.', 'Christoph Lindner', null, null, 'Dataport'],
    ['Hierzu erklärt KGSt-Vorstand Klaus Effing etwas.', 'Klaus Effing', null, 'Vorstand', 'KGSt'],
    ['Projektleiter Prof. Dr. Matthias Quandt betonte das.', 'Matthias Quandt', 'Prof. Dr.', 'Projektleiter', null],
    ['Den Stand stellte Professor Andreas Engel vor.', 'Andreas Engel', 'Prof.', null, null],
    ['»Gut«, sagt Landrätin Annette Bruns-Wehrmann.', 'Annette Bruns-Wehrmann', null, 'Landrätin', null],
    ['Ihr technischer Leiter Marco Fiedler warnte.', 'Marco Fiedler', null, 'technischer Leiter', null],
    ['Das sagte Präsidentin Ursula von der Leyen am Montag.', 'Ursula von der Leyen', null, 'Präsidentin', null],
    ['Den Bericht stellte Ministerin Hanna van den Berg vor.', 'Hanna van den Berg', null, 'Ministerin', null],
    ['Der Hauptgeschäftsführer des Deutschen Städtetags, Helmut Dedy, erklärt es.', 'Helmut Dedy', null, 'Hauptgeschäftsführer', 'Deutscher Städtetag'], // the organisation has its own field, as in an apposition
    // An organisation filling the brackets after the name is the person's; one that only starts them is not.
    ['„Das reicht nicht“, ergänzte Rolf Krüger (Deutscher Landkreistag).', 'Rolf Krüger', null, null, 'Deutscher Landkreistag'],
    ['Laut Johann Bizer (Dataport, Vorstand) gilt das auch.', 'Johann Bizer', null, null, 'Dataport'],
    ['Laut Johann Bizer (Dataport-Studie von 2023) gilt das auch.', 'Johann Bizer', null, null, null],
    ['Laut Johann Bizer (Dataport und Vitako) gilt das auch.', 'Johann Bizer', null, null, null],
    // A minister's title, with nothing in the sentence saying which ministry: the article's one ministry that fits.
    ['Das Ministerium für Digitalisierung und Verwaltungsreform legt die Strategie vor. Am Montag sagte Digitalministerin Dr. Carola Thiessen, man sei bereit.',
      'Carola Thiessen', 'Dr.', 'Digitalministerin', 'Ministerium für Digitalisierung und Verwaltungsreform'],
    ['Das Ministerium für Inneres und Sport lädt ein. Am Montag sagte Staatssekretärin Ilka Morgenroth, man sei bereit.',
      'Ilka Morgenroth', null, 'Staatssekretärin', 'Ministerium für Inneres und Sport'],
    ['Das Ministerium für Digitales und Medien lädt ein. Am Montag sagte Innenministerin Ilka Morgenroth, man sei bereit.',
      'Ilka Morgenroth', null, 'Innenministerin', null],
    ['Das Ministerium für Digitales und Medien und das Ministerium für Inneres und Sport laden ein. Am Montag sagte Ministerin Ilka Morgenroth, man sei bereit.',
      'Ilka Morgenroth', null, 'Ministerin', null],
    ['Das Ministerium für Inneres und Sport lädt ein. Am Montag sagte Bundesinnenministerin Ilka Morgenroth, man sei bereit.',
      'Ilka Morgenroth', null, 'Bundesinnenministerin', null],
    // A role compound whose first part names one of the article's organisations.
    ['Die Universität Kaltenbrunn eröffnet ein Zentrum. „Wir sind bereit“, sagte Universitätspräsidentin Prof. Dr. Ines Kowalczyk.',
      'Ines Kowalczyk', 'Prof. Dr.', 'Universitätspräsidentin', 'Universität Kaltenbrunn'],
    ['Der Landesrechnungshof Ostfalen prüfte. „Es fehlt ein Plan“, sagte Rechnungshofpräsidentin Birgit Hohenstein.',
      'Birgit Hohenstein', null, 'Rechnungshofpräsidentin', 'Landesrechnungshof Ostfalen'],
    ['Die Nordlicht Dialogsysteme GmbH liefert. „Es läuft“, sagte Nordlicht-Geschäftsführerin Aylin Demir.',
      'Aylin Demir', null, 'Geschäftsführerin', 'Nordlicht Dialogsysteme GmbH'],
    ['Die Hafenau Digital GmbH baut das Portal. „Es läuft“, sagte Digitaldezernent Lukas Eberhardt.',
      'Lukas Eberhardt', null, 'Digitaldezernent', null],
    ['Die Universität Kaltenbrunn und die Universität Lindtal forschen. „Gut“, sagte Universitätspräsidentin Ines Kowalczyk.',
      'Ines Kowalczyk', null, 'Universitätspräsidentin', null],
    // Elected or appointed `zum`/`zur` a role, adjectives between: the role in the nominative, the organisation
    // named before (in the sentence before, too).
    ['Der Verband Kommunaler IT-Dienstleister Ostfalen e.V. hat gewählt. Die Versammlung wählte Tobias Rehkämper zum neuen Vorsitzenden.',
      'Tobias Rehkämper', null, 'Vorsitzender', 'Verband Kommunaler IT-Dienstleister Ostfalen e.V.'],
    ['Der Verein wählte Tobias Rehkämper zum stellvertretenden Vorsitzenden.', 'Tobias Rehkämper', null, 'stellvertretender Vorsitzender', null],
    ['Die Kasse wählte Anna Rehkämper zur Vorsitzenden.', 'Anna Rehkämper', null, 'Vorsitzende', null],
    // A date between the name and the appointment.
    ['Der Aufsichtsrat hat Dr. Ina Vogt mit Wirkung zum 1. Juli zur Vorstandsvorsitzenden bestellt.', 'Ina Vogt', 'Dr.', 'Vorstandsvorsitzende', null],
    ['Der Rat hat Jan Ohm zum 1. Januar 2026 zum Kämmerer gewählt.', 'Jan Ohm', null, 'Kämmerer', null],
    ['Der Rat hat Jan Ohm am Abend zum Sprecher gewählt.', 'Jan Ohm', null, 'Sprecher', null],
    // A name that is no listed first name, after a comma that closes a role phrase.
    ['„Das freut uns“, sagte der Vorsitzende des Verwaltungsrats, Friedhelm Kortkamp.', 'Friedhelm Kortkamp', null, 'Vorsitzende des Verwaltungsrats', null],
    // A role phrase linked to the name by `ist`/`bleibt`: its role, and the organisation the phrase names.
    ['Die Einkaufsgemeinschaft Hohenmoor AöR (EHAS) startet. Geschäftsführer der EHAS ist Dr. Constantin von Hagenau.',
      'Constantin von Hagenau', 'Dr.', 'Geschäftsführer', 'Einkaufsgemeinschaft Hohenmoor AöR'],
    ['Der Verein wählte. Schatzmeister bleibt Ralf-Peter Ostermann, sagte man.', 'Ralf-Peter Ostermann', null, 'Schatzmeister', null],
    ['Der Grund dafür ist Ralf-Peter Ostermann, sagte man.', 'Ralf-Peter Ostermann', null, null, null],
    ['Die Lage ist ernst, sagte Dörte Großkopf von OSBA.', 'Dörte Großkopf', null, null, 'OSBA'],
    ['Nach Ansicht von Ömer Köhler (Deutscher Landkreistag) gilt das.', 'Ömer Köhler', null, null, 'Deutscher Landkreistag'],
    ['An der Feier nahmen Heiner Brockmann und Waltraud Siebert teil.', 'Heiner Brockmann', null, null, null],
    ['An der Feier nahmen Heiner Brockmann und Waltraud Siebert teil.', 'Waltraud Siebert', null, null, null],
    // The organisation after a word for its kind (`von der Kanzlei …`, `vom Unternehmen …`).
    ['Das erklärte Rechtsanwalt Felix Brenner von der Kanzlei Brenner & Partner mbB.', 'Felix Brenner', null, 'Rechtsanwalt', 'Brenner & Partner mbB'],
    ['Jana Ohm vom Unternehmen Nordlicht Dialog GmbH sprach.', 'Jana Ohm', null, null, 'Nordlicht Dialog GmbH'],
    ['Jana Ohm von der Stadt sprach mit der Nordlicht Dialog GmbH.', 'Jana Ohm', null, null, null],
    // `<name> ist … <role>`: a time, articles and a few adverbs between.
    ['Merle Brandt ist seit Januar Vorständin der Anstalt für Digitale Dienste Nordheide (ADDN).', 'Merle Brandt', null, 'Vorständin', 'Anstalt für Digitale Dienste Nordheide'],
    // An institution noun alone after the role: the article's one organisation it heads.
    ['Die Staatsanwaltschaft Brenzfeld ermittelt. Peter Lohr, Sprecher der Staatsanwaltschaft, bestätigte das.', 'Peter Lohr', null, 'Sprecher der Staatsanwaltschaft', 'Staatsanwaltschaft Brenzfeld'],
    ['Die Staatsanwaltschaft Brenzfeld und die Staatsanwaltschaft Lindtal ermitteln. Peter Lohr, Sprecher der Staatsanwaltschaft, bestätigte das.', 'Peter Lohr', null, 'Sprecher der Staatsanwaltschaft', null],
    // `des Unternehmens`: the sentence's one company, else the article's.
    ['Die Nordlicht Dialog GmbH und die Hafenau Digital GmbH bauen. Die Hafenau Digital GmbH liefere pünktlich, sagte Jana Ohm, Sprecherin des Unternehmens.', 'Jana Ohm', null, 'Sprecherin des Unternehmens', 'Hafenau Digital GmbH'],
    ['Die Nordlicht Dialog GmbH und die Hafenau Digital GmbH bauen. Das laufe, sagte Jana Ohm, Sprecherin des Unternehmens.', 'Jana Ohm', null, 'Sprecherin des Unternehmens', null],
    ['Die Hafenau Digital GmbH baut. Das laufe, sagte Jana Ohm, Sprecherin des Unternehmens.', 'Jana Ohm', null, 'Sprecherin des Unternehmens', 'Hafenau Digital GmbH'],
    // A sentence opened by an article and a role describes the one person the sentence before named.
    ['Der eine ist Dirk Hollmann. Der Hauptamtsleiter, seit 28 Jahren im Rathaus, treibt das voran.', 'Dirk Hollmann', null, 'Hauptamtsleiter', null],
    // `Als <Rolle> <Verb> er/sie`: the last person named, within two sentences, of a first name that fits.
    ['Neu im Vorstand ist Marco Lenz. Der 44-Jährige kommt aus dem Haus. Als Finanzvorstand verantwortet er künftig das Budget.', 'Marco Lenz', null, 'Finanzvorstand', null],
    // Board members and lawyers have roles too.
    ['Im Amt bestätigt wurde Beisitzerin Wiebke Harmsen.', 'Wiebke Harmsen', null, 'Beisitzerin', null],
    ['Das kritisierte Rechtsanwalt Dr. Henrik Sommerkamp scharf.', 'Henrik Sommerkamp', 'Dr.', 'Rechtsanwalt', null],
    ['Die Stadtverordnete Lea Brinkmann forderte das. Es moderierte die Journalistin Birte Hansen.', 'Birte Hansen', null, 'Journalistin', null],
    ['Die Stadtverordnete Lea Brinkmann forderte das. Es moderierte die Journalistin Birte Hansen.', 'Lea Brinkmann', null, 'Stadtverordnete', null],
    // `als` and the role after the person's bracket or organisation; a role after `als` before a comma is the
    // person's named before it, not the next one's.
    ['Neu gewählt wurden Nora Vehling (Landkreis Hollerfeld) als stellvertretende Vorsitzende, Ole Brandt vom Kommunalen Rechenzentrum Nordheide (KRN) als Schatzmeister.',
      'Nora Vehling', null, 'stellvertretende Vorsitzende', null],
    ['Neu gewählt wurden Nora Vehling (Landkreis Hollerfeld) als stellvertretende Vorsitzende, Ole Brandt vom Kommunalen Rechenzentrum Nordheide (KRN) als Schatzmeister.',
      'Ole Brandt', null, 'Schatzmeister', 'Kommunales Rechenzentrum Nordheide'],
    // Named again by surname with a role: before it, or in a clause opened by `Als` and the role.
    ['Gewählt wurde Dr. Pia Ortmann. Als Vorsitzende leitet Ortmann den Verband seit 2019.', 'Pia Ortmann', 'Dr.', 'Vorsitzende', null],
    ['Gewählt wurde Ole Brandt. Der Schatzmeister Brandt kündigte stabile Beiträge an.', 'Ole Brandt', null, 'Schatzmeister', null],
    ['Als Wahlleiterin fungierte Gudrun Meinke.', 'Gudrun Meinke', null, 'Wahlleiterin', null],
  ])('%s', (text, name, title, role, org) => {
    const p = people(text).people.find((x) => x.name === name);
    expect(p).toBeDefined();
    expect(p!.title).toBe(title);
    if (role !== null) expect(p!.role).toBe(role);
    expect(p!.organisation).toBe(org);
  });

  // Near misses of the rules above: no role where the text gives that person none.
  it.each([
    ['Gewählt wurden Nora Vehling als Schriftführerin, Ole Brandt und andere.', 'Ole Brandt'],
    ['Gewählt wurde Kathrin Seidel (Landkreis Altmoor) als einzige Kandidatin.', 'Kathrin Seidel'],
    ['Gewählt wurde Ole Brandt. Als Gast begrüßte Brandt die Runde.', 'Ole Brandt'],
    ['Als Gast begrüßte Ole Brandt die Runde.', 'Ole Brandt'],
    ['Der Rat hat Jan Ohm am 3. Mai zum Gespräch gebeten.', 'Jan Ohm'],
    ['Neu im Vorstand ist Marco Lenz. Als Finanzvorständin verantwortet sie künftig das Budget.', 'Marco Lenz'],
    ['Neu im Vorstand ist Marco Lenz. Das Haus wächst. Es stellt ein. Es baut. Als Finanzvorstand verantwortet er das Budget.', 'Marco Lenz'],
    ['Der eine ist Dirk Hollmann. Die Hauptamtsleiterin, seit 28 Jahren im Rathaus, treibt das voran.', 'Dirk Hollmann'],
    ['Dirk Hollmann und Jan Ohm kamen. Der Hauptamtsleiter, seit 28 Jahren im Rathaus, begrüßte sie.', 'Dirk Hollmann'],
    ['Dirk Hollmann und Jan Ohm kamen. Der Hauptamtsleiter, seit 28 Jahren im Rathaus, begrüßte sie.', 'Jan Ohm'],
    ['Gewählt wurde Ole Brandt. Den Vorsitzenden begrüßte Brandt herzlich.', 'Ole Brandt'],
    ['Merle Brandt ist froh und Vorständin Ida Kern auch.', 'Merle Brandt'],
  ])('no role: %s', (text, name) => {
    const p = people(text).people.find((x) => x.name === name);
    expect(p).toBeDefined();
    expect(p!.role).toBeNull();
  });

  it.each([
    // `Deren` refers to a feminine organisation of the sentence before, `Dessen` to a masculine or neuter one: the
    // last one named, as a demonstrative does, not the sentence's subject.
    ['Unterstützung erhält das Rechenzentrum Nordheide vom Landesamt für Netzsicherheit (LfN). Dessen Präsidentin Dr. Ina Walter bestätigte das.',
      'Ina Walter', 'Landesamt für Netzsicherheit'],
    ['Hilfe erhält der Verband Kommunaler IT-Fachkräfte e.V. von der Gewerkschaft Öffentliche Dienste und Technik (GÖDT). Deren stellvertretende Bundesvorsitzende Miriam Okonkwo kritisierte das.',
      'Miriam Okonkwo', 'Gewerkschaft Öffentliche Dienste und Technik'],
    ['Die Stiftung Offene Kommune lobt den Zweckverband Kommunale IT Oberweser. Dessen Geschäftsführer Jan Harms dankte.',
      'Jan Harms', 'Zweckverband Kommunale IT Oberweser'],
    // `aus dem …` after the name
    ['Den Anstoß gab Staatssekretärin Elke Brandhorst aus dem Ministerium für Landesentwicklung und Verwaltungsdigitalisierung im Jahr 2022.',
      'Elke Brandhorst', 'Ministerium für Landesentwicklung und Verwaltungsdigitalisierung'],
    // a relative `deren` refers to the organisation right before the comma
    ['Die Steuerung übernimmt die Tochter Digitalagentur Lennestein gGmbH, deren Geschäftsführer Nikolai Petrović das Konzept vorstellte.',
      'Nikolai Petrović', 'Digitalagentur Lennestein gGmbH'],
    // … or before `und`
    ['Lob fand sie für die Stiftung Digitales Ehrenamt und deren Leiterin Aylin Demirtaş, die ein Programm entwickelt hat.',
      'Aylin Demirtaş', 'Stiftung Digitales Ehrenamt'],
    // `Co.` does not end the sentence the possessive looks back to
    ['Gebaut hat es die Rennecke Hochbau GmbH & Co. KG. Deren Projektleiter Tobias Rennecke übergab den Schlüssel.',
      'Tobias Rennecke', 'Rennecke Hochbau GmbH & Co. KG'],
    // a possessive before a role set off by commas
    ['Hilfe kommt vom Landesamt für Informationssicherheit und Cyberabwehr (LISC). Dessen Präsident, Dr. Rüdiger Vollmer-Stein, warnte.',
      'Rüdiger Vollmer-Stein', 'Landesamt für Informationssicherheit und Cyberabwehr'],
  ])('organisation by reference: %s', (text, name, org) => {
    expect(people(text).people.find((x) => x.name === name)?.organisation).toBe(org);
  });

  it('resolves later surname-only mentions to the full name', () => {
    const text = 'Martin Hagen, Abteilungsleiter Digitalisierung, plädierte dafür. Das zeigt, so Hagen, vieles. Aus Hagens Sicht ist es gut.';
    const r = people(text);
    expect(r.people.map((p) => p.name)).toEqual(['Martin Hagen']);
    expect(r.mentions.length).toBe(3);
  });

  it.each([
    'Bürgerinnen und Bürger können ihre Anliegen nun rund um die Uhr erledigen.',
    'Ende April 2021 trafen sich die Mitglieder in Haltern am See.',
    'Die Rechenzentren in Holzminden und Höxter werden zusammengeführt.',
    'Digitale Souveränität und Open Source prägten die Tagung der Bremer Senatsverwaltung.',
    'Das Land Sachsen-Anhalt und Thüringen arbeiten mit dem Deutschen Landkreistag zusammen.',
  ])('no people in: %s', (text) => {
    expect(people(text).people).toEqual([]);
  });
});
