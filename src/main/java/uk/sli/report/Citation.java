package uk.sli.report;

/** The human-readable reference to where a statement stands: file, page, paragraph, section. */
public final class Citation {

    private Citation() {
    }

    public static String of(String path, int page, String paragraph, String section) {
        StringBuilder sb = new StringBuilder(path);
        if (page > 0) {
            sb.append(", p. ").append(page);
        }
        if (paragraph != null) {
            sb.append(", para. ").append(paragraph);
        }
        if (section != null && !section.isBlank()) {
            sb.append(", \u201c").append(section).append('\u201d');
        }
        return sb.toString();
    }
}
