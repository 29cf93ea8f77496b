/**
 * The follow-up policy as pure functions of an opportunity's history, an instant and the candidate's business
 * calendar: what to do next, by when, and why.
 */
@NullMarked
package org.followthrough.domain.followup;

import org.jspecify.annotations.NullMarked;
