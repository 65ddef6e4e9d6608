package uk.sli.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.sli.model.Authority;

/**
 * Finds every written form of every authority name in a text, case-sensitively (they are proper
 * names), on word boundaries, longest form first so "Derbyshire" is not "Derby" and "County
 * Durham" is not "Durham". Whether a candidate is really the council is left to {@link MentionRules}.
 */
final class NameSpotter {

    // No letter, digit or hyphen may touch a name: "Kentish", "Newcastle-under-Lyme".
    private static final String BEFORE = "(?<![\\p{L}\\p{N}&-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}&]|-\\p{L})";

    private static final String CYRILLIC_LOOK_ALIKES = "АВЕКМНОРСТХ";
    private static final String LATIN_EQUIVALENTS = "ABEKMHOPCTX";

    private final Map<String, List<Authority>> byFold = new HashMap<>();
    private final Pattern pattern;

    /**
     * @param spellings names and aliases with the authorities they stand for
     * @param decoys longer names that contain an authority's name but mean something else
     *               ("Sutton Coldfield"): found like names, then dropped
     */
    NameSpotter(Map<String, List<Authority>> spellings, List<String> decoys) {
        Set<String> forms = new LinkedHashSet<>();
        spellings.forEach((spelling, authorities) -> {
            for (String form : variants(spelling)) {
                forms.add(form);
                byFold.put(fold(form), authorities);
            }
        });
        for (String decoy : decoys) {
            forms.add(decoy);
            byFold.put(fold(decoy), List.of());
        }
        String alternatives = forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(NameSpotter::regex)
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile(BEFORE + "(?:" + alternatives + ")" + AFTER);
    }

    /** Every candidate name in the text, in order, none overlapping, decoys left out. */
    List<Mention> candidates(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = pattern.matcher(latinLookAlikes(text));
        while (m.find()) {
            List<Authority> authorities = byFold.get(fold(m.group()));
            if (!authorities.isEmpty()) {
                found.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end()), authorities));
            }
        }
        return found;
    }

    /** The decoy names shipped with the toolkit, one a line in not-authorities.txt. */
    static List<String> standardDecoys() {
        try (BufferedReader reader = new BufferedReader(GazetteerCsv.resource("not-authorities.txt"))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cyrillic capitals that look Latin, swapped one for one so offsets hold: a real regional plan
     * writes "MK" with Cyrillic letters, pasted from somewhere.
     */
    private static String latinLookAlikes(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int at = CYRILLIC_LOOK_ALIKES.indexOf(chars[i]);
            if (at >= 0) {
                chars[i] = LATIN_EQUIVALENTS.charAt(at);
            }
        }
        return new String(chars);
    }

    /** The ways writers vary a name without changing it: "&" for "and", "St." for "St", hyphens. */
    private static Set<String> variants(String name) {
        Set<String> forms = new LinkedHashSet<>(List.of(name));
        forms.addAll(forms.stream().map(f -> f.replace(" and ", " & ")).toList());
        forms.addAll(forms.stream().map(f -> f.replace("St ", "St. ")).toList());
        forms.addAll(forms.stream().map(f -> f.replace("-on-", " on ")).toList());
        forms.addAll(forms.stream().map(f -> f.replace(" upon ", " Upon ")).toList());
        forms.addAll(forms.stream().map(f -> f.replace(", ", " ")).toList());
        return forms;
    }

    /** A regex for one form: any run of whitespace (PDF lines wrap inside names), either apostrophe. */
    private static String regex(String form) {
        StringBuilder regex = new StringBuilder();
        for (String token : form.split(" ")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(token).replace("'", "\\E['’]\\Q"));
        }
        return regex.toString();
    }

    /** Same key for a form and any match of it, whatever its spacing or apostrophe. */
    private static String fold(String surface) {
        return surface.replaceAll("\\s+", " ").replace('’', '\'');
    }
}
