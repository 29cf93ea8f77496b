/**
 * The embedded PostgreSQL the app runs on by default: one per data folder, guarded by a lock the JVM holds, with
 * durable commits and password access, and a server orphaned by a killed JVM stopped at the next start.
 */
@NullMarked
package org.followthrough.infra.persistence.embedded;

import org.jspecify.annotations.NullMarked;
