import { describe, expect, it } from 'vitest';
import { absolutizeUrls, prepareFeedHtml } from '@/lib/seo/feed-html';

const BASE = 'https://manchette.example/articles/un-article';

describe('feed HTML', () => {
  it('resolves site paths and fragments against the article URL', () => {
    expect(absolutizeUrls('<a href="/tags/x">x</a><img src="/images/a.jpg" alt=""/>', BASE)).toBe(
      '<a href="https://manchette.example/tags/x">x</a><img src="https://manchette.example/images/a.jpg" alt=""/>',
    );
    expect(absolutizeUrls('<a href="#partie">p</a>', BASE)).toBe(`<a href="${BASE}#partie">p</a>`);
  });

  it('keeps absolute and mailto links, and their escaped ampersands', () => {
    const html =
      '<a href="https://example.org/?a=1&amp;b=2">e</a> <a href="mailto:redaction@example.org">m</a>';
    expect(absolutizeUrls(html, BASE)).toBe(html);
  });

  it('leaves text that merely looks like an attribute alone', () => {
    const html = '<p>href=&quot;/tags/x&quot;</p>';
    expect(prepareFeedHtml(html, BASE)).toBe(html);
  });

  it('drops the site class names', () => {
    expect(prepareFeedHtml('<strong class="font-semibold text-ink">A</strong>', BASE)).toBe(
      '<strong>A</strong>',
    );
  });
});
