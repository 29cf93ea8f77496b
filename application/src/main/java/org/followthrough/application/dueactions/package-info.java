@NullMarked
package org.followthrough.application.dueactions;

import org.jspecify.annotations.NullMarked;
