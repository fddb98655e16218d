import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * Validates a document against the official IATI 2.03 activity schema with libxml2 (compiled to WebAssembly),
 * the way the IATI validator does. The schema files come from global setup (fetched once, not kept in the repo).
 */
export async function iatiSchemaErrors(xml: string): Promise<string[]> {
  const dir = process.env.TEST_IATI_SCHEMA_DIR;
  if (!dir)
    throw new Error(
      `the IATI 2.03 schemas are not available: ${process.env.TEST_IATI_SCHEMA_ERROR ?? 'global setup did not run'}`,
    );
  const file = async (fileName: string) => ({ fileName, contents: await readFile(join(dir, fileName), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'iati.xml', contents: xml }],
    schema: [await file('iati-activities-schema.xsd')],
    preload: [await file('iati-common.xsd'), await file('xml.xsd')],
  });
  return result.errors.map((e) => e.rawMessage);
}
