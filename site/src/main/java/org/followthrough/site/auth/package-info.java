@NullMarked
package org.followthrough.site.auth;

import org.jspecify.annotations.NullMarked;
