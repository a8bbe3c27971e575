/**
 * Sibling retrieval: the pool of clean documents as one stream of interned piece keys, with
 * postings that find where a degraded line may sit without scanning the pool.
 */
package io.github.restore4j.index;
