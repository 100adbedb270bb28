/**
 * Asks the browser to keep this origin's storage under pressure. Returns whether storage is persistent
 * (false when the browser declines or has no Storage API).
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
