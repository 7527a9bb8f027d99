/**
 * Child process of help-upload-kill.test.ts: the whole app on its own database and directory,
 * listening on a free port ("listening <port>"), until it is killed.
 */
import path from 'node:path';
import { build } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';

const [databaseJson = '', dir = ''] = process.argv.slice(2);
const config: Config = {
  ...loadConfig({
    LOG_LEVEL: 'silent', JIKIM_MASTER_KEY_FILE: path.join(dir, 'master.key'), BLOB_DIR: path.join(dir, 'blobs'),
    AUDIT_ANCHOR_FILE: path.join(dir, 'anchors.log'), SITE_DIR: path.join(dir, 'site'), HELP_POW_MAX_NUMBER: '20',
    HELP_UPLOAD_BYTES_PER_ADDRESS_DAY: String(4 * 1024 ** 3),
  }),
  database: JSON.parse(databaseJson) as Config['database'],
};
const app = build(config);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
