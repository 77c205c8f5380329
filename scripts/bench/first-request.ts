/** How an article that was not prerendered behaves: rendered on first request, then cached. */
export interface FirstRequest {
  path: string;
  status: number;
  firstMs: number;
  /** `x-nextjs-cache` of the first answer: MISS when the page was rendered for this request. */
  firstCache: string;
  secondMs: number;
  secondCache: string;
  cacheControl: string;
}

async function timedFetch(url: string): Promise<{ response: Response; ms: number }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { response, ms: performance.now() - started };
}

/** Requests a page twice and reports both answers' time and cache state. */
export async function measureFirstRequest(origin: string, path: string): Promise<FirstRequest> {
  const first = await timedFetch(`${origin}${path}`);
  const second = await timedFetch(`${origin}${path}`);
  return {
    path,
    status: first.response.status,
    firstMs: Math.round(first.ms),
    firstCache: first.response.headers.get('x-nextjs-cache') ?? '(none)',
    secondMs: Math.round(second.ms),
    secondCache: second.response.headers.get('x-nextjs-cache') ?? '(none)',
    cacheControl: first.response.headers.get('cache-control') ?? '(none)',
  };
}
