/** The person following up: their time zone, their region's calendar, and later their policy and sharing choices. */
@NullMarked
package org.followthrough.domain.candidate;

import org.jspecify.annotations.NullMarked;
