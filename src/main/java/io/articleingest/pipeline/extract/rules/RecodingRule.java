package io.articleingest.pipeline.extract.rules;

import java.util.List;

/**
 * A PLOVER recoding: when {@code when} holds (and {@code unless} does not), the draft's type,
 * status or modes change, it becomes the speaker's act towards its actor, takes what its content
 * says, or is dropped as reporting nothing.
 *
 * @param type          the new type, or null
 * @param status        the new status, or null
 * @param modes         the new modes (replacing the old), or null to keep them
 * @param addModes      modes to add
 * @param speakersAct   the type of the speaker's act towards the draft's actor ("X said Y must …"), or null
 * @param embeddedType  take the type of the trigger that is this one's content ("ordered the paper to close")
 * @param embeddedMode  take the mode of that trigger when the draft has none ("urged Israel to open crossings")
 * @param noCasualties  a threat kills nobody: deaths and injuries are cleared
 * @param drop          the draft reports no event
 */
public record RecodingRule(String id, Condition when, Condition unless, String type, String status, List<String> modes,
                       List<String> addModes, String speakersAct, boolean embeddedType, boolean embeddedMode,
                       boolean noCasualties, boolean drop, String doc, List<RuleExample> examples) {
}
