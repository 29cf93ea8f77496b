/** One role at one company that a candidate pursues: its commands, events and the aggregate that guards them. */
@NullMarked
package org.followthrough.domain.opportunity;

import org.jspecify.annotations.NullMarked;
