package uk.sli.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests: loads a page as a user's browser would, returns the DOM
 * after rendering, or saves a screenshot to {@code target/screenshots/} (kept, to be looked at).
 * Tests skip, saying why, where Chromium is not installed; {@code .ci/run} installs it.
 */
public final class Chromium {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final String binary;

    private Chromium(String binary) {
        this.binary = binary;
    }

    /** The installed Chromium, or the test is skipped. */
    public static Chromium require() {
        Optional<String> found = Stream.of("chromium", "chromium-browser", "google-chrome")
                .filter(Chromium::onPath).findFirst();
        Assumptions.assumeTrue(found.isPresent(), "chromium is not installed (.ci/run installs it): skipping the browser check");
        return new Chromium(found.get());
    }

    /** The command that starts it, for {@link DevTools}. */
    public String binary() {
        return binary;
    }

    public String dom(String url) throws IOException, InterruptedException {
        return run("--dump-dom", url);
    }

    /** Saves a screenshot of the page and checks it is not blank. */
    public Path screenshot(String url, String name, int height) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
        run("--screenshot=" + png, "--window-size=1200," + height, url);
        BufferedImage image = ImageIO.read(png.toFile());
        int coloured = 0;
        int sampled = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                sampled++;
                coloured += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        assertTrue(coloured > sampled / 50, name + " screenshot is not blank: " + coloured + " of " + sampled);
        return png;
    }

    /** Counts pixels of exactly this colour in a screenshot, to find a chart's bars. */
    public static int pixels(Path png, int rgb) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return count;
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, process.exitValue(), "chromium exit code");
        return out;
    }

    private static boolean onPath(String binary) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, binary)));
    }
}
