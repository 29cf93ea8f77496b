/** A read-only copy of a timeline as a folder of plain HTML and CSS, to keep or share without a server. */
@NullMarked
package org.followthrough.site.export;

import org.jspecify.annotations.NullMarked;
