/** Frameworks of questions: key measures, steps, questions, versions and the RAG guidance. */
@NullMarked
package uk.scrutiny.domain.framework;

import org.jspecify.annotations.NullMarked;
