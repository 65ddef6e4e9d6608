package uk.sli.ingest;

import java.nio.file.Path;

/**
 * One file's outcome.
 *
 * @param reason why it failed or is empty; null otherwise
 * @param pages pages read (0 when none or not read)
 * @param sentences sentences indexed
 * @param embedded statements among them indexed with an embedding
 */
public record FileOutcome(Path file, Outcome outcome, String reason, int pages, int sentences, int embedded) {

    static FileOutcome of(Path file, Outcome outcome) {
        return new FileOutcome(file, outcome, null, 0, 0, 0);
    }

    static FileOutcome failed(Path file, String reason) {
        return new FileOutcome(file, Outcome.FAILED, reason, 0, 0, 0);
    }
}
