/**
 * The corpus worker: exposes the LagebildApi (createApi.ts) over Comlink. Everything it does lives in the pure
 * corpus layer; this file only connects it to the worker's message port.
 *
 * The same script also runs as an extraction helper, started by the corpus worker for large loads
 * (extractHelpers.ts): then it exposes only the ExtractApi. The worker's name says which role it has.
 */
import { expose } from 'comlink';
import { createApi } from './createApi.ts';
import { createExtractApi, EXTRACT_HELPER_NAME } from './extractApi.ts';
import { extractHelpers } from './extractHelpers.ts';

if (self.name === EXTRACT_HELPER_NAME) expose(createExtractApi());
else expose(createApi(undefined, { helpers: extractHelpers }));
