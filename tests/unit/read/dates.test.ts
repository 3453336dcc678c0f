import { describe, expect, it } from 'vitest';
import { inferEventDate, isValidDate, parseGermanDate, parseHeaderLine, splitBracketDate, splitDateline } from '../../../src/corpus/read/dates.ts';

const parseDateline = (p: string): string | null => splitDateline(p)?.date ?? null;

describe('parseGermanDate', () => {
  it.each([
    ['25.11.2019', '2019-11-25'],
    ['9.9.2020', '2020-09-09'],
    ['14.06.23', '2023-06-14'],
    ['29.02.2020', '2020-02-29'],
    ['29.02.2021', null],
    ['31.02.2020', null],
    ['31.04.2020', null],
    ['0.1.2020', null],
    ['1.13.2020', null],
    ['3. März 2022', '2022-03-03'],
    ['3. Maerz 2022', '2022-03-03'],
    ['03. Okt. 2021', '2021-10-03'],
    ['1. Dezember 2019', '2019-12-01'],
    ['31. Juni 2019', null],
    ['3. Brumaire 2022', null],
    ['Ende April 2021', null],
    ['', null],
  ])('%s → %s', (input, want) => expect(parseGermanDate(input)).toBe(want));
});

describe('isValidDate', () => {
  it.each([
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2024, 12, 31, true],
    [2024, 0, 1, false],
    [2024, 1, 1.5, false],
  ])('%i-%i-%d → %s', (y, m, d, want) => expect(isValidDate(y, m, d)).toBe(want));
});

describe('splitBracketDate', () => {
  it.each([
    ['[25.11.2019] Lead text', '2019-11-25', 'Lead text'],
    ['[13.1.2022] Thüringens CIO', '2022-01-13', 'Thüringens CIO'],
    ['[31.02.2020] kaputt', null, 'kaputt'],
  ])('%s', (line, date, rest) => expect(splitBracketDate(line)).toEqual({ date, rest }));
  it('no stamp → null', () => expect(splitBracketDate('Text [25.11.2019]')).toBeNull());
});

describe('parseHeaderLine', () => {
  it.each([
    ['14.06.2023 | Kommune21', { date: '2023-06-14', source: 'Kommune21' }],
    ['3. März 2022 | Behörden Spiegel', { date: '2022-03-03', source: 'Behörden Spiegel' }],
    ['14.06.2023 |', { date: '2023-06-14', source: null }],
    ['14.06.2023', { date: '2023-06-14', source: null }],
    ['Politik | Kommune21', null],
    ['31.02.2023 | Kommune21', null],
  ])('%s', (line, want) => expect(parseHeaderLine(line)).toEqual(want));
});

describe('parseDateline', () => {
  it.each([
    ['Bremen, am 3. März 2022 – Die Verbände …', '2022-03-03'],
    ['Berlin, 14.06.2023. Der Bund …', '2023-06-14'],
    ['am 3. März 2022 – Text', '2022-03-03'],
    ['Frankfurt am Main, 1. Juli 2020: Text', '2020-07-01'],
    ['Die Verbände haben am 3. März 2022 getagt.', null],
    ['Bremen, am 31. Februar 2022 – Text', null],
  ])('%s → %s', (p, want) => expect(parseDateline(p)).toBe(want));

  it('comes off the paragraph, except when closed by a parenthesis', () => {
    expect(splitDateline('Berlin, 22. Juni 2023 – Der Verband fordert …')).toEqual({ date: '2023-06-22', rest: 'Der Verband fordert …' });
    expect(splitDateline('Hannover, 14.06.2023. Die Stadt …')).toEqual({ date: '2023-06-14', rest: 'Die Stadt …' });
    expect(splitDateline('Hannover (14.06.2023) Die Stadt …')).toBeNull();
    expect(splitDateline('14.06.2023 (Hannover) Die Stadt …')).toEqual({ date: '2023-06-14', rest: '14.06.2023 (Hannover) Die Stadt …' });
    expect(splitDateline('Die Stadt teilte am 3. März 2022 mit …')).toBeNull();
  });
});

describe('inferEventDate', () => {
  it.each([
    ['In ihrer Mitgliederversammlung Ende April 2021 hat Vitako ein Zielbild skizziert.', '2021-04', 'Mitgliederversammlung Ende April 2021'],
    ['Auf Einladung von GKD hat am 4. und 5. April 2019 die turnusmäßige Mitgliederversammlung stattgefunden.', '2019-04', 'Mitgliederversammlung am 4. und 5. April 2019'],
    ['Auf der Jahrestagung im November 2019 sprach Lühr.', '2019-11', 'Jahrestagung im November 2019'],
    ['Die Konferenz fand am 3. März 2022 in Bonn statt.', '2022-03', 'Konferenz am 3. März 2022'],
  ])('%s', (text, date, note) => {
    const r = inferEventDate(text);
    expect(r?.date).toBe(date);
    expect(r?.note).toContain(note);
  });

  it.each([
    ['Die Kooperation wurde bis Ende 2029 verlängert.'],
    ['Als weitere Themen der Mitgliederversammlung nennt Vitako den Jahresabschluss 2020.'],
    ['Kommunen können sich bis zum 11. Mai 2025 bewerben, teilte die Versammlung mit.'],
    ['Die nächste Mitgliederversammlung wird im Mai 2022 stattfinden.'],
    ['Die Tagung soll am 3. März 2023 in Bonn stattfinden.'],
    ['Seit März 2020 arbeitet der Dienstleister an Alternativen.'],
    ['Am 3. März 2022 hat Dataport ein Produkt vorgestellt.'],
    ['Die Sitzung am 31. Februar 2022 war lang.'],
  ])('no inference: %s', (text) => expect(inferEventDate(text)).toBeNull());
});
