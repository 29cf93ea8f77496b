@NullMarked
package org.followthrough.site.forms;

import org.jspecify.annotations.NullMarked;
