package uk.scrutiny.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import uk.scrutiny.application.imports.ImportService;
import uk.scrutiny.batch.imports.ImportRunner;
import uk.scrutiny.batch.imports.InboxFolder;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.ui.imports.ImportsView;

/**
 * The dashboard's last import runs. An application of its own (the nightly schedule switched off),
 * so that it starts with no import run and only this class's runs are listed.
 */
@DemoApplicationTest
@TestPropertySource(properties = "scrutiny.import.cron=-")
class DashboardViewTests extends SpringBrowserlessTest {

    private static final String SECTION = "Last import runs";

    @Autowired
    ImportRunner runner;

    @Autowired
    InboxFolder inbox;

    @Autowired
    ImportService imports;

    @Test
    @WithUserDetails("officer")
    void the_business_unit_sees_the_latest_five_import_runs_with_their_files_imported_and_rejected()
            throws IOException {
        navigate(DashboardView.class);
        assertThat(importRuns().getElement().getTextRecursively()).contains("No import has run yet.");
        assertThat(find(NativeTable.class).withClassName("import-runs-table").exists())
                .isFalse();
        test(find(RouterLink.class).withText("Imports page").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ImportsView.class);

        runner.runOnce(RunTrigger.COMMAND_LINE, "command line");
        for (int i = 0; i < 4; i++) {
            runner.runOnce(RunTrigger.NIGHTLY, "system");
        }
        drop("police-2022-23-q2.csv");
        drop("la-2022-23-q2.xlsx");
        drop("health-2022-23-q2-with-errors.csv");
        long withFiles = runner.runOnce(RunTrigger.NIGHTLY, "system").runs().getLast();
        ImportRun newest = imports.runs(0, 1).getFirst();
        assertThat(newest.id()).isEqualTo(withFiles);

        navigate(DashboardView.class);

        NativeTable table =
                find(NativeTable.class).withClassName("import-runs-table").single();
        assertThat(cells(table, "thead"))
                .containsExactly(List.of("Started", "How started", "Outcome", "Files imported", "Files rejected"));
        List<List<String>> rows = cells(table, "tbody");
        assertThat(rows).hasSize(DashboardView.IMPORT_RUNS_SHOWN);
        String started = UkDates.prose(UkDates.local(newest.startedAt()));
        assertThat(started).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
        assertThat(rows.getFirst()).containsExactly(started, "Nightly", "Completed", "2", "1");
        assertThat(rows.get(1))
                .containsExactly(rows.get(1).getFirst(), "Nightly", "Completed (no files to import)", "0", "0");
        assertThat(rows)
                .as("the oldest of six runs is left to the Imports page")
                .noneMatch(row -> row.contains("Command line"));
        assertThat(importRuns().getElement().getTextRecursively()).doesNotContain("No import has run yet.");
        assertThat(find(RouterLink.class).withText("Imports page").single().getHref())
                .isEqualTo("imports");
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_sees_the_import_runs_too() {
        navigate(DashboardView.class);

        assertThat(importRuns().getChildren()).isNotEmpty();
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_scrutineer_whose_role_may_not_see_import_runs_gets_no_such_section() {
        navigate(DashboardView.class);

        assertThat(find(H2.class).withText(SECTION).exists()).isFalse();
        assertThat(find(Paragraph.class).withText("No import has run yet.").exists())
                .isFalse();
        assertThat(find(RouterLink.class).withText("Imports page").exists()).isFalse();
        assertThatThrownBy(() -> imports.runs(0, DashboardView.IMPORT_RUNS_SHOWN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("health.lead")
    void a_partner_lead_gets_no_import_runs() {
        navigate(DashboardView.class);

        assertThat(find(H2.class).withText(SECTION).exists()).isFalse();
    }

    @Test
    @WithUserDetails("police.data")
    void a_data_officer_gets_no_import_runs() {
        navigate(DashboardView.class);

        assertThat(find(H2.class).withText(SECTION).exists()).isFalse();
    }

    private Section importRuns() {
        H2 heading = find(H2.class).withText(SECTION).single();
        return (Section) heading.getParent().orElseThrow();
    }

    /** Copies a scorecard fixture into the inbox as a file settled there, as the nightly run finds it. */
    private void drop(String fixture) throws IOException {
        Path target = inbox.root().resolve(InboxFolder.SCORECARDS).resolve(fixture);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/fixtures/scorecards/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            Files.copy(in, target);
        }
        Files.setLastModifiedTime(target, FileTime.from(Instant.now().minus(2, ChronoUnit.MINUTES)));
    }

    /** The text of each cell, row by row, of the table's head or body. */
    private static List<List<String>> cells(NativeTable table, String part) {
        return table.getElement()
                .getChildren()
                .filter(e -> e.getTag().equals(part))
                .flatMap(Element::getChildren)
                .map(row -> row.getChildren().map(Element::getTextRecursively).toList())
                .toList();
    }
}
