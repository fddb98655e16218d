import { Logger } from '@nestjs/common';
import { NativeConnection } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { SearchAttributes } from '@csf/temporal';

const KEYWORD = temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;

/**
 * Registers our custom search attributes on the namespace if they are missing, so a fresh Temporal server
 * (or the one in docker-compose) works without a manual `temporal operator` step.
 */
export async function ensureSearchAttributes(connection: NativeConnection, namespace: string): Promise<void> {
  const wanted = Object.values(SearchAttributes).map((key) => key.name);
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = wanted.filter((name) => !(name in (existing.customAttributes ?? {})));
  if (!missing.length) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((name) => [name, KEYWORD])),
  });
  new Logger('SearchAttributes').log(`registered ${missing.join(', ')} on ${namespace}`);
}
