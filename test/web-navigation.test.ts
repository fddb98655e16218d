import en from '../apps/web/src/i18n/en';
import fr from '../apps/web/src/i18n/fr';
import { NAVIGATION, navigationFor, type NavEntry } from '../apps/web/src/navigation';

const paths = (entries: NavEntry[]) => entries.map((e) => e.path);

describe('web portal navigation table (apps/web/src/navigation.ts)', () => {
  it('shows a signed-out visitor the calls, sign-in and registration only', () => {
    expect(paths(navigationFor(null))).toEqual(['/', '/sign-in', '/register']);
  });

  it('shows the shared links only while a signed-in person’s roles are still loading', () => {
    expect(paths(navigationFor([]))).toEqual(['/', '/messages', '/profile']);
  });

  it('gives community groups their links and reviewers theirs, never the other’s', () => {
    const applicant = paths(navigationFor(['applicant']));
    expect(applicant).toEqual(['/', '/organization', '/proposals', '/grants', '/messages', '/profile']);
    const reviewer = paths(navigationFor(['reviewer']));
    expect(reviewer).toEqual(['/', '/reviews', '/messages', '/profile']);
  });

  it('gives the committee chair the decision queue and both finance roles the disbursements', () => {
    expect(paths(navigationFor(['committee_chair']))).toEqual(['/', '/committee', '/messages', '/profile']);
    expect(paths(navigationFor(['finance_officer']))).toEqual(['/', '/finance', '/messages', '/profile']);
    expect(paths(navigationFor(['finance_approver']))).toEqual(['/', '/finance', '/messages', '/profile']);
  });

  it('gives programme managers « Gestion », and no one else', () => {
    expect(paths(navigationFor(['program_manager']))).toEqual(['/', '/manage', '/messages', '/profile']);
    expect(paths(navigationFor(['applicant', 'reviewer', 'finance_officer', 'committee_chair']))).not.toContain(
      '/manage',
    );
  });

  it('shows a person with several roles each link once, in the table’s order', () => {
    const both = paths(navigationFor(['reviewer', 'applicant']));
    expect(both).toEqual(['/', '/organization', '/proposals', '/grants', '/reviews', '/messages', '/profile']);
    expect(new Set(both).size).toBe(both.length);
  });

  it('has one entry per path, each with a label present in both languages', () => {
    expect(new Set(NAVIGATION.map((e) => e.path)).size).toBe(NAVIGATION.length);
    const lookup = (dict: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dict);
    for (const entry of NAVIGATION) {
      expect([entry.label, typeof lookup(fr, entry.label)]).toEqual([entry.label, 'string']);
      expect([entry.label, typeof lookup(en, entry.label)]).toEqual([entry.label, 'string']);
    }
  });
});
