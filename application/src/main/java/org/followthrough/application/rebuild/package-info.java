/** Rebuilding the read models from the event store while the app keeps serving, and watching it happen. */
@NullMarked
package org.followthrough.application.rebuild;

import org.jspecify.annotations.NullMarked;
