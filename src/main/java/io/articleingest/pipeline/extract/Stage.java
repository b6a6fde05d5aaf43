package io.articleingest.pipeline.extract;

import java.util.Set;

/**
 * One step of event extraction over a shared {@link AnnotatedArticle}, in the manner of CoreNLP's
 * annotators: it reads the layers it {@link #requires()} and adds the ones it {@link #provides()}.
 */
public interface Stage {

    Set<Layer> requires();

    Set<Layer> provides();

    void annotate(AnnotatedArticle article);

    /** The id that explanations and errors use for this stage. */
    default String name() {
        String simple = getClass().getSimpleName();
        return simple.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + simple.substring(1);
    }
}
