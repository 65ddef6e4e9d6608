package uk.sli.search;

import java.util.List;
import java.util.Map;

/**
 * A document's metadata as listed by {@code sli docs}; grades keyed by judgement key, values as
 * printed; the authority's statistical neighbours by DfE code, closest first.
 */
public record DocumentRow(String id, String path, String type, String title, String authority, String authorityCode,
                          String region, List<String> neighbourCodes, String date, String inspectionStart,
                          String inspectionEnd, int pages, int sentences, Map<String, String> grades) {

    public DocumentRow {
        neighbourCodes = List.copyOf(neighbourCodes);
    }
}
