package uk.sli.extract;

/** A file that cannot be turned into text; the message is the one-line reason shown to the user. */
public class ExtractionException extends Exception {

    public ExtractionException(String reason) {
        super(reason);
    }

    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
