/**
 * What the projections share: batched writes that park a stream the database refuses (dead letters), the per-stream
 * recomputation, and read-your-writes (waiting until every projection shows a new entry).
 */
@NullMarked
package org.followthrough.application.projection;

import org.jspecify.annotations.NullMarked;
