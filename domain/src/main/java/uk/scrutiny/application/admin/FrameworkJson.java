package uk.scrutiny.application.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.framework.RagGuidance;
import uk.scrutiny.domain.framework.Step;

/**
 * A framework as a JSON file, to move it between installations or keep it outside one:
 *
 * <pre>{@code
 * { "format": "safeguarding-scrutiny-framework", "formatVersion": 1,
 *   "family": "six-steps", "name": "…", "version": 1, "source": "…",
 *   "guidance": { "green": "…", "amber": "…", "red": "…", "actionPlan": "…" },
 *   "keyMeasures": [ { "number": 1, "text": "…" } ],
 *   "steps": [ { "number": 1, "title": "…", "questions": [ { "ref": "1.1", "text": "…", "keyMeasure": 1 } ] } ] }
 * }</pre>
 *
 * <p>Reading is strict: every field is required (but {@code source}, which may be empty), no other
 * field is allowed, names appear once, and the framework's own rules apply. A file that breaks any
 * of this is refused with where and what.
 */
final class FrameworkJson {

    static final String FORMAT = "safeguarding-scrutiny-framework";
    static final int FORMAT_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Set<String> ROOT_FIELDS = Set.of(
            "format", "formatVersion", "family", "name", "version", "source", "guidance", "keyMeasures", "steps");
    private static final Set<String> GUIDANCE_FIELDS = Set.of("green", "amber", "red", "actionPlan");
    private static final Set<String> MEASURE_FIELDS = Set.of("number", "text");
    private static final Set<String> STEP_FIELDS = Set.of("number", "title", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("ref", "text", "keyMeasure");

    private FrameworkJson() {}

    static byte[] write(Framework framework) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("family", framework.family());
        root.put("name", framework.name());
        root.put("version", framework.version());
        root.put("source", framework.source());
        ObjectNode guidance = root.putObject("guidance");
        guidance.put("green", framework.guidance().green());
        guidance.put("amber", framework.guidance().amber());
        guidance.put("red", framework.guidance().red());
        guidance.put("actionPlan", framework.guidance().actionPlan());
        ArrayNode measures = root.putArray("keyMeasures");
        for (KeyMeasure measure : framework.keyMeasures()) {
            measures.addObject().put("number", measure.number()).put("text", measure.text());
        }
        ArrayNode steps = root.putArray("steps");
        for (Step step : framework.steps()) {
            ObjectNode s = steps.addObject().put("number", step.number()).put("title", step.title());
            ArrayNode questions = s.putArray("questions");
            for (Question question : step.questions()) {
                questions
                        .addObject()
                        .put("ref", question.ref().toString())
                        .put("text", question.text())
                        .put("keyMeasure", question.keyMeasure());
            }
        }
        return MAPPER.writeValueAsBytes(root);
    }

    /**
     * Reads a framework file into a framework that is not saved yet (no id), with the family and
     * version the file names.
     *
     * @param fileName the name the file came with, for the message
     * @throws FrameworkFileException saying where the file is wrong and what to do
     */
    static Framework read(byte[] json, String fileName) {
        try {
            return read(json);
        } catch (Problem e) {
            throw new FrameworkFileException(
                    "'" + fileName + "' cannot be imported: " + e.getMessage()
                            + ". Correct the file, or export the framework again, then import it again. Nothing has been saved.");
        }
    }

