export { build, type BuildOptions } from './app.js';
export { createAuditLog, type AuditService } from './audit/audit-log.js';
export { verifyAuditChain, type AuditVerifyReport } from './audit/audit-verify.js';
export { ConfigError, loadConfig, type Config } from './config.js';
export { createDb, openSqlite, SQLITE_PRAGMAS, type Db, type Dialect } from './db/database.js';
export { migrateToLatest, pendingMigrations } from './db/migrate.js';
export { migrate, serve } from './main.js';
export { rotateMasterKey, type RotationResult } from './vault/key-rotation.js';
export { prepareMasterKeyAtStart } from './vault/master-key-start.js';
