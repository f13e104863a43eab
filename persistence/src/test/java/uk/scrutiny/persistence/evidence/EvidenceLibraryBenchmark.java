package uk.scrutiny.persistence.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.persistence.PersistenceTestApplication;

/**
 * Times the evidence library's queries, as its grid makes them, through the real adapter
 * ({@link JdbcEvidenceItems}) on a database brought up by the real changelogs and filled with
 * evidence items spread over types, agencies, sources and eleven years, and cited by eleven
 * reviews. Run by {@code bench/evidence-library-benchmark.sh}; not a test.
 *
 * <p>Arguments: the JDBC URL, the number of items (default 100,000), the number of timed runs of
 * each query (default 30, after 5 untimed). Items are added only while the library holds fewer.
 */
public final class EvidenceLibraryBenchmark {

    /** The lazy grid asks for pages of 50 rows. */
    private static final int PAGE = 50;

    private static final int WARM_UPS = 5;
    private static final int FIRST_YEAR = 2015;
    private static final int REVIEWS = 11;
    private static final int CITED_PER_REVIEW = 3_000;
    private static final List<String> AGENCIES =
            List.of("LA", "POLICE", "HEALTH", "EDUCATION", "PROBATION", "YJS", "CVS");
    private static final List<String> BODIES = List.of("EXEC", "SOG", "IBC", "LRG");
    private static final List<String> TOPICS = List.of(
            "Neglect strategy",
            "Domestic abuse pathway",
            "Child exploitation",
            "Early help offer",
            "Missing from home protocol",
            "Section 11 audit",
            "Safeguarding training report",
            "Multi-agency case audit",
            "Rapid review",
            "Threshold document",
            "Partnership newsletter",
            "Annual report",
            "Escalation policy",
            "Private fostering",
            "Elective home education",
            "Health assessment data");

    private EvidenceLibraryBenchmark() {}

