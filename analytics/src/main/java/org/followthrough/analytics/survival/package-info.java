/** Time to first reply as a Kaplan-Meier curve, so that interviews still waiting count for as long as they were watched. */
@NullMarked
package org.followthrough.analytics.survival;

import org.jspecify.annotations.NullMarked;
