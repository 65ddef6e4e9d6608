package uk.sli.match;

import uk.sli.model.Grade;

/**
 * One statement matched to another: a donor's strength for a need or, when an authority asks what
 * it could offer, another authority's need for one of its strengths.
 *
 * @param statement the matched statement (the donor's strength, or the other authority's need)
 * @param grade the donor's latest grade in the judgement area of the need's theme (or overall), or null
 * @param why the parts of the score, in words and numbers
 */
public record Match(Evidence statement, double score, Grade grade, String why) {
}
