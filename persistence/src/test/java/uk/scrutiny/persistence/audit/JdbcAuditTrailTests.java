package uk.scrutiny.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditFilter;
import uk.scrutiny.domain.audit.AuditTrail;

@Transactional
abstract class JdbcAuditTrailTests {

    @Autowired
    AuditTrail audit;

    @Test
    void a_subject_s_entries_come_oldest_first_with_old_and_new_values() {
        audit.record(entry("2022-03-14T10:00:00.000001Z", "scrutineer", "assessment:3:2.3", "rating", null, "AMBER"));
        audit.record(entry("2022-03-15T10:00:00Z", "scrutineer", "assessment:3:2.3", "rating", "AMBER", "GREEN"));
        audit.record(entry("2022-03-14T11:00:00Z", "manager", "user:jsmith", "role", "DATA_OFFICER", "MANAGER"));

        List<AuditEntry> entries = audit.of("assessment:3:2.3");

        assertThat(entries)
                .extracting(AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple(null, "AMBER"), tuple("AMBER", "GREEN"));
        assertThat(entries.getFirst().at()).isEqualTo(Instant.parse("2022-03-14T10:00:00.000001Z"));
        assertThat(entries.getFirst().id()).isNotNull();
    }

    @Test
    void entries_are_filtered_by_actor_subject_and_the_days_they_were_made_in_england() {
        audit.record(entry("2022-06-30T22:59:59Z", "scrutineer", "assessment:3:2.3", "rating", null, "RED"));
        audit.record(entry("2022-06-30T23:00:00Z", "scrutineer", "assessment:3:1.1", "rating", null, "GREEN"));
        audit.record(entry("2022-07-01T22:59:59Z", "manager", "assessment_x:3", "commentary", null, "Text"));
        audit.record(entry("2022-07-01T23:00:00Z", "manager", "user:jsmith", "enabled", "true", "false"));

        assertThat(fields(new AuditFilter("manager", null, null, null))).containsExactly("enabled", "commentary");
        assertThat(keys(new AuditFilter(null, "assessment:", null, null)))
                .containsExactly("assessment:3:1.1", "assessment:3:2.3");
        assertThat(keys(new AuditFilter(null, null, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 1))))
                .containsExactly("assessment_x:3", "assessment:3:1.1");
        assertThat(audit.count(new AuditFilter(null, "assessment", null, null))).isEqualTo(3);
    }

    @Test
    void entries_are_filtered_by_words_of_their_subject_in_any_case_taken_literally() {
        audit.record(AuditEntry.of(
                Instant.parse("2022-03-14T10:00:00Z"),
                "scrutineer",
                "assessment:3:2.3",
                "Question 2.3 of the 2022/23 review",
                "rating",
                null,
                "Amber"));
        audit.record(AuditEntry.of(
                Instant.parse("2022-03-14T10:01:00Z"),
                "manager",
                "user:j_smith",
                "User j_smith",
                "details",
                null,
                "Jo Smith"));
        audit.record(AuditEntry.of(
                Instant.parse("2022-03-14T10:02:00Z"),
                "manager",
                "user:jasmith",
                "User jasmith",
                "details",
                null,
                "Jas Smith"));

        assertThat(keys(new AuditFilter(null, null, "QUESTION 2.3", null, null)))
                .containsExactly("assessment:3:2.3");
        assertThat(keys(new AuditFilter(null, null, "j_s", null, null))).containsExactly("user:j_smith");
        assertThat(audit.count(new AuditFilter("manager", "user:", "smith", null, null)))
                .isEqualTo(2);
    }

    @Test
    void everyone_who_made_a_change_is_listed_once_in_alphabetical_order() {
        audit.record(entry("2022-03-14T10:00:00Z", "scrutineer", "assessment:3:2.3", "rating", null, "AMBER"));
        audit.record(entry("2022-03-14T10:01:00Z", "manager", "user:jsmith", "role", null, "MANAGER"));
        audit.record(entry("2022-03-14T10:02:00Z", "scrutineer", "assessment:3:2.4", "rating", null, "RED"));

        assertThat(audit.actors()).containsExactly("manager", "scrutineer");
    }

    @Test
    void entries_are_paged_newest_first() {
        for (int minute = 0; minute < 5; minute++) {
            audit.record(entry(
                    "2022-03-14T10:0" + minute + ":00Z",
                    "officer",
                    "evidence:" + minute,
                    "title",
                    null,
                    "Item " + minute));
        }

        assertThat(audit.find(AuditFilter.ALL, 0, 2))
                .extracting(AuditEntry::newValue)
                .containsExactly("Item 4", "Item 3");
        assertThat(audit.find(AuditFilter.ALL, 4, 2))
                .extracting(AuditEntry::newValue)
                .containsExactly("Item 0");
        assertThat(audit.count(AuditFilter.ALL)).isEqualTo(5);
    }

    @Test
    void long_values_are_kept_cut_to_four_thousand_characters() {
        audit.record(
                entry("2022-03-14T10:00:00Z", "scrutineer", "assessment:3:2.3", "commentary", null, "é".repeat(5000)));

        assertThat(audit.of("assessment:3:2.3").getFirst().newValue())
                .hasSize(4000)
                .endsWith("…");
    }

    private static AuditEntry entry(
            String at, String actor, String subjectKey, String field, @Nullable String oldValue, String newValue) {
        return AuditEntry.of(
                Instant.parse(at), actor, subjectKey, subjectKey.replace(':', ' '), field, oldValue, newValue);
    }

    private List<String> fields(AuditFilter filter) {
        return audit.find(filter, 0, 50).stream().map(AuditEntry::field).toList();
    }

    private List<String> keys(AuditFilter filter) {
        return audit.find(filter, 0, 50).stream().map(AuditEntry::subjectKey).toList();
    }
}
