/** The candidate's home: what to do next, in the buckets people plan by (overdue, today, this week, later). */
@NullMarked
package org.followthrough.application.dashboard;

import org.jspecify.annotations.NullMarked;
