/** The timeline as a folder of HTML: a download from the timeline page, and a command line. */
@NullMarked
package org.followthrough.web.export;

import org.jspecify.annotations.NullMarked;
