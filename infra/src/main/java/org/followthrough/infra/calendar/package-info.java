/** The candidate's business calendar from outside the domain: public holidays from the Jollyday library. */
@NullMarked
package org.followthrough.infra.calendar;

import org.jspecify.annotations.NullMarked;
