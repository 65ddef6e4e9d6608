package uk.sli.tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The key of a real sentence in labelled data: the first 16 hex digits of SHA-1 over its UTF-8 text. */
public final class SentenceHash {

    private SentenceHash() {
    }

    public static String of(String sentence) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(sentence.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-1", e);
        }
    }
}
