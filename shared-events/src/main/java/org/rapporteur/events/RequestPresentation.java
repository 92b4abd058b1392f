package org.rapporteur.events;

/**
 * An action presenting a request to the meeting (such as a State's request to extend a deadline under an article).
 * Decisions on the request ({@link RequestDecision}) name it by the same key.
 */
public interface RequestPresentation {

    /** Names the request, the same way its decisions name it (for example "SDN article 4"). */
    String requestKey();

    /** The key of a State's request to extend a deadline under an article: "TCD article 4" (sub-paragraphs fold into the article). */
    static String extensionOf(StateCode state, ArticleReference article) {
        return state + " article " + article.article();
    }
}
