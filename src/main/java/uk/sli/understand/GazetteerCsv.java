package uk.sli.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import uk.sli.model.Authority;

/** Reads the gazetteer's CSV files: '#' starts a comment, the first other line is the header. */
final class GazetteerCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** One row of authorities.csv: the authority and, if it has been abolished, what replaced it. */
    record Row(Authority authority, List<String> successorCodes) {
    }

    /** A pair from an alias file: another name and the canonical name it stands for. */
    record Alias(String alias, String name) {
    }

    private GazetteerCsv() {
    }

    static List<Row> authorities(Reader reader) throws IOException {
        return read(reader, r -> new Row(
                new Authority(r.get("name"), r.get("code"), r.get("ons_code"), r.get("region"),
                        codes(r.get("neighbour_codes")), r.get("type")),
                r.isMapped("successor_codes") ? codes(r.get("successor_codes")) : List.of()));
    }

    static List<Alias> aliases(Reader reader) throws IOException {
        return read(reader, r -> new Alias(r.get(0), r.get(1)));
    }

    static Reader resource(String name) {
        InputStream in = GazetteerCsv.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + name));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static <T> List<T> read(Reader reader, Function<CSVRecord, T> toValue) throws IOException {
        List<T> values = new ArrayList<>();
        for (CSVRecord record : FORMAT.parse(reader)) {
            values.add(toValue.apply(record));
        }
        return values;
    }

    /** Codes separated by spaces or semicolons (user files written in a spreadsheet tend to use the latter). */
    private static List<String> codes(String separated) {
        return separated.isBlank() ? List.of() : Arrays.asList(separated.strip().split("[\\s;]+"));
    }
}
