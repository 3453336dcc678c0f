/** gender.ts: the gender a text gives a person, used only to resolve `sagte er` / `sagte sie`. */
import { describe, expect, it } from 'vitest';
import { roleGender, roleWordGender } from '../../../src/corpus/extract/gender.ts';
import { firstNameGender, isFirstName } from '../../../src/corpus/extract/firstNames.ts';

describe('gender of role words', () => {
  it.each([
    ['Geschäftsführerin', 'f'], ['Landrätin', 'f'], ['Vorständin', 'f'], ['KDZ-Chefin', 'f'], ['Ministerin', 'f'],
    ['Staatssekretär', 'm'], ['Geschäftsführers', 'm'], ['Präsidenten', 'm'], ['Bundesdigitalminister', 'm'],
    ['Vorsitzender', 'm'], ['Vorsitzende', null], ['Beigeordnete', null], ['Vorstand', null], ['CIO', null], ['Rathaus', null],
  ] as const)('%s → %s', (word, gender) => {
    expect(roleWordGender(word)).toBe(gender);
  });
  it('takes a role phrase\'s first gendered word', () => {
    expect(roleGender('stellvertretende Vorsitzende')).toBeNull();
    expect(roleGender('stellvertretender Vorsitzender')).toBe('m');
    expect(roleGender('Leiterin des Fachdienstes Digitalisierung')).toBe('f');
    expect(roleGender(null)).toBeNull();
  });
});

describe('first names', () => {
  it.each([['Hannah', 'f'], ['Sven', 'm'], ['Hans-Henning', 'm'], ['Anna-Lena', 'f'], ['Marie-Luise', 'f'], ['Kay', null], ['Rathaus', null]] as const)('%s → %s', (name, gender) => {
    expect(firstNameGender(name)).toBe(gender);
  });
  it('a name given to either is still a first name', () => {
    expect(isFirstName('Kay')).toBe(true);
    expect(isFirstName('Sascha')).toBe(true);
  });
});
