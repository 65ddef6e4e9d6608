package uk.sli.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns a file into pages of lines. The format is detected from the content (Tika), never from the
 * file name; PDFs are read with PDFBox so that pages and layout survive; every other format goes
 * through Tika's parsers. Thread-safe: share one instance.
 */
public final class TextExtractor {

    private static final MediaType PDF = MediaType.application("pdf");

    private final ExtractionLimits limits;
    private final RunningTextFilter runningText = new RunningTextFilter();

    public TextExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    /**
     * Tika's configuration takes a second to load (it scans every parser); held lazily so that a
     * re-ingest of unchanged files, which parses nothing, does not pay for it.
     */
    private static final class Tika {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
        static final Detector DETECTOR = CONFIG.getDetector();
        static final Parser PARSER = new AutoDetectParser(CONFIG);
    }

    public ExtractedText extract(Path file) throws ExtractionException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ExtractionException("empty file (0 bytes)");
            }
            if (size > limits.maxBytes()) {
                throw new ExtractionException("too large: %d MB, the limit is %d MB"
                        .formatted(size >> 20, limits.maxBytes() >> 20));
            }
            MediaType type = detect(file);
            refuseMislabelledPdf(file, type);
            if (type.equals(PDF)) {
                return new ExtractedText(PDF.toString(), runningText.clean(readPdf(file)));
            }
            return new ExtractedText(type.toString(), List.of(new Page(0, readWithTika(file, type))));
        } catch (IOException e) {
            throw new ExtractionException("cannot read: " + oneLine(e), e);
        }
    }

    private MediaType detect(Path file) throws IOException {
        // No file name in the metadata: the bytes alone decide.
        try (InputStream in = TikaInputStream.get(file)) {
            return Tika.DETECTOR.detect(in, new Metadata()).getBaseType();
        }
    }

    private static void refuseMislabelledPdf(Path file, MediaType type) throws ExtractionException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") && !type.equals(PDF)) {
            throw new ExtractionException("not a PDF: the content is " + type + " saved with a .pdf name");
        }
    }

    private List<Page> readPdf(Path file) throws IOException, ExtractionException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() > limits.maxPages()) {
                throw new ExtractionException("too many pages: %d, the limit is %d"
                        .formatted(document.getNumberOfPages(), limits.maxPages()));
            }
            return new PdfLineStripper().extract(document);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted: the PDF needs a password", e);
        }
    }

    private List<TextLine> readWithTika(Path file, MediaType type) throws IOException, ExtractionException {
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            if (type.getType().equals("text") && type.getSubtype().equals("plain")) {
                BodyContentHandler body = new BodyContentHandler(limits.maxChars());
                parse(in, body, metadata);
                return plainTextLines(body.toString());
            }
            MarkupLineHandler markup = new MarkupLineHandler(limits.maxChars());
            parse(in, markup, metadata);
            return markup.lines();
        }
    }

    private void parse(InputStream in, org.xml.sax.ContentHandler handler, Metadata metadata)
            throws IOException, ExtractionException {
        try {
            Tika.PARSER.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("encrypted: the document needs a password", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException("cannot parse: " + oneLine(e), e);
            }
            // Past the character limit: keep what was read.
        } catch (TikaException e) {
            throw new ExtractionException("cannot parse: " + oneLine(e), e);
        }
    }

    /** Plain text: one line per line, a blank line marks a paragraph break. */
    static List<TextLine> plainTextLines(String text) {
        List<TextLine> lines = new ArrayList<>();
        boolean afterBlank = true;
        for (String raw : text.split("\\R")) {
            String line = raw.replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                afterBlank = true;
            } else {
                lines.add(TextLine.plain(line, afterBlank));
                afterBlank = false;
            }
        }
        return lines;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
