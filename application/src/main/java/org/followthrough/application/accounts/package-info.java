@NullMarked
package org.followthrough.application.accounts;

import org.jspecify.annotations.NullMarked;
