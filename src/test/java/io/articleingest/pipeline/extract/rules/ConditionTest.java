package io.articleingest.pipeline.extract.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A rule's condition is checked as it is read: a mistake in the rule file fails loudly, naming the rule. */
class ConditionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCueListThatIsNeverLoadedIsAnErrorNotARuleThatNeverHolds() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Condition.parse(JSON.readTree("{\"cueAfter\": \"causeMarker\"}"), "my-rule"));
        assertTrue(e.getMessage().contains("my-rule") && e.getMessage().contains("causeMarker"), e.getMessage());
        Condition.parse(JSON.readTree("{\"cueAfter\": \"causeMarkers\", \"cueWithin\": 1}"), "my-rule");
    }

    @Test
    void anUnknownKeyIsAnError() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Condition.parse(JSON.readTree("{\"typ\": [\"ASSAULT\"]}"), "r"));
    }
}
