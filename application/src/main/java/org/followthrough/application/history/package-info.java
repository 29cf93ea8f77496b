/** A candidate's whole history as a versioned document, and back: for keeping, moving and restoring it. */
@NullMarked
package org.followthrough.application.history;

import org.jspecify.annotations.NullMarked;
