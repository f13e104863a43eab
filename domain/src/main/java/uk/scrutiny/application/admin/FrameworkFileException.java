package uk.scrutiny.application.admin;

import uk.scrutiny.domain.common.RuleViolationException;

/** A framework file that cannot be imported; the message says where it is wrong and what to do. Nothing was saved. */
public class FrameworkFileException extends RuleViolationException {

    public FrameworkFileException(String message) {
        super(message);
    }
}
