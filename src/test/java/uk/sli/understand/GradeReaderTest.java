package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.sli.model.Grade;
import uk.sli.model.Grades;
import uk.sli.model.Judgement;

class GradeReaderTest {

    private final GradeReader reader = new GradeReader();

    @Test
    void readsAnIlacsTableWhoseRowsWrapWithTheGradeOnTheLastLine() {
        Grades grades = reader.read(List.of(
                "Inspection of Northshire children\u2019s services ",
                "Judgement Grade ",
                "The impact of leaders on social work ",
                "practice with children and families ",
                "Good ",
                "The experiences and progress of ",
                "children who need help and protection ",
                "Requires improvement ",
                "to be good ",
                "The experiences and progress of ",
                "children in care ",
                "Outstanding ",
                "The experiences and progress of care ",
                "leavers ",
                "Inadequate ",
                "Overall effectiveness Good ",
                "Services have improved and are now good."));
        assertEquals(Map.of(
                Judgement.IMPACT_OF_LEADERS, Grade.GOOD,
                Judgement.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT,
                Judgement.CHILDREN_IN_CARE, Grade.OUTSTANDING,
                Judgement.CARE_LEAVERS, Grade.INADEQUATE,
                Judgement.OVERALL_EFFECTIVENESS, Grade.GOOD), grades.byJudgement());
    }

    @Test
    void readsAGradePrintedBesideTheFirstLineOfAWrappedLabel() {
        Grades grades = reader.read(List.of(
                "The impact of leaders on social work practice with children  Good",
                "and families",
                "The experiences and progress of children in care and care  Inadequate",
                "leavers"));
        assertEquals(Map.of(Judgement.IMPACT_OF_LEADERS, Grade.GOOD, Judgement.CHILDREN_IN_CARE, Grade.INADEQUATE),
                grades.byJudgement());
    }

    @Test
    void givesNoCareLeaversGradeWhereOneRowCoversChildrenInCareAndCareLeavers() {
        Grades grades = reader.read(List.of(
                "The experiences and progress of children in care and care leavers",
                "Good"));
        assertEquals(Map.of(Judgement.CHILDREN_IN_CARE, Grade.GOOD), grades.byJudgement());
    }

    @Test
    void leavesOverallEffectivenessAbsentWhenTheTableHasNoSuchRow() {
        Grades grades = reader.read(List.of(
                "Judgement Grade",
                "The impact of leaders on social work practice with children and families Good",
                "The experiences and progress of children who need help and protection Good",
                "Leaders have a good grasp of practice and overall effectiveness is improving, which is good."));
        assertEquals(Map.of(Judgement.IMPACT_OF_LEADERS, Grade.GOOD, Judgement.HELP_AND_PROTECTION, Grade.GOOD),
                grades.byJudgement());
    }

    @Test
    void readsSingleInspectionFrameworkRowsAndIgnoresAdoptionAndTheSafeguardingBoard() {
        Grades grades = reader.read(List.of(
                "Children\u2019s services in the Borough of Westvale require improvement to be good",
                "1. Children who need help and protection Requires ",
                "improvement",
                "2. Children looked after and achieving ",
                "permanence ",
                "Inadequate",
                "2.1 Adoption performance Outstanding",
                "2.2 Experiences and progress of care leavers Good",
                "3. Leadership, management and governance Inadequate",
                "The effectiveness of the Local Safeguarding Children Board (LSCB) is outstanding"));
        assertEquals(Map.of(
                Judgement.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT,
                Judgement.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT,
                Judgement.CHILDREN_IN_CARE, Grade.INADEQUATE,
                Judgement.CARE_LEAVERS, Grade.GOOD,
                Judgement.IMPACT_OF_LEADERS, Grade.INADEQUATE), grades.byJudgement());
    }

    @Test
    void readsTheOlderSingleInspectionFrameworkOverallSentence() {
        Grades grades = reader.read(List.of("The overall judgement is that children's services are inadequate"));
        assertEquals(Map.of(Judgement.OVERALL_EFFECTIVENESS, Grade.INADEQUATE), grades.byJudgement());
    }

    @Test
    void fillsFromSentenceFormHeadingsButNotFromProseThatMentionsAJudgement() {
        Grades grades = reader.read(List.of(
                "The impact of leaders on social work practice with children and families is judged to be good.",
                "The experiences and progress of children who need help and ",
                "protection: inadequate",
                "1. Most children are seen quickly."));
        assertEquals(Map.of(Judgement.HELP_AND_PROTECTION, Grade.INADEQUATE), grades.byJudgement());
    }

    @Test
    void theTableWinsOverALaterHeading() {
        Grades grades = reader.read(List.of(
                "The experiences and progress of children in care Good",
                "Overall effectiveness Good",
                "The experiences and progress of children in care: outstanding"));
        assertEquals(Grade.GOOD, grades.get(Judgement.CHILDREN_IN_CARE).orElseThrow());
    }

    @Test
    void readsNothingFromADocumentWithoutJudgements() {
        assertEquals(Grades.NONE, reader.read(List.of("Regional improvement plan", "Good practice is shared.")));
    }

    @Test
    void toleratesAStrayRunningHeaderAndPageNumber() {
        Grades grades = reader.read(List.of(
                "Inspection of Northshire local authority children's services 3 to 14 March 2025",
                "The experiences and progress of children who need help and protection: requires improvement to ",
                " 7 ",
                "be good"));
        assertEquals(Map.of(Judgement.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT), grades.byJudgement());
    }
}
