import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_REVALIDATE_SECRET } from './constants';
import { E2E_PORTS } from './ports';
import { describePublishing, type PublishAnswer } from './publishing';

// A production server started with REVALIDATE_SECRET on a scratch copy of content/; a deploy or
// git hook calls its webhook after changing the files.
const origin = `http://127.0.0.1:${E2E_PORTS.publishHook}`;
const webhook = `${origin}/api/revalidate`;

test('the webhook refuses a request without the secret or with a wrong one', async ({
  request,
}) => {
  const attempts: Record<string, string>[] = [
    {},
    { authorization: 'Bearer not-the-secret-at-all' },
    { authorization: E2E_REVALIDATE_SECRET },
  ];
  for (const headers of attempts) {
    const response = await request.post(webhook, { headers });
    expect(response.status()).toBe(401);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect((await response.json()).error).toContain('REVALIDATE_SECRET');
  }
  // Only POST reloads.
  expect((await request.get(webhook)).status()).toBe(405);
});

test('the webhook does not exist on a server without REVALIDATE_SECRET', async ({ request }) => {
  const response = await request.post(`http://127.0.0.1:${E2E_PORTS.production}/api/revalidate`, {
    headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
  });
  expect(response.status()).toBe(404);
});

describePublishing({
  origin,
  content: path.resolve('.e2e-content-publish-hook'),
  async publish(request) {
    const response = await request.post(webhook, {
      headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as PublishAnswer;
  },
});
