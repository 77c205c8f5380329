import path from 'node:path';
import { describePublishing } from './publishing';
import { E2E_PORTS } from './ports';

// A production server started with CONTENT_WATCH=1 on a scratch copy of content/, as on a mounted
// volume: saving the files is all it takes.
describePublishing({
  origin: `http://127.0.0.1:${E2E_PORTS.publishWatch}`,
  content: path.resolve('.e2e-content-publish-watch'),
  publish: async () => undefined,
});
