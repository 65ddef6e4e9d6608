package uk.sli.tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.sli.model.Label;

/**
 * One hand-labelled real sentence: which file, which sentence (by hash, since the text is not ours
 * to copy), its gold label and themes, and whether it stands alone (null when not judged).
 * Rows are kept as tab-separated files ({@code eval/dev}, {@code eval/register}, {@code data/labels}):
 * file, sentence, label, themes[, alone].
 */
public record LabelledStatement(String file, String sentenceHash, Label label, List<String> themes, Boolean alone) {

    public LabelledStatement {
        themes = List.copyOf(themes);
    }

    /** Every row of the {@code .tsv} files in a folder and its subfolders, in path order. */
    public static List<LabelledStatement> read(Path folder) throws IOException {
        List<LabelledStatement> rows = new ArrayList<>();
        for (Path file : TrainingSet.tsvFiles(folder)) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                rows.add(parse(lines.get(i), file + ":" + (i + 1)));
            }
        }
        return rows;
    }

    private static LabelledStatement parse(String line, String where) throws IOException {
        String[] cols = line.split("\t", -1);
        if (cols.length < 3) {
            throw new IOException(where + ": expected file, sentence, label, themes[, alone]");
        }
        Label label = Label.fromId(cols[2]).orElseThrow(() -> new IOException(where + ": unknown label " + cols[2]));
        List<String> themes = cols.length < 4 || cols[3].isBlank() ? List.of()
                : Arrays.stream(cols[3].split(",")).map(String::strip).toList();
        Boolean alone = cols.length < 5 || cols[4].isBlank() ? null : cols[4].strip().startsWith("y");
        return new LabelledStatement(cols[0], cols[1], label, themes, alone);
    }
}
