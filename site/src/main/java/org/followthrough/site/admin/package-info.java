@NullMarked
package org.followthrough.site.admin;

import org.jspecify.annotations.NullMarked;
