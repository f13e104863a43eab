package uk.scrutiny.batch.imports;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import uk.scrutiny.application.security.Actor;
import uk.scrutiny.batch.BatchImportApplication;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.period.UkDates;

/**
 * The import inside the web application: every night at {@code scrutiny.import.cron} (02:00 by
 * default, UK time), and at start-up when a run was left unfinished by an instance that stopped.
 * The inbox's folders are created at start-up, so that partners can be told where to put files.
 * With several instances, each asks, and the one that takes the database lock runs it.
 */
@Configuration
@EnableScheduling
@Profile("!" + BatchImportApplication.PROFILE)
class NightlyImport {

    private final ImportRunner runner;
    private final ImportRuns runs;
    private final InboxFolder inbox;

    NightlyImport(ImportRunner runner, ImportRuns runs, InboxFolder inbox) {
        this.runner = runner;
        this.runs = runs;
        this.inbox = inbox;
    }

    @Scheduled(cron = "${scrutiny.import.cron:0 0 2 * * *}", zone = UkDates.ZONE_ID)
    void nightly() {
        runner.requestRun(RunTrigger.NIGHTLY, Actor.SYSTEM.username());
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        inbox.createFolders();
        if (!runs.unfinished().isEmpty()) {
            runner.requestRun(RunTrigger.NIGHTLY, Actor.SYSTEM.username());
        }
    }
}