    public static void main(String[] args) {
        String url = args[0];
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        SpringApplication app = new SpringApplication(PersistenceTestApplication.class);
        app.setDefaultProperties(Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", System.getProperty("bench.db.user", "root"),
                "spring.datasource.password", "",
                "spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.yaml",
                // One connection, so that the server's profile of each query is read in the session that ran it.
                "spring.datasource.hikari.maximum-pool-size", "1",
                "logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = app.run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long[] reviewIds = fill(
                    jdbc,
                    context.getBean(Reviews.class),
                    context.getBean(Frameworks.class),
                    context.getBean(Assessments.class),
                    items);
            jdbc.execute("ANALYZE TABLE evidence_item, assessment_evidence");
            time(context.getBean(EvidenceItems.class), jdbc, reviewIds, runs);
        }
    }

    /** Adds items, reviews and citations up to the sizes wanted; returns the reviews' ids, oldest first. */
    private static long[] fill(
            JdbcTemplate jdbc, Reviews reviews, Frameworks frameworks, Assessments assessments, int items) {
        long have = count(jdbc, "SELECT COUNT(*) FROM evidence_item");
        Random random = new Random(42);
        long start = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (long n = have + 1; n <= items; n++) {
            batch.add(item(n, random));
            if (batch.size() == 2_000) {
                insertItems(jdbc, batch);
            }
        }
        insertItems(jdbc, batch);
        if (items > have) {
            System.out.printf(
                    Locale.UK, "added %,d evidence items in %.1f s%n", items - have, (System.nanoTime() - start) / 1e9);
        }

        FrameworkId framework = frameworks.versionsOf("six-steps").getFirst().id();
        long[] ids = new long[REVIEWS];
        long maxItem = count(jdbc, "SELECT MAX(id) FROM evidence_item");
        long minItem = count(jdbc, "SELECT MIN(id) FROM evidence_item");
        for (int r = 0; r < REVIEWS; r++) {
            FinancialYear year = FinancialYear.of(FIRST_YEAR + r);
            Review review = reviews.findByYear(year)
                    .orElseGet(() -> reviews.save(Review.start(year, framework, "Benchmark scrutineer")));
            ReviewId id = review.requireId();
            ids[r] = id.value();
            if (count(jdbc, "SELECT COUNT(*) FROM assessment_evidence WHERE review_id = " + id.value()) > 0) {
                continue;
            }
            List<QuestionRef> questions = new ArrayList<>();
            for (int step = 1; step <= 3; step++) {
                for (int q = 1; q <= 4; q++) {
                    QuestionRef ref = new QuestionRef(step, q);
                    questions.add(ref);
                    if (assessments.find(id, ref).isEmpty()) {
                        assessments.save(Assessment.unrated(id, ref));
                    }
                }
            }
            Set<Long> cited = new LinkedHashSet<>();
            while (cited.size() < Math.min(CITED_PER_REVIEW, maxItem - minItem + 1)) {
                cited.add(minItem + (long) (random.nextDouble() * (maxItem - minItem + 1)));
            }
            List<Object[]> citations = new ArrayList<>();
            int order = 0;
            for (long evidence : cited) {
                QuestionRef ref = questions.get(order % questions.size());
                citations.add(
                        new Object[] {id.value(), ref.step(), ref.number(), evidence, order++ / questions.size()});
            }
            jdbc.batchUpdate(
                    "INSERT INTO assessment_evidence (review_id, step_no, question_no, evidence_id, cited_order) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    citations);
        }
        System.out.printf(
                Locale.UK,
                "library: %,d evidence items, %,d citations by %d reviews%n",
                count(jdbc, "SELECT COUNT(*) FROM evidence_item"),
                count(jdbc, "SELECT COUNT(*) FROM assessment_evidence"),
                REVIEWS);
        return ids;
    }

    /** One item: half documents, a fifth minutes, then scorecards, web links and action logs, over eleven years. */
    private static Object[] item(long n, Random random) {
        int kind = random.nextInt(100);
        EvidenceType type = kind < 50
                ? EvidenceType.DOCUMENT
                : kind < 70
                        ? EvidenceType.MINUTES
                        : kind < 85
                                ? EvidenceType.SCORECARD
                                : kind < 95 ? EvidenceType.WEB_LINK : EvidenceType.ACTION_LOG;
        EvidenceSource source = switch (type) {
            case WEB_LINK -> EvidenceSource.LINK;
            case SCORECARD -> EvidenceSource.IMPORT;
            case MINUTES -> random.nextInt(4) == 0 ? EvidenceSource.UPLOAD : EvidenceSource.IMPORT;
            default -> EvidenceSource.UPLOAD;
        };
        LocalDate date = LocalDate.of(FIRST_YEAR, 4, 1).plusDays(random.nextInt(4_018));
        String owner = random.nextInt(10) == 0 ? null : AGENCIES.get(random.nextInt(AGENCIES.size()));
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        String body = type == EvidenceType.MINUTES ? BODIES.get(random.nextInt(BODIES.size())) : null;
        String title = switch (type) {
            case MINUTES -> body + " minutes " + date;
            case SCORECARD -> owner + " scorecard " + FinancialYear.containing(date) + " item " + n;
            default -> topic + (owner == null ? "" : " (" + owner + ")") + " " + date.getYear() + " no. " + n;
        };
        boolean file = type != EvidenceType.WEB_LINK && random.nextInt(5) != 0;
        String name = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + (type == EvidenceType.SCORECARD ? ".csv" : ".pdf");
        return new Object[] {
            type.name(),
            title,
            date,
            owner,
            source.name(),
            !file && type != EvidenceType.WEB_LINK ? name : null,
            file ? "%04d/%02d/bench-%d".formatted(date.getYear(), date.getMonthValue(), n) : null,
            file ? name : null,
            file ? "%064x".formatted(n) : null,
            file ? (type == EvidenceType.SCORECARD ? "text/csv" : "application/pdf") : null,
            file ? 10_000L + random.nextInt(2_000_000) : null,
            type == EvidenceType.WEB_LINK ? "https://example.org/evidence/" + n : null,
            type == EvidenceType.MINUTES && random.nextInt(10) == 0,
            body,
            date.atTime(10, 0),
            random.nextBoolean() ? "officer" : "system"
        };
    }

    private static void insertItems(JdbcTemplate jdbc, List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO evidence_item (evidence_type, title, item_date, owner_agency, evidence_source, document_name,
                                           storage_key, original_name, sha256, content_type, file_size, link, draft,
                                           meeting_body, added_at, added_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", batch);
        batch.clear();
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private record Case(String name, Supplier<Object> query) {}

    private static void time(EvidenceItems library, JdbcTemplate jdbc, long[] reviewIds, int runs) {
        Long review = reviewIds[reviewIds.length - 5];
        EvidenceFilter minutes = filter(EvidenceType.MINUTES, null, null, null, null, null, null);
        EvidenceFilter police = filter(null, "POLICE", null, null, null, null, null);
        EvidenceFilter year = filter(null, null, LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31), null, null, null);
        EvidenceFilter imported = filter(null, null, null, null, EvidenceSource.IMPORT, null, null);
        EvidenceFilter cited = filter(null, null, null, null, null, review, null);
        EvidenceFilter words = filter(null, null, null, null, null, null, "neglect");
        EvidenceFilter combined = filter(
                EvidenceType.DOCUMENT,
                "LA",
                LocalDate.of(2019, 4, 1),
                LocalDate.of(2024, 3, 31),
                EvidenceSource.UPLOAD,
                null,
                null);
        EvidenceFilter everything = filter(
                EvidenceType.DOCUMENT,
                "HEALTH",
                LocalDate.of(2016, 4, 1),
                LocalDate.of(2025, 3, 31),
                EvidenceSource.UPLOAD,
                review,
                "audit");
        EvidenceFilter documents = filter(EvidenceType.DOCUMENT, null, null, null, null, null, null);
        long all = library.count(EvidenceFilter.ALL);
        long documentCount = library.count(documents);

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("count, no filter", () -> library.count(EvidenceFilter.ALL)));
        cases.add(new Case("first page, no filter", () -> library.find(EvidenceFilter.ALL, 0, PAGE)));
        cases.add(new Case(
                "page at offset 50,000",
                () -> library.find(EvidenceFilter.ALL, (int) Math.min(50_000, all / 2), PAGE)));
        cases.add(new Case(
                "page at offset 99,000", () -> library.find(EvidenceFilter.ALL, (int) Math.max(0, all - 1_000), PAGE)));
        for (var named : List.of(
                Map.entry("type = minutes", minutes),
                Map.entry("agency = POLICE", police),
                Map.entry("dates in 2021/22", year),
                Map.entry("source = import", imported),
                Map.entry("cited in the 2021/22 review", cited),
                Map.entry("words: \"neglect\"", words),
                Map.entry("type + agency + dates + source", combined),
                Map.entry("all six filters", everything))) {
            cases.add(new Case("count, " + named.getKey(), () -> library.count(named.getValue())));
            cases.add(new Case("first page, " + named.getKey(), () -> library.find(named.getValue(), 0, PAGE)));
        }
        cases.add(new Case(
                "last page, type = document",
                () -> library.find(documents, (int) Math.max(0, documentCount - PAGE), PAGE)));
        // Words that match nothing: every row is read, the worst case of a search.
        EvidenceFilter none = filter(null, null, null, null, null, null, "zzzz");
        EvidenceFilter documentsNone = filter(EvidenceType.DOCUMENT, null, null, null, null, null, "zzzz");
        cases.add(new Case("count, words matching nothing", () -> library.count(none)));
        cases.add(new Case("first page, words matching nothing", () -> library.find(none, 0, PAGE)));
        cases.add(new Case("first page, type = document + no such words", () -> library.find(documentsNone, 0, PAGE)));

        jdbc.execute("SET SESSION profiling_history_size = 100");
        System.out.printf(
                Locale.UK,
                "%-46s %8s %10s %8s %8s %8s %8s%n",
                "query",
                "rows",
                "median ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "CPU ms");
        List<Double> medians = new ArrayList<>();
        for (Case c : cases) {
            for (int i = 0; i < WARM_UPS; i++) {
                c.query().get();
            }
            double[] ms = new double[runs];
            Object result = null;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                result = c.query().get();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            String rows = result instanceof List<?> list
                    ? Integer.toString(list.size())
                    : String.format(Locale.UK, "%,d", (Long) result);
            medians.add(percentile(ms, 50));
            double[] cpu = new double[Math.min(runs, 15)];
            for (int i = 0; i < cpu.length; i++) {
                cpu[i] = serverCpuMillis(jdbc, c.query());
            }
            Arrays.sort(cpu);
            System.out.printf(
                    Locale.UK,
                    "%-46s %8s %10.1f %8.1f %8.1f %8.1f %8.1f%n",
                    c.name(),
                    rows,
                    percentile(ms, 50),
                    percentile(ms, 90),
                    percentile(ms, 99),
                    ms[ms.length - 1],
                    percentile(cpu, 50));
        }
        System.out.printf(
                Locale.UK,
                "slowest median: %.1f ms%n",
                medians.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    /**
     * The CPU time the database server spent on the query, from its own profile of the session: a
     * figure that other work on the machine inflates far less than the wall-clock time.
     */
    private static double serverCpuMillis(JdbcTemplate jdbc, Supplier<Object> query) {
        jdbc.execute("SET SESSION profiling = 1");
        try {
            query.get();
            // The profiles list the start of each statement's text, oldest first: the last SELECT is the query's.
            List<Long> ids = jdbc
                    .query(
                            "SHOW PROFILES",
                            (rs, n) -> rs.getString("Query").startsWith("SELECT") ? rs.getLong("Query_ID") : null)
                    .stream()
                    .filter(Objects::nonNull)
                    .toList();
            if (ids.isEmpty()) {
                throw new IllegalStateException("The server kept no profile of the query");
            }
            Double seconds = jdbc.query("SHOW PROFILE CPU FOR QUERY " + ids.getLast(), rs -> {
                double sum = 0;
                while (rs.next()) {
                    sum += rs.getDouble("CPU_user") + rs.getDouble("CPU_system");
                }
                return sum;
            });
            return seconds == null ? 0 : seconds * 1000;
        } finally {
            jdbc.execute("SET SESSION profiling = 0");
        }
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static EvidenceFilter filter(
            EvidenceType type,
            String owner,
            LocalDate from,
            LocalDate to,
            EvidenceSource source,
            Long review,
            String text) {
        return new EvidenceFilter(type, owner == null ? null : new AgencyCode(owner), from, to, source, review, text);
    }
}
