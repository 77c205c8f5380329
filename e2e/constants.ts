/** Secret of the preview route on the test server (never a real deployment's secret). */
export const E2E_PREVIEW_SECRET = 'e2e-preview-secret-0f9a7c3d-5b81e6a2c4d7';

/** The seed article's URL. */
export const SEED_PATH = '/articles/ambitions-contrariees-huawei-etats-unis';

/** The draft shipped in content/ and the unique string it carries. */
export const DRAFT_SLUG = 'brouillon-enquete-antennes-relais';
export const DRAFT_CANARY = 'CANARI-BROUILLON-8d41c2';

/** The article scheduled for 2099 and its unique string. */
export const SCHEDULED_SLUG = 'exemple-article-programme';
export const SCHEDULED_CANARY = 'CANARI-PROGRAMME-3b7e91';

/** WCAG 2.2 AA, as axe names its rule tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The live blog shipped in content/: its coverage has ended (« Terminé »). */
export const LIVE_BLOG_PATH = '/articles/direct-panne-numeros-urgence-orange';

/** Test-only articles copied into the scratch content (e2e/fixtures/content). */
export const RUNNING_LIVE_BLOG_PATH = '/articles/direct-essai-en-cours';
export const EMBEDS_PATH = '/articles/essai-integrations';
