/** Outcomes counted by the month of an opportunity's first interview. */
@NullMarked
package org.followthrough.analytics.cohorts;

import org.jspecify.annotations.NullMarked;
