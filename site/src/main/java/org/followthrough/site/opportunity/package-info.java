@NullMarked
package org.followthrough.site.opportunity;

import org.jspecify.annotations.NullMarked;
