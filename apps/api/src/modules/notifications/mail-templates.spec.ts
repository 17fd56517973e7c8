import { LANGUAGES } from '@tiltak/shared/api-contract';
import { type NoticeContext, oneLine, renderDigest, renderNotice } from './mail-templates';

const ctx = (measureTitle: string): NoticeContext => ({
  template: 'escalation',
  stepKey: 'reminder',
  recipientKind: 'responsible',
  missing: null,
  measureTitle,
  phase: null,
  unitName: 'IDI\r\nBcc: evil@evil.example',
  responsibleName: 'Kari',
  deadline: '2026-12-01',
  today: '2026-11-26',
  caseUrl: 'http://localhost:3000/cases/1',
});

describe('mail subjects', () => {
  it('never carry a line break, even from a title with CR, LF or other control characters', () => {
    for (const title of [
      'Tiltak\rBcc: evil@evil.example',
      'To\nlinjer',
      'Tab\tog\u0000nul',
      'Linje\u2028skille',
    ]) {
      for (const lang of LANGUAGES) {
        const mail = renderNotice(ctx(title), lang);
        expect(mail.subject).not.toMatch(/[\r\n\t\u2028]/);
        expect(mail.subject).not.toContain('\u0000');
        const digest = renderDigest([ctx(title)], lang);
        expect(digest.subject).not.toMatch(/[\r\n]/);
        expect(digest.text.split('\n')[0]).not.toMatch(/\r/);
      }
    }
    expect(oneLine(' a\r\n\r\nb\t c ')).toBe('a b c');
  });
});
