/**
 * Mutation tests for attachment-forgotten (issue 13): the loop over the attachment mentions must skip
 * an "attached to" and go on to the next mention (a `continue` turned into `break` would stop there),
 * stop collecting at ten pieces of evidence, and quote the first mention that counts.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/attachment-forgotten';
import { runRule } from '../../../../utils/analysis';
import '../../../../utils/analysis/phrases/all';

describe('attachment-forgotten (mutants)', () => {
  it('flags the sentence of issue 13 ("I\'m attached to this plan" is no mention at all)', () => {
    const text = "I'm attached to this plan. Please find attached the contract.";
    const findings = runRule(rule, { text });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.data).toMatchObject({ phrase: 'Please find attached' });
  });

  it('skips "is attached to" and still flags a later "please find attached" (continue, not break)', () => {
    const text = 'My heart is attached to this plan. Please find attached the contract.';
    const [f, ...rest] = runRule(rule, { text });
    expect(rest).toEqual([]);
    expect(f?.messageId).toBe('attachment-forgotten.mentionedNotAttached');
    expect(f?.data).toMatchObject({ phrase: 'Please find attached' });
    const at = text.indexOf('Please find attached');
    expect(f?.evidence).toEqual([{ field: 'text', start: at, end: at + 'Please find attached'.length }]);
  });

  it('skips an "attached to" in the subject and goes on to the text', () => {
    const findings = runRule(rule, {
      subject: 'The label is attached to it',
      text: 'I have attached the report.',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence.map((e) => e.field)).toEqual(['text']);
  });

  it('collects at most ten pieces of evidence', () => {
    const text = Array.from({ length: 14 }, (_, i) => `Part ${i}: please find attached the file.`).join(' ');
    const [f] = runRule(rule, { text });
    expect(f?.evidence).toHaveLength(10);
  });

  it('quotes the first mention, in the subject before the text', () => {
    const [f] = runRule(rule, { subject: 'See attachment', text: 'I have attached the report.' });
    expect(f?.data).toMatchObject({ phrase: 'See attachment' });
    expect(f?.evidence.map((e) => e.field)).toEqual(['subject', 'text']);
  });

  it('reads each of the "not a file" words after the mention', () => {
    for (const w of ['to', 'with', 'onto', 'by', 'on', 'TO'])
      expect(runRule(rule, { text: `The label is attached ${w} the box.` }), w).toEqual([]);
    // Only whole words: "attached together" is not "attached to".
    expect(runRule(rule, { text: 'The report is attached tomorrow.' })).toHaveLength(1);
    // Only right after the mention (within whitespace): "attached, to be honest" is a file.
    expect(runRule(rule, { text: 'The report is attached, to be honest.' })).toHaveLength(1);
  });
});
