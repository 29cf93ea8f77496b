/** Response rates with their Wilson score intervals. */
@NullMarked
package org.followthrough.analytics.rates;

import org.jspecify.annotations.NullMarked;
