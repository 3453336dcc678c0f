/**
 * German sentence material per theme. Placeholders are filled by articles.ts: `{ORG}` an organisation's short
 * name, `{PLACE}` a city or state, `{YEAR}` a year near the article date, `{NUM}` a number, `{PCT}` a percentage.
 * The material is deliberately repetitive in vocabulary (like real trade press) so search and topic matching see
 * realistic term frequencies, and full of capitalised nouns, which makes naive name patterns fail as in reality.
 */

/** One theme: what titles, keywords, body sentences and quotes about it look like. */
export interface Theme {
  id: string;
  /** Stichwörter the page lists for the theme. */
  keywords: string[];
  /** Title after the kicker (`Vitako: <title>`). */
  titles: string[];
  /** Subheadings inside the body. */
  headings: string[];
  /** Statements in reported form (third person). */
  sentences: string[];
  /** Statements a speaker makes in the first person (direct quotes). */
  quotes: string[];
  /** Clauses for indirect speech in Konjunktiv (`…, sagte X, die Umsetzung sei …`). */
  reported: string[];
}

export const THEMES: readonly Theme[] = [
  {
    id: 'ozg',
    keywords: ['OZG', 'Onlinezugangsgesetz', 'Verwaltungsportal', 'Portalverbund'],
    titles: ['Zwischenfazit zum OZG', 'OZG-Umsetzung nimmt Fahrt auf', 'Neue Online-Dienste freigeschaltet', 'Einer für Alle in der Fläche', 'Portalverbund wächst weiter', 'OZG-Leistungen nachnutzen'],
    headings: ['Einer für Alle', 'Nachnutzung im Verbund', 'Von der Pflicht zur Kür', 'Fachverfahren anbinden'],
    sentences: [
      'Die Umsetzung des Onlinezugangsgesetzes (OZG) stand im Mittelpunkt der Veranstaltung in {PLACE}.',
      'Bis Ende {YEAR} sollen {NUM} weitere Verwaltungsleistungen online verfügbar sein.',
      'Nach dem Einer-für-Alle-Prinzip entwickelt ein Land einen Online-Dienst, den andere Länder und Kommunen nachnutzen können.',
      'Bislang sind {PCT} Prozent der OZG-Leistungen in {PLACE} vollständig digital verfügbar.',
      'Die Anbindung der Fachverfahren an die Online-Dienste gilt als größte Baustelle der OZG-Umsetzung.',
      'Mit dem OZG-Änderungsgesetz wurde die Frist für die Digitalisierung der Verwaltungsleistungen aufgehoben.',
      'Über das Servicekonto können Bürgerinnen und Bürger Anträge rund um die Uhr stellen.',
      'Die Nutzerzahlen der Online-Dienste bleiben bislang hinter den Erwartungen zurück.',
    ],
    quotes: [
      'Wir müssen die Online-Dienste jetzt in die Fläche bringen, sonst bleibt das OZG ein Versprechen auf dem Papier.',
      'Die Nachnutzung funktioniert nur, wenn alle Beteiligten dieselben Standards verwenden.',
      'Ohne die Anbindung der Fachverfahren ist ein Online-Antrag nur ein elektronisches Formular.',
      'Die Kommunen brauchen verlässliche Finanzierung, um die Dienste dauerhaft zu betreiben.',
    ],
    reported: ['die OZG-Umsetzung komme gut voran', 'die Kommunen bräuchten mehr Unterstützung bei der Nachnutzung', 'der Portalverbund sei ein wichtiger Schritt'],
  },
  {
    id: 'souveraenitaet',
    keywords: ['Digitale Souveränität', 'Souveränität', 'Abhängigkeit', 'openDesk'],
    titles: ['Initiative für unabhängige Kommunen', 'Digitale Souveränität stärken', 'Weniger Abhängigkeit von Herstellern', 'Souverän in die Cloud', 'Strategie für digitale Souveränität'],
    headings: ['Digitale Souveränität', 'Abhängigkeiten verringern', 'Wechselfähigkeit als Ziel'],
    sentences: [
      'Die digitale Souveränität der öffentlichen Verwaltung ist seit Jahren eines der treibenden Themen.',
      'Eine Umfrage ergab, dass sich {PCT} Prozent der Kommunen als abhängig von einzelnen Software-Anbietern sehen.',
      'Ziel ist es, die Verwaltung von einzelnen Herstellern und proprietären Produkten unabhängiger zu machen.',
      'Mit openDesk steht inzwischen ein souveräner Arbeitsplatz für die Verwaltung zur Verfügung.',
      'Souveränität bedeutet nicht Autarkie, sondern die Fähigkeit, Anbieter wechseln zu können.',
      'Die Technologieabhängigkeit der Verwaltung soll schrittweise verringert werden.',
    ],
    quotes: [
      'Digitale Souveränität ist keine Frage der Technik allein, sondern eine politische Aufgabe.',
      'Wir wollen Position beziehen zu technologischen Abhängigkeiten.',
      'Wer souverän handeln will, muss die Wahl zwischen Alternativen haben.',
      'Diese Daten müssen einfach sicher sein.',
    ],
    reported: ['die Verwaltung müsse wechselfähig bleiben', 'die Abhängigkeit von einzelnen Anbietern sei zu groß', 'digitale Souveränität sei eine Daueraufgabe'],
  },
  {
    id: 'opensource',
    keywords: ['Open Source', 'Open-Source-Software', 'openCode', 'Nachnutzung'],
    titles: ['Open Source als Handlungsoption', 'Plattform für offenen Code', 'Mehr Open Source in Rathäusern', 'Open-Source-Strategie beschlossen'],
    headings: ['Offener Code', 'Gemeinsam entwickeln', 'Public Money, Public Code'],
    sentences: [
      'Der zunehmende Einsatz von Open Source gilt als wichtiger Baustein für mehr digitale Souveränität.',
      'Auf der Plattform openCode teilen Bund, Länder und Kommunen inzwischen {NUM} Projekte.',
      'Die Stadt {PLACE} will bei neuen Beschaffungen Open-Source-Lösungen bevorzugen.',
      'Open-Source-Software soll der Verwaltung eine zusätzliche Handlungsoption verschaffen.',
      'Gemeinsam entwickelte Software kann von allen Beteiligten nachgenutzt und weiterentwickelt werden.',
    ],
    quotes: [
      'Der zunehmende Einsatz von Open Source ist ein wichtiger Baustein für mehr digitale Souveränität der Kommunen.',
      'Was mit öffentlichem Geld entwickelt wird, sollte der Allgemeinheit zur Verfügung stehen.',
      'Open Source ist kein Selbstzweck, sondern ein Werkzeug für gemeinsame Entwicklung.',
    ],
    reported: ['Open Source sei für die Kommunen eine echte Alternative', 'der Code solle offen auf openCode bereitstehen'],
  },
  {
    id: 'cloud',
    keywords: ['Cloud', 'Deutsche Verwaltungscloud', 'Rechenzentrum', 'Infrastruktur'],
    titles: ['Verwaltungscloud geht an den Start', 'Souveräne Cloud für Kommunen', 'Rechenzentren bündeln Kräfte', 'Cloud-Strategie vorgestellt'],
    headings: ['Infrastruktur in öffentlicher Hand', 'Gemeinsamer Betrieb', 'Cloud first?'],
    sentences: [
      'Die Deutsche Verwaltungscloud soll den Betrieb von Fachverfahren über Ländergrenzen hinweg ermöglichen.',
      'Es braucht zwingend eine IT-Infrastruktur in öffentlicher Hand, um diese Ziele zu erreichen.',
      'Der IT-Dienstleister betreibt zwei georedundante Rechenzentren in {PLACE}.',
      'Für den Umzug in die Cloud hat {ORG} einen Stufenplan bis {YEAR} vorgelegt.',
      'Kommunale Rechenzentren wollen ihre Infrastruktur künftig gemeinsam betreiben.',
    ],
    quotes: [
      'Wir stehen hier erst am Anfang einer Technologieentwicklung.',
      'Eine souveräne Cloud ist die Voraussetzung für alles, was wir in den nächsten Jahren vorhaben.',
      'Kein Rechenzentrum kann diese Aufgabe allein stemmen.',
    ],
    reported: ['die Cloud-Infrastruktur müsse in öffentlicher Hand bleiben', 'die Rechenzentren würden ihre Kräfte bündeln'],
  },
  {
    id: 'register',
    keywords: ['Registermodernisierung', 'Once Only', 'NOOTS', 'Identifikationsnummer'],
    titles: ['Registermodernisierung kommt voran', 'Once-Only in greifbarer Nähe', 'Register vernetzen', 'Datenaustausch ohne Medienbrüche'],
    headings: ['Once Only', 'Das Nationale Once-Only-Technical-System', 'Datenschutz im Blick'],
    sentences: [
      'Mit der Registermodernisierung sollen Bürgerinnen und Bürger ihre Daten der Verwaltung nur noch einmal mitteilen müssen.',
      'Die steuerliche Identifikationsnummer dient künftig als registerübergreifendes Ordnungsmerkmal.',
      'Über das Nationale Once-Only-Technical-System (NOOTS) sollen Register Daten sicher austauschen.',
      'In {PLACE} wurde der Datenaustausch zwischen Melderegister und Fachverfahren erfolgreich erprobt.',
      'Die Registermodernisierung gilt als Voraussetzung für eine durchgängig digitale Verwaltung.',
    ],
    quotes: [
      'Once Only ist das eigentliche Versprechen an die Bürgerinnen und Bürger.',
      'Ohne moderne Register bleibt jede Digitalisierung Stückwerk.',
    ],
    reported: ['die Registermodernisierung sei ein Generationenprojekt', 'der Datenschutz werde von Anfang an mitgedacht'],
  },
  {
    id: 'schule',
    keywords: ['Schul-IT', 'DigitalPakt Schule', 'Bildung', 'Schulträger'],
    titles: ['Schulen digital ausgestattet', 'DigitalPakt: Mittel abgerufen', 'Schul-IT aus einer Hand', 'Lernplattform für alle Schulen'],
    headings: ['Endgeräte und Support', 'Digitale Klassenzimmer', 'Schulträger entlasten'],
    sentences: [
      'Aus dem DigitalPakt Schule hat {PLACE} bislang {NUM} Millionen Euro abgerufen.',
      'Der Schulträger stellt allen Schulen eine einheitliche Lernplattform zur Verfügung.',
      'Für den Support der Endgeräte an Schulen fehlen vielerorts Fachkräfte.',
      'In digitalen Klassenzimmern und auf Bildungsplattformen stecke großes Potenzial.',
      'Der IT-Dienstleister übernimmt für {NUM} Schulen den Betrieb der Schul-IT.',
    ],
    quotes: [
      'Die Schulen brauchen nicht nur Geräte, sondern verlässlichen Support.',
      'Digitale Bildung beginnt bei einer funktionierenden Infrastruktur.',
    ],
    reported: ['die Schulträger bräuchten dauerhafte Finanzierung', 'der DigitalPakt habe viel bewegt'],
  },
  {
    id: 'ki',
    keywords: ['Künstliche Intelligenz', 'KI', 'Chatbot', 'Automatisierung'],
    titles: ['KI-Assistent für die Verwaltung', 'Chatbot beantwortet Bürgerfragen', 'Künstliche Intelligenz im Rathaus', 'KI-Strategie für Kommunen'],
    headings: ['Assistenz statt Ersatz', 'Daten als Grundlage', 'Erste Erfahrungen'],
    sentences: [
      'Künstliche Intelligenz soll Sachbearbeiterinnen und Sachbearbeiter bei Routineaufgaben entlasten.',
      'Ein KI-gestützter Chatbot beantwortet in {PLACE} inzwischen rund {NUM} Anfragen im Monat.',
      'Durch Data Driven Government und Prozessautomatisierung sollen Verwaltungsverfahren schneller werden.',
      'Der Einsatz von KI in der Verwaltung wirft auch Fragen der Transparenz und Nachvollziehbarkeit auf.',
      'Ein Sprachmodell fasst Akten zusammen und schlägt Antworten auf Bürgeranfragen vor.',
    ],
    quotes: [
      'Künstliche Intelligenz wird die Verwaltung nicht ersetzen, aber sie wird sie verändern.',
      'Wir setzen KI dort ein, wo sie Beschäftigte spürbar entlastet.',
      'Die notwendigen Informationen sind in den Kommunen schon oft vorhanden.',
    ],
    reported: ['KI könne dem Fachkräftemangel entgegenwirken', 'die Ergebnisse müssten stets überprüfbar bleiben'],
  },
  {
    id: 'sicherheit',
    keywords: ['Informationssicherheit', 'IT-Sicherheit', 'Cyberangriff', 'BSI'],
    titles: ['Cyberangriff legt Verwaltung lahm', 'Informationssicherheit als Chefsache', 'Notfallübung im Rechenzentrum', 'Mindeststandards für Kommunen'],
    headings: ['Lehren aus dem Angriff', 'Prävention und Notfallplan', 'Sicherheit kostet'],
    sentences: [
      'Nach dem Cyberangriff waren die Dienste der Kommunalverwaltung in {PLACE} wochenlang eingeschränkt.',
      'Das BSI empfiehlt Kommunen, ein Informationssicherheitsmanagement nach IT-Grundschutz aufzubauen.',
      'Für IT-Notfälle wurde ein landesweites Unterstützungsteam eingerichtet.',
      'Die Zahl der Angriffe auf kommunale Einrichtungen ist im Jahr {YEAR} deutlich gestiegen.',
    ],
    quotes: [
      'Informationssicherheit ist kein Projekt, sondern eine Daueraufgabe.',
      'Jede Kommune muss wissen, was sie im Ernstfall als Erstes tut.',
    ],
    reported: ['die Sicherheitslage sei angespannt', 'die Kommunen müssten mehr in Prävention investieren'],
  },
  {
    id: 'eakte',
    keywords: ['E-Akte', 'Dokumentenmanagement', 'E-Rechnung', 'Digitalisierung'],
    titles: ['E-Akte flächendeckend eingeführt', 'Papierlos im Rathaus', 'E-Rechnung wird Pflicht', 'Digitale Aktenführung startet'],
    headings: ['Vom Papier zur Datei', 'Schulung der Beschäftigten', 'Medienbrüche vermeiden'],
    sentences: [
      'Bis {YEAR} sollen alle Ämter der Stadtverwaltung mit der E-Akte arbeiten.',
      'Die Einführung der E-Akte verlangt vor allem eine Anpassung der Prozesse.',
      'Rechnungen gehen in {PLACE} bereits zu {PCT} Prozent elektronisch ein.',
      'Mit dem Dokumentenmanagementsystem entfallen Medienbrüche zwischen den Fachbereichen.',
    ],
    quotes: [
      'Die E-Akte ist nur so gut wie die Prozesse, die dahinterstehen.',
      'Wir haben die Beschäftigten von Anfang an mitgenommen.',
    ],
    reported: ['die E-Akte spare Zeit und Wege', 'die Umstellung sei ein Kraftakt gewesen'],
  },
  {
    id: 'smartcity',
    keywords: ['Smart City', 'Modellprojekte Smart Cities', 'Open Data', 'Stadtentwicklung'],
    titles: ['Smart-City-Strategie beschlossen', 'Daten für die Stadtentwicklung', 'Digitaler Zwilling geplant', 'Open-Data-Portal freigeschaltet'],
    headings: ['Die vernetzte Stadt', 'Offene Daten', 'Bürger beteiligen'],
    sentences: [
      'Als Modellprojekt Smart Cities erhält {PLACE} Fördermittel in Höhe von {NUM} Millionen Euro.',
      'Über das Open-Data-Portal stellt die Stadt {NUM} Datensätze frei zur Verfügung.',
      'Ein digitaler Zwilling soll Planungen für Verkehr und Klimaschutz unterstützen.',
      'Sensoren erfassen in der Innenstadt Parkplätze, Luftqualität und Besucherströme.',
    ],
    quotes: [
      'Die Smart City ist kein Technikprojekt, sondern ein Stadtentwicklungsprojekt.',
      'Wir wollen die Bürgerinnen und Bürger von Anfang an beteiligen.',
    ],
    reported: ['die Daten gehörten der Stadtgesellschaft', 'die Förderung ermögliche neue Projekte'],
  },
];

