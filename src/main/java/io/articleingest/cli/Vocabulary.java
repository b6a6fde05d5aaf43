package io.articleingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.articleingest.pipeline.knowledge.BundledKnowledge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.articleingest.store.Names;

/**
 * The values a query can name, read from the knowledge files the pipeline codes with (event types
 * from {@code plover.yaml}, IPTC topics from {@code topics.yaml}) and the contract's statuses,
 * so that a value no event can carry is refused with the list of those that can.
 */
final class Vocabulary {

    /** {@code status} values of the extraction contract. */
    static final List<String> STATUSES = List.of("occurred", "historical", "future", "hypothetical", "negated");


    private Vocabulary() {
    }

    /** The PLOVER event types, in the order plover.yaml lists them. */
    static List<String> eventTypes() {
        List<String> types = new ArrayList<>();
        BundledKnowledge.read("plover").path("types").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** IPTC Media Topic code → label, as topics.yaml lists them. */
    static Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        BundledKnowledge.read("topics").path("topics").forEach(t -> topics.put(t.path("code").asText(), t.path("label").asText()));
        return topics;
    }

    /**
     * Country code by every name of the country (name, aliases, historical names, demonyms),
     * folded as the indexes fold names: "israel", "israelis" → ISR. Dependencies give the code
     * PLOVER files them under (their {@code ploverCountry}).
     */
    static Map<String, String> countryCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (JsonNode c : BundledKnowledge.read("countries")) {
            String code = c.path("ploverCountry").asText(c.path("code").asText());
            List<JsonNode> names = new ArrayList<>(List.of(c.path("name")));
            for (String list : List.of("aliases", "historicalNames", "demonyms")) {
                c.path(list).forEach(names::add);
            }
            names.forEach(n -> codes.putIfAbsent(Names.fold(n.asText()), code));
        }
        return codes;
    }

}
