package uk.sli.tag;

/**
 * The outcomes of the stand-alone classifier: whether a judgement says what practice or problem it
 * is about without the sentences around it ("Managers' oversight of child in need plans is weak")
 * or leans on them ("This has led to drift.", "As a result, they feel safe.", "Practice is strong.").
 * A statement that leans on its context is neither a need to match nor an offer to show alone.
 */
final class StandAlone {

    static final String YES = "yes";
    static final String NO = "no";

    private StandAlone() {
    }
}