    private static Framework read(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            String limit = withoutReaderSetting(firstSentence(e.getOriginalMessage()));
            throw new Problem("it is not a framework file: " + Character.toLowerCase(limit.charAt(0))
                    + limit.substring(1) + ", a limit that no framework file comes near");
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new Problem("it is not valid JSON: " + firstSentence(e.getOriginalMessage())
                    + (at == null || at.getLineNr() < 1
                            ? ""
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new Problem("it is empty");
        }
        Part file = new Part(root, "the file");
        file.requireObject();
        String format = file.text("format");
        if (!format.equals(FORMAT)) {
            throw new Problem("its \"format\" is \"" + format + "\", not \"" + FORMAT
                    + "\": it is not a framework exported from Safeguarding Scrutiny");
        }
        int formatVersion = file.number("formatVersion");
        if (formatVersion != FORMAT_VERSION) {
            throw new Problem("its \"formatVersion\" is " + formatVersion + "; this installation reads " + "version "
                    + FORMAT_VERSION + " only");
        }
        file.onlyFields(ROOT_FIELDS);
        String family = file.text("family");
        String name = file.text("name");
        int version = file.number("version");
        String source = file.optionalText("source");

        Part g = file.object("guidance", "the guidance");
        g.onlyFields(GUIDANCE_FIELDS);
        RagGuidance guidance =
                g.build(() -> new RagGuidance(g.text("green"), g.text("amber"), g.text("red"), g.text("actionPlan")));

        List<KeyMeasure> measures = new ArrayList<>();
        for (Part m : file.array("keyMeasures", "key measure")) {
            m.onlyFields(MEASURE_FIELDS);
            measures.add(m.build(() -> new KeyMeasure(m.number("number"), m.text("text"))));
        }
        List<Step> steps = new ArrayList<>();
        for (Part s : file.array("steps", "step")) {
            s.onlyFields(STEP_FIELDS);
            List<Question> questions = new ArrayList<>();
            for (Part q : s.array("questions", "question")) {
                q.onlyFields(QUESTION_FIELDS);
                questions.add(q.build(
                        () -> new Question(QuestionRef.parse(q.text("ref")), q.text("text"), q.number("keyMeasure"))));
            }
            steps.add(s.build(() -> new Step(s.number("number"), s.text("title"), questions)));
        }
        return file.build(() -> new Framework(null, family, name, version, source, guidance, measures, steps, 0));
    }

    /** What is wrong with the file, said as the end of "… cannot be imported: ". */
    private static final class Problem extends RuntimeException {

        Problem(String what) {
            super(what, null, false, false);
        }
    }

    /** The reader's message without the name of its setting, e.g. "(1000, from `StreamReadConstraints.getMaxNestingDepth()`)". */
    private static String withoutReaderSetting(String message) {
        return message.replaceAll(",\\s*from `[^`]*`", "");
    }

    private static String firstSentence(@Nullable String message) {
        if (message == null) {
            return "it cannot be read";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** A part of the file being read, named as people would find it, e.g. "the 2nd question of the 1st step". */
    private record Part(JsonNode json, String where) {

        void requireObject() {
            if (!json.isObject()) {
                throw problem("is not a JSON object { … }");
            }
        }

        void onlyFields(Set<String> allowed) {
            requireObject();
            Set<String> unknown = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> field : json.properties()) {
                if (!allowed.contains(field.getKey())) {
                    unknown.add("\"" + field.getKey() + "\"");
                }
            }
            if (!unknown.isEmpty()) {
                throw problem("has " + (unknown.size() == 1 ? "a field " : "fields ") + String.join(", ", unknown)
                        + " that a framework file does not have (check the spelling)");
            }
        }

        String text(String field) {
            JsonNode value = field(field);
            if (!value.isString()) {
                throw problem("has a \"" + field + "\" that is not text in quotes");
            }
            return value.stringValue();
        }

        String optionalText(String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? "" : text(field);
        }

        int number(String field) {
            JsonNode value = field(field);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw problem("has a \"" + field + "\" that is not a whole number");
            }
            return value.intValue();
        }

        Part object(String field, String name) {
            Part part = new Part(field(field), name);
            part.requireObject();
            return part;
        }

        List<Part> array(String field, String itemName) {
            JsonNode value = field(field);
            if (!value.isArray()) {
                throw problem("has a \"" + field + "\" that is not a list [ … ]");
            }
            List<Part> parts = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                parts.add(new Part(
                        value.get(i),
                        "the " + ordinal(i + 1) + " " + itemName + (where.equals("the file") ? "" : " of " + where)));
            }
            return parts;
        }

        <T> T build(Supplier<T> builder) {
            try {
                return builder.get();
            } catch (IllegalArgumentException e) {
                throw new Problem("in " + where + ": " + withoutFullStop(e.getMessage()));
            }
        }

        private JsonNode field(String field) {
            requireObject();
            JsonNode value = json.get(field);
            if (value == null || value.isNull()) {
                throw problem("has no \"" + field + "\"");
            }
            return value;
        }

        private Problem problem(String what) {
            return new Problem(where + " " + what);
        }

        private static String withoutFullStop(@Nullable String message) {
            String m = message == null ? "a rule of frameworks is broken" : message.strip();
            return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
        }

        private static String ordinal(int n) {
            int lastTwo = n % 100;
            String suffix = lastTwo >= 11 && lastTwo <= 13
                    ? "th"
                    : switch (n % 10) {
                        case 1 -> "st";
                        case 2 -> "nd";
                        case 3 -> "rd";
                        default -> "th";
                    };
            return n + suffix;
        }
    }
}
