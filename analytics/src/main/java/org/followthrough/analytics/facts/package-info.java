/** Outcome facts: one row per interview, folded from its opportunity's history and kept by the outcome-facts processor. */
@NullMarked
package org.followthrough.analytics.facts;

import org.jspecify.annotations.NullMarked;
