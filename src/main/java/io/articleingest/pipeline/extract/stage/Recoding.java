package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.extract.rules.RecodingRule;
import io.articleingest.pipeline.extract.rules.RuleBook;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The modes of each draft from the words of its sentence ({@code mode-cue}: "drone", "artillery"),
 * then the PLOVER recodings of {@code recodings.yaml}, in order: what an act becomes when it is the
 * content of another, promised, refused or only said, and which drafts report nothing. A draft whose
 * type changed gets its empty actor and recipient looked for again, and an act recoded as made is
 * dated on the day it is reported.
 */
public final class Recoding implements Stage {

    private final Knowledge knowledge;
    private final RuleBook rules;
    private final ArgumentFinding arguments;

    public Recoding(Knowledge knowledge, RuleBook rules, ArgumentFinding arguments) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.arguments = arguments;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ATTACKERS, Layer.DATES, Layer.CASUALTIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.RECODED);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (Iterator<Draft> it = article.drafts().iterator(); it.hasNext(); ) {
            Draft d = it.next();
            addModeCues(d);
            String type = d.type;
            for (RecodingRule r : rules.recodings()) {
                if (r.when().holds(d, knowledge) && (r.unless() == null || !r.unless().holds(d, knowledge))) {
                    apply(r, d);
                }
                if (d.dropped) {
                    break;
                }
            }
            if (d.dropped) {
                it.remove();
                article.dropped().add(d);
                continue;
            }
            if (!d.type.equals(type)) {
                arguments.complete(d);
            }
            if (d.date == null && article.storyDay() != null && d.status.equals("occurred")) {
                DateFinding.datedOnPublication(d, article.storyDay()); // a promise is made as it is reported
            }
        }
    }

    private void apply(RecodingRule r, Draft d) {
        TriggerHit content = content(d);
        if (r.drop()) {
            d.dropped = true;
            d.because("dropped", r.id(), d.trigger());
            return;
        }
        if (r.speakersAct() != null && d.sentence.attribution() != null && d.sentence.attribution().source() != null) {
            d.becomeSpeakersAct(r.speakersAct(), d.sentence.attribution().source(), r.id());
        }
        if (r.embeddedType() && content != null) {
            d.type = content.trigger().type();
            d.because("type", r.id(), d.sentence.words(content.start(), content.end()));
        }
        if (r.embeddedMode() && d.modes.isEmpty() && content != null && content.trigger().mode() != null) {
            d.modes.add(content.trigger().mode());
            d.because("modes", r.id(), d.sentence.words(content.start(), content.end()));
        }
        if (r.type() != null && !r.type().equals(d.type)) {
            d.type = r.type();
            d.because("type", r.id(), d.trigger());
        }
        if (r.status() != null && !r.status().equals(d.status)) {
            d.status = r.status();
            d.because("status", r.id(), d.trigger());
        }
        if (r.modes() != null) {
            d.modes.clear();
            d.modes.addAll(r.modes());
            d.because("modes", r.id(), "");
        }
        if (!r.addModes().isEmpty()) {
            d.modes.addAll(r.addModes());
            d.because("modes", r.id(), "");
        }
        if (r.noCasualties()) {
            d.fatalities = null;
            d.injuries = null;
        }
    }

    /** The first trigger that is this draft's content ("vowed to strike": "strike"), or null. */
    private static TriggerHit content(Draft d) {
        List<TriggerHit> triggers = d.sentence.triggers();
        int self = triggers.indexOf(d.hit);
        for (TriggerHit t : triggers) {
            if (t.governor() == self && t.role() == TriggerHit.Role.EMBEDDED) {
                return t;
            }
        }
        return null;
    }

    /** Words anywhere in the sentence that give the type a mode: "drone", "artillery", "tear gas". */
    private void addModeCues(Draft d) {
        Map<String, PhraseIndex<String>> cues = knowledge.triggers().modeCues.get(d.type);
        if (cues == null) {
            return;
        }
        for (Map.Entry<String, PhraseIndex<String>> mode : cues.entrySet()) {
            for (int k = 0; k < d.sentence.tokens().size(); k++) {
                if (!mode.getValue().matchesAt(d.sentence.tokens(), k).isEmpty()) {
                    d.modes.add(mode.getKey());
                    d.because("modes", "mode-cue", d.sentence.words(k, k + 1));
                    break;
                }
            }
        }
    }
}
