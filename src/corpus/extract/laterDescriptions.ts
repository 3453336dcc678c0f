/**
 * A person described again later by role and organisation instead of by name: `sagte Gastredner Hans-Henning
 * Lühr. … sehe der Vorsitzende des IT-Planungsrats dabei nicht.` A reader takes the description to be about the
 * person named just before, so an organisation (and role) the name itself lacked is taken from it.
 */
import type { Token } from './tokens.ts';
import type { OrgSpan } from './organisations.ts';
import type { PersonMention, PersonRecord } from './people.ts';
import { roleBase, ROLE_ADJECTIVE_RE } from './roles.ts';

const ARTICLES = new Set(['der', 'die', 'Der', 'Die']);
const GENITIVE = new Set(['des', 'der']);
/** How many sentences after the name a description may still refer back to it. */
const MAX_SENTENCES_BACK = 2;

/** Fill `organisation` (and `role`) of people from `der <Rolle> des <Organisation>` descriptions after them. */
export function applyLaterDescriptions(tokens: Token[], orgs: OrgSpan[], people: PersonRecord[], mentions: PersonMention[]): void {
  if (people.length === 0 || orgs.length === 0) return;
  const orgAt = new Map<number, OrgSpan>();
  for (const o of orgs) orgAt.set(o.start, o);
  const mentionFrom = new Set(mentions.map((m) => m.token));
  let m = 0; // mentions are sorted by start; index of the first mention at or after token i
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!ARTICLES.has(tokens[i]!.s)) continue;
    let k = i + 1;
    if (ROLE_ADJECTIVE_RE.test(tokens[k]!.s)) k++;
    const role = tokens[k];
    if (!role?.info.role || !GENITIVE.has(tokens[k + 1]?.s ?? '')) continue;
    const org = orgAt.get(tokens[k + 2]?.start ?? -1) ?? orgAt.get(tokens[k + 3]?.start ?? -1);
    if (!org) continue;
    // `der Vorsitzende des IT-Planungsrats, Hans-Henning Lühr,` introduces a name: that is not a description.
    let after = k + 2;
    while (after < tokens.length && tokens[after]!.end <= org.end) after++;
    if (tokens[after]?.s === ',') after++;
    if (mentionFrom.has(after)) continue;
    while (m < mentions.length && mentions[m]!.token < i) m++;
    const before = mentions[m - 1];
    if (!before || tokens[i]!.sent - tokens[before.lastToken]!.sent > MAX_SENTENCES_BACK) continue;
    const p = people[before.person]!;
    if (p.organisation !== null) continue;
    p.organisation = org.canonical;
    p.role ??= (k > i + 1 ? `${tokens[i + 1]!.s} ` : '') + roleBase(role.s);
  }
}
