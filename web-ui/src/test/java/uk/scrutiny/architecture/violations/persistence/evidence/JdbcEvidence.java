package uk.scrutiny.architecture.violations.persistence.evidence;

import uk.scrutiny.architecture.violations.domain.review.Reviews;

/** Keeps both adapter rules: package-private, named by its technology. */
class JdbcEvidence implements Reviews {

    @Override
    public int count() {
        return 0;
    }
}
