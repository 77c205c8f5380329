import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip sizes in bytes. */
export interface Size {
  raw: number;
  gzip: number;
}

/** What a modern browser downloads for a page: its HTML and the scripts it runs. */
export interface PageWeight {
  path: string;
  html: Size;
  /** UTF-8 bytes of the text a reader sees (tags, scripts and styles removed): what the HTML carries. */
  textBytes?: number;
  /** Where the HTML's bytes go. */
  composition?: HtmlComposition;
  /** Every `<script src>` a module-capable browser loads (`noModule` fallbacks excluded). */
  js: Size;
  /** The part of `js` that is Next's own runtime (build manifest `rootMainFiles`). */
  frameworkJs: Size;
  /** `js` minus the framework: what the site adds (client components, next/link, …). */
  extraJs: Size;
  scripts: { src: string; framework: boolean; label: string; raw: number; gzip: number }[];
}

/** What an extra chunk holds, as far as can be told from its text (Turbopack names are hashes). */
function labelScript(text: string, framework: boolean): string {
  if (framework) return 'Next runtime';
  if (text.includes('useLinkStatus')) return 'next/link';
  return 'site';
}

const sizeOf = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes).length });

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** What `a` weighs beyond `b`, raw and gzip. */
export const subtractSize = (a: Size, b: Size): Size => ({
  raw: a.raw - b.raw,
  gzip: a.gzip - b.gzip,
});

/**
 * Bytes of the text a reader sees in a page: the body without tags, scripts (inline RSC payload
 * included), styles or comments, whitespace runs counted as one space. Used to compare pages
 * "for the same text".
 */
export function measureVisibleText(html: string): number {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Buffer.byteLength(text);
}

/** Where an HTML page's bytes go (UTF-8 bytes; the parts add up to the whole page). */
export interface HtmlComposition {
  /** Inline `self.__next_f.push(…)` scripts: the RSC payload React hydrates from. */
  rscPayload: number;
  /** Other inline scripts and JSON (JSON-LD, theme script). */
  otherInlineScripts: number;
  /** `class="…"` attributes. */
  classAttributes: number;
  /** The text a reader sees, as `measureVisibleText` counts it. */
  text: number;
  /** Everything else: tags, other attributes, `<head>`. */
  otherMarkup: number;
}

/** Splits a page's bytes into RSC payload, inline scripts, class attributes, text and markup. */
export function analyzeHtml(html: string): HtmlComposition {
  const bytes = (text: string) => Buffer.byteLength(text);
  let rscPayload = 0;
  let otherInlineScripts = 0;
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? '';
    if (body === '') continue;
    if (body.includes('self.__next_f')) rscPayload += bytes(match[0]);
    else otherInlineScripts += bytes(match[0]);
  }
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  let classAttributes = 0;
  for (const match of withoutScripts.matchAll(/\sclass(Name)?="[^"]*"/g))
    classAttributes += bytes(match[0]);
  const text = measureVisibleText(html);
  return {
    rscPayload,
    otherInlineScripts,
    classAttributes,
    text,
    otherMarkup: bytes(html) - rscPayload - otherInlineScripts - classAttributes - text,
  };
}

/** `src` of every external script tag that is not a `noModule` fallback, in page order. */
export function listModernScripts(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? '';
    const src = /\ssrc="([^"]+)"/i.exec(attributes)?.[1];
    if (!src || /\snomodule\b/i.test(attributes)) continue;
    if (!sources.includes(src)) sources.push(src);
  }
  return sources;
}

/** Paths (`/_next/static/...`) of Next's runtime scripts, from the last build's manifest. */
function readFrameworkScripts(projectRoot: string): Set<string> {
  const manifest: unknown = JSON.parse(
    fs.readFileSync(path.join(projectRoot, '.next', 'build-manifest.json'), 'utf8'),
  );
  const files =
    typeof manifest === 'object' && manifest !== null && 'rootMainFiles' in manifest
      ? manifest.rootMainFiles
      : [];
  return new Set(Array.isArray(files) ? files.map((file) => `/_next/${String(file)}`) : []);
}

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Downloads a page and its scripts from the running server and sizes them. */
export async function measurePageWeight(
  origin: string,
  pagePath: string,
  projectRoot: string,
): Promise<PageWeight> {
  const html = await fetchBytes(`${origin}${pagePath}`);
  const framework = readFrameworkScripts(projectRoot);
  const zero: Size = { raw: 0, gzip: 0 };
  let js = zero;
  let frameworkJs = zero;
  const scripts: PageWeight['scripts'] = [];
  for (const src of listModernScripts(html.toString('utf8'))) {
    const bytes = await fetchBytes(new URL(src, origin).href);
    const size = sizeOf(bytes);
    // A deployment id adds `?dpl=…` to every script URL; the manifest names the bare path.
    const isFramework = framework.has(src.split('?')[0] ?? src);
    js = add(js, size);
    if (isFramework) frameworkJs = add(frameworkJs, size);
    const label = labelScript(bytes.toString('utf8'), isFramework);
    scripts.push({ src, framework: isFramework, label, ...size });
  }
  return {
    path: pagePath,
    html: sizeOf(html),
    textBytes: measureVisibleText(html.toString('utf8')),
    composition: analyzeHtml(html.toString('utf8')),
    js,
    frameworkJs,
    extraJs: subtractSize(js, frameworkJs),
    scripts,
  };
}
