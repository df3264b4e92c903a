/** The language server in the client's language, over a real LSP connection: initialize's locale, then parlq.locale. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from './helpers.js';
import { startServer, type PublishedDiagnostics, type TestClient } from './lspClient.js';

const URI = 'file:///workspace/5-8916.parlq';
const missingAnswer = (published: PublishedDiagnostics) => published.diagnostics.find((diagnostic) => diagnostic.code === 'missing-answer')?.message ?? '';

describe('the language server for a French client (initialize locale "fr-BE")', () => {
  let client: TestClient;
  let opened: PublishedDiagnostics;

  beforeAll(async () => {
    client = await startServer({ configuration: true, settings: {}, locale: 'fr-BE' });
    const diagnostics = client.nextDiagnostics(URI);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'parlq', version: 1, text: SAMPLE } });
    opened = await diagnostics;
  });
  afterAll(async () => {
    await client.stop();
  });

  it("publishes the sample's diagnostics in French, related information too", () => {
    expect(opened.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual([
      'answer-overdue',
      'label-language',
      'label-language',
      'missing-answer',
      'typography',
      'typography',
    ]);
    expect(missingAnswer(opened)).toMatch(/^Pas de réponse 4 en français : « Service public de programmation \(SPP\) Intégration Sociale » ne répond pas à la question 4/);
    const related = opened.diagnostics.find((diagnostic) => diagnostic.code === 'missing-answer')!.relatedInformation!.map((item) => item.message);
    expect(related).toEqual([
      'Question 4 : 4) A-t-on enregistré, auprès des SPF relevant de votre compétence, des cas…',
      'Réponse néerlandaise 4 : 4. Er zijn geen gevallen van misbruik bekend.',
    ]);
    expect(opened.diagnostics.find((diagnostic) => diagnostic.code === 'answer-overdue')!.message).toMatch(
      /^Réponse tardive : le 4 juin 2013, 2 jours ouvrables après le délai du 31 mai 2013/,
    );
  });

  it('answers hover, outline and quick fixes in French', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 126, character: 12 } })) as {
      contents: { value: string };
    };
    expect(hover.contents.value).toMatch(/^\*\*Nederlands\*\* \(néerlandais · original\) — réponse 2, \[ligne 165\]/);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as { name: string; children?: { name: string }[] }[];
    expect(symbols[0]!.children!.map((child) => child.name)).toEqual(['En-tête', 'Descripteurs', 'Chronologie', 'Renvois', 'Question', 'Réponse']);
    const label = opened.diagnostics.find((diagnostic) => diagnostic.code === 'label-language')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: label.range,
      context: { diagnostics: [label] },
    })) as { title: string }[];
    expect(actions.map((action) => action.title)).toContain('Utiliser les libellés français (« Envoi question » et « Réponse »)');
  });

  it('speaks Dutch as soon as parlq.locale says "nl", and the client\'s French again with "auto", without a restart', async () => {
    client.settings.value = { locale: 'nl' };
    const dutch = client.nextDiagnostics(URI, (published) => missingAnswer(published).startsWith('Geen'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(missingAnswer(await dutch)).toMatch(/^Geen Frans antwoord 4: "Service public de programmation \(SPP\) Intégration Sociale" beantwoordt vraag 4 niet/);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as { name: string }[];
    expect(symbols[0]!.name).toBe('Vraag 5-8916');
    client.settings.value = { locale: 'auto' };
    const french = client.nextDiagnostics(URI, (published) => missingAnswer(published).startsWith('Pas'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(missingAnswer(await french)).toMatch(/^Pas de réponse 4 en français/);
  });

  it('tells of a bad setting in French', async () => {
    client.settings.value = { locale: 'de', hover: { enabled: 'oui' } };
    const diagnostics = client.nextDiagnostics(URI);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await diagnostics;
    expect(client.messages.map((message) => message.message)).toEqual([
      'parlq: Le réglage « parlq.hover.enabled » doit valoir true ou false, et non "oui" ; valeur utilisée : true.',
      'parlq: Le réglage « parlq.locale » doit valoir auto, en, fr, nl, et non "de" ; valeur utilisée : "auto".',
    ]);
  });
});

describe('the language server for a Dutch client without workspace/configuration', () => {
  it('publishes in Dutch from the initialize locale alone, and in English for a language parlq does not speak', async () => {
    for (const [locale, start] of [
      ['nl', 'Geen Frans antwoord 4: '],
      ['de-DE', 'No French answer 4: '],
    ] as const) {
      const client = await startServer({ configuration: false, locale });
      try {
        const diagnostics = client.nextDiagnostics(URI);
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'parlq', version: 1, text: SAMPLE } });
        expect(missingAnswer(await diagnostics).startsWith(start), locale).toBe(true);
      } finally {
        await client.stop();
      }
    }
  });
});
