/** What operators watch: the dead letters as a metric and in the health endpoint. */
@NullMarked
package org.followthrough.web.monitoring;

import org.jspecify.annotations.NullMarked;
