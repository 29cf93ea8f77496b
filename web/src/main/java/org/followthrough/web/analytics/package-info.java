/** What the API and the pages share about the figures: reading the filters, whose data a viewer may see, the answers. */
@NullMarked
package org.followthrough.web.analytics;

import org.jspecify.annotations.NullMarked;
