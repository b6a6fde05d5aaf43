package io.articleingest.pipeline.extract.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.extract.Because;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example sentence of every rule in arguments.yaml and recodings.yaml, through the whole
 * extractor: the event comes out as the example says, and its explanation names the rule — so an
 * example that passes for another reason fails here.
 */
class RuleExamplesTest {

    private static final Pipeline PIPELINE = Pipeline.standard((Path) null);
    private static final RuleBook RULES = RuleBook.from(Knowledge.load(null));

    static Stream<RuleExample> examples() {
        return RULES.examples().stream();
    }

    @Test
    void everyRuleHasAnExampleAndADoc() {
        List<String> bare = Stream.concat(Stream.concat(RULES.actorRules().stream().map(r -> new String[] {r.id(),
                        r.doc(), String.valueOf(r.examples().size())}), RULES.recipientRules().stream()
                        .map(r -> new String[] {r.id(), r.doc(), String.valueOf(r.examples().size())})),
                RULES.recodings().stream().map(r -> new String[] {r.id(), r.doc(), String.valueOf(r.examples().size())}))
                .filter(r -> r[1].isBlank() || r[2].equals("0")).map(r -> r[0]).toList();
        assertTrue(bare.isEmpty(), "rules without a doc line or an example: " + bare);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleComesOutAsItsRuleSays(RuleExample example) {
        LocalDate published = example.published() == null ? LocalDate.of(2025, 11, 30) : LocalDate.parse(example.published());
        Pipeline.Explained x = PIPELINE.explain(RawDocument.ofFile("example.txt",
                example.text().getBytes(StandardCharsets.UTF_8)), published);
        assertNotNull(x.annotated(), () -> "rejected: " + x.result().article().rejectionReason());
        String type = example.expect().get("type");
        List<Event> events = x.result().events();
        List<Draft> drafts = x.annotated().drafts();
        if (example.absent()) {
            assertFalse(events.stream().anyMatch(e -> e.eventType().equals(type)), () -> example.ruleId() + ": " + events);
            assertTrue(x.annotated().dropped().stream().anyMatch(d -> reasons(d).contains(example.ruleId())),
                    () -> example.ruleId() + " dropped nothing: " + x.annotated().dropped().stream().map(RuleExamplesTest::reasons).toList());
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.eventType().equals(type) && matches(e, example.expect()) && reasons(drafts.get(i)).contains(example.ruleId())) {
                return;
            }
        }
        fail(example.ruleId() + " on '" + example.text() + "': expected " + example.expect() + ", got "
                + events.stream().map(e -> e.eventType() + " " + e.actors() + " -> " + e.recipients() + " " + e.status()
                + " " + e.modes()).toList() + " because " + drafts.stream().map(RuleExamplesTest::reasons).toList());
    }

    private static String reasons(Draft d) {
        return d.explanation().values().stream().map(Because::rule).toList().toString();
    }

    private static boolean matches(Event e, Map<String, String> expect) {
        for (Map.Entry<String, String> x : expect.entrySet()) {
            String want = x.getValue();
            boolean ok = switch (x.getKey()) {
                case "type" -> e.eventType().equals(want);
                case "actor" -> names(e.actors(), want);
                case "recipient" -> names(e.recipients(), want);
                case "status" -> e.status().equals(want);
                case "modes" -> e.modes().contains(want);
                case "place" -> e.location() != null && e.location().name().equals(want);
                case "date" -> want.equals(e.date());
                default -> throw new IllegalArgumentException("an example expects an unknown field: " + x.getKey());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** An actor named by its country code, canonical name or sector. */
    private static boolean names(List<EntityRef> refs, String want) {
        return refs.stream().anyMatch(r -> want.equals(r.country()) || want.equals(r.name()) || want.equals(r.sector()));
    }
}
