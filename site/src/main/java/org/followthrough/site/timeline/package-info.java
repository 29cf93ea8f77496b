@NullMarked
package org.followthrough.site.timeline;

import org.jspecify.annotations.NullMarked;
