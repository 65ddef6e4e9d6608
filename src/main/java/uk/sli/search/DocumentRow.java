package uk.sli.search;

import java.util.Map;

/** A document's metadata as listed by {@code sli docs}; grades keyed by judgement key, values as printed. */
public record DocumentRow(String id, String path, String type, String title, String authority, String authorityCode,
                          String region, String date, String inspectionStart, String inspectionEnd, int pages,
                          int sentences, Map<String, String> grades) {
}
