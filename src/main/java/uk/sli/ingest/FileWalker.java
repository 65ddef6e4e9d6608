package uk.sli.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given to ingest into the regular files under them, in a stable order. */
public final class FileWalker {

    private FileWalker() {
    }

    /**
     * Files under each root (a root may itself be a file); hidden files and folders are skipped, and so
     * is {@code exclude} (the index folder, which may sit inside a folder being ingested).
     */
    public static List<Path> files(List<Path> roots, Path exclude) throws IOException {
        Path excluded = exclude.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            if (Files.isRegularFile(start)) {
                files.add(start);
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile)
                        .filter(path -> !isHidden(start, path) && !path.startsWith(excluded))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files.stream().distinct().toList();
    }

    private static boolean isHidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
