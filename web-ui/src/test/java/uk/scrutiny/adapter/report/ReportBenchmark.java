package uk.scrutiny.adapter.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import uk.scrutiny.ScrutinyApplication;
import uk.scrutiny.application.report.ReportModel;
import uk.scrutiny.application.report.ReportRenderer;
import uk.scrutiny.application.report.ReportService;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.application.security.UserAccounts;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.RagRating;

/**
 * Times the PDF and the Word file of the seed's 2021/22 review (12 questions, from the demo data)
 * and of a generated review of 200 questions with 5 evidence items and 3 actions each, once warm.
 * Run by {@code bench/report-benchmark.sh}; not a test.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {}

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        SpringApplication app = new SpringApplication(ScrutinyApplication.class);
        app.setAdditionalProfiles("demo");
        app.setDefaultProperties(Map.of(
                "spring.datasource.url",
                        "jdbc:h2:mem:report-benchmark;MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "scrutiny.storage.dir", System.getProperty("java.io.tmpdir") + "/scrutiny-report-benchmark",
                "server.port", "0",
                "logging.level.root", "warn",
                "vaadin.devmode.devTools.enabled", "false"));
        try (ConfigurableApplicationContext context = app.run()) {
            UserDetails manager = context.getBean(UserAccounts.class).loadUserByUsername("manager");
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
            ReviewService reviews = context.getBean(ReviewService.class);
            var seedId = reviews.reviews().stream()
                    .filter(r -> r.year().equals(FinancialYear.of(2021)))
                    .findFirst()
                    .orElseThrow()
                    .id();
            ReportModel seed = context.getBean(ReportService.class).preview(seedId);
            ReportModel large = generated(seed, 200);
            List<ReportRenderer> renderers =
                    List.of(context.getBean(PdfReportRenderer.class), context.getBean(WordReportRenderer.class));

            System.out.printf(
                    Locale.UK,
                    "%-6s %9s %10s %10s %10s %12s %10s%n",
                    "format",
                    "questions",
                    "median ms",
                    "fastest ms",
                    "slowest ms",
                    "median CPU ms",
                    "bytes");
            for (ReportRenderer renderer : renderers) {
                double small = time(renderer, seed, warmups, runs);
                double big = time(renderer, large, warmups, Math.max(3, runs / 2));
                System.out.printf(
                        Locale.UK,
                        "%-6s 200/12 costs %.1f times as much (content: %.1f times)%n",
                        renderer.format().label(),
                        big / small,
                        200 / 12.0);
            }
        }
    }

    private static double time(ReportRenderer renderer, ReportModel model, int warmups, int runs) {
        int size = 0;
        for (int i = 0; i < warmups; i++) {
            size = renderer.render(model).length;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            size = renderer.render(model).length;
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        double median = millis[runs / 2];
        System.out.printf(
                Locale.UK,
                "%-6s %9d %10.0f %10.0f %10.0f %12.0f %10d%n",
                renderer.format().label(),
                model.questionCount(),
                median,
                millis[0],
                millis[runs - 1],
                cpu[runs / 2],
                size);
        return median;
    }

    /** A review shaped like the seed but with {@code questions} questions, 5 evidence items and 3 actions each. */
    static ReportModel generated(ReportModel seed, int questions) {
        int steps = 10;
        int perStep = questions / steps;
        RagRating[] ratings = RagRating.values();
        List<ReportModel.StepSection> sections = new ArrayList<>();
        List<ReportModel.GridRow> rows = new ArrayList<>();
        List<ReportModel.Comparison> comparisons = new ArrayList<>();
        for (int s = 1; s <= steps; s++) {
            List<ReportModel.QuestionSection> qs = new ArrayList<>();
            List<List<ReportModel.GridCell>> cells = new ArrayList<>();
            seed.keyMeasures().forEach(km -> cells.add(new ArrayList<>()));
            for (int q = 1; q <= perStep; q++) {
                String ref = s + "." + q;
                RagRating rating = ratings[(s + q) % ratings.length];
                ReportModel.Measure km =
                        seed.keyMeasures().get((q - 1) % seed.keyMeasures().size());
                List<ReportModel.EvidenceLine> evidence = new ArrayList<>();
                for (int e = 1; e <= 5; e++) {
                    evidence.add(new ReportModel.EvidenceLine(
                            "Evidence " + e + " for question " + ref + ": partnership minutes and audit findings",
                            "Document",
                            "14/06/2021",
                            false,
                            "evidence-" + ref + "-" + e + ".pdf",
                            null));
                }
                List<ReportModel.ActionLine> actions = new ArrayList<>();
                for (int a = 1; a <= 3; a++) {
                    actions.add(new ReportModel.ActionLine(
                            a,
                            "Action " + a + " for question " + ref
                                    + ": improve analysis capacity so that the partnership receives a multi-agency picture of activity",
                            "Local authority children's services",
                            "31/03/2022",
                            "Open",
                            false));
                }
                qs.add(new ReportModel.QuestionSection(
                        ref,
                        "Question " + ref + ": are the three partners assured that the "
                                + "safeguarding children partnership works effectively alongside other partnerships?",
                        km,
                        rating,
                        "Commentary on " + ref + ": the evidence shows progress, with work still to do.",
                        evidence,
                        actions));
                cells.get((q - 1) % cells.size()).add(new ReportModel.GridCell(ref, rating));
                comparisons.add(new ReportModel.Comparison(ref, ratings[q % ratings.length], rating, "Same"));
            }
            sections.add(new ReportModel.StepSection("Step " + s + ": generated step", qs));
            rows.add(new ReportModel.GridRow("Step " + s + ": generated step", cells));
        }
        return new ReportModel(
                seed.title(),
                seed.partnership(),
                seed.year(),
                seed.period(),
                seed.scrutineer(),
                seed.date(),
                seed.edition(),
                seed.framework(),
                seed.frameworkSource(),
                seed.overallJudgement(),
                seed.summary(),
                seed.guidance(),
                seed.keyMeasures(),
                new ReportModel.Grid(
                        seed.keyMeasures(),
                        rows,
                        "Ratings of each of the " + questions + " questions by step and key measure."),
                sections,
                new ReportModel.Annex("2020/21", comparisons, List.of()));
    }
}
