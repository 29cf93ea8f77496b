@NullMarked
package org.followthrough.site.settings;

import org.jspecify.annotations.NullMarked;
