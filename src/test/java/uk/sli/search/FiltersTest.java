package uk.sli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sli.index.Schema;

class FiltersTest {

    @ParameterizedTest(name = "{0}: kind filter {1}")
    @CsvSource(delimiter = '|', value = {
        "care leavers accommodation | false",
        "\"pathway plans\" | false",
        "neglect AND \"pre-proceedings\" | false",
        "supervision -agency | false",
        "foster* recruitment | false",
        "sufficency~1 | false",
        "(early help)^2 | false",
        "*:* | true",
        "authority:kent | true",
        "authority:kent OR placements | true",
        "authority:kent AND placements | false",
        "-agency | true",
    })
    void theKindIsLeftOutOnlyWhenTheQueryNeedsStatementText(String text, boolean kindFiltered) throws Exception {
        Query query = new QueryParser(Schema.TEXT, Schema.analyzer()).parse(text);
        BooleanQuery filtered = (BooleanQuery) Filters.NONE.applyToStatements(query);
        boolean hasKind = filtered.clauses().stream().map(BooleanClause::getQuery)
                .anyMatch(q -> q instanceof TermQuery t && t.getTerm().field().equals(Schema.KIND));
        assertEquals(kindFiltered, hasKind);
    }
}
