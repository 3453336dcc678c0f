/**
 * The corpus worker: exposes the LagebildApi (createApi.ts) over Comlink. Everything it does lives in the pure
 * corpus layer; this file only connects it to the worker's message port.
 */
import { expose } from 'comlink';
import { createApi } from './createApi.ts';

expose(createApi());
