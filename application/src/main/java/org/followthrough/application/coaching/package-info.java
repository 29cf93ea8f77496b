/** Candidates sharing with coaches: the consent itself, who shares with whom, and the coach's list of exceptions. */
@NullMarked
package org.followthrough.application.coaching;

import org.jspecify.annotations.NullMarked;
