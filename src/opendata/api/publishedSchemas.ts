// The JSON Schemas of schemas/, published unchanged under /api/v1/schemas/. Read through Vite's
// raw import so the bytes are exactly the files' (no re-serialisation) and the build does not
// depend on the working directory.
const files = import.meta.glob<string>('/schemas/*.schema.json', { query: '?raw', import: 'default', eager: true });

/** Schema name ("observation") → the file's text, by name. */
export function publishedSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of Object.keys(files).sort()) {
    const name = /\/([a-z0-9-]+)\.schema\.json$/.exec(path)?.[1];
    if (name) out.set(name, files[path]);
  }
  return out;
}
