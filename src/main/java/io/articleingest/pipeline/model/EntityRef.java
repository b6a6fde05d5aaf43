package io.articleingest.pipeline.model;

/**
 * An actor, recipient or source as written in the text and resolved to PLOVER codes.
 *
 * @param text    the words of the article
 * @param name    canonical name ("Israel", "Hamas", "civilians")
 * @param country ISO 3166-1 alpha-3 or a PLOVER non-state code (UNO, IGO, NGO…); null when unknown
 * @param sector  PLOVER sector code (GOV, MIL, REB, CVL…); null when unknown
 */
public record EntityRef(String text, String name, String country, String sector) {
}
