@NullMarked
package org.followthrough.web.pages;

import org.jspecify.annotations.NullMarked;
