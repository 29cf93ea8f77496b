/** The doors that work without signing in, by an unguessable or signed token: the calendar feed and unsubscribing. */
@NullMarked
package org.followthrough.web.reminders;

import org.jspecify.annotations.NullMarked;
