/**
 * A complete `ViewRequest` with the documented defaults (month buckets, teasers counted, 15 organisations, 60
 * speakers, first page), for callers outside the page: the command line, tests and benchmarks.
 */
import { EMPTY_FILTER, type Filter } from '../corpus/filter.ts';
import type { ViewRequest } from './api.ts';

export function viewRequest(filter: Partial<Filter> = {}, over: Partial<ViewRequest> = {}): ViewRequest {
  return {
    filter: { ...EMPTY_FILTER, ...filter },
    granularity: 'month',
    includeTeasers: true,
    topOrgs: 15,
    topSpeakers: 60,
    userTopics: [],
    page: 0,
    ...over,
  };
}
