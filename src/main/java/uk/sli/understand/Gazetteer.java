package uk.sli.understand;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.sli.model.Authority;

/**
 * English children's services authorities, their codes, regions, statistical neighbours and the
 * names the sector calls them by. The built-in data are facts from the D2I la-lookup; extra
 * authorities (e.g. the fictional councils of the demo corpus) come from a CSV in the same format.
 */
public final class Gazetteer {

    private final List<Authority> authorities;
    private final Map<String, List<String>> successorCodes;
    private final Map<String, Authority> byCode = new HashMap<>();
    private final Map<String, List<Authority>> byKey = new HashMap<>();
    private final Map<String, List<Authority>> spellings = new LinkedHashMap<>();
    private final Map<String, String> regionByKey = new HashMap<>();

    private Gazetteer(List<GazetteerCsv.Row> rows, List<GazetteerCsv.Alias> aliases,
                      List<GazetteerCsv.Alias> regionAliases) {
        authorities = rows.stream().map(GazetteerCsv.Row::authority).toList();
        successorCodes = new HashMap<>();
        for (GazetteerCsv.Row row : rows) {
            Authority a = row.authority();
            successorCodes.put(a.code(), row.successorCodes());
            index(byCode, a.code(), a);
            index(byCode, a.onsCode().toUpperCase(Locale.ROOT), a);
            addName(a.name(), a);
            regionByKey.put(NameKey.fold(a.region()), a.region());
        }
        for (GazetteerCsv.Alias alias : aliases) {
            addName(alias.alias(), canonical(alias.name()));
        }
        for (GazetteerCsv.Alias alias : regionAliases) {
            regionByKey.put(NameKey.fold(alias.alias()), alias.name());
        }
    }

    /** The built-in authorities and aliases, loaded once. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** The built-in authorities plus those in {@code csv} (same columns as authorities.csv). */
    public static Gazetteer withExtra(Path csv) throws IOException {
        List<GazetteerCsv.Row> rows = new ArrayList<>(builtInRows());
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows.addAll(GazetteerCsv.authorities(reader));
        }
        return build(rows);
    }

    /** The authority with this name, alias or affixed form, if exactly one has it. */
    public Optional<Authority> byName(String nameOrAlias) {
        List<Authority> found = resolveAll(nameOrAlias);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every authority a name stands for: several for a trust serving more than one council. */
    public List<Authority> resolveAll(String nameOrAlias) {
        String key = NameKey.fold(nameOrAlias);
        while (true) {
            List<Authority> found = byKey.get(key);
            if (found != null) {
                return found;
            }
            Optional<String> shorter = NameKey.stripOne(key);
            if (shorter.isEmpty()) {
                return List.of();
            }
            key = shorter.get();
        }
    }

    /** By three-digit DfE code ("868") or ONS code ("E06000040"). */
    public Optional<Authority> byCode(String dfeOrOnsCode) {
        return Optional.ofNullable(byCode.get(dfeOrOnsCode.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every authority, including abolished ones. */
    public List<Authority> all() {
        return authorities;
    }

    /** Authorities that exist today, i.e. have not been replaced. */
    public List<Authority> current() {
        return authorities.stream().filter(a -> successors(a).isEmpty()).toList();
    }

    /** Current authorities in a region given by name or alias ("SE", "South East"). */
    public List<Authority> inRegion(String region) {
        Optional<String> name = regionName(region);
        return name.map(r -> current().stream().filter(a -> a.region().equals(r)).toList()).orElse(List.of());
    }

    /** Statistical neighbours, closest first; codes the gazetteer does not know are left out. */
    public List<Authority> neighbours(Authority authority) {
        return authority.neighbourCodes().stream().map(this::byCode).flatMap(Optional::stream).toList();
    }

    /** The authorities that replaced an abolished one; empty for a current authority. */
    public List<Authority> successors(Authority authority) {
        return successorCodes.getOrDefault(authority.code(), List.of()).stream()
                .map(this::byCode).flatMap(Optional::stream).toList();
    }

    /** The region of a region alias ("SE") or of an authority named by name or alias ("RBWM"). */
    public Optional<String> region(String nameOrAlias) {
        return regionName(nameOrAlias).or(() -> byName(nameOrAlias).map(Authority::region));
    }

    /** Names and aliases exactly as written, each with the authorities it stands for. */
    Map<String, List<Authority>> spellings() {
        return Collections.unmodifiableMap(spellings);
    }

    private Optional<String> regionName(String region) {
        return Optional.ofNullable(regionByKey.get(NameKey.fold(region)));
    }

    private Authority canonical(String name) {
        List<Authority> found = byKey.getOrDefault(NameKey.fold(name), List.of());
        if (found.size() != 1) {
            throw new IllegalStateException("alias target is not one canonical name: " + name);
        }
        return found.get(0);
    }

    private void addName(String name, Authority authority) {
        addTo(byKey, NameKey.fold(name), authority);
        addTo(spellings, name, authority);
    }

    private static void addTo(Map<String, List<Authority>> map, String key, Authority authority) {
        List<Authority> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(authority)) {
            list.add(authority);
        }
    }

    private static void index(Map<String, Authority> map, String key, Authority authority) {
        Authority previous = map.putIfAbsent(key, authority);
        if (previous != null) {
            throw new IllegalStateException("code " + key + " used by " + previous.name() + " and " + authority.name());
        }
    }

    private static Gazetteer build(List<GazetteerCsv.Row> rows) {
        try (Reader aliases = GazetteerCsv.resource("authority-aliases.csv");
             Reader regions = GazetteerCsv.resource("region-aliases.csv")) {
            return new Gazetteer(rows, GazetteerCsv.aliases(aliases), GazetteerCsv.aliases(regions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GazetteerCsv.Row> builtInRows() {
        try (Reader reader = GazetteerCsv.resource("authorities.csv")) {
            return GazetteerCsv.authorities(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder idiom: the resources are read on first use and only once. */
    private static final class Standard {
        static final Gazetteer INSTANCE = build(builtInRows());
    }
}
