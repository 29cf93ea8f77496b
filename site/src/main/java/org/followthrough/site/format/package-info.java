@NullMarked
package org.followthrough.site.format;

import org.jspecify.annotations.NullMarked;
