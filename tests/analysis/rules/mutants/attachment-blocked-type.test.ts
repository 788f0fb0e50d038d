import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/attachment-blocked-type';
import { factors, unitRun } from './weights';

const a = (name: string) => ({ name, size: 1000, type: '' });
const run = (...names: string[]) => factors(rule, { attachments: names.map(a) });

describe('attachment-blocked-type (mutants)', () => {
  it('weighs each kind of finding', () => {
    expect(run('setup.exe')).toEqual([['blockedType', 1]]);
    expect(run('invoice.pdf.exe')).toEqual([['doubleExtension', 1.2]]);
    expect(run('invoice.pdf.py')).toEqual([['doubleExtension', 1.2]]);
    expect(run('script.py')).toEqual([['blockedByOutlook', 0.5]]);
    expect(run('page.html')).toEqual([['riskyType', 0.4]]);
    expect(run('budget.xlsm')).toEqual([['riskyType', 0.25]]);
    expect(run('invoice\u202efdp.exe')).toEqual([['disguisedName', 1]]);
  });

  it('reads each web page type as a page', () => {
    for (const ext of ['html', 'htm', 'shtml', 'xhtml', 'xht', 'svg', 'mht', 'mhtml'])
      expect(run(`form.${ext}`), ext).toEqual([['riskyType', 0.4]]);
  });

  it('reads every invisible or direction character as a disguise, and removes it from the name', () => {
    for (const ch of [
      '\u202a',
      '\u202e',
      '\u2066',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u061c',
      '\u200b',
      '\u200d',
      '\u2060',
      '\ufeff',
    ]) {
      const [f] = unitRun(rule, { attachments: [a(`cv${ch}.pdf`)] });
      expect(f?.messageId, ch.codePointAt(0)!.toString(16)).toBe('attachment-blocked-type.disguisedName');
      expect(f?.data).toEqual({ name: 'cv.pdf' });
    }
    // Only the disguise finding for that file, and the next file is still read.
    expect(run('a\u202eexe.pdf', 'b.exe')).toEqual([
      ['disguisedName', 1],
      ['blockedType', 1],
    ]);
  });

  it('reads the extension after trailing dots and spaces, and after the last slash', () => {
    expect(run('setup.exe. . ')).toEqual([['blockedType', 1]]);
    expect(run('SETUP.EXE')).toEqual([['blockedType', 1]]);
    expect(run('dir.exe/readme')).toEqual([]);
    expect(run('dir.pdf/setup.exe')).toEqual([['blockedType', 1]]);
    expect(run('exe')).toEqual([]);
    expect(run('setup.')).toEqual([]);
    expect(run('setup.exe ')).toEqual([['blockedType', 1]]);
    expect(run('report.pdf. exe')).toEqual([['doubleExtension', 1.2]]);
  });

  it('needs a document type right before the executable one for a double extension', () => {
    expect(run('setup.v2.exe')).toEqual([['blockedType', 1]]);
    expect(run('photo.jpg.exe')).toEqual([['doubleExtension', 1.2]]);
    expect(run('pdf.exe')).toEqual([['blockedType', 1]]);
    expect(run('invoice.pdf.html')).toEqual([['riskyType', 0.4]]);
  });

  it('gives the data and evidence of each finding', () => {
    const [f] = unitRun(rule, { attachments: [a('ok.pdf'), a('Tool.BAT')] });
    expect(f).toMatchObject({
      severity: 'danger',
      data: { name: 'Tool.BAT', ext: 'bat' },
      evidence: [{ field: 'attachments', index: 1, start: 0, end: 8 }],
    });
    const [o] = unitRun(rule, { attachments: [a('x.py')] });
    expect(o).toMatchObject({
      severity: 'warning',
      data: { name: 'x.py', ext: 'py' },
      fix: { messageId: 'attachment-blocked-type.shareLink' },
    });
    const [d] = unitRun(rule, { attachments: [a('x.pdf.exe')] });
    expect(d).toMatchObject({ data: { name: 'x.pdf.exe', ext: 'exe' } });
    const [r] = unitRun(rule, { attachments: [a('x.svg')] });
    expect(r).toMatchObject({ severity: 'notice', data: { name: 'x.svg', ext: 'svg' } });
  });
});
