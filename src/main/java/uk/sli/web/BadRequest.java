package uk.sli.web;

/** A request the server cannot answer as asked: answered 400 (or 404) with the message, never a stack trace. */
final class BadRequest extends RuntimeException {

    private final int status;

    BadRequest(String message) {
        this(400, message);
    }

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
