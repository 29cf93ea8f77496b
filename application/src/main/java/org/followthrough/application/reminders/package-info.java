/**
 * Reminders that reach the candidate outside the app: a private calendar feed (RFC 5545) of their due actions and
 * scheduled interviews, and the morning digest e-mail.
 */
@NullMarked
package org.followthrough.application.reminders;

import org.jspecify.annotations.NullMarked;
