package uk.scrutiny.persistence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.QuarterValue;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SubmissionStatus;
import uk.scrutiny.domain.scorecard.SuppressionSymbol;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcScorecardSubmissionsTests {

    private static final AgencyCode POLICE = new AgencyCode("POLICE");
    private static final AgencyCode LA = new AgencyCode("LA");
    private static final FinancialQuarter Q2 = FinancialQuarter.parse("2022/23 Q2");
    private static final List<ScorecardValue> VALUES = List.of(
            new ScorecardValue(
                    new IndicatorCode("POL-DA-CHILD"), new Measurement.Number(new BigDecimal("412")), null, null, null),
            new ScorecardValue(
                    new IndicatorCode("WF-TRAINING-PCT"),
                    new Measurement.Number(new BigDecimal("87.5")),
                    875L,
                    1000L,
                    null),
            new ScorecardValue(
                    new IndicatorCode("POL-CSE-FLAGS"),
                    new Measurement.Suppressed(SuppressionSymbol.LOW),
                    null,
                    null,
                    "Fewer than five"),
            new ScorecardValue(
                    new IndicatorCode("POL-MISSING"),
                    new Measurement.Missing(),
                    null,
                    null,
                    "System migration: figures follow next quarter"));

    @Autowired
    ScorecardSubmissions submissions;

    @Autowired
    EvidenceItems evidence;

    @Test
    void a_submission_is_stored_whole_as_the_current_one() {
        EvidenceId item = evidence.save(Fixtures.evidence("Police scorecard 2022/23 Q2")
                        .ownedBy("POLICE")
                        .build())
                .id();

        ScorecardSubmission added = submissions.add(
                new ScorecardSubmission(
                        null,
                        POLICE,
                        Q2,
                        "police-2022-23-q2.csv",
                        "a".repeat(64),
                        Fixtures.AT,
                        "officer",
                        SubmissionStatus.CURRENT,
                        4,
                        item),
                VALUES);

        assertThat(added.id()).isNotNull();
        assertThat(added.status()).isEqualTo(SubmissionStatus.CURRENT);
        assertThat(added.valueCount()).isEqualTo(4);
        assertThat(submissions.find(added.id())).contains(added);
        assertThat(submissions.current(POLICE, Q2)).contains(added);
        assertThat(added.evidence()).isEqualTo(item);
    }

    @Test
    void numbers_symbols_and_missing_values_come_back_as_they_were_sent() {
        ScorecardSubmission added = submissions.add(submission(POLICE, Q2, 'a', 0), VALUES);

        List<ScorecardValue> values = submissions.values(added.id());

        assertThat(values).extracting(v -> v.measurement().display()).containsExactly("412", "87.5", "low", "");
        assertThat(values)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("measurement")
                .containsExactlyElementsOf(VALUES);
    }

    @Test
    void a_resubmission_supersedes_the_current_submission_of_that_agency_and_quarter() {
        ScorecardSubmission first = submissions.add(submission(POLICE, Q2, 'a', 0), VALUES);
        ScorecardSubmission otherQuarter = submissions.add(submission(POLICE, Q2.previous(), 'b', 0), VALUES);
        ScorecardSubmission otherAgency = submissions.add(submission(LA, Q2, 'c', 0), VALUES);

        ScorecardSubmission second = submissions.add(submission(POLICE, Q2, 'd', 60), VALUES.subList(0, 2));

        assertThat(submissions.current(POLICE, Q2)).contains(second);
        assertThat(submissions.find(first.id()))
                .map(ScorecardSubmission::status)
                .contains(SubmissionStatus.SUPERSEDED);
        assertThat(submissions.values(first.id())).hasSize(4);
        assertThat(submissions.current(POLICE, Q2.previous())).contains(otherQuarter);
        assertThat(submissions.current(LA, Q2)).contains(otherAgency);
    }

    @Test
    void an_agency_s_history_lists_every_submission_newest_first() {
        ScorecardSubmission first = submissions.add(submission(POLICE, Q2, 'a', 0), VALUES);
        ScorecardSubmission second = submissions.add(submission(POLICE, Q2, 'b', 60), VALUES);
        ScorecardSubmission la = submissions.add(submission(LA, Q2, 'c', 120), VALUES);

        assertThat(submissions.history(POLICE))
                .extracting(ScorecardSubmission::id)
                .containsExactly(second.id(), first.id());
        assertThat(submissions.history(null))
                .extracting(ScorecardSubmission::id)
                .containsExactly(la.id(), second.id(), first.id());
    }

    @Test
    void the_same_file_sent_again_is_recognised_by_its_sha256() {
        ScorecardSubmission added = submissions.add(submission(POLICE, Q2, 'e', 0), VALUES);

        assertThat(submissions.findBySha256("e".repeat(64))).contains(added);
        assertThat(submissions.findBySha256("f".repeat(64))).isEmpty();
    }

    @Test
    void thousands_of_values_are_stored_in_batches_and_read_back_in_order() {
        List<ScorecardValue> many = IntStream.range(0, 2500)
                .mapToObj(i -> new ScorecardValue(
                        new IndicatorCode("CSC-REFERRALS"),
                        new Measurement.Number(BigDecimal.valueOf(i)),
                        null,
                        null,
                        null))
                .toList();

        ScorecardSubmission added = submissions.add(submission(LA, Q2, 'a', 0), many);

        List<ScorecardValue> stored = submissions.values(added.id());
        assertThat(stored).hasSize(2500);
        assertThat(stored.getLast().measurement().display()).isEqualTo("2499");
        assertThat(added.valueCount()).isEqualTo(2500);
    }

    @Test
    void a_submission_being_loaded_is_shown_nowhere_until_it_is_published() {
        ScorecardSubmission old = submissions.add(submission(POLICE, Q2, 'a', 0), VALUES);
        ScorecardSubmission loading = submissions.startLoading(submission(POLICE, Q2, 'b', 60), 42);
        submissions.addValues(loading.id(), VALUES.subList(0, 2));
        submissions.addValues(loading.id(), VALUES.subList(2, 3));

        assertThat(loading.status()).isEqualTo(SubmissionStatus.LOADING);
        assertThat(submissions.current(POLICE, Q2)).contains(old);
        assertThat(submissions.history(POLICE)).containsExactly(old);
        assertThat(submissions.findBySha256("b".repeat(64))).isEmpty();
        assertThat(submissions.loading(42, POLICE, Q2))
                .map(ScorecardSubmission::id)
                .contains(loading.id());
        assertThat(submissions.loadedValues(42)).isEqualTo(3);

        EvidenceId item = evidence.save(Fixtures.evidence("Police scorecard 2022/23 Q2")
                        .ownedBy("POLICE")
                        .build())
                .id();
        ScorecardSubmission published = submissions.publish(loading.id(), item);

        assertThat(published.status()).isEqualTo(SubmissionStatus.CURRENT);
        assertThat(published.valueCount()).isEqualTo(3);
        assertThat(published.evidence()).isEqualTo(item);
        assertThat(submissions.current(POLICE, Q2)).contains(published);
        assertThat(submissions.find(old.id())).map(ScorecardSubmission::status).contains(SubmissionStatus.SUPERSEDED);
        assertThat(submissions.loading(42)).isEmpty();
    }

    @Test
    void figures_being_loaded_keep_every_character_of_their_comments() {
        List<ScorecardValue> awkward = List.of(
                new ScorecardValue(
                        new IndicatorCode("POL-DA-CHILD"),
                        new Measurement.Number(new BigDecimal("-0.0001")),
                        0L,
                        9_007_199_254_740_993L,
                        "tab\there, line\nbreak, return\r, back\\slash, \\N, \\t, 'quotes' \"double\", \u00e9, \ud83d\ude00, \u05e9\u05dc\u05d5\u05dd"),
                new ScorecardValue(
                        new IndicatorCode("POL-CSE-FLAGS"),
                        new Measurement.Suppressed(SuppressionSymbol.LOW),
                        null,
                        null,
                        "\\N"),
                new ScorecardValue(new IndicatorCode("POL-MISSING"), new Measurement.Missing(), null, null, "NULL"),
                new ScorecardValue(
                        new IndicatorCode("WF-TRAINING-PCT"),
                        new Measurement.Number(new BigDecimal("99999999999999.9999")),
                        null,
                        null,
                        "=1+1\t" + "x".repeat(1990)));
        ScorecardSubmission loading = submissions.startLoading(submission(POLICE, Q2, 'e', 0), 11);

        submissions.addValues(loading.id(), awkward);

        assertThat(submissions.loadedValues(11)).isEqualTo(4);
        assertThat(submissions.values(loading.id()))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("measurement")
                .containsExactlyElementsOf(awkward);
        assertThat(submissions.values(loading.id()))
                .extracting(v -> v.measurement().display())
                .containsExactly("-0.0001", "low", "", "99999999999999.9999");
    }

    @Test
    void a_figure_the_table_cannot_hold_fails_the_chunk_instead_of_being_cut_short() {
        ScorecardSubmission loading = submissions.startLoading(submission(POLICE, Q2, 'f', 0), 12);
        List<ScorecardValue> tooLarge = List.of(new ScorecardValue(
                new IndicatorCode("POL-DA-CHILD"), new Measurement.Number(new BigDecimal("1E+20")), null, null, null));

        assertThatThrownBy(() -> submissions.addValues(loading.id(), tooLarge))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void figures_of_a_submission_that_does_not_exist_are_refused() {
        assertThatThrownBy(() -> submissions.addValues(987_654_321L, VALUES))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void what_was_loaded_from_a_failed_file_is_discarded() {
        ScorecardSubmission loading = submissions.startLoading(submission(LA, Q2, 'c', 0), 7);
        submissions.addValues(loading.id(), VALUES);

        submissions.discardLoading(7);

        assertThat(submissions.find(loading.id())).isEmpty();
        assertThat(submissions.values(loading.id())).isEmpty();
    }

    @Test
    void current_values_are_listed_by_indicator_agency_and_quarter() {
        submissions.add(submission(POLICE, Q2, 'a', 0), VALUES);
        submissions.add(submission(POLICE, Q2.previous(), 'b', 0), VALUES.subList(0, 1));
        submissions.add(submission(POLICE, Q2.previous().previous(), 'c', 0), VALUES.subList(0, 1));

        List<QuarterValue> values = submissions.currentValues(Q2.previous(), Q2, null);

        assertThat(values)
                .extracting(v -> v.value().indicator().value() + " " + v.quarter() + " "
                        + v.value().measurement().display())
                .containsExactly(
                        "POL-CSE-FLAGS 2022/23 Q2 low",
                        "POL-DA-CHILD 2022/23 Q1 412",
                        "POL-DA-CHILD 2022/23 Q2 412",
                        "POL-MISSING 2022/23 Q2 ",
                        "WF-TRAINING-PCT 2022/23 Q2 87.5");
        assertThat(submissions.currentValues(Q2, Q2, LA)).isEmpty();
    }

    private static ScorecardSubmission submission(
            AgencyCode agency, FinancialQuarter quarter, char digit, long secondsLater) {
        return new ScorecardSubmission(
                null,
                agency,
                quarter,
                agency.value().toLowerCase() + "-scorecard.csv",
                String.valueOf(digit).repeat(64),
                Fixtures.AT.plusSeconds(secondsLater),
                "officer",
                SubmissionStatus.CURRENT,
                0,
                null);
    }
}
