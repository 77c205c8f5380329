// @ts-check
// The file next.config.ts names as `cacheHandler` when REDIS_URL is set. Next imports it as is
// (it is not bundled), hence plain JavaScript, type-checked through JSDoc.
import { createRedisCacheHandler } from './redis-handler.mjs';
import { readRedisCacheOptions } from './redis-options.mjs';

export default createRedisCacheHandler(readRedisCacheOptions(process.env));
