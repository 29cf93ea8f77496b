/**
 * More than one app node on one PostgreSQL: which node handles which segment of each event processor, how a
 * candidate's events stay in one segment, and how the segments are shared out among the nodes that are alive.
 */
@NullMarked
package org.followthrough.infra.cluster;

import org.jspecify.annotations.NullMarked;
