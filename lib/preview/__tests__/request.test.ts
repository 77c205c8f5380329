import { describe, expect, it } from 'vitest';
import { readPreviewRequest } from '@/lib/preview/request';

const URL_BASE = 'http://127.0.0.1/api/preview';

describe('readPreviewRequest', () => {
  it('reads the secret from the form or the X-Preview-Secret header, never the query', async () => {
    const form = new Request(`${URL_BASE}?secret=dans-l-adresse`, {
      method: 'POST',
      body: new URLSearchParams({ secret: 'dans-le-corps', slug: 'mon-article' }),
    });
    expect(await readPreviewRequest(form)).toEqual({
      secret: 'dans-le-corps',
      slug: 'mon-article',
    });

    const header = new Request(`${URL_BASE}?slug=mon-article&secret=dans-l-adresse`, {
      method: 'POST',
      headers: { 'X-Preview-Secret': 'dans-l-en-tete' },
    });
    expect(await readPreviewRequest(header)).toEqual({
      secret: 'dans-l-en-tete',
      slug: 'mon-article',
    });

    const queryOnly = new Request(`${URL_BASE}?slug=mon-article&secret=dans-l-adresse`, {
      method: 'POST',
    });
    expect((await readPreviewRequest(queryOnly))?.secret).toBeNull();
  });

  it('refuses a body that is not a form', async () => {
    const json = new Request(URL_BASE, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"secret":"x"}',
    });
    expect(await readPreviewRequest(json)).toBeUndefined();
  });
});
