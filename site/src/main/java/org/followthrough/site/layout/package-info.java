@NullMarked
package org.followthrough.site.layout;

import org.jspecify.annotations.NullMarked;
