import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanContent } from '@/lib/content/live/scan';

let root = '';

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-scan-'));
  fs.cpSync(path.resolve('lib/seo/__tests__/fixtures/newsroom'), root, { recursive: true });
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('scanContent', () => {
  it('lists articles, authors and sections, and nothing else', () => {
    fs.writeFileSync(path.join(root, 'articles', '.depeche.mdx.swp'), 'swap');
    fs.writeFileSync(path.join(root, 'notes.txt'), 'notes');
    const names = [...scanContent(root, new Map()).files.keys()].map((file) =>
      path.relative(root, file),
    );
    expect(names).toEqual([
      'articles/brouillon-recent.mdx',
      'articles/depeche-d-hier.mdx',
      'articles/depeche-d-il-y-a-trois-jours.mdx',
      'articles/programme-demain.mdx',
      'articles/titre-piege.mdx',
      'authors/alice-martin.yaml',
      'authors/bruno-petit.yaml',
      'sections.yaml',
    ]);
  });

  it('keeps the record of a file whose size and time did not change, without reading it', () => {
    const first = scanContent(root, new Map());
    const read = vi.spyOn(fs, 'readFileSync');
    try {
      const second = scanContent(root, first.files);
      expect(read).not.toHaveBeenCalled();
      expect([...second.changed, ...second.removed]).toEqual([]);
      const file = path.join(root, 'articles', 'titre-piege.mdx');
      expect(second.files.get(file)).toBe(first.files.get(file));
    } finally {
      read.mockRestore();
    }
  });

  it('counts a file as changed only when its text changed', () => {
    const first = scanContent(root, new Map());
    const touched = path.join(root, 'articles', 'titre-piege.mdx');
    const edited = path.join(root, 'articles', 'depeche-d-hier.mdx');
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(touched, later, later);
    fs.appendFileSync(edited, '\nUne ligne de plus.\n');
    fs.rmSync(path.join(root, 'authors', 'bruno-petit.yaml'));
    fs.writeFileSync(path.join(root, 'articles', 'nouvelle.mdx'), '---\ntitle: x\n---\n');
    const second = scanContent(root, first.files);
    expect([...second.changed].map((file) => path.basename(file)).sort()).toEqual([
      'depeche-d-hier.mdx',
      'nouvelle.mdx',
    ]);
    expect([...second.removed].map((file) => path.basename(file))).toEqual(['bruno-petit.yaml']);
    expect(second.files.get(touched)?.mtimeMs).not.toBe(first.files.get(touched)?.mtimeMs);
    expect(second.files.get(touched)?.text).toBe(first.files.get(touched)?.text);
  });
});
