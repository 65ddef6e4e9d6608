package uk.sli.understand;

import java.util.List;

import uk.sli.model.Authority;

/**
 * A name of one or more authorities found in a text.
 *
 * @param start offset of the first character of the name
 * @param end offset just past the name
 * @param surface the name as written
 * @param authorities what it names: more than one for a trust serving several councils
 */
public record Mention(int start, int end, String surface, List<Authority> authorities) {

    public Mention {
        authorities = List.copyOf(authorities);
    }
}
