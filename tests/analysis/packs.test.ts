/**
 * Phrase packs: English and Czech are built in; Slovak, German, French and Spanish are loaded when a
 * draft needs them. This file does not import phrases/all, so it sees the engine as the content
 * script starts: without packs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft, loadedLanguages, packsForDraft, registerPhrasePack } from '../../utils/analysis';
import { loadPhrasePacksFor, packPath, type PackLoaderDeps } from '../../utils/phrase-packs';
import de from '../../utils/analysis/phrases/de';
import fr from '../../utils/analysis/phrases/fr';
import es from '../../utils/analysis/phrases/es';
import sk from '../../utils/analysis/phrases/sk';
import type { Draft } from '../../utils/types';

const german: Draft = {
  from: 'a@example.com',
  to: ['b@example.de'],
  cc: [],
  bcc: [],
  subject: 'Rechnung',
  text: 'Sehr geehrte Damen und Herren, die Rechnung ist nicht bezahlt. Im Anhang finden Sie die Rechnung.',
  html: '',
  attachments: [],
};
const forgotten = (d: Draft): boolean =>
  analyzeDraft(d).findings.some((f) => f.ruleId === 'attachment-forgotten');

/** The packs as the build writes them (JSON of the TypeScript sources), served by a fake fetch. */
function fakeDeps(log: string[], fail = false): PackLoaderDeps {
  const files: Record<string, string> = {};
  for (const pack of [de, fr, es, sk]) files[`ext://${packPath(pack.lang)}`] = JSON.stringify(pack);
  return {
    url: (path) => `ext://${path}`,
    fetch: async (url) => {
      log.push(url);
      if (fail) throw new Error('offline');
      const body = files[url];
      return { ok: body !== undefined, json: async () => JSON.parse(body ?? 'null') as unknown };
    },
  };
}

describe('phrase packs', () => {
  it('detects the languages a draft needs, and none for English or Czech drafts', () => {
    expect(packsForDraft(german)).toEqual(['de']);
    expect(
      packsForDraft({ ...german, text: 'Veuillez trouver le devis en pièce jointe, merci pour votre aide.' }),
    ).toEqual(['fr']);
    expect(
      packsForDraft({
        ...german,
        text: '',
        html: '<div>Hola, te adjunto el contrato para que lo revises y me digas si está bien.</div>',
      }),
    ).toEqual(['es']);
    expect(
      packsForDraft({ ...german, text: 'Dobrý deň, posielam vám faktúru, ktorú ste chceli. Ďakujem.' }),
    ).toEqual(['sk']);
    expect(
      packsForDraft({
        ...german,
        text: 'Hi Tom, the report is attached. Thanks for your help with the launch.',
      }),
    ).toEqual([]);
    expect(
      packsForDraft({ ...german, text: 'Dobrý den, v příloze posílám fakturu, kterou jste chtěl. Děkuji.' }),
    ).toEqual([]);
  });

  it('samples a draft without a subject from the start of its body', () => {
    // The detector reads the first 4,000 characters of subject + "\n" + body; the third German word
    // ends at character 4,000 exactly, so anything put in for a missing subject would push it out.
    const body = `und und ${'x '.repeat(1994)}und`;
    expect(body.length).toBe(3999);
    expect(packsForDraft({ text: body })).toEqual(['de']);
    expect(packsForDraft({ subject: 42 as never, text: body })).toEqual(['de']);
    expect(packsForDraft({ subject: 'x', text: body })).toEqual([]);
  });

  it('loads a needed pack once through fetch, after which the engine knows its phrases', async () => {
    expect(loadedLanguages()).toEqual(['en', 'cs']);
    expect(forgotten(german)).toBe(false);
    const failing: string[] = [];
    expect(await loadPhrasePacksFor(german, fakeDeps(failing, true))).toBe(false);
    expect(failing).toEqual(['ext:///phrases/de.json']);
    const log: string[] = [];
    expect(await loadPhrasePacksFor(german, fakeDeps(log))).toBe(true);
    expect(loadedLanguages()).toEqual(['en', 'cs', 'de']);
    expect(forgotten(german)).toBe(true);
    expect(await loadPhrasePacksFor(german, fakeDeps(log))).toBe(false);
    expect(log).toEqual(['ext:///phrases/de.json']);
  });

  it('rejects malformed packs and languages that are not packs', () => {
    expect(registerPhrasePack(null)).toBe(false);
    expect(registerPhrasePack({ lang: 'xx', spam: {}, attachmentMentions: [] })).toBe(false);
    expect(registerPhrasePack({ lang: 'en', spam: {}, attachmentMentions: [] })).toBe(false);
    expect(
      registerPhrasePack({
        lang: 'fr',
        spam: { money: [['ok', 1], 'bad', [1, 2]] },
        attachmentMentions: [3],
      }),
    ).toBe(true);
    expect(loadedLanguages()).toContain('fr');
  });
});
