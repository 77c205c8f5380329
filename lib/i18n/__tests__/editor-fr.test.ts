import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Words that give away an English message; code, commands and quoted values are removed first. */
const ENGLISH =
  /\b(the|is|are|not|must|expected|unknown|allowed|missing|got|found|no|should|use|write|written|problems?|checked|unchanged|error)\b/i;

/** One value that reads as a number, a string and a list, so every message function can run. */
const SAMPLE = Object.assign(['valeur'], { toString: () => '2' });

function collectMessages(
  value: unknown,
  path: string,
  into: [string, string][],
): [string, string][] {
  if (typeof value === 'string') into.push([path, value]);
  else if (typeof value === 'function') {
    const args: unknown[] = Array.from({ length: value.length }, () => SAMPLE);
    collectMessages(Reflect.apply(value, undefined, args), path, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      collectMessages(child, `${path}.${key}`, into);
  }
  return into;
}

const withoutCode = (text: string) =>
  text
    .replace(/npm run [\w:]+/g, '')
    .replace(/"[^"]*"|`[^`]*`|<[^>]*>/g, '')
    .replace(
      /\b(title|description|date|authors|section|tags|draft|alt|credit|true|false|mailto|http\(s\))\b/g,
      '',
    );

describe('editorFr, the table of editor messages', () => {
  const messages = collectMessages(editorFr, 'editorFr', []);

  it('holds every kind of editor message', () => {
    expect(messages.length).toBeGreaterThan(100);
    for (const group of [
      'problems',
      'check',
      'scaffold',
      'body',
      'links',
      'syntax',
      'yaml',
      'panel',
      'reload',
    ]) {
      expect(
        messages.some(([path]) => path.startsWith(`editorFr.${group}.`)),
        group,
      ).toBe(true);
    }
  });

  it.each(collectMessages(editorFr, 'editorFr', []))('%s is French', (_path, message) => {
    expect(message.trim()).not.toBe('');
    expect(withoutCode(message)).not.toMatch(ENGLISH);
  });

  it('agrees numbers with their nouns', () => {
    expect(editorFr.problems.heading(1, 1)).toBe('1 problème de contenu dans 1 fichier :');
    expect(editorFr.problems.heading(3, 2)).toBe('3 problèmes de contenu dans 2 fichiers :');
    expect(editorFr.check.failed(3, 2, 3, 'content', '0.4', '')).toBe(
      '✗ 3 problèmes dans 2 fichiers ; 3 articles vérifiés dans content/ (0.4 s)',
    );
    expect(editorFr.check.passed(1, 'content', '0.1', editorFr.check.reused(1))).toBe(
      '✓ 1 article, auteurs et rubriques dans content/ : aucun problème (0.1 s, 1 article inchangé depuis la dernière vérification)',
    );
  });

  it('quotes what the editor typed so that spaces and quotes stay visible', () => {
    expect(editorFr.got('9 janvier 2018')).toBe('reçu "9 janvier 2018"');
    expect(editorFr.got(' "x" ')).toBe('reçu " \\"x\\" "');
    expect(editorFr.schema.unknownSection('sport', [])).toBe(
      'rubrique inconnue "sport" ; rubriques existantes : aucun',
    );
  });

  it('names the errors the yaml parser really raises in French', () => {
    for (const yaml of [
      'title: a\ntitle: b\n',
      'title: "sans fin\n',
      'a:\n\t- b\n',
      'tags: [a, b\n',
    ]) {
      const errors = parseDocument(yaml, { uniqueKeys: true }).errors;
      expect(errors.length, yaml).toBeGreaterThan(0);
      for (const error of errors) {
        expect(editorFr.yaml.byCode(error.code), error.code).not.toBe('erreur de syntaxe YAML');
      }
    }
    expect(editorFr.yaml.byCode('DUPLICATE_KEY')).toBe('ce champ est écrit deux fois');
    expect(editorFr.yaml.byCode('SOMETHING_NEW')).toBe('erreur de syntaxe YAML');
  });
});
