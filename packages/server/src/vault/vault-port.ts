/**
 * What the rest of the server needs to keep a field secret at rest. Sealed values are opaque
 * strings (safe to store in a text column). `context` binds a value to where it is stored (table,
 * column, row id), so a sealed value copied into another row or column does not open.
 *
 * Keys: every case has its own data key (AES-256-GCM), wrapped by the master key kept outside the
 * database; server secrets that belong to no case (a staff member's TOTP secret) use the system
 * data key, wrapped the same way. Destroying a case's key makes everything sealed with it unreadable.
 */
export interface Vault {
  sealCaseField(caseId: string, plaintext: string, context: string): Promise<string>;
  openCaseField(caseId: string, sealed: string, context: string): Promise<string>;
  sealSystemField(plaintext: string, context: string): Promise<string>;
  openSystemField(sealed: string, context: string): Promise<string>;
  /** Destroys the case's data key first; afterwards nothing sealed for that case can be opened. */
  destroyCaseKey(caseId: string): Promise<void>;
}
