/** One opportunity at a time: reading its events from the store, and recording what happened in it. */
@NullMarked
package org.followthrough.application.opportunities;

import org.jspecify.annotations.NullMarked;
