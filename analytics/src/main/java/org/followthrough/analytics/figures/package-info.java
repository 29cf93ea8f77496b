/**
 * The figures as people ask for them: a request's filters, whose interviews they cover (a coach's sharing candidates,
 * or a candidate's own), the three answers, and the same numbers as CSV.
 */
@NullMarked
package org.followthrough.analytics.figures;

import org.jspecify.annotations.NullMarked;
