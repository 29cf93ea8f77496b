/** View models of the figures pages: the coach's view over sharing candidates, and a candidate's own insights. */
@NullMarked
package org.followthrough.site.analytics;

import org.jspecify.annotations.NullMarked;
