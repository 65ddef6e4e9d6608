package uk.sli.match;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.sli.index.Schema;
import uk.sli.model.Authority;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.DocumentRow;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;
import uk.sli.understand.Gazetteer;

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

    /** An authority by name, alias or code as the gazetteer knows it, or by its name or code in the index. */
    public Optional<AuthorityProfile> find(String nameAliasOrCode, Gazetteer gazetteer) {
        List<String> candidates = new ArrayList<>();
        gazetteer.resolveAll(nameAliasOrCode).forEach(a -> candidates.add(a.name()));
        gazetteer.byCode(nameAliasOrCode).map(Authority::name).ifPresent(candidates::add);
        candidates.add(nameAliasOrCode);
        return candidates.stream().map(this::byName).flatMap(Optional::stream).findFirst()
                .or(() -> byCode(nameAliasOrCode));
    }

    /**
     * The peers a set names: all, region (the authority's own), neighbours (its statistical
     * neighbours), or a comma-separated list of authorities.
     *
     * @throws IllegalArgumentException naming a listed authority the index has no documents about
     */
    public List<AuthorityProfile> peers(AuthorityProfile subject, String set, Gazetteer gazetteer) {
        return switch (set.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> new ArrayList<>(all());
            case "region" -> inRegion(subject.region());
            case "neighbours", "neighbors" -> neighbours(subject);
            default -> Arrays.stream(set.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(name -> find(name, gazetteer).orElseThrow(() -> new IllegalArgumentException(
                            "unknown authority '" + name + "': no dated documents about it in the index")))
                    .toList();
        };
    }

    /** Its statistical neighbours that the index holds, closest first. */
    public List<AuthorityProfile> neighbours(AuthorityProfile profile) {
        return profile.neighbourCodes().stream().map(this::byCode).flatMap(Optional::stream).toList();
    }
}
