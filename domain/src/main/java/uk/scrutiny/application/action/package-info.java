/** The action plan: every recommended action across reviews and the progress made on it. */
@NullMarked
package uk.scrutiny.application.action;

import org.jspecify.annotations.NullMarked;
