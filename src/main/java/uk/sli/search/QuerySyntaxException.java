package uk.sli.search;

/** The user's query is not valid Lucene syntax; the message is a one-line explanation. */
public class QuerySyntaxException extends Exception {

    public QuerySyntaxException(String message) {
        super(message);
    }
}
