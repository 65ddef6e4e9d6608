package uk.sli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import uk.sli.model.Label;

/** Reads the dev set ({@code eval/dev/*.tsv}: file, sentence hash, label, themes). */
public final class DevSet {

    private DevSet() {
    }

    public static List<LabelledStatement> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        List<LabelledStatement> rows = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] cols = lines.get(i).split("\t", -1);
                if (cols.length < 3) {
                    throw new IOException(file + ":" + (i + 1) + ": expected file, sentence, label, themes");
                }
                Label label = Label.fromId(cols[2]).orElseThrow(() -> new IOException(file + ": unknown label " + cols[2]));
                List<String> themes = cols.length < 4 || cols[3].isBlank() ? List.of()
                        : Arrays.stream(cols[3].split(",")).map(String::strip).toList();
                rows.add(new LabelledStatement(cols[0], cols[1], label, themes));
            }
        }
        return rows;
    }
}
