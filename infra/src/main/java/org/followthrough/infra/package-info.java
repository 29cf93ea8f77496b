/** Technical wiring: the event store, token store and migrations on PostgreSQL, JSON, the embedded database. */
@NullMarked
package org.followthrough.infra;

import org.jspecify.annotations.NullMarked;
