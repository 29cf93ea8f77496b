/**
 * Everything "as it stood": the due actions, the timeline and an opportunity's step-through as they stood at a past
 * moment (by when things happened, or by what the app had been told), and a downloaded history read back into a
 * timeline. Each runs the same policy as the live projection over the events as they stood then.
 */
@NullMarked
package org.followthrough.application.replay;

import org.jspecify.annotations.NullMarked;
