/**
 * Checks on a message draft before it is sent: too long for its purpose, placeholders left in, another company or
 * interviewer named in it (the mixed-up note), or the same words already sent to someone else.
 */
@NullMarked
package org.followthrough.domain.drafts;

import org.jspecify.annotations.NullMarked;
