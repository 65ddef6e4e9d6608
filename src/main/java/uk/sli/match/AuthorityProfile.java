package uk.sli.match;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.search.DocumentRow;

/**
 * What the index holds about one authority: who it is, its documents (oldest first), and its
 * latest graded inspection.
 *
 * @param neighbourCodes DfE codes of its statistical neighbours, closest first
 * @param documents its documents with a date, oldest first
 */
public record AuthorityProfile(String name, String code, String region, List<String> neighbourCodes,
                               List<DocumentRow> documents) {

    public AuthorityProfile {
        neighbourCodes = List.copyOf(neighbourCodes);
        documents = List.copyOf(documents);
    }

    /** The most recent graded full inspection (ILACS or SIF), if any is indexed. */
    public Optional<DocumentRow> latestInspection() {
        DocumentRow latest = null;
        for (DocumentRow row : documents) {
            if (!row.grades().isEmpty()) {
                latest = row;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The documents that describe the authority now: its latest graded inspection and everything
     * dated after it (monitoring visits, self-assessments, plans), widened with {@code sinceYear}
     * to everything dated that year or later. Without an inspection, all its documents.
     */
    public Set<String> currentDocumentIds(Integer sinceYear) {
        String from = currentFrom(sinceYear);
        return documents.stream().filter(row -> row.date().compareTo(from) >= 0).map(DocumentRow::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The date (ISO) from which its documents are current, "" when all are. */
    public String currentFrom(Integer sinceYear) {
        String inspected = latestInspection().map(DocumentRow::date).orElse("");
        return sinceYear != null && (sinceYear + "-01-01").compareTo(inspected) < 0 ? sinceYear + "-01-01" : inspected;
    }

    /**
     * Its grade in a judgement area at the latest inspection. Before 2023 care leavers were judged
     * with children in care, so that grade stands in for a missing care-leavers grade.
     */
    public Optional<Grade> grade(Judgement judgement) {
        Optional<DocumentRow> inspection = latestInspection();
        if (inspection.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> grades = inspection.get().grades();
        String value = grades.get(judgement.key());
        if (value == null && judgement == Judgement.CARE_LEAVERS) {
            value = grades.get(Judgement.CHILDREN_IN_CARE.key());
        }
        return value == null ? Optional.empty() : Grade.parse(value);
    }
}
