/**
 * Reads the event stream into outcome facts and answers the coach's questions: response rates, time to reply,
 * outcomes by month of interview, with small groups suppressed.
 */
@NullMarked
package org.followthrough.analytics;

import org.jspecify.annotations.NullMarked;
