package uk.scrutiny.ui.audit;

import org.jspecify.annotations.Nullable;

/** The kinds of subject the history can be narrowed to, by the start of their subject key. */
enum SubjectKind {
    EVERYTHING(null, "Everything"),
    QUESTIONS("assessment:", "Questions of reviews"),
    REVIEWS("review:", "Reviews"),
    ACTIONS("action:", "Recommended actions"),
    EVIDENCE("evidence:", "Evidence"),
    REJECTED_UPLOADS("rejected-upload:", "Rejected uploads"),
    USERS("user:", "User accounts"),
    AGENCIES("agency:", "Agencies"),
    MEETING_BODIES("meeting-body:", "Meeting bodies"),
    INDICATORS("indicator:", "Indicators"),
    FRAMEWORKS("framework:", "Frameworks");

    private final @Nullable String keyPrefix;
    private final String label;

    SubjectKind(@Nullable String keyPrefix, String label) {
        this.keyPrefix = keyPrefix;
        this.label = label;
    }

    @Nullable
    String keyPrefix() {
        return keyPrefix;
    }

    String label() {
        return label;
    }
}
