package uk.scrutiny.domain.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;

/**
 * The seed's own guidance as rules. Green: answered positively with evidence, so at least one
 * cited, approved item. Amber: some parts answered positively with evidence, so at least one
 * cited item. Red: nothing confirmed. "Any response (green, amber or red) will still require an
 * action plan": at least one recommended action that is not dropped, whatever the rating.
 */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    /**
     * @param actions the question's recommended actions
     * @param evidence the cited items, by id (items not found count as not cited)
     */
    public static List<RuleBreach> breaches(Assessment assessment, Collection<RecommendedAction> actions,
                                            Map<EvidenceId, EvidenceItem> evidence) {
        List<RuleBreach> breaches = new ArrayList<>();
        RagRating rating = assessment.rating();
        List<EvidenceItem> cited = assessment.citedEvidence().stream()
                .map(evidence::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (rating == null) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.NOT_RATED));
        } else if (rating == RagRating.GREEN && cited.stream().noneMatch(EvidenceItem::isApproved)) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.GREEN_NEEDS_APPROVED_EVIDENCE));
        } else if (rating == RagRating.AMBER && cited.isEmpty()) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.AMBER_NEEDS_EVIDENCE));
        }
        boolean hasPlan = actions.stream().anyMatch(a -> a.status() != ActionStatus.DROPPED);
        if (!hasPlan) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.NEEDS_ACTION_PLAN));
        }
        return breaches;
    }
}
