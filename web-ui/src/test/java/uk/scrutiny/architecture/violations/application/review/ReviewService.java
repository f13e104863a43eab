package uk.scrutiny.architecture.violations.application.review;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.architecture.violations.application.evidence.EvidenceService;
import uk.scrutiny.architecture.violations.domain.review.ReviewDeadlines;

/**
 * Keeps the application rules: Spring's transactions and role checks over the domain. Its use of
 * {@link EvidenceService}, which uses it back, is one half of a cycle between application features.
 */
@Transactional(readOnly = true)
public class ReviewService {

    private final ReviewDeadlines deadlines;
    private final EvidenceService evidence;

    public ReviewService(ReviewDeadlines deadlines, EvidenceService evidence) {
        this.deadlines = deadlines;
        this.evidence = evidence;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean signOffIfDue(LocalDate due) {
        return deadlines.isOverdue(due) && evidence.hasEvidence();
    }
}
