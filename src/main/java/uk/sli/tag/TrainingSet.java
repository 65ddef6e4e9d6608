package uk.sli.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import uk.sli.model.Label;

/**
 * The project's own labelled statements ({@code data/training/*.tsv}: label, themes, text), written
 * in our own words so that the shipped models can be rebuilt anywhere.
 */
public record TrainingSet(List<Example> examples, String sha256) {

    /**
     * One labelled statement with its themes (primary first) and context: a written statement stands
     * alone ({@link StatementContext#NONE}); a real one has the context ingest gives it.
     */
    public record Example(Label label, List<String> themes, String text, StatementContext context, Boolean alone) {

        /** A written statement: no context, and not judged for standing alone. */
        public Example(Label label, List<String> themes, String text) {
            this(label, themes, text, StatementContext.NONE, null);
        }
    }

    /** The written examples only (real ones have a context). */
    public TrainingSet written() {
        return new TrainingSet(examples.stream().filter(e -> e.context() == StatementContext.NONE).toList(), sha256);
    }

    /** These examples and those of the real labelled sentences (the hash stays that of the written ones). */
    public TrainingSet with(List<LabelledCorpus.LabelledDocument> real) {
        List<Example> all = new ArrayList<>(examples);
        for (LabelledCorpus.LabelledDocument document : real) {
            for (LabelledCorpus.Labelled labelled : document.statements()) {
                all.add(new Example(labelled.gold().label(), labelled.gold().themes(),
                        labelled.statement().sentence().text(), labelled.statement().context(), labelled.gold().alone()));
            }
        }
        return new TrainingSet(List.copyOf(all), sha256);
    }

    public static TrainingSet read(Path folder) throws IOException {
        List<Path> files = tsvFiles(folder);
        if (files.isEmpty()) {
            throw new IOException("no .tsv training files in " + folder);
        }
        MessageDigest digest = newDigest();
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            digest.update(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new IOException(file + ":" + (i + 1) + ": expected 3 tab-separated columns (label, themes, text)");
                }
                Label label = Label.fromId(cols[0])
                        .orElseThrow(() -> new IOException(file + ": unknown label '" + cols[0] + "'"));
                List<String> themes = cols[1].isBlank() ? List.of()
                        : Arrays.stream(cols[1].split(",")).map(String::strip).toList();
                examples.add(new Example(label, themes, cols[2].strip()));
            }
        }
        return new TrainingSet(List.copyOf(examples), HexFormat.of().formatHex(digest.digest()));
    }

    /** SHA-256 over the bytes of the {@code .tsv} files of a folder and its subfolders, in path order. */
    public static String sha256(Path folder) throws IOException {
        MessageDigest digest = newDigest();
        for (Path file : tsvFiles(folder)) {
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The {@code .tsv} files of a folder and its subfolders, in path order: how labelled data is kept. */
    static List<Path> tsvFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
