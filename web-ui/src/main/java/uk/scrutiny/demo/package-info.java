/** What the demo profile adds to the web application: the guard against production databases and the start-up banner. */
@NullMarked
package uk.scrutiny.demo;

import org.jspecify.annotations.NullMarked;
