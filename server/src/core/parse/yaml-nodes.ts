import * as yaml from 'yaml';

/**
 * yaml's node predicates, bound once: in the bundles every call through a named import goes
 * through CommonJS interop getters, a good part of the cost of code that asks them for every node
 * of a file (the models, the schema data, the chunked parse).
 */
export const { isAlias, isMap, isPair, isScalar, isSeq } = yaml;
