package uk.sli.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.sli.search.FilterResolver;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;
import uk.sli.understand.Gazetteer;

/** Reads and checks query parameters: bounded numbers, known filters, bounded text. */
final class Params {

    static final int MAX_TEXT = 500;

    private Params() {
    }

    /** The document filters shared by every page and API: la, authorities, region, type, from, to. */
    static Filters filters(Context ctx, IndexReading index) throws IOException {
        List<String> authorities = new ArrayList<>();
        String la = text(ctx, "la");
        if (la != null) {
            authorities.add(la);
        }
        String group = text(ctx, "authorities");
        if (group != null) {
            Arrays.stream(group.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(authorities::add);
        }
        try {
            return new FilterResolver(index, Gazetteer.standard()).resolve(authorities, text(ctx, "region"),
                    text(ctx, "type"), year(ctx, "from"), year(ctx, "to"), text(ctx, "grade"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** A parameter's value, stripped; null when absent or blank; a 400 when longer than {@link #MAX_TEXT}. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    static String required(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            throw new BadRequest(name + " is required");
        }
        return value;
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new BadRequest(name + " must be from " + min + " to " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    static boolean flag(Context ctx, String name) {
        String value = text(ctx, name);
        return value != null && !value.equals("false") && !value.equals("0");
    }

    private static Integer year(Context ctx, String name) {
        return text(ctx, name) == null ? null : integer(ctx, name, 0, 1900, 2200);
    }
}
