package uk.sli.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import uk.sli.index.Schema;
import uk.sli.model.Authority;
import uk.sli.model.DocumentType;
import uk.sli.model.Grade;
import uk.sli.understand.Gazetteer;

/**
 * Turns what a user typed (names, aliases or codes of authorities, a region, a type, years) into
 * {@link Filters}, for the command line and the web alike; a value it cannot use is an
 * {@link IllegalArgumentException} whose message names it.
 */
public final class FilterResolver {

    private final IndexReading index;
    private final Gazetteer gazetteer;

    public FilterResolver(IndexReading index, Gazetteer gazetteer) {
        this.index = index;
        this.gazetteer = gazetteer;
    }

    /** @param authorities names, aliases or codes; each may stand for several (a trust serving two councils) */
    public Filters resolve(List<String> authorities, String region, String type, Integer from, Integer to, String grade)
            throws IOException {
        List<String> names = new ArrayList<>();
        for (String name : authorities) {
            names.addAll(authority(name.strip()));
        }
        String regionName = region == null ? null : gazetteer.region(region).orElse(region);
        if (type != null && DocumentType.fromId(type).isEmpty()) {
            throw new IllegalArgumentException("unknown document type '" + type + "'");
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("the first year, " + from + ", is after the last, " + to);
        }
        String gradeLabel = grade == null ? null : Grade.parse(grade).map(Grade::label)
                .orElseThrow(() -> new IllegalArgumentException("unknown grade '" + grade
                        + "': outstanding, good, requires improvement or inadequate"));
        return new Filters(names, regionName, type, from, to, null, null, null, gradeLabel);
    }

    /** The canonical names an authority's name, alias or code stands for. */
    public List<String> authority(String name) throws IOException {
        List<Authority> known = gazetteer.resolveAll(name);
        if (known.isEmpty()) {
            known = gazetteer.byCode(name).map(List::of).orElse(List.of());
        }
        // Authorities outside the gazetteer (e.g. the sample corpus's fictional councils) match by name.
        if (known.isEmpty() && !isIndexed(name)) {
            throw new IllegalArgumentException("unknown authority '" + name + "': not in the gazetteer nor in the index");
        }
        return known.isEmpty() ? List.of(name) : known.stream().map(Authority::name).toList();
    }

    private boolean isIndexed(String authority) throws IOException {
        String key = Schema.key(authority);
        return index.reader().docFreq(new Term(Schema.AUTHORITY_KEY, key)) > 0
                || index.reader().docFreq(new Term(Schema.MENTIONS_KEY, key)) > 0;
    }
}
