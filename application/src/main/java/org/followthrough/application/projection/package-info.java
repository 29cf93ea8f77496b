/**
 * What the projections share: batched writes, the per-stream recomputation, and read-your-writes (waiting until every
 * projection shows a new entry).
 */
@NullMarked
package org.followthrough.application.projection;

import org.jspecify.annotations.NullMarked;
