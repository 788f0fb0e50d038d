/**
 * The learned layer: the corpus loader refuses the held-back groups, training is deterministic, the
 * shipped model file has the expected format and size, its finding is catalogued in en and cs, and it
 * names the words that weighed most.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../utils/analysis';
import {
  loadModel,
  MODEL_FORMAT,
  MODEL_META,
  MODEL_VERSION,
  type ModelFile,
} from '../../utils/analysis/model';
import { messages } from '../../utils/i18n';
import { assertDevGroup, DEV_GROUPS, isValidation, loadGroup } from '../../scripts/model/corpus';
import { trainModel, type Sample } from '../../scripts/model/trainer';

const modelText = readFileSync(new URL('../../utils/analysis/model/model.json', import.meta.url), 'utf8');

describe('corpus loader', () => {
  it.each(['easy-ham-2', 'hard-ham-1', 'spam-2', 'anything'])('refuses the group %s', (group) => {
    expect(() => assertDevGroup(group)).toThrow(/reserved/);
    expect(() => loadGroup(group)).toThrow(/reserved/);
  });

  it('develops on easy-ham-1 and spam-1 only', () => {
    expect([...DEV_GROUPS]).toEqual(['easy-ham-1', 'spam-1']);
    expect(() => assertDevGroup('spam-1')).not.toThrow();
  });

  it('splits deterministically, about 30% to validation', () => {
    const files = Array.from({ length: 1000 }, (_, i) => ({ group: 'spam-1' as const, file: `${i}.txt` }));
    const first = files.map((f) => isValidation(f));
    expect(files.map((f) => isValidation(f))).toEqual(first);
    const share = first.filter(Boolean).length / files.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
  });
});

describe('training', () => {
  const words = ['cash', 'prize', 'meeting', 'agenda', 'winner', 'report', 'claim', 'minutes'];
  const fixture: Sample[] = Array.from({ length: 60 }, (_, i): Sample => {
    const spam = i % 3 === 0;
    const tokens = spam ? [words[i % 2]!, words[4 + (i % 3) * 2]!, 'claim'] : [words[2 + (i % 2)]!, 'report'];
    const rules: Record<string, number> = spam ? { 'body-spam-phrases': 1 + (i % 4) } : {};
    return { rules, tokens, label: spam ? 1 : 0 };
  });
  const options = { minCount: 2, epochs: 10, maxWords: 6 };

  it('gives the same model twice', () => {
    const a = trainModel(fixture, options);
    const b = trainModel(fixture, options);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.format).toBe(MODEL_FORMAT);
    expect(a.rules['body-spam-phrases']).toBeGreaterThan(0);
  });

  it('learns which words go with spam', () => {
    const m = loadModel(trainModel(fixture, options));
    expect(m.words.get('claim')!).toBeGreaterThan(0);
    expect(m.words.get('report') ?? 0).toBeLessThan(m.words.get('claim')!);
  });
});

describe('shipped model', () => {
  const file = JSON.parse(modelText) as ModelFile;

  it('has the current format and loads', () => {
    expect(file.format).toBe(MODEL_FORMAT);
    expect(file.version).toBe(MODEL_VERSION);
    expect(file.k).toBeGreaterThan(0);
    expect(file.wordMin).toBeLessThanOrEqual(0);
    expect(file.wordMax).toBeGreaterThan(0);
    const loaded = loadModel(file);
    expect(loaded.words.size).toBeGreaterThan(100);
    expect(loaded.words.size).toBeLessThanOrEqual(2000);
    for (const w of Object.values(file.rules)) expect(w).toBeGreaterThan(0);
  });

  it('is small enough for the content script (≤ 8 KB gzipped)', () => {
    expect(gzipSync(modelText, { level: 9 }).length).toBeLessThanOrEqual(8192);
  });

  it('refuses a file of another format', () => {
    expect(() => loadModel({ ...file, version: 99 })).toThrow();
  });
});

describe('word finding', () => {
  it('is catalogued in English and Czech with the same placeholders', () => {
    for (const id of [...Object.keys(MODEL_META.messages), ...Object.keys(MODEL_META.fixes)]) {
      const key = `${MODEL_META.id}.${id}`;
      expect(messages.en[key], key).toMatch(/[.!?]$/);
      expect(messages.cs[key], key).toMatch(/[.!?]$/);
      expect(messages.cs[key]!.match(/\{\w+\}/g)).toEqual(messages.en[key]!.match(/\{\w+\}/g));
    }
    expect(messages.en[`${MODEL_META.id}.spamWords`]).toBe(MODEL_META.messages.spamWords);
  });

  it('names the words that weighed most, with evidence in the draft', () => {
    const file = JSON.parse(modelText) as ModelFile;
    const spammy = Object.entries(file.words)
      .filter(([steps]) => Number(steps) > 0)
      .sort((a, b) => Number(b[0]) - Number(a[0]))
      .flatMap(([, list]) => list.split(' '))
      .filter((t) => !t.includes(':'))
      .slice(0, 12);
    const text = `Hello, ${spammy.join(' ')}.`;
    const r = analyzeDraft({
      from: 'a@example.com',
      to: ['b@example.org'],
      cc: [],
      bcc: [],
      subject: 'Hi',
      text,
      html: '',
      attachments: [],
    });
    const f = r.findings.find((x) => x.ruleId === MODEL_META.id);
    expect(f, JSON.stringify(r.findings)).toBeDefined();
    expect(f!.messageId).toBe(`${MODEL_META.id}.spamWords`);
    expect(String(f!.data!.words)).toContain(spammy[0]!);
    for (const e of f!.evidence) expect(text.slice(e.start, e.end).toLowerCase()).toMatch(/^\p{L}+$/u);
    expect(r.score).toBeGreaterThan(0);
  });
});
