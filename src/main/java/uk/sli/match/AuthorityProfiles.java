package uk.sli.match;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sli.index.Schema;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.DocumentRow;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;

/** Every authority the index has dated documents about, read once from the document records. */
public final class AuthorityProfiles {

    private final Map<String, AuthorityProfile> byKey;

    private AuthorityProfiles(Map<String, AuthorityProfile> byKey) {
        this.byKey = byKey;
    }

    public static AuthorityProfiles read(IndexReading index) throws IOException {
        Map<String, List<DocumentRow>> rows = new LinkedHashMap<>();
        for (DocumentRow row : new DocumentCatalog(index).list(Filters.NONE)) {
            if (row.authority() != null && row.date() != null) {
                rows.computeIfAbsent(row.authority(), a -> new ArrayList<>()).add(row);
            }
        }
        Map<String, AuthorityProfile> byKey = new LinkedHashMap<>();
        rows.forEach((name, documents) -> {
            DocumentRow first = documents.get(0);
            byKey.put(Schema.key(name), new AuthorityProfile(name, first.authorityCode(), first.region(),
                    first.neighbourCodes(), documents));
        });
        return new AuthorityProfiles(byKey);
    }

    /** By canonical name (as the gazetteer resolves a name, alias or code). */
    public Optional<AuthorityProfile> byName(String name) {
        return Optional.ofNullable(byKey.get(Schema.key(name)));
    }

    public Optional<AuthorityProfile> byCode(String code) {
        return byKey.values().stream().filter(p -> code.equals(p.code())).findFirst();
    }

    public Collection<AuthorityProfile> all() {
        return byKey.values();
    }

    public List<AuthorityProfile> inRegion(String region) {
        return byKey.values().stream().filter(p -> region.equalsIgnoreCase(p.region())).toList();
    }

    /**
     * The year of the newest dated document (recency is measured from it, so that results do not
     * change with the day they are run), or this year when there is none.
     */
    public int newestYear() {
        return byKey.values().stream().flatMap(p -> p.documents().stream()).map(DocumentRow::date)
                .max(String::compareTo).map(date -> Integer.parseInt(date.substring(0, 4)))
                .orElse(Year.now().getValue());
    }

    /** Its statistical neighbours that the index holds, closest first. */
    public List<AuthorityProfile> neighbours(AuthorityProfile profile) {
        return profile.neighbourCodes().stream().map(this::byCode).flatMap(Optional::stream).toList();
    }
}
