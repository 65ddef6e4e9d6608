package uk.sli.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the index lives; shared by every command that reads or writes it. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:SLI_INDEX:-index}",
            description = "index folder (default: $SLI_INDEX, else ./index; now: ${DEFAULT-VALUE})")
    Path dir;
}
