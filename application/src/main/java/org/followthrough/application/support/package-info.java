/** Plumbing the projections share. */
@NullMarked
package org.followthrough.application.support;

import org.jspecify.annotations.NullMarked;
