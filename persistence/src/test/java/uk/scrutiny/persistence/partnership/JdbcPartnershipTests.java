package uk.scrutiny.persistence.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.AgencyKind;
import uk.scrutiny.domain.partnership.MeetingBodies;
import uk.scrutiny.domain.partnership.MeetingBody;
import uk.scrutiny.domain.partnership.Partnership;
import uk.scrutiny.domain.partnership.Partnerships;

/** The partnership, its agencies and its meeting bodies. */
@Transactional
abstract class JdbcPartnershipTests {

    @Autowired
    Partnerships partnerships;

    @Autowired
    Agencies agencies;

    @Autowired
    MeetingBodies meetingBodies;

    @Test
    void the_partnership_is_salford_from_the_reference_data() {
        assertThat(partnerships.current())
                .isEqualTo(new Partnership("Salford Safeguarding Children Partnership", "SSCP", "Salford", 1));
    }

    @Test
    void the_partnership_s_details_are_saved_with_the_next_version() {
        Partnership renamed = new Partnership("Salford Children's Safeguarding Partnership", "SCSP", "Salford", 1);

        Partnership saved = partnerships.save(renamed);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(partnerships.current()).isEqualTo(saved);
    }

    @Test
    void stale_partnership_save_is_refused() {
        Partnership read = partnerships.current();
        partnerships.save(new Partnership(read.name(), "SSCP", "Salford and district", read.version()));

        assertThatThrownBy(
                        () -> partnerships.save(new Partnership(read.name(), "SALFORD", read.area(), read.version())))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("The partnership's details was changed by someone else");
    }

    @Test
    void the_seven_agencies_are_registered_with_the_three_statutory_partners() {
        assertThat(agencies.all())
                .extracting(a -> a.code().value())
                .containsExactly("CVS", "EDUCATION", "HEALTH", "LA", "POLICE", "PROBATION", "YJS");
        assertThat(agencies.all())
                .filteredOn(Agency::isStatutory)
                .extracting(a -> a.code().value())
                .containsExactly("HEALTH", "LA", "POLICE");
        assertThat(agencies.find(new AgencyCode("YJS")))
                .contains(new Agency(new AgencyCode("YJS"), "Youth justice service", AgencyKind.RELEVANT, true, 1));
    }

    @Test
    void a_new_agency_is_added_then_updated() {
        Agency added =
                agencies.save(new Agency(new AgencyCode("FIRE"), "Fire and rescue service", AgencyKind.RELEVANT));

        Agency updated = agencies.save(new Agency(
                added.code(),
                "Greater Manchester Fire and Rescue Service",
                AgencyKind.RELEVANT,
                false,
                added.version()));

        assertThat(added.version()).isEqualTo(1);
        assertThat(agencies.find(new AgencyCode("FIRE"))).contains(updated);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.active()).isFalse();
    }

    @Test
    void stale_agency_save_is_refused() {
        Agency read = agencies.find(new AgencyCode("LA")).orElseThrow();
        agencies.save(
                new Agency(read.code(), "Salford City Council children's services", read.kind(), true, read.version()));

        assertThatThrownBy(() -> agencies.save(
                        new Agency(read.code(), "Children's services", read.kind(), true, read.version())))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Agency LA was changed by someone else while you were editing it");
    }

    @Test
    void adding_an_agency_under_a_code_someone_else_has_just_added_is_refused() {
        assertThatThrownBy(() -> agencies.save(new Agency(new AgencyCode("POLICE"), "Police", AgencyKind.STATUTORY)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Agency POLICE was changed");
    }

    @Test
    void the_four_meeting_bodies_are_registered() {
        assertThat(meetingBodies.all())
                .extracting(MeetingBody::code, MeetingBody::name)
                .containsExactly(
                        tuple("EXEC", "SSCP Executive"),
                        tuple("IBC", "Inter-Board Chairs"),
                        tuple("LRG", "Learning Review Group"),
                        tuple("SOG", "Strategic Operational Group"));
    }

    @Test
    void a_meeting_body_is_found_by_code_in_any_case_or_by_name() {
        assertThat(meetingBodies.find(" sog ")).map(MeetingBody::name).contains("Strategic Operational Group");
        assertThat(meetingBodies.findNamedBy("sscp executive"))
                .map(MeetingBody::code)
                .contains("EXEC");
    }

    @Test
    void stale_meeting_body_save_is_refused() {
        MeetingBody read = meetingBodies.find("LRG").orElseThrow();
        MeetingBody saved =
                meetingBodies.save(new MeetingBody("LRG", "Learning and Review Group", true, read.version()));

        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() -> meetingBodies.save(new MeetingBody("LRG", "Learning Reviews", true, read.version())))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Meeting body LRG was changed");
    }
}
