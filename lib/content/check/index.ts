// `npm run content:check`: every article checked once, in worker threads, with a cache across builds.
export { runContentCheck, type ContentCheckRun } from '@/lib/content/check/run';
