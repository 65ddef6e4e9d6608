package uk.sli.model;

import java.util.List;

/**
 * Where a section sits in the notes of a peer-challenge event (a triad or quartet of authorities
 * challenging each other's self-assessments).
 *
 * @param event the event's title as written ("Triad 2 DCS peer challenge (...)")
 * @param authorities the authorities taking part, in the order named
 * @param speaker the authority whose reflections the section records, or null for notes shared by
 *     all (the themes common to the event, the facilitator's summary)
 */
public record PeerChallengePart(String event, List<String> authorities, String speaker) {

    public PeerChallengePart {
        authorities = List.copyOf(authorities);
    }

    public boolean hasSpeaker() {
        return speaker != null;
    }
}
