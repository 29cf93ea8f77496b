/**
 * The right to erasure: a candidate deletes their account, their data key is destroyed (so the personal fields of
 * their events can no longer be read) and every projection forgets them.
 */
@NullMarked
package org.followthrough.application.erasure;

import org.jspecify.annotations.NullMarked;
