package uk.scrutiny.application.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ScorecardCheck;
import uk.scrutiny.domain.imports.UploadOutcome;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.QuarterValue;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/** Sending scorecards from the web page, and reading them, as each role. */
@DemoApplicationTest
class ScorecardServiceTests {

    private static final FinancialQuarter Q1 = FinancialQuarter.parse("2022/23 Q1");

    @Autowired
    ScorecardService scorecards;

    @Autowired
    SignedIn signedIn;

    private static Path fixture(String name) {
        try (InputStream in = ScorecardServiceTests.class.getResourceAsStream("/fixtures/scorecards/" + name)) {
            Path file = Files.createTempFile("scorecard-test", "-" + name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_data_officer_s_own_file_is_valid_before_anything_is_stored() {
        ScorecardCheck check = signedIn.as(
                "police.data",
                () -> scorecards.check(fixture("police-2022-23-q2.csv"), "police-2022-23-q2.csv", share -> {}));

        assertThat(check.isValid()).isTrue();
        assertThat(check.rows()).isEqualTo(4);
        assertThat(check.agencies()).containsExactly(AgencyCode.of("POLICE"));
    }

    @Test
    void a_data_officer_checking_another_agency_s_file_sees_every_row_refused() {
        ScorecardCheck check = signedIn.as(
                "police.data",
                () -> scorecards.check(fixture("la-2022-23-q2.xlsx"), "la-2022-23-q2.xlsx", share -> {}));

        assertThat(check.isValid()).isFalse();
        assertThat(check.foreignRows()).isEqualTo(7);
        assertThat(check.errors()).extracting(ImportIssue::row).containsExactly(2, 3, 4, 5, 6, 7, 9);
    }

    @Test
    void a_data_officer_sending_another_agency_s_file_is_refused_and_nothing_is_sent() {
        int before = signedIn.as("officer", () -> scorecards.uploads(100).size());

        assertThatThrownBy(() -> signedIn.as(
                        "police.data", () -> scorecards.send(fixture("la-2022-23-q2.xlsx"), "la-2022-23-q2.xlsx")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("You send figures for POLICE only");
        assertThat(signedIn.as("officer", () -> scorecards.uploads(100))).hasSize(before);
    }

    @Test
    void a_file_with_errors_is_not_sent() {
        assertThatThrownBy(() -> signedIn.as(
                        "officer",
                        () -> scorecards.send(
                                fixture("health-2022-23-q2-with-errors.csv"), "health-2022-23-q2-with-errors.csv")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(
                        "'health-2022-23-q2-with-errors.csv' has 6 errors and was not sent: correct them and send the file again.");
    }

    @Test
    void the_business_unit_sends_for_any_agency_and_the_file_is_imported_straight_away() {
        signedIn.as("officer", () -> scorecards.send(fixture("la-2022-23-q2.xlsx"), "la-2022-23-q2.xlsx"));

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> signedIn.as(
                        "officer",
                        () -> scorecards.uploads(100).stream()
                                .filter(u -> u.upload().originalName().equals("la-2022-23-q2.xlsx"))
                                .anyMatch(u -> u.file() != null && u.file().outcome() != null)));
        UploadOutcome sent = signedIn.as("officer", () -> scorecards.uploads(100)).stream()
                .filter(u -> u.upload().originalName().equals("la-2022-23-q2.xlsx"))
                .findFirst()
                .orElseThrow();
        assertThat(sent.statusLabel()).isEqualTo("Imported");
        assertThat(sent.upload().submittedBy()).isEqualTo("officer");
        assertThat(signedIn.as("officer", () -> scorecards.values(Q1.next(), Q1.next())))
                .filteredOn(v -> v.agency().equals(AgencyCode.of("LA")))
                .hasSize(7);
    }

    @Test
    void a_data_officer_sees_their_own_agency_s_figures_and_history_only() {
        assertThat(signedIn.as("police.data", () -> scorecards.values(Q1, Q1)))
                .extracting(QuarterValue::agency)
                .containsOnly(AgencyCode.of("POLICE"));
        assertThat(signedIn.as("police.data", () -> scorecards.history()))
                .allMatch(s -> s.agency().equals(AgencyCode.of("POLICE")));
        assertThatThrownBy(() -> signedIn.as("police.data", () -> scorecards.templateIndicators(AgencyCode.of("LA"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_completeness_grid_shows_who_has_not_sent_what() {
        Completeness grid = signedIn.as("scrutineer", () -> scorecards.completeness(Q1, Q1));

        assertThat(grid.label(AgencyCode.of("POLICE"), Q1)).isEqualTo("4 of 4");
        assertThat(grid.label(AgencyCode.of("LA"), Q1)).isEqualTo("9 of 9");
        assertThat(grid.label(AgencyCode.of("EDUCATION"), Q1)).isEqualTo("Not sent");
        assertThat(grid.isComplete(AgencyCode.of("HEALTH"), Q1)).isTrue();
    }

    @Test
    void a_scrutineer_cannot_send_a_scorecard() {
        assertThatThrownBy(() -> signedIn.as(
                        "scrutineer",
                        () -> scorecards.check(fixture("police-2022-23-q2.csv"), "police-2022-23-q2.csv", share -> {})))
                .isInstanceOf(AccessDeniedException.class);
    }
}
