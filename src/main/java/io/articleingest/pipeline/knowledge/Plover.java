package io.articleingest.pipeline.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The PLOVER vocabulary of {@code knowledge/plover.yaml}: each type's quad class and score, the
 * modes that move a score, and which actor codes and sectors belong to a state.
 */
public final class Plover {

    final Map<String, Integer> quadClass = new HashMap<>();
    final Map<String, Double> typeScore = new HashMap<>();
    final Map<String, Map<String, Double>> modeScore = new HashMap<>();
    final Set<String> nonStateCountries = new HashSet<>();
    final Set<String> stateSectors = new HashSet<>();
    final Set<String> stateForceSectors = new HashSet<>();
    final Set<String> twoSidedTypes = new HashSet<>();

    /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 unknown. */
    public int quadClass(String type) {
        return quadClass.getOrDefault(type, 0);
    }

    public boolean isType(String type) {
        return quadClass.containsKey(type);
    }

    /** Verbal acts (quad classes 1 and 3): said, not done. */
    public boolean isVerbal(String type) {
        int q = quadClass(type);
        return q == 1 || q == 3;
    }

    /**
     * The conflict–cooperation score of a type with its modes: a mode can make a conflict more
     * severe (the lowest score counts) or a cooperation warmer (the highest counts).
     */
    public double score(String type, Iterable<String> modes) {
        double score = typeScore.getOrDefault(type, 0.0);
        Map<String, Double> byMode = modeScore.getOrDefault(type, Map.of());
        boolean cooperation = quadClass(type) == 1 || quadClass(type) == 2;
        for (String m : modes) {
            Double s = byMode.get(m);
            if (s != null) {
                score = cooperation ? Math.max(score, s) : Math.min(score, s);
            }
        }
        return score;
    }

    /** An actor code of no state (UNO, IGO, NGO…). */
    public boolean isNonState(String country) {
        return nonStateCountries.contains(country);
    }

    /** A type whose acts two sides commit against each other in one sentence (an exchange of fire). */
    public boolean isTwoSided(String type) {
        return twoSidedTypes.contains(type);
    }

    /** A sector of a state's armed organs (MIL, COP). */
    public boolean isStateForce(String sector) {
        return stateForceSectors.contains(sector);
    }

    /** A sector of a state's organs (GOV, MIL, COP, JUD, LEG). */
    public boolean isStateSector(String sector) {
        return stateSectors.contains(sector);
    }
}