/** Sentences that fit any theme: event framing, co-operation, money. */
export const GENERAL_SENTENCES: readonly string[] = [
  'Am Rande der Mitgliederversammlung in {PLACE} tauschten sich die Teilnehmer über aktuelle Projekte aus.',
  'Bund, Länder und Kommunen müssten für eine erfolgreiche Digitalisierung miteinander sprechen und politisch zusammenarbeiten.',
  'Das Projekt wird mit {NUM} Millionen Euro aus Landesmitteln gefördert.',
  'Die Zusammenarbeit könne im Zweifel dauern, aber auch gemeinsam mit dem Bund funktionieren.',
  'Die kommunalen IT-Dienstleister haben sich im Krisenjahr {YEAR} bewährt.',
  'Interkommunale Zusammenarbeit soll die Verwaltungen in der Fläche entlasten.',
  'Der Fachkräftemangel trifft die öffentliche IT besonders hart.',
  'Die Ergebnisse sollen im Herbst {YEAR} vorgestellt werden.',
  'An der Umfrage beteiligten sich {NUM} Städte, Kreise und Gemeinden.',
  'Weitere Kommunen können sich dem Vorhaben anschließen.',
];

/** Ways a text says who speaks in indirect speech; `{P}` is the person, `{S}` the clause in Konjunktiv. */
export const REPORTED_FRAMES: readonly string[] = [
  '{P} sagte, {S}.',
  '{P} erklärte, {S}.',
  'Laut {P} gilt: {S}.',
  '{S}, so {P}.',
  '{S}, betonte {P}.',
  'Nach Ansicht von {P} gilt, {S}.',
];

/** Verbs that attribute a direct quote. */
export const QUOTE_VERBS: readonly string[] = ['sagte', 'erklärte', 'betonte', 'so', 'unterstrich', 'ergänzte', 'erläuterte'];

/** Teaser kicker material (the part before the colon in the teaser title). */
export const TEASER_LEADS: readonly string[] = [
  'Es wurden erste Erfahrungen mit dem neuen Angebot gesammelt; weitere Kommunen sollen folgen.',
  'Das Land unterstützt die Kommunen dabei mit Beratung und Fördermitteln.',
  'Ziel ist es, Verfahren zu vereinfachen und Bürgerinnen und Bürger zu entlasten.',
  'Die Ergebnisse wurden jetzt in einem Abschlussbericht vorgestellt.',
  'Der Start ist für das kommende Jahr geplant.',
];
