@NullMarked
package org.followthrough.site.dashboard;

import org.jspecify.annotations.NullMarked;
