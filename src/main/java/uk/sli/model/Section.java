package uk.sli.model;

import java.util.List;

/**
 * A heading and what follows it up to the next heading.
 *
 * @param heading the heading text; empty for the text before the first heading
 * @param level 1 for the largest headings, deeper numbers for smaller ones; 0 for no heading
 * @param page the page the heading is on (0 when the source has no pages)
 * @param authorities canonical names of the authorities the section mentions, for documents that
 *     cover several (plans, peer-challenge notes); empty otherwise
 * @param peerChallenge the peer-challenge event the section records, or null outside such notes
 */
public record Section(String heading, int level, int page, List<Paragraph> paragraphs, List<String> authorities,
                      PeerChallengePart peerChallenge) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        authorities = List.copyOf(authorities);
    }

    public Section(String heading, int level, int page, List<Paragraph> paragraphs) {
        this(heading, level, page, paragraphs, List.of(), null);
    }

    public Section withAuthorities(List<String> names) {
        return new Section(heading, level, page, paragraphs, names, peerChallenge);
    }

    public Section withPeerChallenge(PeerChallengePart part) {
        return new Section(heading, level, page, paragraphs, authorities, part);
    }
}
